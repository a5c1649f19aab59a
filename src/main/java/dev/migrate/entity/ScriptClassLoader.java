package dev.migrate.entity;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader of Hibernate and the project's classes in {@link ScriptProcess}'s JVM, over the class path of
 * {@link HibernateClasspath}, above the JDK's classes only. It remembers the names it could not find: while Hibernate
 * binds the entities it asks for their package's {@code package-info} about eight times per entity, and each of those
 * misses would search the whole class path once for every loader Hibernate aggregates (300 entities: 2,400 misses,
 * 15% of the metadata build). The class path does not change during the JVM's one request, so a miss stays a miss.
 */
final class ScriptClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    private ScriptClassLoader(URL[] urls) {
        super("migrate-hibernate", urls, ClassLoader.getPlatformClassLoader());
    }

    static ScriptClassLoader of(List<String> classpath) {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = Path.of(classpath.get(i)).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + classpath.get(i), e);
            }
        }
        return new ScriptClassLoader(urls);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missing.contains(name)) {
            throw new NotOnClassPath(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missing.add(name);
            throw e;
        }
    }

    /** A miss found before, told again without the cost of a stack trace; the message is the class's name. */
    private static final class NotOnClassPath extends ClassNotFoundException {

        NotOnClassPath(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
