package com.actiontracker.topology;

import com.actiontracker.alerts.Alert;
import com.actiontracker.alerts.AlertsAvro;
import com.actiontracker.alerts.WatchedAction;
import com.actiontracker.avro.ActionStatus;
import com.actiontracker.avro.AlertCandidate;
import com.actiontracker.avro.FindingStatus;
import com.actiontracker.avro.NoteFinding;
import com.actiontracker.avro.NoteIndex;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.avro.OwnerDigest;
import com.actiontracker.avro.OwnerItem;
import com.actiontracker.avro.PeopleGroup;
import com.actiontracker.avro.PersonMention;
import com.actiontracker.avro.PersonResolution;
import com.actiontracker.avro.StatusChange;
import com.actiontracker.schemas.AvroSerde;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.FindingState;
import com.actiontracker.tracking.OwnerLedger;
import com.actiontracker.tracking.TrackingAvro;
import org.apache.kafka.common.serialization.Serde;

/** Every Serde of the topology: Avro events on topics, domain values (stored as Avro) in stores. */
public final class TrackerSerdes {

    public static final AvroSerde<NoteFinding> FINDING = AvroSerde.of(NoteFinding.class);
    public static final AvroSerde<StatusChange> STATUS_CHANGE = AvroSerde.of(StatusChange.class);
    public static final AvroSerde<ActionStatus> ACTION_STATUS = AvroSerde.of(ActionStatus.class);
    public static final AvroSerde<NoteIndex> NOTE_INDEX = AvroSerde.of(NoteIndex.class);
    public static final AvroSerde<PersonMention> PERSON_MENTION = AvroSerde.of(PersonMention.class);
    public static final AvroSerde<PersonResolution> PERSON_RESOLUTION = AvroSerde.of(PersonResolution.class);
    public static final AvroSerde<PeopleGroup> PEOPLE_GROUP = AvroSerde.of(PeopleGroup.class);

    public static final Serde<ActionState> ACTION_STATE =
            new MappedSerde<>(ActionStatus.class, TrackingAvro::toAvro, TrackingAvro::fromAvro);
    public static final Serde<FindingState> FINDING_STATE =
            new MappedSerde<>(FindingStatus.class, TrackingAvro::toAvro, TrackingAvro::fromAvro);
    public static final Serde<OwnerLedger> OWNER_LEDGER =
            new MappedSerde<>(com.actiontracker.avro.OwnerLedger.class, TrackingAvro::toAvro, TrackingAvro::fromAvro);
    public static final Serde<OwnerLedger.Item> OWNER_ITEM =
            new MappedSerde<>(OwnerItem.class, TrackingAvro::toAvro, TrackingAvro::fromAvro);

    public static final Serde<WatchedAction> WATCHED_ACTION =
            new MappedSerde<>(AlertCandidate.class, AlertsAvro::toAvro, AlertsAvro::fromAvro);
    public static final Serde<Alert> ALERT =
            new MappedSerde<>(OverdueAlert.class, AlertsAvro::toAvro, AlertsAvro::fromAvro);
    public static final AvroSerde<OverdueAlert> OVERDUE_ALERT = AvroSerde.of(OverdueAlert.class);
    public static final AvroSerde<OwnerDigest> OWNER_DIGEST = AvroSerde.of(OwnerDigest.class);

    private TrackerSerdes() {}
}
