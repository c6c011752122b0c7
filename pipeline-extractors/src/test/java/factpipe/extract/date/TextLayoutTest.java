package factpipe.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    private static final DateLexicon LEXICON = DateLexicon.load();

    private static TextLayout layout(String text) {
        return new TextLayout(text, new Tokenizer().tokenize(text), LEXICON);
    }

    @Test
    void findsTheTitleLine() {
        String text = "\n\n# **Progress of Cooperation to 2003**\n\nIn 2003, the NPA grew.";
        TextLayout layout = layout(text);
        assertThat(layout.inTitleAfterWords(text.indexOf("2003"))).isTrue();
        assertThat(layout.inTitleAfterWords(text.lastIndexOf("2003"))).isFalse();
        assertThat(layout("2003 Report\n\nBody").inTitleAfterWords(0)).isFalse();
    }

    @Test
    void findsQuotedTitles() {
        String text = "Japan’s “2022 Action Plan to Combat Trafficking” and the “in 2003 we said” remark and \"Global Assessment 2014\"";
        TextLayout layout = layout(text);
        assertThat(layout.inQuotedTitle(text.indexOf("2022"))).isTrue();
        assertThat(layout.inQuotedTitle(text.indexOf("2003"))).isFalse();
        assertThat(layout.inQuotedTitle(text.indexOf("2014"))).isTrue();
        assertThat(layout.inQuotedTitle(text.indexOf("Japan"))).isFalse();
    }

    @Test
    void findsAddresses() {
        String text = "See http://www.mofa.go.jp/2003/a.html or npa@example.jp in 2003.";
        TextLayout layout = layout(text);
        assertThat(layout.inAddress(text.indexOf("2003"))).isTrue();
        assertThat(layout.inAddress(text.lastIndexOf("2003"))).isFalse();
    }

    @Test
    void splitsSentencesButNotAtAbbreviations() {
        String text = "The U.S. and Japan met on Aug. 5. No. 2 division was formed. Then\nit closed";
        List<Token> tokens = new Tokenizer().tokenize(text);
        TextLayout layout = new TextLayout(text, tokens, LEXICON);
        int[] ids = tokens.stream().mapToInt(t -> layout.sentenceOf(tokens.indexOf(t))).toArray();
        assertThat(ids[tokens.size() - 1]).isEqualTo(3);
        int japan = indexOf(tokens, "Japan");
        int five = indexOf(tokens, "5");
        int no = indexOf(tokens, "No");
        int division = indexOf(tokens, "division");
        assertThat(layout.sentenceOf(japan)).isEqualTo(layout.sentenceOf(five)).isZero();
        assertThat(layout.sentenceOf(no)).isEqualTo(layout.sentenceOf(division)).isEqualTo(1);
    }

    @Test
    void readsTableColumnsFromDataCells() {
        String text = "Year\tCases\tPersons\n2003\t1998\t12\n2002\t2001\t1,876\n2001\t1500\t\n\nAfter";
        TextLayout layout = layout(text);
        assertThat(layout.columnOf(text.indexOf("1998"))).isEqualTo(new TextLayout.Column("Cases", 3, 2));
        assertThat(layout.columnOf(text.indexOf("2002"))).isEqualTo(new TextLayout.Column("Year", 3, 3));
        assertThat(layout.columnOf(text.indexOf("12"))).isEqualTo(new TextLayout.Column("Persons", 2, 0));
        // header cells and text outside tables have no column
        assertThat(layout.columnOf(text.indexOf("Cases"))).isNull();
        assertThat(layout.columnOf(text.indexOf("After"))).isNull();
    }

    private static int indexOf(List<Token> tokens, String text) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }
}
