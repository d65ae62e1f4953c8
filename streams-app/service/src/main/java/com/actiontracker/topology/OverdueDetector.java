package com.actiontracker.topology;

import com.actiontracker.alerts.Alert;
import com.actiontracker.alerts.AlertInput;
import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.alerts.Resolution;
import com.actiontracker.alerts.WatchedAction;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.Deadlines;
import com.actiontracker.tracking.Lifecycle;
import com.actiontracker.tracking.Triage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Raises an alert the moment an action becomes overdue, reminds while it stays overdue, and resolves it when the
 * action is done, cancelled, re-dated or retired. Keyed by action id; forwards alert events keyed by action id.
 *
 * <p>It follows every state of the actions table, not the owner-resolved table: the foreign-key join that resolves
 * owners drops intermediate states when updates come fast (a replay), and an overdue episode between two of them
 * would vanish. The owner an alert names is the ledger's: a new alert is held for the group wait (as Alertmanager's
 * {@code group_wait}), so the burst of input that made it settles and the join has resolved its owner, and is sent
 * with the owner the resolved table then holds (the wait is judged in record time at each record, so that a replay
 * sends what the first run sent, and by the wall clock when no input comes); and the detector also hears the resolved table, so when an action's
 * owner changes while its alert is open (a later note names the person in full, an {@code assign}), the alert moves:
 * RESOLVED ({@code reassigned}) to the old owner, OVERDUE (the next episode) to the new one. A replay can read the
 * state that closes an action whose alert's wait is over before the join has resolved its owner: that alert and its
 * resolution are decided then (they number what follows) but sent once the join has resolved that state, naming
 * its owner, so that a replay's alerts name who the first run's did.
 *
 * <p>Two clocks drive it. An action update is judged at the update's own time (the note revision's timestamp), so
 * replaying history judges every update as it was judged the first time. Between updates, a wall-clock punctuation
 * (every check interval) finds actions that became overdue with no new input, and reminders that are due: wall-clock
 * because stream time only advances with input, and an overdue item is precisely one nobody touched. Punctuations
 * that are skipped (a busy thread, a pause) are harmless: each run judges against the current time, not a count of
 * runs. In report mode the clock is the fixed as-of day.
 *
 * <p>Stores: {@code candidates} (action id → watched action), {@code schedule} (due date|id → id, the index by due
 * date the punctuation scans up to today), {@code alerts} (action id → latest alert event sent, kept after RESOLVED to
 * number the next episode; one entry per action, however many episodes), {@code reminders} (next reminder time|id →
 * id, so a check reads only the reminders that are due, not every alert), {@code held} and {@code held-until} (action id → the OVERDUE event not sent yet, and the
 * time it is sent at|id → id), {@code unsent} (action id|order → an alert decided and waiting for its owner). All are
 * changelogged and written in the same exactly-once transaction as the
 * alerts, so an alert is emitted once per transition, across restarts and rebalances.
 */
public final class OverdueDetector implements Processor<String, AlertInput, String, Alert> {

    private static final String INDEXED_MARKER = "~indexed";
    /** Kafka Streams metrics group {@code stream-tracker-metrics}: our own counters live there. */
    public static final String METRICS_SCOPE = "tracker";

    private final AlertSettings settings;
    private final String resolvedStore;
    private final String actionsStore;
    private ProcessorContext<String, Alert> context;
    private TimestampedKeyValueStore<String, ActionState> resolved;
    private TimestampedKeyValueStore<String, ActionState> actions;
    private KeyValueStore<String, WatchedAction> candidates;
    private KeyValueStore<String, String> schedule;
    private KeyValueStore<String, Alert> alerts;
    private KeyValueStore<String, Alert> held;
    private KeyValueStore<String, String> heldUntil;
    private KeyValueStore<String, Alert> unsent;
    private KeyValueStore<String, String> reminders;
    private Sensor emitted;

    /**
     * @param resolvedStore the store of owner-resolved actions, read for the owner an alert names
     * @param actionsStore  the store of actions, to tell whether the resolved one is of the action's current state
     */
    public OverdueDetector(AlertSettings settings, String resolvedStore, String actionsStore) {
        this.settings = settings;
        this.resolvedStore = resolvedStore;
        this.actionsStore = actionsStore;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.candidates = context.getStateStore(StoreNames.ALERT_CANDIDATES);
        this.schedule = context.getStateStore(StoreNames.ALERT_SCHEDULE);
        this.alerts = context.getStateStore(StoreNames.ALERTS);
        this.held = context.getStateStore(StoreNames.ALERTS_HELD);
        this.heldUntil = context.getStateStore(StoreNames.ALERTS_HELD_UNTIL);
        this.unsent = context.getStateStore(StoreNames.ALERTS_UNSENT);
        this.reminders = context.getStateStore(StoreNames.ALERT_REMINDERS);
        this.resolved = context.getStateStore(resolvedStore);
        this.actions = context.getStateStore(actionsStore);
        this.emitted = context.metrics()
                .addRateTotalSensor(METRICS_SCOPE, "alerts", "alert-emitted", Sensor.RecordingLevel.INFO);
        context.schedule(settings.checkInterval(), PunctuationType.WALL_CLOCK_TIME, this::check);
        if (!settings.groupWait().isZero()) {
            context.schedule(settings.releaseInterval(), PunctuationType.WALL_CLOCK_TIME, this::releaseUntil);
        }
    }

    @Override
    public void process(Record<String, AlertInput> record) {
        Instant at = Instant.ofEpochMilli(record.timestamp());
        // The group wait is judged in stream time (the records' own), so a replay, reading the same records, sends
        // what the first run sent, before this record's consequences.
        releaseUntil(context.currentStreamTimeMs());
        if (record.value() instanceof AlertInput.OwnerResolved r) {
            ownerResolved(record.key(), r.state(), at);
        } else {
            stateChanged(record.key(), ((AlertInput.StateChanged) record.value()).state(), at);
        }
    }

    private void stateChanged(String id, ActionState state, Instant at) {
        LocalDate today = settings.clock().dayAt(at);
        Optional<WatchedAction> watched = state == null ? Optional.empty() : WatchedAction.of(state, ownerOf(state));
        WatchedAction previous = candidates.get(id);
        if (previous != null
                && !watched.map(w -> w.due().equals(previous.due())).orElse(false)) {
            schedule.delete(previous.scheduleKey());
        }
        Alert waiting = held.get(id);
        if (waiting != null && !watched.map(w -> w.due().equals(waiting.due())).orElse(false)) {
            unhold(id);
            if (!waiting.raisedAt().plus(settings.groupWait()).isAfter(at)) {
                // Its wait was over, only the owner's resolution was still on its way (a replay outrunning the
                // join): it was sent in the run this replays, so it is sent, and what follows from this state with
                // it, once the join has resolved the owner the ledger shows (ownerResolved).
                defer(waiting);
            }
        }
        Alert open = openAlert(id);
        if (watched.isEmpty()) {
            candidates.delete(id);
            if (open != null) {
                emit(open.resolved(resolution(state), today, at));
            }
            return;
        }
        WatchedAction action = watched.get();
        candidates.put(id, action);
        schedule.put(action.scheduleKey(), id);
        if (open != null && !open.due().equals(action.due())) {
            emit(open.resolved(Resolution.REDATED, today, at));
            open = null;
        }
        if (open == null && held.get(id) == null && Deadlines.pastDue(action.due(), today)) {
            raise(Alert.opened(action, today, at, nextEpisode(id, action)));
        }
    }

    /** The ledger's owner of a watched action changed: reminders name the new one, and an open alert moves to them. */
    private void ownerResolved(String id, ActionState state, Instant at) {
        sendUnsent(id, state);
        WatchedAction action = candidates.get(id);
        if (state == null || action == null || !action.due().equals(state.due())) {
            return; // not watched, or a state the actions table has already moved past
        }
        String owner = state.owner();
        if (!Objects.equals(owner, action.owner())) {
            action = action.withOwner(owner);
            candidates.put(id, action);
        }
        Alert open = openAlert(id);
        if (open != null && open.due().equals(action.due()) && !Objects.equals(open.owner(), owner)) {
            LocalDate today = settings.clock().dayAt(at);
            emit(open.resolved(Resolution.REASSIGNED, today, at));
            emit(Alert.opened(action, today, at, open.episode() + 1));
        }
    }

    /** The punctuation: newly overdue actions, then reminders. */
    private void check(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        LocalDate today = settings.clock().dayAt(now);
        List<String> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = schedule.range("", WatchedAction.scheduleKey(today, ""))) {
            it.forEachRemaining(kv -> due.add(kv.value));
        }
        for (String id : due) {
            WatchedAction action = candidates.get(id);
            if (action != null && openAlert(id) == null && held.get(id) == null) {
                raise(Alert.opened(action, today, now, nextEpisode(id, action)));
            }
        }
        indexReminders();
        List<KeyValue<String, String>> dueReminders = new ArrayList<>();
        try (KeyValueIterator<String, String> it = reminders.range("", timeKey(wallClockMillis + 1, ""))) {
            it.forEachRemaining(dueReminders::add);
        }
        for (KeyValue<String, String> kv : dueReminders) {
            reminders.delete(kv.key);
            Alert alert = openAlert(kv.value);
            WatchedAction action = candidates.get(kv.value);
            if (alert != null && action != null && kv.key.equals(reminderKey(alert))) {
                if (action.snoozedOn(today)) {
                    record(alert.deferred(now));
                } else {
                    emit(alert.reminder(action, today, now));
                }
            }
        }
    }

    /**
     * Alerts opened before the reminder index existed get their entry once, at the first check; a marker (which sorts
     * after every time) says it was done.
     */
    private void indexReminders() {
        if (reminders.get(INDEXED_MARKER) != null) {
            return;
        }
        try (KeyValueIterator<String, Alert> it = alerts.all()) {
            it.forEachRemaining((KeyValue<String, Alert> kv) -> {
                if (kv.value.isOpen()) {
                    reminders.put(reminderKey(kv.value), kv.key);
                }
            });
        }
        reminders.put(INDEXED_MARKER, "");
    }

    /** When an open alert's next reminder is due, then its action. */
    private String reminderKey(Alert open) {
        return timeKey(open.raisedAt().plus(settings.repeatInterval()).toEpochMilli(), open.actionId());
    }

    /** A time, then an action: zero-padded times sort as times do, so a range up to a time is what is due by then. */
    private static String timeKey(long millis, String actionId) {
        return String.format("%019d|%s", millis, actionId);
    }

    /**
     * Sends the held alerts whose wait is over by then, each with the ledger's owner as it is now: at each record (its
     * time), and at a wall-clock punctuation for when no input comes.
     */
    private void releaseUntil(long millis) {
        List<String> ready = new ArrayList<>();
        try (KeyValueIterator<String, String> it = heldUntil.range("", timeKey(millis + 1, ""))) {
            it.forEachRemaining(kv -> ready.add(kv.value));
        }
        ready.forEach(id -> releaseHeld(id, millis));
    }

    /**
     * Sends the held alert of an action if its wait is over by then and the join has resolved the action's current
     * state; otherwise it stays held, and the resolved update (which reaches the store before it reaches
     * {@link #process}) releases it.
     */
    private void releaseHeld(String id, long millis) {
        Alert alert = held.get(id);
        WatchedAction action = candidates.get(id);
        if (alert == null
                || action == null
                || alert.raisedAt().plus(settings.groupWait()).toEpochMilli() > millis) {
            return;
        }
        ValueAndTimestamp<ActionState> now = actions.get(id);
        ValueAndTimestamp<ActionState> known = resolved.get(id);
        if (now == null
                || now.value() == null
                || known == null
                || known.value() == null
                || known.value().revision() < now.value().revision()) {
            return;
        }
        unhold(id);
        emit(alert.withOwner(known.value().owner()));
    }

    private void raise(Alert alert) {
        if (settings.groupWait().isZero()) {
            emit(alert);
            return;
        }
        held.put(alert.actionId(), alert);
        heldUntil.put(untilKey(alert), alert.actionId());
    }

    private void unhold(String id) {
        Alert alert = held.get(id);
        if (alert != null) {
            heldUntil.delete(untilKey(alert));
            held.delete(id);
        }
    }

    /** A held alert waits from the time it was raised at (the record's, or the check's wall clock). */
    private String untilKey(Alert alert) {
        return timeKey(alert.raisedAt().plus(settings.groupWait()).toEpochMilli(), alert.actionId());
    }

    private String ownerOf(ActionState state) {
        ValueAndTimestamp<ActionState> known = resolved.get(state.actionId());
        return known != null && known.value() != null ? known.value().owner() : state.ownerAsWritten();
    }

    /** Records the alert and sends it, after the ones of its action still waiting for their owner, if any. */
    private void emit(Alert alert) {
        if (hasUnsent(alert.actionId())) {
            defer(alert);
            return;
        }
        record(alert);
        send(alert);
    }

    /** Records the alert as decided (it numbers episodes and reminders as if sent) and keeps it to send later. */
    private void defer(Alert alert) {
        record(alert);
        int order;
        try (KeyValueIterator<String, Alert> it = unsent.prefixScan(alert.actionId() + "|", new StringSerializer())) {
            order = (int) StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false)
                    .count();
        }
        unsent.put(String.format("%s|%06d", alert.actionId(), order), alert);
    }

    private boolean hasUnsent(String id) {
        try (KeyValueIterator<String, Alert> it = unsent.prefixScan(id + "|", new StringSerializer())) {
            return it.hasNext();
        }
    }

    /**
     * Sends an action's deferred alerts, in order, naming the owner the join has resolved, once it has resolved the
     * action's current state (a deleted action's keep the owner they were decided with).
     */
    private void sendUnsent(String id, ActionState state) {
        if (!hasUnsent(id)) {
            return;
        }
        String owner;
        if (state == null) {
            owner = null;
        } else {
            ValueAndTimestamp<ActionState> now = actions.get(id);
            if (now != null
                    && now.value() != null
                    && state.revision() < now.value().revision()) {
                return;
            }
            owner = state.owner();
        }
        List<KeyValue<String, Alert>> waiting = new ArrayList<>();
        try (KeyValueIterator<String, Alert> it = unsent.prefixScan(id + "|", new StringSerializer())) {
            it.forEachRemaining(waiting::add);
        }
        Alert latest = alerts.get(id);
        for (KeyValue<String, Alert> kv : waiting) {
            unsent.delete(kv.key);
            Alert alert = state == null ? kv.value : kv.value.withOwner(owner);
            if (latest != null && latest.eventId().equals(alert.eventId())) {
                alerts.put(id, alert);
            }
            send(alert);
        }
    }

    private void record(Alert alert) {
        Alert previous = openAlert(alert.actionId());
        if (previous != null) {
            reminders.delete(reminderKey(previous));
        }
        if (alert.isOpen()) {
            reminders.put(reminderKey(alert), alert.actionId());
        }
        alerts.put(alert.actionId(), alert);
    }

    private void send(Alert alert) {
        emitted.record();
        context.forward(new Record<>(alert.actionId(), alert, alert.raisedAt().toEpochMilli()));
    }

    private Alert openAlert(String id) {
        Alert latest = alerts.get(id);
        return latest != null && latest.isOpen() ? latest : null;
    }

    private int nextEpisode(String id, WatchedAction action) {
        Alert latest = alerts.get(id);
        return latest != null && latest.due().equals(action.due()) ? latest.episode() + 1 : 1;
    }

    private static Resolution resolution(ActionState state) {
        if (state == null || state.status() == Lifecycle.RETIRED) {
            return Resolution.RETIRED;
        }
        if (state.triage() == Triage.DISMISSED) {
            return Resolution.DISMISSED;
        }
        return switch (state.status()) {
            case DONE -> Resolution.DONE;
            case CANCELLED -> Resolution.CANCELLED;
            default -> Resolution.REDATED;
        };
    }
}
