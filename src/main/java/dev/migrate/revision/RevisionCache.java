package dev.migrate.revision;

import dev.migrate.CacheFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static dev.migrate.BinaryStrings.readString;
import static dev.migrate.BinaryStrings.readStrings;
import static dev.migrate.BinaryStrings.writeString;
import static dev.migrate.BinaryStrings.writeStrings;

/**
 * The parsed revision files of the last run, kept in the build directory ({@code target/migrate/revisions.bin}).
 * An entry is used only for a file with the same name, length and CRC-32 of its bytes (the file is read every
 * time; parsing it is what is saved, which on a cold JVM is most of reading a large revision folder). A damaged or
 * foreign cache file is ignored, and one that cannot be written is only a slower next run. Without a directory it
 * only parses.
 */
final class RevisionCache {

    static final String FILE = "revisions.bin";
    private static final int KIND = 0x4d494752; // "MIGR"
    private static final int FORMAT = 2;

    private record Entry(long length, long crc, Revision revision) {
    }

    private final Path file;
    /** By the revision file's path. */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile boolean changed;
    private final AtomicInteger parsed = new AtomicInteger();

    private RevisionCache(Path file) {
        this.file = file;
    }

    /** A cache that keeps nothing: every file is parsed. */
    static RevisionCache none() {
        return new RevisionCache(null);
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
                long length = in.readLong();
                long crc = in.readLong();
                Revision revision = readRevision(in);
                read.put(revision.file().toString(), new Entry(length, crc, revision));
            }
            cache.entries.putAll(read);
        } catch (IOException | RuntimeException e) {
            cache.entries.clear();
        }
        return cache;
    }

    /** The revision parsed from {@code bytes} (the content of {@code path}), from the cache or parsed now. */
    Revision parse(Path path, byte[] bytes) {
        long crc = CacheFile.crc(bytes);
        Entry entry = entries.get(path.toString());
        if (entry != null && entry.length() == bytes.length && entry.crc() == crc) {
            return entry.revision();
        }
        Revision revision = RevisionFileParser.parse(path, bytes);
        revision.upgrade().checksum(); // every run that verifies applied revisions needs it; cheap here, in parallel
        parsed.incrementAndGet();
        entries.put(path.toString(), new Entry(bytes.length, crc, revision));
        changed = true;
        return revision;
    }

    /** How many files this run had to parse. */
    int parsedCount() {
        return parsed.get();
    }

    /** Writes the cache when it changed, keeping only {@code files}. */
    void save(List<Path> files) {
        if (file == null) {
            return;
        }
        changed |= entries.keySet().retainAll(files.stream().map(Path::toString).collect(Collectors.toSet()));
        if (!changed) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            List<Entry> all = new ArrayList<>(entries.values());
            out.writeInt(all.size());
            for (Entry e : all) {
                out.writeLong(e.length());
                out.writeLong(e.crc());
                writeRevision(out, e.revision());
            }
        } catch (IOException e) {
            return; // cannot happen in memory
        }
        CacheFile.write(file, KIND, FORMAT, bytes.toByteArray());
    }

    private static void writeRevision(DataOutputStream out, Revision r) throws IOException {
        writeString(out, r.id());
        writeStrings(out, r.parents());
        writeStrings(out, r.dependsOn());
        writeStrings(out, r.branchLabels());
        writeString(out, r.message());
        writeString(out, r.createDate());
        writeString(out, r.file().toString());
        writeSection(out, r.upgrade());
        out.writeBoolean(r.downgrade().isPresent());
        if (r.downgrade().isPresent()) {
            writeSection(out, r.downgrade().get());
        }
    }

    private static Revision readRevision(DataInputStream in) throws IOException {
        String id = readString(in);
        List<String> parents = readStrings(in);
        List<String> dependsOn = readStrings(in);
        List<String> labels = readStrings(in);
        String message = readString(in);
        String createDate = readString(in);
        Path file = Path.of(readString(in));
        String shown = DisplayPaths.of(file); // relative to this run's working directory
        Section upgrade = readSection(in, "upgrade", shown);
        Optional<Section> downgrade = in.readBoolean() ? Optional.of(readSection(in, "downgrade", shown))
                : Optional.empty();
        return new Revision(id, parents, dependsOn, labels, message, createDate, file, upgrade, downgrade);
    }

    private static void writeSection(DataOutputStream out, Section s) throws IOException {
        writeString(out, s.text());
        out.writeInt(s.firstLine());
        out.writeBoolean(s.transactional());
        writeString(out, s.knownChecksum()); // a downgrade's is computed only when one runs
    }

    private static Section readSection(DataInputStream in, String name, String shown) throws IOException {
        return new Section(name, readString(in), in.readInt(), in.readBoolean(), shown, readString(in));
    }
}
