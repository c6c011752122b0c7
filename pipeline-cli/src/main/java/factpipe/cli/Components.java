package factpipe.cli;

import factpipe.core.json.FactSetJson;
import factpipe.core.json.FactSetSchema;
import factpipe.core.pipeline.Extractor;
import factpipe.core.pipeline.Pipeline;
import factpipe.ingest.DocumentReader;
import java.util.List;

/**
 * The composition root: the one place that builds the reader, the extractors in their order,
 * and the JSON codec. Extractors load their models lazily, on the first document that needs them.
 */
final class Components {

    private Components() {
    }

    static FactSetJson json() {
        return new FactSetJson(new FactSetSchema());
    }

    static DocumentReader reader(long maxBytes) {
        return new DocumentReader(maxBytes);
    }

    /** The extractors, most specific first: on equal spans the earlier one wins. */
    static List<Extractor> extractors() {
        return List.of();
    }

    static Pipeline pipeline() {
        return new Pipeline(extractors());
    }
}
