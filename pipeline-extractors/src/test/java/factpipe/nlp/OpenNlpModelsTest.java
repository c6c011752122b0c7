package factpipe.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("models")
class OpenNlpModelsTest {

    @Test
    void readsNothingUntilAModelIsAskedFor() {
        OpenNlpModels models = new OpenNlpModels();
        assertThat(models.loaded()).containsExactly(false, false, false);

        models.posTagger();

        assertThat(models.loaded()).containsExactly(false, true, false);
    }

    @Test
    void handsOutOneSharedInstancePerModel() {
        OpenNlpModels models = new OpenNlpModels();
        assertThat(models.sentenceDetector()).isSameAs(models.sentenceDetector());
        assertThat(models.posTagger()).isSameAs(models.posTagger());
        assertThat(models.lemmatizer()).isSameAs(models.lemmatizer());
    }

    @Test
    void tagsWithUniversalDependenciesTags() {
        String[] tokens = {"The", "NPA", "dispatched", "22", "experts", "to", "Peru", "."};
        String[] tags = new OpenNlpModels().posTagger().tag(tokens);
        assertThat(tags).containsExactly("DET", "PROPN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "PUNCT");
    }

    @Test
    void lemmatizesPluralNounsWithPennTags() {
        String[] lemmas = new OpenNlpModels().lemmatizer()
                .lemmatize(new String[] {"countries", "dispatches", "vessels"}, new String[] {"NNS", "NNS", "NNS"});
        assertThat(lemmas).containsExactly("country", "dispatch", "vessel");
    }

    @Test
    void splitsSentencesWithOffsets() {
        String text = "Japan sent 12 experts. They trained 40 officers in Manila.";
        Span[] spans = new OpenNlpModels().sentenceDetector().sentPosDetect(text);
        assertThat(spans).hasSize(2);
        assertThat(spans[0].getCoveredText(text).toString()).isEqualTo("Japan sent 12 experts.");
        assertThat(spans[1].getStart()).isEqualTo(23);
    }

    @Test
    void taggersAreSafeToShareBetweenThreads() throws Exception {
        OpenNlpModels models = new OpenNlpModels();
        String[] tokens = {"Seven", "countries", "sent", "officers", "."};
        String[] expected = models.posTagger().tag(tokens);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> models.posTagger().tag(tokens)));
            }
            for (Future<String[]> f : results) {
                assertThat(f.get()).containsExactly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingModelIsAClearError() {
        OpenNlpModels models = new OpenNlpModels(new ClassLoader(null) {
        });
        assertThatThrownBy(models::posTagger)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(OpenNlpModels.POS_MODEL);
        assertThat(models.loaded()).containsExactly(false, false, false);
    }
}
