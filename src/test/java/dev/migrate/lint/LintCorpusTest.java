package dev.migrate.lint;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionDirectory;
import dev.migrate.revision.Section;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labelled corpus of {@code src/test/resources/lint/corpus.sql}: our precision and recall per rule family against
 * its labels. With {@code -Dlint.bench.out=<file>} it also writes what it flagged per case, for
 * {@code bench/lint-vs-squawk.sh}.
 */
class LintCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/lint/corpus.sql");

    /** One labelled case: its statements start on line {@code line} of the corpus. */
    record Case(String id, boolean dangerous, String family, boolean transactional, String sql, int line) {
    }

    static List<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        String[] header = null;
        StringBuilder sql = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "-- case: end";
            if (line.startsWith("-- case:")) {
                if (header != null) {
                    cases.add(new Case(header[0], header[1].equals("dangerous"), header[2], header[3].equals("tx"),
                            sql.toString(), start));
                }
                header = line.substring("-- case:".length()).strip().split("\\s*\\|\\s*");
                sql.setLength(0);
                start = i + 2;
            } else if (header != null) {
                sql.append(line).append('\n');
            }
        }
        return cases;
    }

    static String family(Rule rule) {
        return rule.family().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The families our lint flags in a case, on PostgreSQL 17, offline. */
    static Set<String> flagged(Case c) {
        Section section = new Section("upgrade", c.sql(), c.line(), c.transactional(), "corpus.sql");
        return new Linter(LintTarget.parse("postgresql:17"), LiveTables.none(), LintPolicy.defaults())
                .lint(section, "corpus.sql").stream().map(f -> family(f.rule())).collect(Collectors.toSet());
    }

    /**
     * Bench only ({@code -Dlint.cost.dir=<revision folder>}): the time to lint every revision of a folder, parsed
     * once, in milliseconds per revision: the first round (which splits the sections) and the best of five.
     */
    @Test
    void lintCostPerRevision() {
        String dir = System.getProperty("lint.cost.dir");
        Assumptions.assumeTrue(dir != null, "bench only: -Dlint.cost.dir");
        List<Revision> revisions = new RevisionDirectory(Path.of(dir))
                .graph().topologicalOrder(new HashSet<>(new RevisionDirectory(
                        Path.of(dir)).load().stream().map(Revision::id).toList()));
        long first = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            new Linter(LintTarget.parse("postgresql"), LiveTables.none(), LintPolicy.defaults()).lint(revisions);
            long took = System.nanoTime() - start;
            first = round == 0 ? took : first;
            best = Math.min(best, took);
        }
        System.out.printf(Locale.ROOT, "lint cost: %d revisions; first round (splitting the sections included) "
                + "%.1f ms, %.3f ms per revision; best of 5 %.1f ms, %.3f ms per revision%n", revisions.size(),
                first / 1e6, first / 1e6 / revisions.size(), best / 1e6, best / 1e6 / revisions.size());
    }

    @Test
    void precisionAndRecallOnTheLabelledCorpus() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 60, "at least 60 cases, found " + cases.size());
        Map<String, int[]> byFamily = new TreeMap<>(); // tp, fp, fn
        List<String> missed = new ArrayList<>();
        StringBuilder out = new StringBuilder("id\tlabel\tfamily\tflagged\n");
        for (Case c : cases) {
            boolean hit = flagged(c).contains(c.family());
            int[] counts = byFamily.computeIfAbsent(c.family(), f -> new int[3]);
            if (c.dangerous() && hit) {
                counts[0]++;
            } else if (!c.dangerous() && hit) {
                counts[1]++;
                missed.add(c.id() + " (false alarm)");
            } else if (c.dangerous()) {
                counts[2]++;
                missed.add(c.id() + " (missed)");
            }
            out.append(c.id()).append('\t').append(c.dangerous() ? "dangerous" : "safe").append('\t')
                    .append(c.family()).append('\t').append(hit ? 1 : 0).append('\n');
        }
        String file = System.getProperty("lint.bench.out");
        if (file != null) {
            Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
            Files.writeString(Path.of(file), out.toString(), StandardCharsets.UTF_8);
        }
        int tp = byFamily.values().stream().mapToInt(c -> c[0]).sum();
        int fp = byFamily.values().stream().mapToInt(c -> c[1]).sum();
        int fn = byFamily.values().stream().mapToInt(c -> c[2]).sum();
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        assertTrue(precision >= 0.95, "precision " + precision + ": " + missed);
        assertTrue(recall >= 0.95, "recall " + recall + ": " + missed);
        assertEquals(List.of(), missed, "every labelled case");
    }
}
