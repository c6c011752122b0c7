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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real pipeline on {@code seeds/} against the hand-written {@code golden/} fact sets. It prints
 * the evaluation scores, and fails on any difference; the failure message is the readable fact
 * diff, each missing, extra or changed fact with a few words of context.
 */
@Tag("models")
class GoldenFactSetTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Path GOLDEN = Path.of("..", "golden");

    @Test
    void extractorsReproduceTheGoldenFactSets(@TempDir Path out) throws IOException {
        Cli.Run extract = Cli.factpipe("extract", SEEDS, "--out", out);
        assertThat(extract.exit()).as(extract.toString()).isZero();

        Cli.Run evaluate = Cli.factpipe("evaluate", "--gold", GOLDEN, "--pred", out);
        System.out.println("Scores of the seeds against golden/:\n" + evaluate.out());

        Cli.Run diff = Cli.factpipe("diff", GOLDEN, out, "--color=never");
        assertThat(diff.exit()).as(diff.toString()).isIn(0, 1);
        if (diff.exit() != 0) {
            fail("factpipe's facts on seeds/ differ from golden/ ('-' missing, '+' extra, '~' value or text changed,"
                    + " '>' moved):\n" + diff.out());
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
}
