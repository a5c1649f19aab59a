package dev.migrate.change;

/**
 * One difference between the database and the entities, as data. Every change knows its reverse, so the downgrade
 * is the upgrade reversed, never a second diff; rendering to SQL is the dialect's job.
 */
public sealed interface Change permits CreateTable, DropTable, AddColumn, DropColumn, AlterColumn, AddPrimaryKey,
        DropPrimaryKey, AddUniqueKey, DropUniqueKey, AddForeignKey, DropForeignKey, AddCheck, DropCheck, CreateIndex,
        DropIndex, CreateSequence, DropSequence, AlterSequence, SetTableComment, CreateEnumType, DropEnumType,
        AddEnumValue, RebuildEnumType, CreateSchema, DropSchema {

    /** The change that undoes this one. */
    Change reverse();

    /** Where the change runs in an upgrade: dependencies first (see {@link Phase}). */
    Phase phase();

    /** The table (or sequence, or enum type) it concerns, for a stable order within a phase. */
    String subject();

    /** One line for the log: {@code added table investment_balance_points}. */
    String describe();
}
