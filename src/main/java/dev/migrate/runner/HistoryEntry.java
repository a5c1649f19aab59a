package dev.migrate.runner;

import java.time.Instant;

/**
 * One row of {@code migrate_history}: a step that ran (or a stamp).
 *
 * @param revision   the revision id
 * @param direction  {@code upgrade}, {@code downgrade}, {@code stamp} or {@code accept} (an edit accepted)
 * @param checksum   the checksum of the section that ran, or null
 * @param appliedBy  the operating-system user
 * @param host       the machine
 * @param startedAt  when the step started
 * @param durationMs how long it ran
 */
public record HistoryEntry(String revision, String direction, String checksum, String appliedBy, String host,
                           Instant startedAt, long durationMs) {
}
