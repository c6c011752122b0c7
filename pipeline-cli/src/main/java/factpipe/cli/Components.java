package factpipe.cli;

import factpipe.core.json.FactSetJson;
import factpipe.core.json.FactSetSchema;
import factpipe.core.pipeline.Extractor;
import factpipe.core.pipeline.Pipeline;
import factpipe.extract.count.CountExtractor;
import factpipe.extract.country.CountryExtractor;
import factpipe.extract.date.DateExtractor;
import factpipe.extract.country.CountryGazetteer;
import factpipe.extract.organization.CrfOrganizationFinder;
import factpipe.extract.organization.OrganizationExtractor;
import factpipe.extract.organization.OrganizationGazetteer;
import factpipe.extract.treaty.TreatyExtractor;
import factpipe.extract.treaty.TreatyGazetteer;
import factpipe.ingest.DocumentReader;
import factpipe.nlp.CoreNlpNer;
import factpipe.nlp.OpenNlpModels;
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
        CountryGazetteer countries = new CountryGazetteer();
        return List.of(
                new DateExtractor(),
                new TreatyExtractor(new TreatyGazetteer()),
                new OrganizationExtractor(new OrganizationGazetteer(), countries,
                        List.of(new CrfOrganizationFinder(new CoreNlpNer()))),
                new CountryExtractor(countries),
                new CountExtractor(new OpenNlpModels()));
    }

    static Pipeline pipeline() {
        return new Pipeline(extractors());
    }
}
