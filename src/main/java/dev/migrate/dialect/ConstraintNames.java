package dev.migrate.dialect;

import dev.migrate.schema.Check;
import dev.migrate.schema.Namespaces;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueKey;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;

/**
 * Gives the desired schema's database-generated constraint names (H2's {@code CONSTRAINT_62}) deterministic ones,
 * so that a revision names every constraint it creates and its downgrade drops exactly that constraint: a name the
 * database makes up in the scratch namespace means nothing in the live one.
 */
final class ConstraintNames {

    private ConstraintNames() {
    }

    static Schema assign(Schema schema, Predicate<String> generated, UnaryOperator<String> fold) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Table t : schema.tables().values()) {
            var pk = t.primaryKey().map(p -> generated.test(p.name())
                    ? new PrimaryKey(fold.apply(t.name() + "_pkey"), p.columns()) : p);
            List<UniqueKey> uniques = t.uniqueKeys().stream().map(u -> generated.test(u.name())
                    ? new UniqueKey(fold.apply(t.name() + "_" + String.join("_", u.columns()) + "_key"), u.columns())
                    : u).toList();
            List<Check> checks = t.checks().stream().map(c -> generated.test(c.name())
                    ? new Check(fold.apply(t.name() + "_check_" + hash(c.expression())), c.expression()) : c).toList();
            tables.put(Namespaces.key(t), t.withPrimaryKey(pk).withUniqueKeys(uniques).withChecks(checks));
        }
        return schema.withTables(tables);
    }

    private static String hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
