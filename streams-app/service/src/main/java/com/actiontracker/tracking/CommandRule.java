package com.actiontracker.tracking;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.tracking.ActionEvent.CommandType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a person's command applies to an action as it stands, would change nothing, or is refused: the one rule
 * that the CLI, the web page and the API follow, so a verb never works in one and not in the other.
 */
public final class CommandRule {

    private CommandRule() {}

    /**
     * What decides it, as the ledger shows the action.
     *
     * @param status       OPEN for an action open again (never REOPENED)
     * @param closedOn     the day it was done or cancelled; null while it is owed
     */
    public record Target(
            Lifecycle status,
            ItemOrigin origin,
            String owner,
            LocalDate due,
            LocalDate snoozedUntil,
            LocalDate closedOn) {

        public Target {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(origin, "origin");
        }

        public static Target of(ActionView view) {
            return new Target(
                    view.status(), view.origin(), view.owner(), view.due(), view.snoozedUntil(), view.closedOn());
        }
    }

    /** The answer; a reason reads after the action's id ("3f2a91c0 is retired: ..."). */
    public sealed interface Verdict {
        /** Send the command. */
        record Send() implements Verdict {}

        /** The action is already as asked (done twice, a double click): send nothing, and that is no error. */
        record Unchanged(String reason) implements Verdict {}

        /** The verb does not apply to the action as it stands. */
        record Refused(String reason) implements Verdict {}
    }

    /**
     * @param owner the new owner for {@link CommandType#REASSIGN}
     * @param date  the new due date for {@link CommandType#REDATE}, the day reminders resume for
     *              {@link CommandType#SNOOZE}
     */
    public static Verdict judge(CommandType type, Target action, String owner, LocalDate date) {
        Lifecycle status = action.status();
        if (status == Lifecycle.RETIRED) {
            return new Verdict.Refused("is retired: no note mentions it any more, so there is nothing to " + verb(type)
                    + " (its history stays on the action-status topic)");
        }
        boolean closed = status.isClosed();
        String since = action.closedOn() == null ? "" : " (" + action.closedOn() + ")";
        return switch (type) {
            case COMPLETE -> status == Lifecycle.DONE ? new Verdict.Unchanged("is already done" + since) : send();
            case CANCEL ->
                status == Lifecycle.CANCELLED ? new Verdict.Unchanged("is already cancelled" + since) : send();
            case REOPEN ->
                closed
                        ? send()
                        : new Verdict.Refused("is " + word(status) + ": only a done or cancelled action reopens");
            case REASSIGN ->
                Objects.requireNonNull(owner, "owner").equals(action.owner())
                        ? new Verdict.Unchanged("is already " + owner + "'s")
                        : send();
            case ACCEPT, DISMISS ->
                action.origin() == ItemOrigin.TRANSCRIPT
                        ? send()
                        : new Verdict.Refused(
                                "is written in a note, so it always counts: cancel it there, or with tracker cancel");
            case REDATE -> {
                if (closed) {
                    yield new Verdict.Refused(
                            "is " + word(status) + ": only an action still owed gets a new due date (reopen it first)");
                }
                yield Objects.requireNonNull(date, "date").equals(action.due())
                        ? new Verdict.Unchanged("is already due " + date)
                        : send();
            }
            case SNOOZE -> {
                if (closed || action.due() == null) {
                    yield new Verdict.Refused("is " + word(status) + (action.due() == null ? " without a due date" : "")
                            + ": only an action still owed, with a due date, has reminders to snooze");
                }
                yield Objects.requireNonNull(date, "date").equals(action.snoozedUntil())
                        ? new Verdict.Unchanged("is already snoozed until " + date)
                        : send();
            }
        };
    }

    /** The verb as a person says it: "mark done", "assign", "snooze". */
    public static String verb(CommandType type) {
        return switch (type) {
            case COMPLETE -> "mark done";
            case REASSIGN -> "assign";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    private static Verdict send() {
        return new Verdict.Send();
    }

    private static String word(Lifecycle status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
