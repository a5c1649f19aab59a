package dev.migrate.database;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What {@link Secrets} masks in the texts drivers write, and what it leaves alone (the user name above all). */
class SecretsScrubTest {

    private static String scrub(DatabaseSettings settings, String text) {
        return settings.secrets().scrub(text);
    }

    @Test
    void passwordBeforeTheHostIsMaskedWhereTheDriverEchoesItAsAHostOrPort() {
        DatabaseSettings pg = new DatabaseSettings("jdbc:postgresql://postgres:pw@127.0.0.1/db", null, null);
        assertEquals("unknown host 'postgres:***@127.0.0.1'", scrub(pg, "unknown host 'postgres:pw@127.0.0.1'"));
        DatabaseSettings mariadb = new DatabaseSettings("jdbc:mariadb://root:pw@127.0.0.1/db", null, null);
        assertEquals("Incorrect port value : ***@127.0.0.1", scrub(mariadb, "Incorrect port value : pw@127.0.0.1"));
    }

    @Test
    void passwordParametersAreMaskedAsWrittenAndPercentDecoded() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:postgresql://h/db?user=app&password=p%40ss%2Bw+rd&sslpassword=k%3Dy", null, null);
        assertEquals("*** *** *** ***", scrub(settings, "p%40ss%2Bw+rd p@ss+w rd p@ss+w+rd k=y"));
        assertEquals("*** is ***", scrub(settings, "k%3Dy is k=y"));
    }

    @Test
    void passwordSettingIsMaskedEverywhereItOccurs() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:mem:x", "app", "hunter2");
        assertEquals("statement INSERT '***' failed; ***x",
                scrub(settings, "statement INSERT 'hunter2' failed; hunter2x"));
    }

    @Test
    void userNameEqualToThePasswordIsShownWhereItStandsAsTheUser() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:mariadb://127.0.0.1:3306/db", "root", "root");
        assertEquals("Access denied for user 'root'@'localhost' (using password: YES)",
                scrub(settings, "Access denied for user 'root'@'localhost' (using password: YES)"));
        assertEquals("password authentication failed for user \"root\"",
                scrub(settings, "password authentication failed for user \"root\""));
        assertEquals("jdbc:mariadb://h/db?user=root&password=***",
                scrub(settings, "jdbc:mariadb://h/db?user=root&password=root"));
        assertEquals("bad port ***@127.0.0.1 and the password ***",
                scrub(settings, "bad port root@127.0.0.1 and the password root"));
    }

    @Test
    void userNameEqualToThePasswordInUserInfoKeepsTheUserAndMasksThePassword() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://app:app@db.invalid:5432/x", null, null);
        assertEquals("unknown host 'app:***@db.invalid'", scrub(settings, "unknown host 'app:app@db.invalid'"));
        assertEquals("jdbc:postgresql://app:***@db.invalid:5432/x",
                scrub(settings, settings.maskedUrl()));
    }

    @Test
    void userNameThatContainsThePasswordIsNotMangled() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:mariadb://127.0.0.1:3306/db", "admin_ro", "admin");
        assertEquals("Access denied for user 'admin_ro'@'localhost'; ***",
                scrub(settings, "Access denied for user 'admin_ro'@'localhost'; admin"));
    }

    @Test
    void shortPasswordIsMaskedOnlyWhereItStandsAlone() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:mariadb://root:pw@127.0.0.1/db", null, "a");
        assertEquals("Incorrect port value : ***@127.0.0.1; pwd stays; Access denied, password ***",
                scrub(settings, "Incorrect port value : pw@127.0.0.1; pwd stays; Access denied, password a"));
    }

    @Test
    void textWithoutSecretsIsUnchanged() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://h/db", "app", null);
        assertEquals("Connection to h:5432 refused", scrub(settings, "Connection to h:5432 refused"));
        assertEquals("an empty password masks nothing",
                scrub(new DatabaseSettings("jdbc:h2:mem:x;PASSWORD=", "sa", ""), "an empty password masks nothing"));
    }
}
