package dev.migrate.entity;

import dev.migrate.BinaryStrings;
import dev.migrate.Output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Hibernate's own create script for the project's entities and a database, written with no connection by the
 * project's Hibernate when it has one, in a JVM of its own ({@link ScriptProcess}) that loads the class path of
 * {@link HibernateClasspath}. {@link #open} starts that JVM, which loads and warms Hibernate up while the goal
 * connects to the database. It runs with the C1 compiler only, which halves the CPU a short run of Hibernate's
 * metadata build needs (300 entities on two cores, JVM start to script: 1.5 s and 2.8 s of CPU with the default JIT,
 * 1.1 s and 1.5 s with C1 only), and it keeps Hibernate's classes out of Maven's JVM.
 */
public final class HibernateDdl implements AutoCloseable {

    /** Kept so the levels set on them are not lost to garbage collection. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");
    /** Warn that there is no connection provider, which is the point here (Hibernate 7 and 6 categories). */
    private static final Logger CONNECTION_LOG = Logger.getLogger("org.hibernate.orm.connection");
    private static final Logger CONNECTION_LOG_6 = Logger.getLogger("org.hibernate.engine.jdbc.connections");

    private final EntitySettings settings;
    private final boolean projectHibernate;
    private final Process process;
    private final Path arguments;
    private final DataInputStream fromProcess;
    private final DataOutputStream toProcess;
    private volatile boolean answered;

    private HibernateDdl(EntitySettings settings, boolean projectHibernate, Process process, Path arguments) {
        this.settings = settings;
        this.projectHibernate = projectHibernate;
        this.process = process;
        this.arguments = arguments;
        this.fromProcess = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.toProcess = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    }

    /**
     * Starts the JVM that will write the script, with Hibernate's classes for {@code database} (the product name
     * Hibernate knows) loaded while the goal goes on.
     */
    public static HibernateDdl open(EntitySettings settings, String database) {
        HibernateClasspath classpath = HibernateClasspath.of(settings);
        Path arguments = null;
        try {
            // an argument file, as a project's class path can be longer than a command line may be; the launcher
            // reads it in the platform's encoding
            arguments = Files.createTempFile("migrate-hibernate-", ".args");
            Files.writeString(arguments, "-XX:TieredStopAtLevel=1\n-cp\n"
                    + quoted(HibernateClasspath.pluginLocation().toString()) + "\n" + ScriptProcess.class.getName()
                    + "\n" + quoted(database) + "\n" + classpath.entries().stream()
                    .map(entry -> quoted(entry.toString()) + "\n").collect(Collectors.joining()), nativeEncoding());
            Process process = new ProcessBuilder(javaExecutable().toString(), "@" + arguments)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new HibernateDdl(settings, classpath.projectHibernate(), process, arguments);
        } catch (IOException e) {
            delete(arguments);
            throw new EntityException("Cannot start a JVM for Hibernate (" + javaExecutable() + "): "
                    + e.getMessage());
        }
    }

    /**
     * The create script (statements ended by {@code ;}).
     *
     * @param database the database product name Hibernate knows ({@code PostgreSQL}, {@code H2}, {@code MariaDB})
     * @param version  the server's version, which picks the dialect's feature set
     */
    public String createScript(EntityClasses classes, String database, DatabaseVersion version, Output output) {
        try {
            String hibernate = BinaryStrings.readString(fromProcess);
            output.info("Reading the entities with " + (projectHibernate ? "the project's" : "the plugin's")
                    + " Hibernate ORM " + hibernate + " (" + classes.classNames().size() + " mapped classes, "
                    + database + " " + version.text() + ")");
            Map<String, String> all = new HashMap<>(classes.properties());
            all.putAll(settings.hibernateProperties());
            all.putAll(databaseProperties(database, version));
            all.put("migrate.namingStrategy", settings.namingStrategy());
            BinaryStrings.writeStrings(toProcess, classes.classNames());
            BinaryStrings.writeStrings(toProcess, classes.mappingFiles());
            toProcess.writeInt(all.size());
            for (Map.Entry<String, String> property : all.entrySet()) {
                BinaryStrings.writeString(toProcess, property.getKey());
                BinaryStrings.writeString(toProcess, property.getValue());
            }
            toProcess.flush();
            int answer = fromProcess.readByte();
            String text = BinaryStrings.readString(fromProcess);
            answered = true;
            if (answer != ScriptProcess.SCRIPT) {
                throw new EntityException(text);
            }
            return text;
        } catch (IOException e) {
            throw new EntityException("Hibernate's JVM ended before it wrote the script (" + ended() + "); its "
                    + "messages, if any, are above.");
        }
    }

    /** The settings that tell Hibernate, with no connection, which database and version to write DDL for. */
    static Map<String, String> databaseProperties(String database, DatabaseVersion version) {
        Map<String, String> properties = new HashMap<>();
        properties.put("jakarta.persistence.database-product-name", database);
        properties.put("jakarta.persistence.database-product-version", version.text());
        properties.put("jakarta.persistence.database-major-version", String.valueOf(version.major()));
        properties.put("jakarta.persistence.database-minor-version", String.valueOf(version.minor()));
        return properties;
    }

    /**
     * Ends the JVM: once it has answered it exits by itself; before that (the goal failed first) it is stopped, so
     * that the goal does not wait for a warm-up nobody needs.
     */
    @Override
    public void close() {
        try {
            toProcess.close();
        } catch (IOException e) {
            // it has ended already
        }
        if (!answered) {
            process.destroy();
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        delete(arguments);
    }

    private String ended() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? "exit code " + process.exitValue() : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static Path javaExecutable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    private static Charset nativeEncoding() {
        try {
            return Charset.forName(System.getProperty("native.encoding", Charset.defaultCharset().name()));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** A value for a Java argument file: quoted, with its backslashes and quotes escaped. */
    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** Hibernate's INFO lines (version banners, dialect notes) would drown the goal's own output. */
    static void quietHibernateLogging() {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        HIBERNATE_LOG.setLevel(Level.WARNING);
        CONNECTION_LOG.setLevel(Level.SEVERE);
        CONNECTION_LOG_6.setLevel(Level.SEVERE);
    }

    /** What the goal says when Hibernate (or the entities' own code) failed to map the entities. */
    static String mappingFailure(Throwable cause) {
        StringBuilder chain = new StringBuilder();
        Throwable t = cause;
        String missingClass = null;
        while (t != null) {
            if (t instanceof ClassNotFoundException || t instanceof NoClassDefFoundError) {
                missingClass = t.getMessage();
            }
            if (chain.length() > 0) {
                chain.append("\n  caused by: ");
            }
            chain.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            t = t.getCause() == t ? null : t.getCause();
        }
        if (missingClass != null) {
            return "Cannot load a class the entities need: " + missingClass.replace('/', '.')
                    + ". It must be on the project's compile or runtime class path (add the dependency that holds it)."
                    + "\n  " + chain;
        }
        return "Hibernate cannot build the mapping of the entities: " + chain
                + "\nFix the mapping; 'mvn compile' passing is not enough, Hibernate checks the annotations too.";
    }
}
