package factpipe.cli;

import factpipe.core.document.Document;
import factpipe.core.fact.FactSet;
import factpipe.core.fact.FactType;
import factpipe.core.io.AtomicFiles;
import factpipe.core.json.FactSetJson;
import factpipe.core.json.InvalidFactSetException;
import factpipe.core.pipeline.Pipeline;
import factpipe.ingest.DocumentReader;
import factpipe.ingest.IngestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factpipe extract}: reads reports and writes one fact set and one text file per report. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract facts from files or directories (recursively) into <id>.facts.json and <id>.txt.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document was extracted", "1:some documents failed", "2:usage error or trouble"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or directories.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "52428800",
            description = "Refuse files larger than this many bytes (default: ${DEFAULT-VALUE}, 50 MB).")
    long maxBytes;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed in parallel (default: the number of cores).")
    Integer threads;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    private record Outcome(InputFile input, FactSet facts, String failure, Throwable cause) {
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        if (maxBytes <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-size must be a positive number of bytes, not " + maxBytes);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        InputScan.Result scan = InputScan.scan(paths, out);
        for (InputScan.Problem p : scan.problems()) {
            err.println("factpipe: " + p.path() + ": " + p.reason());
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("factpipe: cannot create the output directory " + out + ": "
                    + (e instanceof FileAlreadyExistsException ? "a file of that name exists" : e.getMessage()));
            err.flush();
            return FactpipeCommand.EXIT_TROUBLE;
        }
        DocumentReader reader = Components.reader(maxBytes);
        Pipeline pipeline = Components.pipeline();
        FactSetJson json = Components.json();
        Progress progress = Progress.forTerminal(err, scan.files().size());

        Map<FactType, Integer> factCounts = new EnumMap<>(FactType.class);
        int failed = 0;
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ExecutorService pool = Executors.newFixedThreadPool(nThreads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (InputFile input : scan.files()) {
                futures.add(pool.submit(() -> process(input, reader, pipeline, json)));
            }
            // results are reported in input order, whatever order the threads finish in
            for (Future<Outcome> f : futures) {
                Outcome o = get(f);
                if (o.failure() == null) {
                    o.facts().countsByType().forEach((t, n) -> factCounts.merge(t, n, Integer::sum));
                } else {
                    failed++;
                    progress.clearLine();
                    err.println("factpipe: " + o.input().source() + ": " + o.failure());
                    if (verbosity.verbose() && o.cause() != null) {
                        o.cause().printStackTrace(err);
                    }
                }
                progress.advance(o.input().source(), o.failure() != null);
            }
            progress.finish();
            err.println(summary(scan.files().size(), failed, scan.problems().size(), factCounts, started));
            err.flush();
        } finally {
            pool.shutdownNow();
        }
        return failed == 0 && scan.problems().isEmpty() ? FactpipeCommand.EXIT_OK : FactpipeCommand.EXIT_FAILURES;
    }

    private Outcome process(InputFile input, DocumentReader reader, Pipeline pipeline, FactSetJson json) {
        try {
            Document document = reader.read(input.path(), input.id(), input.source());
            FactSet facts = pipeline.run(document);
            byte[] factsJson = json.write(facts);
            writeOutputs(input.id(), document.text().getBytes(StandardCharsets.UTF_8), factsJson);
            return new Outcome(input, facts, null, null);
        } catch (IngestException e) {
            return failed(input, e.getMessage(), e);
        } catch (InvalidFactSetException e) {
            return failed(input, "the fact set breaks the schema (a bug): " + oneLine(e.getMessage()), e);
        } catch (IOException e) {
            return failed(input, "cannot write output: " + oneLine(String.valueOf(e.getMessage())), e);
        } catch (Throwable e) {
            // one document that breaks an extractor (even with an Error from a library) must not
            // stop the others; only the JVM itself failing (out of memory) ends the run
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw (VirtualMachineError) e;
            }
            return failed(input, "extraction failed (a bug): " + oneLine(e.toString()), e);
        }
    }

    /**
     * A failed document has no output: what an earlier run wrote for it, or half of this run's
     * pair, would pass for a result of this run.
     */
    private Outcome failed(InputFile input, String reason, Throwable cause) {
        String why = reason;
        for (Path stale : List.of(OutputFiles.facts(out, input.id()), OutputFiles.text(out, input.id()))) {
            try {
                Files.deleteIfExists(stale);
            } catch (IOException e) {
                why += "; and its old output " + stale + " cannot be removed: " + oneLine(String.valueOf(e.getMessage()));
            }
        }
        return new Outcome(input, null, why, cause);
    }

    private static String oneLine(String message) {
        return message.strip().lines().findFirst().orElse("");
    }

    /** The text first, then the fact set that indexes it: each replaced atomically. */
    private void writeOutputs(String id, byte[] text, byte[] factsJson) throws IOException {
        AtomicFiles.write(OutputFiles.text(out, id), text);
        AtomicFiles.write(OutputFiles.facts(out, id), factsJson);
    }

    private static Outcome get(Future<Outcome> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a document task failed unexpectedly", e.getCause());
        }
    }

    /** e.g. "factpipe: 4 of 5 documents extracted, 1 failed; 85 facts (DATE 3, ...) in out [2.1 s]". */
    private String summary(int documents, int failed, int skipped, Map<FactType, Integer> counts, long started) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder sb = new StringBuilder("factpipe: ").append(documents - failed).append(" of ").append(documents)
                .append(documents == 1 ? " document" : " documents").append(" extracted");
        if (failed > 0) {
            sb.append(", ").append(failed).append(" failed");
        }
        if (skipped > 0) {
            sb.append(", ").append(skipped).append(skipped == 1 ? " input path" : " input paths").append(" skipped");
        }
        List<String> parts = new ArrayList<>();
        for (FactType t : FactType.values()) {
            parts.add(t.name() + " " + counts.getOrDefault(t, 0));
        }
        sb.append("; ").append(total).append(total == 1 ? " fact (" : " facts (").append(String.join(", ", parts))
                .append(") in ").append(out).append(" [")
                .append(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)).append(" s]");
        return sb.toString();
    }
}
