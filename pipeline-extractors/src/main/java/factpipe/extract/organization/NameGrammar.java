package factpipe.extract.organization;

import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shape of a body's name that no gazetteer knows: a run of capitalised words, joined by
 * "of", "for", "on", "and", "the", hyphens or a possessive, that ends on a head noun ("... Agency",
 * "... Police") or starts with one followed by "of/for/on" ("Ministry of ..."). Names of meetings,
 * programmes, documents and job titles are refused. Immutable and thread-safe.
 */
final class NameGrammar {

    static final String HEADS = "/factpipe/organization/heads.txt";
    static final String NON_BODY_WORDS = "/factpipe/organization/non-body-words.txt";
    static final String LEADING_WORDS = "/factpipe/text/leading-function-words.txt";
    static final String REGION_WORDS = "/factpipe/organization/region-words.txt";
    static final String FOUNDING_VERBS = "/factpipe/organization/founding-verbs.txt";
    static final String FACILITY_NAMES = "/factpipe/organization/facility-names.txt";
    static final String SEAT_WORDS = "/factpipe/organization/seat-words.txt";
    static final String EVENT_WORDS = "/factpipe/organization/event-words.txt";

    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "the", "in", "against", "to", "&");
    private static final Set<String> OF_CONNECTORS = Set.of("of", "for", "on", "against");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at");
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec");
    /** "This Regional Training Centre", "its National Police": a reference back, not a name. */
    private static final Set<String> DETERMINERS = Set.of("this", "these", "that", "those", "its", "their", "such",
            "our", "each", "every", "any", "another", "a", "an");

    /** Token range {@code [from, to)} of a candidate name. */
    record Candidate(int from, int to) {
    }

    private final Set<String> heads;
    private final Set<String> nonBodyWords;
    private final Set<String> leadingWords;
    private final Set<String> regionWords;
    private final Set<String> foundingVerbs;
    private final TokenTrie<Boolean> facilityNames;
    private final Set<String> seatWords;
    private final Set<String> eventWords;
    private final List<String> resourceHashes;

    NameGrammar() {
        this(ResourceLines.load(HEADS), ResourceLines.load(NON_BODY_WORDS), ResourceLines.load(LEADING_WORDS),
                ResourceLines.load(REGION_WORDS), ResourceLines.load(FOUNDING_VERBS), ResourceLines.load(FACILITY_NAMES),
                ResourceLines.load(SEAT_WORDS), ResourceLines.load(EVENT_WORDS));
    }

    NameGrammar(ResourceLines heads, ResourceLines nonBodyWords, ResourceLines leadingWords, ResourceLines regionWords,
                ResourceLines foundingVerbs, ResourceLines facilityNames, ResourceLines seatWords, ResourceLines eventWords) {
        this.heads = Set.copyOf(heads.lines().stream().map(String::strip).toList());
        this.nonBodyWords = Set.copyOf(nonBodyWords.lines().stream().map(String::strip).toList());
        this.leadingWords = Set.copyOf(leadingWords.lines().stream().map(String::strip).toList());
        this.regionWords = Set.copyOf(regionWords.lines().stream().map(String::strip).toList());
        this.foundingVerbs = Set.copyOf(foundingVerbs.lines().stream().map(String::strip).toList());
        TokenTrie.Builder<Boolean> facilities = TokenTrie.builder(false, Set.of());
        facilityNames.lines().forEach(f -> facilities.add(f.strip(), Boolean.TRUE));
        this.facilityNames = facilities.build();
        this.seatWords = Set.copyOf(seatWords.lines().stream().map(String::strip).toList());
        this.eventWords = Set.copyOf(eventWords.lines().stream().map(String::strip).toList());
        this.resourceHashes = List.of(heads.sha256(), nonBodyWords.sha256(), leadingWords.sha256(), regionWords.sha256(),
                foundingVerbs.sha256(), facilityNames.sha256(), seatWords.sha256(), eventWords.sha256());
    }

    /** "Balkan", "Asia-Pacific": a body named after a region belongs to no one state. */
    boolean isRegionWord(Token t) {
        return regionWords.contains(t.norm());
    }

    /**
     * "Seminar on Police Administration for X (1996–2000), Police Administration for Y
     * (1994–1998), Seminar on Female Officers for Z": an item of a list whose items on both sides
     * are meetings, courses or programmes is one of them with its head left out, not a body.
     */
    boolean isItemAmongNonBodies(List<Token> tokens, int from, int to) {
        if (from < 2 || !tokens.get(from - 1).is(",")) {
            return false;
        }
        int after = to;
        while (after < tokens.size() && tokens.get(after).is("(")) {
            after = closingBracket(tokens, after) + 1;
        }
        return after < tokens.size() && tokens.get(after).is(",") && !tokens.get(after).atLineStart()
                && itemHasNonBodyWord(tokens, from - 2, -1) && itemHasNonBodyWord(tokens, after + 1, 1);
    }

    /** Walks one list item from {@code k} in direction {@code step}, brackets skipped. */
    private boolean itemHasNonBodyWord(List<Token> tokens, int k, int step) {
        int depth = 0;
        for (; k >= 0 && k < tokens.size(); k += step) {
            Token t = tokens.get(k);
            if (t.is("(") || t.is(")")) {
                depth += t.is(")") == (step < 0) ? 1 : -1;
                continue;
            }
            if (depth == 0 && (t.is(",") || t.is(".") || t.is(";") || t.is(":"))) {
                return false;
            }
            if (depth == 0 && isNameWord(t) && isNonBodyWord(t)) {
                return true;
            }
            // an item does not run across lines
            if (step < 0 && t.atLineStart() || step > 0 && k + 1 < tokens.size() && tokens.get(k + 1).atLineStart()) {
                return false;
            }
        }
        return false;
    }

    private static int closingBracket(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            depth += tokens.get(k).is("(") ? 1 : tokens.get(k).is(")") ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    /** A line of capitalised words without a sentence end: a heading, where capitals say nothing. */
    static boolean inHeadingLine(List<Token> tokens, int at) {
        int start = at;
        while (start > 0 && !tokens.get(start).atLineStart()) {
            start--;
        }
        int end = at;
        while (end + 1 < tokens.size() && !tokens.get(end + 1).atLineStart()) {
            end++;
        }
        int words = 0;
        int capitalized = 0;
        for (int k = start; k <= end; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && Character.isLetter(t.norm().charAt(0)) && t.norm().length() > 3) {
                words++;
                if (t.isCapitalized()) {
                    capitalized++;
                }
            }
        }
        // a line that ends like a sentence, or is too long for a title, is prose, however many capitals it has
        boolean sentence = (tokens.get(end).is(".") && !tokens.get(end - 1).is(".")) || tokens.get(end).is(":")
                || words > 12;
        return !sentence && words > 0 && capitalized * 10 >= words * 8;
    }

    /** "World Trade Center", "Data Center Unit": a name with a building's or a thing's name in it. */
    boolean containsFacilityName(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            TokenTrie.Match<Boolean> m = facilityNames.longestAt(tokens, k);
            if (m != null && m.to() <= to) {
                return true;
            }
        }
        return false;
    }

    /** "Headquarters", "Building": the seat of the body named before it. */
    boolean isSeatWord(Token t) {
        return seatWords.contains(t.norm());
    }

    /** "established", "founded": the verb of a clause that says who set a body up. */
    boolean isFoundingVerb(Token t) {
        return foundingVerbs.contains(t.norm());
    }

    List<String> resourceHashes() {
        return resourceHashes;
    }

    boolean isHead(Token t) {
        return heads.contains(t.norm());
    }

    boolean isNonBodyWord(Token t) {
        return nonBodyWords.contains(t.norm());
    }

    boolean isLeadingWord(Token t) {
        return leadingWords.contains(t.norm());
    }

    /** Tells whether the tokens from an index on name a place (a state, or "New Delhi, India"). */
    interface PlaceTest {
        boolean test(List<Token> tokens, int at);
    }

    /** Candidate names in the tokens, left to right, not overlapping; "in"/"at" before any word ends a name. */
    List<Candidate> candidates(List<Token> tokens) {
        return candidates(tokens, (t, at) -> true, k -> false);
    }

    /**
     * Candidate names in the tokens, left to right, not overlapping; "in"/"at" + a place ends a
     * name. A word inside a known body's name ({@code known}) is that body's, never a word of a
     * meeting or programme: "Fund of the UN International Drug Control Programme".
     */
    List<Candidate> candidates(List<Token> tokens, PlaceTest places, java.util.function.IntPredicate known) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int runEnd = splitAtCoordination(tokens, i, runEnd(tokens, i), places);
            // a meeting's or programme's name is no body, but may name one after "of":
            // "the 6th Meeting of the Japan-India Joint Working Group on Counter-Terrorism"
            int segment = i;
            boolean afterNonBody = false;
            for (int k = i; k <= runEnd; k++) {
                if (k == runEnd || isNonBodyWord(tokens.get(k)) && !known.test(k) && !insideAComplement(tokens, segment, k, runEnd)
                        && !modifiesTheHead(tokens, k, runEnd)) {
                    boolean modifiesNonBody = k < runEnd;
                    Candidate c = modifiesNonBody ? null : candidateIn(tokens, segment, k, places);
                    if (c != null && (!afterNonBody || tokens.get(segment).is("of") || c.from() > firstNameWord(tokens, segment, k))) {
                        found.addAll(unitAndParent(tokens, c));
                    }
                    segment = k + 1;
                    afterNonBody = true;
                }
            }
            i = runEnd;
        }
        return found;
    }

    /**
     * "Institute for Policy Studies", "Office of the Director of Public Prosecutions", "Council
     * for AML/CFT/CPF Policy": a word of a meeting, document or title after a head and its
     * "of/for/on" names the body's field, and is part of the name, unless the name ends on an
     * event ("Ministry of Justice Seminar").
     */
    private boolean insideAComplement(List<Token> tokens, int from, int k, int runEnd) {
        boolean nameGoesOn = false;
        for (int j = k + 1; j < runEnd; j++) {
            nameGoesOn |= isNameWord(tokens.get(j));
        }
        if (!nameGoesOn && eventWords.contains(tokens.get(k).norm())) {
            return false;
        }
        for (int h = from; h + 1 < k; h++) {
            if (isHead(tokens.get(h)) && OF_CONNECTORS.contains(tokens.get(h + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Joint Cybercrime Action Taskforce", "Implementation Review Group", "Cybercrime Programme
     * Office of ...": a word of a meeting or programme right before the head that ends the name
     * (or opens its "of/for" phrase) says what the body serves; the whole is the body's name.
     */
    private boolean modifiesTheHead(List<Token> tokens, int k, int runEnd) {
        if (k + 1 >= runEnd || !isHead(tokens.get(k + 1))) {
            return false;
        }
        return k + 2 >= runEnd || OF_CONNECTORS.contains(tokens.get(k + 2).norm().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "the FBI National Academy and the US Federal Bureau ...": a head then "and" ends one name;
     * so does a state after "of" ("the Supreme People's Procuracy of Viet Nam and the ..."), and
     * "and" before a second name that starts on its head ("... and the Office of ...").
     */
    private int splitAtCoordination(List<Token> tokens, int from, int to, PlaceTest places) {
        for (int k = from; k + 1 < to; k++) {
            boolean and = tokens.get(k + 1).is("and") || tokens.get(k + 1).is("&");
            if (and && (isHead(tokens.get(k)) || endsAnOfPlace(tokens, from, k + 1, places) || startsAHeadOf(tokens, k + 2, to))) {
                return k + 1;
            }
        }
        return to;
    }

    /**
     * A second name at {@code at}: "[the] Office of ...", starting on its head, or "the Royal
     * Papua New Guinea Constabulary", a run after "the" that ends on a head.
     */
    private boolean startsAHeadOf(List<Token> tokens, int at, int to) {
        boolean the = at < to && tokens.get(at).is("the");
        if (the) {
            at++;
        }
        if (at + 1 < to && isHead(tokens.get(at)) && OF_CONNECTORS.contains(tokens.get(at + 1).norm())) {
            return true;
        }
        int k = at;
        while (the && k < to && isNameWord(tokens.get(k))) {
            if (isHead(tokens.get(k))) {
                return true;
            }
            k++;
        }
        return false;
    }

    /** Tokens before {@code end} are "of [the] <place>" with the place's words capitalised. */
    private static boolean endsAnOfPlace(List<Token> tokens, int from, int end, PlaceTest places) {
        for (int k = end - 1; k > from && k >= end - 5; k--) {
            Token t = tokens.get(k);
            if (t.is("of")) {
                int at = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
                return at < end && places.test(tokens, at);
            }
            if (!(t.isWord() && t.isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the Public Relations Office of the General Affairs Division": a unit named with the body it
     * belongs to is two bodies, each ending on its own head noun.
     */
    private List<Candidate> unitAndParent(List<Token> tokens, Candidate c) {
        for (int k = c.from() + 2; k + 2 < c.to(); k++) {
            if (tokens.get(k).is("of") && tokens.get(k + 1).is("the") && isHead(tokens.get(k - 1)) && isHead(tokens.get(c.to() - 1))) {
                int parentFrom = k + 2;
                int words = 0;
                for (int j = parentFrom; j < c.to(); j++) {
                    words += tokens.get(j).isWord() && tokens.get(j).isCapitalized() ? 1 : 0;
                }
                if (words >= 2) {
                    return List.of(new Candidate(c.from(), k), new Candidate(parentFrom, c.to()));
                }
            }
        }
        return List.of(c);
    }

    /** "... in May": a time, not part of a name. */
    private static boolean isMonth(List<Token> tokens, int at) {
        return at < tokens.size() && MONTHS.contains(tokens.get(at).norm());
    }

    private static int firstNameWord(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isNameWord(tokens.get(k))) {
                return k;
            }
        }
        return to;
    }

    /** End (exclusive) of the run of name words and connectors that starts at {@code from}. */
    private int runEnd(List<Token> tokens, int from) {
        int end = from + 1;
        int i = from + 1;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.atLineStart()) {
                break;
            }
            if (isNameWord(t)) {
                end = ++i;
                continue;
            }
            // connectors, hyphens and possessives count only when a name word follows them
            int j = i;
            while (j < tokens.size() && isJoiner(tokens, j) && !tokens.get(j).atLineStart()) {
                j++;
            }
            if (j > i && j < tokens.size() && isNameWord(tokens.get(j)) && !tokens.get(j).atLineStart()) {
                i = j;
                continue;
            }
            break;
        }
        return end;
    }

    private boolean isJoiner(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (CONNECTORS.contains(t.norm()) || t.is("-")) {
            return true;
        }
        // "AML/CFT/CPF": a slash written between two name words
        if (t.is("/") && j > 0 && j + 1 < tokens.size() && isNameWord(tokens.get(j - 1)) && isNameWord(tokens.get(j + 1))
                && tokens.get(j - 1).end() == t.start() && t.end() == tokens.get(j + 1).start()) {
            return true;
        }
        // possessive: "Commissioner-General's Secretariat"; the lower-case end of a compound
        // written onto a name word: "Drug-related Crimes", "Anti-corruption Commission"
        return (t.is("'") && j + 1 < tokens.size() && tokens.get(j + 1).is("s"))
                || (t.is("s") && j > 0 && tokens.get(j - 1).is("'"))
                || (t.isWord() && !t.isCapitalized() && j >= 2 && tokens.get(j - 1).is("-") && isNameWord(tokens.get(j - 2))
                    && tokens.get(j - 2).end() == tokens.get(j - 1).start() && tokens.get(j - 1).end() == t.start());
    }

    private static boolean isNameWord(Token t) {
        return t.isWord() && t.isCapitalized();
    }

    private Candidate candidateIn(List<Token> tokens, int from, int to, PlaceTest places) {
        while (from < to && (isLeadingWord(tokens.get(from)) || !isNameWord(tokens.get(from)))) {
            if (DETERMINERS.contains(tokens.get(from).norm().toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
            from++;
        }
        if (from > 0 && DETERMINERS.contains(tokens.get(from - 1).norm().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int lastHead = -1;
        for (int k = from; k < to; k++) {
            if (isHead(tokens.get(k))) {
                lastHead = k;
            }
        }
        if (lastHead < 0) {
            return null;
        }
        // "Capacity Development of Djibouti Coast Guard": before the head, an of-phrase that does
        // not follow a head word ("Ministry of ...") starts the name
        for (int k = lastHead - 1; k > from; k--) {
            if (OF_CONNECTORS.contains(tokens.get(k).norm()) && !isHead(tokens.get(k - 1))) {
                from = k + 1;
                while (from < lastHead && !isNameWord(tokens.get(from))) {
                    from++;
                }
                break;
            }
        }
        int end = lastHead + 1;
        // "Ministry of Justice", "Centre for Counter-Terrorism": the phrase after the head is part
        // of the name, up to a place ("... in Malaysia")
        // title case writes "Independent Authority Against Corruption"
        if (end < to && OF_CONNECTORS.contains(tokens.get(end).norm().toLowerCase(java.util.Locale.ROOT))) {
            int k = end;
            while (k < to && !(PLACE_PREPOSITIONS.contains(tokens.get(k).norm()) && (places.test(tokens, k + 1) || isMonth(tokens, k + 1)))) {
                k++;
            }
            while (k > end && !isNameWord(tokens.get(k - 1))) {
                k--;
            }
            end = k;
        }
        if (end < tokens.size() && isNonBodyWord(tokens.get(end))) {
            return null;
        }
        // "East Asian Police Commissioners": the head only modifies a longer name that is no body
        if (end < to && isNameWord(tokens.get(end))) {
            return null;
        }
        // "the No. 2 International Affairs Division": numbered units keep their number
        if (from >= 3 && tokens.get(from - 1).norm().chars().allMatch(Character::isDigit)
                && tokens.get(from - 2).is(".") && tokens.get(from - 3).is("No")) {
            from -= 3;
        }
        int words = 0;
        for (int k = from; k < end; k++) {
            if (tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
                words++;
            }
        }
        return words >= 2 ? new Candidate(from, end) : null;
    }
}
