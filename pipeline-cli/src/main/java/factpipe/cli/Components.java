package factpipe.cli;

import factpipe.core.json.FactSetJson;
import factpipe.core.json.FactSetSchema;
import factpipe.core.pipeline.Extractor;
import factpipe.core.pipeline.Pipeline;
import factpipe.extract.count.CountExtractor;
import factpipe.extract.country.CountryExtractor;
import factpipe.extract.country.CountryGazetteer;
import factpipe.extract.date.DateExtractor;
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
 * and the JSON codec. Extractors load their models lazily, on the first document that needs them
 * (or when {@link Pipeline#preload()} is called); building them only reads their word lists and
 * gazetteers, which an incremental run needs for the pipeline fingerprint (about 0.3 s of a run
 * with nothing to extract; reading them in parallel gained nothing measurable on two cores).
 */
final class Components {

    private Components() {
    }

    /** The NLP model holders the extractors share; each model is read on first use. */
    record Models(OpenNlpModels openNlp, CoreNlpNer ner) {
        static Models create() {
            return new Models(new OpenNlpModels(), new CoreNlpNer());
        }
    }

    static FactSetJson json() {
        return new FactSetJson(new FactSetSchema());
    }

    static DocumentReader reader(long maxBytes) {
        return new DocumentReader(maxBytes);
    }

    static List<Extractor> extractors() {
        return extractors(Models.create());
    }

    /** The extractors, most specific first: on equal spans the earlier one wins. */
    static List<Extractor> extractors(Models models) {
        CountryGazetteer countries = new CountryGazetteer();
        OrganizationGazetteer organizations = new OrganizationGazetteer();
        return List.of(
                new DateExtractor(),
                new TreatyExtractor(new TreatyGazetteer(), countries),
                new OrganizationExtractor(organizations, countries, List.of(new CrfOrganizationFinder(models.ner()))),
                new CountryExtractor(countries),
                new CountExtractor(models.openNlp(), organizations));
    }

    static Pipeline pipeline() {
        return new Pipeline(extractors());
    }

    static Pipeline pipeline(Models models) {
        return new Pipeline(extractors(models));
    }
}
