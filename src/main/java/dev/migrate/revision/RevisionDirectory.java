package dev.migrate.revision;

import dev.migrate.MigrateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The folder of revision files ({@code migrations/versions}): lists and parses every {@code *.sql} in it once. */
public final class RevisionDirectory {

    private final Path directory;
    private final Path cacheDirectory;

    public RevisionDirectory(Path directory) {
        this(directory, null);
    }

    /** A folder whose parsed files are kept in {@code cacheDirectory} between runs (null: parsed every time). */
    public RevisionDirectory(Path directory, Path cacheDirectory) {
        this.directory = directory;
        this.cacheDirectory = cacheDirectory;
    }

    public Path path() {
        return directory;
    }

    public boolean exists() {
        return Files.isDirectory(directory);
    }

    /**
     * Parses every revision file, in file-name order (oldest first, as names start with the creation time). Files are
     * parsed in parallel; when several are broken, the first in file order is the one reported.
     */
    public List<Revision> load() {
        return load(Runnable::run);
    }

    /**
     * As {@link #load()}, but hands the writing of the cache to {@code saveCache}, for a caller with more urgent
     * work first.
     */
    public List<Revision> load(Consumer<Runnable> saveCache) {
        if (!exists()) {
            throw new MigrateException(MigrateException.Kind.SETUP, "The revision directory "
                    + DisplayPaths.of(directory) + " does not exist. Create the first revision with "
                    + "'mvn migrate:revision -Dmigrate.message=\"...\"', or point migrate.directory at your "
                    + "revisions.");
        }
        List<Path> files = files();
        RevisionCache cache = cacheDirectory == null ? RevisionCache.none() : RevisionCache.load(cacheDirectory);
        List<ParsedFile> parsed = files.parallelStream().map(file -> parse(file, cache)).toList();
        List<Revision> revisions = new ArrayList<>(parsed.size());
        for (ParsedFile result : parsed) {
            if (result instanceof Broken broken) {
                throw broken.failure();
            }
            revisions.add(((Parsed) result).revision());
        }
        saveCache.accept(() -> cache.save(files));
        return revisions;
    }

    /** One file's outcome on a parse worker, so that the first broken file in file order is the one reported. */
    private sealed interface ParsedFile permits Parsed, Broken {
    }

    private record Parsed(Revision revision) implements ParsedFile {
    }

    private record Broken(RuntimeException failure) implements ParsedFile {
    }

    private static ParsedFile parse(Path file, RevisionCache cache) {
        try {
            return new Parsed(cache.parse(file, RevisionFileParser.read(file)));
        } catch (RuntimeException failure) {
            return new Broken(failure);
        }
    }

    /** Loads the files and builds their graph. */
    public RevisionGraph graph() {
        return RevisionGraph.of(load());
    }

    private List<Path> files() {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new MigrateException(MigrateException.Kind.SETUP, "Cannot list " + DisplayPaths.of(directory)
                    + ": " + e.getMessage());
        }
    }
}
