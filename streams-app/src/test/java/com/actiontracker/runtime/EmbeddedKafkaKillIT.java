package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker killed while a producer commits transactions as fast as it can, then started again on the same
 * log: no transaction may stay open, or {@code read_committed} readers (Kafka Streams restoring its stores) stop
 * forever; and the hanging-transaction check, run the moment the broker is up, must abort nothing that the coordinator
 * is about to finish. (Started the way {@code KafkaRaftServer} starts, the broker drops the markers of a commit it
 * reloads whenever the controller fences its previous incarnation in the middle: see {@link EmbeddedKafka}.)
 */
class EmbeddedKafkaKillIT {

    /** A killed producer's open transaction is aborted by the coordinator after its timeout (3 s) and check (10 s). */
    private static final Duration SETTLED = Duration.ofSeconds(40);

    private static final int KILLS = Integer.getInteger("tracker.kill.rounds", 3);

    @TempDir
    Path work;

    @Test
    void afterAKillDuringCommitsEveryTransactionIsFinishedAndReadersReachTheEnd() throws Exception {
        Path data = work.resolve("data");
        int port = DemoProcess.freePort();
        Random random = new Random(11);
        for (int round = 1; round <= KILLS; round++) {
            int kill = round;
            killDuringCommits(data, port, random);
            try (EmbeddedKafka kafka = EmbeddedKafka.start(data, port);
                    Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                // Run at once, while the coordinator may still be loading: it must not take a transaction the
                // coordinator is about to finish (or is finishing) for a hanging one.
                assertThat(new HangingTransactions(
                                        admin,
                                        TransactionsUnderKill.TOPIC::equals,
                                        "under-kill"::equals,
                                        Duration.ofSeconds(13),
                                        Clock.systemUTC())
                                .abortAll())
                        .as("aborted after kill %d", kill)
                        .isEmpty();
                await().atMost(SETTLED)
                        .pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(openTransactions(admin))
                                .as("partitions whose readers stop, after kill %d", kill)
                                .isEmpty());
            }
        }
    }

    /** Starts the child, waits until it commits in a loop, kills it with SIGKILL at a random moment of that loop. */
    private void killDuringCommits(Path data, int port, Random random) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "child", ".log");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        TransactionsUnderKill.class.getName(),
                        data.toString(),
                        Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> !child.isAlive() || Files.readString(log).contains(TransactionsUnderKill.LOOPING));
            assertThat(child.isAlive())
                    .as("the child runs; its output:\n%s", Files.readString(log))
                    .isTrue();
            Thread.sleep(200 + random.nextInt(800)); // a random moment of the commit loop
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Partitions of the topic whose last stable offset is behind their end: a transaction is still open there. */
    private static List<TopicPartition> openTransactions(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < TransactionsUnderKill.PARTITIONS; p++) {
            latest.put(new TopicPartition(TransactionsUnderKill.TOPIC, p), OffsetSpec.latest());
        }
        var committed = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all()
                .get();
        var end = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED))
                .all()
                .get();
        return latest.keySet().stream()
                .filter(tp -> committed.get(tp).offset() < end.get(tp).offset())
                .sorted(Comparator.comparing(TopicPartition::partition))
                .toList();
    }
}
