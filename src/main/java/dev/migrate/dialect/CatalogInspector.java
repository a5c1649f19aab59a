package dev.migrate.dialect;

/**
 * What every database's {@link Inspector} is made of: its spelling of names, of the catalog questions and of the
 * namespace commands, and its schema reader. A database's inspector adds how it reads Hibernate's script back.
 */
public abstract class CatalogInspector implements Inspector {

    protected final Dialect dialect;
    private final CatalogStatements statements;
    private final SchemaReader reader;

    protected CatalogInspector(Dialect dialect, CatalogStatements statements, SchemaReader reader) {
        this.dialect = dialect;
        this.statements = statements;
        this.reader = reader;
    }

    @Override
    public final Quoting quoting() {
        return dialect;
    }

    @Override
    public final CatalogStatements statements() {
        return statements;
    }

    @Override
    public final SchemaReader schemaReader() {
        return reader;
    }
}
