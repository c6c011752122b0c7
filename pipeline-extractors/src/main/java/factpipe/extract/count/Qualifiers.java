package factpipe.extract.count;

import factpipe.core.fact.CountQualifier;
import java.util.ArrayList;
import java.util.Comparator;
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

    Qualifiers(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed());
        this.entries = List.copyOf(sorted);
    }

    static Qualifiers load() {
        return of(CountLexicon.resource("qualifiers.tsv").rows(3));
    }

    /** From rows of phrase, qualifier, flag. */
    static Qualifiers of(List<String[]> rows) {
        List<Entry> entries = new ArrayList<>();
        for (String[] f : rows) {
            entries.add(new Entry(Phrases.words(f[0]), CountQualifier.valueOf(f[1].toUpperCase(Locale.ROOT)),
                    f[2].equalsIgnoreCase("prep"), f[2].equalsIgnoreCase("after")));
        }
        return new Qualifiers(entries);
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
