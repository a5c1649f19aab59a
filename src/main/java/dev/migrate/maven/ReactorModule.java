package dev.migrate.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;

/**
 * Whether a goal has work in this module of a multi-module build. Typed at the root ({@code mvn migrate:check}) or
 * with {@code -pl app -am}, a goal runs in every module of the reactor, the parent and the entity modules included;
 * there it would fail (no classes, no revisions, no URL) or compare half the entities. So, in a build of several
 * modules, a module is left out, with one line saying why, when:
 * <ul>
 *   <li>its packaging is {@code pom} and the goal reads entities (a pom module has no classes), or it has no
 *       revision folder;</li>
 *   <li>it has no revision folder and does not declare the plugin in its own pom's {@code <build><plugins>}
 *       (inheriting it from a parent does not count), so it is not where the revisions live.</li>
 * </ul>
 * A build of one module always runs the goal.
 */
final class ReactorModule {

    static final String PLUGIN = "dev.migrate:migrate-maven-plugin";

    private ReactorModule() {
    }

    /** Why the goal has nothing to do in the session's current module, or null when it runs there. */
    static String skipReason(MavenSession session, MavenProject project, File directory, String goal,
                             boolean readsEntities) {
        if (project == null) {
            return null;
        }
        boolean severalModules = session != null && session.getProjects() != null && session.getProjects().size() > 1;
        boolean pom = "pom".equals(project.getPackaging());
        boolean hasRevisions = directory != null && directory.isDirectory();
        String folder = shown(session, directory);
        if (pom && readsEntities && (severalModules || !hasRevisions)) {
            return "migrate:" + goal + " skipped in " + project.getArtifactId() + ": a module of packaging pom has no "
                    + "classes; the goal reads the entities in the modules that have them.";
        }
        if (!severalModules || hasRevisions) {
            return null;
        }
        if (pom) {
            return "migrate:" + goal + " skipped in " + project.getArtifactId() + ": a module of packaging pom without "
                    + "a revision folder (" + folder + ").";
        }
        if (!declaresPlugin(project)) {
            return "migrate:" + goal + " skipped in " + project.getArtifactId() + ": it has no revision folder ("
                    + folder + ") and does not declare migrate-maven-plugin in its own <build><plugins>. The "
                    + "module that holds the revisions runs the goal; to start revisions in this one, create the "
                    + "folder or declare the plugin here.";
        }
        return null;
    }

    /** {@code directory} relative to the folder Maven was started in, as the rest of the log shows paths. */
    private static String shown(MavenSession session, File directory) {
        if (directory == null || session == null || session.getExecutionRootDirectory() == null) {
            return String.valueOf(directory);
        }
        Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        Path path = directory.toPath().toAbsolutePath().normalize();
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }

    /** Whether the module's own pom, not a parent, lists the plugin in {@code <build><plugins>}. */
    private static boolean declaresPlugin(MavenProject project) {
        Build build = project.getOriginalModel() == null ? null : project.getOriginalModel().getBuild();
        if (build == null) {
            return false;
        }
        for (Plugin plugin : build.getPlugins()) {
            if (PLUGIN.equals(plugin.getGroupId() + ":" + plugin.getArtifactId())) {
                return true;
            }
        }
        return false;
    }
}
