package factpipe.cli.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import factpipe.core.document.Document;
import java.util.List;
import java.util.Properties;

/**
 * The stock CoreNLP pipeline factpipe is measured against: the annotators a user would reach for
 * to find dates, organisations and numbers, with CoreNLP's default settings. The constructor
 * loads every model. One instance is shared by all threads, as CoreNLP's own multi-threaded
 * {@code annotate} does.
 */
final class BaselinePipeline {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final StanfordCoreNLP pipeline;

    BaselinePipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Annotates the document and returns how many entity mentions NER found in it. */
    int annotate(Document document) {
        Annotation annotation = new Annotation(document.text());
        pipeline.annotate(annotation);
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        return mentions == null ? 0 : mentions.size();
    }
}
