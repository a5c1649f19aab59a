package dev.migrate.revision;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a revision file: the header lines (the source of truth) and the upgrade and downgrade sections. */
public final class RevisionFileParser {

    static final String REVISION_ID = "Revision ID";
    static final String REVISES = "Revises";
    static final String CREATE_DATE = "Create Date";
    static final String BRANCH_LABELS = "Branch Labels";
    static final String DEPENDS_ON = "Depends On";
    private static final List<String> KEYS = List.of(REVISION_ID, REVISES, CREATE_DATE, BRANCH_LABELS, DEPENDS_ON);

    /** Revision ids fit the version table's varchar(32) and are safe in file names and SQL literals. */
    public static final Pattern REVISION_ID_PATTERN = Pattern.compile("[A-Za-z0-9_]{1,32}");
    private static final Pattern LABEL_PATTERN = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKER = Pattern.compile("--\\s*migrate:(\\S*)(.*)");
    private static final Pattern KEY_LINE = Pattern.compile("--\\s*([A-Za-z][A-Za-z ]*?)\\s*:(.*)");

    private RevisionFileParser() {
    }

    public static Revision parse(Path file) {
        return parse(file, read(file));
    }

    /** The bytes of {@code file}, or an error that names it. */
    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MalformedRevisionException(DisplayPaths.of(file), 0, "cannot be read: " + e.getMessage());
        }
    }

    /** Parses {@code bytes}, the content of {@code file}. */
    static Revision parse(Path file, byte[] bytes) {
        String shown = DisplayPaths.of(file);
        return parse(file, shown, decode(bytes, shown));
    }

    private static String decode(byte[] bytes, String shown) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new MalformedRevisionException(shown, line, "is not valid UTF-8 (first bad byte "
                    + String.format("0x%02X", bytes[offset] & 0xFF) + " at offset " + offset + "); save the file as "
                    + "UTF-8 (for example with 'iconv -f WINDOWS-1252 -t UTF-8')");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** Parses {@code text} as the content of {@code file}. */
    public static Revision parse(Path file, String text) {
        return parse(file, DisplayPaths.of(file), text);
    }

    private static Revision parse(Path file, String shown, String text) {
        String[] lines = lines(text);
        Map<String, String> header = new LinkedHashMap<>();
        List<String> messageLines = new ArrayList<>();
        boolean messageDone = false;
        int firstMarker = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNo = i + 1;
            if (isMarker(line)) {
                firstMarker = i;
                break;
            }
            if (line.isEmpty()) {
                messageDone = messageDone || !messageLines.isEmpty();
                continue;
            }
            if (!line.startsWith("--")) {
                throw new MalformedRevisionException(shown, lineNo, "SQL before the '-- migrate:upgrade' marker; "
                        + "statements belong under '-- migrate:upgrade' or '-- migrate:downgrade'");
            }
            String[] key = keyLine(line);
            String knownKey = key != null ? knownKey(key[0]) : null;
            if (knownKey != null) {
                messageDone = true;
                if (header.containsKey(knownKey)) {
                    throw new MalformedRevisionException(shown, lineNo, "'" + knownKey + ":' appears twice in the "
                            + "header; keep one");
                }
                header.put(knownKey, key[1].strip());
                continue;
            }
            if (key != null && messageDone) {
                String nearMiss = nearMiss(key[0]);
                if (nearMiss != null) {
                    throw new MalformedRevisionException(shown, lineNo, "unknown header '" + key[0].strip()
                            + ":'; did you mean '" + nearMiss + ":'?");
                }
            }
            String comment = line.substring(2).strip();
            if (comment.isEmpty()) {
                messageDone = messageDone || !messageLines.isEmpty();
            } else if (!messageDone) {
                messageLines.add(comment);
            }
        }
        String id = requireKey(header, REVISION_ID, shown);
        if (!isRevisionId(id)) {
            throw new MalformedRevisionException(shown, lineOf(lines, REVISION_ID), "revision id '" + id
                    + "' is not valid; use 1 to 32 letters, digits or underscores");
        }
        List<String> parents = idList(requireKey(header, REVISES, shown), REVISES, lines, shown);
        if (parents.contains(id)) {
            throw new MalformedRevisionException(shown, lineOf(lines, REVISES), "revision " + id + " revises itself; "
                    + "name its parent revision instead, or leave 'Revises:' empty for the first revision");
        }
        List<String> dependsOn = idList(header.getOrDefault(DEPENDS_ON, ""), DEPENDS_ON, lines, shown);
        List<String> labels = list(header.getOrDefault(BRANCH_LABELS, ""));
        for (String label : labels) {
            if (!LABEL_PATTERN.matcher(label).matches()) {
                throw new MalformedRevisionException(shown, lineOf(lines, BRANCH_LABELS), "branch label '" + label
                        + "' is not valid; use letters, digits, '_', '.' or '-'");
            }
        }
        if (firstMarker < 0) {
            throw new MalformedRevisionException(shown, 0, "has no '-- migrate:upgrade' section; add the marker line "
                    + "'-- migrate:upgrade' followed by the SQL to apply (and '-- migrate:downgrade' with the SQL "
                    + "that reverts it)");
        }
        Map<String, Section> sections = sections(lines, lineStarts(text), text, firstMarker, shown);
        Section upgrade = sections.get("upgrade");
        if (upgrade == null) {
            throw new MalformedRevisionException(shown, 0, "has no '-- migrate:upgrade' section; add the marker line "
                    + "'-- migrate:upgrade' followed by the SQL to apply");
        }
        String message = String.join(" ", messageLines);
        return new Revision(id, parents, dependsOn, labels, message, header.getOrDefault(CREATE_DATE, ""), file,
                upgrade, Optional.ofNullable(sections.get("downgrade")), Optional.ofNullable(sections.get("verify")));
    }

    /**
     * The sections from the marker at {@code firstMarker} on; each section's text is the file's text as written
     * between its marker line and the next one (line endings included, so a CR inside a string literal stays data).
     */
    private static Map<String, Section> sections(String[] lines, int[] starts, String fileText, int firstMarker,
                                                 String shown) {
        Map<String, Section> sections = new LinkedHashMap<>();
        int i = firstMarker;
        while (i < lines.length) {
            String[] marker = marker(lines[i].strip());
            if (marker == null) {
                throw new IllegalStateException("section scan must start on a marker");
            }
            int markerLine = i + 1;
            String name = marker[0].toLowerCase(Locale.ROOT);
            if (!name.equals("upgrade") && !name.equals("downgrade") && !name.equals("verify")) {
                throw new MalformedRevisionException(shown, markerLine, "unknown section marker '-- migrate:"
                        + marker[0] + "'; expected '-- migrate:upgrade' or '-- migrate:downgrade'");
            }
            if (sections.containsKey(name)) {
                throw new MalformedRevisionException(shown, markerLine, "a second '-- migrate:" + name
                        + "' section; a revision has one upgrade and one downgrade section"
                        + (name.equals("verify") ? " and at most one verify section" : ""));
            }
            boolean transactional = transactional(marker[1], shown, markerLine);
            int end = i + 1;
            while (end < lines.length && !isMarker(lines[end].strip())) {
                end++;
            }
            String text = i + 1 == end ? ""
                    : fileText.substring(starts[i + 1], starts[end - 1] + lines[end - 1].length());
            sections.put(name, new Section(name, text, markerLine + 1, transactional, shown));
            i = end;
        }
        return sections;
    }

    private static boolean transactional(String options, String shown, int line) {
        boolean transactional = true;
        if (options.isBlank()) {
            return true;
        }
        for (String option : SPACES.split(options.strip())) {
            if (option.isEmpty()) {
                continue;
            }
            String[] kv = option.split("=", 2);
            if (kv.length == 2 && kv[0].equalsIgnoreCase("transaction")
                    && (kv[1].equalsIgnoreCase("true") || kv[1].equalsIgnoreCase("false"))) {
                transactional = Boolean.parseBoolean(kv[1].toLowerCase(Locale.ROOT));
            } else {
                throw new MalformedRevisionException(shown, line, "unknown section option '" + option
                        + "'; the only option is transaction=false (run the section outside a transaction)");
            }
        }
        return transactional;
    }

    private static String knownKey(String key) {
        for (String known : KEYS) {
            if (known.equalsIgnoreCase(key.strip())) {
                return known;
            }
        }
        return null;
    }

    private static String nearMiss(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (String known : KEYS) {
            if (editDistance(k, known.toLowerCase(Locale.ROOT)) <= 2) {
                return known;
            }
        }
        return null;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String requireKey(Map<String, String> header, String key, String shown) {
        String value = header.get(key);
        if (value == null) {
            throw new MalformedRevisionException(shown, 0, "missing '-- " + key + ":' header line; a revision file "
                    + "starts with its message, then '-- Revision ID: <id>' and '-- Revises: <parent id or empty>'");
        }
        return value;
    }

    private static List<String> idList(String value, String key, String[] lines, String shown) {
        List<String> ids = list(value);
        for (String id : ids) {
            if (!isRevisionId(id)) {
                throw new MalformedRevisionException(shown, lineOf(lines, key), "'" + key + ":' names '" + id
                        + "', which is not a revision id; separate ids with commas");
            }
        }
        if (ids.size() != ids.stream().distinct().count()) {
            throw new MalformedRevisionException(shown, lineOf(lines, key), "'" + key + ":' names a revision twice");
        }
        return ids;
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** Whether a stripped line is a section marker ({@code -- migrate:...}); most lines are SQL, tested first. */
    private static boolean isMarker(String stripped) {
        return stripped.startsWith("--") && MARKER.matcher(stripped).matches();
    }

    /** A marker line: its name and the options after it, or null when the line is not one. */
    static String[] marker(String line) {
        return groups(MARKER.matcher(line));
    }

    /** A header line ({@code -- Revises: ...}): its key and the value after the colon, or null when it is not one. */
    static String[] keyLine(String line) {
        return groups(KEY_LINE.matcher(line));
    }

    private static String[] groups(Matcher matcher) {
        return matcher.matches() ? new String[] {matcher.group(1), matcher.group(2)} : null;
    }

    /** Whether {@code id} is a revision id, as {@link #REVISION_ID_PATTERN} says. */
    static boolean isRevisionId(String id) {
        return REVISION_ID_PATTERN.matcher(id).matches();
    }

    /** Where each line of {@link #lines} starts in {@code text}. */
    static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The lines of {@code text}, split at {@code \r\n}, {@code \r} or {@code \n}, keeping empty ones. */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(String[]::new);
    }

    private static int lineOf(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) {
            String[] keyLine = keyLine(lines[i].strip());
            if (keyLine != null && key.equalsIgnoreCase(keyLine[0].strip())) {
                return i + 1;
            }
        }
        return 0;
    }
}
