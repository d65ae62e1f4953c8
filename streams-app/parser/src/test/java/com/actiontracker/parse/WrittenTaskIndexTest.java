package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenTaskIndexTest {

    /** Seed 004: what was said, and the task the note-taker wrote from it (with the names spelled right). */
    private static final String SAID =
            "I'm going to follow up with Egal, I'm going to tell him thank you for the new VMs"
                    + " and I will put Yonsi and Renata on the email";

    private static final String WRITTEN =
            "Follow up with Igal (Azure compute) thanking for new VMs; CC Yonce and Renata; clarify non-blocking stance.";

    @Test
    void aTaskWrittenInOtherWordsAndWithTheNamesSpelledRightCoversWhatWasSaid() {
        WrittenTaskIndex index = new WrittenTaskIndex(List.of(task(WRITTEN)));

        assertThat(index.covers(SAID, 0.5)).as("by words alone").isFalse();
        assertThat(index.covers(SAID, SentenceEmbeddings.of(SAID), 0.5, 0.45)).isTrue();
    }

    @Test
    void anotherTaskOfTheSameMeetingDoesNot() {
        WrittenTaskIndex index = new WrittenTaskIndex(List.of(
                task("Send Ronnie Borker’s LinkedIn/contact to Lior."),
                task("Decide whether to bring Karl onto Jason’s team and define his scope (lab/POC support).")));

        assertThat(index.covers(SAID, SentenceEmbeddings.of(SAID), 0.5, 0.45)).isFalse();
    }

    @Test
    void aTaskThatRepeatsTheWordsCoversWithoutEmbeddingAnything() {
        WrittenTaskIndex index = new WrittenTaskIndex(List.of(task("Put Yonsi and Renata on the email to Egal")));

        assertThat(index.covers(SAID, new float[SentenceEmbeddings.of(SAID).length], 0.3, 1.0))
                .as("a zero vector is close to nothing: only the words can cover it")
                .isTrue();
    }

    private static ActionItem task(String description) {
        return new ActionItem(
                1,
                description,
                "- [ ] " + description,
                null,
                TaskStatus.OPEN,
                " ",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                null,
                ItemOrigin.TASK,
                1.0,
                null,
                List.of());
    }
}
