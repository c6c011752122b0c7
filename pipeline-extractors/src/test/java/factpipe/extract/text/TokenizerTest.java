package factpipe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splitsWordsAndMarksAndFoldsTypography() {
        assertThat(Tokenizer.tokenize("Japan’s U.S.–led talks").stream().map(Token::norm))
                .containsExactly("Japan", "'", "s", "U", ".", "S", ".", "-", "led", "talks");
    }

    @Test
    void countsLineBreaksBeforeEachToken() {
        List<Token> tokens = Tokenizer.tokenize("Heading\nline\n\nParagraph");
        assertThat(tokens).extracting(Token::newlinesBefore).containsExactly(2, 1, 2);
        assertThat(tokens.get(2).afterBreak()).isTrue();
    }

    @Test
    void aLineThatEndsOnAPrepositionGoesOnInTheNext() {
        String text = "together with the Ministry of\n\nForeign Affairs and others.\n\nNext paragraph";
        List<Token> tokens = Tokenizer.tokenize(text);
        Token foreign = tokens.get(5);
        assertThat(foreign.norm()).isEqualTo("Foreign");
        assertThat(foreign.start()).isEqualTo(31);
        assertThat(foreign.atLineStart()).isFalse();
        assertThat(tokens.get(tokens.size() - 2).afterBreak()).isTrue();
        TokenTrie<String> trie = TokenTrie.<String>builder(false, Set.of()).add("Ministry of Foreign Affairs", "MOFA").build();
        assertThat(trie.findAll(tokens)).extracting(m -> tokens.get(m.from()).start() + "-" + tokens.get(m.to() - 1).end())
                .containsExactly("18-46");
    }
}
