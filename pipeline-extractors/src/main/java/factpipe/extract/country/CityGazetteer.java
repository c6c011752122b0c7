package factpipe.extract.country;

import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import java.util.List;
import java.util.Set;

/**
 * Capitals and the cities where missions and international bodies sit, with the state each lies
 * in: "the Chinese Embassy in Tokyo" is in Japan, "the Directorate of Criminal Investigations in
 * Nairobi" is Kenya's. Spellings that name cities of several states are left out of the data.
 * Immutable and thread-safe.
 */
public final class CityGazetteer {

    public static final String CITIES = "/factpipe/gazetteer/cities.tsv";

    /** A city named at tokens {@code [from, to)} and the state it lies in. */
    public record City(int from, int to, String iso2) {
    }

    private final TokenTrie<String> trie;
    private final String resourceHash;

    public CityGazetteer() {
        this(ResourceLines.load(CITIES));
    }

    CityGazetteer(ResourceLines resource) {
        TokenTrie.Builder<String> builder = TokenTrie.builder(false, Set.of());
        for (String[] row : resource.rows(2)) {
            builder.add(row[0], row[1]);
        }
        trie = builder.build();
        resourceHash = resource.sha256();
    }

    /** The city named at token {@code at}, or null. */
    public City cityAt(List<Token> tokens, int at) {
        if (at < 0 || at >= tokens.size()) {
            return null;
        }
        TokenTrie.Match<String> m = trie.longestAt(tokens, at);
        return m != null ? new City(m.from(), m.to(), m.value()) : null;
    }

    public String resourceHash() {
        return resourceHash;
    }
}
