package factpipe.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusTest {

    private static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();

    /** Blank-line paragraphs, non-ASCII text, years and counts. */
    private static final SeedText TREATIES = SeedText.of("treaties", """
            Treaties on International Investigative Cooperation

            In March 2019, the NPA dispatched 12 officers to the Philippines to support 3 joint operations.

            The Ministère de l’Intérieur hosted 1,250 delegates in 2021 — a record for the conference.

            Japan concluded the MLAT with the Republic of Korea in 2006 and with the EU in 2011.

            Some 450 liaison officers took part in 2015, up from 380 in 2014.
            """);

    /** One paragraph per line, as some reports come. */
    private static final SeedText LINES = SeedText.of("lines", """
            Exchange with Overseas Law Enforcement Organizations
            The Task Force met 14 times in 2016 and trained 96 investigators.
            Europol seconded 7 analysts to the NPA in 2018.
            INTERPOL issued 2,300 Red Notices in 2017.
            """);

    private static final List<SeedText> INVENTED = List.of(TREATIES, LINES);
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    @Test
    void cutsSeedsIntoParagraphsAtBlankLinesOrElseAtLineBreaks() {
        assertThat(TREATIES.paragraphs()).hasSize(5).first().isEqualTo("Treaties on International Investigative Cooperation");
        assertThat(TREATIES.separator()).isEqualTo("\n\n");
        assertThat(LINES.paragraphs()).hasSize(4).last().isEqualTo("INTERPOL issued 2,300 Red Notices in 2017.");
        assertThat(LINES.separator()).isEqualTo("\n");
        assertThat(SeedText.of("crlf", "Title\r\n\r\nFirst.\r\nStill first.\r\n\r\nSecond.").paragraphs())
                .containsExactly("Title", "First.\nStill first.", "Second.");
    }

    @Test
    void sameOptionsGiveTheSameDocuments() {
        assertThat(texts(new Corpus(INVENTED, 20_000, 42))).isEqualTo(texts(new Corpus(INVENTED, 20_000, 42)));
        Corpus corpus = new Corpus(INVENTED, 20_000, 42);
        assertThat(texts(corpus)).as("iterating again starts over").isEqualTo(texts(corpus));
    }

    @Test
    void sameOptionsGiveTheSameDocumentsFromTheRealSeeds() throws Exception {
        List<SeedText> seeds = SeedText.readAll(SEEDS);
        assertThat(seeds).isNotEmpty();
        List<String> first = texts(new Corpus(seeds, 600_000, 7));
        assertThat(texts(new Corpus(SeedText.readAll(SEEDS), 600_000, 7))).isEqualTo(first);
        assertThat(new HashSet<>(first)).as("no two documents alike").hasSameSizeAs(first);
    }

    @Test
    void anotherRandomSeedGivesOtherDocumentsWithTheSameIds() {
        List<Document> a = documents(new Corpus(INVENTED, 20_000, 1));
        List<Document> b = documents(new Corpus(INVENTED, 20_000, 2));
        assertThat(b.get(0).id()).isEqualTo(a.get(0).id()).isEqualTo("bench-000000-treaties");
        assertThat(b.get(1).id()).isEqualTo("bench-000001-lines");
        for (int i = 0; i < 10; i++) {
            assertThat(b.get(i).text()).isNotEqualTo(a.get(i).text());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 40, 100, 333, 1_000, 4_567, 50_000, 300_001})
    void neverExceedsTheSizeAndFallsShortOfItByLessThanAWord(long size) {
        Corpus.Cursor cursor = new Corpus(INVENTED, size, 42).iterator();
        long bytes = 0;
        while (cursor.hasNext()) {
            Document d = cursor.next();
            bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
            assertThat(d.text()).isNotBlank().doesNotEndWith(" ");
        }
        assertThat(cursor.bytes()).isEqualTo(bytes);
        assertThat(bytes).isLessThanOrEqualTo(size);
        // the longest word of the invented seeds, with the blank run before it, is under 20 bytes
        assertThat(bytes).isGreaterThan(size - 20);
    }

    @Test
    void aSmallerCorpusIsThePrefixOfALargerOne() {
        List<Document> small = documents(new Corpus(INVENTED, 5_000, 42));
        List<Document> large = documents(new Corpus(INVENTED, 50_000, 42));
        int last = small.size() - 1;
        for (int i = 0; i < last; i++) {
            assertThat(small.get(i)).isEqualTo(large.get(i));
        }
        assertThat(large.get(last).text()).startsWith(small.get(last).text());
        assertThat(small.get(last).id()).isEqualTo(large.get(last).id());
    }

    @Test
    void variesYearsConsistentlyWithinADocumentAndCountsFreely() {
        List<Document> all = documents(new Corpus(INVENTED, 30_000, 42));
        List<Document> docs = all.subList(0, all.size() - 1);
        Set<Integer> shifts = new HashSet<>();
        Set<String> dispatched = new HashSet<>();
        Set<String> meetings = new HashSet<>();
        for (Document d : docs) {
            SeedText seed = d.id().endsWith("treaties") ? TREATIES : LINES;
            // the earliest year of the document is the earliest year of its seed, moved
            int earliestShift = years(d.text()).stream().min(Integer::compare).orElseThrow()
                    - years(String.join("\n", seed.paragraphs())).stream().min(Integer::compare).orElseThrow();
            assertThat(earliestShift).isBetween(-5, 5).isNotZero();
            List<Integer> expected = years(String.join("\n", seed.paragraphs())).stream()
                    .map(y -> y + earliestShift).sorted().toList();
            assertThat(years(d.text()).stream().sorted().toList()).isEqualTo(expected);
            shifts.add(earliestShift);
            Matcher m = Pattern.compile("dispatched (\\S+) officers|met (\\S+) times").matcher(d.text());
            assertThat(m.find()).isTrue();
            if (m.group(1) != null) {
                dispatched.add(m.group(1));
            } else {
                meetings.add(m.group(2));
            }
        }
        assertThat(shifts).as("year shifts").hasSizeGreaterThan(3);
        assertThat(dispatched).as("officers dispatched").hasSizeGreaterThan(3).doesNotContain("12");
        assertThat(meetings).as("meetings").hasSizeGreaterThan(3).doesNotContain("14");
    }

    @Test
    void shufflesParagraphsButKeepsTheTitleFirst() {
        Set<List<String>> orders = new HashSet<>();
        List<Document> docs = documents(new Corpus(List.of(TREATIES), 20_000, 42));
        for (Document d : docs.subList(0, docs.size() - 1)) {
            List<String> paragraphs = List.of(d.text().strip().split("\n\n"));
            assertThat(paragraphs).hasSize(5).first().isEqualTo("Treaties on International Investigative Cooperation");
            // each paragraph is known by its first word, which carries no number
            orders.add(paragraphs.stream().map(p -> p.substring(0, 4)).toList());
        }
        assertThat(orders).hasSizeGreaterThan(5);
    }

    private static List<Integer> years(String text) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group()));
        }
        return years;
    }

    private static List<Document> documents(Corpus corpus) {
        List<Document> docs = new ArrayList<>();
        corpus.forEach(docs::add);
        return docs;
    }

    private static List<String> texts(Corpus corpus) {
        return documents(corpus).stream().map(d -> d.id() + "\n" + d.text()).toList();
    }
}
