package com.actiontracker.topology;

import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.alerts.Digest;
import com.actiontracker.tracking.OwnerLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Once a day, at the configured local time, sends each owner held by this task a digest of their overdue and
 * due-soon actions (owners with nothing to report get none). Sits in the owner-ledger's sub-topology and reads its
 * store; remembers per owner the last day a digest went out, so a restart or rebalance never sends one twice.
 *
 * <p>Every ledger is read once a day, at the first check after the digest time. After that a check reads only the
 * owners whose ledger changed since (marked in {@code digest-sent} as they change), so that an owner who appears
 * later in the day still gets theirs that day, without every check deserialising every ledger again.
 */
public final class DigestScheduler implements Processor<String, OwnerLedger, String, Digest> {

    /** Entries of the sent store that are not owners (an owner key never starts with NUL). */
    private static final String DAY_SCANNED = "\u0000scanned";

    private static final String CHANGED = "\u0000changed|";

    private final AlertSettings settings;
    private final String ledgerStore;
    private ProcessorContext<String, Digest> context;
    private TimestampedKeyValueStore<String, OwnerLedger> ledgers;
    private KeyValueStore<String, String> sent;

    public DigestScheduler(AlertSettings settings, String ledgerStore) {
        this.settings = settings;
        this.ledgerStore = ledgerStore;
    }

    @Override
    public void init(ProcessorContext<String, Digest> context) {
        this.context = context;
        this.ledgers = context.getStateStore(ledgerStore);
        this.sent = context.getStateStore(StoreNames.DIGEST_SENT);
        context.schedule(settings.checkInterval(), PunctuationType.WALL_CLOCK_TIME, this::maybeSend);
    }

    @Override
    public void process(Record<String, OwnerLedger> record) {
        // The ledger itself is read from the store when the digest is due; only whose ledger changed is noted, for
        // the checks after the day's full read.
        if (sent.get(DAY_SCANNED) != null) {
            sent.put(CHANGED + record.key(), "");
        }
    }

    private void maybeSend(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        ZonedDateTime local = now.atZone(settings.clock().zone());
        if (local.toLocalTime().isBefore(settings.digestTime())) {
            return;
        }
        LocalDate today = local.toLocalDate();
        String scanned = sent.get(DAY_SCANNED);
        List<String> changed = new ArrayList<>();
        try (KeyValueIterator<String, String> it = sent.range(CHANGED, CHANGED + Character.MAX_VALUE)) {
            it.forEachRemaining(kv -> changed.add(kv.key));
        }
        changed.forEach(sent::delete);
        if (scanned == null || LocalDate.parse(scanned).isBefore(today)) {
            try (KeyValueIterator<String, ValueAndTimestamp<OwnerLedger>> it = ledgers.all()) {
                it.forEachRemaining(kv -> send(kv.key, kv.value, today, now));
            }
            sent.put(DAY_SCANNED, today.toString());
        } else {
            for (String key : changed) {
                String owner = key.substring(CHANGED.length());
                send(owner, ledgers.get(owner), today, now);
            }
        }
    }

    private void send(String owner, ValueAndTimestamp<OwnerLedger> ledger, LocalDate today, Instant now) {
        String last = sent.get(owner);
        if (ledger == null
                || ledger.value() == null
                || last != null && !LocalDate.parse(last).isBefore(today)) {
            return;
        }
        sent.put(owner, today.toString());
        Digest.of(ledger.value(), today, settings.dueSoonDays(), now)
                .ifPresent(d -> context.forward(new Record<>(owner, d, now.toEpochMilli())));
    }
}
