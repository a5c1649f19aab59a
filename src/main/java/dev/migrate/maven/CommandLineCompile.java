package dev.migrate.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Compiles the project before {@code revision} or {@code check} when the goal was typed on the command line
 * ({@code mvn migrate:check} on a clean checkout), and never when a build runs it from a phase: there the lifecycle
 * has compiled already. {@code @Execute(phase = COMPILE)} cannot tell the two apart in Maven 3 (MNG-6566 is fixed
 * only in Maven 4): bound to {@code verify}, it compiled a second time and Maven warned "Overwriting artifact's file".
 * The steps are the project's own {@code compile} phase (resources, compiler and whatever the pom binds before it),
 * run through Maven's plugin manager with their configuration from the pom.
 */
final class CommandLineCompile {

    private CommandLineCompile() {
    }

    static void runIfFromCommandLine(MavenSession session, MojoExecution execution, LifecycleExecutor lifecycle,
                                     BuildPluginManager plugins, Log log) throws MojoExecutionException,
            MojoFailureException {
        if (execution == null || session == null || execution.getSource() != MojoExecution.Source.CLI) {
            return;
        }
        MavenExecutionPlan plan;
        try {
            plan = lifecycle.calculateExecutionPlan(session, "compile");
        } catch (Exception e) {
            throw new MojoExecutionException("Cannot plan the project's compile phase before migrate:"
                    + execution.getGoal() + ": " + e.getMessage() + ". Run 'mvn compile migrate:" + execution.getGoal()
                    + "' to see Maven's own message.", e);
        }
        String project = session.getCurrentProject().getArtifactId();
        for (MojoExecution step : plan.getMojoExecutions()) {
            log.info("");
            log.info("--- " + step.getArtifactId() + ":" + step.getVersion() + ":" + step.getGoal() + " ("
                    + step.getExecutionId() + ") @ " + project + " ---");
            try {
                plugins.executeMojo(session, step);
            } catch (MojoFailureException | MojoExecutionException e) {
                throw e;
            } catch (Exception e) {
                throw new MojoExecutionException(step.getArtifactId() + ":" + step.getGoal() + " failed before migrate:"
                        + execution.getGoal() + ": " + e.getMessage(), e);
            }
        }
        log.info("");
        log.info("--- " + execution.getArtifactId() + ":" + execution.getVersion() + ":" + execution.getGoal() + " ("
                + execution.getExecutionId() + ") @ " + project + " ---");
    }
}
