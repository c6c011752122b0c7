package factpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import factpipe.core.fact.DateValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.Span;
import factpipe.core.pipeline.Extractor;
import factpipe.core.pipeline.Pipeline;
import factpipe.core.json.FactSetJson;
import factpipe.core.json.FactSetSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Incremental runs of the real {@code extract} command on real files. */
class IncrementalExtractTest {

    /** Finds four-digit years; counts its calls, and stands for a pipeline whose fingerprint is given. */
    static final class YearFinder implements Extractor {
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

    /** Runs extract in-process with {@code pipeline} as the composition root's pipeline. */
    private static Cli.Run extract(Pipeline pipeline, Object... args) {
        List<String> argv = new ArrayList<>(List.of("extract"));
        for (Object a : args) {
            argv.add(String.valueOf(a));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = FactpipeCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ((ExtractCommand) cl.getSubcommands().get("extract").getCommand()).pipelines = () -> pipeline;
        int exit = cl.execute(argv.toArray(String[]::new));
        return new Cli.Run(exit, out.toString(), err.toString(), "");
    }

    private static Path reports(Path dir, int n) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve(String.format("r%03d.txt", i)), "Report " + i + " of 2004, reviewed in 2019.\n");
        }
        return in;
    }

    private static String summary(Cli.Run run) {
        List<String> lines = run.errLines();
        return lines.get(lines.size() - 1);
    }

    @Test
    void aSecondRunExtractsNothingAndPreparesNoModel(@TempDir Path dir) throws IOException {
        Path in = reports(dir, 3);
        Path out = dir.resolve("out");
        YearFinder first = new YearFinder("a");
        assertThat(summary(extract(new Pipeline(List.of(first)), in, "--out", out))).contains("3 new, 0 changed, 0 unchanged");
        assertThat(first.extracted).hasValue(3);

        YearFinder second = new YearFinder("a");
        Cli.Run again = extract(new Pipeline(List.of(second)), in, "--out", out);
        assertThat(again.exit()).isZero();
        assertThat(summary(again)).contains("0 new, 0 changed, 3 unchanged, 0 failed, 0 removed");
        assertThat(second.extracted).hasValue(0);
        assertThat(second.preloaded).as("no model is even started when nothing needs work").hasValue(0);
    }

    @Test
    void anEditedReportIsTheOnlyOneExtractedAndItsFactChangesAreCounted(@TempDir Path dir) throws IOException {
        Path in = reports(dir, 3);
        Path out = dir.resolve("out");
        extract(new Pipeline(List.of(new YearFinder("a"))), in, "--out", out);
        Files.writeString(in.resolve("r001.txt"), "Report 1 of 2004, reviewed in 2020 and 2021.\n");
        YearFinder finder = new YearFinder("a");
        Cli.Run run = extract(new Pipeline(List.of(finder)), in, "--out", out);
        assertThat(finder.extracted).hasValue(1);
        assertThat(summary(run)).contains("0 new, 1 changed, 2 unchanged")
                .contains("facts in changed documents: 1 added, 0 removed, 1 changed");
    }

    @Test
    void anotherPipelineFingerprintInvalidatesEverything(@TempDir Path dir) throws IOException {
        Path in = reports(dir, 3);
        Path out = dir.resolve("out");
        extract(new Pipeline(List.of(new YearFinder("gazetteer v1"))), in, "--out", out);
        YearFinder changed = new YearFinder("gazetteer v2");
        Cli.Run run = extract(new Pipeline(List.of(changed)), in, "--out", out);
        assertThat(changed.extracted).hasValue(3);
        assertThat(summary(run)).contains("0 new, 3 changed, 0 unchanged");
    }

    @Test
    void aGoneSourceIsReportedAndRemovedOnlyWithPrune(@TempDir Path dir) throws IOException {
        Path in = reports(dir, 2);
        Path out = dir.resolve("out");
        extract(new Pipeline(List.of(new YearFinder("a"))), in, "--out", out);
        Files.delete(in.resolve("r000.txt"));
        Cli.Run kept = extract(new Pipeline(List.of(new YearFinder("a"))), in, "--out", out);
        assertThat(kept.err()).contains("r000.txt: source is gone; its outputs stay (remove them with --prune)");
        assertThat(out.resolve("r000.facts.json")).exists();
        Cli.Run pruned = extract(new Pipeline(List.of(new YearFinder("a"))), in, "--out", out, "--prune");
        assertThat(summary(pruned)).contains("1 unchanged, 0 failed, 1 removed");
        assertThat(out.resolve("r000.facts.json")).doesNotExist();
        assertThat(out.resolve("r000.txt")).doesNotExist();
        assertThat(Manifest.read(out).documents()).containsOnlyKeys("r001");
    }

    @Test
    void anAlteredOrMissingOutputIsRepairedAndForceRedoesAll(@TempDir Path dir) throws IOException {
        Path in = reports(dir, 3);
        Path out = dir.resolve("out");
        extract(new Pipeline(List.of(new YearFinder("a"))), in, "--out", out);
        Files.writeString(out.resolve("r000.txt"), "tampered");
        Files.delete(out.resolve("r002.facts.json"));
        YearFinder repair = new YearFinder("a");
        assertThat(summary(extract(new Pipeline(List.of(repair)), in, "--out", out))).contains("0 new, 2 changed, 1 unchanged");
        assertThat(repair.extracted).hasValue(2);
        YearFinder force = new YearFinder("a");
        assertThat(summary(extract(new Pipeline(List.of(force)), in, "--out", out, "--force"))).contains("3 changed, 0 unchanged");
        assertThat(force.extracted).hasValue(3);
    }

    @Test
    void diffBetweenTwoRunsShowsEachClassOfChange(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path report = in.resolve("r.txt");
        Files.writeString(report, "In 1990 the office opened. In 1995 it moved. In 2000 it closed.\n");
        extract(new Pipeline(List.of(new YearFinder("a"))), in, "--out", dir.resolve("old"));
        // an edited year in place, an inserted sentence, a removed one, and one that moves down
        Files.writeString(report, "In 1991 the office opened. Since 1980 it grew. In 2000 it closed.\n");
        extract(new Pipeline(List.of(new YearFinder("a"))), in, "--out", dir.resolve("new"));

        Cli.Run diff = Cli.factpipe("diff", dir.resolve("old"), dir.resolve("new"), "--color=never");
        assertThat(diff.exit()).as(diff.toString()).isEqualTo(1);
        assertThat(diff.outLines())
                .anyMatch(l -> l.startsWith("~ DATE text: \"1990\" [3,7) → \"1991\" [3,7) value: 1990 → 1991"))
                .anyMatch(l -> l.startsWith("+ DATE \"1980\" [33,37)"))
                .anyMatch(l -> l.startsWith("- DATE \"1995\" [30,34)"))
                .anyMatch(l -> l.startsWith("> DATE \"2000\" moved [48,52) → [50,54)"));
    }

    /** kill -9 in the middle of a run: the folder stays consistent, and the next run completes it. */
    @Test
    @Tag("models")
    void aKilledRunLeavesAConsistentFolderThatTheNextRunCompletes(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String seed = Files.readString(Path.of("..", "seeds", "002_2c5d4cdd0418eb24.txt"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(in.resolve(String.format("r%03d.txt", i)), seed.replace("2024", String.valueOf(1950 + i)));
        }
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", in.toString(), "--out", out.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (factSets(out).size() < 3 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(child.isAlive()).as("the child is killed in the middle of its run").isTrue();
        child.destroyForcibly().waitFor();

        int written = factSets(out).size();
        assertThat(written).isBetween(3, 39);
        Cli.Run validate = Cli.factpipe("validate", out);
        assertThat(validate.exit()).as(validate.toString()).isZero();
        assertThat(Manifest.read(out).documents().size()).isLessThanOrEqualTo(written);

        Cli.Run resumed = Cli.factpipe("extract", in, "--out", out);
        assertThat(resumed.exit()).as(resumed.toString()).isZero();
        assertThat(factSets(out)).hasSize(40);
        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(factpipe.core.io.AtomicFiles.TEMP_PREFIX));
        }
        assertThat(Manifest.read(out).documents()).hasSize(40);
        Cli.Run third = Cli.factpipe("extract", in, "--out", out);
        assertThat(third.errLines().get(third.errLines().size() - 1)).contains("0 new, 0 changed, 40 unchanged");
    }

    private static List<Path> factSets(Path out) throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.toString().endsWith(".facts.json")).toList();
        }
    }
}
