package dev.migrate.database;

import java.util.regex.Pattern;

/**
 * What a JDBC URL says: the database it names (by its prefix; the one place the plugin's URL prefixes are written),
 * and the secrets it can carry ({@code password=...}, {@code user:password@host}), masked before it is shown.
 */
public final class JdbcUrls {

    /** The databases the plugin supports, by the prefix of their JDBC URLs. */
    public enum Product {
        POSTGRESQL("jdbc:postgresql:"),
        H2("jdbc:h2:"),
        MARIADB("jdbc:mariadb:"),
        MYSQL("jdbc:mysql:");

        private final String prefix;

        Product(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        /** Whether {@code url} names a database of this product. */
        public boolean names(String url) {
            return url != null && url.startsWith(prefix);
        }

        /** The product {@code url} names, or null when the plugin does not know its prefix. */
        public static Product of(String url) {
            for (Product product : values()) {
                if (product.names(url)) {
                    return product;
                }
            }
            return null;
        }
    }

    /** An H2 URL that reaches a server over the network rather than opening the database in this process. */
    public static boolean isH2Server(String url) {
        return Product.H2.names(url) && (url.startsWith(Product.H2.prefix() + "tcp:")
                || url.startsWith(Product.H2.prefix() + "ssl:"));
    }

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
