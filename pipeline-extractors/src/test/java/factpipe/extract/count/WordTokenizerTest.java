package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private static List<String> texts(String s) {
        return WordTokenizer.tokenize(s, 0, s.length()).stream().map(TextToken::text).toList();
    }

    @Test
    void keepsNumbersWithTheirSeparators() {
        assertThat(texts("over 103,000 troops and 3.8 billion yen"))
                .containsExactly("over", "103,000", "troops", "and", "3.8", "billion", "yen");
    }

    @Test
    void keepsHyphenatedWordsOrdinalsAndNamesWhole() {
        assertThat(texts("twenty-two 10th G7 COVID-19 AMMTC+3 1000-yen May 17-19, 2005"))
                .containsExactly("twenty-two", "10th", "G7", "COVID-19", "AMMTC+3", "1000-yen", "May", "17-19", ",",
                        "2005");
    }

    @Test
    void splitsCurrencySymbolsCodesAndScaleAbbreviationsFromDigits() {
        assertThat(texts("$599 million, US$5 million, USD34.6 million, $1.2m"))
                .containsExactly("$", "599", "million", ",", "US", "$", "5", "million", ",", "USD", "34.6", "million",
                        ",", "$", "1.2", "m");
    }

    @Test
    void keepsAbbreviationsAndSplitsPossessives() {
        assertThat(texts("the U.S. and Japan\u2019s 12 experts"))
                .containsExactly("the", "U.S.", "and", "Japan", "\u2019s", "12", "experts");
    }

    @Test
    void doesNotJoinAPeriodBetweenAWordAndADigit() {
        assertThat(texts("Jun.12, 1974 and 3.Global Security"))
                .containsExactly("Jun", ".", "12", ",", "1974", "and", "3", ".", "Global", "Security");
    }

    @Test
    void givesOffsetsIntoTheWholeText() {
        String s = "Report: about 30 countries";
        List<TextToken> tokens = WordTokenizer.tokenize(s, 8, s.length());
        assertThat(tokens.get(1)).isEqualTo(new TextToken("30", 14, 16));
    }

    @Test
    void keepsUrlsWhole() {
        assertThat(texts("see https://www.mofa.go.jp/page22_001603.html now"))
                .containsExactly("see", "https://www.mofa.go.jp/page22_001603.html", "now");
    }
}
