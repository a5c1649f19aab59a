package dev.migrate.revision;

import dev.migrate.CacheFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The parsed revision files of the last run, kept in the build directory ({@code target/migrate/revisions.bin}).
 * An entry is used only for a file with the same name, length and CRC-32 of its bytes (the file is read every
 * time; parsing it is what is saved, which on a cold JVM is most of reading a large revision folder). A damaged or
 * foreign cache file is ignored, and one that cannot be written is only a slower next run.
 */
final class RevisionCache {

    static final String FILE = "revisions.bin";
    private static final int KIND = 0x4d494752; // "MIGR"
    private static final int FORMAT = 1;

    private record Entry(long length, long crc, Revision revision) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile boolean changed;
    private final java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();

    private RevisionCache(Path file) {
        this.file = file;
    }

    /** The cache in {@code directory}; an empty one when there is none yet or it cannot be read. */
    static RevisionCache load(Path directory) {
        RevisionCache cache = new RevisionCache(directory.resolve(FILE));
        byte[] payload = CacheFile.read(cache.file, KIND, FORMAT);
        if (payload == null) {
            return cache;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            Map<String, Entry> read = new HashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String name = string(in);
                long length = in.readLong();
                long crc = in.readLong();
                read.put(name, new Entry(length, crc, readRevision(in)));
            }
            cache.entries.putAll(read);
        } catch (IOException | RuntimeException e) {
            cache.entries.clear();
        }
        return cache;
    }

    /** The revision parsed from {@code bytes} (the content of {@code path}), from the cache or parsed now. */
    Revision parse(Path path, byte[] bytes) {
        String name = path.toAbsolutePath().normalize().toString();
        long crc = crc(bytes);
        Entry entry = entries.get(name);
        if (entry != null && entry.length() == bytes.length && entry.crc() == crc
                && entry.revision().file().equals(path)) {
            return entry.revision();
        }
        Revision revision = RevisionFileParser.parse(path, bytes);
        revision.upgrade().checksum();
        parsed.incrementAndGet();
        entries.put(name, new Entry(bytes.length, crc, revision));
        changed = true;
        return revision;
    }

    /** How many files this run had to parse. */
    int parsedCount() {
        return parsed.get();
    }

    /** Writes the cache when it changed, keeping only {@code files}. */
    void save(List<Path> files) {
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Path f : files) {
            present.add(f.toAbsolutePath().normalize().toString());
        }
        changed |= entries.keySet().retainAll(present);
        if (!changed) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            List<Map.Entry<String, Entry>> all = new ArrayList<>(entries.entrySet());
            out.writeInt(all.size());
            for (Map.Entry<String, Entry> e : all) {
                string(out, e.getKey());
                out.writeLong(e.getValue().length());
                out.writeLong(e.getValue().crc());
                writeRevision(out, e.getValue().revision());
            }
        } catch (IOException e) {
            return; // cannot happen in memory
        }
        CacheFile.write(file, KIND, FORMAT, bytes.toByteArray());
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    private static void writeRevision(DataOutputStream out, Revision r) throws IOException {
        string(out, r.id());
        strings(out, r.parents());
        strings(out, r.dependsOn());
        strings(out, r.branchLabels());
        string(out, r.message());
        string(out, r.createDate());
        string(out, r.file().toString());
        writeSection(out, r.upgrade());
        out.writeBoolean(r.downgrade().isPresent());
        if (r.downgrade().isPresent()) {
            writeSection(out, r.downgrade().get());
        }
    }

    private static Revision readRevision(DataInputStream in) throws IOException {
        String id = string(in);
        List<String> parents = strings(in);
        List<String> dependsOn = strings(in);
        List<String> labels = strings(in);
        String message = string(in);
        String createDate = string(in);
        Path file = Path.of(string(in));
        String shown = DisplayPaths.of(file); // relative to this run's working directory
        Section upgrade = readSection(in, shown);
        Optional<Section> downgrade = in.readBoolean() ? Optional.of(readSection(in, shown)) : Optional.empty();
        return new Revision(id, parents, dependsOn, labels, message, createDate, file, upgrade, downgrade);
    }

    private static void writeSection(DataOutputStream out, Section s) throws IOException {
        string(out, s.text());
        out.writeInt(s.firstLine());
        out.writeBoolean(s.transactional());
        string(out, s.checksum());
    }

    private static Section readSection(DataInputStream in, String shown) throws IOException {
        return new Section(string(in), in.readInt(), in.readBoolean(), shown, string(in));
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            values.add(string(in));
        }
        return values;
    }
}
