package factpipe.extract.date;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.fact.Span;
import factpipe.core.pipeline.Extractor;
import java.util.ArrayList;
import java.util.List;

/**
 * DATE facts by a date grammar over java.time: single dates in the common English forms, ranges
 * with shared parts, decades, centuries, seasons and Japanese fiscal years, written in EDTF as
 * the fact guide says. Bare numbers become years only where {@link YearRules} allow, and year-less
 * dates take their year by {@link YearInference}. Years in a table column headed "FY" are fiscal
 * years. Stateless and thread-safe.
 */
public final class DateExtractor implements Extractor {

    private final DateLexicon lexicon;
    private final Tokenizer tokenizer = new Tokenizer();
    private final DateGrammar grammar;
    private final YearRules yearRules;
    private final YearInference inference = new YearInference();

    public DateExtractor() {
        this.lexicon = DateLexicon.load();
        this.grammar = new DateGrammar(lexicon);
        this.yearRules = new YearRules(lexicon);
    }

    @Override
    public String name() {
        return "date-grammar";
    }

    @Override
    public String version() {
        return "3";
    }

    /** The id and the SHA-256 of each word list: a changed list changes the output. */
    @Override
    public String fingerprint() {
        return id() + " " + String.join(" ", lexicon.resourceHashes());
    }

    @Override
    public List<Fact> extract(Document document) {
        String text = document.text();
        List<Token> tokens = tokenizer.tokenize(text);
        TextLayout layout = new TextLayout(text, tokens, lexicon);
        List<DateMention> accepted = new ArrayList<>();
        for (DateMention m : grammar.scan(tokens)) {
            if (m.kind() != DateMention.Kind.YEARS) {
                accepted.add(m);
            } else if (yearRules.accepts(m, tokens, layout)) {
                accepted.add(yearRules.inFiscalColumn(m, tokens, layout) ? m.asFiscal() : m);
            }
        }
        List<Fact> facts = new ArrayList<>(accepted.size());
        for (DateMention m : inference.resolve(accepted, layout)) {
            facts.add(Fact.at(text, new Span(m.start(), m.end()), m.value(), id()));
        }
        return facts;
    }
}
