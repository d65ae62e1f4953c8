package com.actiontracker.runtime;

import com.actiontracker.topology.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.tools.StreamsResetter;

/**
 * Prepares the app to rebuild every store from its retained inputs, the way Kafka's application reset tool does
 * (it is that tool, {@link StreamsResetter}): the inputs people write ({@code notes.raw}, {@code commands}) go back
 * to the beginning (or to a date), the topics the app both writes and reads skip to their end (it writes them again
 * while it replays), its internal topics (changelogs, repartition topics) are deleted, and the local state is wiped.
 * Every instance must be stopped first; the reset refuses while the group has members.
 */
public final class Replay {

    private Replay() {
    }

    /**
     * @param toDateTime replay only what was written from then on (the state then starts empty), instead of everything
     */
    public static void reset(TrackerConfig config, Optional<LocalDateTime> toDateTime) throws IOException {
        Properties streams = config.streamsProperties();
        String applicationId = streams.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        Topics topics = config.topics();
        List<String> common = List.of("--bootstrap-server", config.bootstrapServers(), "--application-id", applicationId,
                "--force");
        run(common, "--input-topics", String.join(",", topics.actionEvents(), topics.decisions(), topics.risks(),
                topics.questions(), topics.personMentions(), topics.people()), "--to-latest");
        if (toDateTime.isPresent()) {
            run(common, "--input-topics", topics.rawNotes() + "," + topics.commands(), "--to-datetime",
                    toDateTime.get().toString());
        } else {
            run(common, "--input-topics", topics.rawNotes() + "," + topics.commands(), "--to-earliest");
        }
        Directories.deleteTree(config.stateDirectory());
    }

    /**
     * The tool reports on stdout; that report is only worth showing when it fails, and stdout may carry JSON, so it
     * is captured (the CLI is single-threaded while this runs).
     */
    private static void run(List<String> common, String... more) throws IOException {
        List<String> args = new ArrayList<>(common);
        args.addAll(List.of(more));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int exit;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = new StreamsResetter().execute(args.toArray(String[]::new));
        } finally {
            System.setOut(stdout);
        }
        if (exit != 0) {
            throw new IOException("The application reset failed (are all instances stopped?): "
                    + captured.toString(StandardCharsets.UTF_8).strip());
        }
    }
}
