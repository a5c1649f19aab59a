package dev.migrate.lint;

import dev.migrate.revision.Section;
import dev.migrate.revision.Statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One statement being checked: where it is, what came before it, the live tables, and where findings go. */
final class StatementContext {

    final LintTarget target;
    final RangeState range;
    final SectionState section;
    final Statement statement;
    private final String file;
    private final LiveTables live;
    private final Set<Rule> silenced;
    private final LintPolicy policy;
    private final List<Finding> findings;

    StatementContext(LintTarget target, RangeState range, SectionState section, Statement statement, String file,
                     LiveTables live, Set<Rule> silenced, LintPolicy policy, List<Finding> findings) {
        this.target = target;
        this.range = range;
        this.section = section;
        this.statement = statement;
        this.file = file;
        this.live = live;
        this.silenced = silenced;
        this.policy = policy;
        this.findings = findings;
    }

    /** What the section has set so far, and whether it runs in a transaction. */
    static final class SectionState {
        final Section section;
        boolean lockTimeout;
        boolean foreignKeyChecksOff;
        boolean lockTimeoutReported;

        SectionState(Section section) {
            this.section = section;
        }

        boolean transactional() {
            return section.transactional();
        }
    }

    /** True when the table exists before the linted revisions run (it was not created by one of them). */
    boolean existing(String table) {
        return !range.isNew(table);
    }

    /** {@code `accounts`}, followed by its live size when connected: {@code `accounts` (≈2.1 M rows, 850 MB)}. */
    String table(String table) {
        Optional<TableSize> size = live.size(table);
        return "`" + table + "`" + size.map(s -> " (" + s.describe() + ")").orElse("");
    }

    Optional<TableSize> size(String table) {
        return live.size(table);
    }

    Optional<String> tableOfIndex(String index) {
        Optional<String> known = range.tableOfIndex(index);
        return known.isPresent() ? known : live.tableOfIndex(index);
    }

    /** Records a finding on {@code table} unless it is silenced or off; its severity follows the table's size. */
    void report(Rule rule, String table, String message, String fix) {
        if (silenced.contains(rule)) {
            return;
        }
        Severity severity = rule.defaultSeverity();
        Optional<TableSize> size = live.size(table);
        if (rule.sized() && size.isPresent()) {
            if (size.get().large()) {
                severity = Severity.ERROR;
            } else if (size.get().small()) {
                severity = Severity.INFO;
            }
        }
        policy.apply(rule, severity).ifPresent(s -> findings.add(new Finding(file, statement.line(), s, rule,
                message, fix)));
    }
}
