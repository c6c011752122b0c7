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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
        InputScan.Result scan = InputScan.scan(paths);
        List<String> failures = new ArrayList<>();
        for (InputScan.Problem p : scan.problems()) {
            failures.add(p.path() + ": " + p.reason());
            err.println("factpipe: " + p.path() + ": " + p.reason());
        }
        Files.createDirectories(out);
        DocumentReader reader = Components.reader(maxBytes);
        Pipeline pipeline = Components.pipeline();
        FactSetJson json = Components.json();
        Progress progress = Progress.forStderr(scan.files().size());

        Map<FactType, Integer> factCounts = new EnumMap<>(FactType.class);
        int nThreads = Math.max(1, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        ExecutorService pool = Executors.newFixedThreadPool(nThreads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (InputFile input : scan.files()) {
                futures.add(pool.submit(() -> process(input, reader, pipeline, json)));
            }
            int ok = 0;
            for (Future<Outcome> f : futures) {
                Outcome o = get(f);
                progress.advance(o.input().source());
                if (o.failure() == null) {
                    ok++;
                    o.facts().countsByType().forEach((t, n) -> factCounts.merge(t, n, Integer::sum));
                } else {
                    failures.add(o.input().source() + ": " + o.failure());
                    progress.clearLine();
                    err.println("factpipe: " + o.input().source() + ": " + o.failure());
                    if (verbosity.verbose() && o.cause() != null) {
                        o.cause().printStackTrace(err);
                    }
                }
            }
            progress.finish();
            err.println(summary(ok, failures.size(), factCounts, started));
            err.flush();
        } finally {
            pool.shutdownNow();
        }
        return failures.isEmpty() ? FactpipeCommand.EXIT_OK : FactpipeCommand.EXIT_FAILURES;
    }

    private Outcome process(InputFile input, DocumentReader reader, Pipeline pipeline, FactSetJson json) {
        try {
            Document document = reader.read(input.path(), input.id(), input.source());
            FactSet facts = pipeline.run(document);
            byte[] factsJson = json.write(facts);
            writeOutputs(input.id(), document.text().getBytes(StandardCharsets.UTF_8), factsJson);
            return new Outcome(input, facts, null, null);
        } catch (IngestException e) {
            return new Outcome(input, null, e.getMessage(), e);
        } catch (InvalidFactSetException e) {
            return new Outcome(input, null, "the fact set breaks the schema (a bug): " + e.getMessage(), e);
        } catch (IOException e) {
            return new Outcome(input, null, "cannot write output: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            return new Outcome(input, null, "extraction failed: " + e, e);
        }
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

    private static String summary(int ok, int failed, Map<FactType, Integer> counts, long started) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder sb = new StringBuilder("factpipe: ").append(ok).append(ok == 1 ? " document" : " documents")
                .append(", ").append(failed).append(" failed, ").append(total).append(" facts (");
        List<String> parts = new ArrayList<>();
        for (FactType t : FactType.values()) {
            parts.add(t.name() + " " + counts.getOrDefault(t, 0));
        }
        sb.append(String.join(", ", parts)).append(") in ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)).append(" s");
        return sb.toString();
    }
}
