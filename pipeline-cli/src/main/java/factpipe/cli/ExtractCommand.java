package factpipe.cli;

import factpipe.core.diff.ChangeKind;
import factpipe.core.diff.DocumentFacts;
import factpipe.core.diff.FactDiff;
import factpipe.core.diff.FactDiffer;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factpipe extract}: reads reports and writes one fact set and one text file per report.
 * The output folder keeps a {@link Manifest}; a document whose bytes, source, pipeline
 * fingerprint and outputs are as the manifest says is not extracted again, and when no document
 * needs work no reader is built and no model is loaded.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract facts from files or directories (recursively) into <id>.facts.json and <id>.txt.",
                "The output directory keeps " + Manifest.FILE_NAME + ": a document is extracted again only when its bytes "
                        + "or the pipeline changed, or its outputs are missing or were altered."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document was extracted or up to date", "1:some documents failed",
                "2:usage error or trouble"})
final class ExtractCommand implements Callable<Integer> {

    /** Finished documents are added to the manifest file at most this often (each write rewrites it whole). */
    private static final long MANIFEST_INTERVAL_MILLIS = 500;

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

    @Option(names = "--prune", description = "Remove the outputs (and manifest entries) of documents whose source is gone.")
    boolean prune;

    /** The composition root's pipeline; a test may put another here (another fingerprint, counted calls). */
    Supplier<Pipeline> pipelines = Components::pipeline;

    /** The composition root's reader, built only when some document needs work; a test may count the calls. */
    LongFunction<DocumentReader> readers = Components::reader;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    /** Fact changes against the previous fact sets, by the core diff engine; "changed" is value or text. */
    private record FactChanges(int documents, int added, int removed, int changed, int moved) {
        static final FactChanges NONE = new FactChanges(0, 0, 0, 0, 0);

        static FactChanges of(FactDiff d) {
            return new FactChanges(1, d.count(ChangeKind.ADDED), d.count(ChangeKind.REMOVED),
                    d.count(ChangeKind.VALUE_CHANGED) + d.count(ChangeKind.TEXT_CHANGED), d.count(ChangeKind.MOVED));
        }

        FactChanges plus(FactChanges o) {
            return new FactChanges(documents + o.documents, added + o.added, removed + o.removed, changed + o.changed,
                    moved + o.moved);
        }

        @Override
        public String toString() {
            return added + " added, " + removed + " removed, " + changed + " changed, " + moved + " moved";
        }
    }

    /** One document's result; {@code changes} is null when there was no previous fact set to compare with. */
    private record Outcome(ExtractionPlan.Item item, FactSet facts, FactChanges changes, String failure, Throwable cause) {
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
        OutputLock lock;
        try {
            lock = OutputLock.tryAcquire(out);
        } catch (IOException e) {
            err.println("factpipe: cannot lock the output directory " + out + ": " + oneLine(String.valueOf(e.getMessage())));
            err.flush();
            return FactpipeCommand.EXIT_TROUBLE;
        }
        if (lock == null) {
            err.println("factpipe: another factpipe extract is writing to " + out + "; run again when it has finished");
            err.flush();
            return FactpipeCommand.EXIT_TROUBLE;
        }
        try (lock) {
            return run(scan, err, started);
        } finally {
            err.flush();
        }
    }

    private int run(InputScan.Result scan, PrintWriter err, long started) throws InterruptedException {
        removeLeftoverTempFiles(err);
        Manifest old;
        boolean manifestDamaged = false;
        try {
            old = Manifest.read(out);
        } catch (IOException e) {
            err.println("factpipe: warning: " + Manifest.path(out) + " cannot be used (" + oneLine(String.valueOf(e.getMessage()))
                    + "); every document is extracted again");
            old = Manifest.EMPTY;
            manifestDamaged = true;
        }

        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ExecutorService pool = Executors.newFixedThreadPool(nThreads);
        try {
            // the inputs (and the outputs the manifest knows) are hashed on the pool while the
            // pipeline, whose fingerprint decides the rest, is built here
            List<Future<ExtractionPlan.Observed>> observing = new ArrayList<>();
            for (InputFile input : scan.files()) {
                Manifest.Entry entry = old.documents().get(input.id());
                observing.add(pool.submit(() -> ExtractionPlan.observe(input, entry, out, maxBytes)));
            }
            Pipeline pipeline = pipelines.get();
            String fingerprint = fingerprint(pipeline);
            List<ExtractionPlan.Observed> observed = new ArrayList<>();
            for (Future<ExtractionPlan.Observed> f : observing) {
                observed.add(get(f));
            }
            ExtractionPlan plan = ExtractionPlan.make(scan.files(), observed, old, fingerprint, force, paths);

            Manifest start = old;
            for (ExtractionPlan.Removed r : plan.removed()) {
                if (prune) {
                    // outputs first: if this run is killed now, the entry is still there to be pruned next time
                    String trouble = deleteOutputs(r.id());
                    if (trouble == null) {
                        start = start.without(r.id());
                        err.println("factpipe: " + r.entry().source() + ": source is gone; its outputs were removed");
                    } else {
                        err.println("factpipe: " + r.entry().source() + ": source is gone" + trouble);
                    }
                } else {
                    err.println("factpipe: " + r.entry().source() + ": source is gone; its outputs stay (remove them with --prune)");
                }
            }
            List<ExtractionPlan.Item> work = new ArrayList<>();
            for (ExtractionPlan.Item item : plan.items()) {
                if (item.needsWork()) {
                    work.add(item);
                    start = start.without(item.input().id());
                }
            }
            RunManifest manifest = new RunManifest(out, start, manifestDamaged || !start.equals(old), MANIFEST_INTERVAL_MILLIS);
            try {
                // before any output is touched: no entry may describe outputs that are about to change
                manifest.flush();
            } catch (IOException e) {
                err.println("factpipe: cannot write " + Manifest.path(out) + ": " + oneLine(String.valueOf(e.getMessage())));
                return FactpipeCommand.EXIT_TROUBLE;
            }

            List<Outcome> outcomes = work.isEmpty() ? List.of() : extract(work, pipeline, fingerprint, manifest, pool, err);
            boolean manifestWritten = true;
            try {
                manifest.flush();
            } catch (IOException e) {
                manifestWritten = false;
                err.println("factpipe: cannot write " + Manifest.path(out) + " (the next run extracts these documents again): "
                        + oneLine(String.valueOf(e.getMessage())));
            }
            err.println(summary(plan, outcomes, scan.problems().size(), started));
            if (!manifestWritten) {
                return FactpipeCommand.EXIT_TROUBLE;
            }
            boolean failed = outcomes.stream().anyMatch(o -> o.failure() != null);
            return !failed && scan.problems().isEmpty() ? FactpipeCommand.EXIT_OK : FactpipeCommand.EXIT_FAILURES;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The run's fingerprint: the factpipe version and every stage's fingerprint, as one SHA-256. */
    static String fingerprint(Pipeline pipeline) {
        return Document.sha256(("factpipe " + FactpipeCommand.version() + "\n" + pipeline.fingerprint())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Extracts the documents that need work; outcomes in input order, failures reported as they are met. */
    private List<Outcome> extract(List<ExtractionPlan.Item> work, Pipeline pipeline, String fingerprint, RunManifest manifest,
                                  ExecutorService pool, PrintWriter err) throws InterruptedException {
        // models start loading while the reader and the codec are built
        pipeline.preload();
        DocumentReader reader = readers.apply(maxBytes);
        FactSetJson json = Components.json();
        Progress progress = Progress.forTerminal(err, work.size());
        // the largest documents start first (the run ends when its longest document does); results
        // are reported in input order, whatever order the threads finish in
        Map<ExtractionPlan.Item, Future<Outcome>> submitted = new IdentityHashMap<>();
        work.stream().sorted(Comparator.comparingLong((ExtractionPlan.Item i) -> sizeOf(i.input().path())).reversed())
                .forEach(item -> submitted.put(item, pool.submit(() -> process(item, reader, pipeline, json, fingerprint, manifest))));
        List<Outcome> outcomes = new ArrayList<>();
        for (ExtractionPlan.Item item : work) {
            Outcome o = get(submitted.get(item));
            outcomes.add(o);
            String source = o.item().input().source();
            if (o.failure() != null) {
                progress.clearLine();
                err.println("factpipe: " + source + ": " + o.failure());
                if (verbosity.verbose() && o.cause() != null) {
                    o.cause().printStackTrace(err);
                }
            } else if (verbosity.verbose()) {
                progress.clearLine();
                err.println("factpipe: " + source + ": " + describe(o));
            }
            progress.advance(source, o.failure() != null);
        }
        progress.finish();
        return outcomes;
    }

    /** e.g. "changed; facts 3 added, 0 removed, 1 changed, 12 moved". */
    private static String describe(Outcome o) {
        String what = switch (o.item().status()) {
            case NEW -> "new";
            case CHANGED -> "changed";
            case REPAIR -> "repaired (outputs missing or altered)";
            case UNCHANGED -> "unchanged (extracted again: --force)";
        };
        return o.changes() == null ? what : what + "; facts " + o.changes();
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A run killed while writing leaves temporary files; they are never outputs. This run holds the lock. */
    private void removeLeftoverTempFiles(PrintWriter err) {
        List<Path> leftovers;
        try (Stream<Path> s = Files.walk(out)) {
            leftovers = s.filter(f -> f.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                    .filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException e) {
            err.println("factpipe: warning: cannot look for leftover temporary files in " + out + ": " + e.getMessage());
            return;
        }
        for (Path p : leftovers) {
            try {
                Files.deleteIfExists(p);
                if (verbosity.verbose()) {
                    err.println("factpipe: removed " + p + ", left by an interrupted run");
                }
            } catch (IOException e) {
                err.println("factpipe: warning: cannot remove the leftover temporary file " + p + ": " + e.getMessage());
            }
        }
    }

    private Outcome process(ExtractionPlan.Item item, DocumentReader reader, Pipeline pipeline, FactSetJson json,
                            String fingerprint, RunManifest manifest) {
        InputFile input = item.input();
        try {
            // read before the outputs are overwritten: what this run's facts are compared with
            FactSet previous = comparable(item) ? previousFacts(item, json) : null;
            Document document = reader.read(input.path(), input.id(), input.source());
            FactSet facts = pipeline.run(document);
            byte[] factsJson = json.write(facts);
            byte[] text = document.text().getBytes(StandardCharsets.UTF_8);
            writeOutputs(input.id(), text, factsJson);
            // the bytes read, not those hashed when planning: the file may have changed in between
            manifest.put(input.id(), new Manifest.Entry(input.source(), document.info().sha256(), fingerprint,
                    Document.sha256(factsJson), Document.sha256(text)));
            FactChanges changes = previous == null ? null
                    : FactChanges.of(new FactDiffer().diff(DocumentFacts.withoutText(previous), DocumentFacts.withoutText(facts)));
            return new Outcome(item, facts, changes, null, null);
        } catch (IngestException e) {
            return failed(item, e.getMessage(), e);
        } catch (InvalidFactSetException e) {
            return failed(item, "the fact set breaks the schema (a bug): " + oneLine(e.getMessage()), e);
        } catch (IOException e) {
            return failed(item, "cannot write output: " + oneLine(String.valueOf(e.getMessage())), e);
        } catch (Throwable e) {
            // one document that breaks an extractor (even with an Error from a library) must not
            // stop the others; only the JVM itself failing (out of memory) ends the run
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw (VirtualMachineError) e;
            }
            return failed(item, "extraction failed (a bug): " + oneLine(e.toString()), e);
        }
    }

    /**
     * Whether the document's previous fact set is worth comparing with: a changed document (or one
     * --force redoes) whose outputs were, when planned, the ones its manifest entry describes.
     */
    private static boolean comparable(ExtractionPlan.Item item) {
        return item.previousIntact()
                && (item.status() == ExtractionPlan.Status.CHANGED || item.status() == ExtractionPlan.Status.UNCHANGED);
    }

    /** The fact set the manifest entry describes, or null if the file is no longer that one or unreadable. */
    private FactSet previousFacts(ExtractionPlan.Item item, FactSetJson json) {
        try {
            byte[] bytes = Files.readAllBytes(OutputFiles.facts(out, item.input().id()));
            return Document.sha256(bytes).equals(item.previous().factsSha256()) ? json.read(bytes) : null;
        } catch (IOException | InvalidFactSetException e) {
            return null;
        }
    }

    /**
     * A failed document has no output: what an earlier run wrote for it, or half of this run's
     * pair, would pass for a result of this run. Its manifest entry was dropped before it started.
     */
    private Outcome failed(ExtractionPlan.Item item, String reason, Throwable cause) {
        String trouble = deleteOutputs(item.input().id());
        return new Outcome(item, null, null, trouble == null ? reason : reason + trouble, cause);
    }

    /** Null when both outputs are gone, else what stopped it ("; and its old output ... cannot be removed: ..."). */
    private String deleteOutputs(String id) {
        String trouble = null;
        for (Path stale : List.of(OutputFiles.facts(out, id), OutputFiles.text(out, id))) {
            try {
                Files.deleteIfExists(stale);
            } catch (IOException e) {
                trouble = (trouble == null ? "" : trouble) + "; and its old output " + stale + " cannot be removed: "
                        + oneLine(String.valueOf(e.getMessage()));
            }
        }
        return trouble;
    }

    private static String oneLine(String message) {
        return message.strip().lines().findFirst().orElse("");
    }

    /** The text first, then the fact set that indexes it: each replaced atomically. */
    private void writeOutputs(String id, byte[] text, byte[] factsJson) throws IOException {
        AtomicFiles.write(OutputFiles.text(out, id), text);
        AtomicFiles.write(OutputFiles.facts(out, id), factsJson);
    }

    private static <T> T get(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a document task failed unexpectedly", e.getCause());
        }
    }

    /**
     * e.g. "factpipe: 5 documents: 0 new, 1 changed, 4 unchanged, 0 failed, 0 removed; facts against the
     * previous run: 3 added, 0 removed, 1 changed, 12 moved; 85 facts extracted (DATE 3, ...) in out [2.1 s]".
     * The comparison covers the documents extracted again whose previous fact set was intact; the
     * fact counts are those of the documents extracted in this run.
     */
    private String summary(ExtractionPlan plan, List<Outcome> outcomes, int skipped, long started) {
        Map<ExtractionPlan.Status, Integer> done = new EnumMap<>(ExtractionPlan.Status.class);
        for (ExtractionPlan.Item item : plan.items()) {
            if (!item.needsWork()) {
                done.merge(item.status(), 1, Integer::sum);
            }
        }
        Map<FactType, Integer> counts = new EnumMap<>(FactType.class);
        FactChanges changes = FactChanges.NONE;
        int failed = 0;
        for (Outcome o : outcomes) {
            if (o.failure() != null) {
                failed++;
                continue;
            }
            done.merge(o.item().status(), 1, Integer::sum);
            o.facts().countsByType().forEach((t, n) -> counts.merge(t, n, Integer::sum));
            if (o.changes() != null) {
                changes = changes.plus(o.changes());
            }
        }
        int documents = plan.items().size();
        StringBuilder sb = new StringBuilder("factpipe: ").append(documents).append(documents == 1 ? " document" : " documents");
        if (force && documents > 0) {
            sb.append(" (all extracted again: --force)");
        }
        sb.append(": ").append(done.getOrDefault(ExtractionPlan.Status.NEW, 0)).append(" new, ")
                .append(done.getOrDefault(ExtractionPlan.Status.CHANGED, 0)).append(" changed, ");
        int repaired = done.getOrDefault(ExtractionPlan.Status.REPAIR, 0);
        if (repaired > 0) {
            sb.append(repaired).append(" repaired (outputs missing or altered), ");
        }
        sb.append(done.getOrDefault(ExtractionPlan.Status.UNCHANGED, 0)).append(" unchanged, ")
                .append(failed).append(" failed, ").append(plan.removed().size()).append(" removed");
        if (!plan.removed().isEmpty()) {
            sb.append(prune ? " (pruned)" : " (outputs kept; --prune deletes them)");
        }
        if (skipped > 0) {
            sb.append(", ").append(skipped).append(skipped == 1 ? " input path" : " input paths").append(" skipped");
        }
        if (changes.documents() > 0) {
            sb.append("; facts against the previous run: ").append(changes);
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
