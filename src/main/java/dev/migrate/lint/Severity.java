package dev.migrate.lint;

import java.util.Locale;

/** How much a finding matters: errors fail the build, warnings and notes are printed. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** The word printed in a finding: {@code info}, {@code warning}, {@code error}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
