package factpipe.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import factpipe.core.fact.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP's CRF named-entity classifier alone, without the rest of the stock {@code ner}
 * annotator (SUTime, fine-grained and numeric classifiers), which is what makes that pipeline slow.
 * The model is loaded once, lazily; {@code CRFClassifier} is safe for concurrent classification.
 */
public final class CoreNlpNer {

    /** The CoNLL 4-class model: PERSON, ORGANIZATION, LOCATION, MISC. */
    public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpNer.class);

    private final Lazy<CRFClassifier<CoreLabel>> classifier;

    public CoreNlpNer() {
        this(MODEL);
    }

    public CoreNlpNer(String modelPath) {
        this.classifier = new Lazy<>(() -> load(modelPath));
    }

    private static CRFClassifier<CoreLabel> load(String modelPath) {
        long started = System.nanoTime();
        try {
            CRFClassifier<CoreLabel> c = CRFClassifier.getClassifier(modelPath);
            LOG.debug("loaded {} in {} ms", modelPath, (System.nanoTime() - started) / 1_000_000);
            return c;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot load the CoreNLP NER model " + modelPath, e);
        }
    }

    /** Starts loading the model in the background, so that it is ready when a document needs it. */
    public void preload() {
        classifier.startLoading("corenlp-ner-load");
    }

    public boolean isLoaded() {
        return classifier.isLoaded();
    }

    /** Spans of {@code text} that the classifier labels {@code label} (e.g. ORGANIZATION). */
    public List<Span> find(String text, String label) {
        List<Span> spans = new ArrayList<>();
        for (Triple<String, Integer, Integer> t : classifier.get().classifyToCharacterOffsets(text)) {
            if (t.first().equals(label)) {
                spans.add(new Span(t.second(), t.third()));
            }
        }
        return spans;
    }
}
