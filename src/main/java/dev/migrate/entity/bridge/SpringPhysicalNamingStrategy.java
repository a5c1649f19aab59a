package dev.migrate.entity.bridge;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

import java.util.Locale;

/**
 * Spring Boot's default physical naming, for a Hibernate that has no snake-case strategy of its own: {@code camelCase}
 * and dots become {@code snake_case} in lower case, a digit counting as a lower-case letter ({@code line2Text} ->
 * {@code line2_text}, {@code fileV2} -> {@code file_v2}), as Hibernate 7 and Spring Boot 4 name; quoted identifiers
 * are kept.
 */
public final class SpringPhysicalNamingStrategy implements PhysicalNamingStrategy {

    @Override
    public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    private static Identifier apply(Identifier name) {
        if (name == null || name.isQuoted()) {
            return name;
        }
        StringBuilder text = new StringBuilder(name.getText().replace('.', '_'));
        for (int i = 1; i < text.length() - 1; i++) {
            if (lowerOrDigit(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
                    && lowerOrDigit(text.charAt(i + 1))) {
                text.insert(i++, '_');
            }
        }
        return new Identifier(text.toString().toLowerCase(Locale.ROOT), false);
    }

    private static boolean lowerOrDigit(char c) {
        return Character.isLowerCase(c) || Character.isDigit(c);
    }
}
