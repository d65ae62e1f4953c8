package com.actiontracker.topology;

import com.actiontracker.tracking.ActionEvent;
import com.actiontracker.tracking.ActionState;
import org.apache.kafka.streams.kstream.Aggregator;

/**
 * The aggregator of the actions table: applies each observation or command to its action's state. The rules live
 * in {@link ActionState}.
 */
public final class ActionAggregator implements Aggregator<String, ActionEvent, ActionState> {

    @Override
    public ActionState apply(String actionId, ActionEvent event, ActionState state) {
        if (state != null) {
            return state.apply(event);
        }
        if (event instanceof ActionEvent.Command command) {
            throw new UnknownActionException(command.actionId());
        }
        return ActionState.start(event);
    }

    /** A command names an action the tracker has never seen: the command goes to the dead-letter topic. */
    public static final class UnknownActionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnknownActionException(String actionId) {
            super("No action with id " + actionId);
        }
    }
}
