package factpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import factpipe.core.fact.Fact;
import factpipe.core.fact.FactSet;
import factpipe.core.json.FactSetJson;
import factpipe.core.json.FactSetSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real pipeline on {@code seeds/} against the hand-written {@code golden/} fact sets. It prints
 * the evaluation scores, and fails on any difference that {@code golden/known-differences.txt}
 * does not list with its reason, and on any listed difference that no longer occurs; the failure
 * message is the readable fact diff.
 */
@Tag("models")
class GoldenFactSetTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path GOLDEN = Path.of("..", "golden");
    private static final Path KNOWN = GOLDEN.resolve("known-differences.txt");

    @Test
    void extractorsReproduceTheGoldenFactSets(@TempDir Path out) throws IOException {
        Cli.Run extract = Cli.factpipe("extract", SEEDS, "--out", out);
        assertThat(extract.exit()).as(extract.toString()).isZero();

        Cli.Run evaluate = Cli.factpipe("evaluate", "--gold", GOLDEN, "--pred", out);
        System.out.println("Scores of the seeds against golden/:\n" + evaluate.out());

        Cli.Run diff = Cli.factpipe("diff", GOLDEN, out, "--color=never");
        assertThat(diff.exit()).as(diff.toString()).isIn(0, 1);
        Map<String, String> actual = differences(diff.out());
        Set<String> known = known(Files.readAllLines(KNOWN, StandardCharsets.UTF_8));

        List<String> unexpected = new ArrayList<>();
        actual.forEach((key, line) -> {
            if (!known.contains(key)) {
                unexpected.add(line);
            }
        });
        List<String> gone = known.stream().filter(k -> !actual.containsKey(k)).toList();
        if (!unexpected.isEmpty() || !gone.isEmpty()) {
            StringBuilder message = new StringBuilder();
            if (!unexpected.isEmpty()) {
                message.append(unexpected.size()).append(" difference(s) from golden/ that known-differences.txt does not list:\n");
                unexpected.forEach(l -> message.append(l).append('\n'));
            }
            if (!gone.isEmpty()) {
                message.append(gone.size()).append(" listed difference(s) no longer occur; remove them from ")
                        .append(KNOWN).append(":\n");
                gone.forEach(g -> message.append(g.replace('|', ' ')).append('\n'));
            }
            fail(message.toString());
        }
    }

    @Test
    void goldenFilesAreValidAndEveryFactTextIsItsSpanInTheSeed() throws Exception {
        FactSetJson json = new FactSetJson(new FactSetSchema());
        List<Path> goldenFiles;
        try (Stream<Path> s = Files.list(GOLDEN)) {
            goldenFiles = s.filter(p -> p.toString().endsWith(".facts.json")).sorted().toList();
        }
        assertThat(goldenFiles).hasSize(5);
        for (Path g : goldenFiles) {
            FactSet facts = json.read(Files.readAllBytes(g));
            String text = Files.readString(SEEDS.resolve(facts.document().id() + ".txt"), StandardCharsets.UTF_8);
            assertThat(facts.document().charCount()).as(g.toString()).isEqualTo(text.length());
            for (Fact f : facts.facts()) {
                assertThat(f.span().of(text)).as(g + ": " + f).isEqualTo(f.text());
                assertThat(f.extractor()).as(g + ": hand-written facts name no extractor").isNull();
            }
        }
    }

    /** "id|line without context" -> the whole line, from the output of {@code factpipe diff}. */
    private static Map<String, String> differences(String diffOutput) {
        Map<String, String> lines = new LinkedHashMap<>();
        String doc = null;
        for (String line : diffOutput.lines().toList()) {
            if (line.startsWith("=== ")) {
                doc = documentOf(line);
            } else if (!line.isBlank() && doc != null) {
                lines.put(doc + "|" + withoutContext(line), "[" + doc + "] " + line);
            }
        }
        return lines;
    }

    private static Set<String> known(List<String> fileLines) {
        Set<String> keys = new LinkedHashSet<>();
        String doc = null;
        for (String line : fileLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                doc = documentOf(line);
            } else {
                keys.add(doc + "|" + withoutContext(line));
            }
        }
        return keys;
    }

    private static String documentOf(String header) {
        String rest = header.substring(4).strip();
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }

    /** A diff line ends with three spaces and a few words of context. */
    private static String withoutContext(String line) {
        int at = line.indexOf("   ");
        return (at < 0 ? line : line.substring(0, at)).strip();
    }
}
