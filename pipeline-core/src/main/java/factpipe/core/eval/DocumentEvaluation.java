package factpipe.core.eval;

import factpipe.core.diff.FactChange;
import factpipe.core.diff.FactDiff;
import factpipe.core.fact.Fact;
import java.util.List;
import java.util.Objects;

/**
 * The scores of one document and the diff of its gold facts (OLD) against its predicted facts
 * (NEW), from which the missed and spurious facts are read.
 */
public record DocumentEvaluation(String id, Status status, ScoreSheet scores, FactDiff diff) {

    public enum Status {
        /** Gold and predicted fact sets were compared. */
        SCORED,
        /** No predicted fact set: every gold fact counts as missed. */
        NOT_PREDICTED
    }

    public DocumentEvaluation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(diff, "diff");
    }

    /** The changes that are errors at the strict level: every change except a text-only difference. */
    public List<FactChange> errors() {
        return diff.changes().stream().filter(c -> !c.sameSpanAndValue()).toList();
    }

    /** Gold facts without a strict match in the prediction. */
    public List<Fact> missed() {
        return errors().stream().map(FactChange::oldFact).filter(Objects::nonNull).toList();
    }

    /** Predicted facts without a strict match in the gold facts. */
    public List<Fact> spurious() {
        return errors().stream().map(FactChange::newFact).filter(Objects::nonNull).toList();
    }

    public int goldCount() {
        return scores.overall().strict().gold();
    }

    public int predictedCount() {
        return scores.overall().strict().predicted();
    }
}
