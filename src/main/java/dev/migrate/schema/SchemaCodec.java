package dev.migrate.schema;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.migrate.BinaryStrings.readString;
import static dev.migrate.BinaryStrings.readStrings;
import static dev.migrate.BinaryStrings.writeString;
import static dev.migrate.BinaryStrings.writeStrings;

/** Writes a {@link Schema} as bytes and reads it back equal, for the desired-schema cache. */
public final class SchemaCodec {

    /** Changes whenever the model or this format changes, so that an older file is never misread. */
    public static final int FORMAT = 4;

    private SchemaCodec() {
    }

    public static void write(Schema schema, DataOutputStream out) throws IOException {
        out.writeInt(schema.tables().size());
        for (Map.Entry<String, Table> entry : schema.tables().entrySet()) {
            writeString(out, entry.getKey());
            Table t = entry.getValue();
            writeString(out, t.name());
            out.writeInt(t.columns().size());
            for (Column c : t.columns()) {
                writeString(out, c.name());
                writeString(out, c.type());
                out.writeBoolean(c.nullable());
                writeString(out, c.defaultValue());
                out.writeUTF(c.identity().name());
                writeString(out, c.generated());
                writeString(out, c.comment());
                writeString(out, c.writtenDefault());
            }
            out.writeBoolean(t.primaryKey().isPresent());
            if (t.primaryKey().isPresent()) {
                writeString(out, t.primaryKey().get().name());
                writeStrings(out, t.primaryKey().get().columns());
            }
            out.writeInt(t.uniqueKeys().size());
            for (UniqueKey u : t.uniqueKeys()) {
                writeString(out, u.name());
                writeStrings(out, u.columns());
            }
            out.writeInt(t.foreignKeys().size());
            for (ForeignKey f : t.foreignKeys()) {
                writeString(out, f.name());
                writeStrings(out, f.columns());
                writeString(out, Namespaces.key(f.referencedSchema(), f.referencedTable()));
                writeStrings(out, f.referencedColumns());
                writeString(out, f.onDelete());
                writeString(out, f.onUpdate());
            }
            out.writeInt(t.checks().size());
            for (Check c : t.checks()) {
                writeString(out, c.name());
                writeString(out, c.expression());
                writeString(out, c.written());
            }
            out.writeInt(t.indexes().size());
            for (Index i : t.indexes()) {
                writeString(out, i.name());
                out.writeBoolean(i.unique());
                out.writeInt(i.keys().size());
                for (IndexKey k : i.keys()) {
                    writeString(out, k.expression());
                    out.writeBoolean(k.column());
                    out.writeBoolean(k.descending());
                }
                writeString(out, i.predicate());
                writeString(out, i.method());
            }
            writeString(out, t.comment());
        }
        out.writeInt(schema.sequences().size());
        for (Map.Entry<String, Sequence> entry : schema.sequences().entrySet()) {
            writeString(out, entry.getKey());
            Sequence s = entry.getValue();
            writeString(out, s.name());
            writeString(out, s.dataType());
            out.writeLong(s.start());
            out.writeLong(s.increment());
            out.writeLong(s.minValue());
            out.writeLong(s.maxValue());
            out.writeLong(s.cache());
            out.writeBoolean(s.cycle());
        }
        out.writeInt(schema.enumTypes().size());
        for (EnumType e : schema.enumTypes().values()) {
            writeString(out, e.name());
            writeStrings(out, e.values());
        }
    }

    public static Schema read(DataInputStream in) throws IOException {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String key = readString(in);
            String name = readString(in);
            List<Column> columns = new ArrayList<>();
            for (int c = in.readInt(); c > 0; c--) {
                columns.add(new Column(readString(in), readString(in), in.readBoolean(), readString(in),
                        Column.Identity.valueOf(in.readUTF()), readString(in), readString(in), readString(in)));
            }
            Optional<PrimaryKey> primaryKey = in.readBoolean()
                    ? Optional.of(new PrimaryKey(readString(in), readStrings(in))) : Optional.empty();
            List<UniqueKey> uniqueKeys = new ArrayList<>();
            for (int u = in.readInt(); u > 0; u--) {
                uniqueKeys.add(new UniqueKey(readString(in), readStrings(in)));
            }
            List<ForeignKey> foreignKeys = new ArrayList<>();
            for (int f = in.readInt(); f > 0; f--) {
                String fkName = readString(in);
                List<String> fkColumns = readStrings(in);
                String referenced = readString(in);
                foreignKeys.add(new ForeignKey(fkName, fkColumns, Namespaces.nameOf(referenced), readStrings(in),
                        readString(in), readString(in), Namespaces.schemaOf(referenced)));
            }
            List<Check> checks = new ArrayList<>();
            for (int c = in.readInt(); c > 0; c--) {
                checks.add(new Check(readString(in), readString(in), readString(in)));
            }
            List<Index> indexes = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String indexName = readString(in);
                boolean unique = in.readBoolean();
                List<IndexKey> keys = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) {
                    keys.add(new IndexKey(readString(in), in.readBoolean(), in.readBoolean()));
                }
                indexes.add(new Index(indexName, unique, keys, readString(in), readString(in)));
            }
            tables.put(key, new Table(name, columns, primaryKey, uniqueKeys, foreignKeys, checks, indexes,
                    readString(in), schemaOf(key, name)));
        }
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String key = readString(in);
            String name = readString(in);
            Sequence s = new Sequence(name, readString(in), in.readLong(), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong(), in.readBoolean(), schemaOf(key, name));
            sequences.put(key, s);
        }
        Map<String, EnumType> enumTypes = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            EnumType e = new EnumType(readString(in), readStrings(in));
            enumTypes.put(e.name(), e);
        }
        return new Schema(tables, sequences, enumTypes);
    }

    /** The schema in a map key ({@link Namespaces#key}): what precedes the name, null when the key is the name. */
    private static String schemaOf(String key, String name) {
        return key.equals(name) ? null : key.substring(0, key.length() - name.length() - 1);
    }
}
