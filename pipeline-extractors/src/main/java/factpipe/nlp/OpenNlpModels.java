package factpipe.nlp;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import opennlp.tools.lemmatizer.Lemmatizer;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

/**
 * The OpenNLP English models (Universal Dependencies, English Web Treebank), shared by the
 * extractors. Each model is read from the classpath once, on first use, and the tools handed out
 * are thread-safe, so one holder serves every document and thread. The composition root creates
 * one holder and passes it to the extractors that need it.
 */
public final class OpenNlpModels {

    /** Resource names at the root of the opennlp-models-*-en 1.3.0 jars. */
    public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    public static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final Lazy<ThreadSafeSentenceDetectorME> sentenceDetector;
    private final Lazy<ThreadSafePOSTaggerME> posTagger;
    private final Lazy<ThreadSafeLemmatizerME> lemmatizer;

    public OpenNlpModels() {
        this(OpenNlpModels.class.getClassLoader());
    }

    OpenNlpModels(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        ModelReader<SentenceModel> sentences = SentenceModel::new;
        ModelReader<POSModel> pos = POSModel::new;
        ModelReader<LemmatizerModel> lemmas = LemmatizerModel::new;
        this.sentenceDetector = new Lazy<>(() -> {
            SentenceModel model = read(classLoader, SENTENCE_MODEL, sentences);
            return new ThreadSafeSentenceDetectorME(model);
        });
        this.posTagger = new Lazy<>(() -> {
            POSModel model = read(classLoader, POS_MODEL, pos);
            return new ThreadSafePOSTaggerME(model, POSTagFormat.UD);
        });
        this.lemmatizer = new Lazy<>(() -> {
            LemmatizerModel model = read(classLoader, LEMMA_MODEL, lemmas);
            return new ThreadSafeLemmatizerME(model);
        });
    }

    /** Starts reading the three models in the background; returns at once. */
    public void preload() {
        sentenceDetector.startLoading("opennlp-sentence-load");
        posTagger.startLoading("opennlp-pos-load");
        lemmatizer.startLoading("opennlp-lemma-load");
    }

    /** Sentence splitter; {@code sentPosDetect} gives character spans. */
    public SentenceDetector sentenceDetector() {
        return sentenceDetector.get();
    }

    /** Part-of-speech tagger giving Universal Dependencies tags (NOUN, PROPN, ADJ, NUM, ...). */
    public POSTagger posTagger() {
        return posTagger.get();
    }

    /**
     * Lemmatizer. It was trained on Penn Treebank tags: pass {@code NNS} for a plural noun
     * ("dispatches" gives "dispatch" with NNS but not with the UD tag NOUN).
     */
    public Lemmatizer lemmatizer() {
        return lemmatizer.get();
    }

    /** Whether each model has been read yet: sentence, POS, lemma (for tests and diagnostics). */
    boolean[] loaded() {
        return new boolean[] {sentenceDetector.isLoaded(), posTagger.isLoaded(), lemmatizer.isLoaded()};
    }

    @FunctionalInterface
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(ClassLoader classLoader, String resource, ModelReader<M> reader) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException("OpenNLP model not on the classpath: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
