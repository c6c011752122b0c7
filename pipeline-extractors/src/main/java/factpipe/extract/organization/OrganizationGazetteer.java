package factpipe.extract.organization;

import factpipe.core.fact.OrganizationValue;
import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import factpipe.extract.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known bodies with canonical names, acronyms and countries, and their surface forms in a
 * case-sensitive token trie (articles ignored). A surface may name several bodies: national
 * names ("Ministry of Foreign Affairs", "National Police") name a body of many states, and the
 * extractor chooses by context. Immutable and thread-safe.
 */
public final class OrganizationGazetteer {

    public static final String ORGANIZATIONS = "/factpipe/gazetteer/organizations.tsv";
    public static final String NATIONAL_NAMES = "/factpipe/gazetteer/national-body-names.txt";

    /** Written or left out at will: "Bali-Process", "the Colombo Plan". */
    static final Set<String> IGNORED = Set.of("the", "-");
    /** Function words that titles capitalise or not: "ASEAN plus Three". */
    static final Set<String> CASE_FREE = Set.of("of", "and", "for", "on", "in", "against", "to", "plus", "at", "by", "with", "between");
    /** Words a long name keeps its meaning without: "Ministry Land Infrastructure and Transport". */
    static final Set<String> FUNCTION_WORDS = Set.of("the", "-", "of", "and", ",", "for", "on", "in", "&");
    /** Content words a name needs before it is matched without its function words. */
    private static final int LOOSE_MIN_WORDS = 3;

    private final TokenTrie<List<OrganizationValue>> trie;
    private final TokenTrie<List<OrganizationValue>> looseTrie;
    private final Map<String, List<OrganizationValue>> byAcronym = new LinkedHashMap<>();
    private final Map<String, List<OrganizationValue>> byName = new LinkedHashMap<>();
    private final Set<String> nationalNames;
    private final List<String> resourceHashes;

    public OrganizationGazetteer() {
        this(ResourceLines.load(ORGANIZATIONS), ResourceLines.load(NATIONAL_NAMES));
    }

    OrganizationGazetteer(ResourceLines resource, ResourceLines nationalNames) {
        Map<String, List<OrganizationValue>> bySurface = new LinkedHashMap<>();
        for (String[] row : resource.rows(4)) {
            // "(IOC)": the body's acronym, but a bare IOC in the text means another body
            boolean sharedAcronym = row[1].startsWith("(") && row[1].endsWith(")");
            String acronym = sharedAcronym ? row[1].substring(1, row[1].length() - 1).strip() : row[1];
            OrganizationValue org = new OrganizationValue(row[0], emptyToNull(acronym), emptyToNull(row[2]));
            add(bySurface, row[0], org);
            byName.computeIfAbsent(row[0], k -> new ArrayList<>()).add(org);
            if (org.acronym() != null) {
                if (!sharedAcronym) {
                    add(bySurface, org.acronym(), org);
                }
                byAcronym.computeIfAbsent(org.acronym(), k -> new ArrayList<>()).add(org);
            }
            if (!row[3].isEmpty()) {
                for (String alias : row[3].split("\\|")) {
                    if (!alias.isBlank()) {
                        add(bySurface, alias.strip(), org);
                    }
                }
            }
        }
        TokenTrie.Builder<List<OrganizationValue>> builder = TokenTrie.builder(IGNORED, CASE_FREE);
        bySurface.forEach((surface, orgs) -> builder.add(surface, List.copyOf(orgs)));
        trie = builder.build();
        TokenTrie.Builder<List<OrganizationValue>> loose = TokenTrie.builder(FUNCTION_WORDS, Set.of());
        bySurface.forEach((surface, orgs) -> {
            if (contentWords(surface) >= LOOSE_MIN_WORDS) {
                loose.add(surface, List.copyOf(orgs));
            }
        });
        looseTrie = loose.build();
        this.nationalNames = Set.copyOf(nationalNames.lines().stream().map(String::strip).toList());
        resourceHashes = List.of(resource.sha256(), nationalNames.sha256());
    }

    private static void add(Map<String, List<OrganizationValue>> bySurface, String surface, OrganizationValue org) {
        List<OrganizationValue> list = bySurface.computeIfAbsent(surface, k -> new ArrayList<>());
        if (!list.contains(org)) {
            list.add(org);
        }
    }

    private static long contentWords(String surface) {
        return Tokenizer.tokenize(surface).stream().filter(t -> t.isWord() && !FUNCTION_WORDS.contains(t.norm())).count();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    public TokenTrie<List<OrganizationValue>> trie() {
        return trie;
    }

    /**
     * The long names (three content words or more) matched without their function words and
     * commas, for names written carelessly or garbled in translation: "Ministry Land
     * Infrastructure and Transport" is the Ministry of Land, Infrastructure and Transport.
     */
    public TokenTrie<List<OrganizationValue>> looseTrie() {
        return looseTrie;
    }

    /** Known bodies with this canonical name (one per country for generic national names). */
    public List<OrganizationValue> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public List<OrganizationValue> byAcronym(String acronym) {
        return byAcronym.getOrDefault(acronym, List.of());
    }

    /** The bodies a whole surface names ("INTERPOL Executive Committee"), or none. */
    public List<OrganizationValue> bySurface(String surface) {
        List<Token> tokens = Tokenizer.tokenize(surface);
        if (tokens.isEmpty()) {
            return List.of();
        }
        TokenTrie.Match<List<OrganizationValue>> m = trie.longestAt(tokens, 0);
        return m != null && m.to() == tokens.size() ? m.value() : List.of();
    }

    /** A name many states give a body of their own ("National Police", "Cabinet"). */
    public boolean isNationalName(String surface) {
        return nationalNames.contains(surface);
    }

    public List<String> resourceHashes() {
        return resourceHashes;
    }
}
