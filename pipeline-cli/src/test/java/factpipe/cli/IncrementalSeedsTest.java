package factpipe.cli;

import static factpipe.cli.IncrementalExtractTest.assertManifestDescribesTheFolder;
import static factpipe.cli.IncrementalExtractTest.extract;
import static factpipe.cli.IncrementalExtractTest.summary;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.pipeline.Extractor;
import factpipe.core.pipeline.Pipeline;
import factpipe.ingest.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs over copies of the seeds with the real extractors (so: models). One pipeline
 * is shared by the tests that do not watch model loading, so that the models load once.
 */
@Tag("models")
class IncrementalSeedsTest {

    /** Passes everything to an extractor and counts the documents it is given and the preloads. */
    static final class Counting implements Extractor {
        final AtomicInteger extracted = new AtomicInteger();
        final AtomicInteger preloaded = new AtomicInteger();
        private final Extractor inner;
        private final String fingerprintSuffix;

        Counting(Extractor inner, String fingerprintSuffix) {
            this.inner = inner;
            this.fingerprintSuffix = fingerprintSuffix;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public String version() {
            return inner.version();
        }

        /** The inner fingerprint, changed when a suffix is given (as an edited gazetteer changes its hash). */
        @Override
        public String fingerprint() {
            return inner.fingerprint() + fingerprintSuffix;
        }

        @Override
        public void preload() {
            preloaded.incrementAndGet();
            inner.preload();
        }

        @Override
        public List<Fact> extract(Document document) {
            extracted.incrementAndGet();
            return inner.extract(document);
        }
    }

    private static final Pattern AGAINST_PREVIOUS = Pattern.compile(
            "facts against the previous run: (\\d+) added, (\\d+) removed, (\\d+) changed, (\\d+) moved");

    private static List<Extractor> sharedExtractors;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildTheExtractors() {
        sharedExtractors = Components.extractors();
    }

    /** The shared extractors, each counted; {@code changedFingerprint} alters the COUNTRY extractor's fingerprint. */
    private static List<Counting> counted(boolean changedFingerprint) {
        return sharedExtractors.stream()
                .map(e -> new Counting(e, changedFingerprint && e.name().contains("country") ? " countries.tsv edited" : ""))
                .toList();
    }

    private static Consumer<ExtractCommand> with(List<Counting> extractors) {
        return c -> c.pipelines = () -> new Pipeline(List.copyOf(extractors));
    }

    private Path seedCopies() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("seeds"));
        for (Path seed : ExtractCommandTest.seedFiles()) {
            Files.copy(seed, in.resolve(seed.getFileName()));
        }
        return in;
    }

    private static int documentsExtracted(List<Counting> extractors) {
        return extractors.get(0).extracted.get();
    }

    // ---- nothing to do: no model ------------------------------------------------------------

    @Test
    void aSecondRunOverUnchangedSeedsExtractsNothingAndLoadsNoModel() throws Exception {
        Path in = seedCopies();
        Path out = tmp.resolve("out");
        int seeds = ExtractCommandTest.seedFiles().size();
        AtomicInteger readers = new AtomicInteger();
        Consumer<ExtractCommand> countReaders = c -> c.readers = max -> {
            readers.incrementAndGet();
            return new DocumentReader(max);
        };

        Components.Models firstModels = Components.Models.create();
        Cli.Run first = extract(countReaders.andThen(c -> c.pipelines = () -> Components.pipeline(firstModels)), in, "--out", out);
        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(summary(first)).startsWith("factpipe: " + seeds + " documents: " + seeds + " new, 0 changed, 0 unchanged, ");
        assertThat(firstModels.ner().isLoaded()).as("extracting loads the models").isTrue();
        assertThat(readers).hasValue(1);

        // a fresh pipeline, counted, on fresh model holders
        Components.Models models = Components.Models.create();
        List<Counting> extractors = Components.extractors(models).stream().map(e -> new Counting(e, "")).toList();
        Cli.Run second = extract(countReaders.andThen(with(extractors)), in, "--out", out);

        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(second.errLines()).as(second.toString()).singleElement().asString()
                .startsWith("factpipe: " + seeds + " documents: 0 new, 0 changed, " + seeds + " unchanged, 0 failed, 0 removed; 0 facts");
        assertThat(second.stray()).isEmpty();
        assertThat(extractors).allSatisfy(e -> {
            assertThat(e.extracted).as(e.name()).hasValue(0);
            assertThat(e.preloaded).as(e.name() + " preload").hasValue(0);
        });
        assertThat(models.ner().isLoaded()).as("the CoreNLP model").isFalse();
        assertThat(readers).as("no reader (no Tika parser) for the second run").hasValue(1);
        assertManifestDescribesTheFolder(out);
    }

    // ---- what is extracted again ------------------------------------------------------------

    @Test
    void editingOneSeedExtractsOnlyThatOneAndTheSummaryCountsItsNewFacts() throws Exception {
        Path in = seedCopies();
        Path out = tmp.resolve("out");
        int seeds = ExtractCommandTest.seedFiles().size();
        assertThat(extract(with(counted(false)), in, "--out", out).exit()).isZero();
        Path edited = ExtractCommandTest.seedFiles().get(1);
        Files.writeString(in.resolve(edited.getFileName()), Files.readString(edited)
                + "\nOn 4 July 2022 officers from Brazil and Uruguay met in Montevideo.\n");

        List<Counting> extractors = counted(false);
        Cli.Run run = extract(with(extractors), in, "--out", out);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(documentsExtracted(extractors)).isEqualTo(1);
        assertThat(summary(run)).startsWith("factpipe: " + seeds + " documents: 0 new, 1 changed, " + (seeds - 1) + " unchanged, 0 failed, 0 removed; ");
        Matcher m = AGAINST_PREVIOUS.matcher(summary(run));
        assertThat(m.find()).as(summary(run)).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("a date and two countries were added").isGreaterThanOrEqualTo(3);
        assertThat(Integer.parseInt(m.group(2))).as("nothing was taken out").isZero();
        assertManifestDescribesTheFolder(out);
    }

    @Test
    void aChangedGazetteerFingerprintInvalidatesEveryDocument() throws Exception {
        Path in = seedCopies();
        Path out = tmp.resolve("out");
        int seeds = ExtractCommandTest.seedFiles().size();
        assertThat(extract(with(counted(false)), in, "--out", out).exit()).isZero();

        List<Counting> extractors = counted(true);
        Cli.Run run = extract(with(extractors), in, "--out", out);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(documentsExtracted(extractors)).isEqualTo(seeds);
        // the stand-in "edit" changes only the fingerprint, so the facts come out the same
        assertThat(summary(run)).startsWith("factpipe: " + seeds + " documents: 0 new, " + seeds + " changed, 0 unchanged, 0 failed, "
                + "0 removed; facts against the previous run: 0 added, 0 removed, 0 changed, 0 moved; ");
        String fingerprint = ExtractCommand.fingerprint(new Pipeline(List.copyOf(extractors)));
        assertThat(Manifest.read(out).documents().values()).extracting(Manifest.Entry::fingerprint).containsOnly(fingerprint);
    }

    @Test
    void aDeletedSeedIsReportedAndItsOutputsGoOnlyWithPrune() throws Exception {
        Path in = seedCopies();
        Path out = tmp.resolve("out");
        int seeds = ExtractCommandTest.seedFiles().size();
        assertThat(extract(with(counted(false)), in, "--out", out).exit()).isZero();
        Path gone = in.resolve(ExtractCommandTest.seedFiles().get(0).getFileName());
        String id = gone.getFileName().toString().replace(".txt", "");
        Files.delete(gone);

        Cli.Run kept = extract(with(counted(false)), in, "--out", out);

        assertThat(kept.errLines()).containsExactly(
                "factpipe: " + gone + ": source is gone; its outputs stay (remove them with --prune)", summary(kept));
        assertThat(summary(kept)).startsWith("factpipe: " + (seeds - 1) + " documents: 0 new, 0 changed, " + (seeds - 1)
                + " unchanged, 0 failed, 1 removed (outputs kept; --prune deletes them); ");
        assertThat(OutputFiles.facts(out, id)).exists();

        Cli.Run pruned = extract(with(counted(false)), in, "--out", out, "--prune");

        assertThat(pruned.errLines()).first().isEqualTo("factpipe: " + gone + ": source is gone; its outputs were removed");
        assertThat(summary(pruned)).contains(" 1 removed (pruned); ");
        assertThat(OutputFiles.facts(out, id)).doesNotExist();
        assertThat(OutputFiles.text(out, id)).doesNotExist();
        assertManifestDescribesTheFolder(out);
    }

    @Test
    void aTamperedOutputIsRepairedAndForceExtractsEverythingToTheSameFacts() throws Exception {
        Path in = seedCopies();
        Path out = tmp.resolve("out");
        int seeds = ExtractCommandTest.seedFiles().size();
        assertThat(extract(with(counted(false)), in, "--out", out).exit()).isZero();
        Map<String, byte[]> original = ExtractCommandTest.outputs(out);
        String id = ExtractCommandTest.seedFiles().get(2).getFileName().toString().replace(".txt", "");
        Path factsFile = OutputFiles.facts(out, id);
        Files.writeString(factsFile, Files.readString(factsFile).replaceFirst("\"COUNTRY\"", "\"TREATY\""));

        List<Counting> repair = counted(false);
        Cli.Run repaired = extract(with(repair), in, "--out", out);

        assertThat(repaired.exit()).as(repaired.toString()).isZero();
        assertThat(documentsExtracted(repair)).isEqualTo(1);
        assertThat(summary(repaired)).startsWith("factpipe: " + seeds + " documents: 0 new, 0 changed, 1 repaired (outputs missing or altered), "
                + (seeds - 1) + " unchanged, 0 failed, 0 removed; ");
        assertThat(Files.readAllBytes(factsFile)).isEqualTo(original.get(id + ".facts.json"));

        List<Counting> force = counted(false);
        Cli.Run forced = extract(with(force), in, "--out", out, "--force");

        assertThat(forced.exit()).as(forced.toString()).isZero();
        assertThat(documentsExtracted(force)).isEqualTo(seeds);
        assertThat(summary(forced)).startsWith("factpipe: " + seeds + " documents (all extracted again: --force): 0 new, 0 changed, "
                + seeds + " unchanged, 0 failed, 0 removed; facts against the previous run: 0 added, 0 removed, 0 changed, 0 moved; ");
        assertThat(ExtractCommandTest.outputs(out)).containsOnlyKeys(original.keySet());
        assertManifestDescribesTheFolder(out);
    }

    // ---- reviewing the changes: factpipe diff between two runs ------------------------------

    @Test
    void diffBetweenTwoRunsShowsAddedRemovedChangedAndMovedFacts() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path report = in.resolve("report.txt");
        String heading = "Cooperation with Southeast Asia\n\n";
        String edited = "In 2019 the National Police Agency sent %s officers to the Philippines to trace fraud groups.\n";
        String removed = "Germany and France signed the agreement on mutual legal assistance in May 2018.\n";
        String inserted = "INTERPOL opened an office in Singapore in 2015, and Brazil joined the network in 2017 with 30 analysts.\n";
        String kept = "Japan and Thailand held talks in Bangkok on 3 March 2021 and agreed to share data with Europol.\n"
                + "The Japan Coast Guard trained 40 officers from Malaysia in 2022.\n";
        Files.writeString(report, heading + edited.formatted("12") + removed + kept);
        Path out = tmp.resolve("out");
        assertThat(extract(with(counted(false)), in, "--out", out).exit()).isZero();
        Path before = Files.createDirectories(tmp.resolve("before"));
        for (String name : List.of("report.facts.json", "report.txt")) {
            Files.copy(out.resolve(name), before.resolve(name));
        }
        // a number edited in place, a sentence taken out, a longer one put in: what follows moves
        Files.writeString(report, heading + edited.formatted("15") + inserted + kept);

        Cli.Run run = extract(with(counted(false)), in, "--out", out);
        Cli.Run diff = Cli.factpipe("diff", "--json", before, out);

        assertThat(diff.exit()).as(diff.toString()).isEqualTo(1);
        JsonNode document = new ObjectMapper().readTree(diff.out()).path("documents").get(0);
        assertThat(document.path("id").asText()).isEqualTo("report");
        Set<String> kinds = new TreeSet<>();
        document.path("changes").forEach(c -> kinds.add(c.path("kind").asText()));
        assertThat(kinds).contains("ADDED", "REMOVED", "MOVED").containsAnyOf("VALUE_CHANGED", "TEXT_CHANGED");
        // the extract summary counts the same changes as the diff, by the same engine
        JsonNode counts = document.path("counts");
        Matcher m = AGAINST_PREVIOUS.matcher(summary(run));
        assertThat(m.find()).as(summary(run)).isTrue();
        assertThat(List.of(m.group(1), m.group(2), m.group(3), m.group(4))).containsExactly(
                counts.path("ADDED").asText(), counts.path("REMOVED").asText(),
                String.valueOf(counts.path("VALUE_CHANGED").asInt() + counts.path("TEXT_CHANGED").asInt()),
                counts.path("MOVED").asText());
        assertThat(countChanges(document, "ADDED", "COUNTRY")).as("Singapore, Brazil").isGreaterThanOrEqualTo(2);
        assertThat(countChanges(document, "REMOVED", "COUNTRY")).as("Germany, France").isEqualTo(2);
    }

    private static long countChanges(JsonNode document, String kind, String type) {
        return Stream.of(document.path("changes")).flatMap(a -> {
            List<JsonNode> l = new java.util.ArrayList<>();
            a.forEach(l::add);
            return l.stream();
        }).filter(c -> c.path("kind").asText().equals(kind) && c.path("type").asText().equals(type)).count();
    }
}
