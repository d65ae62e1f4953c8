package com.actiontracker.connect.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.NoteFile;
import com.actiontracker.connect.avro.TrackerAvroConverter;
import com.actiontracker.schemas.AvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorOffset;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorOffsets;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connector in the real Connect runtime (a distributed worker) against a real KRaft broker. */
class NoteFolderConnectorIT {

    private static final String RAW = "tracker.notes.raw";
    private static final String DLT = "tracker.dead-letters";
    private static final AvroSerde<NoteFile> NOTES = AvroSerde.of(NoteFile.class);

    private static EmbeddedConnectCluster connect;

    @TempDir
    Path vault;

    @BeforeAll
    static void startConnect() {
        Map<String, String> worker = new HashMap<>();
        worker.put("key.converter", StringConverter.class.getName());
        worker.put("value.converter", TrackerAvroConverter.class.getName());
        worker.put("offset.flush.interval.ms", "200");
        worker.put("plugin.discovery", "service_load");
        connect = new EmbeddedConnectCluster.Builder()
                .name("notes-it")
                .numWorkers(1)
                .workerProps(worker)
                .build();
        connect.start();
    }

    @AfterAll
    static void stopConnect() {
        connect.stop();
    }

    @Test
    void publishesEditsDeletesAndResumesAfterARestartWithoutResending() throws Exception {
        String name = "notes-" + System.nanoTime();
        String topic = RAW + "." + name;
        Files.writeString(vault.resolve("a.md"), "- [ ] Send the deck @Lior 📅 2025-10-31\n");
        Files.createDirectories(vault.resolve("sub"));
        Files.write(vault.resolve("sub/b.txt"), "ðŸ“… mojibake stays as it is".getBytes(StandardCharsets.UTF_8));
        connect.configureConnector(name, connectorConfig(topic));

        List<ConsumerRecord<byte[], byte[]>> first = awaitRecords(topic, 2);
        assertThat(first).extracting(r -> key(r)).containsExactlyInAnyOrder("a.md", "sub/b.txt");
        NoteFile b = NOTES.deserialize(
                topic,
                first.stream()
                        .filter(r -> key(r).equals("sub/b.txt"))
                        .findFirst()
                        .orElseThrow()
                        .value());
        assertThat(b.getContent())
                .isEqualTo(ByteBuffer.wrap("ðŸ“… mojibake stays as it is".getBytes(StandardCharsets.UTF_8)));

        Files.writeString(vault.resolve("a.md"), "- [x] Send the deck @Lior 📅 2025-10-31 ✅ 2025-11-08\n");
        Files.delete(vault.resolve("sub/b.txt"));
        List<ConsumerRecord<byte[], byte[]>> second = awaitRecords(topic, 4).subList(2, 4);
        assertThat(second).anySatisfy(r -> {
            assertThat(key(r)).isEqualTo("a.md");
            assertThat(new String(bytes(NOTES.deserialize(topic, r.value()).getContent()), StandardCharsets.UTF_8))
                    .contains("[x]");
        });
        assertThat(second).anySatisfy(r -> {
            assertThat(key(r)).isEqualTo("sub/b.txt");
            assertThat(r.value()).isNull();
        });

        // Stop the connector (its task commits the manifest), change the folder while it is down, resume.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(connect.connectorOffsets(name).offsets()).isNotEmpty());
        connect.stopConnector(name);
        connect.assertions().assertConnectorIsStopped(name, "connector did not stop");
        Files.writeString(vault.resolve("while-stopped.md"), "new");
        connect.resumeConnector(name);

        List<ConsumerRecord<byte[], byte[]>> all = awaitRecords(topic, 5);
        assertThat(all).hasSize(5);
        assertThat(key(all.get(4))).isEqualTo("while-stopped.md");
    }

    @Test
    void aFolderTooLargeForOneOffsetRecordIsCommittedInBucketsAndItsOffsetsCanBeReset() throws Exception {
        String name = "notes-large-" + System.nanoTime();
        String topic = RAW + "." + name;
        // About 100 bytes of offset a file: 12,000 of them in one offset record pass the offsets topic's 1 MiB limit.
        int count = 12_000;
        Path folder = Files.createDirectories(vault.resolve(name).resolve("meetings/2026/platform-team"));
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("2026 weekly platform sync %05d.md", i)), "- [ ] item " + i);
        }
        Map<String, String> config = connectorConfig(topic);
        config.put("notes.root", vault.resolve(name).toString());
        config.put("batch.max.files", "1000");
        connect.configureConnector(name, config);

        assertThat(awaitRecords(topic, count)).hasSize(count);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(committedPaths(name))
                        .as("every file's fingerprint committed")
                        .hasSize(count));
        assertThat(connect.connectorOffsets(name).offsets()).allSatisfy(o -> {
            assertThat(NoteFolderOffsets.isBucket(o.partition())).isTrue();
            assertThat(o.offset()).as("files in one bucket").hasSizeLessThan(count / 40);
        });

        // Stopped, a file is deleted: the restarted task still knows every file, so only the tombstone is sent.
        connect.stopConnector(name);
        connect.assertions().assertConnectorIsStopped(name, "connector did not stop");
        String deleted = "meetings/2026/platform-team/2026 weekly platform sync 00042.md";
        Files.delete(vault.resolve(name).resolve(deleted));
        connect.resumeConnector(name);
        List<ConsumerRecord<byte[], byte[]>> afterRestart = awaitRecords(topic, count + 1);
        assertThat(key(afterRestart.get(count))).isEqualTo(deleted);
        assertThat(afterRestart.get(count).value()).isNull();
        Files.writeString(vault.resolve(name).resolve("barrier.md"), "scanned after the restart's first scan");
        List<ConsumerRecord<byte[], byte[]>> withBarrier = awaitRecords(topic, count + 2);
        assertThat(withBarrier).as("nothing re-sent").hasSize(count + 2);

        // Offsets through Connect's offsets API: a bad one is refused with its reason, a reset bucket is sent again.
        connect.stopConnector(name);
        connect.assertions().assertConnectorIsStopped(name, "connector did not stop");
        String reset = "meetings/2026/platform-team/2026 weekly platform sync 00007.md";
        Map<String, ?> partition = NoteFolderOffsets.partition(
                vault.resolve(name).toAbsolutePath().normalize().toString(), NoteFolderOffsets.bucketOf(reset));
        assertThatThrownBy(
                        () -> connect.alterSourceConnectorOffset(name, partition, Map.of(reset, "not a fingerprint")))
                .hasMessageContaining("is not <hash>:<size>:<modified millis>");
        List<String> bucketFiles = connect.connectorOffsets(name).offsets().stream()
                .filter(o -> o.partition().equals(partition) && o.offset() != null)
                .flatMap(o -> o.offset().keySet().stream())
                .toList();
        assertThat(bucketFiles).contains(reset);
        connect.alterConnectorOffsets(name, new ConnectorOffsets(List.of(new ConnectorOffset(partition, null))));
        connect.resumeConnector(name);
        List<ConsumerRecord<byte[], byte[]>> afterReset = awaitRecords(topic, count + 2 + bucketFiles.size());
        assertThat(afterReset.subList(count + 2, afterReset.size()))
                .extracting(r -> key(r))
                .containsExactlyInAnyOrderElementsOf(bucketFiles);
    }

    private static Set<String> committedPaths(String connector) {
        Set<String> paths = new HashSet<>();
        // A bucket committed while it was still empty (its state before the first batch) is listed with no offset.
        connect.connectorOffsets(connector).offsets().stream()
                .filter(o -> o.offset() != null)
                .forEach(o -> paths.addAll(o.offset().keySet()));
        return paths;
    }

    @Test
    void anOversizedFileGoesToTheDeadLetterTopicAndTheOthersStillFlow() throws Exception {
        String name = "notes-dlt-" + System.nanoTime();
        String topic = RAW + "." + name;
        Files.write(vault.resolve("huge.md"), new byte[4096]);
        Files.writeString(vault.resolve("ok.md"), "fine");
        Map<String, String> config = connectorConfig(topic);
        config.put("max.file.bytes", "1024");
        config.put("dead.letter.topic", DLT + "." + name);
        connect.configureConnector(name, config);

        assertThat(awaitRecords(topic, 1)).extracting(r -> key(r)).containsExactly("ok.md");
        DeadLetter letter = AvroSerde.of(DeadLetter.class)
                .deserialize(DLT, awaitRecords(DLT + "." + name, 1).get(0).value());
        assertThat(letter.getPath()).isEqualTo("huge.md");
        assertThat(letter.getReason()).contains("exceeds max.file.bytes=1024");
        connect.assertions().assertConnectorAndAtLeastNumTasksAreRunning(name, 1, "connector must keep running");
    }

    @Test
    void theRestApiExplainsABadConfiguration() {
        Map<String, String> config = connectorConfig("t");
        config.put("name", "bad");
        config.put("notes.root", vault.resolve("missing").toString());
        config.put("poll.interval.ms", "0");

        ConfigInfos infos = connect.validateConnectorConfig(NoteFolderSourceConnector.class.getSimpleName(), config);

        List<String> errors = new ArrayList<>();
        infos.configs().forEach(v -> errors.addAll(v.configValue().errors()));
        assertThat(infos.errorCount()).as(errors.toString()).isEqualTo(2);
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("is not an existing directory"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("at least 10"));
    }

    private Map<String, String> connectorConfig(String topic) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", NoteFolderSourceConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("notes.root", vault.toString());
        config.put("topic", topic);
        config.put("poll.interval.ms", "50");
        config.put("topic.creation.default.replication.factor", "1");
        config.put("topic.creation.default.partitions", "1");
        return config;
    }

    private static List<ConsumerRecord<byte[], byte[]>> awaitRecords(String topic, int count) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            records.clear();
            connect.kafka().consumeAll(5_000, topic).forEach(records::add);
            assertThat(records).hasSizeGreaterThanOrEqualTo(count);
        });
        return records;
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
