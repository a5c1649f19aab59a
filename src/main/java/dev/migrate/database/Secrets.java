package dev.migrate.database;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passwords of one connection (the password setting, and those a JDBC URL carries in {@code user:password@} or in
 * password parameters, as written and percent-decoded), and the scrubbing that takes them out of any text before it
 * is shown. A password is masked wherever it occurs, except where the same text stands as the user name (quoted after
 * the word "user", after {@code user=}, or before the colon of {@code user:password@}): a user name equal to the
 * password, or one that contains it, is shown as the user name it is. A password of one to three characters is masked
 * only where it stands alone, not inside longer words.
 */
public final class Secrets {

    static final String MASK = "***";
    /** Passwords shorter than this are masked only where they stand alone, so that "pw" leaves "pwd" whole. */
    private static final int WHOLE_WORD_BELOW = 4;
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile(
            "(?i)(?:password|passwd|pwd|sslpassword|sslkeypassword|keystorepassword|truststorepassword)\\s*=([^&;]*)");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@:;?]*:([^@/]*)@");
    private static final Pattern SLASH_USER_INFO = Pattern.compile("jdbc:oracle:[a-z]+:[^/@:;?]*/([^@]*)@");
    /** Text right before a user name: {@code user 'x'}, {@code user "x"}, {@code user=x}, {@code user name: x}. */
    private static final Pattern BEFORE_USER_NAME = Pattern.compile("(?i)\\buser(?:\\s*name)?\\s*[=:]?\\s*[\"'`]?$");

    private final List<String> secrets;
    private final String username;

    private Secrets(List<String> secrets, String username) {
        this.secrets = secrets;
        this.username = username == null || username.isEmpty() ? null : username;
    }

    /** The secrets of {@code settings}: its password and every password its URL carries. */
    public static Secrets of(DatabaseSettings settings) {
        if (settings == null) {
            return new Secrets(List.of(), null);
        }
        Set<String> found = new LinkedHashSet<>();
        addWithDecodedForms(found, settings.password());
        String url = settings.url();
        if (url != null) {
            for (Pattern pattern : List.of(PASSWORD_PARAMETER, USER_INFO, SLASH_USER_INFO)) {
                Matcher m = pattern.matcher(url);
                while (m.find()) {
                    addWithDecodedForms(found, m.group(1).strip());
                }
            }
        }
        found.removeIf(secret -> secret.isEmpty() || secret.equals(MASK));
        List<String> longestFirst = new ArrayList<>(found);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return new Secrets(List.copyOf(longestFirst), userOf(settings));
    }

    /** {@code text} with every secret replaced by {@code ***}, except where it stands as the user name. */
    public String scrub(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String secret = secretAt(text, i);
            if (username != null && text.startsWith(username, i) && standsAsUserName(text, i)) {
                out.append(username);
                i += username.length();
            } else if (secret != null) {
                out.append(MASK);
                i += secret.length();
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** True when {@code text} contains a secret that {@link #scrub} would mask. */
    public boolean leaksIn(String text) {
        return text != null && !text.equals(scrub(text));
    }

    private String secretAt(String text, int at) {
        for (String secret : secrets) {
            if (text.startsWith(secret, at) && (secret.length() >= WHOLE_WORD_BELOW || standsAlone(text, at, secret))) {
                return secret;
            }
        }
        return null;
    }

    /** True when the secret at {@code at} is not part of a longer word (a password of one to three characters). */
    private static boolean standsAlone(String text, int at, String secret) {
        int end = at + secret.length();
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** True when the user name at {@code at} stands in a user field, where it is shown even if it is a password. */
    private boolean standsAsUserName(String text, int at) {
        int end = at + username.length();
        char next = end < text.length() ? text.charAt(end) : ' ';
        if (Character.isLetterOrDigit(next) || next == '@' && text.startsWith(":", at - 1)) {
            return false;
        }
        if (BEFORE_USER_NAME.matcher(text.substring(Math.max(0, at - 16), at)).find()) {
            return true;
        }
        // user:password@host, as written in a URL or echoed by a driver
        char previous = at == 0 ? ' ' : text.charAt(at - 1);
        return next == ':' && !Character.isLetterOrDigit(previous) && previous != ':'
                && text.indexOf('@', end) > end;
    }

    /** The user name, from the settings or from the URL's {@code user=} or {@code user:password@}. */
    private static String userOf(DatabaseSettings settings) {
        if (settings.username() != null && !settings.username().isEmpty()) {
            return settings.username();
        }
        if (settings.url() == null) {
            return null;
        }
        Matcher info = Pattern.compile("//([^/@:;?]*):[^@/]*@").matcher(settings.url());
        if (info.find()) {
            return info.group(1);
        }
        Matcher parameter = Pattern.compile("(?i)[?&;]user\\s*=([^&;]*)").matcher(settings.url());
        return parameter.find() ? parameter.group(1) : null;
    }

    private static void addWithDecodedForms(Set<String> found, String secret) {
        if (secret == null || secret.isEmpty()) {
            return;
        }
        found.add(secret);
        found.add(decode(secret, true));
        found.add(decode(secret, false));
    }

    /** The percent-decoded form ({@code +} as a space when {@code plusIsSpace}), or the text itself if malformed. */
    private static String decode(String text, boolean plusIsSpace) {
        try {
            return URLDecoder.decode(plusIsSpace ? text : text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
