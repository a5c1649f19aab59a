package dev.migrate.entity;

import dev.migrate.CacheFile;
import dev.migrate.entity.bridge.HibernateScriptExporter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The main class of the JVM that writes Hibernate's create script for {@link HibernateDdl}, on the class path of
 * {@link HibernateClasspath}. It says which Hibernate it holds, warms Hibernate up over no entities while the goal
 * connects to the database, then answers one request read from standard input (the mapped classes, mapping files
 * and settings) with the script, or with why there is none, on standard output. Whatever else is printed, by
 * Hibernate or by the entities' own code, goes to standard error, which is the goal's.
 */
public final class ScriptProcess {

    static final int SCRIPT = 0;
    static final int FAILURE = 1;

    private ScriptProcess() {
    }

    /** @param args the database product name Hibernate knows, for the warm-up */
    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        HibernateDdl.quietHibernateLogging();
        CacheFile.writeString(out, HibernateScriptExporter.hibernateVersion());
        out.flush();
        warmUp(args[0]);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        List<String> classNames;
        List<String> mappingFiles;
        Map<String, Object> properties = new HashMap<>();
        try {
            classNames = CacheFile.readStrings(in);
            mappingFiles = CacheFile.readStrings(in);
            for (int n = in.readInt(); n > 0; n--) {
                properties.put(CacheFile.readString(in), CacheFile.readString(in));
            }
        } catch (EOFException goalEndedFirst) {
            return;
        }
        try {
            String script = HibernateScriptExporter.export(ScriptProcess.class.getClassLoader(), classNames,
                    mappingFiles, properties);
            out.writeByte(SCRIPT);
            CacheFile.writeString(out, script);
        } catch (VirtualMachineError e) { // out of memory: the JVM's own message, then "ended (exit code 1)"
            throw e;
        } catch (Throwable failure) { // whatever Hibernate or the entities' code throw is the mapping's failure
            out.writeByte(FAILURE);
            CacheFile.writeString(out, HibernateDdl.mappingFailure(failure));
        }
        out.flush();
    }

    /** Runs Hibernate once over no classes, so that its classes are loaded and run once before the real request. */
    private static void warmUp(String database) {
        // a version every supported Hibernate knows without a warning; the real request gives the server's own
        DatabaseVersion assumed = switch (database) {
            case "H2" -> new DatabaseVersion("2.3", 2, 3);
            case "MariaDB" -> new DatabaseVersion("11.4", 11, 4);
            default -> new DatabaseVersion("16.0", 16, 0);
        };
        Map<String, Object> properties = new HashMap<>(HibernateDdl.databaseProperties(database, assumed));
        properties.put("migrate.namingStrategy", "jpa");
        try {
            HibernateScriptExporter.export(ScriptProcess.class.getClassLoader(), List.of(), List.of(), properties);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError ignored) {
            // the real request reports it, with the entities' names
        }
    }
}
