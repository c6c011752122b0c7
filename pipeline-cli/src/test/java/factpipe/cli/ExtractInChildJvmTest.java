package factpipe.cli;

import static factpipe.cli.IncrementalExtractTest.assertManifestDescribesTheFolder;
import static factpipe.cli.IncrementalExtractTest.assertManifestEntriesAreTrue;
import static factpipe.cli.IncrementalExtractTest.summary;
import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factpipe extract} in a real child JVM: killed with kill -9 in the middle of a run, and
 * watched for the classes it loads when there is nothing to do.
 */
@Tag("models")
class ExtractInChildJvmTest {

    private static final String[] COUNTRIES = {"Japan", "Thailand", "the Philippines", "Germany", "France", "Brazil",
            "Malaysia", "Indonesia", "Australia", "Canada"};
    private static final String[] BODIES = {"the National Police Agency", "Europol", "INTERPOL", "the Japan Coast Guard",
            "the Federal Bureau of Investigation"};

    /**
     * Classes loaded only when a Tika parser is built or a model file is read (the model classes
     * themselves, SentenceModel or CRFClassifier, load with the holders' method references).
     */
    private static final List<String> HEAVY_CLASSES = List.of(
            "org.apache.tika.config.TikaConfig",
            "org.apache.tika.parser.AutoDetectParser",
            "opennlp.tools.util.model.ArtifactSerializer",
            "opennlp.tools.ml.model.GenericModelReader",
            "edu.stanford.nlp.ie.crf.CRFLabel");

    @TempDir
    Path tmp;

    /** A short invented report; {@code variant} changes its numbers so that an edit changes facts. */
    private static String report(int i, int variant) {
        String country = COUNTRIES[i % COUNTRIES.length];
        return "Report " + i + "\n\nIn March " + (1990 + (i + variant) % 30) + " " + BODIES[i % BODIES.length] + " sent "
                + (i + 2 + variant) + " officers to " + country + ".\n" + COUNTRIES[(i + 3) % COUNTRIES.length] + " and "
                + country + " met on " + (1 + i % 27) + " May 2019.\n";
    }

    private static Path write(Path in, int i, int variant) throws IOException {
        return Files.writeString(in.resolve(String.format("r%03d.txt", i)), report(i, variant));
    }

    private static Process factpipeInChildJvm(Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Xss4m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Name and modification time of every output file. */
    private static Map<String, FileTime> outputTimes(Path out) throws IOException {
        Map<String, FileTime> times = new HashMap<>();
        if (!Files.isDirectory(out)) {
            return times;
        }
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(OutputFiles.FACTS_SUFFIX) || name.endsWith(OutputFiles.TEXT_SUFFIX)) {
                    times.put(name, Files.getLastModifiedTime(p));
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // a temporary file renamed while listing
        }
        return times;
    }

    @Test
    void aRunKilledInTheMiddleLeavesAConsistentFolderThatTheNextRunCompletes() throws Exception {
        int total = 240;
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        // an earlier run over the first half, then a third of that half edited and a second half added
        for (int i = 0; i < total / 2; i++) {
            write(in, i, 0);
        }
        Cli.Run earlier = Cli.factpipe("extract", in, "--out", out);
        assertThat(earlier.exit()).as(earlier.toString()).isZero();
        for (int i = 0; i < total; i++) {
            if (i >= total / 2 || i % 3 == 0) {
                write(in, i, 1);
            }
        }
        Map<String, FileTime> before = outputTimes(out);

        Process child = factpipeInChildJvm(tmp.resolve("child.log"), List.of(),
                "extract", in.toString(), "--out", out.toString(), "--threads", "2");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (outputTimes(out).equals(before) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(child.isAlive()).as("the child is still running when its first output appears: "
                + Files.readString(tmp.resolve("child.log"))).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // what the kill left: every manifest entry is true, and the run was cut short
        assertManifestEntriesAreTrue(out);
        assertThat(Manifest.read(out).documents().size()).as("the kill landed before the run finished").isLessThan(total);
        // a kill in the middle of a write leaves a temporary file; make sure there is one to clean
        Files.writeString(out.resolve(AtomicFiles.TEMP_PREFIX + "killed.part"), "{\"schemaVersion\": \"1.0\", \"docu");

        Cli.Run resumed = Cli.factpipe("extract", in, "--out", out);

        assertThat(resumed.exit()).as(resumed.toString()).isZero();
        assertThat(summary(resumed)).matches("factpipe: " + total + " documents: \\d+ new, \\d+ changed, \\d+ unchanged, 0 failed, 0 removed; .*");
        List<Path> factSets;
        try (Stream<Path> s = Files.list(out)) {
            factSets = s.filter(p -> p.getFileName().toString().endsWith(OutputFiles.FACTS_SUFFIX)).sorted().toList();
        }
        assertThat(factSets).hasSize(total);
        for (Path f : factSets) {
            assertThat(ValidateCommand.check(f, Components.json())).as(f.toString()).isEmpty();
        }
        assertManifestDescribesTheFolder(out);
        assertThat(Manifest.read(out).documents()).hasSize(total);

        Cli.Run third = Cli.factpipe("extract", in, "--out", out);

        assertThat(third.exit()).as(third.toString()).isZero();
        assertThat(third.errLines()).singleElement().asString()
                .startsWith("factpipe: " + total + " documents: 0 new, 0 changed, " + total + " unchanged, 0 failed, 0 removed; ");
    }

    /**
     * The class-loading log of a child JVM: with nothing to do, no Tika parser and no model class
     * is even loaded; with one document edited, they all are (so the check can fail).
     */
    @Test
    void aRunWithNothingToDoLoadsNoModelOrParserClass() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 3; i++) {
            write(in, i, 0);
        }
        Path out = tmp.resolve("out");
        assertThat(Cli.factpipe("extract", in, "--out", out).exit()).isZero();

        String idle = loadedClasses("idle", "extract", in.toString(), "--out", out.toString());
        assertThat(idle).as("the log names the classes loaded").contains("factpipe.cli.ExtractCommand source:")
                .contains("factpipe.extract.country.CountryGazetteer source:");
        for (String heavy : HEAVY_CLASSES) {
            assertThat(loaded(idle, heavy)).as(heavy).isFalse();
        }
        assertThat(Files.readString(tmp.resolve("idle.log"))).contains(" 0 new, 0 changed, 3 unchanged");

        // capitalised words no rule explains: the organisation extractor asks its CRF backstop
        Files.writeString(write(in, 1, 1), "Inspector Hiroshi Tanaka of Osaka Prefecture met Wirawan Sutrisno in Kobe.\n",
                java.nio.file.StandardOpenOption.APPEND);
        String busy = loadedClasses("busy", "extract", in.toString(), "--out", out.toString());
        for (String heavy : HEAVY_CLASSES) {
            assertThat(loaded(busy, heavy)).as(heavy).isTrue();
        }
        assertThat(Files.readString(tmp.resolve("busy.log"))).contains(" 0 new, 1 changed, 2 unchanged");
    }

    /** The class-loading log of a child JVM run; its output goes to {@code <name>.log}. */
    private String loadedClasses(String name, String... args) throws Exception {
        Path classLog = tmp.resolve(name + "-classes.log");
        Path log = tmp.resolve(name + ".log");
        Process child = factpipeInChildJvm(log, List.of("-Xlog:class+load=info:file=" + classLog), args);
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        return Files.readString(classLog);
    }

    private static boolean loaded(String classLog, String className) {
        return Pattern.compile("\\] " + Pattern.quote(className) + " source:").matcher(classLog).find();
    }
}
