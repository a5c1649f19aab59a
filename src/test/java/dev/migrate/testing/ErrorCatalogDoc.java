package dev.migrate.testing;

import dev.migrate.MigrateException;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads {@code docs/errors.md}, the catalog of errors a user can cause, so that tests can check that each documented
 * message is exactly the one the code prints. A case is a section that starts with {@code <a id="case-id"></a>} and
 * shows its message in the first {@code ```text} block after the anchor.
 */
public final class ErrorCatalogDoc {

    public static final Path FILE = Path.of("docs/errors.md");
    private static final Pattern ANCHOR = Pattern.compile("<a id=\"([a-z0-9-]+)\"></a>");

    private ErrorCatalogDoc() {
    }

    /**
     * Runs a command that must fail, and checks that its message, as {@code shown} turns it into the doc's form, is
     * {@code expected}, that {@code state} (the database's tables and rows) did not change, and that the section
     * {@code id} shows that message.
     */
    public static void assertRefused(String id, String expected, Executable command, Supplier<List<String>> state,
                                     UnaryOperator<String> shown) {
        List<String> before = state.get();
        MigrateException e = assertThrows(MigrateException.class, command);
        String message = shown.apply(e.getMessage());
        assertEquals(expected, message);
        assertEquals(before, state.get(), "the database changed");
        assertDocumented(id, message);
    }

    /** Fails unless the section {@code id} shows exactly {@code message}. */
    public static void assertDocumented(String id, String message) {
        String text = read();
        String anchor = "<a id=\"" + id + "\"></a>";
        int at = text.indexOf(anchor);
        if (at < 0) {
            fail(FILE + " has no section " + anchor + "; add one showing the message:\n" + message);
        }
        int next = text.indexOf("<a id=\"", at + anchor.length());
        int open = text.indexOf("```text\n", at);
        if (open < 0 || (next >= 0 && open > next)) {
            fail(FILE + " section " + id + " has no ```text block with the message:\n" + message);
        }
        int close = text.indexOf("\n```", open + 8);
        assertEquals(message, text.substring(open + 8, close), FILE + " section " + id + " shows another message");
    }

    /** The ids of every documented case, in document order. */
    public static Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ANCHOR.matcher(read());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String read() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
