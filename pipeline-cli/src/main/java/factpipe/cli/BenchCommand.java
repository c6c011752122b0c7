package factpipe.cli;

import factpipe.cli.bench.BenchReport;
import factpipe.cli.bench.BenchResult;
import factpipe.cli.bench.Benchmark;
import factpipe.cli.bench.ByteSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code factpipe bench}: throughput, start-up and memory of the pipeline against stock CoreNLP. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure factpipe's throughput, start-up and peak heap on a generated corpus, "
                + "and the same for the stock CoreNLP pipeline (tokenize,ssplit,pos,lemma,ner) on a prefix of it.",
                "The corpus repeats the seed reports with shuffled paragraphs and renumbered years and counts; "
                + "it is the same for the same options, and is generated as it is read, never held in memory.",
                "Sizes: plain bytes or with a unit, KB = 1024 bytes: 4096, 256KB, 1.5MB, 2GB."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:some documents failed (the figures include them)", "2:usage error or trouble"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Directory of seed reports (*.txt) the corpus is made from (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "5MB", converter = ByteSize.Converter.class,
            description = "Corpus size in UTF-8 bytes for factpipe (default: ${DEFAULT-VALUE}).")
    ByteSize size;

    @Option(names = "--baseline-size", paramLabel = "SIZE", defaultValue = "256KB", converter = ByteSize.Converter.class,
            description = "Size of the corpus prefix the CoreNLP baseline runs on, 0 to skip it "
                    + "(default: ${DEFAULT-VALUE}; it processes about 2 KB/s).")
    ByteSize baselineSize;

    @Option(names = "--warmup", paramLabel = "SIZE", defaultValue = "0", converter = ByteSize.Converter.class,
            description = "Process this much of another corpus untimed first, so that the figures exclude JIT "
                    + "warm-up; the baseline warms up on at most --baseline-size (default: ${DEFAULT-VALUE}, "
                    + "figures include warm-up).")
    ByteSize warmup;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents processed in parallel, models shared (default: the number of cores).")
    Integer threads;

    @Option(names = "--random-seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the corpus variations (default: ${DEFAULT-VALUE}).")
    long randomSeed;

    @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
    boolean json;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (size.bytes() == 0) {
            throw new ParameterException(spec.commandLine(), "--size must be more than 0 bytes");
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (baselineSize.bytes() > size.bytes()) {
            throw new ParameterException(spec.commandLine(), "--baseline-size (" + baselineSize
                    + ") must not exceed --size (" + size + "): the baseline runs on a prefix of the corpus");
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Benchmark benchmark = new Benchmark(
                new Benchmark.Options(seeds, size.bytes(), baselineSize.bytes(), warmup.bytes(), nThreads, randomSeed),
                Components::pipeline, FactpipeCommand.version(), err);
        BenchResult result;
        try {
            result = benchmark.run(started);
        } catch (IOException e) {
            err.println("factpipe: cannot read the seed reports: " + e.getMessage());
            err.flush();
            return FactpipeCommand.EXIT_TROUBLE;
        }
        out.print(json ? BenchReport.json(result) : BenchReport.table(result));
        out.flush();
        boolean failures = result.factpipe().failed() > 0 || (result.baseline() != null && result.baseline().failed() > 0);
        return failures ? FactpipeCommand.EXIT_FAILURES : FactpipeCommand.EXIT_OK;
    }
}
