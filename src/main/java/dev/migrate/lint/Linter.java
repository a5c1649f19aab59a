package dev.migrate.lint;

import dev.migrate.revision.Revision;
import dev.migrate.revision.Section;
import dev.migrate.revision.SqlFlavor;
import dev.migrate.revision.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lints revisions in the order they would be applied: each section's statements, split by the runner's lexer, are
 * parsed and checked by the rules of the target database; objects the revisions create are new (no rows, no running
 * application depends on them), everything else is taken to exist, sized by the live tables when connected.
 */
public final class Linter {

    private final LintTarget target;
    private final LiveTables live;
    private final LintPolicy policy;
    private final DatabaseRules rules;

    public Linter(LintTarget target, LiveTables live, LintPolicy policy) {
        this.target = target;
        this.live = live;
        this.policy = policy;
        this.rules = DatabaseRules.of(target);
    }

    /**
     * The findings in {@code revisions} (oldest first), upgrade then downgrade section of each, in file order.
     *
     * @throws LintSuppressionException for a suppression without a reason or with an unknown rule
     * @throws dev.migrate.revision.RevisionException when a section cannot be split
     */
    public List<Finding> lint(List<Revision> revisions) {
        List<Finding> findings = new ArrayList<>();
        RangeState range = new RangeState();
        for (Revision revision : revisions) {
            lint(revision.upgrade(), revision.displayFile(), range, findings);
            if (revision.downgrade().isPresent()) {
                lint(revision.downgrade().get(), revision.displayFile(), range, findings);
            }
        }
        return findings;
    }

    /** The findings in one section, as if nothing before it was linted. */
    public List<Finding> lint(Section section, String file) {
        List<Finding> findings = new ArrayList<>();
        lint(section, file, new RangeState(), findings);
        return findings;
    }

    private void lint(Section section, String file, RangeState range, List<Finding> findings) {
        List<Statement> statements = section.statements(flavor());
        Suppressions suppressions = new Suppressions(section);
        StatementContext.SectionState state = new StatementContext.SectionState(section);
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            Set<Rule> silenced = suppressions.forStatement(statements, i, file);
            StatementContext context = new StatementContext(target, range, state, statement, file, live, silenced,
                    policy, findings);
            rules.check(DdlParser.parse(statement.sql()), context);
        }
    }

    private SqlFlavor flavor() {
        if (target.isPostgres()) {
            return SqlFlavor.POSTGRESQL;
        }
        return target.isMariaDbOrMySql() ? SqlFlavor.MYSQL : SqlFlavor.H2;
    }
}
