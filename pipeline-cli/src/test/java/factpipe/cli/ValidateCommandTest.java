package factpipe.cli;

import static factpipe.cli.Cli.factpipe;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import factpipe.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factpipe validate} on the real output of {@code factpipe extract} (run once over two
 * seeds, then copied for each test), intact and tampered with. The extraction runs the
 * registered extractors, which load NLP models.
 */
@Tag("models")
class ValidateCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path extracted;

    private static List<Path> seeds;

    @TempDir
    Path tmp;

    private Path out;
    private Path factsFile;
    private Path textFile;
    private String text;

    @BeforeAll
    static void extractTwoSeeds() throws IOException {
        seeds = ExtractCommandTest.seedFiles().subList(0, 2);
        Run run = factpipe(Stream.concat(Stream.of("extract", "--out", extracted.toString()),
                seeds.stream().map(Path::toString)).toArray());
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    @BeforeEach
    void copyTheExtraction() throws IOException {
        out = Files.createDirectories(tmp.resolve("out"));
        try (Stream<Path> s = Files.list(extracted)) {
            for (Path p : s.toList()) {
                Files.copy(p, out.resolve(p.getFileName()));
            }
        }
        String id = seeds.get(0).getFileName().toString().replaceFirst("\\.txt$", "");
        factsFile = out.resolve(id + ".facts.json");
        textFile = out.resolve(id + ".txt");
        text = Files.readString(textFile, StandardCharsets.UTF_8);
    }

    @Test
    void extractOutputIsValidFileByFileAndAsADirectory() {
        Run files = factpipe(Stream.concat(Stream.of("validate"), factSetFiles().stream()).toArray());
        assertThat(files.exit()).as(files.toString()).isZero();
        assertThat(files.outLines()).containsExactlyElementsOf(factSetFiles().stream().map(f -> f + ": valid").toList());
        assertThat(files.err()).isEmpty();

        Run dir = factpipe("validate", out);
        assertThat(dir.exit()).as(dir.toString()).isZero();
        assertThat(dir.outLines()).containsExactlyElementsOf(factSetFiles().stream().map(f -> f + ": valid").toList());
    }

    @Test
    void anAddedFactThatMatchesItsSpanIsValid() throws IOException {
        addFact(japanFact(text.indexOf("Japan")));
        assertValid();
    }

    @Test
    void aShiftedSpanNamesTheFactAndWhatTheTextSays() throws IOException {
        int at = text.indexOf("Japan");
        addFact(japanFact(at + 1));

        assertInvalid("COUNTRY fact 'Japan' at [" + (at + 1) + "," + (at + 6) + "): the text at the span is '"
                + text.substring(at + 1, at + 6) + "'");
    }

    @Test
    void aSpanOfTheWrongLengthIsRefusedOnReading() throws IOException {
        int at = text.indexOf("Japan");
        ObjectNode fact = japanFact(at);
        ((ObjectNode) fact.get("span")).put("end", at + 7);
        addFact(fact);

        assertInvalid("text 'Japan' does not fit span [" + at + "," + (at + 7) + ")");
    }

    @Test
    void aSpanPastTheEndOfTheText() throws IOException {
        int start = text.length() - 2;
        addFact(japanFact(start));

        assertInvalid("COUNTRY fact 'Japan' at [" + start + "," + (start + 5) + "): span ends after the text ("
                + text.length() + " chars)");
    }

    @Test
    void aWrongCodePointSpan() throws IOException {
        int at = text.indexOf("Japan");
        ObjectNode fact = japanFact(at);
        ((ObjectNode) fact.get("cpSpan")).put("start", 0).put("end", 5);
        addFact(fact);
        int cpStart = text.codePointCount(0, at);

        assertInvalid("COUNTRY fact 'Japan' at [" + at + "," + (at + 5) + "): cpSpan [0,5) should be ["
                + cpStart + "," + (cpStart + 5) + ")");
    }

    @Test
    void aChangedTextFile() throws IOException {
        Files.writeString(textFile, text.replace("Japan", "Korea"), StandardCharsets.UTF_8);

        assertInvalid(textFile.getFileName() + " does not match the fact set's textSha256 (changed after extraction?)");
    }

    @Test
    void aMissingTextFile() throws IOException {
        Files.delete(textFile);

        assertInvalid("cannot read the extracted text " + textFile + ": no such file");
    }

    @Test
    void aWrongCharCount() throws IOException {
        editJson(root -> ((ObjectNode) root.get("document")).put("charCount", text.length() + 1));

        assertInvalid("charCount " + (text.length() + 1) + " but the text has " + text.length() + " chars");
    }

    @Test
    void invalidJson() throws IOException {
        Files.writeString(factsFile, "{\"schemaVersion\": \"1.0\", \"document\": ");

        Run run = factpipe("validate", factsFile);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("factpipe: " + factsFile + ": not JSON: ");
    }

    @Test
    void schemaViolationsNameTheValue() throws IOException {
        editJson(root -> ((ObjectNode) root.get("document")).put("sha256", "not-a-hash"));

        Run run = factpipe("validate", factsFile);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("factpipe: " + factsFile + ": schema: $.document.sha256: ");
    }

    @Test
    void anUnknownFactTypeIsASchemaViolation() throws IOException {
        ObjectNode fact = japanFact(text.indexOf("Japan"));
        fact.put("type", "PERSON");
        addFact(fact);

        Run run = factpipe("validate", factsFile);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("factpipe: " + factsFile + ": schema: $.facts[0]"));
    }

    @Test
    void validAndInvalidFilesTogether() throws IOException {
        addFact(japanFact(text.indexOf("Japan") + 1));
        Path other = factSetFiles().stream().filter(f -> !f.equals(factsFile)).findFirst().orElseThrow();

        Run run = factpipe("validate", factsFile, other);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(other + ": valid");
        assertThat(run.errLines()).singleElement().asString().startsWith("factpipe: " + factsFile + ": COUNTRY fact 'Japan'");
    }

    @Test
    void aNonexistentFileAndAnEmptyDirectory() throws IOException {
        Path missing = tmp.resolve("missing.facts.json");
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        Run run = factpipe("validate", missing, empty);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "factpipe: " + missing + ": no such file",
                "factpipe: " + empty + ": no *.facts.json files in this directory");
    }

    @Test
    void noFileIsAUsageError() {
        Run run = factpipe("validate");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("Missing required parameter: 'FILE'");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private List<Path> factSetFiles() {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.toString().endsWith(".facts.json")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A COUNTRY fact "Japan" at {@code start}, in the form extract writes. */
    private ObjectNode japanFact(int start) {
        ObjectNode fact = MAPPER.createObjectNode();
        fact.put("type", "COUNTRY");
        fact.put("text", "Japan");
        fact.putObject("span").put("start", start).put("end", start + 5);
        int cpStart = text.codePointCount(0, Math.min(start, text.length()));
        fact.putObject("cpSpan").put("start", cpStart).put("end", cpStart + 5);
        fact.putObject("value").put("iso2", "JP").put("name", "Japan");
        return fact;
    }

    private void addFact(ObjectNode fact) throws IOException {
        editJson(root -> ((ArrayNode) root.get("facts")).insert(0, fact));
    }

    private void editJson(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(factsFile.toFile());
        edit.accept(root);
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(factsFile.toFile(), root);
    }

    private void assertValid() {
        Run run = factpipe("validate", factsFile);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(factsFile + ": valid");
    }

    private void assertInvalid(String problem) {
        Run run = factpipe("validate", factsFile);
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("factpipe: " + factsFile + ": " + problem);
    }
}
