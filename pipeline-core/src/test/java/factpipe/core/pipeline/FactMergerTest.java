package factpipe.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.fact.CountValue;
import factpipe.core.fact.CountryValue;
import factpipe.core.fact.DateValue;
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


    private final FactMerger merger = new FactMerger(id -> 0);

    private static Fact fact(String text, String surface, int from, FactValue value) {
        int start = text.indexOf(surface, from);
        return Fact.at(text, new Span(start, start + surface.length()), value, "test@1");
    }

    private static Fact fact(String text, String surface, FactValue value) {
        return fact(text, surface, 0, value);
    }

    @Test
    void aCountInsideADateIsADayOfItAndGoes() {
        String text = "A course ran in Canberra from 11 to 15 November for 12 officers.";
        Fact range = fact(text, "from 11 to 15 November", DateValue.of("2024-11-11/2024-11-15"));
        Fact day = fact(text, "11", CountValue.of(11, "officer"));
        Fact officers = fact(text, "12", CountValue.of(12, "officer"));

        List<Fact> merged = merger.merge(List.of(day, range, officers));

        assertThat(merged).containsExactly(range, officers);
        assertThat(merged.get(0).span()).isEqualTo(new Span(25, 47));
        assertThat(merged.get(1).span()).isEqualTo(new Span(52, 54));
    }

    @Test
    void aCountBesideADateStays() {
        String text = "On 3 September, 4 experts arrived.";
        Fact date = fact(text, "3 September", DateValue.of("2024-09-03"));
        Fact experts = fact(text, "4", CountValue.of(4, "expert"));

        assertThat(merger.merge(List.of(experts, date))).containsExactly(date, experts);
        assertThat(experts.span()).isEqualTo(new Span(16, 17));
    }

    @Test
    void aBodyInsideATreatyNameGoesButStandsAlone() {
        String text = "the United Nations Convention against Corruption, adopted by the United Nations";
        Fact treaty = fact(text, "United Nations Convention against Corruption",
                new TreatyValue("United Nations Convention against Corruption", "UNCAC"));
        OrganizationValue un = new OrganizationValue("United Nations", "UN", null);
        Fact inside = fact(text, "United Nations", un);
        Fact alone = fact(text, "United Nations", 10, un);

        assertThat(merger.merge(List.of(inside, treaty, alone))).containsExactly(treaty, alone);
        assertThat(alone.span()).isEqualTo(new Span(65, 79));
    }
}
