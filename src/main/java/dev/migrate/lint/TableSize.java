package dev.migrate.lint;

import java.util.Locale;

/**
 * A live table's size as the catalog estimates it.
 *
 * @param rows  estimated rows, or -1 when unknown (never analysed)
 * @param bytes bytes on disk, or -1 when the database does not say (H2)
 */
public record TableSize(long rows, long bytes) {

    /** Tables this big make a sized hazard an error: at least 100,000 rows or 100 MB. */
    public static final long LARGE_ROWS = 100_000;
    public static final long LARGE_BYTES = 100L * 1024 * 1024;
    /** Tables this small make a sized hazard a note: under 10,000 rows and under 10 MB. */
    public static final long SMALL_ROWS = 10_000;
    public static final long SMALL_BYTES = 10L * 1024 * 1024;

    public boolean large() {
        return rows >= LARGE_ROWS || bytes >= LARGE_BYTES;
    }

    public boolean small() {
        return rows >= 0 && rows < SMALL_ROWS && bytes < SMALL_BYTES;
    }

    /** {@code ≈2.1 M rows, 850 MB}. */
    public String describe() {
        String rowText = rows < 0 ? "rows unknown" : "≈" + amount(rows) + " rows";
        return bytes < 0 ? rowText : rowText + ", " + bytes(bytes);
    }

    private static String amount(long n) {
        if (n < 1_000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return scaled(n / 1_000.0) + " k";
        }
        if (n < 1_000_000_000) {
            return scaled(n / 1_000_000.0) + " M";
        }
        return scaled(n / 1_000_000_000.0) + " G";
    }

    private static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return scaled(n / 1024.0) + " kB";
        }
        if (n < 1024L * 1024 * 1024) {
            return scaled(n / (1024.0 * 1024)) + " MB";
        }
        return scaled(n / (1024.0 * 1024 * 1024)) + " GB";
    }

    /** One decimal under 10, none above: 2.1, 12, 850. */
    private static String scaled(double v) {
        return v < 10 ? String.format(Locale.ROOT, "%.1f", v).replace(".0", "") : Long.toString(Math.round(v));
    }
}
