package factpipe.extract.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reader remembers while going through the prose of one document: the counts found so
 * far and the sentence before the current one, to resolve a number whose counted noun is left
 * out ("48 officers went to Peru, followed by Chile with 21"). One per document, never shared.
 */
final class Discourse {

    private record Prior(int sentence, int start, String unit, boolean money) {
    }

    private final List<Prior> priors = new ArrayList<>();
    private TaggedText previousText;
    private int sentenceBase;
    private TaggedText currentText;

    /** Starts a new stretch of prose; its sentences follow those of the last stretch. */
    void begin(TaggedText text) {
        if (currentText != null) {
            sentenceBase += currentText.sentenceCount();
            previousText = currentText;
        }
        currentText = text;
    }

    int sentenceId(int token) {
        return sentenceBase + currentText.sentence(token);
    }

    void remember(int token, int start, String unit, boolean money) {
        priors.add(new Prior(sentenceId(token), start, unit, money));
    }

    /** The unit of the nearest count before {@code start} in this sentence or the one before. */
    Optional<Prior> priorAt(int token, int start) {
        int sentence = sentenceId(token);
        for (int k = priors.size() - 1; k >= 0; k--) {
            Prior p = priors.get(k);
            if (p.start() < start && p.sentence() >= sentence - 1) {
                return Optional.of(p);
            }
            if (p.sentence() < sentence - 1) {
                break;
            }
        }
        return Optional.empty();
    }

    Optional<String> priorUnit(int token, int start) {
        return priorAt(token, start).filter(p -> !p.money()).map(Prior::unit);
    }

    Optional<String> priorCurrency(int token, int start) {
        return priorAt(token, start).filter(Prior::money).map(Prior::unit);
    }

    /** The text holding the sentence before the current stretch's first sentence, if any. */
    Optional<TaggedText> previousText() {
        return Optional.ofNullable(previousText);
    }
}
