package com.actiontracker.tracking;

import com.actiontracker.parse.Commitment;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.tracking.ActionEvent.Command;
import com.actiontracker.tracking.ActionEvent.Observation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The tracked state of one action: what every note currently says about it, what commands set, and its status
 * history. Immutable; {@link #apply} returns the next state.
 *
 * <p>How the notes are combined: each note contributes its latest revision's statement. The statement that speaks
 * for the latest day leads (a completion speaks for its completion date, an open box for its meeting's date), and a
 * completion wins a tie. So "done on 8 November" in one note beats "open" in the note of the 30 October meeting,
 * and a later revision of a note that unticks its box reopens the action.
 *
 * @param owner        the resolved owner (see {@link #withOwner}); null when nobody owns it or not resolved yet
 * @param ownerWarning why the owner is as written, when it could not be resolved
 * @param sources      live statements by note path; empty once no note mentions the action
 * @param revision     how many events have been applied; each transition records the revision that caused it
 */
public record ActionState(
        String actionId,
        String text,
        String owner,
        String ownerWarning,
        Lifecycle status,
        SortedMap<String, SourceStatement> sources,
        CommandOverride override,
        List<StatusTransition> history,
        long revision,
        Instant firstSeenAt,
        Instant updatedAt) {

    /** Bounds a store value; the full history is on the action-status topic. */
    static final int MAX_HISTORY = 100;

    private static final Comparator<SourceStatement> PRECEDENCE = Comparator.comparing(SourceStatement::effectiveDate)
            .thenComparing(SourceStatement::isClosed)
            .thenComparing(SourceStatement::observedAt)
            .thenComparing(SourceStatement::path);

    public ActionState {
        Objects.requireNonNull(actionId, "actionId");
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        history = List.copyOf(history);
    }

    /** The first event about an action. */
    public static ActionState start(ActionEvent first) {
        ActionState none = new ActionState(
                first.actionId(),
                "",
                null,
                null,
                null,
                new TreeMap<>(),
                CommandOverride.NONE,
                List.of(),
                0,
                first.at(),
                first.at());
        return none.apply(first);
    }

    public ActionState apply(ActionEvent event) {
        if (event instanceof Observation o) {
            return apply(o);
        }
        return apply((Command) event);
    }

    private ActionState apply(Observation o) {
        SourceStatement statement = o.statement();
        SourceStatement previous = sources.get(statement.path());
        TreeMap<String, SourceStatement> next = new TreeMap<>(sources);
        CommandOverride nextOverride = override;
        String reason;
        if (o.withdrawn()) {
            if (previous == null) {
                return transition(sources, override, o.at(), "", null, 0, null);
            }
            next.remove(statement.path());
            reason = "no longer in " + statement.path();
        } else {
            next.put(statement.path(), statement);
            boolean noteChangedItsStatus = previous != null && previous.status() != statement.status();
            if (override.status() != null
                    && noteChangedItsStatus
                    && statement.observedAt().isAfter(override.at())) {
                nextOverride = override.withoutStatus();
            }
            boolean noteChangedItsDue = previous != null && !Objects.equals(previous.due(), statement.due());
            if (override.due() != null
                    && noteChangedItsDue
                    && statement.observedAt().isAfter(override.dueAt())) {
                nextOverride = nextOverride.withDue(null, null);
            }
            reason = previous == null && sources.isEmpty() && status == null
                    ? "first seen in " + statement.path()
                    : describe(statement) + " in " + statement.path();
        }
        return transition(next, nextOverride, o.at(), reason, statement.path(), statement.line(), null);
    }

    private ActionState apply(Command c) {
        CommandOverride nextOverride = switch (c.type()) {
            case COMPLETE -> override.withStatus(Lifecycle.DONE, effective(c), c.issuedAt(), c.commandId());
            case CANCEL -> override.withStatus(Lifecycle.CANCELLED, effective(c), c.issuedAt(), c.commandId());
            case REOPEN -> override.withStatus(Lifecycle.REOPENED, effective(c), c.issuedAt(), c.commandId());
            case REASSIGN -> override.withOwner(c.owner());
            case ACCEPT -> override.withVerdict(Triage.ACCEPTED, c.commandId());
            case DISMISS -> override.withVerdict(Triage.DISMISSED, c.commandId());
            case REDATE -> override.withDue(c.effectiveDate(), c.issuedAt());
            case SNOOZE -> override.withSnooze(c.effectiveDate());
        };
        String by = c.issuedBy() == null ? "" : " by " + c.issuedBy();
        String reason = switch (c.type()) {
            case REASSIGN -> "reassigned to " + c.owner() + by;
            case ACCEPT -> "accepted" + by;
            case DISMISS -> "dismissed" + by;
            case REDATE -> "due " + c.effectiveDate() + by;
            case SNOOZE -> "reminders snoozed until " + c.effectiveDate() + by;
            default -> "command " + c.type().name().toLowerCase(Locale.ROOT) + by;
        };
        return transition(sources, nextOverride, c.at(), reason, null, 0, c.commandId());
    }

    private ActionState transition(
            SortedMap<String, SourceStatement> nextSources,
            CommandOverride nextOverride,
            Instant at,
            String reason,
            String path,
            int line,
            String commandId) {
        Lifecycle base = baseStatus(nextSources, nextOverride);
        Lifecycle nextStatus =
                base == Lifecycle.OPEN && status != null && (status.isClosed() || status == Lifecycle.REOPENED)
                        ? Lifecycle.REOPENED
                        : base;
        List<StatusTransition> nextHistory = history;
        boolean ownerChanged = !Objects.equals(override.assignedOwner(), nextOverride.assignedOwner());
        boolean judged = !Objects.equals(override.verdict(), nextOverride.verdict());
        boolean redated = !Objects.equals(override.due(), nextOverride.due())
                || !Objects.equals(override.snoozedUntil(), nextOverride.snoozedUntil());
        if (nextStatus != status || ownerChanged || judged || redated) {
            LocalDate effective = effectiveDate(nextStatus, nextSources, nextOverride);
            nextHistory = append(
                    history,
                    new StatusTransition(
                            status, nextStatus, at, effective, reason, path, line, commandId, revision + 1));
        }
        String nextText = leading(nextSources).map(SourceStatement::text).orElse(text);
        return new ActionState(
                actionId,
                nextText,
                owner,
                ownerWarning,
                nextStatus,
                nextSources,
                nextOverride,
                nextHistory,
                revision + 1,
                firstSeenAt,
                at.isAfter(updatedAt) ? at : updatedAt);
    }

    /** The transitions caused by the latest event applied (at most one). */
    public List<StatusTransition> latestTransitions() {
        return history.stream().filter(t -> t.revision() == revision).toList();
    }

    /** This state with its owner resolved by the caller (identity is not this class's business). */
    public ActionState withOwner(String resolvedOwner, String warning) {
        return Objects.equals(resolvedOwner, owner) && Objects.equals(warning, ownerWarning)
                ? this
                : new ActionState(
                        actionId,
                        text,
                        resolvedOwner,
                        warning,
                        status,
                        sources,
                        override,
                        history,
                        revision,
                        firstSeenAt,
                        updatedAt);
    }

    /** The owner as the notes (or a reassign command) name it, before resolution. */
    public String ownerAsWritten() {
        if (override.assignedOwner() != null) {
            return override.assignedOwner();
        }
        return preferred(sources.values())
                .map(SourceStatement::owner)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    public Optional<SourceStatement> leading() {
        return leading(sources);
    }

    /** The due date a REDATE command set, else the notes' own. */
    public LocalDate due() {
        if (override.due() != null) {
            return override.due();
        }
        return preferred(sources.values())
                .map(SourceStatement::due)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    public Priority priority() {
        return preferred(sources.values())
                .map(SourceStatement::priority)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Every tag any note gives it, each once, the preferred note's first: a tag is how people group work. */
    public List<String> tags() {
        return tagsOf(sources.values());
    }

    private static List<String> tagsOf(Collection<SourceStatement> statements) {
        // Obsidian treats #Task and #task as one tag (so does the tag filter's equalsIgnoreCase); the preferred
        // note's spelling is the one shown.
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        return preferred(statements)
                .flatMap(s -> s.tags().stream())
                .filter(seen::add)
                .toList();
    }

    /** No overdue reminder before this day; null when nobody snoozed the action. */
    public LocalDate snoozedUntil() {
        return override.snoozedUntil();
    }

    /** The day it was done or cancelled; null while it is owed (or retired). */
    public LocalDate closedOn() {
        return status.isClosed() ? closingDate() : null;
    }

    public LocalDate doneDate() {
        return status == Lifecycle.DONE ? closingDate() : null;
    }

    public LocalDate cancelledDate() {
        return status == Lifecycle.CANCELLED ? closingDate() : null;
    }

    /** The date a closing is shown with: the command's, else the leading note's as written. */
    private LocalDate closingDate() {
        if (override.status() != null && !sources.isEmpty()) {
            return override.effectiveDate();
        }
        return leading(sources).map(SourceStatement::closingDate).orElse(null);
    }

    public LocalDate meetingDate() {
        return sources.values().stream()
                .map(SourceStatement::meetingDate)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    public ItemOrigin origin() {
        return leading().map(SourceStatement::origin).orElse(ItemOrigin.TASK);
    }

    public double confidence() {
        return leading().map(SourceStatement::confidence).orElse(1.0);
    }

    /** How firmly the leading note said it; null for a written task. */
    public Commitment commitment() {
        return leading().map(SourceStatement::commitment).orElse(null);
    }

    /** Whether it counts in its owner's ledger ({@link Triage}). */
    public Triage triage() {
        return triage(leading(sources));
    }

    private Triage triage(Optional<SourceStatement> lead) {
        return lead.map(s -> Triage.of(s.origin(), s.autoAccepted(), override.verdict()))
                .orElse(Triage.of(ItemOrigin.TASK, true, null));
    }

    public List<SourceLocation> locations() {
        return sources.values().stream()
                .map(s -> new SourceLocation(s.path(), s.line()))
                .toList();
    }

    /**
     * The action as the ledger showed it at the end of {@code day}: only notes of meetings held by then, only
     * completions dated by then (an undated completion counts from when it was read), commands in force by then.
     *
     * @return empty when the action did not exist yet on that day, or no note mentions it any more
     */
    public Optional<ActionView> viewOn(LocalDate day) {
        TreeMap<String, SourceStatement> then = new TreeMap<>();
        sources.values().stream().filter(s -> s.existedOn(day)).forEach(s -> then.put(s.path(), s.asOf(day)));
        if (then.isEmpty()) {
            return Optional.empty();
        }
        SourceStatement lead = leading(then).orElseThrow();
        Lifecycle statusThen = toLifecycle(lead.status());
        LocalDate closedOn = lead.isClosed() ? lead.closingDate() : null;
        if (override.status() != null && !override.effectiveDate().isAfter(day)) {
            statusThen = override.status() == Lifecycle.REOPENED ? Lifecycle.OPEN : override.status();
            closedOn = statusThen.isClosed() ? override.effectiveDate() : null;
        }
        LocalDate dueThen = override.due() != null
                        && !override.dueAt()
                                .atOffset(ZoneOffset.UTC)
                                .toLocalDate()
                                .isAfter(day)
                ? override.due()
                : preferred(then.values())
                        .map(SourceStatement::due)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
        boolean overdue = Deadlines.overdue(statusThen, dueThen, day);
        List<StatusTransition> historyThen =
                history.stream().filter(t -> !t.day().isAfter(day)).toList();
        boolean reopened = statusThen.isPending() && reopened(historyThen);
        return Optional.of(new ActionView(
                actionId,
                lead.text(),
                owner,
                ownerWarning,
                statusThen,
                reopened,
                dueThen,
                statusThen == Lifecycle.DONE ? closedOn : null,
                statusThen == Lifecycle.CANCELLED ? closedOn : null,
                overdue,
                overdue ? Deadlines.daysLate(dueThen, day) : 0,
                preferred(then.values())
                        .map(SourceStatement::priority)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                tagsOf(then.values()),
                lead.origin(),
                lead.confidence(),
                lead.commitment(),
                triageOn(day, lead),
                meetingDate(),
                then.values().stream()
                        .map(s -> new SourceLocation(s.path(), s.line()))
                        .toList(),
                historyThen,
                override.snoozedUntil()));
    }

    /** The view on a day, or, when the action did not exist then or is retired, its current state. */
    public ActionView viewOnOrCurrent(LocalDate day) {
        return viewOn(day)
                .orElseGet(() -> new ActionView(
                        actionId,
                        text,
                        owner,
                        ownerWarning,
                        status == Lifecycle.REOPENED ? Lifecycle.OPEN : status,
                        status == Lifecycle.REOPENED,
                        due(),
                        doneDate(),
                        cancelledDate(),
                        false,
                        0,
                        priority(),
                        tags(),
                        origin(),
                        confidence(),
                        commitment(),
                        triage(),
                        meetingDate(),
                        locations(),
                        history,
                        override.snoozedUntil()));
    }

    /** Whether the latest closing or reopening in this history (in the order it happened) is a reopening. */
    private static boolean reopened(List<StatusTransition> transitions) {
        for (int i = transitions.size() - 1; i >= 0; i--) {
            Lifecycle to = transitions.get(i).to();
            if (to == Lifecycle.REOPENED || to.isClosed()) {
                return to == Lifecycle.REOPENED;
            }
        }
        return false;
    }

    /** The standing on a day: a verdict counts from the day it was given (not the day it speaks of, the meeting's). */
    private Triage triageOn(LocalDate day, SourceStatement lead) {
        String verdictId = override.verdictCommandId();
        // A verdict older than the bounded history counts on every day.
        boolean judgedBy = verdictId != null
                && history.stream()
                        .filter(t -> verdictId.equals(t.commandId()))
                        .findFirst()
                        .map(t -> !t.at().atOffset(ZoneOffset.UTC).toLocalDate().isAfter(day))
                        .orElse(true);
        return Triage.of(lead.origin(), lead.autoAccepted(), judgedBy ? override.verdict() : null);
    }

    private static Optional<SourceStatement> leading(SortedMap<String, SourceStatement> sources) {
        return sources.values().stream().max(PRECEDENCE);
    }

    /** Statements in the order their fields are preferred: the leading one first. */
    private static Stream<SourceStatement> preferred(Collection<SourceStatement> statements) {
        return statements.stream().sorted(PRECEDENCE.reversed());
    }

    private static Lifecycle baseStatus(SortedMap<String, SourceStatement> sources, CommandOverride override) {
        if (sources.isEmpty()) {
            return Lifecycle.RETIRED;
        }
        if (override.status() != null) {
            return override.status() == Lifecycle.REOPENED ? Lifecycle.OPEN : override.status();
        }
        return toLifecycle(leading(sources).orElseThrow().status());
    }

    private static LocalDate effectiveDate(
            Lifecycle status, SortedMap<String, SourceStatement> sources, CommandOverride override) {
        if (override.status() != null && !sources.isEmpty()) {
            return override.effectiveDate();
        }
        return leading(sources).map(SourceStatement::effectiveDate).orElse(null);
    }

    private static Lifecycle toLifecycle(TaskStatus status) {
        return switch (status) {
            case OPEN -> Lifecycle.OPEN;
            case IN_PROGRESS -> Lifecycle.IN_PROGRESS;
            case DONE -> Lifecycle.DONE;
            case CANCELLED -> Lifecycle.CANCELLED;
        };
    }

    private static String describe(SourceStatement statement) {
        return switch (statement.status()) {
            case OPEN -> "open";
            case IN_PROGRESS -> "in progress";
            case DONE -> "done";
            case CANCELLED -> "cancelled";
        };
    }

    private static LocalDate effective(Command c) {
        return c.effectiveDate() != null
                ? c.effectiveDate()
                : c.issuedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static List<StatusTransition> append(List<StatusTransition> history, StatusTransition transition) {
        List<StatusTransition> next = new ArrayList<>(history);
        next.add(transition);
        return next.size() > MAX_HISTORY ? next.subList(next.size() - MAX_HISTORY, next.size()) : next;
    }
}
