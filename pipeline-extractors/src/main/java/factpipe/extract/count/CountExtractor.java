package factpipe.extract.count;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.fact.Span;
import factpipe.core.pipeline.Extractor;
import factpipe.extract.organization.OrganizationGazetteer;
import factpipe.nlp.OpenNlpModels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * COUNT facts: cardinal numbers of countable things, money included, with the counted noun as
 * unit (an ISO 4217 code for money) and an optional qualifier. The span is the number expression
 * only: digits or number words, scale words and, for money, the currency symbol, code or name
 * ("$599 million", "3.8 billion yen"); the qualifier and the counted noun are in the value.
 *
 * <p>Decisions where the fact guide is silent:
 * <ul>
 *   <li>A bare "$" or "dollars" is US dollars. "pounds", "won" and the like are money only after a
 *       scale word ("2 million pounds") and never before "of" ("500 pounds of cannabis").</li>
 *   <li>Measures ("500 kilograms", "200 nautical miles") are not counts, like durations.</li>
 *   <li>A name or acronym right before the counted noun says what kind of thing is counted and
 *       stays, as written ("16 UN PKO missions" gives "PKO mission", "three Chinese visits" gives
 *       "Chinese visit"); one further left says whose and goes ("UN"), and so does one that names
 *       a body, known to the organisation gazetteer or defined in the document ("five FBI agents"
 *       gives "agent", "two Japan Coast Guard officers" "officer", "four MCT instructors" after
 *       "Mobile Cooperation Team (MCT)" "instructor"). In a title-case phrase capitals mark no names: its words
 *       are kept in lower case ("13 ReCAAP Contracting Parties" gives "contracting party",
 *       "the 12 Counter-Terrorism Conventions and Protocols" gives "counter-terrorism convention
 *       and protocol": a count of instruments, not a name like "the 40 Recommendations").</li>
 *   <li>Adjectives that rank or describe ("new", "key", "major", "separate") are dropped;
 *       classifying ones ("maritime", "military", "international") stay.</li>
 *   <li>A number after a collective noun and "of" with no noun of its own counts the members:
 *       the collective is its unit ("a staff of 14" gives "staff", "a team of 12" gives "team");
 *       a noun after the number wins ("a group of 25 experts" gives "expert").</li>
 *   <li>A four-digit number from 1800 to 2100 without separator is a year unless a qualifier
 *       ("more than 1900 officers") or a currency goes with it.</li>
 *   <li>A range of things ("20–25 participants", "10 to 15 officers", "between 10 and 15
 *       officers") is two counts of the noun after it: the low one AT_LEAST, the high one UP_TO.
 *       After "from" ("from 20 to 25 members", mostly a change) the two carry no qualifier. A
 *       range with a time unit or a unit of measure ("three to five days") is no count at all.
 *       Fractions ("two and a half") are not counts.</li>
 * </ul>
 *
 * <p>Every count is read again from its span text alone; one whose span does not give back the
 * same quantity and currency is dropped with a warning rather than emitted wrong.
 */
public final class CountExtractor implements Extractor {

    public static final String NAME = "count-grammar";
    public static final String VERSION = "4";

    private static final Logger LOG = LoggerFactory.getLogger(CountExtractor.class);

    private final CountReader prose;
    private final TableCounts tables;
    private final TextTagger tagger;
    private final RoundTrip roundTrip;
    private final CountLexicon lexicon;
    private final OpenNlpModels models;
    private final BodyNames bodies;
    private final OrganizationGazetteer organizations;

    /** With an organisation gazetteer of its own. */
    public CountExtractor(OpenNlpModels models) {
        this(models, new OrganizationGazetteer());
    }

    /** {@code organizations} tells which names before a counted noun are bodies' ("FBI agents"). */
    public CountExtractor(OpenNlpModels models, OrganizationGazetteer organizations) {
        Objects.requireNonNull(models, "models");
        this.models = models;
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.lexicon = CountLexicon.load();
        this.bodies = BodyNames.of(organizations, lexicon.bodyHeads);
        NounLemmas lemmas = new NounLemmas(lexicon.unitLemmas, models::lemmatizer);
        UnitPhrase units = new UnitPhrase(lexicon, lemmas);
        this.tagger = new TextTagger(models);
        this.prose = new CountReader(lexicon, units);
        this.tables = new TableCounts(lexicon, units, prose, tagger);
        this.roundTrip = new RoundTrip(new AmountReader(lexicon.numbers, lexicon.currencies));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    /**
     * The id, the OpenNLP models and the SHA-256 of each word list and of the organisation
     * gazetteer: a changed list changes the output.
     */
    @Override
    public String fingerprint() {
        return id() + " " + String.join(" ", OpenNlpModels.SENTENCE_MODEL, OpenNlpModels.POS_MODEL,
                OpenNlpModels.LEMMA_MODEL) + " " + String.join(" ", lexicon.resourceHashes)
                + " organizations " + String.join(" ", organizations.resourceHashes());
    }

    @Override
    public void preload() {
        models.preload();
    }

    @Override
    public List<Fact> extract(Document document) {
        String text = document.text();
        Discourse discourse = new Discourse();
        BodyNames named = bodies.inDocument(text);
        List<CountFinding> found = new ArrayList<>();
        for (TextLayout.Block block : TextLayout.of(text)) {
            if (block instanceof TextLayout.Paragraph p) {
                found.addAll(prose.read(tagger.tag(text, p.start(), p.end(), named), discourse));
            } else if (block instanceof TextLayout.Table t) {
                found.addAll(tables.read(text, t, named));
            }
        }
        found.sort(Comparator.comparing(CountFinding::span));
        List<Fact> facts = new ArrayList<>();
        Span last = null;
        for (CountFinding f : found) {
            if (last != null && last.overlaps(f.span())) {
                continue; // two COUNT facts never overlap
            }
            if (!roundTrips(text, f, document.id())) {
                continue;
            }
            facts.add(Fact.at(text, f.span(), f.value(), id()));
            last = f.span();
        }
        return List.copyOf(facts);
    }

    private boolean roundTrips(String text, CountFinding f, String documentId) {
        Optional<String> mismatch = roundTrip.mismatch(text, f);
        mismatch.ifPresent(reading -> LOG.warn("{}: dropped COUNT '{}' at {}: found {} {} but the span reads as {}",
                documentId, f.span().of(text), f.span(), f.value().quantity().toPlainString(), f.value().unit(),
                reading));
        return mismatch.isEmpty();
    }
}
