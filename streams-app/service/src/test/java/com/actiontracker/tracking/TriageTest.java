package com.actiontracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.Commitment;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.tracking.ActionEvent.Command;
import com.actiontracker.tracking.ActionEvent.CommandType;
import com.actiontracker.tracking.ActionEvent.Observation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageTest {

    private static final LocalDate MEETING = LocalDate.of(2025, 10, 30);
    private static final Instant READ = Instant.parse("2025-11-01T10:00:00Z");

    @Test
    void onlyACommitmentAtOrAboveTheThresholdCountsWithoutReviewAndAWrittenTaskAlwaysDoes() {
        assertThat(Triage.acceptedWithoutReview(ItemOrigin.TRANSCRIPT, Commitment.COMMITTED, 0.5, 0.5))
                .isTrue();
        assertThat(Triage.acceptedWithoutReview(ItemOrigin.TRANSCRIPT, Commitment.COMMITTED, 0.49, 0.5))
                .isFalse();
        assertThat(Triage.acceptedWithoutReview(ItemOrigin.TRANSCRIPT, Commitment.TENTATIVE, 0.9, 0.5))
                .as("'I might by Friday' is not a promise, however sure the model is")
                .isFalse();
        assertThat(Triage.acceptedWithoutReview(ItemOrigin.TRANSCRIPT, Commitment.PROPOSED, 0.9, 0.5))
                .isFalse();
        assertThat(Triage.acceptedWithoutReview(ItemOrigin.TASK, null, 0.0, 1.0))
                .isTrue();
    }

    @Test
    void aVerdictCountsFromTheDayItWasGivenAndIsInTheHistory() {
        ActionState inferred = ActionState.start(said(null, LocalDate.of(2025, 11, 7), false));
        assertThat(inferred.triage()).isEqualTo(Triage.AWAITING);

        Instant given = Instant.parse("2025-11-05T16:00:00Z");
        ActionState dismissed = inferred.apply(command(CommandType.DISMISS, given));
        assertThat(dismissed.triage()).isEqualTo(Triage.DISMISSED);
        assertThat(dismissed.latestTransitions())
                .singleElement()
                .satisfies(t -> assertThat(t.reason()).isEqualTo("dismissed by Jason"));
        assertThat(dismissed.viewOn(LocalDate.of(2025, 11, 4)).orElseThrow().triage())
                .as("the day before")
                .isEqualTo(Triage.AWAITING);
        assertThat(dismissed.viewOn(LocalDate.of(2025, 11, 5)).orElseThrow().triage())
                .isEqualTo(Triage.DISMISSED);

        ActionState again = dismissed.apply(command(CommandType.DISMISS, given.plusSeconds(60)));
        assertThat(again.latestTransitions())
                .as("a repeated verdict changes nothing")
                .isEmpty();
        assertThat(again.viewOn(LocalDate.of(2025, 11, 4)).orElseThrow().triage())
                .isEqualTo(Triage.AWAITING);
    }

    @Test
    void anAcceptedInferredActionWithoutAnOwnerOrADateNeedsOne() {
        ActionView nobody =
                ActionState.start(said(null, null, true)).viewOn(MEETING).orElseThrow();
        assertThat(nobody.triage()).isEqualTo(Triage.ACCEPTED);
        assertThat(nobody.needsOwner()).isTrue();
        assertThat(nobody.needsDate()).isTrue();

        ActionView dana = ActionState.start(said("Dana", LocalDate.of(2025, 11, 7), true))
                .withOwner("Dana Moreau", null)
                .viewOn(MEETING)
                .orElseThrow();
        assertThat(dana.needsOwner()).isFalse();
        assertThat(dana.needsDate()).isFalse();

        ActionView awaiting =
                ActionState.start(said(null, null, false)).viewOn(MEETING).orElseThrow();
        assertThat(awaiting.needsOwner()).as("not accepted yet: triage first").isFalse();
    }

    private static Observation said(String owner, LocalDate due, boolean autoAccepted) {
        return new Observation(
                "a1",
                new SourceStatement(
                        "call.md",
                        40,
                        "sha",
                        "Send the deck",
                        owner,
                        TaskStatus.OPEN,
                        due,
                        null,
                        null,
                        null,
                        List.of(),
                        ItemOrigin.TRANSCRIPT,
                        0.4,
                        Commitment.COMMITTED,
                        autoAccepted,
                        MEETING,
                        READ),
                false);
    }

    private static Command command(CommandType type, Instant at) {
        return new Command("c-" + type + at, "a1", type, null, null, at, "Jason");
    }
}
