package factpipe.extract.country;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import factpipe.core.fact.CountryValue;
import factpipe.core.fact.Fact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountryExtractorTest {

    private static CountryExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new CountryExtractor(new CountryGazetteer());
    }

    private static List<String> found(String text) {
        return extractor.extract(Document.fromText("t", text)).stream()
                .map(f -> f.text() + "@" + f.span().start() + "-" + f.span().end() + "=" + ((CountryValue) f.value()).iso2()
                        + (((CountryValue) f.value()).adjective() ? "/adj" : ""))
                .toList();
    }

    @Test
    void findsFormalShortAndAbbreviatedNames() {
        assertThat(found("the Republic of Korea, the People's Republic of China, the U.S. and Lao PDR"))
                .containsExactly("Republic of Korea@4-21=KR", "People's Republic of China@27-53=CN", "U.S.@59-63=US",
                        "Lao PDR@68-75=LA");
    }

    @Test
    void givesEveryCodeOneFixedName() {
        List<Fact> facts = extractor.extract(Document.fromText("t", "ROK police met Korean and South Korean officers in Korea."));
        assertThat(facts).extracting(f -> ((CountryValue) f.value()).name()).containsOnly("South Korea");
    }

    @Test
    void findsEachMemberOfACompound() {
        assertThat(found("the Japan–US Alliance and Japan-China ties, Japan-ASEAN too"))
                .containsExactly("Japan@4-9=JP", "US@10-12=US", "Japan@26-31=JP", "China@32-37=CN", "Japan@44-49=JP");
    }

    @Test
    void marksAdjectivesAndDemonyms() {
        assertThat(found("Japanese citizens and the Chinese Ministry of Public Security"))
                .containsExactly("Japanese@0-8=JP/adj", "Chinese@26-33=CN/adj");
    }

    @Test
    void refusesRegionsCitiesAndLanguageUse() {
        assertThat(found("Asia, Africa, the Middle East, the Sahel, Tokyo, Paris and Washington")).isEmpty();
        assertThat(found("The leaflet is in Japanese only; a Japanese language course")).isEmpty();
    }

    @Test
    void refusesAdjectivesCoordinatedWithALanguageUse() {
        assertThat(found("Awareness materials are published in Japanese, English, Korean and Vietnamese.")).isEmpty();
        assertThat(found("Leaflets in Japanese, Korean or Chinese only")).isEmpty();
        // "English" is no state's adjective: a list with it is a list of languages
        assertThat(found("English, Korean and Vietnamese versions were printed")).isEmpty();
    }

    @Test
    void keepsCoordinatedAdjectivesThatAreNoLanguages() {
        assertThat(found("Japanese, Korean and Chinese officials met"))
                .containsExactly("Japanese@0-8=JP/adj", "Korean@10-16=KR/adj", "Chinese@21-28=CN/adj");
        // after "in", a list that goes on to a noun modifies it
        assertThat(found("patrols in Japanese and Korean waters"))
                .containsExactly("Japanese@11-19=JP/adj", "Korean@24-30=KR/adj");
    }

    @Test
    void refusesCountryWordsInsideOtherNames() {
        assertThat(found("one million US dollars for the Indian Ocean and the Korean Peninsula")).isEmpty();
    }

    @Test
    void refusesStateNamesThatNameGeographicFeatures() {
        assertThat(found("Attacks moved away from the Somali Basin, most of them in the Singapore Strait; "
                + "the Sea of Japan, the Gulf of Guinea and the Taiwan Straits are calm.")).isEmpty();
    }

    @Test
    void refusesStateNamesAfterAFeatureNounWrittenBeforeNames() {
        assertThat(found("Factions remain active around Lake Chad, near Mount Kenya, Mt. Kenya, Lake Malawi and the "
                + "River Niger.")).isEmpty();
    }

    @Test
    void keepsStatesAfterOtherCapitalisedWordsOrOnTheNextLine() {
        // "Cape Verde" is a state's name, matched whole; a lake named on the line before is another phrase
        assertThat(found("Cape Verde and Cabo Verde joined; fishing on the lake.\nLake\nChad and Niger"))
                .containsExactly("Cape Verde@0-10=CV", "Cabo Verde@15-25=CV", "Chad@60-64=TD", "Niger@69-74=NE");
    }

    @Test
    void keepsStatesBesideOtherNouns() {
        // a lower-case "coast" is the state's; "Coast Guard" and "Cook Islands" are a body and a state;
        // a feature noun on the next line belongs to another phrase
        assertThat(found("piracy off the coast of Somalia, the Japan Coast Guard and the Cook Islands met in "
                + "Singapore.\nSea lanes of Japan"))
                .containsExactly("Somalia@24-31=SO", "Japan@37-42=JP", "Cook Islands@63-75=CK", "Singapore@83-92=SG",
                        "Japan@107-112=JP");
    }

    @Test
    void isCaseSensitiveWhereCaseMatters() {
        assertThat(found("let us ask the US")).containsExactly("US@15-17=US");
    }

    @Test
    void readsNamesInCapitalsInHeadings() {
        assertThat(found("C. AMMTC+3, AMMTC+JAPAN")).containsExactly("JAPAN@18-23=JP");
    }

    @Test
    void knowsTerritoriesAndFormerStates() {
        assertThat(found("Hong Kong, Macau, Taiwan, the Soviet Union, Yugoslavia, Kosovo and East Timor"))
                .containsExactly("Hong Kong@0-9=HK", "Macau@11-16=MO", "Taiwan@18-24=TW", "Soviet Union@30-42=SU",
                        "Yugoslavia@44-54=YU", "Kosovo@56-62=XK", "East Timor@67-77=TL");
    }
}
