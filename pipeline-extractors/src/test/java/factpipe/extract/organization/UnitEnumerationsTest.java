package factpipe.extract.organization;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.extract.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitEnumerationsTest {

    private static final UnitEnumerations ENUMERATIONS = new UnitEnumerations();

    /** "text@start-end=name" per unit. */
    private static List<String> units(String text) {
        var tokens = Tokenizer.tokenize(text);
        return ENUMERATIONS.find(text, tokens).stream()
                .map(u -> text.substring(tokens.get(u.from()).start(), tokens.get(u.to() - 1).end())
                        + "@" + tokens.get(u.from()).start() + "-" + tokens.get(u.to() - 1).end() + "=" + u.name())
                .toList();
    }

    @Test
    void namesEachListedUnitWithTheSingularOfItsKind() {
        assertThat(units("It has 3 sub-groups (Law Enforcement Projects, High Tech Crime, and Transportation Security)."))
                .containsExactly("Law Enforcement Projects@21-45=Law Enforcement Projects Sub-Group",
                        "High Tech Crime@47-62=High Tech Crime Sub-Group",
                        "Transportation Security@68-91=Transportation Security Sub-Group");
        assertThat(units("two Working Groups: Research and Development, Counter-Terrorism."))
                .containsExactly("Research and Development@20-44=Research and Development Working Group",
                        "Counter-Terrorism@46-63=Counter-Terrorism Working Group");
    }

    @Test
    void anItemThatEndsOnTheKindKeepsItsName() {
        assertThat(units("the divisions (Finance Division, Personnel)"))
                .containsExactly("Finance Division@15-31=Finance Division", "Personnel@33-42=Personnel Division");
    }

    @Test
    void aListWithAnItemThatIsNoNameIsNoListOfUnits() {
        assertThat(units("three working groups (on drugs, on cybercrime and on firearms)")).isEmpty();
        assertThat(units("the committees (2 in 2019, 3 in 2020)")).isEmpty();
        assertThat(units("the sub-groups (Law Enforcement Projects)")).isEmpty();
        assertThat(units("the sub-groups (Law Enforcement Projects, High Tech Crime")).isEmpty();
        assertThat(units("the offices in Tokyo (Kanto, Kansai)")).isEmpty();
    }
}
