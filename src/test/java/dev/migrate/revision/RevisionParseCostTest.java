package dev.migrate.revision;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bench only: the cost of parsing 1,000 generated revision files on a cold JVM, the case the parse cache does not
 * cover (a fresh clone). {@code -Dmigrate.bench.parse=true} runs it as a test; for a JVM that has run nothing
 * before, run {@link #main} on its own: {@code java -cp target/classes:target/test-classes
 * dev.migrate.revision.RevisionParseCostTest <empty folder>}.
 */
class RevisionParseCostTest {

    private static final int FILES = 1_000;

    @Test
    void parseThousandFilesCold(@TempDir Path folder) throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("migrate.bench.parse"), "bench only: -Dmigrate.bench.parse=true");
        System.out.println(measure(folder));
    }

    public static void main(String[] args) throws IOException {
        System.out.println(measure(Path.of(args[0])));
    }

    /** Writes the files (unless there), then parses each once on this thread, and once more with the JIT warm. */
    static String measure(Path folder) throws IOException {
        List<Path> files = write(folder);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        parseAll(files);
        long cold = System.nanoTime() - start;
        long coldCpu = threads.getCurrentThreadCpuTime() - cpuStart;
        for (int round = 0; round < 20; round++) {
            parseAll(files);
        }
        start = System.nanoTime();
        parseAll(files);
        long warm = System.nanoTime() - start;
        return String.format(Locale.ROOT, "parse of %d files on one thread: cold %.1f ms (CPU of the thread %.1f ms),"
                + " warm %.1f ms", files.size(), cold / 1e6, coldCpu / 1e6, warm / 1e6);
    }

    private static void parseAll(List<Path> files) {
        int statements = 0;
        for (Path file : files) {
            Revision revision = RevisionFileParser.parse(file);
            statements += revision.upgrade().text().length();
        }
        if (statements == 0) {
            throw new IllegalStateException("nothing parsed");
        }
    }

    private static List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>(FILES);
        for (int i = 0; i < FILES; i++) {
            String id = String.format("%012x", i + 1);
            String parent = i == 0 ? "" : String.format("%012x", i);
            Path file = folder.resolve(String.format("20261125_%06d_%s_add_table_%d.sql", i, id, i));
            if (!Files.exists(file)) {
                Files.writeString(file, "-- Add table t_" + i + "\n--\n-- Revision ID: " + id + "\n-- Revises: "
                        + parent + "\n-- Create Date: 2026-11-25 10:30:00Z\n\n-- migrate:upgrade\n"
                        + "CREATE TABLE t_" + i + " (\n    id bigint NOT NULL,\n    name varchar(50),\n"
                        + "    created_at timestamp NOT NULL,\n    PRIMARY KEY (id)\n);\n"
                        + "CREATE INDEX t_" + i + "_name ON t_" + i + " (name);\n"
                        + "INSERT INTO t_" + i + " (id, name, created_at) VALUES (1, 'x -- not a comment', now());\n"
                        + "\n-- migrate:downgrade\nDROP TABLE t_" + i + ";\n", StandardCharsets.UTF_8);
            }
            files.add(file);
        }
        return files;
    }
}
