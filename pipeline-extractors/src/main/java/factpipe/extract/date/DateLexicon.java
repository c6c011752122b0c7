package factpipe.extract.date;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists of the date grammar, read once from {@code /factpipe/date/*.txt}. Immutable and
 * safe to share between threads. Every word is lower case.
 */
record DateLexicon(Set<String> functionWords, Set<String> monthPrepositions, Set<String> yearPrepositions,
                   Set<String> determiners, List<List<String>> countQualifiers, Set<String> identifierWords,
                   Set<String> unitNouns, Set<String> currencyWords, Set<String> abbreviations,
                   Set<String> dateHeaderWords) {

    static DateLexicon load() {
        return new DateLexicon(
                words("function-words.txt"),
                words("month-prepositions.txt"),
                words("year-prepositions.txt"),
                words("determiners.txt"),
                lines("count-qualifiers.txt").stream().map(l -> List.of(l.split(" +"))).toList(),
                words("identifier-words.txt"),
                words("unit-nouns.txt"),
                words("currency-words.txt"),
                words("abbreviations.txt"),
                words("date-header-words.txt"));
    }

    static String key(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    boolean isFunctionWord(Token token) {
        return token.isWord() && functionWords.contains(key(token));
    }

    private static Set<String> words(String file) {
        return lines(file).stream().collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> lines(String file) {
        String path = "/factpipe/date/" + file;
        try (InputStream in = DateLexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
