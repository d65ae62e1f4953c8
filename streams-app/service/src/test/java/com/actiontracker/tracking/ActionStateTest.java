package com.actiontracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.tracking.ActionEvent.Command;
import com.actiontracker.tracking.ActionEvent.CommandType;
import com.actiontracker.tracking.ActionEvent.Observation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ActionStateTest {

    private static final LocalDate MEETING = LocalDate.of(2025, 10, 30);
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void aCompletionInOneNoteWinsOverAnOlderOpenBoxInAnother() {
        ActionState state = ActionState.start(observe("002.md", TaskStatus.OPEN, null, T0))
                .apply(observe("000.md", TaskStatus.DONE, LocalDate.of(2025, 11, 8), T0.plusSeconds(1)));

        assertThat(state.status()).isEqualTo(Lifecycle.DONE);
        assertThat(state.doneDate()).isEqualTo(LocalDate.of(2025, 11, 8));
        assertThat(state.locations()).extracting(SourceLocation::path).containsExactly("000.md", "002.md");
    }

    @Test
    void theOrderInWhichNotesArriveDoesNotChangeTheOutcome() {
        ActionState doneFirst = ActionState.start(observe("000.md", TaskStatus.DONE, LocalDate.of(2025, 11, 8), T0))
                .apply(observe("002.md", TaskStatus.OPEN, null, T0.plusSeconds(1)));

        assertThat(doneFirst.status()).isEqualTo(Lifecycle.DONE);
    }

    @Test
    void aLaterRevisionOfTheSameNoteThatUnticksTheBoxReopensIt() {
        ActionState state = ActionState.start(observe("a.md", TaskStatus.DONE, LocalDate.of(2025, 11, 8), T0))
                .apply(observe("a.md", TaskStatus.OPEN, null, T0.plusSeconds(60)));

        assertThat(state.status()).isEqualTo(Lifecycle.REOPENED);
        assertThat(state.history())
                .extracting(StatusTransition::from, StatusTransition::to)
                .containsExactly(Tuple.tuple(null, Lifecycle.DONE), Tuple.tuple(Lifecycle.DONE, Lifecycle.REOPENED));
        assertThat(state.history().get(1).reason()).isEqualTo("open in a.md");
    }

    @Test
    void whenTheOnlyNoteStopsMentioningItTheActionIsRetired() {
        ActionState state = ActionState.start(observe("a.md", TaskStatus.OPEN, null, T0))
                .apply(new Observation("a1", statement("a.md", TaskStatus.OPEN, null, T0.plusSeconds(5)), true));

        assertThat(state.status()).isEqualTo(Lifecycle.RETIRED);
        assertThat(state.sources()).isEmpty();
        assertThat(state.viewOn(LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(state.history()).last().satisfies(t -> assertThat(t.reason()).isEqualTo("no longer in a.md"));
    }

    @Test
    void aCommandHoldsAgainstAnUnchangedNoteButYieldsToANoteThatChangesAfterIt() {
        ActionState open = ActionState.start(observe("a.md", TaskStatus.OPEN, null, T0));
        ActionState done = open.apply(new Command(
                "c1", "a1", CommandType.COMPLETE, null, LocalDate.of(2026, 1, 2), T0.plusSeconds(10), "jason"));
        assertThat(done.status()).isEqualTo(Lifecycle.DONE);

        ActionState reread = done.apply(observe("a.md", TaskStatus.OPEN, null, T0.plusSeconds(20)));
        assertThat(reread.status()).as("the same open box, read again").isEqualTo(Lifecycle.DONE);

        ActionState ticked =
                reread.apply(observe("a.md", TaskStatus.DONE, LocalDate.of(2026, 1, 3), T0.plusSeconds(30)));
        ActionState unticked = ticked.apply(observe("a.md", TaskStatus.OPEN, null, T0.plusSeconds(40)));
        assertThat(unticked.status())
                .as("the note changed its own statement after the command")
                .isEqualTo(Lifecycle.REOPENED);
    }

    @Test
    void reassigningWinsOverTheNotesAndIsRecorded() {
        ActionState state = ActionState.start(observe("a.md", TaskStatus.OPEN, null, T0))
                .apply(new Command("c2", "a1", CommandType.REASSIGN, "Priya Raman", null, T0.plusSeconds(1), null));

        assertThat(state.ownerAsWritten()).isEqualTo("Priya Raman");
        assertThat(state.history())
                .last()
                .satisfies(t -> assertThat(t.reason()).isEqualTo("reassigned to Priya Raman"));
    }

    @Test
    void aNewDueDateByCommandHoldsAgainstAnUnchangedNoteButYieldsToANoteThatChangesItsDateAfterIt() {
        ActionState redated = ActionState.start(observe("a.md", TaskStatus.OPEN, null, T0))
                .apply(new Command(
                        "c3", "a1", CommandType.REDATE, null, LocalDate.of(2026, 2, 1), T0.plusSeconds(10), "jason"));

        assertThat(redated.due()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(redated.history())
                .last()
                .satisfies(t -> assertThat(t.reason()).isEqualTo("due 2026-02-01 by jason"));
        ActionView later = redated.viewOn(LocalDate.of(2026, 1, 20)).orElseThrow();
        assertThat(later.due()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(later.overdue()).isFalse();
        assertThat(redated.viewOn(LocalDate.of(2025, 12, 1)).orElseThrow().due())
                .as("before the command was given")
                .isEqualTo(LocalDate.of(2025, 10, 31));

        ActionState reread = redated.apply(observe("a.md", TaskStatus.OPEN, null, T0.plusSeconds(20)));
        assertThat(reread.due()).as("the same note, read again").isEqualTo(LocalDate.of(2026, 2, 1));
        ActionState edited = reread.apply(new Observation(
                "a1", statement("a.md", TaskStatus.OPEN, null, LocalDate.of(2026, 3, 1), T0.plusSeconds(30)), false));
        assertThat(edited.due())
                .as("the note changed its own date after the command")
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aSnoozeIsKeptInTheStateAndSurvivesTheStore() {
        ActionState snoozed = ActionState.start(observe("a.md", TaskStatus.OPEN, null, T0))
                .apply(new Command(
                        "c4", "a1", CommandType.SNOOZE, null, LocalDate.of(2026, 1, 9), T0.plusSeconds(10), null));

        assertThat(snoozed.snoozedUntil()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(snoozed.status()).isEqualTo(Lifecycle.OPEN);
        assertThat(snoozed.viewOnOrCurrent(LocalDate.of(2026, 1, 2)).snoozedUntil())
                .isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(TrackingAvro.fromAvro(TrackingAvro.toAvro(snoozed))).isEqualTo(snoozed);
    }

    @Test
    void itsTagsAreEveryNotesEachOnceAndSurviveTheStore() {
        LocalDate due = LocalDate.of(2025, 10, 31);
        ActionState tagged = ActionState.start(new Observation(
                        "a1", statement("a.md", TaskStatus.OPEN, null, due, T0, List.of("#task", "#sales")), false))
                .apply(new Observation(
                        "a1",
                        statement("b.md", TaskStatus.OPEN, null, due, T0.plusSeconds(5), List.of("#q4", "#task")),
                        false));

        assertThat(tagged.tags()).containsExactlyInAnyOrder("#task", "#sales", "#q4");
        assertThat(tagged.viewOnOrCurrent(LocalDate.of(2025, 11, 2)).tags())
                .containsExactlyInAnyOrder("#task", "#sales", "#q4");
        assertThat(TrackingAvro.fromAvro(TrackingAvro.toAvro(tagged)).tags())
                .containsExactlyInAnyOrderElementsOf(tagged.tags());
    }

    @Test
    void aTagSpelledInAnotherCaseInAnotherNoteIsTheSameTagShownAsThePreferredNoteSpellsIt() {
        LocalDate due = LocalDate.of(2025, 10, 31);
        ActionState tagged = ActionState.start(new Observation(
                        "a1", statement("a.md", TaskStatus.OPEN, null, due, T0, List.of("#Task")), false))
                .apply(new Observation(
                        "a1",
                        statement("b.md", TaskStatus.OPEN, null, due, T0.plusSeconds(5), List.of("#task", "#q4")),
                        false));

        assertThat(tagged.tags()).hasSize(2).containsOnlyOnce("#q4").anyMatch(t -> t.equalsIgnoreCase("#task"));
    }

    @Test
    void theViewOnAPastDayIgnoresCompletionsDatedLaterAndReportsOverdue() {
        ActionState state = ActionState.start(observe("000.md", TaskStatus.DONE, LocalDate.of(2025, 11, 8), T0));

        ActionView before = state.viewOn(LocalDate.of(2025, 11, 3)).orElseThrow();
        assertThat(before.status()).isEqualTo(Lifecycle.OPEN);
        assertThat(before.doneDate()).isNull();
        assertThat(before.overdue()).isTrue();
        assertThat(before.daysOverdue()).isEqualTo(3);

        ActionView after = state.viewOn(LocalDate.of(2025, 11, 8)).orElseThrow();
        assertThat(after.status()).isEqualTo(Lifecycle.DONE);
        assertThat(after.doneDate()).isEqualTo(LocalDate.of(2025, 11, 8));
        assertThat(after.overdue()).isFalse();
    }

    @Test
    void anActionDoesNotExistBeforeItsMeetingAndIsNotOverdueOnItsDueDate() {
        ActionState state = ActionState.start(observe("a.md", TaskStatus.OPEN, null, T0));

        assertThat(state.viewOn(MEETING.minusDays(1))).isEmpty();
        assertThat(state.viewOn(LocalDate.of(2025, 10, 31)).orElseThrow().overdue())
                .isFalse();
        assertThat(state.viewOn(LocalDate.of(2025, 11, 1)).orElseThrow().overdue())
                .isTrue();
    }

    @Test
    void anUndatedCompletionCountsFromWhenItWasRead() {
        ActionState state = ActionState.start(observe("a.md", TaskStatus.DONE, null, T0));

        assertThat(state.viewOn(LocalDate.of(2025, 12, 31)).orElseThrow().status())
                .isEqualTo(Lifecycle.OPEN);
        assertThat(state.viewOn(LocalDate.of(2026, 1, 1)).orElseThrow().status())
                .isEqualTo(Lifecycle.DONE);
    }

    @Test
    void aBoxTickedWithACompletionDateAfterTheDayItWasReadIsDoneFromThatDayLikeTheLiveLedgerSaysWithItsDateAsWritten() {
        LocalDate readOn = LocalDate.of(2026, 1, 1);
        LocalDate written = LocalDate.of(2026, 1, 16);
        ActionState state = ActionState.start(observe("a.md", TaskStatus.DONE, written, T0));

        assertThat(state.status()).as("the live ledger").isEqualTo(Lifecycle.DONE);
        ActionView today = state.viewOn(readOn).orElseThrow();
        assertThat(today.status()).as("the report on the day it was read").isEqualTo(state.status());
        assertThat(today.overdue()).isFalse();
        assertThat(today.doneDate()).isEqualTo(written).isEqualTo(state.doneDate());
        assertThat(today.history()).extracting(StatusTransition::to).containsExactly(Lifecycle.DONE);
        assertThat(state.viewOn(readOn.minusDays(1)).orElseThrow().status())
                .as("before it was read")
                .isEqualTo(Lifecycle.OPEN);
    }

    private static Observation observe(String path, TaskStatus status, LocalDate done, Instant at) {
        return new Observation("a1", statement(path, status, done, at), false);
    }

    private static SourceStatement statement(String path, TaskStatus status, LocalDate done, Instant at) {
        return statement(path, status, done, LocalDate.of(2025, 10, 31), at);
    }

    private static SourceStatement statement(
            String path, TaskStatus status, LocalDate done, LocalDate due, Instant at) {
        return statement(path, status, done, due, at, List.of());
    }

    private static SourceStatement statement(
            String path, TaskStatus status, LocalDate done, LocalDate due, Instant at, List<String> tags) {
        return new SourceStatement(
                path,
                12,
                "sha",
                "Send the deck",
                "Lior",
                status,
                due,
                done,
                null,
                Priority.HIGH,
                tags,
                ItemOrigin.TASK,
                1.0,
                null,
                false,
                MEETING,
                at);
    }
}
