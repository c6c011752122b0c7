package factpipe.cli.bench;

/**
 * Everything one {@code factpipe bench} run measured, with the settings needed to read it.
 *
 * @param loadAverageAtStart the system's load average over the last minute (negative when unknown):
 *                           figures taken while other programs kept the cores busy are low
 * @param baseline null when the baseline was skipped
 */
public record BenchResult(String version, String seeds, int seedFiles, long randomSeed, long sizeBytes,
                          long baselineSizeBytes, long warmupBytes, int threads, int cores, long maxHeapBytes,
                          String java, long jvmUptimeAtStartNanos, double loadAverageAtStart, double loadAverageAtEnd,
                          SideResult factpipe, SideResult baseline) {

    /** factpipe's characters per second over the baseline's; null without a baseline. */
    public Double throughputRatio() {
        if (baseline == null || baseline.charsPerSecond() <= 0) {
            return null;
        }
        return factpipe.charsPerSecond() / baseline.charsPerSecond();
    }

    /** factpipe's characters per CPU-second over the baseline's; null without a baseline. */
    public Double cpuThroughputRatio() {
        if (baseline == null || baseline.charsPerCpuSecond() <= 0 || factpipe.charsPerCpuSecond() <= 0) {
            return null;
        }
        return factpipe.charsPerCpuSecond() / baseline.charsPerCpuSecond();
    }

    /** Whether the timed runs started on a cold JVM (no untimed warm-up). */
    public boolean includesJitWarmup() {
        return warmupBytes == 0;
    }
}
