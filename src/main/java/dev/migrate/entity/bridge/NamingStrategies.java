package dev.migrate.entity.bridge;

import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;

import java.util.List;
import java.util.Map;

/**
 * Turns the {@code namingStrategy} parameter into Hibernate's naming settings. The {@code spring} preset names with
 * the classes Spring Boot configures when the project has them, so that the names are the application's own: Spring's
 * implicit strategy (Boot 4's package, then Boot 3's), and the snake-case physical strategy of the project's Hibernate
 * (7's {@code PhysicalNamingStrategySnakeCaseImpl}, 6's {@code CamelCaseToUnderscoresNamingStrategy}); this plugin's
 * copies stand in only for classes the project lacks.
 */
final class NamingStrategies {

    static final String SETTING = "migrate.namingStrategy";
    private static final String IMPLICIT = "hibernate.implicit_naming_strategy";
    private static final String PHYSICAL = "hibernate.physical_naming_strategy";
    static final List<String> SPRING_IMPLICIT = List.of(
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
    static final List<String> SPRING_PHYSICAL = List.of(
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");

    private NamingStrategies() {
    }

    static void apply(String value, Map<String, Object> settings, ClassLoader loader) throws ClassNotFoundException {
        settings.remove(SETTING);
        switch (value) {
            case "jpa" -> settings.putIfAbsent(IMPLICIT, "jpa");
            case "spring" -> {
                settings.put(IMPLICIT, firstPresent(SPRING_IMPLICIT, loader, SpringImplicitNamingStrategy.class));
                settings.put(PHYSICAL, firstPresent(SPRING_PHYSICAL, loader, SpringPhysicalNamingStrategy.class));
            }
            default -> {
                for (String name : value.split(",")) {
                    Class<?> type = Class.forName(name.strip(), false, loader);
                    if (PhysicalNamingStrategy.class.isAssignableFrom(type)) {
                        settings.put(PHYSICAL, type.getName());
                    } else if (ImplicitNamingStrategy.class.isAssignableFrom(type)) {
                        settings.put(IMPLICIT, type.getName());
                    } else {
                        throw new IllegalArgumentException("migrate.namingStrategy names " + type.getName()
                                + ", which is neither a PhysicalNamingStrategy nor an ImplicitNamingStrategy");
                    }
                }
            }
        }
    }

    /** The name of the first of {@code candidates} the project's loader holds, else that of our own copy. */
    static String firstPresent(List<String> candidates, ClassLoader loader, Class<?> ours) {
        for (String name : candidates) {
            try {
                Class.forName(name, false, loader);
                return name;
            } catch (ClassNotFoundException | LinkageError absent) {
                // the next one
            }
        }
        return ours.getName();
    }
}
