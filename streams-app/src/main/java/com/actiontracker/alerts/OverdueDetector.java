package com.actiontracker.alerts;

import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.Lifecycle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.metrics.Sensor;
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
 * would vanish. The owner an alert names is read from the resolved store as it is at that moment.
 *
 * <p>Two clocks drive it. An action update is judged at the update's own time (the note revision's timestamp), so
 * replaying history judges every update as it was judged the first time. Between updates, a wall-clock punctuation
 * (every check interval) finds actions that became overdue with no new input, and reminders that are due: wall-clock
 * because stream time only advances with input, and an overdue item is precisely one nobody touched. Punctuations
 * that are skipped (a busy thread, a pause) are harmless: each run judges against the current time, not a count of
 * runs. In report mode the clock is the fixed as-of day.
 *
 * <p>Stores: {@code candidates} (action id → watched action), {@code schedule} (due date|id → id, the index by due
 * date the punctuation scans up to today), {@code alerts} (action id → latest alert event, kept after RESOLVED to
 * number the next episode). All are changelogged and written in the same exactly-once transaction as the alerts, so
 * an alert is emitted once per transition, across restarts and rebalances.
 */
public final class OverdueDetector implements Processor<String, ActionState, String, Alert> {

    public static final String CANDIDATES_STORE = "alert-candidates";
    public static final String SCHEDULE_STORE = "alert-schedule";
    public static final String ALERTS_STORE = "alerts";
    /** Kafka Streams metrics group {@code stream-tracker-metrics}: our own counters live there. */
    public static final String METRICS_SCOPE = "tracker";

    private final AlertSettings settings;
    private final String resolvedStore;
    private ProcessorContext<String, Alert> context;
    private TimestampedKeyValueStore<String, ActionState> resolved;
    private KeyValueStore<String, WatchedAction> candidates;
    private KeyValueStore<String, String> schedule;
    private KeyValueStore<String, Alert> alerts;
    private Sensor emitted;

    /** @param resolvedStore the store of owner-resolved actions, read for the owner an alert names */
    public OverdueDetector(AlertSettings settings, String resolvedStore) {
        this.settings = settings;
        this.resolvedStore = resolvedStore;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.candidates = context.getStateStore(CANDIDATES_STORE);
        this.schedule = context.getStateStore(SCHEDULE_STORE);
        this.alerts = context.getStateStore(ALERTS_STORE);
        this.resolved = context.getStateStore(resolvedStore);
        this.emitted = context.metrics().addRateTotalSensor(METRICS_SCOPE, "alerts", "alert-emitted", Sensor.RecordingLevel.INFO);
        context.schedule(settings.checkInterval(), PunctuationType.WALL_CLOCK_TIME, this::check);
    }

    @Override
    public void process(Record<String, ActionState> record) {
        String id = record.key();
        Instant at = Instant.ofEpochMilli(record.timestamp());
        LocalDate today = settings.clock().dayAt(at);
        Optional<WatchedAction> watched = record.value() == null ? Optional.empty()
                : WatchedAction.of(record.value(), ownerOf(record.value()));
        WatchedAction previous = candidates.get(id);
        if (previous != null && !watched.map(w -> w.due().equals(previous.due())).orElse(false)) {
            schedule.delete(previous.scheduleKey());
        }
        Alert open = openAlert(id);
        if (watched.isEmpty()) {
            candidates.delete(id);
            if (open != null) {
                emit(open.resolved(resolution(record.value()), today, at));
            }
            return;
        }
        WatchedAction action = watched.get();
        candidates.put(id, action);
        schedule.put(action.scheduleKey(), id);
        if (open != null && !open.due().equals(action.due())) {
            emit(open.resolved("redated", today, at));
            open = null;
        }
        if (open == null && action.due().isBefore(today)) {
            emit(Alert.opened(action, today, at, nextEpisode(id, action)));
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
            if (action != null && openAlert(id) == null) {
                emit(Alert.opened(action, today, now, nextEpisode(id, action)));
            }
        }
        List<Alert> reminders = new ArrayList<>();
        try (KeyValueIterator<String, Alert> it = alerts.all()) {
            it.forEachRemaining((KeyValue<String, Alert> kv) -> {
                Alert alert = kv.value;
                WatchedAction action = candidates.get(kv.key);
                if (alert.isOpen() && action != null
                        && !Duration.between(alert.raisedAt(), now).minus(settings.repeatInterval()).isNegative()) {
                    reminders.add(alert.reminder(action, today, now));
                }
            });
        }
        reminders.forEach(this::emit);
    }

    private String ownerOf(ActionState state) {
        ValueAndTimestamp<ActionState> known = resolved.get(state.actionId());
        return known != null && known.value() != null ? known.value().owner() : state.ownerAsWritten();
    }

    private void emit(Alert alert) {
        emitted.record();
        alerts.put(alert.actionId(), alert);
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

    private static String resolution(ActionState state) {
        if (state == null || state.status() == Lifecycle.RETIRED) {
            return "retired";
        }
        if (state.triage() == com.actiontracker.tracking.Triage.DISMISSED) {
            return "dismissed";
        }
        return switch (state.status()) {
            case DONE -> "done";
            case CANCELLED -> "cancelled";
            default -> "redated";
        };
    }
}
