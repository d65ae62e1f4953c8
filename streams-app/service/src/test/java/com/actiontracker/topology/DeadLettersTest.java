package com.actiontracker.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.DeadLetterStage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void aLetterNamesItsStageAsTheEnumAndAsTheWordOfV1() {
        DeadLetter letter =
                DeadLetters.of(DeadLetterStage.PARSE, "not UTF-8", null, "a.md", null, null, null, Instant.EPOCH);

        assertThat(letter.getFailedIn()).isEqualTo(DeadLetterStage.PARSE);
        assertThat(letter.getStage()).isEqualTo("parse");
        assertThat(DeadLetters.stage(letter)).isEqualTo(DeadLetterStage.PARSE);
    }

    /** Letters written before v2 read as UNKNOWN in the new field; their stage still says where they failed. */
    @Test
    void aLetterWrittenBeforeTheEnumIsReadFromItsWord() {
        DeadLetter v1 = DeadLetter.newBuilder()
                .setStage("connector")
                .setReason("unreadable")
                .setFailedAt(Instant.EPOCH)
                .build();
        assertThat(v1.getFailedIn()).as("the schema's default").isEqualTo(DeadLetterStage.UNKNOWN);

        assertThat(DeadLetters.stage(v1)).isEqualTo(DeadLetterStage.CONNECTOR);
        v1.setStage("transform");
        assertThat(DeadLetters.stage(v1)).isEqualTo(DeadLetterStage.UNKNOWN);
    }
}
