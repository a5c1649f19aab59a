package dev.migrate.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The {@code excludeTables} patterns: table names with {@code *} and {@code ?} wildcards, case-insensitive. */
public final class TablePatterns implements Predicate<String> {

    private final List<Pattern> patterns = new ArrayList<>();

    public TablePatterns(List<String> globs) {
        for (String glob : globs == null ? List.<String>of() : globs) {
            if (glob == null || glob.isBlank()) {
                continue;
            }
            patterns.add(Pattern.compile(regex(glob.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** The regular expression of a name with {@code *} (any characters) and {@code ?} (one) wildcards. */
    public static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    @Override
    public boolean test(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return patterns.stream().anyMatch(p -> p.matcher(name).matches());
    }
}
