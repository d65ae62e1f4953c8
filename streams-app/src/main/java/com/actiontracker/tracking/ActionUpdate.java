package com.actiontracker.tracking;

import java.util.Optional;

/** An action's state before and after one event; {@code before} is null for a new action. */
public record ActionUpdate(ActionState before, ActionState after) {

    /** The status transition this event caused, if any. */
    public Optional<StatusTransition> transition() {
        if (after.history().isEmpty()) {
            return Optional.empty();
        }
        StatusTransition last = after.history().get(after.history().size() - 1);
        boolean isNew = before == null || before.history().isEmpty()
                || !before.history().get(before.history().size() - 1).equals(last);
        return isNew ? Optional.of(last) : Optional.empty();
    }

    /** Whether the action left an owner's ledger: its owner changed, or it was retired. */
    public Optional<String> previousOwnerToClear() {
        if (before == null) {
            return Optional.empty();
        }
        boolean moved = !java.util.Objects.equals(before.owner(), after.owner());
        return moved ? Optional.ofNullable(OwnerLedger.key(before.owner())) : Optional.empty();
    }
}
