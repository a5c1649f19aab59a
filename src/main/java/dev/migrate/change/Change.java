package dev.migrate.change;

/**
 * One difference between the database and the entities, as data. Every change knows its reverse, so the downgrade
 * is the upgrade reversed, never a second diff; rendering to SQL is the dialect's job.
 */
public sealed interface Change permits CreateTable, DropTable, AddColumn, DropColumn, AlterColumn, AddPrimaryKey,
        DropPrimaryKey, AddUniqueKey, DropUniqueKey, AddForeignKey, DropForeignKey, AddCheck, DropCheck, CreateIndex,
        DropIndex, CreateSequence, DropSequence, AlterSequence, SetTableComment, CreateEnumType, DropEnumType,
        AddEnumValue, RebuildEnumType, CreateSchema, DropSchema {

    /** What {@code visitor} does with this kind of change: the compiler checks that a visitor handles every kind. */
    <R> R accept(Visitor<R> visitor);

    /** The change that undoes this one. */
    Change reverse();

    /** Where the change runs in an upgrade: dependencies first (see {@link Phase}). */
    Phase phase();

    /** The table (or sequence, or enum type) it concerns, for a stable order within a phase. */
    String subject();

    /** One line for the log: {@code added table investment_balance_points}. */
    String describe();

    /**
     * Something done with each kind of change: rendering it as SQL, warning about it. A new kind of change adds a
     * method here, so nothing compiles until every visitor says what it does with the new kind.
     *
     * @param <R> what the visitor gives for a change
     */
    interface Visitor<R> {

        R visit(CreateTable change);

        R visit(DropTable change);

        R visit(AddColumn change);

        R visit(DropColumn change);

        R visit(AlterColumn change);

        R visit(AddPrimaryKey change);

        R visit(DropPrimaryKey change);

        R visit(AddUniqueKey change);

        R visit(DropUniqueKey change);

        R visit(AddForeignKey change);

        R visit(DropForeignKey change);

        R visit(AddCheck change);

        R visit(DropCheck change);

        R visit(CreateIndex change);

        R visit(DropIndex change);

        R visit(CreateSequence change);

        R visit(DropSequence change);

        R visit(AlterSequence change);

        R visit(SetTableComment change);

        R visit(CreateEnumType change);

        R visit(DropEnumType change);

        R visit(AddEnumValue change);

        R visit(RebuildEnumType change);

        R visit(CreateSchema change);

        R visit(DropSchema change);
    }
}
