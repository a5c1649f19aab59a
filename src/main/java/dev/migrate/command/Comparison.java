package dev.migrate.command;

import dev.migrate.change.Change;

import java.util.List;

/**
 * The changes that bring the database to what the entities describe, and those that undo them.
 *
 * @param upgrade   in the order they run
 * @param downgrade the reverses, in the order they run
 */
public record Comparison(List<Change> upgrade, List<Change> downgrade) {

    public Comparison {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }
}
