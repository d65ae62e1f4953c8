package com.actiontracker.topology;

import com.actiontracker.avro.ActionObservation;
import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.NoteFinding;
import com.actiontracker.identity.OwnerResolver;
import com.actiontracker.ingest.NoteIngestProcessor;
import com.actiontracker.parse.NoteParser;
import com.actiontracker.schemas.AnyEventSerde;
import com.actiontracker.tracking.ActionEvent;
import com.actiontracker.tracking.ActionTrackerProcessor;
import com.actiontracker.tracking.ActionUpdate;
import com.actiontracker.tracking.FindingState;
import com.actiontracker.tracking.OwnerLedger;
import com.actiontracker.tracking.TrackingAvro;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The Kafka Streams topology:
 * <pre>
 * notes.raw ──ingest (note-index)──▶ actions.observed, decisions, risks, questions, dead-letters
 * actions.observed + commands ──track (actions)──▶ action-status, actions.current
 *                                              └─▶ by owner ──▶ owner-ledger
 * decisions + risks + questions ──▶ findings
 * </pre>
 * Stores are persistent (RocksDB) and changelogged; every store key is the topic key of its input, so the topology
 * works with any number of partitions.
 */
public final class TrackerTopology {

    public static final String NOTE_INDEX_STORE = "note-index";
    public static final String ACTIONS_STORE = "actions";
    public static final String FINDINGS_STORE = "findings";
    public static final String OWNER_LEDGER_STORE = "owner-ledger";

    private TrackerTopology() {
    }

    public static Topology build(Topics topics, NoteParser parser, OwnerResolver owners, Properties streamsConfig) {
        StreamsBuilder builder = new StreamsBuilder();
        ingest(builder, topics, parser);
        trackActions(builder, topics, owners);
        trackFindings(builder, topics);
        return builder.build(streamsConfig);
    }

    private static void ingest(StreamsBuilder builder, Topics topics, NoteParser parser) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NOTE_INDEX_STORE),
                Serdes.String(), TrackerSerdes.NOTE_INDEX));
        builder.stream(topics.rawNotes(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw-notes"))
                .process(() -> new NoteIngestProcessor(NOTE_INDEX_STORE, parser), Named.as("ingest"), NOTE_INDEX_STORE)
                .to(new IngestRouter(topics), Produced.with(Serdes.String(), new AnyEventSerde())
                        .withName("ingested"));
    }

    private static void trackActions(StreamsBuilder builder, Topics topics, OwnerResolver owners) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ACTIONS_STORE),
                Serdes.String(), TrackerSerdes.ACTION_STATE));
        KStream<String, ActionEvent> observations = builder
                .stream(topics.actionsObserved(), Consumed.with(Serdes.String(), TrackerSerdes.OBSERVATION).withName("observations"))
                .mapValues(TrackingAvro::observation, Named.as("observation-to-domain"));
        KStream<String, ActionEvent> commands = builder
                .stream(topics.commands(), Consumed.with(Serdes.String(), TrackerSerdes.COMMAND).withName("commands"))
                .mapValues(TrackingAvro::command, Named.as("command-to-domain"));
        KStream<String, ActionUpdate> updates = observations.merge(commands, Named.as("action-events"))
                .process(() -> new ActionTrackerProcessor(ACTIONS_STORE, owners), Named.as("track"), ACTIONS_STORE);

        updates.flatMapValues(u -> u.transition().map(t -> TrackingAvro.statusChange(u.after(), t)).stream().toList(),
                        Named.as("transitions"))
                .to(topics.actionStatus(), Produced.with(Serdes.String(), TrackerSerdes.STATUS_CHANGE).withName("action-status"));
        updates.mapValues(u -> TrackingAvro.toAvro(u.after()), Named.as("snapshot"))
                .to(topics.actionsCurrent(), Produced.with(Serdes.String(), TrackerSerdes.ACTION_STATUS).withName("actions-current"));

        updates.flatMap(TrackerTopology::ledgerEntries, Named.as("by-owner"))
                .groupByKey(Grouped.with("owner-items", Serdes.String(), TrackerSerdes.OWNER_ITEM))
                .aggregate(() -> null, OwnerLedger::apply, Named.as("owner-ledger"),
                        Materialized.<String, OwnerLedger, KeyValueStore<Bytes, byte[]>>as(OWNER_LEDGER_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(TrackerSerdes.OWNER_LEDGER));
    }

    /** The action's entry in its owner's ledger, and its removal from a previous owner's. */
    private static List<KeyValue<String, OwnerLedger.Item>> ledgerEntries(String actionId, ActionUpdate update) {
        List<KeyValue<String, OwnerLedger.Item>> entries = new ArrayList<>(2);
        update.previousOwnerToClear().ifPresent(previous ->
                entries.add(KeyValue.pair(previous, OwnerLedger.Item.removal(actionId))));
        entries.add(KeyValue.pair(OwnerLedger.key(update.after().owner()), OwnerLedger.Item.of(update.after())));
        return entries;
    }

    private static void trackFindings(StreamsBuilder builder, Topics topics) {
        builder.stream(List.of(topics.decisions(), topics.risks(), topics.questions()),
                        Consumed.with(Serdes.String(), TrackerSerdes.FINDING).withName("findings-observed"))
                .mapValues(TrackingAvro::finding, Named.as("finding-to-domain"))
                .groupByKey()
                .aggregate(() -> null, (id, observation, state) -> FindingState.apply(state, observation),
                        Named.as("track-findings"),
                        Materialized.<String, FindingState, KeyValueStore<Bytes, byte[]>>as(FINDINGS_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(TrackerSerdes.FINDING_STATE));
    }

    /** Sends each ingested record to the topic of its kind. */
    private record IngestRouter(Topics topics) implements TopicNameExtractor<String, SpecificRecord> {
        @Override
        public String extract(String key, SpecificRecord value, org.apache.kafka.streams.processor.RecordContext context) {
            if (value instanceof ActionObservation) {
                return topics.actionsObserved();
            }
            if (value instanceof DeadLetter) {
                return topics.deadLetters();
            }
            return switch (((NoteFinding) value).getKind()) {
                case DECISION -> topics.decisions();
                case RISK -> topics.risks();
                case QUESTION -> topics.questions();
            };
        }
    }
}
