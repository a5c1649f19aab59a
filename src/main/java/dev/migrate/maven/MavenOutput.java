package dev.migrate.maven;

import dev.migrate.Output;
import org.apache.maven.plugin.logging.Log;

/** Sends the commands' lines to the Maven build log. */
final class MavenOutput implements Output {

    private final Log log;

    MavenOutput(Log log) {
        this.log = log;
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void debug(String line) {
        log.debug(line);
    }
}
