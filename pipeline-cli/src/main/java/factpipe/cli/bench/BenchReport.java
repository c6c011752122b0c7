package factpipe.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A benchmark result as a table for people or as JSON for machines. */
public final class BenchReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchReport() {
    }

    // ---- JSON -----------------------------------------------------------------------------------

    public static String json(BenchResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("factpipeVersion", r.version());
        Double ratio = r.throughputRatio();
        if (ratio == null) {
            root.putNull("throughputRatio");
        } else {
            root.put("throughputRatio", round(ratio, 2));
        }
        Double cpuRatio = r.cpuThroughputRatio();
        if (cpuRatio == null) {
            root.putNull("cpuThroughputRatio");
        } else {
            root.put("cpuThroughputRatio", round(cpuRatio, 2));
        }
        root.put("includesJitWarmup", r.includesJitWarmup());
        root.put("warmupBytes", r.warmupBytes());
        ObjectNode corpus = root.putObject("corpus");
        corpus.put("seeds", r.seeds());
        corpus.put("seedFiles", r.seedFiles());
        corpus.put("randomSeed", r.randomSeed());
        corpus.put("sizeBytes", r.sizeBytes());
        corpus.put("baselineSizeBytes", r.baselineSizeBytes());
        ObjectNode machine = root.putObject("machine");
        machine.put("threads", r.threads());
        machine.put("cores", r.cores());
        machine.put("maxHeapBytes", r.maxHeapBytes());
        machine.put("java", r.java());
        machine.put("jvmUptimeAtStartMs", millis(r.jvmUptimeAtStartNanos()));
        machine.put("loadAverageAtStart", round(r.loadAverageAtStart(), 2));
        machine.put("loadAverageAtEnd", round(r.loadAverageAtEnd(), 2));
        root.set("factpipe", side(r.factpipe()));
        if (r.baseline() == null) {
            root.putNull("baseline");
        } else {
            root.set("baseline", side(r.baseline()));
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static ObjectNode side(SideResult s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("pipeline", s.pipeline());
        n.put("bytes", s.bytes());
        n.put("documents", s.documents());
        n.put("chars", s.chars());
        n.put("failedDocuments", s.failed());
        n.put("elapsedMs", millis(s.elapsedNanos()));
        n.put("charsPerSecond", round(s.charsPerSecond(), 1));
        n.put("docsPerSecond", round(s.docsPerSecond(), 3));
        n.put("bytesPerSecond", round(s.bytesPerSecond(), 1));
        n.put("cpuMs", millis(s.cpuNanos()));
        n.put("charsPerCpuSecond", round(s.charsPerCpuSecond(), 1));
        n.put("setupMs", millis(s.setupNanos()));
        n.put("startupMs", millis(s.startupNanos()));
        n.put("modelLoadMs", millis(s.modelLoadNanos()));
        n.put("modelLoadEstimated", s.modelLoadEstimated());
        n.put("peakHeapBytes", s.heap().peakBytes());
        if (s.heap().peakAfterGcBytes() < 0) {
            n.putNull("peakHeapAfterGcBytes");
        } else {
            n.put("peakHeapAfterGcBytes", s.heap().peakAfterGcBytes());
        }
        n.put("generationMs", millis(s.generationNanos()));
        ObjectNode output = n.putObject("output");
        s.output().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> output.put(e.getKey(), e.getValue()));
        if (!s.extractors().isEmpty()) {
            ArrayNode ex = n.putArray("extractors");
            for (SideResult.ExtractorTime t : s.extractors()) {
                ObjectNode o = ex.addObject();
                o.put("id", t.id());
                o.put("calls", t.calls());
                o.put("ms", millis(t.nanos()));
                o.put("share", round(share(t.nanos(), s.busyNanos()), 4));
                o.put("firstCallMs", millis(t.firstCallNanos()));
                o.put("coldMs", millis(t.coldNanos()));
            }
            n.put("otherMs", millis(otherNanos(s)));
        }
        return n;
    }

    // ---- table ----------------------------------------------------------------------------------

    public static String table(BenchResult r) {
        SideResult f = r.factpipe();
        SideResult b = r.baseline();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "factpipe bench (factpipe %s): corpus of %s (%,d bytes) from %d seed reports in %s, random seed %d%n",
                r.version(), ByteSize.format(r.sizeBytes()), r.sizeBytes(), r.seedFiles(), r.seeds(), r.randomSeed()));
        sb.append(String.format(Locale.ROOT, "%d threads on %d cores, max heap %s, Java %s, load average %.2f at start, %.2f at end%n",
                r.threads(), r.cores(), ByteSize.format(r.maxHeapBytes()), r.java(), r.loadAverageAtStart(), r.loadAverageAtEnd()));
        sb.append("factpipe: ").append(f.pipeline()).append('\n');
        sb.append("baseline: ").append(b == null ? "skipped (--baseline-size 0)" : "stock CoreNLP " + b.pipeline()).append('\n');
        sb.append(r.includesJitWarmup()
                ? "JIT warm-up: INCLUDED in the figures (the timed runs start cold; --warmup SIZE excludes it)\n"
                : String.format(Locale.ROOT, "JIT warm-up: excluded (factpipe first processed %s untimed%s)%n",
                        ByteSize.format(r.warmupBytes()), b == null ? ""
                                : ", the baseline " + ByteSize.format(Math.min(r.warmupBytes(), r.baselineSizeBytes()))));
        sb.append('\n');

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "factpipe", "CoreNLP baseline", "factpipe / baseline"});
        rows.add(new String[] {"corpus processed", corpus(f), b == null ? "skipped" : corpus(b), ""});
        rows.add(new String[] {"characters per second", rate(f.charsPerSecond()), b == null ? "" : rate(b.charsPerSecond()),
                times(r.throughputRatio())});
        rows.add(new String[] {"documents per second", String.format(Locale.ROOT, "%.2f", f.docsPerSecond()),
                b == null ? "" : String.format(Locale.ROOT, "%.2f", b.docsPerSecond()), ""});
        rows.add(new String[] {"characters per CPU-second", f.charsPerCpuSecond() < 0 ? "unknown" : rate(f.charsPerCpuSecond()),
                b == null ? "" : b.charsPerCpuSecond() < 0 ? "unknown" : rate(b.charsPerCpuSecond()), times(r.cpuThroughputRatio())});
        rows.add(new String[] {"elapsed (timed run)", seconds(f.elapsedNanos()), b == null ? "" : seconds(b.elapsedNanos()), ""});
        rows.add(new String[] {"start-up to first document", seconds(f.startupNanos()) + " from command start",
                b == null ? "" : seconds(b.startupNanos()) + " from its start", ""});
        rows.add(new String[] {"  of which building the pipeline", seconds(f.setupNanos()),
                b == null ? "" : seconds(b.setupNanos()), ""});
        rows.add(new String[] {"  of which model load", seconds(f.modelLoadNanos()) + " (est., lazy, first calls)",
                b == null ? "" : seconds(b.modelLoadNanos()) + " (in the constructor)", ""});
        rows.add(new String[] {"peak heap (sum of pool peaks)", ByteSize.format(f.heap().peakBytes()),
                b == null ? "" : ByteSize.format(b.heap().peakBytes()), ""});
        rows.add(new String[] {"peak heap after a GC", afterGc(f.heap()), b == null ? "" : afterGc(b.heap()), ""});
        rows.add(new String[] {"found", found(f), b == null ? "" : found(b), ""});
        if (f.failed() > 0 || (b != null && b.failed() > 0)) {
            rows.add(new String[] {"failed documents", Long.toString(f.failed()), b == null ? "" : Long.toString(b.failed()), ""});
        }
        appendColumns(sb, rows, false);

        sb.append(String.format(Locale.ROOT,
                "%nStart-up counts from the command's start (the JVM had been running %s by then)", seconds(r.jvmUptimeAtStartNanos())));
        sb.append(b == null ? ".\n" : "; the baseline's from its own start, in a JVM factpipe had already run in.\n");

        sb.append(String.format(Locale.ROOT, "%nfactpipe time by extractor (timed run; wall time inside its calls, summed over %d threads):%n",
                r.threads()));
        List<String[]> ex = new ArrayList<>();
        ex.add(new String[] {"extractor", "time", "share", "chars/s in it", "first call", "cold (est.)"});
        for (SideResult.ExtractorTime t : f.extractors()) {
            ex.add(new String[] {t.id(), seconds(t.nanos()), percent(share(t.nanos(), f.busyNanos())),
                    t.nanos() > 0 ? rate(t.chars() / (t.nanos() / 1e9)) : "", seconds(t.firstCallNanos()), seconds(t.coldNanos())});
        }
        ex.add(new String[] {"merging, fact sets", seconds(otherNanos(f)), percent(share(otherNanos(f), f.busyNanos())), "", "", ""});
        ex.add(new String[] {"(corpus generation, not in the shares)", seconds(f.generationNanos()), "", "", "", ""});
        appendColumns(sb, ex, true);
        return sb.toString();
    }

    private static String times(Double ratio) {
        return ratio == null ? "" : String.format(Locale.ROOT, "%.1f×", ratio);
    }

    /** @param alignRight whether the columns after the first are numbers, aligned on the right */
    private static void appendColumns(StringBuilder sb, List<String[]> rows, boolean alignRight) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = alignRight && i > 0 ? " ".repeat(width[i] - row[i].length()) + row[i]
                        : row[i] + " ".repeat(width[i] - row[i].length());
                line.append(i == 0 ? "" : "   ").append(cell);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String corpus(SideResult s) {
        return String.format(Locale.ROOT, "%s, %,d docs, %,d chars", ByteSize.format(s.bytes()), s.documents(), s.chars());
    }

    private static String found(SideResult s) {
        List<String> parts = new ArrayList<>();
        s.output().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue())));
        return String.join(", ", parts);
    }

    private static String afterGc(HeapWatch.HeapPeak h) {
        return h.peakAfterGcBytes() < 0 ? "no GC ran" : ByteSize.format(h.peakAfterGcBytes());
    }

    private static long otherNanos(SideResult s) {
        long inExtractors = s.extractors().stream().mapToLong(SideResult.ExtractorTime::nanos).sum();
        return Math.max(0, s.busyNanos() - inExtractors);
    }

    private static double share(long part, long whole) {
        return whole <= 0 ? 0 : (double) part / whole;
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String seconds(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static long millis(long nanos) {
        return nanos < 0 ? -1 : Math.round(nanos / 1e6);
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
