package dev.migrate.schema;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a {@link Schema} as bytes and reads it back equal, for the desired-schema cache. */
public final class SchemaCodec {

    /** Changes whenever the model or this format changes, so that an older file is never misread. */
    public static final int FORMAT = 1;

    private SchemaCodec() {
    }

    public static void write(Schema schema, DataOutputStream out) throws IOException {
        out.writeInt(schema.tables().size());
        for (Map.Entry<String, Table> entry : schema.tables().entrySet()) {
            string(out, entry.getKey());
            Table t = entry.getValue();
            string(out, t.name());
            out.writeInt(t.columns().size());
            for (Column c : t.columns()) {
                string(out, c.name());
                string(out, c.type());
                out.writeBoolean(c.nullable());
                string(out, c.defaultValue());
                out.writeUTF(c.identity().name());
                string(out, c.generated());
                string(out, c.comment());
            }
            out.writeBoolean(t.primaryKey().isPresent());
            if (t.primaryKey().isPresent()) {
                string(out, t.primaryKey().get().name());
                strings(out, t.primaryKey().get().columns());
            }
            out.writeInt(t.uniqueKeys().size());
            for (UniqueKey u : t.uniqueKeys()) {
                string(out, u.name());
                strings(out, u.columns());
            }
            out.writeInt(t.foreignKeys().size());
            for (ForeignKey f : t.foreignKeys()) {
                string(out, f.name());
                strings(out, f.columns());
                string(out, f.referencedTable());
                strings(out, f.referencedColumns());
                string(out, f.onDelete());
                string(out, f.onUpdate());
            }
            out.writeInt(t.checks().size());
            for (Check c : t.checks()) {
                string(out, c.name());
                string(out, c.expression());
            }
            out.writeInt(t.indexes().size());
            for (Index i : t.indexes()) {
                string(out, i.name());
                out.writeBoolean(i.unique());
                out.writeInt(i.keys().size());
                for (IndexKey k : i.keys()) {
                    string(out, k.expression());
                    out.writeBoolean(k.column());
                    out.writeBoolean(k.descending());
                }
                string(out, i.predicate());
                string(out, i.method());
            }
            string(out, t.comment());
        }
        out.writeInt(schema.sequences().size());
        for (Map.Entry<String, Sequence> entry : schema.sequences().entrySet()) {
            string(out, entry.getKey());
            Sequence s = entry.getValue();
            string(out, s.name());
            string(out, s.dataType());
            out.writeLong(s.start());
            out.writeLong(s.increment());
            out.writeLong(s.minValue());
            out.writeLong(s.maxValue());
            out.writeLong(s.cache());
            out.writeBoolean(s.cycle());
        }
    }

    public static Schema read(DataInputStream in) throws IOException {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String key = string(in);
            String name = string(in);
            List<Column> columns = new ArrayList<>();
            for (int c = in.readInt(); c > 0; c--) {
                columns.add(new Column(string(in), string(in), in.readBoolean(), string(in),
                        Column.Identity.valueOf(in.readUTF()), string(in), string(in)));
            }
            Optional<PrimaryKey> primaryKey = in.readBoolean()
                    ? Optional.of(new PrimaryKey(string(in), strings(in))) : Optional.empty();
            List<UniqueKey> uniqueKeys = new ArrayList<>();
            for (int u = in.readInt(); u > 0; u--) {
                uniqueKeys.add(new UniqueKey(string(in), strings(in)));
            }
            List<ForeignKey> foreignKeys = new ArrayList<>();
            for (int f = in.readInt(); f > 0; f--) {
                foreignKeys.add(new ForeignKey(string(in), strings(in), string(in), strings(in), string(in),
                        string(in)));
            }
            List<Check> checks = new ArrayList<>();
            for (int c = in.readInt(); c > 0; c--) {
                checks.add(new Check(string(in), string(in)));
            }
            List<Index> indexes = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String indexName = string(in);
                boolean unique = in.readBoolean();
                List<IndexKey> keys = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) {
                    keys.add(new IndexKey(string(in), in.readBoolean(), in.readBoolean()));
                }
                indexes.add(new Index(indexName, unique, keys, string(in), string(in)));
            }
            tables.put(key, new Table(name, columns, primaryKey, uniqueKeys, foreignKeys, checks, indexes,
                    string(in)));
        }
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String key = string(in);
            Sequence s = new Sequence(string(in), string(in), in.readLong(), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong(), in.readBoolean());
            sequences.put(key, s);
        }
        return new Schema(tables, sequences);
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            values.add(string(in));
        }
        return values;
    }
}
