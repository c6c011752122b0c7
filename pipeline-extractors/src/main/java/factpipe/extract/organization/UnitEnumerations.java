package factpipe.extract.organization;

import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Units a text lists by their distinctive words after the plural of their kind: "6 sub-groups
 * (Law Enforcement Projects, Counter-Terrorism Practitioners, and Transportation Security)" names
 * three bodies, each called by its words and the singular of the kind ("Law Enforcement Projects
 * Sub-Group"). Only a bracketed or colon-led list of two or more capitalised names counts; one
 * item that is no name makes the list no list of names. Immutable and thread-safe.
 */
final class UnitEnumerations {

    static final String UNIT_PLURALS = "/factpipe/organization/unit-plurals.tsv";

    /** Words that may join the capitalised words of one item ("Research and Development"); a leading "and" joins the last item to the list. */
    private static final Set<String> JOINERS = Set.of("of", "and", "for", "on", "&", "-", "the");
    private static final int MAX_ITEM_WORDS = 6;

    /** One listed unit: its token range {@code [from, to)} and its full name. */
    record Unit(int from, int to, String name) {
    }

    private final TokenTrie<String> plurals;
    private final String resourceHash;

    UnitEnumerations() {
        this(ResourceLines.load(UNIT_PLURALS));
    }

    UnitEnumerations(ResourceLines resource) {
        TokenTrie.Builder<String> builder = TokenTrie.builder(true, Set.of());
        for (String[] row : resource.rows(2)) {
            builder.add(row[0], row[1]);
        }
        plurals = builder.build();
        resourceHash = resource.sha256();
    }

    String resourceHash() {
        return resourceHash;
    }

    List<Unit> find(String text, List<Token> tokens) {
        List<Unit> found = new ArrayList<>();
        for (TokenTrie.Match<String> kind : plurals.findAll(tokens)) {
            int open = kind.to();
            if (open < tokens.size() && (tokens.get(open).is("(") || tokens.get(open).is(":"))) {
                found.addAll(items(text, tokens, open + 1, tokens.get(open).is("("), kind.value()));
            }
        }
        return found;
    }

    private List<Unit> items(String text, List<Token> tokens, int from, boolean bracketed, String singular) {
        List<Unit> units = new ArrayList<>();
        int k = from;
        while (k < tokens.size()) {
            if (tokens.get(k).is("and") || tokens.get(k).is("or")) {
                k++;
            }
            int start = k;
            int words = 0;
            while (k < tokens.size() && !isSeparator(tokens.get(k)) && (k == start || !tokens.get(k).atLineStart())) {
                Token t = tokens.get(k);
                if (t.isWord() && t.isCapitalized() && !Character.isDigit(t.norm().charAt(0))) {
                    words++;
                } else if (!JOINERS.contains(t.norm()) || k == start) {
                    return List.of();
                }
                k++;
            }
            if (words == 0 || words > MAX_ITEM_WORDS || k == start || !tokens.get(k - 1).isWord()) {
                return List.of();
            }
            String item = text.substring(tokens.get(start).start(), tokens.get(k - 1).end()).replaceAll("\\s+", " ");
            String last = singular.substring(singular.lastIndexOf(' ') + 1);
            units.add(new Unit(start, k, item.endsWith(last) ? item : item + " " + singular));
            if (k >= tokens.size() || tokens.get(k).is(")") || tokens.get(k).is(".") || tokens.get(k).is(";")) {
                break;
            }
            k++;
        }
        boolean closed = k < tokens.size() && (bracketed ? tokens.get(k).is(")") : !tokens.get(k).is(";"));
        return closed && units.size() >= 2 ? units : List.of();
    }

    private static boolean isSeparator(Token t) {
        return t.is(",") || t.is(")") || t.is(".") || t.is(";");
    }
}
