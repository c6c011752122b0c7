package factpipe.extract.treaty;

import factpipe.core.fact.TreatyValue;
import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import factpipe.extract.text.Tokenizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * International legal instruments with their full official English titles, acronyms and short
 * names. Titles of three words or more match in any case and with or without articles ("Convention
 * for Suppression of ..."); acronyms and short names match case-sensitively ("UNTOC", "Hague
 * Convention"). Immutable and thread-safe.
 */
public final class TreatyGazetteer {

    public static final String TREATIES = "/factpipe/gazetteer/treaties.tsv";
    static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Left out or written at will in long titles: articles, hyphens, commas. */
    static final Set<String> WRITTEN_AT_WILL = Set.of("the", "a", "an", "-", ",");

    private final TokenTrie<TreatyValue> titles;
    private final TokenTrie<TreatyValue> shortForms;
    private final Map<String, TreatyValue> byNormalizedTitle = new HashMap<>();
    private final String resourceHash;

    public TreatyGazetteer() {
        this(ResourceLines.load(TREATIES));
    }

    TreatyGazetteer(ResourceLines resource) {
        TokenTrie.Builder<TreatyValue> longB = TokenTrie.builder(true, WRITTEN_AT_WILL);
        TokenTrie.Builder<TreatyValue> shortB = TokenTrie.builder(ARTICLES, Set.of("of", "and", "for", "on", "in", "against", "to", "between"));
        for (String[] row : resource.rows(3)) {
            TreatyValue t = new TreatyValue(row[0], row[1].isEmpty() ? null : row[1]);
            add(longB, shortB, row[0], t);
            if (t.acronym() != null) {
                shortB.add(t.acronym(), t);
            }
            for (String alias : row[2].split("\\|")) {
                if (!alias.isBlank()) {
                    add(longB, shortB, alias.strip(), t);
                }
            }
        }
        titles = longB.build();
        shortForms = shortB.build();
        resourceHash = resource.sha256();
    }

    private void add(TokenTrie.Builder<TreatyValue> longB, TokenTrie.Builder<TreatyValue> shortB, String surface, TreatyValue t) {
        long words = Tokenizer.tokenize(surface).stream().filter(Token::isWord)
                .filter(w -> !ARTICLES.contains(w.norm().toLowerCase(Locale.ROOT))).count();
        if (words >= 3) {
            longB.add(surface, t);
            byNormalizedTitle.putIfAbsent(normalize(surface), t);
        } else {
            shortB.add(surface, t);
        }
    }

    /** Lower case, articles and punctuation dropped: how two spellings of a title are compared. */
    static String normalize(String title) {
        StringBuilder sb = new StringBuilder();
        for (Token t : Tokenizer.tokenize(title)) {
            String w = t.norm().toLowerCase(Locale.ROOT);
            if (t.isWord() && !ARTICLES.contains(w)) {
                sb.append(w).append(' ');
            }
        }
        return sb.toString().strip();
    }

    public TokenTrie<TreatyValue> titles() {
        return titles;
    }

    public TokenTrie<TreatyValue> shortForms() {
        return shortForms;
    }

    /** The known instrument with this title, however its articles and case are written, or null. */
    public TreatyValue byTitle(String title) {
        return byNormalizedTitle.get(normalize(title));
    }

    public String resourceHash() {
        return resourceHash;
    }
}
