package factpipe.cli;

import static factpipe.cli.Cli.factpipe;
import static factpipe.cli.FactSetFiles.JAPAN;
import static factpipe.cli.FactSetFiles.KOREAN;
import static factpipe.cli.FactSetFiles.NPA_JP;
import static factpipe.cli.FactSetFiles.NPA_KR;
import static factpipe.cli.FactSetFiles.TEXT;
import static factpipe.cli.FactSetFiles.fact;
import static factpipe.cli.FactSetFiles.write;
import static factpipe.cli.FactSetFiles.writeFactsOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factpipe.cli.Cli.Run;
import factpipe.core.fact.DateValue;
import factpipe.core.fact.OrganizationValue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factpipe diff} end to end, in-process, on fact set files written in a temporary folder. */
class DiffCommandTest {

    @TempDir
    Path tmp;

    private Path oldDir() {
        return tmp.resolve("old");
    }

    private Path newDir() {
        return tmp.resolve("new");
    }

    /** OLD: the date, NPA without its country, Japan. NEW: NPA with its country, Korean, Korea's NPA. */
    private void writeChangedPair(String id) {
        write(oldDir(), id, TEXT, fact(TEXT, 3, 16, DateValue.of("2003-08-05")),
                fact(TEXT, 45, 48, new OrganizationValue("National Police Agency", "NPA", null)), fact(TEXT, 53, 58, JAPAN));
        write(newDir(), id, TEXT, fact(TEXT, 45, 48, NPA_JP, "org-gazetteer@1"), fact(TEXT, 88, 94, KOREAN),
                fact(TEXT, 95, 117, NPA_KR));
    }

    @Test
    void identicalFilesExitZeroAndPrintNothing() {
        Path a = write(oldDir(), "r", TEXT, fact(TEXT, 53, 58, JAPAN));
        Path b = write(newDir(), "r", TEXT, fact(TEXT, 53, 58, JAPAN, "country-gazetteer@1"));
        Run run = factpipe("diff", a, b);
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void twoFilesPrintOneLinePerChangeAndExitOne() {
        writeChangedPair("r");
        Run run = factpipe("diff", oldDir().resolve("r.facts.json"), newDir().resolve("r.facts.json"));
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                === r: 5 changes (2 removed, 2 added, 1 value changed)
                - DATE "5 August 2003" [3,16) 2003-08-05   On «5 August 2003» the National Police Agency (NPA)…
                ~ ORGANIZATION "NPA" [45,48) value: National Police Agency (NPA) → National Police Agency (NPA, JP)   …2003 the National Police Agency («NPA») of Japan signed a memorandum…
                - COUNTRY "Japan" [53,58) Japan (JP)   …National Police Agency (NPA) of «Japan» signed a memorandum with the…
                + COUNTRY "Korean" [88,94) South Korea (KR, adjective)   …signed a memorandum with the «Korean» National Police Agency in Seoul.
                + ORGANIZATION "National Police Agency" [95,117) National Police Agency (KR)   …a memorandum with the Korean «National Police Agency» in Seoul.
                """);
        assertThat(run.err()).isEmpty();
        assertThat(run.stray()).isEmpty();
    }

    @Test
    void movedFactsWhenTextIsInsertedAbove() {
        String shifted = "In 2015 the agencies met again in Tokyo. " + TEXT;
        Path a = write(oldDir(), "r", TEXT, fact(TEXT, 45, 48, NPA_JP));
        Path b = write(newDir(), "r", shifted, fact(shifted, 86, 89, NPA_JP));
        Run run = factpipe("diff", a, b);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                === r: 1 change (1 moved)
                > ORGANIZATION "NPA" moved [45,48) → [86,89) National Police Agency (NPA, JP)   …2003 the National Police Agency («NPA») of Japan signed a memorandum…
                """);
    }

    @Test
    void jsonForMachines() throws Exception {
        writeChangedPair("r");
        Run run = factpipe("diff", "--json", oldDir().resolve("r.facts.json"), newDir().resolve("r.facts.json"));
        assertThat(run.exit()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("differences").asBoolean()).isTrue();
        JsonNode doc = root.at("/documents/0");
        assertThat(doc.get("id").asText()).isEqualTo("r");
        assertThat(doc.get("presence").asText()).isEqualTo("BOTH");
        assertThat(doc.at("/counts/REMOVED").asInt()).isEqualTo(2);
        assertThat(doc.get("changes")).hasSize(5);
        JsonNode valueChange = doc.at("/changes/1");
        assertThat(valueChange.get("kind").asText()).isEqualTo("VALUE_CHANGED");
        assertThat(valueChange.at("/old/value/acronym").asText()).isEqualTo("NPA");
        assertThat(valueChange.at("/old/value").has("country")).isFalse();
        assertThat(valueChange.at("/new/value/country").asText()).isEqualTo("JP");
        assertThat(valueChange.at("/new/extractor").asText()).isEqualTo("org-gazetteer@1");
        assertThat(valueChange.at("/new/span/start").asInt()).isEqualTo(45);
        assertThat(valueChange.at("/new/context/before").asText()).isEqualTo("2003 the National Police Agency (");
        assertThat(run.out()).doesNotContain("\u001b");
    }

    @Test
    void foldersPairDocumentsById() {
        writeChangedPair("sub/r");
        write(oldDir(), "same", TEXT, fact(TEXT, 53, 58, JAPAN));
        write(newDir(), "same", TEXT, fact(TEXT, 53, 58, JAPAN));
        write(oldDir(), "gone", TEXT, fact(TEXT, 53, 58, JAPAN), fact(TEXT, 45, 48, NPA_JP));
        write(newDir(), "fresh", TEXT, fact(TEXT, 53, 58, JAPAN));
        Run run = factpipe("diff", oldDir(), newDir());
        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).startsWith("""
                === fresh: only in NEW (1 fact)
                === gone: only in OLD (2 facts)
                === sub/r: 5 changes (2 removed, 2 added, 1 value changed)
                - DATE "5 August 2003" [3,16) 2003-08-05   On «5 August 2003» the National Police Agency (NPA)…
                """).doesNotContain("same");
    }

    @Test
    void statSummarisesPerDocumentAndType() {
        writeChangedPair("r");
        write(newDir(), "fresh", TEXT, fact(TEXT, 53, 58, JAPAN));
        Run run = factpipe("diff", "--stat", oldDir(), newDir());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                document             type          removed  added  value  text  moved
                fresh (only in NEW)  COUNTRY             0      1      0     0      0
                r                    DATE                1      0      0     0      0
                r                    ORGANIZATION        0      1      1     0      0
                r                    COUNTRY             1      1      0     0      0
                total                                    2      3      1     0      0
                """);
    }

    @Test
    void identicalFoldersExitZero() {
        write(oldDir(), "a", TEXT, fact(TEXT, 53, 58, JAPAN));
        write(newDir(), "a", TEXT, fact(TEXT, 53, 58, JAPAN));
        Run run = factpipe("diff", "--stat", oldDir(), newDir());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void colourOnlyWhenAskedForOrOnATerminal() {
        writeChangedPair("r");
        Path a = oldDir().resolve("r.facts.json");
        Path b = newDir().resolve("r.facts.json");
        assertThat(factpipe("diff", "--color=always", a, b).out()).contains("\u001b[31m- DATE");
        assertThat(factpipe("diff", "--color=never", a, b).out()).doesNotContain("\u001b");
        assertThat(factpipe("diff", a, b).out()).doesNotContain("\u001b"); // captured output is no terminal
        Run bad = factpipe("diff", "--color=sometimes", a, b);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("expected auto, always or never, not 'sometimes'");
    }

    @Test
    void withoutTheTextThereIsNoContext() {
        Path a = writeFactsOnly(oldDir(), "r", TEXT, fact(TEXT, 53, 58, JAPAN));
        Path b = writeFactsOnly(newDir(), "r", TEXT);
        Run run = factpipe("diff", a, b);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("=== r: 1 change (1 removed)\n- COUNTRY \"Japan\" [53,58) Japan (JP)\n");
    }

    @Test
    void theTextOfTheOtherSideServesWhenItIsTheSameText() {
        Path a = writeFactsOnly(oldDir(), "r", TEXT, fact(TEXT, 53, 58, JAPAN));
        Path b = write(newDir(), "r", TEXT);
        Run run = factpipe("diff", a, b);
        assertThat(run.out()).contains("- COUNTRY \"Japan\" [53,58) Japan (JP)   …National Police Agency (NPA) of «Japan» signed");
    }

    @Test
    void aTextThatIsNotTheFactSetsIsIgnoredWithAWarning() throws Exception {
        Path a = write(oldDir(), "r", TEXT, fact(TEXT, 53, 58, JAPAN));
        Path b = writeFactsOnly(newDir(), "r", TEXT);
        Files.writeString(oldDir().resolve("r.txt"), TEXT.replace("Seoul", "Busan"));
        Run run = factpipe("diff", a, b);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("=== r: 1 change (1 removed)\n- COUNTRY \"Japan\" [53,58) Japan (JP)\n");
        assertThat(run.err()).isEqualTo("factpipe diff: warning: " + oldDir().resolve("r.txt")
                + ": not the text of r.facts.json (textSha256 differs); no context from it\n");
    }

    @Test
    void aMissingFileIsTroubleNamedWithoutAStackTrace() {
        Path a = write(oldDir(), "r", TEXT);
        Path missing = newDir().resolve("r.facts.json");
        Run run = factpipe("diff", a, missing);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("factpipe diff: " + missing + ": no such file or directory\n");
    }

    @Test
    void anInvalidFactSetIsTroubleNamingTheFileAndTheReason() throws Exception {
        Path a = write(oldDir(), "r", TEXT);
        Path broken = newDir().resolve("r.facts.json");
        Files.createDirectories(newDir());
        Files.writeString(broken, "{\"schemaVersion\": \"1.0\", \"facts\": []}");
        Run run = factpipe("diff", a, broken);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("factpipe diff: " + broken + ": not a valid fact set: ")
                .contains("document").doesNotContain("Exception").doesNotContain("\tat ");
        Files.writeString(broken, "{ not json");
        assertThat(factpipe("diff", a, broken).err()).startsWith("factpipe diff: " + broken + ": not a valid fact set: not JSON");
    }

    @Test
    void anUnreadableDocumentInAFolderIsTroubleButTheOthersAreStillCompared() throws Exception {
        writeChangedPair("r");
        write(oldDir(), "bad", TEXT, fact(TEXT, 53, 58, JAPAN));
        Files.writeString(newDir().resolve("bad.facts.json"), "[]");
        Run run = factpipe("diff", oldDir(), newDir());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).startsWith("=== r: 5 changes").doesNotContain("bad");
        assertThat(run.err()).startsWith("factpipe diff: " + newDir().resolve("bad.facts.json") + ": not a valid fact set: ");
    }

    @Test
    void aFileAndAFolderDoNotCompare() {
        Path a = write(oldDir(), "r", TEXT);
        write(newDir(), "r", TEXT);
        Run run = factpipe("diff", a, newDir());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("factpipe diff: OLD and NEW must both be fact set files or both folders: "
                + a + " is a file, " + newDir() + " is a folder\n");
    }

    @Test
    void aFolderWithoutFactSetsIsTrouble() throws Exception {
        write(oldDir(), "r", TEXT);
        Files.createDirectories(newDir());
        Run run = factpipe("diff", oldDir(), newDir());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("factpipe diff: " + newDir() + ": no *.facts.json files in the folder\n");
    }

    @Test
    void usageErrorsExitTwo() {
        Path a = write(oldDir(), "r", TEXT);
        assertThat(factpipe("diff", a).exit()).isEqualTo(2);
        Run both = factpipe("diff", "--json", "--stat", a, a);
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--json and --stat cannot be combined");
    }
}
