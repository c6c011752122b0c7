package factpipe.extract.country;

import factpipe.core.fact.CountryValue;
import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import factpipe.extract.text.Tokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 3166-1 states and territories: one canonical English short name per code, and every
 * surface form (official, short, historical names, abbreviations, adjectives and demonyms) in a
 * case-sensitive token trie, with the phrases in which such a word is not a country
 * ("Indian Ocean", "US dollars"), the nouns of geographic features that make a state's name a
 * place's, after it ("Somali Basin") or before it ("Lake Chad"), and the names of languages that
 * are no state's adjective ("English"). Immutable and thread-safe.
 */
public final class CountryGazetteer {

    public static final String COUNTRIES = "/factpipe/gazetteer/countries.tsv";
    public static final String EXCLUSIONS = "/factpipe/gazetteer/country-exclusions.txt";
    public static final String FEATURES = "/factpipe/gazetteer/geographic-feature-nouns.txt";
    public static final String FEATURE_TITLES = "/factpipe/gazetteer/geographic-feature-titles.txt";
    public static final String LANGUAGE_NAMES = "/factpipe/gazetteer/language-names.txt";

    /** What a surface form stands for. */
    public sealed interface Surface permits Country, NotCountry {
    }

    /** A form that names a state, as a name or as an adjective/demonym. */
    public record Country(String iso2, boolean adjective) implements Surface {
    }

    /** A phrase that contains a country word but does not refer to the state. */
    public record NotCountry() implements Surface {
    }

    private final Map<String, String> canonicalNames;
    private final Map<String, Country> bySurface;
    private final TokenTrie<Surface> trie;
    private final Set<String> featureNouns;
    /** Feature nouns written before a name, each as the tokenizer splits it ("Mt." is "Mt", "."). */
    private final List<List<String>> featureTitles;
    /** Languages that are no state's adjective: "English", "Arabic". */
    private final Set<String> languageNames;
    private final List<String> resourceHashes;

    public CountryGazetteer() {
        this(ResourceLines.load(COUNTRIES), ResourceLines.load(EXCLUSIONS), ResourceLines.load(FEATURES),
                ResourceLines.load(FEATURE_TITLES), ResourceLines.load(LANGUAGE_NAMES));
    }

    CountryGazetteer(ResourceLines countries, ResourceLines exclusions, ResourceLines features,
                     ResourceLines featureTitles, ResourceLines languageNames) {
        canonicalNames = new HashMap<>();
        bySurface = new HashMap<>();
        TokenTrie.Builder<Surface> builder = TokenTrie.builder(false, Set.of());
        for (String[] row : countries.rows(3)) {
            String iso2 = row[0];
            String kind = row[1];
            String surface = row[2];
            if (kind.equals("canonical")) {
                canonicalNames.put(iso2, surface);
            } else if (!kind.equals("name") && !kind.equals("adjective")) {
                throw new IllegalStateException(COUNTRIES + ": unknown kind " + kind);
            }
            Country c = new Country(iso2, kind.equals("adjective"));
            bySurface.putIfAbsent(surface, c);
            builder.add(surface, c);
            // headings write names in capitals ("ASEAN-JAPAN"); abbreviations are capitals already
            String upper = surface.toUpperCase(Locale.ROOT);
            if (!kind.equals("adjective") && !upper.equals(surface) && surface.codePoints().filter(Character::isLetter).count() >= 4) {
                builder.add(upper, c);
            }
        }
        NotCountry not = new NotCountry();
        for (String phrase : exclusions.lines()) {
            builder.add(phrase.strip(), not);
        }
        trie = builder.build();
        featureNouns = Set.copyOf(features.lines().stream().map(String::strip).toList());
        this.featureTitles = featureTitles.lines().stream()
                .map(l -> Tokenizer.tokenize(l.strip()).stream().map(Token::norm).toList()).toList();
        this.languageNames = Set.copyOf(languageNames.lines().stream().map(String::strip).toList());
        for (String language : this.languageNames) {
            if (bySurface.containsKey(language)) {
                throw new IllegalStateException(LANGUAGE_NAMES + ": " + language + " names a state in " + COUNTRIES);
            }
        }
        resourceHashes = List.of(countries.sha256(), exclusions.sha256(), features.sha256(), featureTitles.sha256(),
                languageNames.sha256());
    }

    public TokenTrie<Surface> trie() {
        return trie;
    }

    /** The fixed English short name of a code. */
    public String name(String iso2) {
        String name = canonicalNames.get(iso2);
        if (name == null) {
            throw new IllegalArgumentException("unknown ISO 3166-1 code " + iso2);
        }
        return name;
    }

    public CountryValue value(Country c) {
        return new CountryValue(c.iso2(), name(c.iso2()), c.adjective());
    }

    /** The state a surface form names exactly ("Japanese" -> JP), or null. */
    public Country lookup(String surface) {
        return bySurface.get(surface);
    }

    /** A capitalised noun of a geographic feature, as written: "Basin", "Strait", "Sea". */
    public boolean isFeatureNoun(String word) {
        return featureNouns.contains(word);
    }

    /**
     * Whether a capitalised feature noun written before a name ("Lake", "Mount", "Mt.") ends right
     * before token {@code at}, on its line: "Lake Chad".
     */
    public boolean featureTitleBefore(List<Token> tokens, int at) {
        for (List<String> title : featureTitles) {
            int from = at - title.size();
            if (from < 0) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < title.size() && match; k++) {
                match = tokens.get(from + k).is(title.get(k)) && (k == 0 || tokens.get(from + k).newlinesBefore() == 0);
            }
            if (match && tokens.get(at).newlinesBefore() == 0) {
                return true;
            }
        }
        return false;
    }

    /** The names of languages that are no state's adjective, as written: "English", "Arabic". */
    public Set<String> languageNames() {
        return languageNames;
    }

    public boolean isKnownCode(String iso2) {
        return canonicalNames.containsKey(iso2);
    }

    public List<String> resourceHashes() {
        return resourceHashes;
    }
}
