package com.actiontracker.tracking;

import com.actiontracker.parse.Commitment;
import com.actiontracker.parse.ItemOrigin;

/**
 * Whether an action counts in its owner's ledger (listed, counted, alerting when overdue). What people write down
 * counts; what is inferred from a transcript counts once a person accepts it, or without review when it was said as a
 * commitment with a confidence at or above {@code tracker.transcript.accept-confidence}. This is the one place that
 * decides it.
 */
public enum Triage {
    ACCEPTED,
    /** Inferred, and waiting for a person to accept or dismiss it. */
    AWAITING,
    /** A person said it is not an action: never listed and never alerting again, replays included. */
    DISMISSED;

    /** Whether an item counts without anyone reviewing it, decided when the note is read. */
    public static boolean acceptedWithoutReview(
            ItemOrigin origin, Commitment commitment, double confidence, double acceptConfidence) {
        return origin == ItemOrigin.TASK
                || (commitment == null || commitment == Commitment.COMMITTED) && confidence >= acceptConfidence;
    }

    /**
     * An action's standing: a written task always counts (a person's verdict does not hide what a note says: cancel
     * it there, or with {@code tracker cancel}); an inferred one as a person judged it, else as it was read.
     */
    static Triage of(ItemOrigin origin, boolean autoAccepted, Triage verdict) {
        if (origin == ItemOrigin.TASK) {
            return ACCEPTED;
        }
        if (verdict != null) {
            return verdict;
        }
        return autoAccepted ? ACCEPTED : AWAITING;
    }
}
