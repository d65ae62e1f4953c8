package com.actiontracker.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParserSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped transcript model on the held-out test meetings (annotated, never trained or tuned on: the model is
 * fitted and cross-validated on the train and dev splits): its scores may not fall below those it reached when it was
 * trained (README, "Transcripts"), less a little for embeddings that differ in their last bits from one CPU to
 * another. A change to the cues, features or model that makes them worse fails here; one that makes them better
 * should raise these figures.
 */
class TranscriptQualityTest {

    private static final Path DATA = Path.of("src/test/resources/transcripts");
    private static final double TEST_F1 = 0.20;
    /**
     * Lowered from 0.24 with the embedding's own values as features: test precision 0.26 to 0.22 (risks called 16
     * times instead of 6, right twice either way) while F1 rose, and cross-validated precision, F1 and recall all rose.
     * Lowered again to 0.20 when the per-type thresholds could go below 0.05: test precision 0.22 to 0.21 (14 right of
     * 67 found instead of 12 of 55) while test F1 rose from 0.19 to 0.20 and cross-validated F1 from 0.16 to 0.18.
     */
    private static final double TEST_PRECISION = 0.20;

    private static final double TEST_OWNERS = 0.85;

    @Test
    void theHeldOutScoresDoNotFallBelowThoseReached() throws Exception {
        TranscriptData annotated = TranscriptData.load(DATA, Path.of("../seeds"));
        Map<String, byte[]> test = annotated.notes("test");

        Evaluation.Result result = Evaluation.run(new NoteParser(ParserSettings.defaults()), test, annotated.gold());

        assertThat(test).hasSize(4);
        assertThat(result.overall().f1()).as("test F1").isGreaterThanOrEqualTo(TEST_F1);
        assertThat(result.overall().precision()).as("test precision").isGreaterThanOrEqualTo(TEST_PRECISION);
        assertThat(result.ownerAccuracy()).as("owners of matched actions").isGreaterThanOrEqualTo(TEST_OWNERS);
    }
}
