package com.actiontracker.topology;

import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.alerts.Digest;
import com.actiontracker.tracking.OwnerLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
 */
public final class DigestScheduler implements Processor<String, OwnerLedger, String, Digest> {


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
        // Ledger changes are read from the store when the digest is due; nothing to do per change.
    }

    private void maybeSend(long wallClockMillis) {
        Instant now = Instant.ofEpochMilli(wallClockMillis);
        ZonedDateTime local = now.atZone(settings.clock().zone());
        if (local.toLocalTime().isBefore(settings.digestTime())) {
            return;
        }
        LocalDate today = local.toLocalDate();
        try (KeyValueIterator<String, ValueAndTimestamp<OwnerLedger>> it = ledgers.all()) {
            it.forEachRemaining(kv -> {
                String last = sent.get(kv.key);
                if (last != null && !LocalDate.parse(last).isBefore(today) || kv.value == null) {
                    return;
                }
                sent.put(kv.key, today.toString());
                Digest.of(kv.value.value(), today, settings.dueSoonDays(), now)
                        .ifPresent(d -> context.forward(new Record<>(kv.key, d, wallClockMillis)));
            });
        }
    }
}
