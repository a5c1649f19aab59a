package dev.migrate.command;

import dev.migrate.MigrateException;
import dev.migrate.Output;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runner.RevisionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate:validate}: fails when the revision files have several heads, or, with a database, when an applied
 * revision was edited, is unknown to the files, did not complete or was applied out of order. Needs no Hibernate.
 */
public record ValidateCommand(Workspace workspace, Output output) {

    public ValidateCommand(MigrateSettings settings, Output output) {
        this(new Workspace(settings, output), output);
    }

    /** The problems found; throws when there is any. */
    public List<String> run() {
        List<String> problems = new ArrayList<>();
        RevisionGraph graph;
        if (workspace.settings().hasDatabase()) {
            List<RevisionState> states = StatusCommand.read(workspace, Map.of());
            graph = workspace.graphOrEmpty();
            long applied = 0;
            long pending = 0;
            for (RevisionState state : states) {
                if (state.state().problem()) {
                    problems.add(state.id() + (state.revision() == null ? "" : " ("
                            + state.revision().displayFile() + ")") + " is " + state.state().word() + ": "
                            + state.detail());
                } else if (state.state() == RevisionState.State.PENDING) {
                    pending++;
                } else {
                    applied++;
                }
            }
            if (problems.isEmpty()) {
                output.info("Database: " + applied + " applied revisions match their files; " + pending
                        + " pending.");
            }
        } else {
            graph = workspace.graphOrEmpty();
            output.info("No database configured (migrate.url): validated the revision files only.");
        }
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            problems.add("the revision files have " + heads.size() + " heads (" + String.join(", ", heads)
                    + "): join them with 'mvn migrate:merge -Dmigrate.message=\"merge\"'");
        }
        if (!problems.isEmpty()) {
            throw new MigrateException(MigrateException.Kind.PROJECT, "Validation failed: " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + "\n  " + String.join("\n  ", problems)
                    + "\nRun 'mvn migrate:status' to see every revision; docs/errors.md#validation-failed says what to "
                    + "do for each problem.");
        }
        output.info("Validated " + graph.size() + " revisions in " + workspace.directoryName() + ": "
                + (heads.isEmpty() ? "none yet." : "one head, " + heads.get(0) + "."));
        return problems;
    }
}
