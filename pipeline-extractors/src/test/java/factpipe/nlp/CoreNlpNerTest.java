package factpipe.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.fact.Span;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("models")
class CoreNlpNerTest {

    @Test
    void findsOrganisationsWithTheCrfModelAloneAndLoadsItOnce() {
        CoreNlpNer ner = new CoreNlpNer();
        assertThat(ner.isLoaded()).isFalse();
        String text = "Officers of Europol met representatives of the World Customs Organization in Brussels.";
        assertThat(ner.find(text, "ORGANIZATION")).contains(new Span(47, 73));
        assertThat(ner.isLoaded()).isTrue();
        assertThat(ner.find(text, "LOCATION")).containsExactly(new Span(77, 85));
    }
}
