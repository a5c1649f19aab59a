package dev.migrate.database;

import java.util.regex.Pattern;

/** Masks the secrets a JDBC URL can carry ({@code password=...}, {@code user:password@host}) before it is shown. */
public final class JdbcUrls {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile(
            "(?i)((?:password|passwd|pwd|sslpassword|sslkeypassword|keystorepassword|truststorepassword)\\s*=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:;?]*:)[^@/]*(@)");
    private static final Pattern USER_INFO_ANY = Pattern.compile("^jdbc:[a-z]+:(?:[a-z]+:)?//[^/?;]*@");
    /** Oracle's {@code jdbc:oracle:thin:user/password@host}: not supported, but echoed in the error that says so. */
    private static final Pattern SLASH_USER_INFO = Pattern.compile("(jdbc:oracle:[a-z]+:[^/@:;?]*/)[^@]*(@)");

    private JdbcUrls() {
    }

    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        masked = SLASH_USER_INFO.matcher(masked).replaceAll("$1***$2");
        return USER_INFO.matcher(masked).replaceAll("$1***$2");
    }

    /** True when the URL carries {@code user:password@} (or {@code user@}) before its host. */
    public static boolean hasUserInfo(String url) {
        return url != null && USER_INFO_ANY.matcher(url).find();
    }
}
