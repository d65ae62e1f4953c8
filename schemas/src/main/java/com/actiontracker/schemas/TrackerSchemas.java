package com.actiontracker.schemas;

import com.actiontracker.avro.ActionCommand;
import com.actiontracker.avro.ActionObservation;
import com.actiontracker.avro.ActionStatus;
import com.actiontracker.avro.AlertCandidate;
import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.FindingStatus;
import com.actiontracker.avro.NoteFile;
import com.actiontracker.avro.NoteFinding;
import com.actiontracker.avro.NoteIndex;
import com.actiontracker.avro.OverdueAlert;
import com.actiontracker.avro.OwnerDigest;
import com.actiontracker.avro.OwnerLedger;
import com.actiontracker.avro.PeopleGroup;
import com.actiontracker.avro.PersonMention;
import com.actiontracker.avro.PersonResolution;
import com.actiontracker.avro.StatusChange;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;

/** The catalogue of record types that are written to topics or stores, at their current version. */
public final class TrackerSchemas {

    /** Every top-level schema written to a topic or a store. Nested types (SourceRef, enums) travel inside these. */
    public static final List<Schema> EVENTS = List.of(
            NoteFile.getClassSchema(),
            ActionObservation.getClassSchema(),
            NoteFinding.getClassSchema(),
            StatusChange.getClassSchema(),
            ActionStatus.getClassSchema(),
            ActionCommand.getClassSchema(),
            OverdueAlert.getClassSchema(),
            DeadLetter.getClassSchema(),
            NoteIndex.getClassSchema(),
            FindingStatus.getClassSchema(),
            OwnerLedger.getClassSchema(),
            PersonMention.getClassSchema(),
            PersonResolution.getClassSchema(),
            PeopleGroup.getClassSchema(),
            AlertCandidate.getClassSchema(),
            OwnerDigest.getClassSchema());

    private TrackerSchemas() {}

    /** The current version of the event schema with this full name. */
    public static Optional<Schema> current(String fullName) {
        return EVENTS.stream().filter(s -> s.getFullName().equals(fullName)).findFirst();
    }
}
