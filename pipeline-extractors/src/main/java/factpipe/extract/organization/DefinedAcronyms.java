package factpipe.extract.organization;

import factpipe.core.fact.OrganizationValue;
import factpipe.extract.text.AcronymDefinitions;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenOffsets;
import factpipe.extract.text.TokenTrie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Acronyms the text defines for a body: the body's value takes the acronym, and every bare use
 * of it in the document is that body. A definition is a Schwartz–Hearst match ("National Police
 * Agency (NPA)"), or a capitalised acronym in brackets right after a body whose letters come from
 * its name in another language ("Council for Financial Activities Control (COAF)", "Federal
 * Police (Polícia Federal, PF)") but which starts like a word of the name. A definition whose long form is no body ("Official Development
 * Assistance (ODA)") is ignored; the text's own definition outranks what the gazetteer says an
 * acronym means.
 */
final class DefinedAcronyms {

    private final OrganizationGazetteer gazetteer;

    DefinedAcronyms(OrganizationGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void link(String text, List<Token> tokens, BodyMentions mentions, StateContext states) {
        Map<String, OrganizationValue> defined = new LinkedHashMap<>();
        for (AcronymDefinitions.Definition d : AcronymDefinitions.find(text)) {
            Integer last = TokenOffsets.endingAt(tokens, d.longEnd());
            BodyMention longForm = mentions.endingAt(last);
            if (longForm == null && last != null) {
                // "Ministry of Justice of Japan (MOJ)": the state after the name is outside it
                longForm = mentions.endingAt(beforeAnOfStateTail(tokens, last, states));
            }
            Integer longStart = TokenOffsets.startingAt(tokens, d.longStart());
            if (longForm != null && longStart != null && longStart < longForm.from()) {
                // "the Cybercrime Programme Office of the Council of Europe (C-PROC)": the
                // acronym spells the unit named with its parent, not the parent
                longForm = unitOf(tokens, longForm, longStart, mentions);
            }
            if (longForm != null) {
                longForm = withoutOwner(text, tokens, longForm, longStart, mentions);
                defined.putIfAbsent(d.shortForm(), withAcronym(longForm, d.shortForm(), mentions));
            }
        }
        for (int k = 1; k + 2 < tokens.size(); k++) {
            BodyMention before = tokens.get(k).is("(") ? mentions.endingAt(k - 1) : null;
            String acronym = before != null ? bracketedAcronym(tokens, k, mentions, states) : null;
            if (acronym != null && !defined.containsKey(acronym)) {
                defined.put(acronym, withAcronym(before, acronym, mentions));
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        TokenTrie.Builder<OrganizationValue> builder = TokenTrie.builder(false, Set.of());
        defined.forEach(builder::add);
        TokenTrie<OrganizationValue> acronyms = builder.build();
        for (TokenTrie.Match<OrganizationValue> m : acronyms.findAll(tokens)) {
            // a defined "ASEAN-NARCO" outranks the "ASEAN" it starts with
            if (!mentions.crossesAny(m.from(), m.to()) && !mentions.coveredByOne(m.from(), m.to())
                    || isExactly(mentions.startingAt(m.from()), m)) {
                mentions.clear(m.from(), m.to());
                mentions.put(new BodyMention(m.from(), m.to(), m.value()));
            }
        }
        // the long forms too take the value with the defined acronym
        for (BodyMention m : mentions.all()) {
            for (OrganizationValue v : defined.values()) {
                if (m.value().name().equals(v.name()) && Objects.equals(m.value().country(), v.country()) && !m.value().equals(v)) {
                    mentions.replaceValue(m, v);
                }
            }
        }
    }

    /** The mention from {@code longStart} on that "of [the]" joins to {@code parent}, or null. */
    private static BodyMention unitOf(List<Token> tokens, BodyMention parent, int longStart, BodyMentions mentions) {
        int of = tokens.get(parent.from() - 1).is("the") ? parent.from() - 2 : parent.from() - 1;
        if (of <= longStart || !tokens.get(of).is("of")) {
            return null;
        }
        BodyMention unit = mentions.endingAt(of - 1);
        return unit != null && unit.from() >= longStart ? unit : null;
    }

    private static boolean isExactly(BodyMention mention, TokenTrie.Match<OrganizationValue> m) {
        return mention != null && mention.to() == m.to();
    }

    /**
     * "(COAF)", "(Polícia Federal, PF)": the acronym in the brackets that open at token
     * {@code open}, or null when the brackets hold anything else, a state ("(Japan)"), or a
     * body of its own ("Terrorism Prevention Branch (UNODC)").
     */
    private String bracketedAcronym(List<Token> tokens, int open, BodyMentions mentions, StateContext states) {
        int close = open + 1;
        while (close < tokens.size() && close < open + 12 && !tokens.get(close).is(")") && !tokens.get(close).atLineStart()) {
            close++;
        }
        if (close >= tokens.size() || !tokens.get(close).is(")")) {
            return null;
        }
        int start = close - 1;
        while (start > open + 1 && !tokens.get(start - 1).is(",") && tokens.get(start).start() == tokens.get(start - 1).end()) {
            start--;
        }
        if (start > open + 1 && !tokens.get(start - 1).is(",")) {
            return null;
        }
        String acronym = spelled(tokens, start, close);
        if (!AcronymDefinitions.isShortForm(acronym) || states.stateAt(start) != null || !gazetteer.byAcronym(acronym).isEmpty()
                || !gazetteer.bySurface(acronym).isEmpty() || mentions.overlapsAny(start, close)
                || !startsAWordOf(acronym.charAt(0), tokens, mentions.endingAt(open - 1))) {
            return null;
        }
        return acronym;
    }

    /**
     * An acronym from another language still starts like a word of the name ("Council ...
     * (COAF)", "Federal Police (PF)"); one that does not belongs to something longer the body is
     * named in ("... the Armed Forces of the Philippines (RAA)", the agreement's acronym).
     */
    private static boolean startsAWordOf(char initial, List<Token> tokens, BodyMention body) {
        for (int k = body.from(); k < body.to(); k++) {
            if (Character.toUpperCase(tokens.get(k).norm().charAt(0)) == Character.toUpperCase(initial)) {
                return true;
            }
        }
        return false;
    }

    /** The text of tokens {@code [from, to)} that touch each other: "ASEAN-NARCO". */
    private static String spelled(List<Token> tokens, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) {
            s.append(tokens.get(k).norm());
        }
        return s.toString();
    }

    /**
     * "the JCG Mobile Cooperation Team (MCT)": when the definition's long form starts after a
     * known national body that begins the mention, that body is the owner, a mention of its own,
     * and the name is the long form, in the owner's state. The groups of international forums
     * carry the forum in their names: "the Bali Process Ad Hoc Group (AHG)", "the G20
     * Anti-Corruption Working Group (ACWG)".
     */
    private BodyMention withoutOwner(String text, List<Token> tokens, BodyMention longForm, Integer longStart, BodyMentions mentions) {
        if (longStart == null || longStart <= longForm.from() || longStart >= longForm.to()) {
            return longForm;
        }
        TokenTrie.Match<List<OrganizationValue>> owner = gazetteer.trie().longestAt(tokens, longForm.from());
        if (owner == null || owner.to() != longStart || owner.value().get(0).country() == null) {
            return longForm;
        }
        OrganizationValue ownerValue = owner.value().get(0);
        String name = text.substring(tokens.get(longStart).start(), tokens.get(longForm.to() - 1).end()).replaceAll("\\s+", " ");
        String country = ownerValue.country() != null ? ownerValue.country() : longForm.value().country();
        BodyMention named = new BodyMention(longStart, longForm.to(), new OrganizationValue(name, null, country));
        mentions.clear(longForm.from(), longForm.to());
        mentions.put(new BodyMention(longForm.from(), owner.to(), ownerValue));
        mentions.put(named);
        return named;
    }

    /** The long form's value with the acronym, which the long form's mention takes too. */
    private OrganizationValue withAcronym(BodyMention longForm, String acronym, BodyMentions mentions) {
        OrganizationValue v = longForm.value();
        if (v.acronym() != null) {
            return v;
        }
        List<OrganizationValue> listed = gazetteer.byAcronym(acronym);
        if (listed.size() == 1 && gazetteer.byName(v.name()).isEmpty()) {
            // "UN Asia and Far East Institute (UNAFEI)": a known body under a shorter name
            v = listed.get(0);
        } else {
            v = new OrganizationValue(v.name(), acronym, v.country());
        }
        mentions.replaceValue(longForm, v);
        return v;
    }

    /** The last token before "of [the] <state>" that ends at {@code last}, or null. */
    private static Integer beforeAnOfStateTail(List<Token> tokens, int last, StateContext states) {
        for (int of = last - 1; of > 0 && of >= last - 5; of--) {
            if (tokens.get(of).is("of")) {
                int at = tokens.get(of + 1).is("the") ? of + 2 : of + 1;
                return at <= last && states.stateEnd(at) == last + 1 ? of - 1 : null;
            }
        }
        return null;
    }
}
