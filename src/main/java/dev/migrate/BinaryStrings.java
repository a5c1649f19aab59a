package dev.migrate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How the plugin's binary formats write strings: a length (-1 for null) and UTF-8 bytes; a list is a count and its
 * strings. The build-directory caches ({@link CacheFile}) and the pipe to Hibernate's JVM (the schema codec, the DDL
 * request and its answer) share it.
 */
public final class BinaryStrings {

    private BinaryStrings() {
    }

    /** Writes a string, null included, for {@link #readString}. */
    public static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads a string written by {@link #writeString}; a payload cut short is an {@code EOFException}. */
    public static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Writes a list of strings, nulls included, for {@link #readStrings}. */
    public static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    /** Reads a list written by {@link #writeStrings}. */
    public static List<String> readStrings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            values.add(readString(in));
        }
        return values;
    }
}
