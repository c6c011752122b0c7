package factpipe.cli.bench;

import java.util.List;
import java.util.Map;

/**
 * The figures of one side of the benchmark, factpipe or the CoreNLP baseline, over its timed run.
 *
 * @param startupNanos   from the side's start (for factpipe: the command's start) to the first
 *                       document done, warm-up included: what a user waits for a first result
 * @param modelLoadNanos for the baseline the constructor, which loads every model; for factpipe,
 *                       whose models load lazily inside the first calls, an estimate (see
 *                       {@link ExtractorTime#coldNanos()})
 * @param cpuNanos       CPU time of the whole process during the timed run (all threads, GC and
 *                       JIT included): unlike elapsed time it does not grow when other programs
 *                       compete for the cores
 * @param output         what the side found, to show it did the work: facts by type, or NER mentions
 */
public record SideResult(String name, String pipeline, long bytes, long documents, long chars, long failed,
                         String firstFailure, long elapsedNanos, long cpuNanos, long busyNanos, long generationNanos,
                         long setupNanos, long startupNanos, long modelLoadNanos, boolean modelLoadEstimated,
                         HeapWatch.HeapPeak heap, Map<String, Long> output, List<ExtractorTime> extractors) {

    public SideResult {
        output = Map.copyOf(output);
        extractors = List.copyOf(extractors);
    }

    public double charsPerSecond() {
        return chars / seconds();
    }

    public double docsPerSecond() {
        return documents / seconds();
    }

    /** Characters per second of process CPU time; -1 when the JVM cannot tell its CPU time. */
    public double charsPerCpuSecond() {
        return cpuNanos <= 0 ? -1 : chars / (cpuNanos / 1e9);
    }

    public double bytesPerSecond() {
        return bytes / seconds();
    }

    private double seconds() {
        return Math.max(elapsedNanos, 1) / 1e9;
    }

    /**
     * One extractor's share of factpipe's time in the timed run (wall time inside its calls,
     * summed over threads).
     *
     * @param firstCallNanos its first call, usually on the first document, which loads its models
     * @param coldNanos      that first call less what the same number of characters cost it in the
     *                       timed run: model loading plus cold (not yet compiled) code
     */
    public record ExtractorTime(String id, long calls, long chars, long nanos, long firstCallNanos, long coldNanos) {
    }
}
