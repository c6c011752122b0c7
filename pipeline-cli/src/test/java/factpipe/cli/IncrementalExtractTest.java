package factpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import factpipe.core.fact.DateValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactSet;
import factpipe.core.fact.Span;
import factpipe.core.io.AtomicFiles;
import factpipe.core.json.FactSetJson;
import factpipe.core.json.FactSetSchema;
import factpipe.core.pipeline.Extractor;
import factpipe.core.pipeline.Pipeline;
import factpipe.ingest.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs of the real {@code extract} command on real files, with a small stand-in
 * pipeline (it finds years, counts its calls, and has the fingerprint it is given), so that these
 * run without models. {@link IncrementalSeedsTest} does the same with the real extractors.
 */
class IncrementalExtractTest {

    private static final FactSetJson JSON = new FactSetJson(new FactSetSchema());

    /** Finds four-digit years; counts its calls, and stands for a pipeline whose fingerprint is given. */
    static class YearFinder implements Extractor {
        final AtomicInteger extracted = new AtomicInteger();
        final AtomicInteger preloaded = new AtomicInteger();
        private final String fingerprint;

        YearFinder(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        @Override
        public String name() {
            return "year-finder";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public String fingerprint() {
            return id() + " " + fingerprint;
        }

        @Override
        public void preload() {
            preloaded.incrementAndGet();
        }

        @Override
        public List<Fact> extract(Document document) {
            extracted.incrementAndGet();
            List<Fact> facts = new ArrayList<>();
            Matcher m = Pattern.compile("\\b(19|20)\\d\\d\\b").matcher(document.text());
            while (m.find()) {
                facts.add(Fact.at(document.text(), new Span(m.start(), m.end()), DateValue.of(m.group()), id()));
            }
            return facts;
        }
    }

    @TempDir
    Path tmp;

    /**
     * Runs extract in-process as {@link Cli#factpipe} does, after {@code seams} has set the
     * command's pipeline or reader factory.
     */
    static Cli.Run extract(Consumer<ExtractCommand> seams, Object... args) {
        Object[] argv = Stream.concat(Stream.of("extract"), Stream.of(args)).toArray();
        return Cli.factpipe(cl -> seams.accept((ExtractCommand) cl.getSubcommands().get("extract").getCommand()), argv);
    }

    private static Cli.Run extract(Pipeline pipeline, Object... args) {
        return extract(c -> c.pipelines = () -> pipeline, args);
    }

    private static Cli.Run extract(YearFinder finder, Object... args) {
        return extract(new Pipeline(List.of(finder)), args);
    }

    private Path reports(int n) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve(String.format("r%03d.txt", i)), "Report " + i + " of 2004, reviewed in 2019.\n");
        }
        return in;
    }

    static String summary(Cli.Run run) {
        List<String> lines = run.errLines();
        assertThat(lines).as(run.toString()).isNotEmpty();
        return lines.get(lines.size() - 1);
    }

    // ---- what needs work -------------------------------------------------------------------

    @Test
    void aSecondRunExtractsNothingBuildsNoReaderAndLeavesTheFolderAlone() throws Exception {
        Path in = reports(3);
        Path out = tmp.resolve("out");
        YearFinder first = new YearFinder("a");
        AtomicInteger readers = new AtomicInteger();
        Consumer<ExtractCommand> counting = c -> c.readers = max -> {
            readers.incrementAndGet();
            return new DocumentReader(max);
        };
        Cli.Run run = extract(counting.andThen(c -> c.pipelines = () -> new Pipeline(List.of(first))), in, "--out", out);
        assertThat(summary(run)).as(run.toString()).startsWith("factpipe: 3 documents: 3 new, 0 changed, 0 unchanged, 0 failed, 0 removed; 6 facts extracted");
        assertThat(first.extracted).hasValue(3);
        assertThat(first.preloaded).hasValue(1);
        assertThat(readers).hasValue(1);
        Map<String, byte[]> before = ExtractCommandTest.outputs(out);
        long manifestTime = Files.getLastModifiedTime(Manifest.path(out)).toMillis();

        YearFinder second = new YearFinder("a");
        Cli.Run again = extract(counting.andThen(c -> c.pipelines = () -> new Pipeline(List.of(second))), in, "--out", out);

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.errLines()).as(again.toString()).singleElement().asString()
                .startsWith("factpipe: 3 documents: 0 new, 0 changed, 3 unchanged, 0 failed, 0 removed; 0 facts extracted");
        assertThat(second.extracted).hasValue(0);
        assertThat(second.preloaded).as("no model is even started when nothing needs work").hasValue(0);
        assertThat(readers).as("no reader (Tika) is built when nothing needs work").hasValue(1);
        assertThat(ExtractCommandTest.outputs(out)).containsOnlyKeys(before.keySet());
        assertThat(Files.getLastModifiedTime(Manifest.path(out)).toMillis()).as("the manifest is not rewritten").isEqualTo(manifestTime);
        assertManifestDescribesTheFolder(out);
    }

    @Test
    void anEditedReportIsTheOnlyOneExtractedAndItsFactChangesAreCounted() throws Exception {
        Path in = reports(3);
        Path out = tmp.resolve("out");
        extract(new YearFinder("a"), in, "--out", out);
        Files.writeString(in.resolve("r001.txt"), "Report 1 of 2004, reviewed in 2020 and 2021.\n");
        YearFinder finder = new YearFinder("a");

        Cli.Run run = extract(finder, in, "--out", out, "--verbose");

        assertThat(finder.extracted).hasValue(1);
        // 2019 -> 2020 at the same place is a text change; 2021 is new; 2004 is the same fact
        assertThat(run.err()).contains("factpipe: " + in.resolve("r001.txt") + ": changed; facts 1 added, 0 removed, 1 changed, 0 moved");
        assertThat(summary(run)).startsWith("factpipe: 3 documents: 0 new, 1 changed, 2 unchanged, 0 failed, 0 removed; "
                + "facts against the previous run: 1 added, 0 removed, 1 changed, 0 moved; 3 facts extracted (DATE 3, ");
        assertManifestDescribesTheFolder(out);
    }

    @Test
    void anotherPipelineFingerprintInvalidatesEverything() throws Exception {
        Path in = reports(3);
        Path out = tmp.resolve("out");
        extract(new YearFinder("gazetteer v1"), in, "--out", out);
        YearFinder changed = new YearFinder("gazetteer v2");

        Cli.Run run = extract(changed, in, "--out", out);

        assertThat(changed.extracted).hasValue(3);
        assertThat(summary(run)).startsWith("factpipe: 3 documents: 0 new, 3 changed, 0 unchanged, 0 failed, 0 removed; "
                + "facts against the previous run: 0 added, 0 removed, 0 changed, 0 moved; ");
        String fingerprint = ExtractCommand.fingerprint(new Pipeline(List.of(changed)));
        assertThat(Manifest.read(out).documents().values()).extracting(Manifest.Entry::fingerprint).containsOnly(fingerprint);
    }

    @Test
    void theSameBytesFoundUnderAnotherPathAreExtractedAgainBecauseTheFactSetNamesItsSource() throws Exception {
        Path in = reports(2);
        Path out = tmp.resolve("out");
        extract(new YearFinder("a"), in, "--out", out);
        Path elsewhere = Files.createDirectories(tmp.resolve("copy"));
        Files.copy(in.resolve("r000.txt"), elsewhere.resolve("r000.txt"));
        YearFinder finder = new YearFinder("a");

        Cli.Run run = extract(finder, elsewhere, "--out", out);

        assertThat(finder.extracted).hasValue(1);
        assertThat(summary(run)).startsWith("factpipe: 1 document: 0 new, 1 changed, 0 unchanged, 0 failed, 0 removed;");
        FactSet facts = JSON.read(Files.readAllBytes(out.resolve("r000.facts.json")));
        assertThat(facts.document().source()).isEqualTo(elsewhere.resolve("r000.txt").toString());
        assertThat(Manifest.read(out).documents().get("r001").source()).as("not scanned, not gone: kept")
                .isEqualTo(in.resolve("r001.txt").toString());
    }

    @Test
    void aGoneSourceIsReportedAndRemovedOnlyWithPrune() throws Exception {
        Path in = reports(2);
        Path out = tmp.resolve("out");
        extract(new YearFinder("a"), in, "--out", out);
        Files.delete(in.resolve("r000.txt"));

        Cli.Run kept = extract(new YearFinder("a"), in, "--out", out);

        assertThat(kept.exit()).isZero();
        assertThat(kept.errLines()).first().isEqualTo("factpipe: " + in.resolve("r000.txt")
                + ": source is gone; its outputs stay (remove them with --prune)");
        assertThat(summary(kept)).startsWith("factpipe: 1 document: 0 new, 0 changed, 1 unchanged, 0 failed, "
                + "1 removed (outputs kept; --prune deletes them); ");
        assertThat(out.resolve("r000.facts.json")).exists();
        assertThat(Manifest.read(out).documents()).containsOnlyKeys("r000", "r001");

        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("x.txt"), "Another report of 2001.\n");
        Cli.Run elsewhere = extract(new YearFinder("a"), other, "--out", out, "--prune");
        assertThat(elsewhere.err()).as("a source outside the scanned paths is not looked for").doesNotContain("source is gone");
        assertThat(Manifest.read(out).documents()).containsOnlyKeys("r000", "r001", "x");

        Cli.Run pruned = extract(new YearFinder("a"), in, "--out", out, "--prune");

        assertThat(pruned.errLines()).first().isEqualTo("factpipe: " + in.resolve("r000.txt") + ": source is gone; its outputs were removed");
        assertThat(summary(pruned)).startsWith("factpipe: 1 document: 0 new, 0 changed, 1 unchanged, 0 failed, 1 removed (pruned); ");
        assertThat(out.resolve("r000.facts.json")).doesNotExist();
        assertThat(out.resolve("r000.txt")).doesNotExist();
        assertThat(Manifest.read(out).documents()).containsOnlyKeys("r001", "x");
        assertThat(summary(extract(new YearFinder("a"), in, "--out", out, "--prune"))).contains("0 removed;");
    }

    @Test
    void anAlteredOrMissingOutputIsRepairedAndForceRedoesAll() throws Exception {
        Path in = reports(3);
        Path out = tmp.resolve("out");
        extract(new YearFinder("a"), in, "--out", out);
        Files.writeString(out.resolve("r000.txt"), "tampered");
        Files.delete(out.resolve("r002.facts.json"));
        YearFinder repair = new YearFinder("a");

        Cli.Run repaired = extract(repair, in, "--out", out);

        assertThat(summary(repaired)).startsWith(
                "factpipe: 3 documents: 0 new, 0 changed, 2 repaired (outputs missing or altered), 1 unchanged, 0 failed, 0 removed; 4 facts");
        assertThat(repair.extracted).hasValue(2);
        assertThat(Files.readString(out.resolve("r000.txt"))).isEqualTo("Report 0 of 2004, reviewed in 2019.\n");
        assertManifestDescribesTheFolder(out);

        YearFinder force = new YearFinder("a");
        Cli.Run forced = extract(force, in, "--out", out, "--force");

        assertThat(summary(forced)).startsWith("factpipe: 3 documents (all extracted again: --force): 0 new, 0 changed, "
                + "3 unchanged, 0 failed, 0 removed; facts against the previous run: 0 added, 0 removed, 0 changed, 0 moved; ");
        assertThat(force.extracted).hasValue(3);
    }

    @Test
    void aDocumentThatFailsNowLosesItsOutputsAndItsEntry() throws Exception {
        Path in = reports(2);
        Path out = tmp.resolve("out");
        extract(new YearFinder("a"), in, "--out", out);
        Files.write(in.resolve("r000.txt"), new byte[0]);

        Cli.Run run = extract(new YearFinder("a"), in, "--out", out);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).first().isEqualTo("factpipe: " + in.resolve("r000.txt") + ": empty file (0 bytes)");
        assertThat(summary(run)).startsWith("factpipe: 2 documents: 0 new, 0 changed, 1 unchanged, 1 failed, 0 removed;");
        assertThat(Manifest.read(out).documents()).containsOnlyKeys("r001");
        assertThat(ExtractCommandTest.outputs(out)).containsOnlyKeys(Manifest.FILE_NAME, "r001.facts.json", "r001.txt");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutBeingHashedWhole() throws Exception {
        Path in = reports(1);
        Files.writeString(in.resolve("big.txt"), "In 2019 " + "x".repeat(5000));
        Path out = tmp.resolve("out");

        Cli.Run run = extract(new YearFinder("a"), in, "--out", out, "--max-size", 4096);

        assertThat(run.errLines()).first().isEqualTo("factpipe: " + in.resolve("big.txt") + ": file too large (5008 bytes; the limit is 4096)");
        assertThat(ExtractionPlan.sha256(in.resolve("big.txt"), 4096)).isNull();
        assertThat(ExtractionPlan.sha256(in.resolve("big.txt"), 5008))
                .isEqualTo(Document.sha256(Files.readAllBytes(in.resolve("big.txt"))));
    }

    // ---- the folder stays consistent ---------------------------------------------------------

    @Test
    void leftoverTemporaryFilesAreRemovedAtStart() throws Exception {
        Path in = reports(1);
        Path out = Files.createDirectories(tmp.resolve("out/sub"));
        Path leftover = Files.writeString(tmp.resolve("out").resolve(AtomicFiles.TEMP_PREFIX + "123.part"), "half a fact set");
        Path nested = Files.writeString(out.resolve(AtomicFiles.TEMP_PREFIX + "456.part"), "half a text");

        Cli.Run run = extract(new YearFinder("a"), in, "--out", tmp.resolve("out"));

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(nested).doesNotExist();
    }

    @Test
    void aDamagedManifestIsReportedAndEverythingIsExtractedAgain() throws Exception {
        Path in = reports(2);
        Path out = tmp.resolve("out");
        extract(new YearFinder("a"), in, "--out", out);
        Files.writeString(Manifest.path(out), "{\"format\": 1, \"documents\": {\"r000\": {\"source\": 3}}}");
        YearFinder finder = new YearFinder("a");

        Cli.Run run = extract(finder, in, "--out", out);

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).first().isEqualTo("factpipe: warning: " + Manifest.path(out)
                + " cannot be used (document 'r000' has no source); every document is extracted again");
        assertThat(summary(run)).startsWith("factpipe: 2 documents: 2 new, 0 changed, 0 unchanged, 0 failed, 0 removed;");
        assertThat(finder.extracted).hasValue(2);
        assertManifestDescribesTheFolder(out);
        assertThat(Manifest.read(out).documents()).containsOnlyKeys("r000", "r001");
    }

    @Test
    void aSecondRunIntoAFolderInUseIsRefused() throws Exception {
        Path in = reports(1);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Cli.Run run;
        try (OutputLock held = OutputLock.tryAcquire(out)) {
            assertThat(held).isNotNull();
            run = extract(new YearFinder("a"), in, "--out", out);
        }
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("factpipe: another factpipe extract is writing to " + out
                + "; run again when it has finished");
        assertThat(ExtractCommandTest.outputs(out)).isEmpty();
        assertThat(extract(new YearFinder("a"), in, "--out", out).exit()).as("the lock goes with the run").isZero();
    }

    /**
     * A run that dies in the middle (here an Error that ends it, as kill -9 would) leaves a
     * manifest that only says true things: the documents it was extracting again lost their
     * entries before their outputs were touched, and the next run finishes the job.
     */
    @Test
    void aRunThatDiesMidwayLeavesAManifestWhoseEveryEntryIsTrue() throws Exception {
        Path in = reports(6);
        Path out = tmp.resolve("out");
        extract(new YearFinder("a"), in, "--out", out);
        for (int i = 0; i < 6; i += 2) {
            Files.writeString(in.resolve(String.format("r%03d.txt", i)), "Report " + i + " of 2005.\n");
        }
        Extractor dying = new YearFinder("a") {
            @Override
            public List<Fact> extract(Document document) {
                if (document.id().equals("r002")) {
                    throw new OutOfMemoryError("simulated: the run ends here");
                }
                return super.extract(document);
            }
        };

        Cli.Run died = extract(new Pipeline(List.of(dying)), in, "--out", out, "--threads", 1);

        assertThat(died.exit()).as(died.toString()).isEqualTo(2);
        assertThat(died.err()).as("the run is cut short").startsWith("factpipe: internal error: ");
        Manifest left = Manifest.read(out);
        assertThat(left.documents()).as("unchanged documents keep their entries").containsKeys("r001", "r003", "r005");
        assertThat(left.documents()).doesNotContainKey("r002");
        assertManifestEntriesAreTrue(out);

        YearFinder next = new YearFinder("a");
        Cli.Run resumed = extract(next, in, "--out", out);
        assertThat(resumed.exit()).as(resumed.toString()).isZero();
        assertManifestDescribesTheFolder(out);
        assertThat(Manifest.read(out).documents()).hasSize(6);
    }

    // ---- helpers shared with the other incremental tests ------------------------------------

    /**
     * Every entry of the manifest on disk describes what is on disk: both outputs with the
     * recorded SHA-256, a fact set that names the recorded source and bytes, and a source whose
     * bytes are still those.
     */
    static void assertManifestEntriesAreTrue(Path out) throws Exception {
        for (Map.Entry<String, Manifest.Entry> e : Manifest.read(out).documents().entrySet()) {
            String id = e.getKey();
            Manifest.Entry entry = e.getValue();
            byte[] facts = Files.readAllBytes(OutputFiles.facts(out, id));
            assertThat(Document.sha256(facts)).as("fact set of %s", id).isEqualTo(entry.factsSha256());
            assertThat(Document.sha256(Files.readAllBytes(OutputFiles.text(out, id)))).as("text of %s", id)
                    .isEqualTo(entry.textSha256());
            FactSet factSet = JSON.read(facts);
            assertThat(factSet.document().source()).isEqualTo(entry.source());
            assertThat(factSet.document().sha256()).isEqualTo(entry.sha256());
            assertThat(Document.sha256(Files.readAllBytes(Path.of(entry.source())))).as("source of %s", id)
                    .isEqualTo(entry.sha256());
        }
    }

    /** As {@link #assertManifestEntriesAreTrue}, and the manifest lists exactly the fact sets in the folder. */
    static void assertManifestDescribesTheFolder(Path out) throws Exception {
        assertManifestEntriesAreTrue(out);
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> s = Files.walk(out)) {
            s.map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(OutputFiles.FACTS_SUFFIX))
                    .forEach(n -> ids.add(n.substring(0, n.length() - OutputFiles.FACTS_SUFFIX.length())));
        }
        assertThat(Manifest.read(out).documents().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(AtomicFiles.TEMP_PREFIX));
        }
    }
}
