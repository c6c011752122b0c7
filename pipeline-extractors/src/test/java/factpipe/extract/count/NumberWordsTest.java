package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private static final NumberWords WORDS = NumberWords.load();

    private static Optional<BigDecimal> value(String words) {
        return WORDS.value(Arrays.asList(words.split(" ")));
    }

    @Test
    void readsUnitsTeensTensAndCompounds() {
        assertThat(value("seven")).contains(new BigDecimal(7));
        assertThat(value("thirteen")).contains(new BigDecimal(13));
        assertThat(value("twenty-two")).contains(new BigDecimal(22));
        assertThat(value("twenty two")).contains(new BigDecimal(22));
        assertThat(value("Ninety-Nine")).contains(new BigDecimal(99));
    }

    @Test
    void readsHundredsWithAndWithoutAnd() {
        assertThat(value("one hundred and five")).contains(new BigDecimal(105));
        assertThat(value("three hundred twenty-five")).contains(new BigDecimal(325));
        assertThat(value("two dozen")).contains(new BigDecimal(24));
    }

    @Test
    void readsScales() {
        assertThat(value("one million")).contains(new BigDecimal(1_000_000));
        assertThat(value("two hundred thousand")).contains(new BigDecimal(200_000));
        assertThat(value("three billion five hundred million")).contains(new BigDecimal(3_500_000_000L));
        assertThat(value("one trillion")).contains(new BigDecimal("1000000000000"));
    }

    @Test
    void rejectsSequencesThatAreNotOneNumber() {
        assertThat(value("seven three")).isEmpty();
        assertThat(value("million")).isEmpty();
        assertThat(value("twelve five")).isEmpty();
        assertThat(value("one million two million")).isEmpty();
        assertThat(value("twenty thirty")).isEmpty();
        assertThat(value("five and")).isEmpty();
        assertThat(value("m")).isEmpty();
    }

    @Test
    void knowsWordKinds() {
        assertThat(WORDS.isWord("Seven")).isTrue();
        assertThat(WORDS.isWord("m")).isFalse();
        assertThat(WORDS.isAbbreviation("bn")).isTrue();
        assertThat(WORDS.isMultiplier("billion")).isTrue();
        assertThat(WORDS.isMultiplier("seven")).isFalse();
        assertThat(WORDS.isCompound("forty-five")).isTrue();
        assertThat(WORDS.isCompound("three-year")).isFalse();
        assertThat(WORDS.isWord("second")).isFalse();
        assertThat(WORDS.isWord("first")).isFalse();
    }
}
