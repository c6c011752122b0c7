package factpipe.extract.count;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import opennlp.tools.lemmatizer.Lemmatizer;

/**
 * The singular of a counted noun. The OpenNLP lemmatizer answers first; its answer is kept only
 * when the written form is an English plural of it (regular -s, -es, -ies, -ves, or -is/-es,
 * -man/-men, -um/-a). The statistical model sometimes damages a word ("treaties" as "treat",
 * "mechanisms" as "mechanisalms") or leaves a plural alone ("bureaus"); then the lexicon-based
 * morphological analyser of CoreNLP (Morpha) gives the second opinion, under the same check.
 * unit-lemmas.tsv overrides both for the counted nouns of this domain that neither gets as the
 * guide wants ("people" is counted as "person"), and gives the singular of compounds of two
 * words written in the plural ("States Parties" is counted as "state party").
 */
final class NounLemmas {

    private final Map<String, String> overrides;
    private final Supplier<Lemmatizer> lemmatizer;

    NounLemmas(Map<String, String> overrides, Supplier<Lemmatizer> lemmatizer) {
        this.overrides = Map.copyOf(overrides);
        this.lemmatizer = lemmatizer;
    }

    /** The singular, lower case ("Countries" gives "country", "sub-groups" gives "sub-group"). */
    String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String override = overrides.get(lower);
        if (override != null) {
            return override;
        }
        if (!pluralShape(lower)) {
            return lower;
        }
        String lemma = lemma(lower);
        if (lemma.equals(lower) || !inflects(lemma, lower)) {
            String morpha = Morphology.lemmaStatic(lower, "NNS").toLowerCase(Locale.ROOT);
            lemma = inflects(morpha, lower) ? morpha : lower;
        }
        int hyphen = Math.max(lower.lastIndexOf('-'), lower.lastIndexOf('\u2013'));
        if (lemma.equals(lower) && hyphen > 0 && hyphen < lower.length() - 1) {
            // an unknown compound: the last part carries the number ("counter-measures")
            return lower.substring(0, hyphen + 1) + singular(lower.substring(hyphen + 1));
        }
        return lemma;
    }

    /**
     * The singular of a compound of two words written as a plural, listed in unit-lemmas.tsv:
     * "States Parties" gives "state party", "Directors General" "director general".
     */
    Optional<String> compound(String first, String second) {
        return Optional.ofNullable(overrides.get(first.toLowerCase(Locale.ROOT) + " " + second.toLowerCase(Locale.ROOT)));
    }

    /** Written as a plural: the singular differs ("countries", "people"; not "personnel", "police"). */
    boolean markedPlural(String word) {
        return !singular(word).equals(word.toLowerCase(Locale.ROOT));
    }

    /** A plural that unit-lemmas.tsv lists, so a noun whatever a tagger says ("Directors-General" tagged ADJ). */
    boolean listedPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String singular = overrides.get(lower);
        return singular != null && !singular.equals(lower);
    }

    /** Plural in meaning though not in form ("personnel", "police", "staff"). */
    boolean invariantPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals(overrides.get(lower));
    }

    /**
     * Could be an English plural: ends in -s, or in -men/-ren ("policemen", "children"); other
     * irregular plurals are in unit-lemmas.tsv. Asking the statistical lemmatizer about other
     * words only risks a damaged form ("contributing" as "contribut").
     */
    private static boolean pluralShape(String lower) {
        return lower.length() > 2 && (lower.endsWith("s") || lower.endsWith("men") || lower.endsWith("ren"));
    }

    /** Whether {@code plural} is an English plural of {@code singular}, or the same word. */
    static boolean inflects(String singular, String plural) {
        if (singular.isEmpty() || plural.equals(singular)) {
            return true;
        }
        String stem1 = singular.substring(0, singular.length() - 1);
        String stem2 = singular.length() > 2 ? singular.substring(0, singular.length() - 2) : "";
        return plural.equals(singular + "s") || plural.equals(singular + "es")
                || singular.endsWith("y") && plural.equals(stem1 + "ies")
                || singular.endsWith("f") && plural.equals(stem1 + "ves")
                || singular.endsWith("fe") && plural.equals(stem2 + "ves")
                || singular.endsWith("is") && plural.equals(stem2 + "es")
                || singular.endsWith("man") && plural.equals(stem2 + "en")
                || (singular.endsWith("um") || singular.endsWith("on")) && plural.equals(stem2 + "a")
                || singular.endsWith("child") && plural.equals(singular + "ren");
    }

    private String lemma(String lower) {
        // the model was trained on Penn tags; NNS asks for the singular of a plural noun
        String[] l = lemmatizer.get().lemmatize(new String[] {lower}, new String[] {"NNS"});
        String lemma = l.length == 1 ? l[0] : null;
        if (lemma == null || lemma.isBlank() || lemma.equals("O") || !Character.isLetterOrDigit(lemma.charAt(0))) {
            return lower;
        }
        return lemma.toLowerCase(Locale.ROOT);
    }
}
