package factpipe.extract.organization;

import factpipe.extract.country.CountryGazetteer;
import factpipe.extract.text.Token;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads the state of a body no gazetteer knows from the words around it, the first clue that
 * speaks deciding (see {@link #of}). Immutable and thread-safe.
 */
final class UnknownBodyStates {

    private final NameGrammar grammar;

    UnknownBodyStates(NameGrammar grammar) {
        this.grammar = grammar;
    }

    /**
     * The state of a body no gazetteer knows, from the first clue of:
     * <ol>
     *   <li>a state named with it ("Chinese ...", "... of Japan") or in it ("Kosovo Philharmonic
     *       Orchestra");</li>
     *   <li>its possessive owner ("the U.S. Department of State's Diplomatic Security Service");</li>
     *   <li>a body its name is built on ("FBI National Academy"; none for "G20 Anti-Corruption
     *       Working Group");</li>
     *   <li>the body it is bracketed after ("UNODC (Terrorism Prevention Branch)");</li>
     *   <li>its parent after "of" ("... of the Federal Security Service"; none for "... of the
     *       Council of Europe");</li>
     *   <li>an apposition that calls it private (none: ", a non-profit organization");</li>
     *   <li>where it is ("... in the south of Serbia", "... in Nairobi") or an apposition that
     *       names its state (", Kenya's financial intelligence unit");</li>
     *   <li>who set it up (", established ... by the Chinese Ministry of Public Security");</li>
     *   <li>an international body named before it in its sentence (none: "the PBC ... the Working
     *       Group on Lessons Learned"), or a region in its name (none: "Balkan Chamber Orchestra");</li>
     *   <li>a state that frames it ("for Mongolia, the Ministry of Justice and Home Affairs");</li>
     *   <li>assumed: the one state its sentence names, else the state the document is about, since
     *       reports in this genre name their own government's bodies without saying whose they
     *       are.</li>
     * </ol>
     */
    BodyState of(List<Token> tokens, int from, int to, BodyMentions known, StateContext states) {
        String country = states.adjacent(from, to);
        if (country == null) {
            country = states.inside(from, to);
        }
        if (country != null) {
            return new BodyState(country, false);
        }
        BodyMention owner = from >= 3 && tokens.get(from - 1).is("s") && tokens.get(from - 2).is("'") ? known.endingAt(from - 3) : null;
        if (owner != null && owner.value().country() != null) {
            // "the U.S. Department of State's Diplomatic Security Service": the owner's state
            return new BodyState(owner.value().country(), false);
        }
        // a known name the guessed one ends on, but not as its "of/for" phrase, is a different
        // body ("Diplomatic | Security Service"), whose state says nothing
        Collection<BodyMention> within = known.startingIn(from, to).stream()
                .filter(m -> m.to() < to || introducedByOfOrFor(tokens, m.from())).toList();
        String builtOn = within.stream().map(m -> m.value().country()).filter(Objects::nonNull).findFirst().orElse(null);
        if (builtOn != null || !within.isEmpty() && !within.stream().allMatch(BodyMention::assumed)) {
            return new BodyState(builtOn, false);
        }
        BodyMention container = bracketedAfter(tokens, from, known);
        if (container != null) {
            return new BodyState(container.value().country(), false);
        }
        BodyMention parent = ofAKnownBody(tokens, to, known);
        if (parent != null) {
            // "the Border Guard Service of the Federal Security Service": the parent's state, none
            // for a unit of an international body ("... Office of the Council of Europe")
            return new BodyState(parent.value().country(), false);
        }
        if (states.describedAsPrivate(to)) {
            // "the National Center for Missing & Exploited Children (NCMEC), a non-profit organization"
            return new BodyState(null, false);
        }
        country = states.locatedIn(to);
        if (country == null) {
            country = states.ofApposition(to);
        }
        if (country != null) {
            return new BodyState(country, false);
        }
        Owner founder = ownerAfter(tokens, to, known, states);
        if (founder != null) {
            return new BodyState(founder.country(), false);
        }
        BodyMention before = bodyEarlierInSentence(tokens, from, known);
        if (before != null && before.value().country() == null || namesARegion(tokens, from, to)) {
            return new BodyState(null, false);
        }
        country = states.framing(from);
        if (country != null) {
            return new BodyState(country, false);
        }
        country = states.ofSentence(from);
        return new BodyState(country != null ? country : states.home(), true);
    }

    /** The known body in "of [the] <body>" right after token {@code to}, or null. */
    private static BodyMention ofAKnownBody(List<Token> tokens, int to, BodyMentions known) {
        if (to + 1 >= tokens.size() || !tokens.get(to).is("of")) {
            return null;
        }
        return known.startingAt(tokens.get(to + 1).is("the") ? to + 2 : to + 1);
    }

    /** "... for [the] <body>", "... of [the] <body>". */
    private static boolean introducedByOfOrFor(List<Token> tokens, int at) {
        int k = at > 0 && tokens.get(at - 1).is("the") ? at - 2 : at - 1;
        return k >= 0 && (tokens.get(k).is("of") || tokens.get(k).is("for"));
    }

    /** A body's state (null: none), and whether it was assumed rather than read from the context. */
    record BodyState(String iso2, boolean assumed) {
    }

    /** Who set a body up, and that one's state (null for an international body). */
    private record Owner(String country) {
    }

    /** ", established in Wuxi City, Jiangsu Province, by the Chinese Ministry of Public Security". */
    private Owner ownerAfter(List<Token> tokens, int to, BodyMentions known, StateContext states) {
        int k = to < tokens.size() && tokens.get(to).is(",") ? to + 1 : to;
        if (k >= tokens.size() || !grammar.isFoundingVerb(tokens.get(k))) {
            return null;
        }
        for (int j = k + 1; j < Math.min(tokens.size() - 1, k + 12); j++) {
            Token t = tokens.get(j);
            if (t.is(".") || t.is(";") || t.atLineStart()) {
                return null;
            }
            if (t.is("by")) {
                int at = tokens.get(j + 1).is("the") ? j + 2 : j + 1;
                CountryGazetteer.Country state = states.stateAt(at);
                if (state != null) {
                    return new Owner(state.iso2());
                }
                BodyMention body = known.startingAt(at);
                return body != null ? new Owner(body.value().country()) : null;
            }
        }
        return null;
    }

    /**
     * The body named last before token {@code from} in the same sentence, or null; a body that
     * only starts a longer name ("United Nations Convention against ...") does not count.
     */
    private static BodyMention bodyEarlierInSentence(List<Token> tokens, int from, BodyMentions known) {
        int start = StateContext.sentenceStart(tokens, from);
        for (BodyMention m : known.before(from)) {
            if (m.from() < start) {
                return null;
            }
            Token next = m.to() < tokens.size() ? tokens.get(m.to()) : null;
            if (next == null || !(next.isWord() && next.isCapitalized())) {
                return m;
            }
        }
        return null;
    }

    private boolean namesARegion(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (grammar.isRegionWord(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static BodyMention bracketedAfter(List<Token> tokens, int from, BodyMentions known) {
        return from >= 2 && tokens.get(from - 1).is("(") ? known.endingAt(from - 2) : null;
    }
}
