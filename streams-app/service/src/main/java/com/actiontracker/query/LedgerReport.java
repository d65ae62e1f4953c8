package com.actiontracker.query;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.StatementKind;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.ActionView;
import com.actiontracker.tracking.Deadlines;
import com.actiontracker.tracking.FindingState;
import com.actiontracker.tracking.Lifecycle;
import com.actiontracker.tracking.SourceLocation;
import com.actiontracker.tracking.Triage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The ledger as it stood at the end of one day: every owner's actions with counts, the decisions, risks and open
 * questions of the meetings held by then, and the records that could not be processed.
 */
public record LedgerReport(
        LocalDate asOf,
        List<OwnerSection> owners,
        TriageQueues triage,
        List<Finding> decisions,
        List<Finding> risks,
        List<Finding> questions,
        List<DeadLetterEntry> deadLetters) {

    /**
     * One owner's actions; {@code owner} is null for written actions nobody owns. {@code items} are the actions that
     * count ({@link Triage#ACCEPTED}: written down, or inferred and accepted), and the counts are theirs;
     * {@code awaiting} are actions inferred from transcripts that wait for a person to accept or dismiss them.
     */
    public record OwnerSection(
            String owner,
            int open,
            int overdue,
            int done,
            int cancelled,
            List<ActionView> items,
            List<ActionView> awaiting) {

        /** How many of the owner's actions that count are due soon on {@code day} ({@link com.actiontracker.tracking.Deadlines#dueSoon}). */
        public int dueSoon(LocalDate day, int days) {
            return count(items, i -> Deadlines.dueSoon(i.status(), i.due(), day, days));
        }
    }

    /**
     * Accepted actions inferred from transcripts that a person has to complete: nobody was said to do them
     * ({@code needsOwner}, not in any owner's list), or no date was said ({@code needsDate}, in their owner's list
     * too, but nothing can make them overdue).
     */
    public record TriageQueues(List<ActionView> needsOwner, List<ActionView> needsDate) {}

    /** A decision, risk or question: written in a section of a note, or inferred from a transcript, with its confidence. */
    public record Finding(
            String id,
            String text,
            LocalDate date,
            String meetingTitle,
            ItemOrigin origin,
            double confidence,
            List<SourceLocation> sources) {}

    public record DeadLetterEntry(String path, String stage, String reason) {}

    private static final Comparator<ActionView> ITEM_ORDER = Comparator.comparing(ActionView::overdue)
            .reversed()
            .thenComparing(ActionView::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ActionView::meetingDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ActionView::text)
            .thenComparing(ActionView::actionId);

    public static LedgerReport build(
            LocalDate asOf,
            Iterable<ActionState> actions,
            Iterable<FindingState> findings,
            List<DeadLetterEntry> deadLetters) {
        Map<String, List<ActionView>> byOwner = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        List<ActionView> needsOwner = new ArrayList<>();
        List<ActionView> needsDate = new ArrayList<>();
        for (ActionState action : actions) {
            action.viewOn(asOf)
                    .filter(view -> view.triage() != Triage.DISMISSED)
                    .ifPresent(view -> {
                        if (view.needsOwner()) {
                            needsOwner.add(view);
                        } else {
                            byOwner.computeIfAbsent(view.owner(), o -> new ArrayList<>())
                                    .add(view);
                        }
                        if (view.needsDate()) {
                            needsDate.add(view);
                        }
                    });
        }
        List<OwnerSection> owners = new ArrayList<>();
        byOwner.forEach((owner, views) -> {
            views.sort(ITEM_ORDER);
            owners.add(section(owner, views));
        });
        needsOwner.sort(ITEM_ORDER);
        needsDate.sort(ITEM_ORDER);
        List<Finding> decisions = new ArrayList<>();
        List<Finding> risks = new ArrayList<>();
        List<Finding> questions = new ArrayList<>();
        for (FindingState f : findings) {
            if (f.meetingDate() != null && f.meetingDate().isAfter(asOf)) {
                continue;
            }
            Finding finding = new Finding(
                    f.id(), f.text(), f.meetingDate(), f.meetingTitle(), f.origin(), f.confidence(), f.locations());
            (f.kind() == StatementKind.DECISION ? decisions : f.kind() == StatementKind.RISK ? risks : questions)
                    .add(finding);
        }
        Comparator<Finding> findingOrder = Comparator.comparing(
                        Finding::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(
                        f -> f.sources().isEmpty() ? "" : f.sources().get(0).path())
                .thenComparing(
                        f -> f.sources().isEmpty() ? 0 : f.sources().get(0).line());
        decisions.sort(findingOrder);
        risks.sort(findingOrder);
        questions.sort(findingOrder);
        return new LedgerReport(
                asOf,
                owners,
                new TriageQueues(List.copyOf(needsOwner), List.copyOf(needsDate)),
                decisions,
                risks,
                questions,
                List.copyOf(deadLetters));
    }

    /** An owner's section of these actions (in order): the ones that count, their counts, and those awaiting triage. */
    private static OwnerSection section(String owner, List<ActionView> views) {
        List<ActionView> items =
                views.stream().filter(v -> v.triage() == Triage.ACCEPTED).toList();
        return new OwnerSection(
                owner,
                count(items, v -> v.status().isPending()),
                count(items, ActionView::overdue),
                count(items, v -> v.status() == Lifecycle.DONE),
                count(items, v -> v.status() == Lifecycle.CANCELLED),
                items,
                views.stream()
                        .filter(v -> v.triage() == Triage.AWAITING && v.status().isPending())
                        .toList());
    }

    /**
     * This report with only the actions and findings kept: each owner's counts made from the actions kept, so that no
     * count says more than its list shows; owners left with nothing are dropped.
     */
    public LedgerReport only(Predicate<ActionView> keep, Predicate<Finding> keepFinding) {
        List<OwnerSection> kept = new ArrayList<>();
        for (OwnerSection owner : owners) {
            List<ActionView> views = new ArrayList<>(owner.items());
            views.addAll(owner.awaiting());
            views.sort(ITEM_ORDER);
            List<ActionView> left = views.stream().filter(keep).toList();
            if (!left.isEmpty()) {
                kept.add(section(owner.owner(), left));
            }
        }
        return new LedgerReport(
                asOf,
                kept,
                new TriageQueues(
                        triage.needsOwner().stream().filter(keep).toList(),
                        triage.needsDate().stream().filter(keep).toList()),
                decisions.stream().filter(keepFinding).toList(),
                risks.stream().filter(keepFinding).toList(),
                questions.stream().filter(keepFinding).toList(),
                deadLetters);
    }

    private static int count(List<ActionView> items, Predicate<ActionView> predicate) {
        return (int) items.stream().filter(predicate).count();
    }

    /** Whether nothing is owed on this report's day: no owner has an open action. */
    public boolean nothingOpen() {
        return owners.stream().allMatch(o -> o.open() == 0);
    }

    /**
     * The latest day before {@code before} on which some action was overdue: what a newcomer to an old vault (every
     * task done by now) would want to look at. An action was overdue from the day after its due date until the day
     * before it was closed; the candidate days are checked against the report of that day, latest first.
     */
    public static Optional<LocalDate> latestOverdueDay(Iterable<ActionState> actions, LocalDate before) {
        List<ActionState> all = new ArrayList<>();
        actions.forEach(all::add);
        return all.stream()
                .filter(a -> a.due() != null)
                .map(a -> {
                    LocalDate closed = a.closedOn();
                    LocalDate lastLate = closed != null ? closed.minusDays(1) : before.minusDays(1);
                    return lastLate.isAfter(a.due()) && lastLate.isBefore(before) ? lastLate : null;
                })
                .filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .limit(5)
                .filter(day ->
                        build(day, all, List.of(), List.of()).owners().stream().anyMatch(o -> o.overdue() > 0))
                .findFirst();
    }

    /** The section of one owner, if they have any action. */
    public Optional<OwnerSection> owner(String name) {
        return owners.stream().filter(o -> Objects.equals(o.owner(), name)).findFirst();
    }
}
