package factpipe.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void scoresFromCounts() {
        Counts c = new Counts(2, 3, 4);
        assertThat(c.precision()).hasValue(2.0 / 3);
        assertThat(c.recall()).hasValue(0.5);
        assertThat(c.f1()).hasValue(4.0 / 7); // 2·2 / (3 + 4)
    }

    @Test
    void perfectAndNothingMatched() {
        assertThat(new Counts(5, 5, 5).f1()).hasValue(1.0);
        Counts none = new Counts(0, 3, 4);
        assertThat(none.precision()).hasValue(0.0);
        assertThat(none.recall()).hasValue(0.0);
        assertThat(none.f1()).hasValue(0.0);
    }

    @Test
    void zeroDenominatorsAreUndefined() {
        assertThat(Counts.ZERO.precision()).isEmpty();
        assertThat(Counts.ZERO.recall()).isEmpty();
        assertThat(Counts.ZERO.f1()).isEmpty();
        Counts noPredictions = new Counts(0, 0, 5);
        assertThat(noPredictions.precision()).isEmpty();
        assertThat(noPredictions.recall()).hasValue(0.0);
        assertThat(noPredictions.f1()).hasValue(0.0);
        Counts noGold = new Counts(0, 3, 0);
        assertThat(noGold.precision()).hasValue(0.0);
        assertThat(noGold.recall()).isEmpty();
        assertThat(noGold.f1()).hasValue(0.0);
    }

    @Test
    void addsUp() {
        assertThat(new Counts(1, 2, 3).plus(new Counts(2, 2, 2))).isEqualTo(new Counts(3, 4, 5));
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> new Counts(3, 2, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Counts(3, 5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Counts(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
