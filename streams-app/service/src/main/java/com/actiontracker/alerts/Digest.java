package com.actiontracker.alerts;

import com.actiontracker.tracking.Deadlines;
import com.actiontracker.tracking.OwnerLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One owner's overdue and due-soon actions on one day. */
public record Digest(
        String digestId,
        String owner,
        LocalDate date,
        List<OwnerLedger.Item> overdue,
        List<OwnerLedger.Item> dueSoon,
        Instant generatedAt) {

    public Digest {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
    }

    /**
     * The digest of a ledger on a day, if there is anything to say: actions that count (not those awaiting triage) that are overdue,
     * or pending and due within {@code dueSoonDays} days from the day (the day included).
     */
    public static Optional<Digest> of(OwnerLedger ledger, LocalDate day, int dueSoonDays, Instant at) {
        // Deadlines decides what is owed and dated; the digest only leaves out what waits for triage.
        List<OwnerLedger.Item> tasks = ledger.items().values().stream()
                .filter(OwnerLedger.Item::counts)
                .toList();
        List<OwnerLedger.Item> overdue = tasks.stream()
                .filter(i -> Deadlines.overdue(i.status(), i.due(), day))
                .toList();
        List<OwnerLedger.Item> soon = tasks.stream()
                .filter(i -> Deadlines.dueSoon(i.status(), i.due(), day, dueSoonDays))
                .toList();
        if (overdue.isEmpty() && soon.isEmpty()) {
            return Optional.empty();
        }
        String owner = ledger.owner().isEmpty() ? null : ledger.owner();
        return Optional.of(new Digest("dg-" + ledger.owner() + "/" + day, owner, day, overdue, soon, at));
    }
}
