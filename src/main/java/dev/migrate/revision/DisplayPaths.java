package dev.migrate.revision;

import java.nio.file.Path;

/** Shows a path the way a user typed it: relative to the working directory when it is inside it. */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    public static String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        String shown = absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString()
                : absolute.toString();
        return shown.replace('\\', '/');
    }
}
