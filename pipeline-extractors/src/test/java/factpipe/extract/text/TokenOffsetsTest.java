package factpipe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenOffsetsTest {

    private static final List<Token> TOKENS = Tokenizer.tokenize("the Mobile Cooperation Team (MCT) met");

    @Test
    void findsTheTokenThatStartsOrEndsAtAnOffset() {
        assertThat(TokenOffsets.startingAt(TOKENS, 4)).isEqualTo(1);
        assertThat(TokenOffsets.endingAt(TOKENS, 27)).isEqualTo(3);
        assertThat(TokenOffsets.startingAt(TOKENS, 29)).isEqualTo(5);
        assertThat(TokenOffsets.endingAt(TOKENS, 37)).isEqualTo(7);
    }

    @Test
    void anOffsetInsideATokenOrBetweenTokensHasNone() {
        assertThat(TokenOffsets.startingAt(TOKENS, 5)).isNull();
        assertThat(TokenOffsets.endingAt(TOKENS, 3)).isEqualTo(0);
        assertThat(TokenOffsets.endingAt(TOKENS, 4)).isNull();
        assertThat(TokenOffsets.startingAt(List.of(), 0)).isNull();
    }
}
