package dev.migrate.entity.bridge;

import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;

import java.util.Map;

/** Turns the {@code namingStrategy} parameter into Hibernate's naming settings. */
final class NamingStrategies {

    static final String SETTING = "migrate.namingStrategy";
    private static final String IMPLICIT = "hibernate.implicit_naming_strategy";
    private static final String PHYSICAL = "hibernate.physical_naming_strategy";

    private NamingStrategies() {
    }

    static void apply(String value, Map<String, Object> settings, ClassLoader loader) throws ClassNotFoundException {
        settings.remove(SETTING);
        switch (value) {
            case "jpa" -> settings.putIfAbsent(IMPLICIT, "jpa");
            case "spring" -> {
                settings.put(IMPLICIT, new SpringImplicitNamingStrategy());
                settings.put(PHYSICAL, new SpringPhysicalNamingStrategy());
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
}
