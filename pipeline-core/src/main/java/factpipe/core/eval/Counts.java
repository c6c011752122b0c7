package factpipe.core.eval;

import java.util.OptionalDouble;

/**
 * Matched, predicted and gold counts at one level, and the scores they give. A score whose
 * denominator is zero is undefined (empty): precision without predictions, recall without gold,
 * F1 without either. F1 is {@code 2·matched / (predicted + gold)}, the harmonic mean of precision
 * and recall written so that it is 0, not undefined, when nothing matched.
 */
public record Counts(int matched, int predicted, int gold) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (matched < 0 || predicted < 0 || gold < 0) {
            throw new IllegalArgumentException("negative count: " + matched + "/" + predicted + "/" + gold);
        }
        if (matched > predicted || matched > gold) {
            throw new IllegalArgumentException("matched " + matched + " exceeds predicted " + predicted + " or gold " + gold);
        }
    }

    public Counts plus(Counts o) {
        return new Counts(matched + o.matched, predicted + o.predicted, gold + o.gold);
    }

    public OptionalDouble precision() {
        return predicted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / predicted);
    }

    public OptionalDouble recall() {
        return gold == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / gold);
    }

    public OptionalDouble f1() {
        int both = predicted + gold;
        return both == 0 ? OptionalDouble.empty() : OptionalDouble.of(2.0 * matched / both);
    }
}
