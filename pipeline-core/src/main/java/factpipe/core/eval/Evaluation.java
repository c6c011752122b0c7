package factpipe.core.eval;

import java.util.Comparator;
import java.util.List;

/**
 * The evaluation of a folder of predictions against a folder of gold fact sets: one entry per
 * gold document (sorted by id), and the ids of predicted documents without gold (not scored).
 */
public record Evaluation(List<DocumentEvaluation> documents, List<String> unscored) {

    public Evaluation {
        documents = documents.stream().sorted(Comparator.comparing(DocumentEvaluation::id)).toList();
        unscored = unscored.stream().sorted().toList();
    }

    /** The counts of all documents added up (micro-average). */
    public ScoreSheet total() {
        return documents.stream().map(DocumentEvaluation::scores).reduce(ScoreSheet.EMPTY, ScoreSheet::plus);
    }
}
