package dev.migrate.command;

import dev.migrate.Output;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cost of {@code migrate:verify} against {@code migrate:upgrade} of the same revisions, inside one JVM on
 * PostgreSQL (run by {@code bench/verify-cost.sh}; not a test): rounds of upgrade on a fresh schema and verify,
 * interleaved, each printed as one tab-separated line, then where verify's time went in the last round.
 */
public final class VerifyCost {

    private VerifyCost() {
    }

    public static void main(String[] args) {
        Path versions = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        DatabaseKind kind = args.length > 2 ? DatabaseKind.valueOf(args[2]) : DatabaseKind.POSTGRESQL;
        List<String> trace = List.of();
        for (int round = 0; round <= rounds; round++) { // round 0 warms the JVM up and is not printed
            long upgrade;
            long verify;
            try (TestDatabase db = TestDatabase.create(kind)) {
                MigrateSettings settings = new MigrateSettings(db.settings(), versions, null, null,
                        Duration.ofSeconds(20));
                long start = System.nanoTime();
                new UpgradeCommand(settings, Output.SILENT).run("head", Set.of());
                upgrade = System.nanoTime() - start;
            }
            try (TestDatabase db = TestDatabase.create(kind)) {
                MigrateSettings settings = new MigrateSettings(db.settings(), versions, null, null,
                        Duration.ofSeconds(20));
                Timed output = new Timed();
                new VerifyCommand(settings, new VerifyOptions(null, null, null), output).run();
                verify = System.nanoTime() - output.start;
                trace = output.lines;
            }
            if (round > 0) {
                System.out.printf("round %d\tupgrade %d ms\tverify %d ms\t%.2fx%n", round, upgrade / 1_000_000,
                        verify / 1_000_000, (double) verify / upgrade);
            }
        }
        System.out.println("last verify, milliseconds since its start:");
        int shown = 0;
        for (String line : trace) {
            if (shown++ < 4 || !line.contains(": up ") || shown > trace.size() - 6) {
                System.out.println("  " + line);
            }
        }
    }

    /** Keeps each line with the milliseconds since the command started. */
    private static final class Timed implements Output {

        private final long start = System.nanoTime();
        private final List<String> lines = new ArrayList<>();

        @Override
        public void info(String line) {
            lines.add((System.nanoTime() - start) / 1_000_000 + "\t" + line);
        }

        @Override
        public void warn(String line) {
            info("WARN " + line);
        }

        @Override
        public void debug(String line) {
            if (line.startsWith("Stairway: ")) {
                info(line);
            }
        }
    }
}
