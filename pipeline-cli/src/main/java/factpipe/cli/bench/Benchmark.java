package factpipe.cli.bench;

import factpipe.core.document.Document;
import factpipe.core.fact.FactType;
import factpipe.core.pipeline.Extractor;
import factpipe.core.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs factpipe's real pipeline, then the stock CoreNLP pipeline, over the same generated corpus
 * (the baseline over a prefix of it, being much slower) and measures both the same way.
 * factpipe goes first so that its start-up is measured on a cold JVM, as a user meets it.
 */
public final class Benchmark {

    /**
     * @param baselineBytes 0 skips the baseline
     * @param warmupBytes   processed untimed by each side before its timed run, by the baseline at
     *                      most its own corpus size (at its pace a large warm-up would take hours); 0 for none
     */
    public record Options(Path seeds, long sizeBytes, long baselineBytes, long warmupBytes, int threads,
                          long randomSeed) {
    }

    private final Options options;
    private final Supplier<Pipeline> factpipe;
    private final String version;
    private final PrintWriter log;

    /**
     * @param factpipe builds the pipeline to measure (the composition root's)
     * @param log      where progress goes (stderr), so that stdout holds only the report
     */
    public Benchmark(Options options, Supplier<Pipeline> factpipe, String version, PrintWriter log) {
        this.options = options;
        this.factpipe = factpipe;
        this.version = version;
        this.log = log;
    }

    /**
     * @param commandStart {@link System#nanoTime()} when the command started
     * @throws IOException when the seeds cannot be read
     */
    public BenchResult run(long commandStart) throws IOException, InterruptedException {
        long uptimeAtStart = ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L
                - (System.nanoTime() - commandStart);
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<SeedText> seeds = SeedText.readAll(options.seeds());
        if (seeds.isEmpty()) {
            throw new IOException(options.seeds() + " holds no non-empty *.txt seed report");
        }
        SideResult fp = factpipeSide(seeds, commandStart);
        SideResult baseline = options.baselineBytes() > 0 ? baselineSide(seeds) : null;
        return new BenchResult(version, options.seeds().toString(), seeds.size(), options.randomSeed(),
                options.sizeBytes(), options.baselineBytes(), options.warmupBytes(), options.threads(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                Runtime.version().toString(), uptimeAtStart, loadAtStart,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), fp, baseline);
    }

    private SideResult factpipeSide(List<SeedText> seeds, long commandStart) throws InterruptedException {
        try (HeapWatch heap = HeapWatch.start()) {
            long setupStart = System.nanoTime();
            Pipeline real = factpipe.get();
            List<TimedExtractor> timed = real.extractors().stream().map(TimedExtractor::new).toList();
            Pipeline pipeline = new Pipeline(new ArrayList<Extractor>(timed));
            // as extract does when documents need work: models start loading while the rest starts up
            pipeline.preload();
            long setup = System.nanoTime() - setupStart;
            log.printf("factpipe bench: factpipe (%s) on %s, %d threads ...%n", real.version(),
                    ByteSize.format(options.sizeBytes()), options.threads());
            log.flush();

            Map<FactType, LongAdder> facts = new EnumMap<>(FactType.class);
            for (FactType t : FactType.values()) {
                facts.put(t, new LongAdder());
            }
            Consumer<Document> task = d -> pipeline.run(d).countsByType().forEach((t, n) -> facts.get(t).add(n));
            AtomicLong firstDone = new AtomicLong();
            warmUp(seeds, options.warmupBytes(), task, firstDone);
            facts.values().forEach(LongAdder::reset);
            List<TimedExtractor.Stats> before = timed.stream().map(TimedExtractor::stats).toList();

            Corpus.Cursor corpus = new Corpus(seeds, options.sizeBytes(), options.randomSeed()).iterator();
            long cpuBefore = processCpuNanos();
            ParallelRun.Stats run = ParallelRun.run(corpus, options.threads(), task, firstDone);
            long cpu = processCpuNanos() - cpuBefore;
            HeapWatch.HeapPeak peak = heap.peak();

            List<SideResult.ExtractorTime> times = new ArrayList<>();
            long cold = 0;
            for (int i = 0; i < timed.size(); i++) {
                SideResult.ExtractorTime t = extractorTime(timed.get(i).stats(), before.get(i));
                times.add(t);
                cold += t.coldNanos();
            }
            Map<String, Long> output = new LinkedHashMap<>();
            facts.forEach((t, n) -> output.put(t.name(), n.sum()));
            SideResult result = new SideResult("factpipe", real.version(), corpus.bytes(), run.documents(),
                    run.chars(), run.failed(), run.firstFailure(), run.elapsedNanos(), cpu, run.busyNanos(),
                    run.generationNanos(), setup, since(commandStart, firstDone), cold, true, peak, output, times);
            logDone(result);
            return result;
        }
    }

    private SideResult baselineSide(List<SeedText> seeds) throws InterruptedException {
        try (HeapWatch heap = HeapWatch.start()) {
            long sideStart = System.nanoTime();
            log.printf("factpipe bench: CoreNLP baseline (%s) on %s, %d threads: loading models ...%n",
                    BaselinePipeline.ANNOTATORS, ByteSize.format(options.baselineBytes()), options.threads());
            log.flush();
            BaselinePipeline baseline = new BaselinePipeline();
            long setup = System.nanoTime() - sideStart;

            LongAdder mentions = new LongAdder();
            Consumer<Document> task = d -> mentions.add(baseline.annotate(d));
            AtomicLong firstDone = new AtomicLong();
            warmUp(seeds, Math.min(options.warmupBytes(), options.baselineBytes()), task, firstDone);
            mentions.reset();

            Corpus.Cursor corpus = new Corpus(seeds, options.baselineBytes(), options.randomSeed()).iterator();
            long cpuBefore = processCpuNanos();
            ParallelRun.Stats run = ParallelRun.run(corpus, options.threads(), task, firstDone);
            long cpu = processCpuNanos() - cpuBefore;
            HeapWatch.HeapPeak peak = heap.peak();
            SideResult result = new SideResult("CoreNLP baseline", BaselinePipeline.ANNOTATORS, corpus.bytes(),
                    run.documents(), run.chars(), run.failed(), run.firstFailure(), run.elapsedNanos(), cpu,
                    run.busyNanos(), run.generationNanos(), setup, since(sideStart, firstDone), setup, false, peak,
                    Map.of("entityMentions", mentions.sum()), List.of());
            logDone(result);
            return result;
        }
    }

    private void warmUp(List<SeedText> seeds, long bytes, Consumer<Document> task, AtomicLong firstDone)
            throws InterruptedException {
        if (bytes > 0) {
            // another random seed: the timed run does not repeat the documents just seen
            Corpus warmup = new Corpus(seeds, bytes, options.randomSeed() + 1);
            ParallelRun.run(warmup.iterator(), options.threads(), task, firstDone);
        }
    }

    private static SideResult.ExtractorTime extractorTime(TimedExtractor.Stats now, TimedExtractor.Stats before) {
        TimedExtractor.Stats run = now.minus(before);
        long cold = 0;
        if (now.firstCallNanos() >= 0 && run.chars() > 0) {
            // the steady cost per character, without the first call when it is part of this run
            boolean firstInRun = before.calls() == 0;
            long nanos = firstInRun ? run.nanos() - now.firstCallNanos() : run.nanos();
            long chars = firstInRun ? run.chars() - now.firstCallChars() : run.chars();
            double perChar = chars > 0 ? (double) nanos / chars : 0;
            cold = Math.max(0, Math.round(now.firstCallNanos() - perChar * now.firstCallChars()));
        }
        return new SideResult.ExtractorTime(now.id(), run.calls(), run.chars(), run.nanos(), now.firstCallNanos(), cold);
    }

    /** CPU time of the whole process so far, or a negative number when the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** From {@code start} to the first document done; -1 when there was no document. */
    private static long since(long start, AtomicLong firstDone) {
        return firstDone.get() == 0 ? -1 : firstDone.get() - start;
    }

    private void logDone(SideResult r) {
        log.printf("factpipe bench: %s done: %s, %d documents in %.1f s%n", r.name(), ByteSize.format(r.bytes()),
                r.documents(), r.elapsedNanos() / 1e9);
        if (r.failed() > 0) {
            log.printf("factpipe bench: %s: %d documents failed; the first: %s%n", r.name(), r.failed(), r.firstFailure());
        }
        log.flush();
    }
}
