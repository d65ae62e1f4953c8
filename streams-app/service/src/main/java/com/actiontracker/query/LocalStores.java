package com.actiontracker.query;

import com.actiontracker.topology.StoreNames;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.FindingState;
import com.actiontracker.tracking.OwnerLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the stores of the tasks this instance runs (Kafka Streams interactive queries). A store being restored or
 * moved by a rebalance throws {@link org.apache.kafka.streams.errors.InvalidStateStoreException}; callers answer
 * "try again".
 */
public final class LocalStores {

    private final KafkaStreams streams;

    public LocalStores(KafkaStreams streams) {
        this.streams = streams;
    }

    public List<ActionState> actions() {
        return all(StoreNames.RESOLVED_ACTIONS);
    }

    public Optional<ActionState> action(String id) {
        return Optional.ofNullable(
                this.<ActionState>store(StoreNames.RESOLVED_ACTIONS).get(id));
    }

    public List<FindingState> findings() {
        return all(StoreNames.FINDINGS);
    }

    public List<OwnerLedger> ledgers() {
        return all(StoreNames.OWNER_LEDGER);
    }

    public Optional<OwnerLedger> ledger(String ownerKey) {
        return Optional.ofNullable(
                this.<OwnerLedger>store(StoreNames.OWNER_LEDGER).get(ownerKey));
    }

    public Optional<String> noteText(String path) {
        return Optional.ofNullable(this.<String>store(StoreNames.NOTE_TEXT).get(path));
    }

    /** Approximate number of entries of a store in this instance's tasks. */
    public long size(String storeName) {
        return store(storeName).approximateNumEntries();
    }

    private <V> List<V> all(String storeName) {
        List<V> values = new ArrayList<>();
        ReadOnlyKeyValueStore<String, V> store = store(storeName);
        try (KeyValueIterator<String, V> it = store.all()) {
            it.forEachRemaining((KeyValue<String, V> kv) -> values.add(kv.value));
        }
        return values;
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return streams.store(
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
