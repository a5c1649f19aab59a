package dev.migrate.maven;

import dev.migrate.Output;
import dev.migrate.command.ResultDestination;
import org.apache.maven.plugin.logging.Log;

/** Sends the commands' lines to the Maven build log, and their result to standard output or a file. */
final class MavenOutput implements Output {

    private final Log log;
    private final ResultDestination destination;

    MavenOutput(Log log, ResultDestination destination) {
        this.log = log;
        this.destination = destination;
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

    @Override
    public void result(String what, String text) {
        destination.write(what, text, this);
    }
}
