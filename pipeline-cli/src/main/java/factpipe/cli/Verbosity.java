package factpipe.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** The shared {@code --verbose} option: stack traces with errors and debug logging. */
public final class Verbosity {

    private boolean verbose;

    @Option(names = "--verbose", description = "Print stack traces with errors and log details.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(verbose ? Level.DEBUG : Level.WARN);
    }

    public boolean verbose() {
        return verbose;
    }
}
