package factpipe.core.pipeline;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

/**
 * Runs an ordered list of extractors over a document and merges their output into one fact
 * set. Earlier extractors are the more specific ones: they win same-length overlaps. The
 * pipeline is itself an {@link Extractor}, so pipelines compose.
 */
public final class Pipeline implements Extractor {

    private final List<Extractor> extractors;
    private final FactMerger merger;

    public Pipeline(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < this.extractors.size(); i++) {
            rank.putIfAbsent(this.extractors.get(i).id(), i);
        }
        this.merger = new FactMerger(id -> rank.getOrDefault(id, Integer.MAX_VALUE));
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    public FactSet run(Document document) {
        return new FactSet(document.info(), extract(document));
    }

    @Override
    public List<Fact> extract(Document document) {
        List<Fact> all = new ArrayList<>();
        for (Extractor e : extractors) {
            all.addAll(e.extract(document));
        }
        return merger.merge(all);
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public void preload() {
        extractors.forEach(Extractor::preload);
    }

    /** The fingerprints of all stages, in order. */
    @Override
    public String fingerprint() {
        return extractors.stream().map(Extractor::fingerprint).collect(Collectors.joining("\n"));
    }

    /** The versions of all stages, e.g. "country-gazetteer@1+date-grammar@2". */
    @Override
    public String version() {
        return extractors.stream().map(Extractor::id).collect(Collectors.joining("+"));
    }

}
