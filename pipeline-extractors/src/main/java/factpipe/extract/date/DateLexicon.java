package factpipe.extract.date;

import factpipe.extract.text.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists of the date grammar, read once from {@code /factpipe/date/*.txt}, with the
 * SHA-256 of each file for the extractor's fingerprint. Immutable and safe to share between
 * threads. Every word is lower case.
 */
record DateLexicon(Set<String> functionWords, Set<String> monthPrepositions, Set<String> yearPrepositions,
                   Set<String> determiners, List<List<String>> countQualifiers, Set<String> identifierWords,
                   Set<String> unitNouns, Set<String> currencyWords, Set<String> abbreviations,
                   Set<String> dateHeaderWords, Set<String> fiscalHeaderWords, Set<String> lawTitleHeads,
                   Set<String> citationHeads, List<String> resourceHashes) {

    static DateLexicon load() {
        List<String> hashes = new ArrayList<>();
        return new DateLexicon(
                words("function-words.txt", hashes),
                words("month-prepositions.txt", hashes),
                words("year-prepositions.txt", hashes),
                words("determiners.txt", hashes),
                lines("count-qualifiers.txt", hashes).stream().map(l -> List.of(l.split(" +"))).toList(),
                words("identifier-words.txt", hashes),
                words("unit-nouns.txt", hashes),
                words("currency-words.txt", hashes),
                words("abbreviations.txt", hashes),
                words("date-header-words.txt", hashes),
                words("fiscal-header-words.txt", hashes),
                words("law-title-heads.txt", hashes),
                words("citation-heads.txt", hashes),
                List.copyOf(hashes));
    }

    static String key(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    boolean isFunctionWord(Token token) {
        return token.isWord() && functionWords.contains(key(token));
    }

    private static Set<String> words(String file, List<String> hashes) {
        return lines(file, hashes).stream().collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> lines(String file, List<String> hashes) {
        ResourceLines resource = ResourceLines.load("/factpipe/date/" + file);
        hashes.add(resource.sha256());
        return resource.lines().stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
