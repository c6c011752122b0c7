package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NounLemmasTest {

    @Test
    void knowsEnglishPluralShapes() {
        assertThat(NounLemmas.inflects("country", "countries")).isTrue();
        assertThat(NounLemmas.inflects("dispatch", "dispatches")).isTrue();
        assertThat(NounLemmas.inflects("crisis", "crises")).isTrue();
        assertThat(NounLemmas.inflects("policeman", "policemen")).isTrue();
        assertThat(NounLemmas.inflects("treat", "treaties")).isFalse();
        assertThat(NounLemmas.inflects("mechanisalm", "mechanisms")).isFalse();
    }

    @Tag("models")
    @Test
    void givesTheSingularOfCountedNouns() {
        NounLemmas lemmas = TestModels.lemmas();
        assertThat(lemmas.singular("persons")).isEqualTo("person");
        assertThat(lemmas.singular("Countries")).isEqualTo("country");
        assertThat(lemmas.singular("sub-groups")).isEqualTo("sub-group");
        assertThat(lemmas.singular("dispatches")).isEqualTo("dispatch");
        assertThat(lemmas.singular("people")).isEqualTo("person");
        assertThat(lemmas.singular("personnel")).isEqualTo("personnel");
    }

    @Tag("models")
    @Test
    void aDamagedLemmaGetsASecondOpinion() {
        NounLemmas lemmas = TestModels.lemmas();
        assertThat(lemmas.singular("treaties")).isEqualTo("treaty");
        assertThat(lemmas.singular("mechanisms")).isEqualTo("mechanism");
        assertThat(lemmas.singular("bureaus")).isEqualTo("bureau");
    }

    @Tag("models")
    @Test
    void tellsMarkedFromInvariantPlurals() {
        NounLemmas lemmas = TestModels.lemmas();
        assertThat(lemmas.markedPlural("vessels")).isTrue();
        assertThat(lemmas.markedPlural("people")).isTrue();
        assertThat(lemmas.markedPlural("personnel")).isFalse();
        assertThat(lemmas.invariantPlural("personnel")).isTrue();
        assertThat(lemmas.markedPlural("contributing")).isFalse();
        assertThat(lemmas.markedPlural("status")).isFalse();
    }

    @Test
    void givesTheSingularOfCompoundsWrittenInThePlural() {
        NounLemmas lemmas = new NounLemmas(TestModels.LEXICON.unitLemmas, () -> {
            throw new AssertionError("a listed compound needs no model");
        });
        assertThat(lemmas.compound("States", "Parties")).contains("state party");
        assertThat(lemmas.compound("Directors", "General")).contains("director general");
        assertThat(lemmas.compound("Member", "States")).isEmpty();
    }
}
