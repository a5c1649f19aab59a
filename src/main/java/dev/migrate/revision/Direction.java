package dev.migrate.revision;

import java.util.Locale;

/** Which section of a revision a step runs. */
public enum Direction {
    UPGRADE, DOWNGRADE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
