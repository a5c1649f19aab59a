package dev.migrate.runner;

import dev.migrate.MigrateException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard {@code index} of {@code count} ({@code migrate.shard=k/n}, k counted from 0 like Kubernetes'
 * {@code JOB_COMPLETION_INDEX}): the tenants whose stable hash, taken modulo {@code count}, is {@code index}. The hash
 * is the first 8 bytes of the SHA-256 of the tenant's name in UTF-8, read as an unsigned big-endian number, so every
 * machine, JVM and run puts a tenant in the same shard, the shards never overlap and together they are the fleet.
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    /** The whole fleet. */
    public static final Shard ALL = new Shard(0, 1);

    /** Reads {@code k/n}; null or blank is the whole fleet. */
    public static Shard parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw invalid(text, "write k/n, the shard's number k (from 0) and the number of shards n, e.g. 0/4");
        }
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        if (count < 1) {
            throw invalid(text, "the number of shards must be at least 1");
        }
        if (index >= count) {
            throw invalid(text, "shards are numbered from 0, so " + count + " shards are 0/" + count + " to "
                    + (count - 1) + "/" + count + " (in a Kubernetes indexed Job: ${JOB_COMPLETION_INDEX}/" + count
                    + "; in a GitHub Actions matrix: a list 0 to " + (count - 1) + ")");
        }
        return new Shard(index, count);
    }

    private static MigrateException invalid(String text, String what) {
        return new MigrateException(MigrateException.Kind.SETUP, "Invalid migrate.shard '" + text + "': " + what
                + ".");
    }

    /** Whether the tenant named {@code name} belongs to this shard. */
    public boolean contains(String name) {
        return Long.remainderUnsigned(hash(name), count) == index;
    }

    /** The tenants of this shard, in the order given. */
    public List<Tenant> of(List<Tenant> tenants) {
        return count == 1 ? tenants : tenants.stream().filter(t -> contains(t.name())).toList();
    }

    /** The first 8 bytes of SHA-256 of the name's UTF-8 bytes, big-endian (compare with {@code sha256sum}). */
    public static long hash(String name) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
        long hash = 0;
        for (int i = 0; i < 8; i++) {
            hash = (hash << 8) | (digest[i] & 0xff);
        }
        return hash;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
