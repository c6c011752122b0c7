package factpipe.extract.count;

import factpipe.extract.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word list the COUNT extractor reads, loaded once from {@code /factpipe/count/}, with the
 * SHA-256 of each file for the extractor's fingerprint. Immutable and safe to share.
 */
final class CountLexicon {

    static final String DIRECTORY = "/factpipe/count/";
    /** The organisation grammar's head nouns: one list of what ends a body's name. */
    static final String BODY_HEADS = "/factpipe/organization/heads.txt";

    final NumberWords numbers;
    final Currencies currencies;
    final Qualifiers qualifiers;
    /** "Article 5", "page 12", "No. 1" */
    final Phrases identifierHeads;
    /** "the 40 Recommendations" */
    final Set<String> namedSetHeads;
    final Set<String> timeUnits;
    final Set<String> measureUnits;
    /** "%", "percent", "per cent" */
    final Phrases percentWords;
    /** "a.m.", "o'clock" */
    final Phrases clockWords;
    /** "aged 25" */
    final Set<String> ageWords;
    /** "one of", "no one" */
    final Phrases oneIdioms;
    final Set<String> qualitativeAdjectives;
    final Set<String> classifyingAdjectives;
    final List<String> classifyingSuffixes;
    final Set<String> nonUnitNouns;
    final Set<String> anaphoricHeads;
    /** "a staff of 14", "a team of 12" */
    final Set<String> collectiveNouns;
    /** head nouns of bodies' names: "agency", "team" */
    final Set<String> bodyHeads;
    /** table headers of columns that label rows: "Date", "Rank" */
    final Set<String> rowLabelHeaders;
    /** plural form -> unit, for nouns the lemmatizer gets wrong or leaves alone */
    final Map<String, String> unitLemmas;
    /** "file sha256" of every list read, in reading order */
    final List<String> resourceHashes;

    private final List<String> hashes = new ArrayList<>();

    private CountLexicon() {
        numbers = NumberWords.of(read("number-words.tsv").rows(3));
        currencies = Currencies.of(read("currencies.tsv").rows(4));
        qualifiers = Qualifiers.of(read("qualifiers.tsv").rows(3), read("phrasal-verbs.txt").lines());
        identifierHeads = phrases("identifier-heads.txt");
        namedSetHeads = words("named-set-heads.txt");
        timeUnits = words("time-units.txt");
        measureUnits = words("measure-units.txt");
        percentWords = phrases("percent-words.txt");
        clockWords = phrases("clock-words.txt");
        ageWords = words("age-words.txt");
        oneIdioms = phrases("one-idioms.txt");
        qualitativeAdjectives = words("qualitative-adjectives.txt");
        Set<String> classifying = new HashSet<>();
        List<String> suffixes = new java.util.ArrayList<>();
        for (String w : words("classifying-adjectives.txt")) {
            if (w.startsWith("-")) {
                suffixes.add(w.substring(1));
            } else {
                classifying.add(w);
            }
        }
        classifyingAdjectives = Set.copyOf(classifying);
        classifyingSuffixes = List.copyOf(suffixes);
        nonUnitNouns = words("non-unit-nouns.txt");
        anaphoricHeads = words("anaphoric-heads.txt");
        collectiveNouns = words("collective-nouns.txt");
        rowLabelHeaders = words("row-label-headers.txt");
        ResourceLines heads = ResourceLines.load(BODY_HEADS);
        hashes.add(BODY_HEADS + " " + heads.sha256());
        bodyHeads = lowerCase(heads);
        Map<String, String> lemmas = new HashMap<>();
        for (String[] f : read("unit-lemmas.tsv").rows(2)) {
            lemmas.put(f[0].toLowerCase(Locale.ROOT), f[1]);
        }
        unitLemmas = Map.copyOf(lemmas);
        resourceHashes = List.copyOf(hashes);
    }

    static ResourceLines resource(String name) {
        return ResourceLines.load(DIRECTORY + name);
    }

    private ResourceLines read(String name) {
        ResourceLines r = resource(name);
        hashes.add(name + " " + r.sha256());
        return r;
    }

    private Phrases phrases(String name) {
        return Phrases.of(read(name).lines());
    }

    static CountLexicon load() {
        return new CountLexicon();
    }

    /** An adjective that says what kind of thing is counted ("maritime", "international"). */
    boolean classifying(String lowerAdjective) {
        if (qualitativeAdjectives.contains(lowerAdjective)) {
            return false;
        }
        if (classifyingAdjectives.contains(lowerAdjective)) {
            return true;
        }
        for (String s : classifyingSuffixes) {
            if (lowerAdjective.endsWith(s) && lowerAdjective.length() > s.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private Set<String> words(String resource) {
        return lowerCase(read(resource));
    }

    private static Set<String> lowerCase(ResourceLines r) {
        Set<String> words = new HashSet<>();
        for (String line : r.lines()) {
            words.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}
