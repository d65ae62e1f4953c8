package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

class SpokenItemModelTest {

    private static final List<String> SAME_WORDS = List.of("cue=none", "word=thing");

    /** Two unit vectors pointing opposite ways in their first dimensions, with a little spread between examples. */
    private static float[] embedding(float sign, int i) {
        float[] vector = new float[8];
        vector[0] = sign * 0.9f;
        vector[1] = sign * 0.3f;
        vector[2 + i % 6] = 0.3f;
        return vector;
    }

    @Test
    void theEmbeddingsOwnValuesDecideWhereTheWordsAreTheSame() {
        List<SpokenItemModel.Labelled> examples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            examples.add(new SpokenItemModel.Labelled(SAME_WORDS, embedding(1, i), "ACTION"));
            examples.add(new SpokenItemModel.Labelled(SAME_WORDS, embedding(-1, i), SpokenItemModel.NONE));
        }
        MaxentModel trained = SpokenItemModel.train(examples);
        SpokenItemModel model = SpokenItemModel.of(
                SpokenItemModel.Screen.OPEN, trained, Map.of(), Map.of("ACTION", 0.5), SpokenExemplars.none());

        assertThat(model.predict(SAME_WORDS, embedding(1, 7)).label()).isEqualTo("ACTION");
        assertThat(model.predict(SAME_WORDS, embedding(-1, 7)).label()).isEqualTo(SpokenItemModel.NONE);
        assertThat(model.probabilities(SAME_WORDS, embedding(1, 7)).get("ACTION"))
                .isGreaterThan(model.probabilities(SAME_WORDS, embedding(-1, 7)).get("ACTION"));
    }

    @Test
    void withoutAnEmbeddingTheFeaturesAloneDecide() {
        List<SpokenItemModel.Labelled> examples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            examples.add(new SpokenItemModel.Labelled(List.of("cue=ill", "verb_object"), null, "ACTION"));
            examples.add(new SpokenItemModel.Labelled(List.of("cue=none"), null, SpokenItemModel.NONE));
        }
        SpokenItemModel model = SpokenItemModel.of(
                SpokenItemModel.Screen.OPEN,
                SpokenItemModel.train(examples),
                Map.of(),
                Map.of("ACTION", 0.5),
                SpokenExemplars.none());

        assertThat(model.predict(List.of("cue=ill", "verb_object"), null).label())
                .isEqualTo("ACTION");
        assertThat(model.predict(List.of("cue=none"), null).label()).isEqualTo(SpokenItemModel.NONE);
    }
}
