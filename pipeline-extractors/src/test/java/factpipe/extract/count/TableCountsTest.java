package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("models")
class TableCountsTest {

    private static final UnitPhrase UNITS = TestModels.units();
    private static final TableCounts TABLES = new TableCounts(TestModels.LEXICON, UNITS,
            new CountReader(TestModels.LEXICON, UNITS), TestModels.tagger());

    private static List<String> read(String text) {
        TextLayout.Table table = TextLayout.of(text).stream()
                .filter(TextLayout.Table.class::isInstance).map(TextLayout.Table.class::cast).findFirst().orElseThrow();
        return TABLES.read(text, table, BodyNames.NONE).stream()
                .map(f -> f.span().of(text) + "@" + f.span().start() + "|" + f.value().unit())
                .toList();
    }

    @Test
    void countsNumberCellsUnderACountedHeader() {
        String text = "Country/territory\tAssignment period\tNumber of personnel dispatched\n"
                + "Cambodia\tOctober 13, 1992 ~ July 8, 1993\t75\nEast Timor\tJuly 4 ~ September 9, 1999\t3";
        assertThat(read(text)).containsExactly("75@108|personnel", "3@149|personnel");
    }

    @Test
    void aHeaderKeepsTheModifiersThatSayWhatIsCounted() {
        String text = "Course\tFY\tNumber of participating countries\tNumber of participants\n"
                + "Seminar on Counter-Terrorism Investigation\t2019\t12\t18";
        assertThat(read(text)).containsExactly("12@115|participating country", "18@118|participant");
    }

    @Test
    void fallsBackToTheTitleAboveTheTable() {
        String text = "Participants by field\nField\tLong-term\tTotal\nDrugs\t6\t48";
        assertThat(read(text)).containsExactly("6@50|participant", "48@52|participant");
    }

    @Test
    void skipsRowNumbersRoundsYearsAndPercentages() {
        String text = "Breakdown of persons benefiting\n\tRegion\t2003\t%\tRound\n1\tAsia\t523\t63.0\t2";
        assertThat(read(text)).containsExactly("523@60|person");
    }

    @Test
    void readsNothingWithoutAnyCountedNoun() {
        String text = "Dispatch Record of the Team\nDate\tVenue\tValue\nJune 1990\tIran\t6";
        assertThat(read(text)).isEmpty();
    }

    @Test
    void pageNumbersAfterDotLeadersAreSkipped() {
        String text = "Participants\n1. Introduction.....\t1\n2. Cooperation.....\t2";
        assertThat(read(text)).isEmpty();
    }
}
