package com.actiontracker.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.tracking.ActionEvent.CommandType;
import com.actiontracker.tracking.CommandRule.Target;
import com.actiontracker.tracking.CommandRule.Verdict;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommandRuleTest {

    private static final LocalDate DUE = LocalDate.parse("2025-11-14");
    private static final LocalDate CLOSED = LocalDate.parse("2025-11-06");

    private static Target open(ItemOrigin origin) {
        return new Target(Lifecycle.OPEN, origin, "Brian Nguyen", DUE, null, null);
    }

    private static Target closed(Lifecycle status) {
        return new Target(status, ItemOrigin.TASK, "Brian Nguyen", DUE, null, CLOSED);
    }

    private static Verdict judge(CommandType type, Target target) {
        return CommandRule.judge(type, target, "Ada Lovelace", LocalDate.parse("2025-12-01"));
    }

    @ParameterizedTest
    @EnumSource(CommandType.class)
    void aRetiredActionRefusesEveryVerbAndSaysWhereItsHistoryIs(CommandType type) {
        Target retired = new Target(Lifecycle.RETIRED, ItemOrigin.TRANSCRIPT, "Brian Nguyen", DUE, null, null);

        assertThat(judge(type, retired))
                .isInstanceOfSatisfying(
                        Verdict.Refused.class,
                        refused -> assertThat(refused.reason())
                                .startsWith("is retired: no note mentions it any more, so there is nothing to "
                                        + CommandRule.verb(type))
                                .endsWith("(its history stays on the action-status topic)"));
    }

    @Test
    void doneTwiceIsNoErrorButSendsNothing() {
        assertThat(judge(CommandType.COMPLETE, closed(Lifecycle.DONE)))
                .isEqualTo(new Verdict.Unchanged("is already done (2025-11-06)"));
        assertThat(judge(CommandType.CANCEL, closed(Lifecycle.CANCELLED)))
                .isEqualTo(new Verdict.Unchanged("is already cancelled (2025-11-06)"));
    }

    @Test
    void aCancelledActionCanStillBeMarkedDoneAndADoneOneCancelled() {
        assertThat(judge(CommandType.COMPLETE, closed(Lifecycle.CANCELLED))).isInstanceOf(Verdict.Send.class);
        assertThat(judge(CommandType.CANCEL, closed(Lifecycle.DONE))).isInstanceOf(Verdict.Send.class);
    }

    @Test
    void onlyAClosedActionReopens() {
        assertThat(judge(CommandType.REOPEN, closed(Lifecycle.DONE))).isInstanceOf(Verdict.Send.class);
        assertThat(judge(CommandType.REOPEN, closed(Lifecycle.CANCELLED))).isInstanceOf(Verdict.Send.class);
        assertThat(judge(CommandType.REOPEN, open(ItemOrigin.TASK)))
                .isEqualTo(new Verdict.Refused("is open: only a done or cancelled action reopens"));
        Target inProgress = new Target(Lifecycle.IN_PROGRESS, ItemOrigin.TASK, "Brian Nguyen", DUE, null, null);
        assertThat(judge(CommandType.REOPEN, inProgress))
                .isEqualTo(new Verdict.Refused("is in progress: only a done or cancelled action reopens"));
    }

    @Test
    void assigningToTheCurrentOwnerChangesNothing() {
        assertThat(CommandRule.judge(CommandType.REASSIGN, open(ItemOrigin.TASK), "Brian Nguyen", null))
                .isEqualTo(new Verdict.Unchanged("is already Brian Nguyen's"));
        assertThat(CommandRule.judge(CommandType.REASSIGN, open(ItemOrigin.TASK), "Ada Lovelace", null))
                .isInstanceOf(Verdict.Send.class);
    }

    @Test
    void onlyAnItemInferredFromATranscriptIsAcceptedOrDismissed() {
        for (CommandType type : EnumSet.of(CommandType.ACCEPT, CommandType.DISMISS)) {
            assertThat(judge(type, open(ItemOrigin.TRANSCRIPT))).isInstanceOf(Verdict.Send.class);
            assertThat(judge(type, open(ItemOrigin.TASK)))
                    .isInstanceOfSatisfying(
                            Verdict.Refused.class,
                            refused -> assertThat(refused.reason())
                                    .startsWith("is written in a note, so it always counts"));
        }
    }

    @Test
    void aNewDueDateIsForWorkStillOwed() {
        assertThat(judge(CommandType.REDATE, open(ItemOrigin.TASK))).isInstanceOf(Verdict.Send.class);
        assertThat(CommandRule.judge(CommandType.REDATE, open(ItemOrigin.TASK), null, DUE))
                .isEqualTo(new Verdict.Unchanged("is already due 2025-11-14"));
        assertThat(judge(CommandType.REDATE, closed(Lifecycle.DONE)))
                .isEqualTo(new Verdict.Refused(
                        "is done: only an action still owed gets a new due date (reopen it first)"));
    }

    @Test
    void onlyAnOwedActionWithADueDateHasRemindersToSnooze() {
        assertThat(judge(CommandType.SNOOZE, open(ItemOrigin.TASK))).isInstanceOf(Verdict.Send.class);
        Target noDue = new Target(Lifecycle.OPEN, ItemOrigin.TASK, "Brian Nguyen", null, null, null);
        assertThat(judge(CommandType.SNOOZE, noDue))
                .isEqualTo(
                        new Verdict.Refused(
                                "is open without a due date: only an action still owed, with a due date, has reminders to snooze"));
        assertThat(judge(CommandType.SNOOZE, closed(Lifecycle.CANCELLED))).isInstanceOf(Verdict.Refused.class);
        Target snoozed =
                new Target(Lifecycle.OPEN, ItemOrigin.TASK, "Brian Nguyen", DUE, LocalDate.parse("2025-12-01"), null);
        assertThat(judge(CommandType.SNOOZE, snoozed))
                .isEqualTo(new Verdict.Unchanged("is already snoozed until 2025-12-01"));
    }

    @Test
    void verbsReadAsAPersonSaysThem() {
        assertThat(CommandRule.verb(CommandType.COMPLETE)).isEqualTo("mark done");
        assertThat(CommandRule.verb(CommandType.REASSIGN)).isEqualTo("assign");
        assertThat(CommandRule.verb(CommandType.SNOOZE)).isEqualTo("snooze");
    }
}
