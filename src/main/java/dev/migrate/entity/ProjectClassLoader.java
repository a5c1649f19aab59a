package dev.migrate.entity;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * The class loader for the project's classes, built apart from the plugin's own realm. When the project depends on
 * hibernate-core, it loads child-first, so that the project's Hibernate (6.6 or 7.x) produces the DDL, together with
 * the plugin's small bridge classes; otherwise the plugin's bundled Hibernate jars take that place (or, where the
 * plugin's own loader holds Hibernate, as in the unit tests, it delegates to the plugin first).
 */
public final class ProjectClassLoader extends URLClassLoader {

    private static final String[] ALWAYS_PARENT = {"java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.",
        "org.xml.", "org.ietf."};

    private final boolean childFirst;
    private final boolean projectHibernate;

    private ProjectClassLoader(URL[] urls, ClassLoader parent, boolean childFirst, boolean projectHibernate) {
        super("migrate-project", urls, parent);
        this.childFirst = childFirst;
        this.projectHibernate = projectHibernate;
    }

    /**
     * A loader over {@code classpath}, then {@code bundledHibernate} when the project has no Hibernate of its own;
     * child-first with the bridge classes whenever it holds Hibernate itself.
     */
    public static ProjectClassLoader create(List<Path> classpath, List<Path> bundledHibernate,
                                            ClassLoader pluginLoader) {
        boolean ownHibernate = holdsHibernate(classpath);
        boolean bundled = !ownHibernate && !bundledHibernate.isEmpty();
        List<URL> urls = new ArrayList<>();
        try {
            for (Path entry : classpath) {
                urls.add(entry.toUri().toURL());
            }
            if (bundled) {
                for (Path entry : bundledHibernate) {
                    urls.add(entry.toUri().toURL());
                }
            }
            if (ownHibernate || bundled) {
                urls.add(ProjectClassLoader.class.getProtectionDomain().getCodeSource().getLocation());
            }
        } catch (MalformedURLException e) {
            throw new EntityException("A class path entry is not a valid location: " + e.getMessage());
        }
        return new ProjectClassLoader(urls.toArray(URL[]::new), pluginLoader, ownHibernate || bundled, ownHibernate);
    }

    /** Whether the project brings its own Hibernate, which then generates the DDL. */
    public boolean usesProjectHibernate() {
        return projectHibernate;
    }

    /** Whether a class path holds hibernate-core. */
    public static boolean holdsHibernate(List<Path> classpath) {
        return classpath.stream().anyMatch(ProjectClassLoader::holdsHibernate);
    }

    private static boolean holdsHibernate(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve("org/hibernate/Version.class"));
        }
        if (!Files.isRegularFile(entry) || !entry.getFileName().toString().startsWith("hibernate-core")) {
            return false;
        }
        try (ZipFile jar = new ZipFile(entry.toFile())) {
            return jar.getEntry("org/hibernate/Version.class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!childFirst || alwaysParent(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException notHere) {
                    loaded = getParent().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        if (!childFirst) {
            return super.getResource(name);
        }
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!childFirst) {
            return super.getResources(name);
        }
        List<URL> all = new ArrayList<>();
        findResources(name).asIterator().forEachRemaining(all::add);
        getParent().getResources(name).asIterator().forEachRemaining(all::add);
        return java.util.Collections.enumeration(all);
    }

    private static boolean alwaysParent(String name) {
        for (String prefix : ALWAYS_PARENT) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
