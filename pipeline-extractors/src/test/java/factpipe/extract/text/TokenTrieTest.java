package factpipe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenTrieTest {

    private static List<String> matches(TokenTrie<String> trie, String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return trie.findAll(tokens).stream()
                .map(m -> text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()) + "=" + m.value())
                .toList();
    }

    @Test
    void findsLeftmostLongestMatches() {
        TokenTrie<String> trie = TokenTrie.<String>builder(false, Set.of())
                .add("Sudan", "SD").add("South Sudan", "SS").add("Korea", "KR").add("North Korea", "KP").build();
        assertThat(matches(trie, "South Sudan and North Korea, not Korea or Sudan."))
                .containsExactly("South Sudan=SS", "North Korea=KP", "Korea=KR", "Sudan=SD");
    }

    @Test
    void foldsDashesAndQuotesAlikeInEntriesAndText() {
        TokenTrie<String> trie = TokenTrie.<String>builder(false, Set.of())
                .add("People's Republic of China", "CN").add("U.S.", "US").build();
        assertThat(matches(trie, "the People’s Republic of China and the U.S. agreed"))
                .containsExactly("People’s Republic of China=CN", "U.S.=US");
    }

    @Test
    void isCaseSensitiveUnlessTold() {
        TokenTrie<String> sensitive = TokenTrie.<String>builder(false, Set.of()).add("US", "US").build();
        assertThat(matches(sensitive, "let us talk to the US")).containsExactly("US=US");
        TokenTrie<String> folded = TokenTrie.<String>builder(true, Set.of()).add("Palermo Convention", "P").build();
        assertThat(matches(folded, "the palermo convention")).containsExactly("palermo convention=P");
    }

    @Test
    void skipsIgnoredWordsInsideButNeverStartsOnThem() {
        TokenTrie<String> trie = TokenTrie.<String>builder(true, Set.of("the", "-"))
                .add("Convention for the Suppression of Unlawful Seizure of Aircraft", "HAGUE")
                .add("Bali Process", "BP").build();
        assertThat(matches(trie, "the Convention for Suppression of Unlawful Seizure of Aircraft"))
                .containsExactly("Convention for Suppression of Unlawful Seizure of Aircraft=HAGUE");
        assertThat(matches(trie, "countries of the Bali-Process")).containsExactly("Bali-Process=BP");
    }

    @Test
    void caseFreeWordsMatchInAnyCase() {
        TokenTrie<String> trie = TokenTrie.<String>builder(Set.of(), Set.of("plus")).add("ASEAN Plus Three", "APT").build();
        assertThat(matches(trie, "within ASEAN plus Three")).containsExactly("ASEAN plus Three=APT");
        assertThat(matches(trie, "within ASEAN plus three")).isEmpty();
    }

    @Test
    void matchesAcrossABlankLineOnlyWhereTheLineEndsOnAPreposition() {
        TokenTrie<String> trie = TokenTrie.<String>builder(false, Set.of()).add("Ministry of Foreign Affairs", "M").build();
        assertThat(matches(trie, "the Ministry\n\nof Foreign Affairs")).isEmpty();
        assertThat(matches(trie, "the Ministry of\n\nForeign Affairs")).containsExactly("Ministry of\n\nForeign Affairs=M");
        assertThat(matches(trie, "the Ministry of\nForeign Affairs")).containsExactly("Ministry of\nForeign Affairs=M");
    }
}
