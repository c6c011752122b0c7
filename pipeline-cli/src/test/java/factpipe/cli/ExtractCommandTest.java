package factpipe.cli;

import static factpipe.cli.Cli.factpipe;
import static factpipe.cli.Cli.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import factpipe.cli.Cli.Run;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactSet;
import factpipe.core.json.FactSetJson;
import factpipe.core.json.FactSetSchema;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code factpipe extract} end to end, in-process, on real files. Tests that process documents
 * run the registered extractors, which load NLP models: they are tagged "models". No test
 * depends on how many facts the extractors find, only on the contract.
 */
class ExtractCommandTest {

    static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();

    private static final String GOOD_TEXT = "The NPA sent 12 officers to the Philippines in March 2021.\n"
            + "Europol and INTERPOL supported the operation.\n";

    private static final FactSetJson JSON = new FactSetJson(new FactSetSchema());

    @TempDir
    Path tmp;

    // ---- the happy path --------------------------------------------------------------------

    @Test
    @Tag("models")
    void extractsEverySeedIntoAFactSetAndItsText() throws Exception {
        List<Path> seeds = seedFiles();
        assertThat(seeds).isNotEmpty();
        Path out = tmp.resolve("out");

        Run run = factpipe("extract", SEEDS, "--out", out);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).as(run.toString()).singleElement().asString()
                .startsWith("factpipe: " + seeds.size() + " documents: " + seeds.size() + " new, 0 changed, 0 unchanged, 0 failed, 0 removed; ")
                .contains(" in " + out + " [");
        assertThat(run.stray()).as("library log lines on stderr").isEmpty();
        assertThat(outputs(out).keySet()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Stream.of(Manifest.FILE_NAME),
                        seeds.stream().flatMap(s -> Stream.of(id(s) + ".facts.json", id(s) + ".txt"))).toList());

        for (Path seed : seeds) {
            byte[] raw = Files.readAllBytes(seed);
            byte[] text = Files.readAllBytes(out.resolve(id(seed) + ".txt"));
            // the seeds are UTF-8 without a BOM: the extracted text is the file, byte for byte
            assertThat(text).isEqualTo(raw);
            String textString = new String(text, StandardCharsets.UTF_8);
            FactSet facts = JSON.read(Files.readAllBytes(out.resolve(id(seed) + ".facts.json")));
            assertThat(facts.document().id()).isEqualTo(id(seed));
            assertThat(facts.document().source()).isEqualTo(seed.toString());
            assertThat(facts.document().mediaType()).isEqualTo("text/plain");
            assertThat(facts.document().sha256()).isEqualTo(TestFiles.sha256(raw));
            assertThat(facts.document().textSha256()).isEqualTo(TestFiles.sha256(text));
            assertThat(facts.document().charCount()).isEqualTo(textString.length());
            for (Fact f : facts.facts()) {
                assertThat(f.span().of(textString)).as("%s in %s", f, seed.getFileName()).isEqualTo(f.text());
                assertThat(f.span().toCodePoints(textString)).isEqualTo(f.cpSpan());
            }
        }

        Run validate = factpipe("validate", out);
        assertThat(validate.exit()).as(validate.toString()).isZero();
        assertThat(validate.outLines()).hasSize(seeds.size()).allSatisfy(l -> assertThat(l).endsWith(": valid"));
    }

    @Test
    @Tag("models")
    void twoRunsGiveByteIdenticalOutputsWhateverTheThreadCount() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Path seed : seedFiles().subList(0, 2)) {
            Files.copy(seed, in.resolve(seed.getFileName()));
        }
        Files.writeString(in.resolve("notes.html"), "<html><head><title>Notes</title></head><body><p>" + GOOD_TEXT
                + "</p></body></html>");
        Files.write(in.resolve("brief.pdf"), TestFiles.pdf(List.of("The NPA joined INTERPOL in 1952."), null));
        Files.write(in.resolve("letter.docx"), TestFiles.docx(List.of("Japan and Korea signed the treaty in 2006.")));

        Path out1 = tmp.resolve("out1");
        Path out2 = tmp.resolve("out2");
        Run run = factpipe("extract", in, "--out", out1, "--threads", 1);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.stray()).as("library log lines on stderr").isEmpty();
        Map<String, byte[]> first = outputs(out1);
        // --force: else the second run finds everything up to date and extracts nothing
        assertThat(factpipe("extract", in, "--out", out1, "--threads", 4, "--force").exit()).isZero();
        assertThat(factpipe("extract", in, "--out", out2, "--threads", 3).exit()).isZero();

        assertThat(first).hasSize(11); // five documents, two files each, and the manifest
        assertSameBytes(outputs(out1), first);
        assertSameBytes(outputs(out2), first);
    }

    @Test
    @Tag("models")
    void idsFollowTheFileNameOrTheRelativePath() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        write(in.resolve("000_x.txt"), GOOD_TEXT);
        write(in.resolve("asia/japan/2021/npa.txt"), GOOD_TEXT);
        write(in.resolve("asia/korea.txt"), GOOD_TEXT);
        write(in.resolve(".git/config.txt"), GOOD_TEXT);
        write(in.resolve("asia/.draft.txt"), GOOD_TEXT);
        Path out = tmp.resolve("out");

        Run run = factpipe("extract", in, "--out", out);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(outputs(out).keySet()).containsExactlyInAnyOrder(Manifest.FILE_NAME,
                "000_x.facts.json", "000_x.txt",
                "asia/japan/2021/npa.facts.json", "asia/japan/2021/npa.txt",
                "asia/korea.facts.json", "asia/korea.txt");
        FactSet nested = JSON.read(Files.readAllBytes(out.resolve("asia/japan/2021/npa.facts.json")));
        assertThat(nested.document().id()).isEqualTo("asia/japan/2021/npa");
        assertThat(nested.document().source()).isEqualTo(in.resolve("asia/japan/2021/npa.txt").toString());
    }

    @Test
    @Tag("models")
    void aSingleFileArgumentIsNamedByItsFileName() throws Exception {
        Path seed = seedFiles().get(0);
        Path out = tmp.resolve("out");

        Run run = factpipe("extract", seed, "--out", out);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(outputs(out).keySet()).containsExactlyInAnyOrder(Manifest.FILE_NAME, id(seed) + ".facts.json", id(seed) + ".txt");
    }

    @Test
    @Tag("models")
    void sameNameInTwoFormatsKeepsBothWithTheirExtensions() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        write(in.resolve("report.txt"), "The report in text names Japan.\n");
        write(in.resolve("report.html"), "<html><body><p>The report in HTML names Korea.</p></body></html>");
        Path out = tmp.resolve("out");

        Run run = factpipe("extract", in, "--out", out);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(outputs(out).keySet()).containsExactlyInAnyOrder(Manifest.FILE_NAME, "report.txt.facts.json", "report.txt.txt",
                "report.html.facts.json", "report.html.txt");
        assertThat(Files.readString(out.resolve("report.txt.txt"))).isEqualTo("The report in text names Japan.\n");
        assertThat(Files.readString(out.resolve("report.html.txt"))).contains("The report in HTML names Korea.");
        assertThat(JSON.read(Files.readAllBytes(out.resolve("report.html.facts.json"))).document().mediaType())
                .isEqualTo("text/html");
    }

    @Test
    @Tag("models")
    void legacyEncodingsAreExtractedAsUtf8Text() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String french = "La Police fédérale belge a coopéré avec Europol à Liège en 2019.\n"
                + "Le rapport “Coopération” décrit 14 opérations communes.\n";
        String japanese = "警察庁は、東南アジア諸国の警察と協力して、国際的な詐欺グループの首謀者を逮捕した。\n";
        Files.write(in.resolve("fr.txt"), french.getBytes(Charset.forName("windows-1252")));
        Files.write(in.resolve("ja.txt"), japanese.getBytes(Charset.forName("Shift_JIS")));
        Path out = tmp.resolve("out");

        Run run = factpipe("extract", in, "--out", out);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.readString(out.resolve("fr.txt"), StandardCharsets.UTF_8)).isEqualTo(french);
        assertThat(Files.readString(out.resolve("ja.txt"), StandardCharsets.UTF_8)).isEqualTo(japanese);
    }

    @Test
    @Tag("models")
    void theOutputDirectoryInsideTheInputIsNotReadBack() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        write(in.resolve("a.txt"), GOOD_TEXT);
        Path out = in.resolve("out");

        Run first = factpipe("extract", in, "--out", out);
        Map<String, byte[]> firstOutput = outputs(out);
        Run second = factpipe("extract", in, "--out", out);

        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(firstOutput.keySet()).containsExactlyInAnyOrder(Manifest.FILE_NAME, "a.facts.json", "a.txt");
        assertSameBytes(outputs(out), firstOutput);
    }

    @Test
    @Tag("models")
    void anInputThatItsOwnOutputWouldOverwriteIsRefused() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path input = write(out.resolve("a.txt"), GOOD_TEXT);
        Path other = write(tmp.resolve("b.txt"), GOOD_TEXT);

        Run run = factpipe("extract", input, other, "--out", out);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).contains("factpipe: " + input + ": would be overwritten by its own output; choose another --out");
        assertThat(Files.readString(input)).isEqualTo(GOOD_TEXT);
        assertThat(outputs(out).keySet()).containsExactlyInAnyOrder(Manifest.FILE_NAME, "a.txt", "b.facts.json", "b.txt");
    }

    // ---- bad input: one line, the others still done, nothing written for it, exit 1 ---------

    static Stream<Arguments> badInputs() {
        byte[] pdf = TestFiles.pdf(List.of("The NPA joined INTERPOL in 1952."), null);
        byte[] garbage = new byte[4096];
        new Random(20240601L).nextBytes(garbage);
        byte[] utf8 = "Officers from São Paulo and Málaga met; ".getBytes(StandardCharsets.UTF_8);
        byte[] brokenUtf8 = concat(utf8, new byte[] {(byte) 0xE2, (byte) 0x82}, "x.\n".getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "empty file (0 bytes)"),
                Arguments.of("blank.txt", " \n\t \r\n".getBytes(StandardCharsets.US_ASCII), "no text content (whitespace only)"),
                Arguments.of("garbage.bin", garbage,
                        "unsupported format application/octet-stream (not a text, HTML, PDF, RTF or Word document)"),
                Arguments.of("garbage.txt", garbage, "binary content, not text"),
                Arguments.of("cut.pdf", Arrays.copyOf(pdf, pdf.length / 2), "truncated PDF (the end-of-file marker is missing)"),
                Arguments.of("secret.pdf", TestFiles.pdf(List.of("Classified."), "user-secret"),
                        "encrypted PDF (a password is needed)"),
                Arguments.of("chart.png", TestFiles.png(),
                        "unsupported format image/png (not a text, HTML, PDF, RTF or Word document)"),
                Arguments.of("bundle.zip", TestFiles.zip("a.txt", GOOD_TEXT),
                        "unsupported format application/zip (not a text, HTML, PDF, RTF or Word document)"),
                Arguments.of("huge.txt", ("Europol " + "x".repeat(5000) + "\n").getBytes(StandardCharsets.US_ASCII),
                        "file too large (5009 bytes; the limit is 4096)"),
                Arguments.of("broken.txt", brokenUtf8, "invalid UTF-8 at byte " + utf8.length));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    @Tag("models")
    void aBadInputFailsAloneWithOneClearLine(String name, byte[] content, String reason) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        write(in.resolve("a-good.txt"), GOOD_TEXT);
        Path bad = Files.write(in.resolve(name), content);
        write(in.resolve("z-good.txt"), GOOD_TEXT);
        Path out = tmp.resolve("out");

        Run run = factpipe("extract", in, "--out", out, "--max-size", 4096);

        assertOneFailure(run, bad, reason);
        assertThat(outputs(out).keySet()).containsExactlyInAnyOrder(Manifest.FILE_NAME,
                "a-good.facts.json", "a-good.txt", "z-good.facts.json", "z-good.txt");
    }

    @Test
    @Tag("models")
    void anUnreadableFileFailsAlone() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        write(in.resolve("a-good.txt"), GOOD_TEXT);
        Path locked = write(in.resolve("locked.txt"), GOOD_TEXT);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // root reads any file whatever its permissions: there is nothing to test then
        assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reads");
        Path out = tmp.resolve("out");

        Run run = factpipe("extract", in, "--out", out);

        assertOneFailure(run, locked, "permission denied");
        assertThat(outputs(out).keySet()).containsExactlyInAnyOrder(Manifest.FILE_NAME, "a-good.facts.json", "a-good.txt");
    }

    @Test
    @Tag("models")
    void aNonexistentPathFailsAloneAndTheOthersAreStillDone() throws Exception {
        Path good = write(tmp.resolve("good.txt"), GOOD_TEXT);
        Path missing = tmp.resolve("missing.txt");
        Path out = tmp.resolve("out");

        Run run = factpipe("extract", missing, good, "--out", out);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).isEqualTo("factpipe: " + missing + ": no such file or directory");
        assertThat(run.errLines().get(1)).startsWith("factpipe: 1 document: 1 new, 0 changed, 0 unchanged, 0 failed, 0 removed, 1 input path skipped; ");
        assertThat(outputs(out).keySet()).containsExactlyInAnyOrder(Manifest.FILE_NAME, "good.facts.json", "good.txt");
    }

    @Test
    @Tag("models")
    void verboseAddsTheStackTraceAndLeavesNoLoggingBehind() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path empty = Files.write(in.resolve("empty.txt"), new byte[0]);
        write(in.resolve("good.txt"), GOOD_TEXT);

        Run verbose = factpipe("extract", in, "--out", tmp.resolve("out1"), "--verbose");
        Run quiet = factpipe("extract", in, "--out", tmp.resolve("out2"));

        assertThat(verbose.exit()).isEqualTo(1);
        assertThat(verbose.errLines().get(0)).isEqualTo("factpipe: " + empty + ": empty file (0 bytes)");
        assertThat(verbose.errLines().get(1)).startsWith("factpipe.ingest.IngestException: empty file (0 bytes)");
        assertThat(verbose.err()).contains("\tat factpipe.ingest.DocumentReader.read");
        assertOneFailure(quiet, empty, "empty file (0 bytes)");
    }

    @Test
    @Tag("models")
    void aDocumentThatFailsNowLosesTheOutputOfAnEarlierRun() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path report = write(in.resolve("report.txt"), GOOD_TEXT);
        write(in.resolve("other.txt"), GOOD_TEXT);
        Path out = tmp.resolve("out");
        assertThat(factpipe("extract", in, "--out", out).exit()).isZero();

        Files.write(report, new byte[0]);
        Run run = factpipe("extract", in, "--out", out);

        assertOneFailure(run, report, "empty file (0 bytes)");
        assertThat(outputs(out).keySet()).containsExactlyInAnyOrder(Manifest.FILE_NAME, "other.facts.json", "other.txt");
    }

    @Test
    void aDirectoryWithNothingToReadIsAFailure() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path hiddenOnly = Files.createDirectories(tmp.resolve("hidden-only"));
        write(hiddenOnly.resolve(".notes.txt"), GOOD_TEXT);
        Path out = tmp.resolve("out");

        Run run = factpipe("extract", empty, hiddenOnly, "--out", out);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "factpipe: " + empty + ": directory contains no files to read (hidden files are skipped)",
                "factpipe: " + hiddenOnly + ": directory contains no files to read (hidden files are skipped)",
                run.errLines().get(2));
        assertThat(run.errLines().get(2)).startsWith("factpipe: 0 documents: 0 new, 0 changed, 0 unchanged, 0 failed, 0 removed, 2 input paths skipped; 0 facts");
        assertThat(outputs(out)).isEmpty();
    }

    @Test
    void onlyANonexistentPathExitsOne() {
        Path missing = tmp.resolve("nowhere");

        Run run = factpipe("extract", missing, "--out", tmp.resolve("out"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines().get(0)).isEqualTo("factpipe: " + missing + ": no such file or directory");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void anOutputPathThatIsAFileIsTroubleWithAClearMessage() throws Exception {
        Path good = write(tmp.resolve("good.txt"), GOOD_TEXT);
        Path out = write(tmp.resolve("out"), "not a directory");

        Run run = factpipe("extract", good, "--out", out);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "factpipe: cannot create the output directory " + out + ": a file of that name exists");
    }

    // ---- usage -----------------------------------------------------------------------------

    @Test
    void noPathIsAUsageError() {
        Run run = factpipe("extract");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("Missing required parameter: 'PATH'");
        assertThat(run.err()).contains("Usage: factpipe extract");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = factpipe("extract", "--frobnicate", tmp);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("Unknown option: '--frobnicate'");
    }

    @Test
    void aMalformedOrImpossibleNumberIsAUsageError() {
        assertThat(factpipe("extract", "--max-size", "lots", tmp).exit()).isEqualTo(2);
        Run negative = factpipe("extract", "--max-size", -1, tmp);
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.errLines().get(0)).isEqualTo("--max-size must be a positive number of bytes, not -1");
        Run noThreads = factpipe("extract", "--threads", 0, tmp);
        assertThat(noThreads.exit()).isEqualTo(2);
        assertThat(noThreads.errLines().get(0)).isEqualTo("--threads must be at least 1, not 0");
    }

    @Test
    void noCommandOrAnUnknownCommandIsAUsageError() {
        Run none = factpipe();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.errLines().get(0)).isEqualTo("a command is required");
        Run unknown = factpipe("frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("'frobnicate'");
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = factpipe("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: factpipe").contains("extract").contains("validate");
        Run extractHelp = factpipe("extract", "--help");
        assertThat(extractHelp.exit()).isZero();
        assertThat(extractHelp.out()).contains("Usage: factpipe extract").contains("--out=DIR").contains("Exit codes:");
        Run version = factpipe("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().strip()).matches("factpipe \\d+\\.\\d+\\.\\d+\\S*");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static void assertOneFailure(Run run, Path bad, String reason) {
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.errLines()).as(run.toString()).hasSize(2);
        assertThat(run.errLines().get(0)).isEqualTo("factpipe: " + bad + ": " + reason);
        assertThat(run.errLines().get(1)).matches("factpipe: \\d+ documents: \\d+ new, \\d+ changed, \\d+ unchanged, 1 failed, 0 removed; .*");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.stray()).as("library log lines on stderr").isEmpty();
    }

    /** The files a run leaves in {@code dir}, without the lock file that only keeps runs apart. */
    static Map<String, byte[]> outputs(Path dir) {
        Map<String, byte[]> files = snapshot(dir);
        files.remove(OutputLock.FILE_NAME);
        return files;
    }

    private static void assertSameBytes(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(actual.get(name)).as(name).isEqualTo(expected.get(name));
        }
    }

    static List<Path> seedFiles() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String id(Path seed) {
        String name = seed.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
