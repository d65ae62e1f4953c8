package com.actiontracker.topology;

import com.actiontracker.avro.ActionCommand;
import com.actiontracker.avro.ActionObservation;
import com.actiontracker.avro.DeadLetterStage;
import com.actiontracker.avro.NoteFile;
import com.actiontracker.avro.NoteFinding;
import com.actiontracker.avro.NoteIndex;
import com.actiontracker.ingest.IndexedNote;
import com.actiontracker.ingest.ObservationFactory;
import com.actiontracker.parse.NoteParser;
import com.actiontracker.parse.ParsedNote;
import com.actiontracker.parse.UnreadableNoteException;
import com.actiontracker.schemas.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single, ordered entry of everything people write: note revisions and commands, read by one task from two
 * single-partition topics, which Kafka Streams interleaves by timestamp. That order is what every later stage sees,
 * so a replay of the same inputs reproduces the same history.
 *
 * <p>A note revision (keyed by path) becomes observations of its actions and findings, and withdraws what the
 * previous revision said and this one does not; a deleted note withdraws everything. A revision already processed
 * (same content hash) is skipped, so a connector's at-least-once re-send changes nothing. A command passes on,
 * keyed by its action id. A record that cannot be read becomes a dead letter carrying the original bytes (values are
 * read as bytes and decoded here for that reason), and processing goes on.
 */
public final class IngestProcessor implements Processor<String, byte[], String, SpecificRecord> {

    private static final Logger log = LoggerFactory.getLogger(IngestProcessor.class);
    private static final AvroSerde<NoteFile> NOTES = AvroSerde.of(NoteFile.class);
    private static final AvroSerde<ActionCommand> COMMANDS = AvroSerde.of(ActionCommand.class);

    private final String commandsTopic;
    private final String indexStore;
    private final String textStore;
    private final NoteParser parser;
    private final double acceptConfidence;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, NoteIndex> index;
    private KeyValueStore<String, String> texts;
    private Sensor deadLetters;

    /**
     * @param commandsTopic the topic whose records are commands; every other record is a note revision
     * @param indexStore    what each note's last revision said (path → index)
     * @param textStore     each note's current text, for the web page's links to a note and line
     * @param acceptConfidence from which confidence an action inferred as a commitment counts without review
     */
    public IngestProcessor(
            String commandsTopic, String indexStore, String textStore, NoteParser parser, double acceptConfidence) {
        this.commandsTopic = commandsTopic;
        this.indexStore = indexStore;
        this.textStore = textStore;
        this.parser = parser;
        this.acceptConfidence = acceptConfidence;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.index = context.getStateStore(indexStore);
        this.texts = context.getStateStore(textStore);
        this.deadLetters =
                context.metrics().addRateTotalSensor("tracker", "ingest", "dead-letter", Sensor.RecordingLevel.INFO);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (context.recordMetadata().map(m -> m.topic().equals(commandsTopic)).orElse(false)) {
            command(record);
        } else {
            revision(record);
        }
    }

    private void command(Record<String, byte[]> record) {
        ActionCommand command;
        try {
            command = COMMANDS.decode(record.value());
        } catch (SerializationException e) {
            deadLetter(record, DeadLetterStage.DESERIALIZE, e.getMessage(), e);
            return;
        }
        if (command == null) {
            deadLetter(record, DeadLetterStage.DESERIALIZE, "Empty command", null);
            return;
        }
        forward(record, command.getActionId(), command);
    }

    private void revision(Record<String, byte[]> record) {
        String path = record.key();
        if (path == null) {
            deadLetter(
                    record,
                    DeadLetterStage.DESERIALIZE,
                    "Note record without a key (the key must be the note's path)",
                    null);
            return;
        }
        Optional<IndexedNote> previous = Optional.ofNullable(index.get(path)).map(IndexedNote::fromAvro);
        if (record.value() == null) {
            previous.ifPresent(p -> withdrawAll(record, p));
            index.delete(path);
            texts.delete(path);
            return;
        }
        NoteFile note;
        try {
            note = NOTES.decode(record.value());
        } catch (SerializationException e) {
            deadLetter(record, DeadLetterStage.DESERIALIZE, e.getMessage(), e);
            return;
        }
        if (previous.map(p -> p.sha256().equals(note.getSha256())).orElse(false)) {
            return;
        }
        ParsedNote parsed;
        try {
            parsed = parser.parse(path, bytes(note));
        } catch (UnreadableNoteException e) {
            deadLetter(record, DeadLetterStage.PARSE, path + ": " + e.getMessage(), e);
            return;
        } catch (RuntimeException e) {
            log.warn("Parser failed on {}", path, e);
            deadLetter(record, DeadLetterStage.PARSE, path + ": parser failure: " + e, e);
            return;
        }
        publish(record, note, parsed, previous);
        // The text the parser read (mojibake repaired), not the raw bytes: the page's note view shows what the ledger
        // says, on the same lines.
        texts.put(path, parsed.text());
    }

    private void publish(
            Record<String, byte[]> record, NoteFile note, ParsedNote parsed, Optional<IndexedNote> previous) {
        Instant observedAt = note.getObservedAt();
        LocalDate noteDate = ObservationFactory.noteDate(parsed, note.getModifiedAt(), observedAt);
        Map<String, ActionObservation> actions =
                ObservationFactory.actions(parsed, noteDate, note.getSha256(), observedAt, acceptConfidence);
        Map<String, NoteFinding> findings = ObservationFactory.findings(parsed, noteDate, note.getSha256(), observedAt);
        Map<String, List<String>> people = ObservationFactory.mentions(parsed);
        people.forEach((first, names) ->
                forward(record, first, ObservationFactory.mention(first, note.getPath(), names, observedAt)));
        actions.forEach((id, observation) -> forward(record, id, observation));
        findings.forEach((id, finding) -> forward(record, id, finding));
        previous.ifPresent(p -> {
            ObservationFactory.absent(p.firstNames(), people)
                    .forEach(first -> forward(
                            record, first, ObservationFactory.mention(first, note.getPath(), List.of(), observedAt)));
            ObservationFactory.absent(p.actionIds(), actions)
                    .forEach(id -> forward(
                            record,
                            id,
                            ObservationFactory.actionWithdrawn(id, note.getPath(), note.getSha256(), observedAt)));
            ObservationFactory.absent(p.findingIds(), findings)
                    .forEach(id -> forward(
                            record,
                            id,
                            ObservationFactory.findingWithdrawn(id, note.getPath(), note.getSha256(), observedAt)));
        });
        index.put(
                record.key(),
                IndexedNote.toAvro(new IndexedNote(
                        record.key(),
                        note.getSha256(),
                        new HashSet<>(actions.keySet()),
                        new HashSet<>(findings.keySet()),
                        people.keySet(),
                        observedAt)));
    }

    private void withdrawAll(Record<String, byte[]> tombstone, IndexedNote previous) {
        Instant deletedAt = Instant.ofEpochMilli(tombstone.timestamp());
        previous.firstNames().stream()
                .sorted()
                .forEach(first -> forward(
                        tombstone, first, ObservationFactory.mention(first, previous.path(), List.of(), deletedAt)));
        previous.actionIds().stream()
                .sorted()
                .forEach(id -> forward(
                        tombstone,
                        id,
                        ObservationFactory.actionWithdrawn(id, previous.path(), previous.sha256(), deletedAt)));
        previous.findingIds().stream()
                .sorted()
                .forEach(id -> forward(
                        tombstone,
                        id,
                        ObservationFactory.findingWithdrawn(id, previous.path(), previous.sha256(), deletedAt)));
    }

    private void forward(Record<String, byte[]> cause, String key, SpecificRecord value) {
        context.forward(new Record<>(key, value, cause.timestamp()));
    }

    private void deadLetter(Record<String, byte[]> record, DeadLetterStage stage, String reason, Throwable cause) {
        deadLetters.record();
        Optional<RecordMetadata> meta = context.recordMetadata();
        DeadLetters.Origin origin = meta.map(m -> new DeadLetters.Origin(m.topic(), m.partition(), m.offset()))
                .orElse(null);
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        context.forward(new Record<>(
                record.key(),
                DeadLetters.of(
                        stage,
                        reason,
                        cause,
                        record.key(),
                        origin,
                        key,
                        record.value(),
                        Instant.ofEpochMilli(record.timestamp())),
                record.timestamp()));
    }

    private static byte[] bytes(NoteFile note) {
        var buffer = note.getContent().duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
