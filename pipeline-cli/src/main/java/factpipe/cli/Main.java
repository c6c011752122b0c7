package factpipe.cli;

import picocli.CommandLine;

/** Entry point: only builds the command line and runs it. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(FactpipeCommand.commandLine().execute(args));
    }
}
