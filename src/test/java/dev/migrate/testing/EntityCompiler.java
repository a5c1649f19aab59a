package dev.migrate.testing;

import dev.migrate.entity.EntitySettings;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Compiles a scenario's entity sources (a directory of .java files) against the test class path. */
public final class EntityCompiler {

    private EntityCompiler() {
    }

    /**
     * Settings for the entities compiled into {@code classes}, read by the Hibernate of the test class path, which
     * takes the place of the plugin's resolved Hibernate.
     */
    public static EntitySettings settings(Path classes, String namingStrategy) {
        List<Path> testClasspath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return new EntitySettings(classes, List.of(classes), testClasspath, List.of(), namingStrategy, Map.of());
    }

    /** Compiles every .java file under {@code sources} into {@code output}, which is returned. */
    public static Path compile(Path sources, Path output) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null);
             Stream<Path> walk = Files.walk(sources)) {
            Files.createDirectories(output);
            List<Path> javaFiles = walk.filter(p -> p.toString().endsWith(".java")).toList();
            // Resources such as META-INF/orm.xml are copied as they are.
            try (Stream<Path> resources = Files.walk(sources)) {
                for (Path resource : resources.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".java"))
                        .toList()) {
                    Path target = output.resolve(sources.relativize(resource).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(resource, target);
                }
            }
            boolean ok = compiler.getTask(null, files, diagnostics, List.of("-d", output.toString(), "-classpath",
                            System.getProperty("java.class.path"), "-proc:none", "-nowarn", "-Xlint:none"), null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            if (!ok) {
                StringBuilder message = new StringBuilder("entity sources in " + sources + " do not compile:");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    message.append('\n').append(d);
                }
                throw new IllegalStateException(message.toString());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
