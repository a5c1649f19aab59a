package dev.migrate.entity;

import dev.migrate.BinaryStrings;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The main class of the JVM that writes Hibernate's create script for {@link HibernateDdl}. Its own class path is
 * the plugin's jar; Hibernate and the project's classes are loaded by a {@link ScriptClassLoader} over the class path
 * of {@link HibernateClasspath}, given as the arguments after the database. It says which Hibernate it holds, warms
 * Hibernate up over no entities while the goal connects to the database, then answers one request read from
 * standard input (the mapped classes, mapping files and settings) with the script, or with why there is none, on
 * standard output. Whatever else is printed, by Hibernate or by the entities' own code, goes to standard error,
 * which is the goal's.
 */
public final class ScriptProcess {

    static final int SCRIPT = 0;
    static final int FAILURE = 1;
    /** The bridge to Hibernate, named rather than referenced: this class's own loader cannot load it. */
    private static final String EXPORTER = "dev.migrate.entity.bridge.HibernateScriptExporter";

    private ScriptProcess() {
    }

    /**
     * @param args the database product name Hibernate knows, for the warm-up, then the class path of Hibernate and the
     *             project's classes
     */
    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        HibernateDdl.quietHibernateLogging();
        ScriptClassLoader loader = ScriptClassLoader.of(List.of(args).subList(1, args.length));
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> exporter = Class.forName(EXPORTER, true, loader);
        Method export = exporter.getMethod("export", ClassLoader.class, List.class, List.class, Map.class);
        BinaryStrings.writeString(out, (String) exporter.getMethod("hibernateVersion").invoke(null));
        out.flush();
        warmUp(export, loader, args[0]);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        List<String> classNames;
        List<String> mappingFiles;
        Map<String, Object> properties = new HashMap<>();
        try {
            classNames = BinaryStrings.readStrings(in);
            mappingFiles = BinaryStrings.readStrings(in);
            for (int n = in.readInt(); n > 0; n--) {
                properties.put(BinaryStrings.readString(in), BinaryStrings.readString(in));
            }
        } catch (EOFException goalEndedFirst) {
            return;
        }
        try {
            String script = (String) export.invoke(null, loader, classNames, mappingFiles, properties);
            out.writeByte(SCRIPT);
            BinaryStrings.writeString(out, script);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof VirtualMachineError error) { // out of memory: the JVM's own message, then
                throw error; // "ended (exit code 1)"
            }
            // whatever Hibernate or the entities' code throw is the mapping's failure
            out.writeByte(FAILURE);
            BinaryStrings.writeString(out, HibernateDdl.mappingFailure(e.getCause()));
        }
        out.flush();
    }

    /** Runs Hibernate once over no classes, so that its classes are loaded and run once before the real request. */
    private static void warmUp(Method export, ClassLoader loader, String database) {
        // a version every supported Hibernate knows without a warning; the real request gives the server's own
        DatabaseVersion assumed = switch (database) {
            case "H2" -> new DatabaseVersion("2.3", 2, 3);
            case "MariaDB" -> new DatabaseVersion("11.4", 11, 4);
            default -> new DatabaseVersion("16.0", 16, 0);
        };
        Map<String, Object> properties = new HashMap<>(HibernateDdl.databaseProperties(database, assumed));
        properties.put("migrate.namingStrategy", "jpa");
        try {
            export.invoke(null, loader, List.of(), List.of(), properties);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError ignored) {
            // the real request reports it, with the entities' names
        }
    }
}
