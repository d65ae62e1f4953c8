package com.actiontracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.avro.NoteFile;
import com.actiontracker.runtime.EmbeddedKafka;
import com.actiontracker.topology.NoteFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker tail} on a real broker. */
class TailCommandIT {

    @TempDir
    Path dir;

    @Test
    void untilEndPrintsWhatEveryPartitionHoldsAndStops() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(NoteFiles.RAW_NOTES, 2, (short) 1)))
                        .all()
                        .get();
            }
            for (String path : new String[] {"a.md", "b.md", "c.md"}) {
                NoteFiles.publish(kafka.bootstrapServers(), path, "- [ ] Task in " + path + "\n");
            }
            String out = tail(
                    "notes.raw", "--from-beginning", "--until-end", "--bootstrap-server", kafka.bootstrapServers());

            ObjectMapper json = new ObjectMapper();
            assertThat(out.lines().map(line -> {
                        try {
                            return json.readTree(line).get("key").asText();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }))
                    .containsExactlyInAnyOrder("a.md", "b.md", "c.md");
        }
    }

    @Test
    void avroJsonIsTheRecordInAvrosJsonEncodingWhichReadsBackExactly() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0)) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(NoteFiles.RAW_NOTES, 1, (short) 1)))
                        .all()
                        .get();
            }
            String note = "- [ ] Réserver la salle ✅ 2025-11-04\n";
            NoteFiles.publish(kafka.bootstrapServers(), "fr/réunion.md", note);

            String out = tail(
                    "notes.raw",
                    "--format",
                    "avro-json",
                    "--from-beginning",
                    "--until-end",
                    "--bootstrap-server",
                    kafka.bootstrapServers());

            JsonNode line = new ObjectMapper().readTree(out.strip());
            assertThat(line.get("type").asText()).isEqualTo("NoteFile");
            assertThat(line.get("value").get("observedAt").isIntegralNumber())
                    .as("a timestamp as Avro encodes it")
                    .isTrue();
            NoteFile read = new SpecificDatumReader<>(NoteFile.class)
                    .read(
                            null,
                            DecoderFactory.get()
                                    .jsonDecoder(
                                            NoteFile.getClassSchema(),
                                            line.get("value").toString()));
            assertThat(read.getPath()).isEqualTo("fr/réunion.md");
            assertThat(StandardCharsets.UTF_8.decode(read.getContent()).toString())
                    .isEqualTo(note);
        }
    }

    private static String tail(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = TrackerCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] command = new String[args.length + 1];
        command[0] = "tail";
        System.arraycopy(args, 0, command, 1, args.length);
        assertThat(cli.execute(command)).as(err.toString()).isZero();
        return out.toString();
    }
}
