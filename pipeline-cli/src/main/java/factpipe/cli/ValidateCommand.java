package factpipe.cli;

import factpipe.core.fact.Fact;
import factpipe.core.fact.FactSet;
import factpipe.core.json.FactSetJson;
import factpipe.core.json.InvalidFactSetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factpipe validate}: checks fact sets against the schema, and every fact's text against
 * its span in the {@code .txt} beside the fact set.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check fact set files against the JSON Schema and against their extracted text (<id>.txt beside each). "
                + "A directory stands for every *.facts.json below it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all files are valid", "1:some files are invalid", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Fact set files (*.facts.json) or directories of them.")
    List<Path> files;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FactSetJson json = Components.json();
        int invalid = 0;
        for (Path given : files) {
            List<Path> factSets;
            try {
                factSets = expand(given);
            } catch (IOException e) {
                invalid++;
                err.println("factpipe: " + given + ": cannot list directory: " + e.getMessage());
                continue;
            }
            if (factSets.isEmpty()) {
                invalid++;
                err.println("factpipe: " + given + ": no *" + OutputFiles.FACTS_SUFFIX + " files in this directory");
            }
            for (Path file : factSets) {
                List<String> problems = check(file, json);
                if (problems.isEmpty()) {
                    out.println(file + ": valid");
                } else {
                    invalid++;
                    for (String p : problems) {
                        err.println("factpipe: " + file + ": " + p);
                    }
                }
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? FactpipeCommand.EXIT_OK : FactpipeCommand.EXIT_FAILURES;
    }

    /** A file stands for itself; a directory for its fact set files, sorted. */
    private static List<Path> expand(Path given) throws IOException {
        if (!Files.isDirectory(given)) {
            return List.of(given);
        }
        try (Stream<Path> s = Files.walk(given)) {
            return s.filter(p -> p.getFileName().toString().endsWith(OutputFiles.FACTS_SUFFIX))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static List<String> check(Path file, FactSetJson json) {
        FactSet factSet;
        try {
            factSet = json.read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return List.of("no such file");
        } catch (AccessDeniedException e) {
            return List.of("permission denied");
        } catch (IOException e) {
            return List.of("cannot read: " + e.getMessage());
        } catch (InvalidFactSetException e) {
            // violations of the schema start with the JSON path of the offending value
            return e.problems().stream().map(p -> p.startsWith("$") ? "schema: " + p : p).toList();
        }
        Path textFile = OutputFiles.textBeside(file);
        String text;
        try {
            byte[] bytes = Files.readAllBytes(textFile);
            text = new String(bytes, StandardCharsets.UTF_8);
            if (!factpipe.core.document.Document.sha256(bytes).equals(factSet.document().textSha256())) {
                return List.of(textFile.getFileName() + " does not match the fact set's textSha256 (changed after extraction?)");
            }
        } catch (IOException e) {
            return List.of("cannot read the extracted text " + textFile + ": "
                    + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (text.length() != factSet.document().charCount()) {
            problems.add("charCount " + factSet.document().charCount() + " but the text has " + text.length() + " chars");
        }
        for (Fact f : factSet.facts()) {
            // named by content, not by index: reading sorts the facts, so an index could point elsewhere
            String where = f.type() + " fact '" + f.text() + "' at " + f.span();
            if (f.span().end() > text.length()) {
                problems.add(where + ": span ends after the text (" + text.length() + " chars)");
            } else if (!f.span().of(text).equals(f.text())) {
                problems.add(where + ": the text at the span is '" + f.span().of(text) + "'");
            } else if (!f.span().toCodePoints(text).equals(f.cpSpan())) {
                problems.add(where + ": cpSpan " + f.cpSpan() + " should be " + f.span().toCodePoints(text));
            }
        }
        return problems;
    }
}
