package factpipe.extract.count;

import edu.stanford.nlp.process.Morphology;
import factpipe.core.fact.CountQualifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The qualifier words of qualifiers.tsv ("about", "more than", "as many as"), found before a
 * number, and those that follow it ("two or more countries").
 */
final class Qualifiers {

    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "PRON", "NUM");

    /** @param after the phrase follows the number ("or more") */
    record Entry(List<String> words, CountQualifier qualifier, boolean preposition, boolean after) {
    }

    /** A qualifier whose first token is {@code firstToken}. */
    record Found(CountQualifier qualifier, int firstToken) {
    }

    /** A qualifier after a number, {@code length} tokens long. */
    record Following(CountQualifier qualifier, int length) {
    }

    private final List<Entry> entries;
    /** "hand over", "bring about": lemma and particle of verbs whose particle is a qualifier word */
    private final Set<String> phrasalVerbs;

    Qualifiers(List<Entry> entries, Set<String> phrasalVerbs) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed());
        this.entries = List.copyOf(sorted);
        this.phrasalVerbs = Set.copyOf(phrasalVerbs);
    }

    static Qualifiers load() {
        return of(CountLexicon.resource("qualifiers.tsv").rows(3), CountLexicon.resource("phrasal-verbs.txt").lines());
    }

    /** From rows of phrase, qualifier, flag, and lines of phrasal verb and particle. */
    static Qualifiers of(List<String[]> rows, List<String> phrasalVerbs) {
        List<Entry> entries = new ArrayList<>();
        for (String[] f : rows) {
            entries.add(new Entry(Phrases.words(f[0]), CountQualifier.valueOf(f[1].toUpperCase(Locale.ROOT)),
                    f[2].equalsIgnoreCase("prep"), f[2].equalsIgnoreCase("after")));
        }
        Set<String> verbs = new HashSet<>();
        for (String line : phrasalVerbs) {
            verbs.add(String.join(" ", line.strip().toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return new Qualifiers(entries, verbs);
    }

    /** The longest qualifier ending right before token {@code i}. */
    Optional<Found> before(TaggedText t, int i) {
        for (Entry e : entries) {
            int from = i - e.words().size();
            if (e.after() || from < 0 || !matches(t, from, e.words())) {
                continue;
            }
            // "116 personnel over seven disasters": after a noun, "over" is a preposition
            if (e.preposition() && from > 0 && NOMINAL_TAGS.contains(t.tag(from - 1))) {
                continue;
            }
            // "handed over two vessels", "brought about three reforms": the particle of a verb
            if (e.words().size() == 1 && from > 0 && particle(t, from - 1, e.words().get(0))) {
                continue;
            }
            return Optional.of(new Found(e.qualifier(), from));
        }
        return Optional.empty();
    }

    /** The longest qualifier that follows a number from token {@code i} on: "or more", "or fewer". */
    Optional<Following> after(TaggedText t, int i) {
        for (Entry e : entries) {
            if (e.after() && matches(t, i, e.words())) {
                return Optional.of(new Following(e.qualifier(), e.words().size()));
            }
        }
        return Optional.empty();
    }

    /** Whether the word at {@code verb} is a verb whose particle {@code word} is ("handed" + "over"). */
    private boolean particle(TaggedText t, int verb, String word) {
        TextToken v = t.token(verb);
        if (!v.isWord()) {
            return false;
        }
        // Morpha knows irregular verbs: "took" gives "take", "brought" "bring"
        String lemma = Morphology.lemmaStatic(v.lower(), "VBD").toLowerCase(Locale.ROOT);
        return phrasalVerbs.contains(lemma + " " + word) || phrasalVerbs.contains(v.lower() + " " + word);
    }

    private static boolean matches(TaggedText t, int from, List<String> words) {
        if (from < 0 || from + words.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!t.lower(from + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
