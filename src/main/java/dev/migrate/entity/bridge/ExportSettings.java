package dev.migrate.entity.bridge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings Hibernate writes the create script with: the project's and the user's, without those that shape no
 * DDL but would make Hibernate reach for what the export does not have (a cache provider, a transaction manager, a
 * connection, statistics, import scripts), and with those that keep it from connecting and make it write a script.
 */
final class ExportSettings {

    /** Settings, or prefixes of settings, that are dropped: none of them changes the DDL. */
    static final List<String> RUNTIME_ONLY = List.of(
            "hibernate.cache.", "jakarta.persistence.sharedCache.mode", "jakarta.persistence.cache.",
            "hibernate.javax.cache.", "hibernate.generate_statistics", "hibernate.session_factory_name",
            "hibernate.transaction.", "jakarta.persistence.transactionType", "jakarta.persistence.jtaDataSource",
            "jakarta.persistence.nonJtaDataSource", "hibernate.connection.", "jakarta.persistence.jdbc.",
            "hibernate.hikari.", "hibernate.c3p0.", "hibernate.agroal.", "hibernate.hbm2ddl.auto",
            "hibernate.hbm2ddl.import_files",
            "jakarta.persistence.schema-generation.", "jakarta.persistence.sql-load-script-source",
            "hibernate.integration.envers.", "hibernate.search.");

    private ExportSettings() {
    }

    /**
     * @param given     the project's and the user's settings
     * @param hibernate the version of the Hibernate that will read them
     */
    static Map<String, Object> of(Map<String, Object> given, String hibernate) {
        Map<String, Object> all = new HashMap<>();
        given.forEach((key, value) -> {
            if (RUNTIME_ONLY.stream().noneMatch(key::startsWith)) {
                all.put(key, value);
            }
        });
        all.put("hibernate.cache.use_second_level_cache", "false");
        all.put("hibernate.cache.use_query_cache", "false");
        all.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        if (before65(hibernate)) {
            // the same, as Hibernate before 6.5 knows it
            all.put("hibernate.temp.use_jdbc_metadata_defaults", "false");
        }
        all.put("hibernate.hbm2ddl.delimiter", ";");
        all.put("hibernate.hbm2ddl.import_files", "");
        all.put("hibernate.hbm2ddl.skip_default_import_file", "true");
        all.put("hibernate.format_sql", "false");
        all.put("jakarta.persistence.schema-generation.database.action", "none");
        all.put("jakarta.persistence.schema-generation.scripts.action", "create");
        return all;
    }

    static boolean before65(String version) {
        String[] parts = version.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major < 6 || major == 6 && minor < 5;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
