package dev.migrate.entity;

import dev.migrate.testing.EntityCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The loader of Hibernate's JVM: the given class path above the JDK, and a miss that stays a miss. */
class ScriptClassLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheClassPathAboveTheJdkOnlyAndRemembersWhatItCouldNotFind() throws Exception {
        Path sources = dir.resolve("src");
        Files.createDirectories(sources.resolve("shop"));
        Files.writeString(sources.resolve("shop/Order.java"), "package shop; public class Order { }\n");
        Path classes = EntityCompiler.compile(sources, dir.resolve("classes"));
        try (ScriptClassLoader loader = ScriptClassLoader.of(List.of(classes.toString()))) {
            Class<?> order = loader.loadClass("shop.Order");
            assertSame(loader, order.getClassLoader());
            assertSame(String.class, loader.loadClass("java.lang.String"));
            // the plugin's own classes are not seen through the JVM's class path: only what it is given
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass(ScriptClassLoader.class.getName()));

            ClassNotFoundException first = assertThrows(ClassNotFoundException.class,
                    () -> loader.loadClass("shop.package-info"));
            assertEquals("shop.package-info", first.getMessage());
            // the class appearing afterwards does not change the answer: the class path is taken as fixed
            Files.copy(classes.resolve("shop/Order.class"), classes.resolve("shop/package-info.class"));
            ClassNotFoundException again = assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("shop.package-info", false, loader));
            assertEquals("shop.package-info", again.getMessage());
            assertEquals(0, again.getStackTrace().length);
            assertNull(again.getCause());
        }
    }
}
