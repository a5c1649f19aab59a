package dev.migrate.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For the interrupted-verify invoker cases: runs {@code mvn migrate:verify}, sends the Maven JVM SIGTERM once the
 * stairway has stepped through its first revision (the next one is then under way), and tells which throwaway
 * database the run had made, so the case can check that none is left behind.
 */
public final class VerifyInterrupt {

    private static final Pattern THROWAWAY = Pattern.compile(
            ".*Verifying \\d+ revisions on the throwaway \\w+ database (\\w+): .*");
    private static final Pattern STEPPED = Pattern.compile(".* \\S+: up \\d+ ms, down \\d+ ms.*");

    /** What the interrupted run did: the throwaway database it announced, its exit code, its output. */
    public record Run(String database, int exitCode, boolean killedMidRun, String output) {
    }

    private VerifyInterrupt() {
    }

    /** Writes {@code revisions} revisions of a table each, every upgrade but the first pausing with {@code sleep}. */
    public static void writeRevisions(File basedir, int revisions, String sleep) throws IOException {
        File dir = new File(basedir, "migrations/versions");
        Files.createDirectories(dir.toPath());
        for (int n = 1; n <= revisions; n++) {
            String id = String.format("beef%08d", n);
            String parent = n == 1 ? "" : String.format("beef%08d", n - 1);
            String text = "-- Step " + n + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + parent
                    + "\n-- Create Date: 2026-11-01 09:00:00Z\n\n-- migrate:upgrade\n"
                    + "CREATE TABLE t_" + n + " (id INT PRIMARY KEY);\n" + (n == 1 ? "" : sleep + ";\n")
                    + "\n-- migrate:downgrade\nDROP TABLE t_" + n + ";\n";
            Files.writeString(new File(dir, String.format("20261101_%06d_%s_step_%d.sql", n, id, n)).toPath(), text,
                    StandardCharsets.UTF_8);
        }
    }

    /** Runs {@code mvn} (the command up to the goal) with {@code migrate:verify} and interrupts it as above. */
    public static Run run(File basedir, List<String> mvn) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(mvn);
        command.add("migrate:verify");
        Process process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        String database = null;
        boolean killed = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                Matcher m = THROWAWAY.matcher(line);
                if (m.matches()) {
                    database = m.group(1);
                } else if (database != null && !killed && STEPPED.matcher(line).matches()) {
                    // SIGTERM (as a CI runner's cancel or kill sends), through the handle: Process.destroy would
                    // close the output this loop still reads
                    killed = process.toHandle().destroy();
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mvn migrate:verify did not end within 120 s of SIGTERM:\n" + output);
        }
        Files.writeString(new File(basedir, "interrupted.log").toPath(), output, StandardCharsets.UTF_8);
        return new Run(database, process.exitValue(), killed, output.toString());
    }
}
