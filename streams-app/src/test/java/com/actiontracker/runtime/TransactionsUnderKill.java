package com.actiontracker.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The child process of {@link EmbeddedKafkaKillIT}: the embedded broker and a transactional producer that writes to
 * every partition of a topic (many, so that writing the markers of a commit takes a while) and commits, as fast as
 * it can, until it is killed. Much of its time is spent between
 * a commit's decision and its markers, the moment a kill leaves the transaction state to recover.
 */
public final class TransactionsUnderKill {

    static final String TOPIC = "load";
    static final int PARTITIONS = 120;
    static final String LOOPING = "committing in a loop";

    private TransactionsUnderKill() {}

    public static void main(String[] args) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(Path.of(args[0]), Integer.parseInt(args[1]));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1)))
                        .all()
                        .get();
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG, "under-kill",
                        ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "3000"),
                new StringSerializer(),
                new StringSerializer())) {
            producer.initTransactions();
            for (long n = 0; ; n++) {
                producer.beginTransaction();
                for (int p = 0; p < PARTITIONS; p++) {
                    producer.send(new ProducerRecord<>(TOPIC, p, "k", Long.toString(n)));
                }
                producer.commitTransaction();
                if (n == 10) {
                    System.out.println(LOOPING);
                    System.out.flush();
                }
            }
        }
    }
}
