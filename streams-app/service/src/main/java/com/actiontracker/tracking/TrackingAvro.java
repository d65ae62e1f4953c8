package com.actiontracker.tracking;

import com.actiontracker.avro.ActionCommand;
import com.actiontracker.avro.ActionObservation;
import com.actiontracker.avro.ActionStatus;
import com.actiontracker.avro.FindingKind;
import com.actiontracker.avro.FindingStatus;
import com.actiontracker.avro.LifecycleStatus;
import com.actiontracker.avro.NoteFinding;
import com.actiontracker.avro.Origin;
import com.actiontracker.avro.OwnerItem;
import com.actiontracker.avro.SourceObservation;
import com.actiontracker.avro.SourceRef;
import com.actiontracker.avro.StatusChange;
import com.actiontracker.parse.Commitment;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import com.actiontracker.parse.StatementKind;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.tracking.ActionEvent.Command;
import com.actiontracker.tracking.ActionEvent.CommandType;
import com.actiontracker.tracking.ActionEvent.Observation;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;

/** The edge between the tracking domain and its Avro events and store values. */
public final class TrackingAvro {

    private TrackingAvro() {}

    public static Observation observation(ActionObservation a) {
        SourceStatement statement = new SourceStatement(
                a.getNotePath(),
                a.getLine(),
                a.getNoteSha256(),
                a.getText(),
                a.getOwner(),
                EnumMapping.convert(a.getStatus(), TaskStatus.class),
                a.getDue(),
                a.getDoneDate(),
                a.getCancelledDate(),
                EnumMapping.convert(a.getPriority(), Priority.class),
                a.getTags(),
                EnumMapping.convert(a.getOrigin(), ItemOrigin.class),
                a.getConfidence(),
                EnumMapping.convert(a.getCommitment(), Commitment.class),
                a.getAutoAccepted(),
                a.getMeetingDate(),
                a.getObservedAt());
        return new Observation(a.getActionId(), statement, a.getWithdrawn());
    }

    /** An event of the action-events topic: an observation or a command. */
    public static ActionEvent event(SpecificRecord record) {
        if (record instanceof ActionObservation observation) {
            return observation(observation);
        }
        if (record instanceof ActionCommand command) {
            return command(command);
        }
        throw new IllegalArgumentException(
                "Not an action event: " + record.getSchema().getFullName());
    }

    public static Command command(ActionCommand c) {
        return new Command(
                c.getCommandId(),
                c.getActionId(),
                EnumMapping.convert(c.getType(), CommandType.class),
                c.getOwner(),
                c.getEffectiveDate(),
                c.getIssuedAt(),
                c.getIssuedBy());
    }

    public static FindingState.Observation finding(NoteFinding f) {
        return new FindingState.Observation(
                f.getId(),
                EnumMapping.convert(f.getKind(), StatementKind.class),
                f.getText(),
                f.getSection(),
                f.getMeetingDate(),
                f.getMeetingTitle(),
                EnumMapping.convert(f.getOrigin(), ItemOrigin.class),
                f.getConfidence(),
                f.getSource().getPath(),
                f.getSource().getLine(),
                f.getWithdrawn());
    }

    public static StatusChange statusChange(ActionState state, StatusTransition t) {
        return StatusChange.newBuilder()
                .setActionId(state.actionId())
                .setFrom(EnumMapping.convert(t.from(), LifecycleStatus.class))
                .setTo(EnumMapping.convert(t.to(), LifecycleStatus.class))
                .setChangedAt(t.at())
                .setEffectiveDate(t.effectiveDate())
                .setReason(t.reason())
                .setSource(t.sourcePath() == null ? null : new SourceRef(t.sourcePath(), t.sourceLine()))
                .setCommandId(t.commandId())
                .setOwner(state.ownerAsWritten())
                .setRevision(t.revision())
                .build();
    }

    public static ActionStatus toAvro(ActionState s) {
        CommandOverride o = s.override();
        return ActionStatus.newBuilder()
                .setActionId(s.actionId())
                .setText(s.text())
                .setOwner(s.owner())
                .setOwnerWarning(s.ownerWarning())
                .setStatus(EnumMapping.convert(s.status(), LifecycleStatus.class))
                .setDue(s.due())
                .setDoneDate(s.doneDate())
                .setCancelledDate(s.cancelledDate())
                .setPriority(EnumMapping.convert(s.priority(), com.actiontracker.avro.Priority.class))
                .setOrigin(EnumMapping.convert(s.origin(), Origin.class))
                .setConfidence(s.confidence())
                .setSources(
                        s.sources().values().stream().map(TrackingAvro::toAvro).toList())
                .setAssignedOwner(o.assignedOwner())
                .setCommandStatus(EnumMapping.convert(o.status(), LifecycleStatus.class))
                .setCommandEffectiveDate(o.effectiveDate())
                .setCommandAt(o.at())
                .setCommandId(o.commandId())
                .setVerdict(EnumMapping.convert(o.verdict(), com.actiontracker.avro.Triage.class))
                .setVerdictCommandId(o.verdictCommandId())
                .setCommandDue(o.due())
                .setCommandDueAt(o.dueAt())
                .setSnoozedUntil(o.snoozedUntil())
                .setHistory(s.history().stream().map(t -> statusChange(s, t)).toList())
                .setRevision(s.revision())
                .setFirstSeenAt(s.firstSeenAt())
                .setUpdatedAt(s.updatedAt())
                .build();
    }

    public static ActionState fromAvro(ActionStatus a) {
        TreeMap<String, SourceStatement> sources = new TreeMap<>();
        a.getSources().forEach(o -> sources.put(o.getSource().getPath(), fromAvro(o)));
        CommandOverride override = new CommandOverride(
                a.getAssignedOwner(),
                EnumMapping.convert(a.getCommandStatus(), Lifecycle.class),
                a.getCommandEffectiveDate(),
                a.getCommandAt(),
                a.getCommandId(),
                EnumMapping.convert(a.getVerdict(), Triage.class),
                a.getVerdictCommandId(),
                a.getCommandDue(),
                a.getCommandDueAt(),
                a.getSnoozedUntil());
        return new ActionState(
                a.getActionId(),
                a.getText(),
                a.getOwner(),
                a.getOwnerWarning(),
                EnumMapping.convert(a.getStatus(), Lifecycle.class),
                sources,
                override,
                a.getHistory().stream().map(TrackingAvro::fromAvro).toList(),
                a.getRevision(),
                a.getFirstSeenAt(),
                a.getUpdatedAt());
    }

    public static FindingStatus toAvro(FindingState f) {
        return FindingStatus.newBuilder()
                .setId(f.id())
                .setKind(EnumMapping.convert(f.kind(), FindingKind.class))
                .setText(f.text())
                .setSection(f.section())
                .setMeetingDate(f.meetingDate())
                .setMeetingTitle(f.meetingTitle())
                .setOrigin(EnumMapping.convert(f.origin(), Origin.class))
                .setConfidence(f.confidence())
                .setSources(f.locations().stream()
                        .map(l -> new SourceRef(l.path(), l.line()))
                        .toList())
                .build();
    }

    public static FindingState fromAvro(FindingStatus a) {
        TreeMap<String, Integer> sources = new TreeMap<>();
        a.getSources().forEach(r -> sources.put(r.getPath(), r.getLine()));
        return new FindingState(
                a.getId(),
                EnumMapping.convert(a.getKind(), StatementKind.class),
                a.getText(),
                a.getSection(),
                a.getMeetingDate(),
                a.getMeetingTitle(),
                EnumMapping.convert(a.getOrigin(), ItemOrigin.class),
                a.getConfidence(),
                sources);
    }

    public static OwnerItem toAvro(OwnerLedger.Item i) {
        return OwnerItem.newBuilder()
                .setActionId(i.actionId())
                .setText(i.text())
                .setStatus(EnumMapping.convert(i.status(), LifecycleStatus.class))
                .setDue(i.due())
                .setDoneDate(i.doneDate())
                .setPriority(EnumMapping.convert(i.priority(), com.actiontracker.avro.Priority.class))
                .setOrigin(EnumMapping.convert(i.origin(), Origin.class))
                .setTriage(EnumMapping.convert(i.triage(), com.actiontracker.avro.Triage.class))
                .setMeetingDate(i.meetingDate())
                .setSources(i.sources().stream()
                        .map(l -> new SourceRef(l.path(), l.line()))
                        .toList())
                .setTags(i.tags())
                .build();
    }

    public static OwnerLedger.Item fromAvro(OwnerItem a) {
        return new OwnerLedger.Item(
                a.getActionId(),
                a.getText(),
                EnumMapping.convert(a.getStatus(), Lifecycle.class),
                a.getDue(),
                a.getDoneDate(),
                EnumMapping.convert(a.getPriority(), Priority.class),
                EnumMapping.convert(a.getOrigin(), ItemOrigin.class),
                EnumMapping.convert(a.getTriage(), Triage.class),
                a.getMeetingDate(),
                a.getSources().stream()
                        .map(r -> new SourceLocation(r.getPath(), r.getLine()))
                        .toList(),
                a.getTags());
    }

    public static com.actiontracker.avro.OwnerLedger toAvro(OwnerLedger l) {
        return new com.actiontracker.avro.OwnerLedger(
                l.owner(), l.items().values().stream().map(TrackingAvro::toAvro).toList());
    }

    public static OwnerLedger fromAvro(com.actiontracker.avro.OwnerLedger a) {
        TreeMap<String, OwnerLedger.Item> items = new TreeMap<>();
        a.getItems().forEach(i -> items.put(i.getActionId(), fromAvro(i)));
        return new OwnerLedger(a.getOwner(), items);
    }

    private static SourceObservation toAvro(SourceStatement s) {
        return SourceObservation.newBuilder()
                .setSource(new SourceRef(s.path(), s.line()))
                .setNoteSha256(s.noteSha256())
                .setText(s.text())
                .setOwner(s.owner())
                .setStatus(EnumMapping.convert(s.status(), com.actiontracker.avro.TaskStatus.class))
                .setDue(s.due())
                .setDoneDate(s.doneDate())
                .setCancelledDate(s.cancelledDate())
                .setPriority(EnumMapping.convert(s.priority(), com.actiontracker.avro.Priority.class))
                .setTags(s.tags())
                .setOrigin(EnumMapping.convert(s.origin(), Origin.class))
                .setConfidence(s.confidence())
                .setCommitment(EnumMapping.convert(s.commitment(), com.actiontracker.avro.Commitment.class))
                .setAutoAccepted(s.autoAccepted())
                .setMeetingDate(s.meetingDate())
                .setObservedAt(s.observedAt())
                .build();
    }

    private static SourceStatement fromAvro(SourceObservation o) {
        return new SourceStatement(
                o.getSource().getPath(),
                o.getSource().getLine(),
                o.getNoteSha256(),
                o.getText(),
                o.getOwner(),
                EnumMapping.convert(o.getStatus(), TaskStatus.class),
                o.getDue(),
                o.getDoneDate(),
                o.getCancelledDate(),
                EnumMapping.convert(o.getPriority(), Priority.class),
                o.getTags(),
                EnumMapping.convert(o.getOrigin(), ItemOrigin.class),
                o.getConfidence(),
                EnumMapping.convert(o.getCommitment(), Commitment.class),
                o.getAutoAccepted(),
                o.getMeetingDate(),
                o.getObservedAt());
    }

    private static StatusTransition fromAvro(StatusChange c) {
        return new StatusTransition(
                EnumMapping.convert(c.getFrom(), Lifecycle.class),
                EnumMapping.convert(c.getTo(), Lifecycle.class),
                c.getChangedAt(),
                c.getEffectiveDate(),
                c.getReason(),
                c.getSource() == null ? null : c.getSource().getPath(),
                c.getSource() == null ? 0 : c.getSource().getLine(),
                c.getCommandId(),
                c.getRevision());
    }
}
