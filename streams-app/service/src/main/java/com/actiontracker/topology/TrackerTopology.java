package com.actiontracker.topology;

import com.actiontracker.alerts.Alert;
import com.actiontracker.alerts.AlertInput;
import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.alerts.AlertsAvro;
import com.actiontracker.avro.ActionCommand;
import com.actiontracker.avro.ActionObservation;
import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.NoteFinding;
import com.actiontracker.avro.PersonMention;
import com.actiontracker.avro.PersonResolution;
import com.actiontracker.identity.IdentityAvro;
import com.actiontracker.identity.NameKey;
import com.actiontracker.identity.OwnerResolver;
import com.actiontracker.parse.NoteParser;
import com.actiontracker.schemas.AnyEventSerde;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.FindingState;
import com.actiontracker.tracking.OwnerLedger;
import com.actiontracker.tracking.TrackingAvro;
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
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TableJoined;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The Kafka Streams topology:
 * <pre>
 * notes.raw + commands ──ingest [note-index, note-text]──▶ action-events, decisions, risks, questions, people.mentions,
 *                                                           dead-letters
 * people.mentions ──directory [people-groups]──▶ people
 * action-events ──aggregate [actions]──▶ action-status
 *        └─ foreign-key join with people [people] on the written owner ──▶ [actions-resolved] ──▶ actions.current
 *                                                                      └─▶ by owner ──▶ [owner-ledger]
 * decisions + risks + questions ──aggregate [findings]
 * [actions] ──overdue detector [alert-candidates, alert-schedule, alerts, alerts-held, alerts-unsent]──▶ alerts.overdue,
 *                                                                                           overdue.current
 * [owner-ledger] ──digest [digest-sent]──▶ digest
 * </pre>
 * Stores are persistent (RocksDB) and changelogged. Every store is keyed by the key of its input topic (note path,
 * action id, first name, written name, owner), so the topology works with any number of partitions, except for the
 * two inputs people write: one partition each, read by one task, so notes and commands have a single order. Owners are
 * resolved by a foreign-key join, so when a new note changes who a name means, every action written with that name
 * is resolved again.
 */
public final class TrackerTopology {

    private TrackerTopology() {}

    /**
     * @param acceptConfidence from which confidence an action inferred from a transcript as a commitment counts in its
     *                         owner's ledger without review ({@code tracker.transcript.accept-confidence})
     */
    public static Topology build(
            Topics topics,
            NoteParser parser,
            double acceptConfidence,
            OwnerResolver owners,
            AlertSettings alerts,
            Properties streamsConfig) {
        StreamsBuilder builder = new StreamsBuilder();
        ingest(builder, topics, parser, acceptConfidence);
        peopleDirectory(builder, topics);
        KTable<String, ActionState> actions = trackActions(builder, topics);
        KTable<String, ActionState> resolved = resolveOwners(builder, topics, actions, owners);
        KTable<String, OwnerLedger> ledgers = ledgers(resolved);
        trackFindings(builder, topics);
        alerts(builder, topics, actions, resolved, alerts);
        digests(builder, topics, ledgers, alerts);
        return builder.build(streamsConfig);
    }

    private static void ingest(StreamsBuilder builder, Topics topics, NoteParser parser, double acceptConfidence) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.NOTE_INDEX), Serdes.String(), TrackerSerdes.NOTE_INDEX));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.NOTE_TEXT), Serdes.String(), Serdes.String()));
        builder.stream(
                        topics.ordered(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("notes-and-commands"))
                .process(
                        () -> new IngestProcessor(
                                topics.commands(),
                                StoreNames.NOTE_INDEX,
                                StoreNames.NOTE_TEXT,
                                parser,
                                acceptConfidence),
                        Named.as("ingest"),
                        StoreNames.NOTE_INDEX,
                        StoreNames.NOTE_TEXT)
                .to(
                        new IngestRouter(topics),
                        Produced.with(Serdes.String(), new AnyEventSerde()).withName("ingested"));
    }

    private static void peopleDirectory(StreamsBuilder builder, Topics topics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.PEOPLE_GROUPS), Serdes.String(), TrackerSerdes.PEOPLE_GROUP));
        builder.stream(
                        topics.personMentions(),
                        Consumed.with(Serdes.String(), TrackerSerdes.PERSON_MENTION)
                                .withName("person-mentions"))
                .process(
                        () -> new PeopleDirectoryProcessor(StoreNames.PEOPLE_GROUPS),
                        Named.as("people-directory"),
                        StoreNames.PEOPLE_GROUPS)
                .to(
                        topics.people(),
                        Produced.with(Serdes.String(), TrackerSerdes.PERSON_RESOLUTION)
                                .withName("people-out"));
    }

    private static KTable<String, ActionState> trackActions(StreamsBuilder builder, Topics topics) {
        // Caching off: every event's state reaches the transitions below, none is coalesced away.
        KTable<String, ActionState> actions = builder.stream(
                        topics.actionEvents(),
                        Consumed.with(Serdes.String(), new AnyEventSerde()).withName("action-events"))
                .mapValues(TrackingAvro::event, Named.as("event-to-domain"))
                .groupByKey()
                .aggregate(
                        () -> null,
                        new ActionAggregator(),
                        Named.as("track"),
                        Materialized.<String, ActionState, KeyValueStore<Bytes, byte[]>>as(StoreNames.ACTIONS)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(TrackerSerdes.ACTION_STATE)
                                .withCachingDisabled());
        actions.toStream(Named.as("action-updates"))
                .flatMapValues(
                        s -> s.latestTransitions().stream()
                                .map(t -> TrackingAvro.statusChange(s, t))
                                .toList(),
                        Named.as("transitions"))
                .to(
                        topics.actionStatus(),
                        Produced.with(Serdes.String(), TrackerSerdes.STATUS_CHANGE)
                                .withName("action-status"));
        return actions;
    }

    private static KTable<String, ActionState> resolveOwners(
            StreamsBuilder builder, Topics topics, KTable<String, ActionState> actions, OwnerResolver owners) {
        KTable<String, PersonResolution> people = builder.table(
                topics.people(),
                Consumed.with(Serdes.String(), TrackerSerdes.PERSON_RESOLUTION).withName("people-in"),
                Materialized.<String, PersonResolution, KeyValueStore<Bytes, byte[]>>as(StoreNames.PEOPLE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(TrackerSerdes.PERSON_RESOLUTION));
        KTable<String, ActionState> resolved = actions.leftJoin(
                people,
                state -> state.ownerAsWritten() == null ? null : NameKey.of(state.ownerAsWritten()),
                (state, person) -> {
                    OwnerResolver.Owner owner = owners.resolve(state.ownerAsWritten(), IdentityAvro.fromAvro(person));
                    return state.withOwner(owner.name(), owner.warning());
                },
                TableJoined.as("resolve-owner"),
                Materialized.<String, ActionState, KeyValueStore<Bytes, byte[]>>as(StoreNames.RESOLVED_ACTIONS)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(TrackerSerdes.ACTION_STATE));
        resolved.toStream(Named.as("resolved-updates"))
                .mapValues(TrackingAvro::toAvro, Named.as("snapshot"))
                .to(
                        topics.actionsCurrent(),
                        Produced.with(Serdes.String(), TrackerSerdes.ACTION_STATUS)
                                .withName("actions-current"));
        return resolved;
    }

    private static KTable<String, OwnerLedger> ledgers(KTable<String, ActionState> resolved) {
        return resolved.groupBy(
                        (id, state) -> KeyValue.pair(OwnerLedger.key(state.owner()), OwnerLedger.Item.of(state)),
                        Grouped.with("owner-items", Serdes.String(), TrackerSerdes.OWNER_ITEM))
                .aggregate(
                        () -> null,
                        OwnerLedger::add,
                        OwnerLedger::remove,
                        Named.as("owner-ledger"),
                        Materialized.<String, OwnerLedger, KeyValueStore<Bytes, byte[]>>as(StoreNames.OWNER_LEDGER)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(TrackerSerdes.OWNER_LEDGER));
    }

    private static void alerts(
            StreamsBuilder builder,
            Topics topics,
            KTable<String, ActionState> actions,
            KTable<String, ActionState> resolved,
            AlertSettings settings) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.ALERT_CANDIDATES),
                Serdes.String(),
                TrackerSerdes.WATCHED_ACTION));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.ALERT_SCHEDULE), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.ALERTS), Serdes.String(), TrackerSerdes.ALERT));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.ALERT_REMINDERS), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.ALERTS_HELD), Serdes.String(), TrackerSerdes.ALERT));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.ALERTS_HELD_UNTIL), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.ALERTS_UNSENT), Serdes.String(), TrackerSerdes.ALERT));
        KStream<String, AlertInput> owners = resolved.toStream(Named.as("owners-to-watch"))
                .mapValues(state -> (AlertInput) new AlertInput.OwnerResolved(state), Named.as("owner-resolved"));
        KStream<String, Alert> alerts = actions.toStream(Named.as("actions-to-watch"))
                .mapValues(state -> (AlertInput) new AlertInput.StateChanged(state), Named.as("state-changed"))
                .merge(owners, Named.as("alert-inputs"))
                .process(
                        () -> new OverdueDetector(settings, StoreNames.RESOLVED_ACTIONS, StoreNames.ACTIONS),
                        Named.as("overdue-detector"),
                        StoreNames.ALERT_CANDIDATES,
                        StoreNames.ALERT_SCHEDULE,
                        StoreNames.ALERTS,
                        StoreNames.ALERTS_HELD,
                        StoreNames.ALERTS_HELD_UNTIL,
                        StoreNames.ALERTS_UNSENT,
                        StoreNames.ALERT_REMINDERS,
                        StoreNames.RESOLVED_ACTIONS,
                        StoreNames.ACTIONS);
        alerts.map(
                        (id, alert) -> KeyValue.pair(OwnerLedger.key(alert.owner()), AlertsAvro.toAvro(alert)),
                        Named.as("alert-by-owner"))
                .to(
                        topics.alertsOverdue(),
                        Produced.with(Serdes.String(), TrackerSerdes.OVERDUE_ALERT)
                                .withName("alerts-overdue"));
        alerts.mapValues(alert -> alert.isOpen() ? AlertsAvro.toAvro(alert) : null, Named.as("overdue-set"))
                .to(
                        topics.overdueCurrent(),
                        Produced.with(Serdes.String(), TrackerSerdes.OVERDUE_ALERT)
                                .withName("overdue-current"));
    }

    private static void digests(
            StreamsBuilder builder, Topics topics, KTable<String, OwnerLedger> ledgers, AlertSettings settings) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.DIGEST_SENT), Serdes.String(), Serdes.String()));
        ledgers.toStream(Named.as("ledger-updates"))
                .process(
                        () -> new DigestScheduler(settings, StoreNames.OWNER_LEDGER),
                        Named.as("digest"),
                        StoreNames.DIGEST_SENT,
                        StoreNames.OWNER_LEDGER)
                .mapValues(AlertsAvro::toAvro, Named.as("digest-to-avro"))
                .to(
                        topics.digest(),
                        Produced.with(Serdes.String(), TrackerSerdes.OWNER_DIGEST)
                                .withName("digest-out"));
    }

    private static void trackFindings(StreamsBuilder builder, Topics topics) {
        builder.stream(
                        List.of(topics.decisions(), topics.risks(), topics.questions()),
                        Consumed.with(Serdes.String(), TrackerSerdes.FINDING).withName("findings-observed"))
                .mapValues(TrackingAvro::finding, Named.as("finding-to-domain"))
                .groupByKey()
                .aggregate(
                        () -> null,
                        (id, observation, state) -> FindingState.apply(state, observation),
                        Named.as("track-findings"),
                        Materialized.<String, FindingState, KeyValueStore<Bytes, byte[]>>as(StoreNames.FINDINGS)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(TrackerSerdes.FINDING_STATE));
    }

    /** Sends each ingested record to the topic of its kind. */
    private record IngestRouter(Topics topics) implements TopicNameExtractor<String, SpecificRecord> {
        @Override
        public String extract(String key, SpecificRecord value, RecordContext context) {
            if (value instanceof ActionObservation || value instanceof ActionCommand) {
                return topics.actionEvents();
            }
            if (value instanceof PersonMention) {
                return topics.personMentions();
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
