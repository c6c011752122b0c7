package factpipe.extract.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The counted noun phrase of a number, as the unit of a COUNT: singular, lower case, without
 * number or determiner. Noun-compound modifiers and classifying adjectives stay ("21 maritime
 * security officers" gives "maritime security officer", "3 patrol vessels" gives "patrol vessel");
 * qualitative adjectives go ("5 new members" gives "member"), and so does a number joined to a
 * unit of measure or time, which measures the things ("two 30-metre patrol vessels" gives "patrol
 * vessel"). Of the names before a lower-case head only the one right before it stays ("16 UN PKO
 * missions" gives "PKO mission", "three Chinese visits" gives "Chinese visit"), and not even that
 * one when it names a body ("five FBI agents" gives "agent": golden/README.md drops proper-noun
 * modifiers), while a phrase written in title case keeps its words in lower case ("13 ReCAAP
 * Contracting Parties" gives "contracting party"). A capitalised plural followed by a common noun
 * ends a name, not the phrase ("three United Nations drug control conventions" gives "drug
 * control convention"). Coordinated heads stay together ("26 countries and regions" gives
 * "country and region").
 */
final class UnitPhrase {

    enum Kind {
        /** a counted noun was found */
        UNIT,
        /** no noun follows the number */
        NONE,
        /** "others", "ones": the noun is one said before */
        ANAPHORIC,
        /** a time unit: a duration, age or frequency, not a count */
        DURATION,
        /** a unit of measure */
        MEASURE
    }

    record Result(Kind kind, String unit) {
        static final Result NONE = new Result(Kind.NONE, null);
    }

    private static final int MAX_RUN = 8;
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011\u2013]");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "&");
    private static final Set<String> PARTITIVE_DETERMINERS =
            Set.of("the", "these", "those", "its", "their", "our", "his", "her", "such", "all");
    private static final Set<String> PARTITIVE_PRONOUNS = Set.of("them", "which", "whom", "these", "those", "us");
    /** Tags of words that can never be a noun, whatever their shape. */
    private static final Set<String> FUNCTION_TAGS =
            Set.of("ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "VERB", "NUM");
    private static final Set<String> SECTION_NOUNS = Set.of("breakdown", "distribution", "record", "list", "summary",
            "total", "number", "numbers", "count");

    private final CountLexicon lexicon;
    private final NounLemmas lemmas;

    UnitPhrase(CountLexicon lexicon, NounLemmas lemmas) {
        this.lexicon = lexicon;
        this.lemmas = lemmas;
    }

    /** The counted noun phrase starting at token {@code i}, right after a number; {@code one} when the number is 1. */
    Result after(TaggedText t, int i, boolean one) {
        if (i < t.size() && t.lower(i).equals("of") && i + 1 < t.size()) {
            String next = t.lower(i + 1);
            if (PARTITIVE_PRONOUNS.contains(next) && (i + 2 >= t.size() || !t.nominal(i + 2))) {
                return new Result(Kind.ANAPHORIC, null);
            }
            if (PARTITIVE_DETERMINERS.contains(next)) {
                i += 2;
                // "six of the 40 Recommendations": the number of the whole is no noun of the part
                while (i < t.size() && (NumberGrammar.digits(t.token(i).text()) || lexicon.numbers.isWord(t.token(i).text()))) {
                    i++;
                }
            }
        }
        List<Integer> run = run(t, i, true);
        int head = head(t, run, one);
        if (head < 0) {
            return Result.NONE;
        }
        String headLower = t.lower(head);
        String lemma = one ? headLower : lemmas.singular(t.token(head).text());
        if (lexicon.anaphoricHeads.contains(headLower)) {
            return new Result(Kind.ANAPHORIC, null);
        }
        if (lexicon.timeUnits.contains(lemma) || lexicon.timeUnits.contains(headLower)) {
            return new Result(Kind.DURATION, null);
        }
        if (lexicon.measureUnits.contains(lemma) || lexicon.measureUnits.contains(headLower)) {
            return new Result(Kind.MEASURE, null);
        }
        if (lexicon.nonUnitNouns.contains(lemma)) {
            return Result.NONE;
        }
        List<String> conjuncts = new ArrayList<>();
        conjuncts.add(phrase(t, run.subList(0, run.indexOf(head) + 1), head, one));
        // coordinated heads: "countries and regions", "conventions and protocols"
        int j = head + 1;
        while (!one && lemmas.markedPlural(t.token(head).text()) && j + 1 < t.size()
                && CONJUNCTIONS.contains(t.lower(j)) && t.sentence(j + 1) == t.sentence(head)) {
            List<Integer> next = run(t, j + 1, false);
            int h = firstMarkedPlural(t, next);
            if (h < 0) {
                break;
            }
            String conj = t.lower(j);
            conjuncts.add(conj);
            conjuncts.add(phrase(t, next.subList(0, next.indexOf(h) + 1), h, false));
            j = h + 1;
        }
        // an alternative in brackets: "Number of countries (territories)"
        if (!one && j + 2 < t.size() && t.token(j).text().equals("(") && t.token(j + 2).text().equals(")")
                && !t.token(j + 1).capitalized() && nounLike(t, j + 1) && lemmas.markedPlural(t.token(j + 1).text())) {
            conjuncts.add("and");
            conjuncts.add(lemmas.singular(t.token(j + 1).text()));
        }
        String unit = String.join(" ", conjuncts).strip();
        return unit.isEmpty() ? Result.NONE : new Result(Kind.UNIT, unit);
    }

    /**
     * The noun phrase that a number without a noun stands for: the nearest plural common noun
     * before token {@code i}, down to token {@code from} ("their numbers have increased, reaching
     * as many as 97" after "neighborhood police posts" gives "neighborhood police post").
     */
    Optional<String> before(TaggedText t, int from, int i) {
        for (int j = i - 1; j >= from; j--) {
            TextToken tok = t.token(j);
            if (!t.tag(j).equals("NOUN") || tok.capitalized() || tok.acronym()
                    || !lemmas.markedPlural(tok.text())) {
                continue;
            }
            String lemma = lemmas.singular(tok.text());
            if (lexicon.nonUnitNouns.contains(lemma) || lexicon.timeUnits.contains(lemma)
                    || lexicon.measureUnits.contains(lemma) || lexicon.anaphoricHeads.contains(tok.lower())) {
                continue;
            }
            int m = j;
            while (m - 1 >= from && j - m < MAX_RUN && modifierCandidate(t, m - 1)) {
                m--;
            }
            List<Integer> run = new ArrayList<>();
            for (int k = m; k <= j; k++) {
                run.add(k);
            }
            return Optional.of(phrase(t, run, j, false));
        }
        return Optional.empty();
    }

    /**
     * The collective noun a number after "of" counts the members of, when no noun follows the
     * number: "a staff of 14" gives "staff", "a police team of 12" gives "police team". Token
     * {@code of} is the "of"; the noun right before it must be a lower-case collective noun, so
     * "the Group of 77" is a name, and "a total of 30" no collective.
     */
    Optional<String> collective(TaggedText t, int of) {
        int head = of - 1;
        if (head < 0 || !t.lower(of).equals("of") || t.sentence(head) != t.sentence(of)) {
            return Optional.empty();
        }
        TextToken h = t.token(head);
        if (!h.isWord() || h.capitalized() || !lexicon.collectiveNouns.contains(h.lower())) {
            return Optional.empty();
        }
        int m = head;
        while (m - 1 >= 0 && head - m < MAX_RUN && t.sentence(m - 1) == t.sentence(head) && modifierCandidate(t, m - 1)) {
            m--;
        }
        List<Integer> run = new ArrayList<>();
        for (int k = m; k <= head; k++) {
            run.add(k);
        }
        // the collective is singular as written: "staff" is no plural to lemmatize
        return Optional.of(phrase(t, run, head, true));
    }

    /**
     * The counted noun of a table header or title: "Number of personnel dispatched" gives
     * "personnel", "Breakdown of expert dispatches by country" gives "expert dispatch",
     * "Participants" gives "participant".
     */
    Optional<String> label(TaggedText t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.lower(i + 1).equals("of") && SECTION_NOUNS.contains(t.lower(i))) {
                Result r = after(t, i + 2, false);
                return r.kind() == Kind.UNIT ? Optional.of(r.unit()) : Optional.empty();
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (!t.token(i).isWord() || i > 0 && modifierCandidate(t, i - 1)) {
                continue;
            }
            List<Integer> run = run(t, i, true);
            int head = head(t, run, false);
            if (head >= 0 && (lemmas.markedPlural(t.token(head).text()) || lemmas.invariantPlural(t.token(head).text()))) {
                Result r = after(t, i, false);
                if (r.kind() == Kind.UNIT) {
                    return Optional.of(r.unit());
                }
            }
        }
        return Optional.empty();
    }

    /** Tokens that can belong to a noun phrase after a number: nouns, adjectives, participles, hyphenated words. */
    private boolean modifierCandidate(TaggedText t, int j) {
        if (j < 0 || j >= t.size()) {
            return false;
        }
        TextToken tok = t.token(j);
        if (!tok.isWord() || NumberGrammar.digits(tok.text()) || lexicon.numbers.isWord(tok.text())) {
            return false;
        }
        if (measure(tok)) {
            return true; // "five-metre" may be tagged NUM
        }
        String tag = t.tag(j);
        String lower = tok.lower();
        return switch (tag) {
            case "NOUN", "PROPN", "ADJ" -> true;
            case "VERB" -> participle(lower) || nounLike(t, j);
            default -> !FUNCTION_TAGS.contains(tag) && (tok.hyphenated() || nounLike(t, j));
        };
    }

    /**
     * A verb right after a number is its verb, not a modifier of a noun: "of the 45 cases, 30
     * involved drugs" (a participle modifying a noun is tagged ADJ: "5 armed groups").
     */
    private boolean finiteVerb(TaggedText t, int j) {
        return t.tag(j).equals("VERB") && participle(t.lower(j)) && !nounLike(t, j);
    }

    private static boolean participle(String lower) {
        return lower.endsWith("ing") || lower.endsWith("ed");
    }

    /**
     * A noun by tag, or a word the tagger got wrong where only a noun fits: a plural-shaped word
     * ("13 persons" tagged ADV) or a capitalised word inside a title ("one more Staff Officer"
     * with "Officer" tagged VERB).
     */
    private boolean nounLike(TaggedText t, int j) {
        if (t.nominal(j) || pluralCompound(t, j).isPresent() || lemmas.listedPlural(t.token(j).text())) {
            return true; // a plural unit-lemmas.tsv lists: "states" of "190 states parties" tagged VERB
        }
        TextToken tok = t.token(j);
        String tag = t.tag(j);
        if (tok.capitalized() && !t.sentenceInitial(j) && !participle(tok.lower())
                && (tag.equals("VERB") || tag.equals("ADV") || tag.equals("X"))) {
            return true;
        }
        return !FUNCTION_TAGS.contains(tag) && !tag.equals("ADJ") && tok.isWord()
                && tok.text().chars().allMatch(c -> Character.isLetter(c) || WordTokenizer.isHyphen((char) c))
                && lemmas.markedPlural(tok.text());
    }

    /**
     * The candidate tokens from {@code i}, ending at the first plural noun. With
     * {@code allowModifierConjunction}, "and" may join modifiers when what follows it ends in a
     * plural head ("military and police personnel", "police and customs officers"), but not a
     * second noun phrase ("75 police personnel and equipment").
     */
    private List<Integer> run(TaggedText t, int i, boolean allowModifierConjunction) {
        List<Integer> run = new ArrayList<>();
        int j = i;
        int sentence = i < t.size() ? t.sentence(i) : -1;
        while (j < t.size() && t.sentence(j) == sentence && run.size() < MAX_RUN) {
            if (modifierCandidate(t, j) && !(run.isEmpty() && finiteVerb(t, j))) {
                run.add(j);
                if (pluralHead(t, j)) {
                    if (pluralCompound(t, j).isPresent()) {
                        run.add(j + 1); // "States Parties": the plural compound ends the phrase
                    }
                    break; // a plural noun ends the phrase: "10 buses packed with ..."
                }
                j++;
            } else if (allowModifierConjunction && CONJUNCTIONS.contains(t.lower(j)) && !run.isEmpty()
                    && j + 1 < t.size() && t.sentence(j + 1) == sentence) {
                List<Integer> rest = run(t, j + 1, false);
                int h = head(t, rest, false);
                if (h >= 0 && (lemmas.markedPlural(t.token(h).text()) || lemmas.invariantPlural(t.token(h).text()))) {
                    run.add(j);
                    run.addAll(rest);
                }
                break;
            } else {
                break;
            }
        }
        return run;
    }

    /**
     * The head: the first plural noun, else the last noun of the run, else an adjective that a
     * name before it makes a noun; -1 if there is no noun.
     */
    private int head(TaggedText t, List<Integer> run, boolean one) {
        if (!one) {
            int plural = firstMarkedPlural(t, run);
            if (plural >= 0) {
                // a plural compound is headed by its second word: "States Parties"
                return pluralCompound(t, plural).isPresent() && run.contains(plural + 1) ? plural + 1 : plural;
            }
        }
        int last = run.isEmpty() ? -1 : run.get(run.size() - 1);
        if (run.size() >= 2 && nounAfterName(t, run.get(run.size() - 2), last)) {
            return last;
        }
        for (int k = run.size() - 1; k >= 0; k--) {
            int j = run.get(k);
            if (nounLike(t, j)) {
                return j;
            }
        }
        return -1;
    }

    private int firstMarkedPlural(TaggedText t, List<Integer> run) {
        for (int j : run) {
            if (pluralHead(t, j)) {
                return j;
            }
        }
        return -1;
    }

    /** The unit of the plural compound that token {@code j} starts ("States Parties" gives "state party"). */
    private Optional<String> pluralCompound(TaggedText t, int j) {
        if (j + 1 >= t.size() || t.sentence(j + 1) != t.sentence(j) || !t.token(j + 1).isWord()) {
            return Optional.empty();
        }
        return lemmas.compound(t.token(j).text(), t.token(j + 1).text());
    }

    /** A plural noun that heads the phrase, not one inside a name that goes on to the head. */
    private boolean pluralHead(TaggedText t, int j) {
        return nounLike(t, j) && lemmas.markedPlural(t.token(j).text())
                && (pluralCompound(t, j).isPresent() || !pluralInName(t, j));
    }

    /**
     * A capitalised plural followed by a common noun is the last word of a name that modifies
     * that noun ("three United Nations drug control conventions", "United States officials"),
     * not the counted noun.
     */
    private static boolean pluralInName(TaggedText t, int j) {
        TextToken tok = t.token(j);
        int next = j + 1;
        return tok.capitalized() && !tok.acronym() && next < t.size() && t.sentence(next) == t.sentence(j)
                && t.token(next).isWord() && !t.token(next).capitalized() && t.tag(next).equals("NOUN");
    }

    /**
     * "one Australian national", "one US official": a demonym or name modifies a noun, so a
     * lower-case word that the tagger read as an adjective ("national", "official", "resident")
     * and that ends the phrase right after it is that noun.
     */
    private boolean nounAfterName(TaggedText t, int name, int j) {
        TextToken n = t.token(name);
        TextToken tok = t.token(j);
        return (n.acronym() || n.capitalized() && !t.sentenceInitial(name)) && t.tag(j).equals("ADJ")
                && tok.isWord() && !tok.capitalized() && !tok.hyphenated() && !participle(tok.lower())
                && !lexicon.qualitativeAdjectives.contains(tok.lower());
    }

    /** The unit text of a head and the modifiers before it. */
    private String phrase(TaggedText t, List<Integer> tokens, int head, boolean one) {
        TextToken h = t.token(head);
        boolean titleCase = h.capitalized() && !h.acronym();
        // "two other States Parties": both words of a plural compound are its head
        Optional<String> compound = !one && head > 0 ? pluralCompound(t, head - 1) : Optional.empty();
        int headStart = compound.isPresent() ? head - 1 : head;
        List<String> words = new ArrayList<>();
        int name = adjacentNameStart(t, headStart, titleCase);
        boolean body = name < headStart && namesABody(t, name, headStart);
        for (int j : tokens) {
            if (j == headStart) {
                break;
            }
            TextToken tok = t.token(j);
            String lower = tok.lower();
            if (CONJUNCTIONS.contains(lower)) {
                if (!words.isEmpty() && !CONJUNCTIONS.contains(words.get(words.size() - 1))) {
                    words.add(lower);
                }
                continue;
            }
            if (nameLike(t, j, titleCase)) {
                // a name right before the head says what kind of thing is counted ("PKO
                // missions", "Chinese visits"), unless it names a body ("FBI agents", "Japan
                // Coast Guard officers"): a body's name, like a name further left ("UN PKO
                // missions"), says whose things are counted
                if (j >= name && !body) {
                    words.add(tok.text());
                }
            } else if (keepModifier(t, j, titleCase)) {
                words.add(lower);
            }
        }
        while (!words.isEmpty() && CONJUNCTIONS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        words.add(compound.orElseGet(() -> headWord(h, one)));
        return String.join(" ", words);
    }

    /**
     * An acronym, or a capitalised word in running text (a name or demonym: "Japan Coast Guard
     * officers", "Chinese visits"); in a title-case phrase capitals mark no names.
     */
    private static boolean nameLike(TaggedText t, int j, boolean titleCase) {
        TextToken tok = t.token(j);
        return tok.acronym() || tok.capitalized() && !titleCase && !t.sentenceInitial(j);
    }

    /**
     * Whether the name at tokens {@code [from, to)}, or its end ("Japanese National Police
     * Agency"), names a body the document knows.
     */
    private static boolean namesABody(TaggedText t, int from, int to) {
        int end = t.token(to - 1).end();
        for (int k = from; k < to; k++) {
            if (t.bodies().names(t.text().substring(t.token(k).start(), end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * First token of the name right before the head: an acronym alone ("UN PKO" gives "PKO"), or
     * the whole run of capitalised words of a multi-word name ("Japan Coast Guard").
     */
    private static int adjacentNameStart(TaggedText t, int head, boolean titleCase) {
        int j = head - 1;
        if (j < 0 || !nameLike(t, j, titleCase)) {
            return head;
        }
        if (t.token(j).acronym()) {
            return j;
        }
        while (j - 1 >= 0 && nameLike(t, j - 1, titleCase) && !t.token(j - 1).acronym() && t.token(j - 1).isWord()) {
            j--;
        }
        return j;
    }

    private boolean keepModifier(TaggedText t, int j, boolean titleCase) {
        TextToken tok = t.token(j);
        String lower = tok.lower();
        if (lexicon.qualitativeAdjectives.contains(lower) || measure(tok)) {
            return false;
        }
        if (t.tag(j).equals("ADJ") && !tok.hyphenated() && !participle(lower)) {
            return lexicon.classifying(lower);
        }
        return true;
    }

    /**
     * A number joined to a unit of measure or of time ("30-metre", "1,000-tonne-class", "10-year",
     * "twenty-two-metre"): it measures the things counted, it does not say what kind they are
     * ("two 30-metre patrol vessels" are patrol vessels).
     */
    private boolean measure(TextToken tok) {
        if (!tok.hyphenated()) {
            return false;
        }
        String[] parts = HYPHENS.split(tok.lower());
        int k = 0;
        while (k < parts.length && (NumberGrammar.digits(parts[k]) || lexicon.numbers.isWord(parts[k]))) {
            k++;
        }
        if (k == 0 || k == parts.length) {
            return false;
        }
        String unit = lemmas.singular(parts[k]);
        return lexicon.measureUnits.contains(unit) || lexicon.timeUnits.contains(unit)
                || lexicon.measureUnits.contains(parts[k]);
    }

    private String headWord(TextToken head, boolean one) {
        if (head.acronym()) {
            String a = head.text();
            boolean plural = !one && a.length() > 2 && a.endsWith("s") && Character.isUpperCase(a.charAt(a.length() - 2));
            return plural ? a.substring(0, a.length() - 1) : a;
        }
        return one ? head.lower() : lemmas.singular(head.text()).toLowerCase(Locale.ROOT);
    }
}
