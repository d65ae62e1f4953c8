package com.actiontracker.tracking;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every action of one owner, as its ledger lists it. Counts (open, overdue...) depend on the day they are asked
 * for, so they are computed on read, not stored.
 *
 * @param owner the owner's name; {@link #UNASSIGNED} for actions without one
 */
public record OwnerLedger(String owner, SortedMap<String, Item> items) {

    /** Store key of the actions nobody owns. */
    public static final String UNASSIGNED = "";

    public OwnerLedger {
        items = Collections.unmodifiableSortedMap(new TreeMap<>(items));
    }

    /** An action in a ledger. */
    public record Item(
            String actionId,
            String text,
            Lifecycle status,
            LocalDate due,
            LocalDate doneDate,
            Priority priority,
            ItemOrigin origin,
            Triage triage,
            LocalDate meetingDate,
            List<SourceLocation> sources,
            List<String> tags) {
        public Item {
            sources = List.copyOf(sources);
            tags = List.copyOf(tags);
        }

        public static Item of(ActionState state) {
            return new Item(
                    state.actionId(),
                    state.text(),
                    state.status(),
                    state.due(),
                    state.doneDate(),
                    state.priority(),
                    state.origin(),
                    state.triage(),
                    state.meetingDate(),
                    state.locations(),
                    state.tags());
        }

        /** Whether it was overdue at the end of a day: pending with a due date before it. */
        public boolean overdueOn(LocalDate day) {
            return Deadlines.overdue(status, due, day);
        }

        /** Whether it counts in the owner's ledger (the counts, the digest), rather than waiting for triage. */
        public boolean counts() {
            return triage == Triage.ACCEPTED;
        }
    }

    public static String key(String owner) {
        return owner == null ? UNASSIGNED : owner;
    }

    /** Adder: the ledger with this item added or updated; a retired or dismissed action is not listed. Null once empty. */
    public static OwnerLedger add(String ownerKey, Item item, OwnerLedger current) {
        TreeMap<String, Item> next = new TreeMap<>(current == null ? Collections.emptySortedMap() : current.items);
        if (item.status() == Lifecycle.RETIRED || item.triage() == Triage.DISMISSED) {
            next.remove(item.actionId());
        } else {
            next.put(item.actionId(), item);
        }
        return next.isEmpty() ? null : new OwnerLedger(ownerKey, next);
    }

    /**
     * Subtractor: the ledger without this action (it moved to another owner, or is about to be updated). Null once
     * empty, so an owner nobody names any more leaves the store.
     */
    public static OwnerLedger remove(String ownerKey, Item item, OwnerLedger current) {
        TreeMap<String, Item> next = new TreeMap<>(current == null ? Collections.emptySortedMap() : current.items);
        next.remove(item.actionId());
        return next.isEmpty() ? null : new OwnerLedger(ownerKey, next);
    }
}
