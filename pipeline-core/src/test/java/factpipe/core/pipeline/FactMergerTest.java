package factpipe.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.fact.CountryValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactValue;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import factpipe.core.fact.TreatyValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactMergerTest {

    private static final String TEXT = "the ReCAAP Information Sharing Centre and the United Nations Convention against Corruption in Japan";
    private static final FactMerger MERGER = new FactMerger(id -> id.startsWith("specific") ? 0 : 1);

    private static Fact at(String surface, FactValue value, String extractor) {
        int start = TEXT.indexOf(surface);
        return Fact.at(TEXT, new Span(start, start + surface.length()), value, extractor);
    }

    private static List<String> texts(List<Fact> facts) {
        return facts.stream().map(f -> f.type() + " " + f.text()).toList();
    }

    @Test
    void theLongerOfTwoOverlappingFactsOfOneTypeWinsThenTheMoreSpecificExtractor() {
        OrganizationValue centre = new OrganizationValue("ReCAAP Information Sharing Centre", "ReCAAP ISC", null);
        OrganizationValue guess = new OrganizationValue("Information Sharing Centre", null, null);
        assertThat(texts(MERGER.merge(List.of(at("Information Sharing Centre", guess, "specific@1"),
                at("ReCAAP Information Sharing Centre", centre, "general@1")))))
                .containsExactly("ORGANIZATION ReCAAP Information Sharing Centre");
        Fact specific = at("Japan", new CountryValue("JP", "Japan", false), "specific@1");
        Fact general = at("Japan", new CountryValue("JP", "Japan", false), "general@1");
        assertThat(MERGER.merge(List.of(general, specific))).extracting(Fact::extractor).containsExactly("specific@1");
    }

    @Test
    void aTreatyInsideABodysNameAndABodyInsideATreatysNameAreNoFactsThere() {
        Fact centre = at("ReCAAP Information Sharing Centre", new OrganizationValue("ReCAAP Information Sharing Centre", null, null), "o@1");
        Fact recaap = at("ReCAAP", new TreatyValue("Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia",
                "ReCAAP"), "t@1");
        Fact uncac = at("United Nations Convention against Corruption", new TreatyValue("United Nations Convention against Corruption",
                "UNCAC"), "t@1");
        Fact un = at("United Nations", new OrganizationValue("United Nations", "UN", null), "o@1");
        Fact japan = at("Japan", new CountryValue("JP", "Japan", false), "c@1");
        assertThat(texts(MERGER.merge(List.of(recaap, centre, uncac, un, japan))))
                .containsExactly("ORGANIZATION ReCAAP Information Sharing Centre", "TREATY United Nations Convention against Corruption",
                        "COUNTRY Japan");
    }

    @Test
    void everyMentionOfOneBodyTakesItsMostCompleteValue() {
        Fact bare = at("Information Sharing Centre", new OrganizationValue("ReCAAP Information Sharing Centre", null, null), "o@1");
        Fact full = at("Japan", new OrganizationValue("ReCAAP Information Sharing Centre", "ReCAAP ISC", null), "o@1");
        assertThat(MERGER.merge(List.of(bare, full))).extracting(f -> ((OrganizationValue) f.value()).acronym())
                .containsExactly("ReCAAP ISC", "ReCAAP ISC");
    }
}
