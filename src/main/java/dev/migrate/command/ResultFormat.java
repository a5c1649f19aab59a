package dev.migrate.command;

import dev.migrate.MigrateException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a goal writes its result ({@code migrate.format}): lines for people, JSON for scripts, a graph picture. */
public enum ResultFormat {
    TEXT, JSON, MERMAID, DOT;

    /** The spelling users write: {@code text}, {@code json}, {@code mermaid}, {@code dot}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads {@code migrate.format} for a goal that writes the formats {@code offered} (in their documented order);
     * blank means text.
     */
    public static ResultFormat parse(String value, String goal, List<ResultFormat> offered) {
        if (value == null || value.isBlank()) {
            return TEXT;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (ResultFormat format : values()) {
            if (format.spelling().equals(wanted)) {
                if (!offered.contains(format)) {
                    throw new MigrateException(MigrateException.Kind.SETUP, "migrate.format '" + value.strip()
                            + "' is not available for migrate:" + goal + ": it writes " + names(offered) + ".");
                }
                return format;
            }
        }
        throw new MigrateException(MigrateException.Kind.SETUP, "migrate.format '" + value.strip() + "' is unknown: "
                + "migrate:" + goal + " writes " + names(offered) + ".");
    }

    private static String names(List<ResultFormat> formats) {
        List<String> names = new ArrayList<>();
        for (ResultFormat format : formats) {
            names.add(format.spelling());
        }
        if (names.size() == 1) {
            return names.get(0) + " only";
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Formats every goal with a result offers. */
    public static final List<ResultFormat> TEXT_AND_JSON = List.of(TEXT, JSON);

    /** Formats of {@code history}. */
    public static final List<ResultFormat> HISTORY = List.of(TEXT, JSON, MERMAID, DOT);

    /** Formats of goals whose result is SQL or that have none. */
    public static final List<ResultFormat> TEXT_ONLY = List.of(TEXT);
}
