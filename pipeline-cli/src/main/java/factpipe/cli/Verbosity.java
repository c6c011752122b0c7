package factpipe.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * The shared {@code --verbose} option: stack traces with errors, and the libraries' logging.
 * Without it only factpipe's own warnings are logged: a damaged PDF or a DOCX would otherwise
 * add Tika's and PDFBox's log lines to the one line that says what is wrong.
 */
public final class Verbosity {

    private boolean verbose;

    // the default makes picocli call the setter on every parse: log levels are global to the
    // JVM, and a --verbose run must not leave debug logging on for the next command line
    @Option(names = "--verbose", defaultValue = "false", description = "Print stack traces with errors, and log details.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(verbose ? Level.DEBUG : Level.OFF);
        ((Logger) LoggerFactory.getLogger("factpipe")).setLevel(verbose ? Level.DEBUG : Level.WARN);
    }

    public boolean verbose() {
        return verbose;
    }
}
