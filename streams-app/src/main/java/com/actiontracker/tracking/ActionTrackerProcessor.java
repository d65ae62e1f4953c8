package com.actiontracker.tracking;

import com.actiontracker.identity.OwnerResolver;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies observations and commands to each action's tracked state (keyed by action id) and forwards every change.
 * The domain rules live in {@link ActionState}; this class only reads and writes the store.
 */
public final class ActionTrackerProcessor implements Processor<String, ActionEvent, String, ActionUpdate> {

    private final String storeName;
    private final OwnerResolver owners;
    private KeyValueStore<String, ActionState> store;
    private ProcessorContext<String, ActionUpdate> context;

    public ActionTrackerProcessor(String storeName, OwnerResolver owners) {
        this.storeName = storeName;
        this.owners = owners;
    }

    @Override
    public void init(ProcessorContext<String, ActionUpdate> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, ActionEvent> record) {
        ActionEvent event = record.value();
        ActionState before = store.get(record.key());
        if (before == null) {
            if (event instanceof ActionEvent.Command command) {
                throw new UnknownActionException(command.actionId());
            }
            if (((ActionEvent.Observation) event).withdrawn()) {
                return;
            }
        }
        ActionState applied = before == null ? ActionState.start(event) : before.apply(event);
        ActionState after = applied.withOwner(owners.resolve(applied.ownerAsWritten()));
        if (Objects.equals(before, after)) {
            return;
        }
        store.put(record.key(), after);
        context.forward(record.withValue(new ActionUpdate(before, after)));
    }

    /** A command names an action the tracker has never seen: the command goes to the dead-letter topic. */
    public static final class UnknownActionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnknownActionException(String actionId) {
            super("No action with id " + actionId);
        }
    }
}
