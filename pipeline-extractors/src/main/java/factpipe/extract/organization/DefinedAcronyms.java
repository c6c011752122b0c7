package factpipe.extract.organization;

import factpipe.core.fact.OrganizationValue;
import factpipe.extract.text.AcronymDefinitions;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Acronyms the text defines for a body ("National Police Agency (NPA)"): the body's value takes
 * the acronym, and every bare use of it in the document is that body. A definition whose long
 * form is no body ("Official Development Assistance (ODA)") is ignored; the text's own definition
 * outranks what the gazetteer says an acronym means.
 */
final class DefinedAcronyms {

    private final OrganizationGazetteer gazetteer;

    DefinedAcronyms(OrganizationGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void link(String text, List<Token> tokens, BodyMentions mentions, StateContext states) {
        Map<Integer, Integer> tokenAtEnd = new HashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            tokenAtEnd.put(tokens.get(k).end(), k);
        }
        Map<String, OrganizationValue> defined = new LinkedHashMap<>();
        for (AcronymDefinitions.Definition d : AcronymDefinitions.find(text)) {
            Integer last = tokenAtEnd.get(d.longEnd());
            BodyMention longForm = mentions.endingAt(last);
            if (longForm == null && last != null) {
                // "Ministry of Justice of Japan (MOJ)": the state after the name is outside it
                longForm = mentions.endingAt(beforeAnOfStateTail(tokens, last, states));
            }
            if (longForm != null) {
                defined.putIfAbsent(d.shortForm(), withAcronym(longForm, d.shortForm(), mentions));
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        TokenTrie.Builder<OrganizationValue> builder = TokenTrie.builder(false, Set.of());
        defined.forEach(builder::add);
        TokenTrie<OrganizationValue> acronyms = builder.build();
        for (TokenTrie.Match<OrganizationValue> m : acronyms.findAll(tokens)) {
            BodyMention existing = mentions.startingAt(m.from());
            if (existing != null && existing.to() == m.to() || !mentions.overlapsAny(m.from(), m.to())) {
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
