package factpipe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymDefinitionsTest {

    @Test
    void findsTheShortestLongFormBeforeTheParenthesis() {
        String text = "It works with the National Police Agency (NPA) of Japan.";
        List<AcronymDefinitions.Definition> defs = AcronymDefinitions.find(text);
        assertThat(defs).containsExactly(new AcronymDefinitions.Definition("NPA", 42, 45, "National Police Agency", 18, 40));
    }

    @Test
    void letsLettersComeFromInsideWords() {
        String text = "the Asia/Pacific Group on Money Laundering (APG) met";
        assertThat(AcronymDefinitions.find(text)).extracting(AcronymDefinitions.Definition::longForm)
                .containsExactly("Asia/Pacific Group on Money Laundering");
    }

    @Test
    void readsTheReverseOrder() {
        String text = "experts of JICA (Japan International Cooperation Agency) came";
        assertThat(AcronymDefinitions.find(text)).containsExactly(
                new AcronymDefinitions.Definition("JICA", 11, 15, "Japan International Cooperation Agency", 17, 55));
    }

    @Test
    void ignoresParenthesesThatDefineNothing() {
        assertThat(AcronymDefinitions.find("the U.S. (2006), the Republic of Korea (2007)")).isEmpty();
        assertThat(AcronymDefinitions.find("a seminar (see Table 2) was held")).isEmpty();
        assertThat(AcronymDefinitions.find("Foreign Terrorist Fighters (ISIL) were")).isEmpty();
    }

    @Test
    void shortFormsNeedCapitals() {
        assertThat(AcronymDefinitions.isShortForm("NPA")).isTrue();
        assertThat(AcronymDefinitions.isShortForm("MLAT/MLAA")).isTrue();
        assertThat(AcronymDefinitions.isShortForm("Quad")).isFalse();
        assertThat(AcronymDefinitions.isShortForm("2006")).isFalse();
        assertThat(AcronymDefinitions.isShortForm("see")).isFalse();
    }
}
