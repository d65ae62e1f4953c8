package com.actiontracker.alerts;

import com.actiontracker.tracking.ActionState;

/**
 * What the overdue detector hears about an action: a new state of it (from the actions table, every one of them), or
 * the owner it was resolved to (from the owner-resolved table, which can lag behind and skip states).
 */
public sealed interface AlertInput {

    /** The action's new state; null when it is gone. */
    record StateChanged(ActionState state) implements AlertInput {}

    /** The action as the ledger shows it, with its resolved owner. */
    record OwnerResolved(ActionState state) implements AlertInput {}
}
