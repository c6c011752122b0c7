package factpipe.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the real command line in-process and keeps everything it printed. */
final class Cli {

    /**
     * @param stray what reached the process's own stderr rather than the command's writer: log
     *              lines of the libraries, which a user would see mixed into the messages
     */
    record Run(int exit, String out, String err, String stray) {
        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> outLines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err + "--- stray stderr\n" + stray;
        }
    }

    private Cli() {
    }

    static Run factpipe(Object... args) {
        return factpipe(cl -> { }, args);
    }

    /** As {@link #factpipe(Object...)}, after {@code prepare} has set test seams of the built command line. */
    static Run factpipe(java.util.function.Consumer<CommandLine> prepare, Object... args) {
        String[] argv = Stream.of(args).map(String::valueOf).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream systemErr = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        // replaced before the command line is built: picocli writes to the stderr it saw then
        System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
        int exit;
        try {
            CommandLine cl = FactpipeCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            prepare.accept(cl);
            exit = cl.execute(argv);
        } finally {
            System.setErr(systemErr);
        }
        return new Run(exit, out.toString(), err.toString(), stray.toString(StandardCharsets.UTF_8));
    }

    /** Every file below {@code dir} (hidden ones too) by relative path, with its bytes. */
    static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
