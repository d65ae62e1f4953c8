package com.actiontracker.topology;

import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.DeadLetterStage;
import com.actiontracker.schemas.AvroSerde;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any record that a processor or a deserializer cannot handle goes to the dead-letter topic as a {@link DeadLetter}
 * with the reason and the original bytes, and the application goes on (Kafka Streams' dead letter queue, KIP-1034,
 * with our own record format). Failures a processor expects (an unreadable note) it routes itself.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler {

    /** Streams config key naming the dead-letter topic; set by the app from its topic prefix. */
    public static final String TOPIC_CONFIG = "tracker.dead-letter.topic";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);
    private static final AvroSerde<DeadLetter> LETTERS = AvroSerde.of(DeadLetter.class);

    /**
     * Dead letters written by the handlers of each application in this JVM. Kafka Streams counts them in its
     * {@code dropped-records-total}, together with what its DSL operators drop on their own (a null key, a null
     * foreign key: KIP-1328), which are not dead letters; this count is what went to the topic, and nothing else.
     */
    private static final Map<String, LongAdder> SENT = new ConcurrentHashMap<>();

    private String topic = Topics.DEFAULT.deadLetters();
    private LongAdder sent = new LongAdder();

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(TOPIC_CONFIG);
        if (configured != null) {
            topic = configured.toString();
        }
        Object application = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
        sent = SENT.computeIfAbsent(String.valueOf(application), a -> new LongAdder());
    }

    /** How many dead letters the handlers of this application have written since this JVM started. */
    public static long sent(String applicationId) {
        LongAdder count = SENT.get(applicationId);
        return count == null ? 0 : count.sum();
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(
            ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        log.warn(
                "Cannot deserialize {}-{}@{}: {}",
                context.topic(),
                context.partition(),
                context.offset(),
                exception.toString());
        return DeserializationExceptionHandler.Response.resume(
                letter(context, DeadLetterStage.DESERIALIZE, exception, record.key(), record.value()));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(
            ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        log.warn(
                "Cannot process {}-{}@{} in {}: {}",
                context.topic(),
                context.partition(),
                context.offset(),
                context.processorNodeId(),
                exception.toString());
        return ProcessingExceptionHandler.Response.resume(
                letter(context, DeadLetterStage.PROCESS, exception, context.sourceRawKey(), context.sourceRawValue()));
    }

    private List<ProducerRecord<byte[], byte[]>> letter(
            ErrorHandlerContext context, DeadLetterStage stage, Exception exception, byte[] key, byte[] value) {
        String reason = exception.getMessage() == null ? exception.toString() : exception.getMessage();
        DeadLetter letter = DeadLetters.of(
                stage,
                reason,
                exception,
                null,
                new DeadLetters.Origin(context.topic(), context.partition(), context.offset()),
                key,
                value,
                Instant.ofEpochMilli(context.timestamp()));
        sent.increment();
        return List.of(new ProducerRecord<>(topic, null, context.timestamp(), key, LETTERS.encode(letter)));
    }
}
