package factpipe.extract.count;

import factpipe.extract.organization.OrganizationGazetteer;
import factpipe.extract.text.AcronymDefinitions;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The names of bodies a document uses: those the organisation gazetteer knows ("FBI", "Japan
 * Coast Guard") and the acronyms the document defines for a body ("Mobile Cooperation Team
 * (MCT)"). Before a counted noun such a name says whose things are counted, not what kind of
 * thing: golden/README.md drops proper-noun modifiers from units ("16 UN PKO missions" gives "PKO
 * mission"), so "five FBI agents" gives "agent" and "four MCT instructors" "instructor", while a
 * common-noun acronym ("PKO", "ODA") stays. Immutable; one per document, from
 * {@link #inDocument(String)}.
 */
final class BodyNames {

    private static final Pattern WORDS = Pattern.compile("[\\s\\-\u2010\u2011\u2013]+");
    private static final Set<String> NAME_FUNCTION_WORDS = Set.of("of", "for", "on", "and", "the", "in", "to", "against", "&");

    /** Knows no body: for text read without a document around it. */
    static final BodyNames NONE = new BodyNames(s -> false, Set.of(), Set.of());

    /** Whether the gazetteer knows a surface (a name, an alias or an acronym) as a body's. */
    private final Predicate<String> known;
    private final Set<String> bodyHeads;
    /** Acronyms this document defines for a body. */
    private final Set<String> defined;

    private BodyNames(Predicate<String> known, Set<String> bodyHeads, Set<String> defined) {
        this.known = known;
        this.bodyHeads = Set.copyOf(bodyHeads);
        this.defined = Set.copyOf(defined);
    }

    /** The bodies of the gazetteer, and the head nouns that make a defined acronym a body's. */
    static BodyNames of(OrganizationGazetteer gazetteer, Set<String> bodyHeads) {
        return new BodyNames(s -> !gazetteer.bySurface(s).isEmpty()
                || AcronymDefinitions.isShortForm(s) && !gazetteer.byAcronym(s).isEmpty(), bodyHeads, Set.of());
    }

    /** The same knowledge with the body acronyms that {@code text} defines. */
    BodyNames inDocument(String text) {
        Set<String> acronyms = new HashSet<>();
        for (AcronymDefinitions.Definition d : AcronymDefinitions.find(text)) {
            if (namesABody(d.longForm())) {
                acronyms.add(d.shortForm());
            }
        }
        return new BodyNames(known, bodyHeads, acronyms);
    }

    /** Whether {@code surface}, a name or an acronym as written, names a body. */
    boolean names(String surface) {
        return defined.contains(surface) || known.test(surface);
    }

    /**
     * A long form that the gazetteer knows, or one written as a name (every word but function
     * words capitalised) whose first or last word is the head noun of a body: "Mobile Cooperation
     * Team", "Directorate of Criminal Investigations"; not "Official Development Assistance".
     */
    private boolean namesABody(String longForm) {
        if (known.test(longForm)) {
            return true;
        }
        List<String> words = List.of(WORDS.split(longForm.strip()));
        for (String w : words) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))
                    && !NAME_FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return bodyHeads.contains(words.get(0).toLowerCase(Locale.ROOT))
                || bodyHeads.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
    }
}
