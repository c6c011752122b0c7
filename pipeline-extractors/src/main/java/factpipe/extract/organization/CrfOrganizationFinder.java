package factpipe.extract.organization;

import factpipe.core.fact.Span;
import factpipe.nlp.CoreNlpNer;
import java.util.List;

/** The CoreNLP CRF classifier's ORGANIZATION spans. */
public final class CrfOrganizationFinder implements OrganizationFinder {

    private final CoreNlpNer ner;

    public CrfOrganizationFinder(CoreNlpNer ner) {
        this.ner = ner;
    }

    @Override
    public List<Span> find(String passage) {
        return ner.find(passage, "ORGANIZATION");
    }

    @Override
    public String id() {
        return "crf-conll4";
    }

    @Override
    public void preload() {
        ner.preload();
    }
}
