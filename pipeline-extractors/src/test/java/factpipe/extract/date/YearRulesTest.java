package factpipe.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which bare numbers are years: each case marks the one candidate with [brackets]. */
class YearRulesTest {

    private static final DateLexicon LEXICON = DateLexicon.load();
    private final YearRules rules = new YearRules(LEXICON);

    private boolean accepts(String marked) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']');
        String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
        List<Token> tokens = new Tokenizer().tokenize(text);
        TextLayout layout = new TextLayout(text, tokens, LEXICON);
        DateMention candidate = new DateGrammar(LEXICON).scan(tokens).stream()
                .filter(m -> m.start() == open && m.kind() == DateMention.Kind.YEARS)
                .findFirst().orElseThrow(() -> new AssertionError("no year candidate at " + open + " in " + text));
        assertThat(text.substring(candidate.start(), candidate.end())).isEqualTo(marked.substring(open + 1, close));
        return rules.accepts(candidate, tokens, layout);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The NPA joined in [1952].",
        "[2014] was a year of change.",
        "the [2010] review conference",
        "Its [2003] activities include seminars.",
        "Japan's [2009] plans were revised.",
        "In [2003] police officers met.",
        "the U.S. ([2006]) and Russia",
        "progress made up to [2003] is reviewed",
        "signed in [2003]. It entered into force",
        "**[2003]** report",
        "ran [1996–2000] in Tokyo",
        "Year\tCases\n[2003]\t120\n2002\t99",
        "2003\t<ul> [2002]\n",
    })
    void acceptsYears(String marked) {
        assertThat(accepts(marked)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[2000] officers took part.",
        "about [2000] officers took part.",
        "more than [2000] took part",
        "approximately [1990] staff",
        "some [2000] in all",
        "[2005] yen was paid",
        "[2003] police officers",
        "the [2003]% rise",
        "it cost $[2005] in all",
        "it cost US$ [2005] in all",
        "it cost USD [2005] in all",
        "Resolution [1999] was adopted",
        "resolution [1999] was adopted",
        "under Article [1999] of the code",
        "Law No. [2001] of the code",
        "Law No.[2001] of the code",
        "ISO [2001] certified",
        "see page [2003] and p. [2004]",
        "Diplomatic Bluebook [2015] describes",
        "the Tokyo [2020] preparations",
        "Tel. +81-3-3581-[2003] for details",
        "the post-[2015] agenda",
        "a [2000]-strong force",
        "code A_[2003] and 10/[2003]",
        "see www.npa.go.jp/[2003]/index.html",
        "the “[2022] Action Plan to Combat Trafficking in Persons”",
        "Year\tCases\n2003\t[1998]\n2002\t2001",
        "\tNumber\n1\t[2001]\n2\t118\n3\t120",
    })
    void rejectsNumbersThatAreNotYears(String marked) {
        assertThat(accepts(marked)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Progress of International Cooperation and Exchange to [2003]\n\nIn 2003, the NPA grew.",
        "Annual Report [2014]\n\nThe report covers the year.",
    })
    void rejectsYearsInTheDocumentTitle(String marked) {
        assertThat(accepts(marked)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a one-line document has no title; a sentence is no title
        "Progress made up to [2003]",
        "In [2003], the NPA hosted a conference and many other meetings in many countries across the region.\n\nMore.",
        "[2003]\n\nThe report covers the year.",
    })
    void acceptsYearsInLinesThatAreNoTitle(String marked) {
        assertThat(accepts(marked)).isTrue();
    }
}
