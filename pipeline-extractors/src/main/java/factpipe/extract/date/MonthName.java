package factpipe.extract.date;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The English month names and their abbreviations ("Sept" included). A closed grammatical set,
 * so it lives here rather than in a resource file.
 */
enum MonthName {
    JANUARY("jan"), FEBRUARY("feb"), MARCH("mar"), APRIL("apr"), MAY(), JUNE("jun"), JULY("jul"),
    AUGUST("aug"), SEPTEMBER("sep", "sept"), OCTOBER("oct"), NOVEMBER("nov"), DECEMBER("dec");

    private final String[] abbreviations;

    MonthName(String... abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** 1 for January. */
    int number() {
        return ordinal() + 1;
    }

    /** A word naming a month, and whether it is an abbreviation. */
    record Match(MonthName month, boolean abbreviated) {
    }

    private static final Map<String, Match> WORDS = Stream.of(values())
            .flatMap(m -> Stream.concat(
                    Stream.of(Map.entry(m.name().toLowerCase(Locale.ROOT), new Match(m, false))),
                    Stream.of(m.abbreviations).map(a -> Map.entry(a, new Match(m, true)))))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /**
     * The month a word names, or null. Month names are proper nouns: only a capitalised or
     * all-capitals word counts, so "may" the modal and "march" the verb never do.
     */
    static Match of(Token token) {
        if (!token.isWord() || !token.isCapitalized()) {
            return null;
        }
        String text = token.text();
        boolean titleCase = text.substring(1).chars().allMatch(Character::isLowerCase);
        boolean upperCase = text.chars().allMatch(Character::isUpperCase);
        if (!titleCase && !upperCase) {
            return null;
        }
        return WORDS.get(text.toLowerCase(Locale.ROOT));
    }
}
