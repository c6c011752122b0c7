package factpipe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code factpipe} command; the work is done by its subcommands. */
@Command(name = "factpipe",
        mixinStandardHelpOptions = true,
        versionProvider = FactpipeCommand.Version.class,
        description = "Extracts DATE, ORGANIZATION, COUNTRY, COUNT and TREATY facts from reports "
                + "and writes one schema-validated JSON fact set per document.",
        subcommands = {ExtractCommand.class, ValidateCommand.class, BenchCommand.class, DiffCommand.class,
                EvaluateCommand.class, CommandLine.HelpCommand.class})
public final class FactpipeCommand implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURES = 1;
    public static final int EXIT_TROUBLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The command line with the one mapping of unexpected exceptions to exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FactpipeCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("factpipe: internal error: " + ex);
            if (parseResult.originalArgs().contains("--verbose")) {
                ex.printStackTrace(err);
            } else {
                err.println("factpipe: run again with --verbose for the stack trace");
            }
            err.flush();
            return EXIT_TROUBLE;
        });
        return cl;
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = FactpipeCommand.class.getResourceAsStream("/factpipe/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"factpipe " + version()};
        }
    }
}
