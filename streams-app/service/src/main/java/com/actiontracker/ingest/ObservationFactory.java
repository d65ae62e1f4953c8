package com.actiontracker.ingest;

import com.actiontracker.avro.ActionObservation;
import com.actiontracker.avro.Commitment;
import com.actiontracker.avro.FindingKind;
import com.actiontracker.avro.NoteFinding;
import com.actiontracker.avro.Origin;
import com.actiontracker.avro.PersonMention;
import com.actiontracker.avro.Priority;
import com.actiontracker.avro.SourceRef;
import com.actiontracker.avro.TaskStatus;
import com.actiontracker.identity.ItemIdentity;
import com.actiontracker.identity.NameKey;
import com.actiontracker.identity.OwnerResolver;
import com.actiontracker.parse.ActionItem;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.ParsedNote;
import com.actiontracker.parse.Statement;
import com.actiontracker.parse.StatementKind;
import com.actiontracker.tracking.EnumMapping;
import com.actiontracker.tracking.Triage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns a parsed note into the events of its actions and findings, each with its stable id, and builds the
 * withdrawals of what an earlier revision said and this one does not. The edge between parsing and Avro.
 */
public final class ObservationFactory {

    private ObservationFactory() {}

    /**
     * One observation per distinct action; a task written twice in one note is observed at its first line.
     *
     * @param noteDate         the note's date ({@link #noteDate})
     * @param acceptConfidence the confidence from which an action inferred as a commitment counts without review
     */
    public static Map<String, ActionObservation> actions(
            ParsedNote note, LocalDate noteDate, String sha256, Instant observedAt, double acceptConfidence) {
        Map<String, ActionObservation> byId = new LinkedHashMap<>();
        var meeting = note.metadata();
        for (ActionItem item : note.actions()) {
            String id = ItemIdentity.actionId(meeting.date(), note.path(), item.description(), item.taskId());
            byId.putIfAbsent(
                    id,
                    ActionObservation.newBuilder()
                            .setActionId(id)
                            .setNotePath(note.path())
                            .setNoteSha256(sha256)
                            .setLine(item.line())
                            .setText(item.description())
                            .setRawLine(item.rawLine())
                            .setOwner(item.owner())
                            .setStatus(EnumMapping.convert(item.status(), TaskStatus.class))
                            .setStatusSymbol(item.statusSymbol())
                            .setDue(item.due())
                            .setScheduled(item.scheduled())
                            .setStart(item.start())
                            .setCreated(item.created())
                            .setDoneDate(item.done())
                            .setCancelledDate(item.cancelled())
                            .setPriority(EnumMapping.convert(item.priority(), Priority.class))
                            .setTags(item.tags())
                            .setRecurrence(item.recurrence())
                            .setTaskId(item.taskId())
                            .setDependsOn(item.dependsOn())
                            .setOrigin(EnumMapping.convert(item.origin(), Origin.class))
                            .setConfidence(item.confidence())
                            .setCommitment(
                                    item.origin() == ItemOrigin.TASK
                                            ? null
                                            : EnumMapping.convert(item.commitment(), Commitment.class))
                            .setAutoAccepted(item.origin() != ItemOrigin.TASK
                                    && Triage.acceptedWithoutReview(
                                            item.origin(), item.commitment(), item.confidence(), acceptConfidence))
                            .setMeetingDate(noteDate)
                            .setMeetingTitle(meeting.title())
                            .setObservedAt(observedAt)
                            .setWithdrawn(false)
                            .setWarnings(item.warnings())
                            .build());
        }
        return byId;
    }

    public static Map<String, NoteFinding> findings(
            ParsedNote note, LocalDate noteDate, String sha256, Instant observedAt) {
        Map<String, NoteFinding> byId = new LinkedHashMap<>();
        var meeting = note.metadata();
        for (Statement statement : note.statements()) {
            String id = ItemIdentity.findingId(statement.kind(), meeting.date(), note.path(), statement.text());
            byId.putIfAbsent(
                    id,
                    NoteFinding.newBuilder()
                            .setId(id)
                            .setKind(EnumMapping.convert(statement.kind(), FindingKind.class))
                            .setText(statement.text())
                            .setSection(statement.section())
                            .setSource(new SourceRef(note.path(), statement.line()))
                            .setNoteSha256(sha256)
                            .setMeetingDate(noteDate)
                            .setMeetingTitle(meeting.title())
                            .setOrigin(EnumMapping.convert(statement.origin(), Origin.class))
                            .setConfidence(statement.confidence())
                            .setObservedAt(observedAt)
                            .setWithdrawn(false)
                            .build());
        }
        return byId;
    }

    /**
     * The day a note speaks for: its meeting date (front matter, title, file name), else, when nothing in it says,
     * the day its file was last modified (spooldir's FILE_TIME convention) or read, whichever is earlier. The
     * modification time travels in the note's event, so a replay dates it the same way. Ids keep the note's own date
     * (none), so touching the file does not make its items new ones.
     */
    public static LocalDate noteDate(ParsedNote note, Instant modifiedAt, Instant observedAt) {
        if (note.metadata().date() != null) {
            return note.metadata().date();
        }
        Instant earlier = modifiedAt.isBefore(observedAt) ? modifiedAt : observedAt;
        return earlier.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * The people this note names, by first name: its participants (front matter, title, "With:" line, related
     * links) and the owners of its written tasks. "@Myself" is not a name.
     */
    public static Map<String, List<String>> mentions(ParsedNote note) {
        Map<String, List<String>> byFirstName = new TreeMap<>();
        Stream.concat(
                        note.metadata().participants().stream(),
                        note.actions().stream()
                                .filter(a -> a.origin() == ItemOrigin.TASK)
                                .map(ActionItem::owner))
                .filter(name -> name != null && !name.isBlank() && !OwnerResolver.isSelf(name))
                .forEach(name -> {
                    String first = NameKey.firstName(name);
                    if (!first.isEmpty()) {
                        byFirstName
                                .computeIfAbsent(first, k -> new ArrayList<>())
                                .add(name.trim());
                    }
                });
        return byFirstName;
    }

    public static PersonMention mention(String firstName, String path, List<String> names, Instant observedAt) {
        return new PersonMention(firstName, path, names, observedAt);
    }

    public static ActionObservation actionWithdrawn(String actionId, String path, String sha256, Instant observedAt) {
        return ActionObservation.newBuilder()
                .setActionId(actionId)
                .setNotePath(path)
                .setNoteSha256(sha256)
                .setLine(0)
                .setText("")
                .setRawLine("")
                .setStatus(TaskStatus.OPEN)
                .setOrigin(Origin.TASK)
                .setObservedAt(observedAt)
                .setWithdrawn(true)
                .build();
    }

    public static NoteFinding findingWithdrawn(String findingId, String path, String sha256, Instant observedAt) {
        return NoteFinding.newBuilder()
                .setId(findingId)
                .setKind(EnumMapping.convert(kindOf(findingId), FindingKind.class))
                .setText("")
                .setSource(new SourceRef(path, 0))
                .setNoteSha256(sha256)
                .setObservedAt(observedAt)
                .setWithdrawn(true)
                .build();
    }

    static StatementKind kindOf(String findingId) {
        for (StatementKind kind : StatementKind.values()) {
            if (findingId.startsWith(ItemIdentity.prefix(kind))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a finding id: " + findingId);
    }

    public static List<String> absent(Iterable<String> before, Map<String, ?> now) {
        List<String> gone = new ArrayList<>();
        before.forEach(id -> {
            if (!now.containsKey(id)) {
                gone.add(id);
            }
        });
        gone.sort(null);
        return gone;
    }
}
