package factpipe.cli;

import static factpipe.cli.Cli.factpipe;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factpipe.cli.Cli.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factpipe bench} end to end on a small corpus, factpipe side only: it keeps the benchmark
 * working. No timing is asserted, only that every figure is there and is a measurement.
 */
class BenchCommandTest {

    static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    @Tag("models")
    void measuresTheRealPipelineAndPrintsEveryFigureAsJson() throws Exception {
        Run run = factpipe("bench", "--seeds", SEEDS, "--size", "300KB", "--baseline-size", "0", "--threads", "2", "--json");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.stray()).as("library log lines on stderr").isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.has("throughputRatio")).isTrue();
        assertThat(json.get("throughputRatio").isNull()).as("no baseline, no ratio").isTrue();
        assertThat(json.get("baseline").isNull()).isTrue();
        assertThat(json.get("includesJitWarmup").asBoolean()).isTrue();
        assertThat(json.at("/corpus/sizeBytes").asLong()).isEqualTo(300 * 1024);
        assertThat(json.at("/corpus/seedFiles").asInt()).isPositive();
        assertThat(json.at("/machine/threads").asInt()).isEqualTo(2);

        JsonNode fp = json.get("factpipe");
        for (String field : List.of("charsPerSecond", "docsPerSecond", "bytesPerSecond", "startupMs", "elapsedMs",
                "peakHeapBytes", "documents", "chars")) {
            assertThat(fp.has(field)).as(field).isTrue();
            assertThat(fp.get(field).asDouble()).as(field).isPositive();
        }
        assertThat(fp.get("modelLoadMs").asLong()).isNotNegative();
        assertThat(fp.get("failedDocuments").asLong()).isZero();
        assertThat(fp.get("bytes").asLong()).isBetween(300L * 1024 - 200, 300L * 1024);
        // the corpus passes through the real pipeline: every registered extractor is timed
        List<String> timed = new ArrayList<>();
        fp.get("extractors").forEach(e -> timed.add(e.get("id").asText()));
        assertThat(timed).isNotEmpty().isEqualTo(Components.pipeline().extractors().stream().map(e -> e.id()).toList());
        fp.get("extractors").forEach(e -> assertThat(e.get("calls").asLong()).isEqualTo(fp.get("documents").asLong()));
        long facts = 0;
        for (JsonNode n : fp.get("output")) {
            facts += n.asLong();
        }
        assertThat(facts).as("facts found").isPositive();
        assertThat(run.err()).contains("factpipe bench: factpipe done");
    }

    @Test
    @Tag("models")
    void printsATableThatSaysWhetherWarmUpIsIncluded() {
        Run run = factpipe("bench", "--seeds", SEEDS, "--size", "24KB", "--warmup", "8KB", "--baseline-size", "0");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("JIT warm-up: excluded (factpipe first processed 8 KB untimed)")
                .contains("characters per second").contains("start-up to first document")
                .contains("peak heap (sum of pool peaks)").contains("skipped (--baseline-size 0)")
                .contains("factpipe time by extractor");
        assertThat(run.outLines()).filteredOn(l -> l.startsWith("characters per second")).singleElement().asString()
                .matches("characters per second\\s+[\\d,]+");
    }

    @Test
    void refusesASizeItCannotRead() {
        Run run = factpipe("bench", "--seeds", SEEDS, "--size", "5XB");

        assertThat(run.exit()).isEqualTo(FactpipeCommand.EXIT_TROUBLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("5XB");
    }

    @Test
    void refusesABaselineLargerThanTheCorpus() {
        Run run = factpipe("bench", "--seeds", SEEDS, "--size", "100KB", "--baseline-size", "1MB");

        assertThat(run.exit()).isEqualTo(FactpipeCommand.EXIT_TROUBLE);
        assertThat(run.err()).contains("--baseline-size (1 MB) must not exceed --size (100 KB)");
    }

    @Test
    void saysSoWhenThereAreNoSeeds() {
        Run missing = factpipe("bench", "--seeds", tmp.resolve("nowhere"), "--baseline-size", "0");
        Run empty = factpipe("bench", "--seeds", tmp, "--baseline-size", "0");

        assertThat(missing.exit()).isEqualTo(FactpipeCommand.EXIT_TROUBLE);
        assertThat(missing.err()).startsWith("factpipe: cannot read the seed reports: ").contains("nowhere");
        assertThat(empty.exit()).isEqualTo(FactpipeCommand.EXIT_TROUBLE);
        assertThat(empty.err()).contains("holds no non-empty *.txt seed report");
    }
}
