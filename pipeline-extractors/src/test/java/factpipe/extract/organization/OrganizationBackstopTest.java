package factpipe.extract.organization;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import factpipe.extract.country.CountryGazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The backstop's filters, with a finder that proposes every capitalised run: no model needed. */
class OrganizationBackstopTest {

    private static final Pattern CAPITALISED_RUN = Pattern.compile("[A-Z][\\w-]*(?:\\s+(?:de\\s+|of\\s+)?[A-Z][\\w-]*)+");

    /** Proposes every run of capitalised words, and records which passages it was asked about. */
    static final class EveryCapitalisedRun implements OrganizationFinder {
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public List<Span> find(String passage) {
            asked.add(passage);
            List<Span> spans = new ArrayList<>();
            Matcher m = CAPITALISED_RUN.matcher(passage);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end()));
            }
            return spans;
        }

        @Override
        public String id() {
            return "test";
        }
    }

    private static OrganizationGazetteer gazetteer;
    private static CountryGazetteer countries;

    @BeforeAll
    static void load() {
        gazetteer = new OrganizationGazetteer();
        countries = new CountryGazetteer();
    }

    private static List<String> found(EveryCapitalisedRun finder, String text) {
        List<Fact> facts = new OrganizationExtractor(gazetteer, countries, List.of(finder)).extract(Document.fromText("t", text));
        return facts.stream().map(f -> f.text() + "@" + f.span().start() + "=" + ((OrganizationValue) f.value()).name()).toList();
    }

    @Test
    void addsANameNoRuleKnows() {
        EveryCapitalisedRun finder = new EveryCapitalisedRun();
        assertThat(found(finder, "Officers met the Gendarmerie de Valdora in May."))
                .containsExactly("Gendarmerie de Valdora@17=Gendarmerie de Valdora");
    }

    @Test
    void neverOverridesARuleAndIsNotAskedWhenRulesExplainEverything() {
        EveryCapitalisedRun finder = new EveryCapitalisedRun();
        assertThat(found(finder, "Officers of the National Police Agency met the FBI."))
                .containsExactly("National Police Agency@16=National Police Agency", "FBI@47=Federal Bureau of Investigation");
        assertThat(finder.asked).isEmpty();
    }

    @Test
    void refusesTopicsEventsStatesAndPlaces() {
        EveryCapitalisedRun finder = new EveryCapitalisedRun();
        assertThat(found(finder, "They discussed the Promotion of Accession at the Fifth Ministerial Plenary held by the Government of Japan."))
                .isEmpty();
        assertThat(found(finder, "Ships crossed the Costa Rica coast and Mutual Legal Aid was given.")).isEmpty();
    }

    @Test
    void refusesThings() {
        EveryCapitalisedRun finder = new EveryCapitalisedRun();
        assertThat(found(finder, "It drew the General Bathymetric Chart of Oceans and fought the Asian Severe Acute Respiratory Syndrome."))
                .isEmpty();
        assertThat(found(finder, "It supplied the GNSS CORSs Management System to the Valdora Contracting Parties.")).isEmpty();
    }

    /** Proposes only the first two capitalised words of each run: a truncated name. */
    @Test
    void refusesAGuessThatStopsInsideALongerName() {
        OrganizationFinder firstTwoWords = new OrganizationFinder() {
            @Override
            public List<Span> find(String passage) {
                Matcher m = Pattern.compile("[A-Z]\\w+ [A-Z]\\w+").matcher(passage);
                List<Span> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new Span(m.start(), m.end()));
                }
                return spans;
            }

            @Override
            public String id() {
                return "test";
            }
        };
        List<Fact> facts = new OrganizationExtractor(gazetteer, countries, List.of(firstTwoWords))
                .extract(Document.fromText("t", "It took over the International Penal and Penitentiary Foundry work."));
        assertThat(facts).isEmpty();
    }
}
