package dev.migrate.lint;

import dev.migrate.MigrateException;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code lintRules} parameter: {@code rule=off|info|warning|error} pairs separated by commas or white space,
 * e.g. {@code drop-table=error, missing-lock-timeout=off}. A severity set here replaces the rule's default and the one
 * the table's size gives.
 */
public final class LintPolicy {

    private final Map<Rule, Optional<Severity>> overrides;

    private LintPolicy(Map<Rule, Optional<Severity>> overrides) {
        this.overrides = overrides;
    }

    public static LintPolicy defaults() {
        return new LintPolicy(new EnumMap<>(Rule.class));
    }

    public static LintPolicy parse(String lintRules) {
        Map<Rule, Optional<Severity>> overrides = new EnumMap<>(Rule.class);
        if (lintRules == null || lintRules.isBlank()) {
            return new LintPolicy(overrides);
        }
        for (String entry : lintRules.strip().split("[,\\s]+")) {
            String[] pair = entry.split("=", -1);
            if (pair.length != 2) {
                throw invalid(entry, "write rule=off, rule=info, rule=warning or rule=error");
            }
            Rule rule = Rule.named(pair[0]).orElseThrow(() -> invalid(entry, "there is no rule '" + pair[0]
                    + "'; the rules are " + Rule.allNames()));
            String level = pair[1].strip().toLowerCase(Locale.ROOT);
            switch (level) {
                case "off" -> overrides.put(rule, Optional.empty());
                case "info", "warning", "error" -> overrides.put(rule,
                        Optional.of(Severity.valueOf(level.toUpperCase(Locale.ROOT))));
                default -> throw invalid(entry, "the level must be off, info, warning or error");
            }
        }
        return new LintPolicy(overrides);
    }

    private static MigrateException invalid(String entry, String why) {
        return new MigrateException(MigrateException.Kind.SETUP, "Invalid entry '" + entry + "' in lintRules: "
                + why + ".");
    }

    /** The severity a finding gets, or empty when the rule is off. */
    Optional<Severity> apply(Rule rule, Severity computed) {
        return overrides.containsKey(rule) ? overrides.get(rule) : Optional.of(computed);
    }
}
