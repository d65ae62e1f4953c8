package com.actiontracker.connect.slack;

import com.actiontracker.connect.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.ExponentialBackoff;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers alerts and digests to Slack. Retries follow Connect's conventions: a {@link RetriableException} makes the
 * worker hand the same batch back after {@code context.timeout}, and notices posted before the failure are skipped
 * the second time because the delivery log has them. A message Slack will never accept sends its records to the
 * connector's dead-letter topic; a refused credential stops the task.
 */
public final class SlackSinkTask extends SinkTask {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSinkTask.class);

    private final Time time;
    private SlackSinkConfig config;
    private SlackClient client;
    private MessageComposer composer;
    private ChannelPacer pacer;
    private DeliveryLog log;
    private ExponentialBackoff backoff;
    private int failures;
    private long notBeforeNanos;
    private long nextExpiryAt;
    // Records already sent to the dead-letter topic, so that a batch handed back after a retry does not send them
    // twice. Bounded: only the records of the batches in flight matter.
    private final Set<String> reported = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 10_000;
        }
    });

    public SlackSinkTask() {
        this(Time.SYSTEM);
    }

    SlackSinkTask(Time time) {
        this.time = time;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        config = new SlackSinkConfig(props);
        client = new SlackClient(config);
        composer = new MessageComposer(
                config.routes(), config.webhookMode(), config.sourceUrlPrefix(), config.alertsPerMessage());
        pacer = new ChannelPacer(time, config.channelInterval());
        backoff = new ExponentialBackoff(
                config.retryBackoff().toMillis(), 2, config.retryBackoffMax().toMillis(), 0.2);
        log = DeliveryLog.open(config, "slack-sink-delivery-log-" + props.getOrDefault("name", "task"));
        notBeforeNanos = time.nanoseconds();
        expireDeliveries();
        LOG.info(
                "Slack sink started ({} mode); {} deliveries in {}",
                config.webhookMode() ? "webhook" : "bot token",
                log.size(),
                config.deliveryLogTopic());
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        // The worker may hand a batch back before Retry-After has passed (an offset commit wakes it up early).
        long wait = notBeforeNanos - time.nanoseconds();
        if (wait > 0) {
            retryLater(Duration.ofNanos(wait), "still waiting before the next request to Slack");
        }
        Map<String, List<SinkRecord>> recordsById = new LinkedHashMap<>();
        List<Notice> pending = new ArrayList<>();
        for (SinkRecord record : records) {
            if (record.value() == null) {
                continue; // a tombstone tells nobody anything
            }
            Notice notice;
            try {
                notice = NoticeReader.read(record.value());
            } catch (DataException | ClassCastException e) {
                report(record, new DataException("Not a tracker alert or digest: " + e.getMessage(), e));
                continue;
            }
            if (record.timestamp() != null && log.tooOldToTell(record.timestamp(), time.milliseconds())) {
                LOG.debug(
                        "Skipping {}: older than {} ({}), the delivery log no longer knows whether it was posted",
                        notice.id(),
                        SlackSinkConfig.DELIVERY_LOG_RETENTION_MS,
                        config.deliveryLogRetention());
                continue;
            }
            if (log.delivered(notice.id())) {
                LOG.debug("Skipping {}: already posted", notice.id());
                continue;
            }
            if (!recordsById.containsKey(notice.id())) {
                pending.add(notice);
            }
            recordsById.computeIfAbsent(notice.id(), id -> new ArrayList<>()).add(record);
        }
        for (SlackMessage message : composer.compose(pending, log::thread)) {
            deliver(message, recordsById);
        }
        failures = 0;
    }

    /**
     * Expiry runs at start and then at offset commits, ten times per retention and at most hourly: an entry outlives
     * the retention by a tenth at most.
     */
    private void expireDeliveries() {
        long now = time.milliseconds();
        int expired = log.expire(now);
        if (expired > 0) {
            LOG.info("{} deliveries older than {} left the delivery log", expired, config.deliveryLogRetention());
        }
        nextExpiryAt = now
                + Math.min(
                        Duration.ofHours(1).toMillis(),
                        config.deliveryLogRetention().toMillis() / 10);
    }

    private void deliver(SlackMessage message, Map<String, List<SinkRecord>> recordsById) {
        pacer.awaitTurn(message.channel());
        SlackReply reply = client.post(message);
        if (reply instanceof SlackReply.Posted posted) {
            log.record(message.notices(), posted.channel(), posted.ts(), time.milliseconds());
        } else if (reply instanceof SlackReply.RateLimited limited) {
            retryLater(limited.retryAfter(), "Slack answered 429 Too Many Requests");
        } else if (reply instanceof SlackReply.Unavailable unavailable) {
            retryLater(
                    Duration.ofMillis(backoff.backoff(failures++)),
                    "Slack is unavailable (" + unavailable.reason() + ")");
        } else if (reply instanceof SlackReply.Rejected rejected) {
            if (rejected.payload() && message.splittable()) {
                composer.oneByOne(message).forEach(single -> deliver(single, recordsById));
                return;
            }
            String where = message.channel() == null ? "the webhook's channel" : "channel " + message.channel();
            for (Notice notice : message.notices()) {
                for (SinkRecord record : recordsById.getOrDefault(notice.id(), List.of())) {
                    report(
                            record,
                            new ConnectException("Slack rejected the message for " + where + ": " + rejected.error()));
                }
            }
        } else if (reply instanceof SlackReply.Refused refused) {
            throw new ConnectException("Slack refused the credentials in "
                    + (config.webhookMode() ? SlackSinkConfig.WEBHOOK_URL : SlackSinkConfig.BOT_TOKEN) + ": "
                    + refused.error()
                    + ". Fix the connector configuration and restart the task.");
        }
    }

    private void retryLater(Duration wait, String why) {
        notBeforeNanos = time.nanoseconds() + wait.toNanos();
        context.timeout(Math.max(1, wait.toMillis()));
        LOG.warn("{}; retrying in {} ms", why, wait.toMillis());
        throw new RetriableException(why + "; retrying in " + wait.toMillis() + " ms");
    }

    private void report(SinkRecord record, Exception error) {
        if (!reported.add(record.topic() + "/" + record.kafkaPartition() + "@" + record.kafkaOffset())) {
            return;
        }
        ErrantRecordReporter reporter = context.errantRecordReporter();
        if (reporter == null) {
            throw new ConnectException(
                    error.getMessage() + " (topic " + record.topic() + ", partition "
                            + record.kafkaPartition() + ", offset " + record.kafkaOffset()
                            + "). Set errors.tolerance=all and"
                            + " errors.deadletterqueue.topic.name to move such records aside and keep going.",
                    error);
        }
        LOG.warn(
                "Sending {}-{}@{} to the dead-letter topic: {}",
                record.topic(),
                record.kafkaPartition(),
                record.kafkaOffset(),
                error.getMessage());
        reporter.report(record, error);
    }

    /** Called at every offset commit, with or without records: where expiry runs when no alert comes. */
    @Override
    public Map<TopicPartition, OffsetAndMetadata> preCommit(Map<TopicPartition, OffsetAndMetadata> currentOffsets) {
        if (time.milliseconds() >= nextExpiryAt) {
            expireDeliveries();
        }
        return super.preCommit(currentOffsets);
    }

    @Override
    public void stop() {
        if (log != null) {
            log.close();
        }
    }
}
