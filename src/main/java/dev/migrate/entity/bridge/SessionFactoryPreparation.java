package dev.migrate.entity.bridge;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.engine.jdbc.spi.JdbcServices;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Hibernate does to the mapping when an application builds its SessionFactory, before it writes DDL, done here
 * without building one (a SessionFactory also builds every loader and query, which costs seconds on large models):
 * Bean Validation's constraints applied to the columns ({@code @NotNull}, {@code @Size}, {@code @Min}...) where a
 * validation provider is on the class path and the validation mode allows it, then the columns ordered by the
 * configured {@code ColumnOrderingStrategy} (table columns and composite keys) and the mapping validated. Methods
 * that not every supported Hibernate has are reached by name; where one is missing, that step is what the
 * application's Hibernate does not do either.
 */
final class SessionFactoryPreparation {

    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";
    private static final String CLASS_LOADER_ACCESS = "org.hibernate.boot.internal.ClassLoaderAccessImpl";

    private SessionFactoryPreparation() {
    }

    static void apply(Metadata metadata, StandardServiceRegistry registry, Map<String, Object> settings,
                      ClassLoader loader) {
        applyBeanValidation(metadata, registry, settings, loader);
        invoke(metadata, "orderColumns", new Class<?>[] {boolean.class}, false);
        invoke(metadata, "validate", new Class<?>[0]);
    }

    /** As Hibernate's {@code BeanValidationIntegrator} with {@code hibernate.validator.apply_to_ddl} (default true). */
    private static void applyBeanValidation(Metadata metadata, StandardServiceRegistry registry,
                                            Map<String, Object> settings, ClassLoader loader) {
        Set<String> modes = validationModes(settings);
        boolean required = modes.contains("ddl");
        if (!(required || modes.contains("auto"))
                || "false".equalsIgnoreCase(String.valueOf(settings.get("hibernate.validator.apply_to_ddl")))) {
            return;
        }
        Object factory;
        try {
            Class<?> validation = Class.forName("jakarta.validation.Validation", true, loader);
            factory = validation.getMethod("buildDefaultValidatorFactory").invoke(null);
        } catch (LinkageError | ReflectiveOperationException | RuntimeException e) {
            if (required) {
                throw new IllegalStateException("jakarta.persistence.validation.mode is DDL, but no Bean Validation "
                        + "provider can be started: " + rootMessage(e), e);
            }
            return; // AUTO: no provider, no constraints, as in the application
        }
        try {
            Class<?> activator = Class.forName(ACTIVATOR, true, loader);
            Constructor<?> accessConstructor = Class.forName(CLASS_LOADER_ACCESS, true, loader)
                    .getConstructor(ClassLoader.class, ClassLoaderService.class);
            Object access = accessConstructor.newInstance(null, registry.getService(ClassLoaderService.class));
            Method apply = null;
            for (Method m : activator.getMethods()) {
                if (m.getName().equals("applyRelationalConstraints") && m.getParameterCount() == 5) {
                    apply = m;
                }
            }
            if (apply == null) {
                throw new NoSuchMethodException(ACTIVATOR + ".applyRelationalConstraints");
            }
            apply.setAccessible(true); // a public method of a package-private class
            Collection<?> entities = metadata.getEntityBindings();
            apply.invoke(null, factory, entities, settings, registry.getService(JdbcServices.class).getDialect(),
                    access);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Bean Validation's constraints cannot be applied to the columns: "
                    + rootMessage(e), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("[WARNING] This Hibernate has no known way to apply Bean Validation's constraints to "
                    + "the DDL (" + e + "); @NotNull, @Size and the like are not reflected in the script.");
        } finally {
            close(factory);
        }
    }

    private static Set<String> validationModes(Map<String, Object> settings) {
        Object mode = settings.getOrDefault("jakarta.persistence.validation.mode",
                settings.get("javax.persistence.validation.mode"));
        if (mode == null) {
            return Set.of("auto");
        }
        return Set.of(mode.toString().toLowerCase(Locale.ROOT).replace(" ", "").split(","));
    }

    private static void invoke(Object target, String name, Class<?>[] types, Object... arguments) {
        Method method;
        try {
            method = target.getClass().getMethod(name, types);
        } catch (NoSuchMethodException e) {
            return; // a Hibernate before this step existed
        }
        try {
            method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void close(Object factory) {
        if (factory instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nothing to release that matters to a JVM about to end
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
