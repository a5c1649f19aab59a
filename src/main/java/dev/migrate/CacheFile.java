package dev.migrate;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A file in the build directory that keeps work between runs: a header (kind, format, length, CRC-32) and a
 * payload. Reading gives the payload only when the file is whole and of the expected kind and format; anything else
 * reads as absent, so a damaged file costs a slower run, never a wrong one. Writing goes through a temporary file
 * and an atomic rename, so concurrent runs never see half a file. Payloads encode their strings with
 * {@link BinaryStrings}.
 */
public final class CacheFile {

    private static final int HEADER = 20;

    private CacheFile() {
    }

    /** The payload, or null when the file is missing, damaged, or of another kind or format. */
    public static byte[] read(Path file, int kind, int format) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) { // missing (the first run) or unreadable: both read as absent
            return null;
        }
        if (all.length < HEADER) {
            return null;
        }
        ByteBuffer header = ByteBuffer.wrap(all, 0, HEADER);
        if (header.getInt() != kind || header.getInt() != format || header.getInt() != all.length - HEADER) {
            return null;
        }
        long crc = header.getLong();
        byte[] payload = Arrays.copyOfRange(all, HEADER, all.length);
        return crc(payload) == crc ? payload : null;
    }

    /** Writes {@code payload}; false when the file could not be written (the caller's next run is only slower). */
    public static boolean write(Path file, int kind, int format, byte[] payload) {
        Path partial = null;
        try {
            Files.createDirectories(file.getParent());
            partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + HEADER);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(kind);
                out.writeInt(format);
                out.writeInt(payload.length);
                out.writeLong(crc(payload));
                out.write(payload);
            }
            Files.write(partial, bytes.toByteArray());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // left in the build directory, which 'mvn clean' removes
                }
            }
        }
    }

    /** The CRC-32 of {@code bytes}. */
    public static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }
}
