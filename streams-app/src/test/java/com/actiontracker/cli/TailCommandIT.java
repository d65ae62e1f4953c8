package com.actiontracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.runtime.EmbeddedKafka;
import com.actiontracker.topology.NoteFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
                admin.createTopics(List.of(new NewTopic(NoteFiles.RAW_NOTES, 2, (short) 1))).all().get();
            }
            for (String path : new String[] {"a.md", "b.md", "c.md"}) {
                NoteFiles.publish(kafka.bootstrapServers(), path, "- [ ] Task in " + path + "\n");
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var cli = TrackerCli.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));

            int exit = cli.execute("tail", "notes.raw", "--from-beginning", "--until-end",
                    "--bootstrap-server", kafka.bootstrapServers());

            assertThat(exit).as(err.toString()).isZero();
            ObjectMapper json = new ObjectMapper();
            assertThat(out.toString().lines().map(line -> {
                try {
                    return json.readTree(line).get("key").asText();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).containsExactlyInAnyOrder("a.md", "b.md", "c.md");
        }
    }
}
