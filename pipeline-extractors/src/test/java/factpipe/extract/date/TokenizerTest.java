package factpipe.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.extract.date.Token.Gap;
import factpipe.extract.date.Token.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private static String render(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(switch (t.gap()) {
                case NONE -> "";
                case SPACE -> " ";
                case TAB -> "\\t";
                case LINE -> "\\n";
                case PARAGRAPH -> "\\n\\n";
            }).append('[').append(t.text()).append(']');
        }
        return sb.toString();
    }

    @Test
    void splitsWordsNumbersAndPunctuationWithOffsets() {
        List<Token> tokens = tokenizer.tokenize("Aug. 5, 2003");
        assertThat(tokens).extracting(Token::text).containsExactly("Aug", ".", "5", ",", "2003");
        assertThat(tokens).extracting(Token::kind)
                .containsExactly(Kind.WORD, Kind.PUNCT, Kind.NUMBER, Kind.PUNCT, Kind.NUMBER);
        assertThat(tokens).extracting(Token::start).containsExactly(0, 3, 5, 6, 8);
        assertThat(tokens).extracting(Token::end).containsExactly(3, 4, 6, 7, 12);
    }

    @Test
    void recordsTheWhitespaceBeforeEachToken() {
        assertThat(render(tokenizer.tokenize("1995 (Canada)\t1\tOct. 12–17\n\t2\n\nNov."))).isEqualTo(
                "\\n\\n[1995] [(][Canada][)]\\t[1]\\t[Oct][.] [12][–][17]\\n[2]\\n\\n[Nov][.]");
    }

    @Test
    void keepsThousandsGroupsAndDecimalsInOneNumber() {
        assertThat(tokenizer.tokenize("1,995 cases, 103,000 personnel, 99.5% and 5,2003"))
                .filteredOn(Token::isNumber).extracting(Token::text)
                .containsExactly("1,995", "103,000", "99.5", "5", "2003");
        assertThat(tokenizer.tokenize("1,995").get(0).isPlainInteger()).isFalse();
        assertThat(tokenizer.tokenize("2003").get(0).isInteger(4)).isTrue();
    }

    @Test
    void separatesLettersFromDigits() {
        assertThat(tokenizer.tokenize("FY2014 G7 5th 1970s")).extracting(Token::text)
                .containsExactly("FY", "2014", "G", "7", "5", "th", "1970", "s");
        assertThat(tokenizer.tokenize("FY2014").get(1).gap()).isEqualTo(Gap.NONE);
    }

    @Test
    void keepsNonAsciiLettersAndSupplementaryCharacters() {
        List<Token> tokens = tokenizer.tokenize("Côte d’Ivoire 𝔸 2003");
        assertThat(tokens).extracting(Token::text).containsExactly("Côte", "d", "’", "Ivoire", "𝔸", "2003");
        assertThat(tokens.get(5).start()).isEqualTo(17);
    }
}
