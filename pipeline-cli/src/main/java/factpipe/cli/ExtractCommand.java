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

    @Option(names = "--force", description = "Extract every document again, even those whose output is up to date.")
    boolean force;

    @Option(names = "--prune", description = "Remove the outputs of documents whose source is gone.")
    boolean prune;

    /** The composition root's pipeline; tests may put another here. */
    java.util.function.Supplier<Pipeline> pipelines = Components::pipeline;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    private record Outcome(InputFile input, ExtractionPlan.Status status, FactSet facts, int added, int removed, int changed,
                           String failure, Throwable cause) {
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
        removeLeftoverTempFiles(err);
        Pipeline pipeline = pipelines.get();
        String fingerprint = Document.sha256(("factpipe " + FactpipeCommand.version() + "\n" + pipeline.fingerprint())
                .getBytes(StandardCharsets.UTF_8));
        Manifest manifest = Manifest.read(out);
        List<String> hashes = scan.files().stream().map(f -> ExtractionPlan.sha256(f.path())).toList();
        ExtractionPlan plan = ExtractionPlan.make(scan.files(), hashes, manifest, fingerprint, out, paths, force);
        ManifestWriter manifestWriter = new ManifestWriter(manifest);

        for (ExtractionPlan.Removed r : plan.removed()) {
            if (prune) {
                Files.deleteIfExists(OutputFiles.facts(out, r.id()));
                Files.deleteIfExists(OutputFiles.text(out, r.id()));
                manifestWriter.remove(r.id());
                err.println("factpipe: " + r.entry().source() + ": source is gone; its outputs were removed");
            } else {
                err.println("factpipe: " + r.entry().source() + ": source is gone; its outputs stay (remove them with --prune)");
            }
        }

        // the largest documents first: the run ends when its longest document does
        List<ExtractionPlan.Item> work = plan.items().stream().filter(ExtractionPlan.Item::needsWork)
                .sorted(java.util.Comparator.comparingLong((ExtractionPlan.Item i) -> sizeOf(i.input().path())).reversed())
                .toList();
        Map<FactType, Integer> factCounts = new EnumMap<>(FactType.class);
        Map<ExtractionPlan.Status, Integer> statusCounts = new EnumMap<>(ExtractionPlan.Status.class);
        int[] changes = new int[3];
        int failed = 0;
        if (!work.isEmpty()) {
            pipeline.preload();
            DocumentReader reader = Components.reader(maxBytes);
            FactSetJson json = Components.json();
            Progress progress = Progress.forTerminal(err, work.size());
            int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            ExecutorService pool = Executors.newFixedThreadPool(nThreads);
            try {
                List<Future<Outcome>> futures = new ArrayList<>();
                for (ExtractionPlan.Item item : work) {
                    futures.add(pool.submit(() -> process(item, reader, pipeline, json, fingerprint, manifestWriter)));
                }
                for (Future<Outcome> f : futures) {
                    Outcome o = get(f);
                    if (o.failure() == null) {
                        o.facts().countsByType().forEach((t, n) -> factCounts.merge(t, n, Integer::sum));
                        statusCounts.merge(o.status(), 1, Integer::sum);
                        changes[0] += o.added();
                        changes[1] += o.removed();
                        changes[2] += o.changed();
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
            } finally {
                pool.shutdownNow();
            }
        }
        int unchanged = (int) plan.items().stream().filter(i -> !i.needsWork()).count();
        err.println(summary(plan, statusCounts, unchanged, failed, scan.problems().size(), factCounts, changes, started));
        err.flush();
        return failed == 0 && scan.problems().isEmpty() ? FactpipeCommand.EXIT_OK : FactpipeCommand.EXIT_FAILURES;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** An interrupted run may leave temporary files behind; they are never outputs. */
    private void removeLeftoverTempFiles(PrintWriter err) {
        try (java.util.stream.Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("factpipe: cannot clean temporary files in " + out + ": " + e.getMessage());
        }
    }

    /** The manifest as documents finish: each change is written at once, atomically. */
    private final class ManifestWriter {
        private Manifest manifest;

        ManifestWriter(Manifest manifest) {
            this.manifest = manifest;
        }

        synchronized void put(String id, Manifest.Entry entry) throws IOException {
            manifest = manifest.with(id, entry);
            manifest.write(out);
        }

        synchronized void remove(String id) throws IOException {
            if (manifest.documents().containsKey(id)) {
                manifest = manifest.without(id);
                manifest.write(out);
            }
        }
    }

    private Outcome process(ExtractionPlan.Item item, DocumentReader reader, Pipeline pipeline, FactSetJson json,
                            String fingerprint, ManifestWriter manifest) {
        InputFile input = item.input();
        try {
            FactSet previous = item.status() == ExtractionPlan.Status.CHANGED ? previousFacts(input.id(), json) : null;
            Document document = reader.read(input.path(), input.id(), input.source());
            FactSet facts = pipeline.run(document);
            byte[] factsJson = json.write(facts);
            byte[] text = document.text().getBytes(StandardCharsets.UTF_8);
            writeOutputs(input.id(), text, factsJson);
            manifest.put(input.id(), new Manifest.Entry(input.source(), document.info().sha256(), fingerprint,
                    Document.sha256(factsJson), Document.sha256(text)));
            int[] diff = previous == null ? new int[3] : changes(previous, facts, document.text());
            return new Outcome(input, item.status(), facts, diff[0], diff[1], diff[2], null, null);
        } catch (IngestException e) {
            return failed(input, e.getMessage(), e, manifest);
        } catch (InvalidFactSetException e) {
            return failed(input, "the fact set breaks the schema (a bug): " + oneLine(e.getMessage()), e, manifest);
        } catch (IOException e) {
            return failed(input, "cannot write output: " + oneLine(String.valueOf(e.getMessage())), e, manifest);
        } catch (Throwable e) {
            // one document that breaks an extractor (even with an Error from a library) must not
            // stop the others; only the JVM itself failing (out of memory) ends the run
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw (VirtualMachineError) e;
            }
            return failed(input, "extraction failed (a bug): " + oneLine(e.toString()), e, manifest);
        }
    }

    /** The fact set an earlier run wrote, or null if there is none or it is unreadable. */
    private FactSet previousFacts(String id, FactSetJson json) {
        try {
            return json.read(Files.readAllBytes(OutputFiles.facts(out, id)));
        } catch (IOException | InvalidFactSetException e) {
            return null;
        }
    }

    /** Facts added, removed and changed (value, text or place) against the previous run: the diff engine's count. */
    private static int[] changes(FactSet before, FactSet after, String text) {
        factpipe.core.diff.FactDiff d = new factpipe.core.diff.FactDiffer().diff(
                factpipe.core.diff.DocumentFacts.withoutText(before), new factpipe.core.diff.DocumentFacts(after, text));
        int added = d.count(factpipe.core.diff.ChangeKind.ADDED);
        int removed = d.count(factpipe.core.diff.ChangeKind.REMOVED);
        return new int[] {added, removed, d.changes().size() - added - removed};
    }

    /**
     * A failed document has no output: what an earlier run wrote for it, or half of this run's
     * pair, would pass for a result of this run.
     */
    private Outcome failed(InputFile input, String reason, Throwable cause, ManifestWriter manifest) {
        String why = reason;
        try {
            manifest.remove(input.id());
        } catch (IOException e) {
            why += "; and the manifest cannot be updated: " + oneLine(String.valueOf(e.getMessage()));
        }
        for (Path stale : List.of(OutputFiles.facts(out, input.id()), OutputFiles.text(out, input.id()))) {
            try {
                Files.deleteIfExists(stale);
            } catch (IOException e) {
                why += "; and its old output " + stale + " cannot be removed: " + oneLine(String.valueOf(e.getMessage()));
            }
        }
        return new Outcome(input, null, null, 0, 0, 0, why, cause);
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

    /**
     * e.g. "factpipe: 5 documents: 1 new, 1 changed, 3 unchanged, 0 failed, 0 removed; in changed
     * facts in changed documents: 3 added, 1 removed, 2 changed; 85 facts extracted (DATE 3, ...) in out [2.1 s]".
     */
    private String summary(ExtractionPlan plan, Map<ExtractionPlan.Status, Integer> done, int unchanged, int failed, int skipped,
                           Map<FactType, Integer> counts, int[] changes, long started) {
        int documents = plan.items().size();
        StringBuilder sb = new StringBuilder("factpipe: ").append(documents).append(documents == 1 ? " document: " : " documents: ")
                .append(done.getOrDefault(ExtractionPlan.Status.NEW, 0)).append(" new, ")
                .append(done.getOrDefault(ExtractionPlan.Status.CHANGED, 0) + done.getOrDefault(ExtractionPlan.Status.REPAIR, 0))
                .append(" changed, ").append(unchanged).append(" unchanged, ").append(failed).append(" failed, ")
                .append(prune ? plan.removed().size() : 0).append(" removed");
        if (!prune && !plan.removed().isEmpty()) {
            sb.append(" (").append(plan.removed().size()).append(" gone, kept)");
        }
        if (skipped > 0) {
            sb.append(", ").append(skipped).append(skipped == 1 ? " input path" : " input paths").append(" skipped");
        }
        if (done.getOrDefault(ExtractionPlan.Status.CHANGED, 0) > 0) {
            sb.append("; facts in changed documents: ").append(changes[0]).append(" added, ").append(changes[1])
                    .append(" removed, ").append(changes[2]).append(" changed");
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        for (FactType t : FactType.values()) {
            parts.add(t.name() + " " + counts.getOrDefault(t, 0));
        }
        sb.append("; ").append(total).append(total == 1 ? " fact" : " facts").append(" extracted (").append(String.join(", ", parts))
                .append(") in ").append(out).append(" [")
                .append(String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)).append(" s]");
        return sb.toString();
    }
}
