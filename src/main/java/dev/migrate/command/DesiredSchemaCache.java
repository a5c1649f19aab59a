package dev.migrate.command;

import dev.migrate.CacheFile;
import dev.migrate.Digests;
import dev.migrate.Output;
import dev.migrate.dialect.Dialect;
import dev.migrate.entity.EntitySettings;
import dev.migrate.entity.HibernateClasspath;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaCodec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The desired schema of the last autogenerate run, kept in the build directory: when the entities' inputs and the
 * database are those of that run, {@code check} and {@code revision} skip Hibernate and the scratch schema.
 * <p>
 * The inputs key covers every class-path element (each file's path, size and modification time, in class
 * directories and jars alike), Hibernate's jars, the plugin itself, the dialect and the settings that shape the DDL;
 * the database key is the server's version, the URL (without credentials) and the schema. Any change is a miss, and
 * a miss runs Hibernate and the scratch schema as if there were no cache. {@code mvn clean} empties it.
 */
final class DesiredSchemaCache {

    static final String FILE = "desired-schema.bin";
    private static final int KIND = 0x4d494753; // "MIGS"

    private final Path file;
    private final String inputs;
    private final Output output;
    private String database;
    private byte[] schema;

    private DesiredSchemaCache(Path file, String inputs, Output output) {
        this.file = file;
        this.inputs = inputs;
        this.output = output;
    }

    /** The cache in {@code directory}, or one that never hits when {@code directory} is null. */
    static DesiredSchemaCache open(Path directory, EntitySettings settings, Dialect dialect, Output output) {
        if (directory == null) {
            return new DesiredSchemaCache(null, null, output);
        }
        DesiredSchemaCache cache = new DesiredSchemaCache(directory.resolve(FILE), inputsKey(settings, dialect),
                output);
        cache.load();
        return cache;
    }

    /** True when the file holds a schema for these inputs (for some database: see {@link #desired}). */
    boolean hasEntry() {
        return schema != null;
    }

    /** The cached desired schema for {@code databaseKey}, or null. */
    Schema desired(String databaseKey) {
        if (schema == null || !databaseKey.equals(database)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(schema))) {
            return SchemaCodec.read(in);
        } catch (IOException | RuntimeException e) {
            output.debug("Ignored the desired-schema cache " + file + ": " + e);
            return null;
        }
    }

    /** Keeps {@code desired} for the next run; a cache that cannot be written is only a slower next run. */
    void store(String databaseKey, Schema desired) {
        if (file == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(inputs);
            out.writeUTF(databaseKey);
            SchemaCodec.write(desired, out);
        } catch (IOException e) {
            return; // cannot happen in memory
        }
        if (!CacheFile.write(file, KIND, SchemaCodec.FORMAT, bytes.toByteArray())) {
            output.debug("Could not write the desired-schema cache " + file);
        }
    }

    private void load() {
        byte[] payload = CacheFile.read(file, KIND, SchemaCodec.FORMAT);
        if (payload == null) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readUTF().equals(inputs)) {
                database = in.readUTF();
                schema = in.readAllBytes();
            }
        } catch (IOException e) {
            output.debug("Ignored the desired-schema cache " + file + ": " + e);
        }
    }

    /** The server, the database and the schema whose scratch read produced a desired schema. */
    static String databaseKey(Dialect dialect, String serverVersion, String maskedUrl, String schema) {
        return dialect.name() + " " + serverVersion + " " + maskedUrl + " " + schema;
    }

    private static String inputsKey(EntitySettings settings, Dialect dialect) {
        MessageDigest digest = Digests.newSha256();
        Path plugin = HibernateClasspath.pluginLocation();
        StringBuilder text = new StringBuilder("dialect ").append(dialect.name()).append('\n');
        text.append("naming ").append(settings.namingStrategy()).append('\n');
        text.append("packages ").append(settings.packages()).append('\n');
        new TreeMap<>(settings.hibernateProperties()).forEach((k, v) -> text.append("property ").append(k)
                .append('=').append(v).append('\n'));
        text.append("plugin ").append(plugin).append('\n');
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        fingerprint(digest, plugin);
        for (Path element : settings.classpath()) {
            fingerprint(digest, element);
        }
        for (Path jar : settings.bundledHibernate()) {
            fingerprint(digest, jar);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Path, size and modification time of {@code element}, or of every file under it when it is a directory. */
    private static void fingerprint(MessageDigest digest, Path element) {
        if (element == null) {
            return;
        }
        if (!Files.isDirectory(element)) {
            digest.update(stamp(element).getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (Stream<Path> files = Files.walk(element)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : sorted) {
                digest.update(stamp(f).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            digest.update(("unreadable " + element + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return file + " " + a.size() + " " + a.lastModifiedTime().toMillis() + "\n";
        } catch (IOException e) {
            return file + " missing\n";
        }
    }
}
