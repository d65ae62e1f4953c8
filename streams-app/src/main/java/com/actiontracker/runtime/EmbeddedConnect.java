package com.actiontracker.runtime;

import com.actiontracker.connect.avro.TrackerAvroConverter;
import com.actiontracker.connect.notes.NoteFolderOffsets;
import com.actiontracker.connect.notes.NoteFolderSourceConnector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;
import org.apache.kafka.connect.runtime.Worker;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.runtime.isolation.Plugins;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorOffset;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorOffsets;
import org.apache.kafka.connect.runtime.standalone.StandaloneConfig;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.storage.FileOffsetBackingStore;
import org.apache.kafka.connect.storage.OffsetBackingStore;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * The production Kafka Connect standalone worker, in this JVM, running the notes folder source connector. Its
 * source offsets (which files were published) live in a file under the data directory, so a restart re-sends
 * nothing.
 *
 * <p>The worker has no REST API. {@code ConnectStandalone} always starts one, and Connect's REST API answers a
 * connector's configuration as it was given: anyone on the machine could read a Slack webhook from it. This process
 * manages its connectors itself, so the worker is built here the way {@code ConnectStandalone.createHerder} builds it,
 * without the server: plugins, the file offset store, the worker and the standalone herder.
 */
public final class EmbeddedConnect implements AutoCloseable {

    public static final String NOTES_CONNECTOR = "notes-folder";
    private static final String WORKER_ID = "embedded";

    private final StandaloneHerder herder;

    private EmbeddedConnect(StandaloneHerder herder) {
        this.herder = herder;
    }

    /**
     * @param workerOverrides worker settings given by the user ({@code connect.*}) and the config providers that
     *                        resolve secret references; they win over the defaults here
     */
    public static EmbeddedConnect start(
            String bootstrapServers,
            Path dataDir,
            Map<String, String> workerOverrides,
            Map<String, String> connectorConfig)
            throws IOException, ExecutionException, InterruptedException, TimeoutException {
        Path offsets = dataDir.toAbsolutePath().resolve("connect").resolve("offsets.dat");
        Files.createDirectories(offsets.getParent());
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", bootstrapServers);
        worker.put("key.converter", StringConverter.class.getName());
        worker.put("value.converter", TrackerAvroConverter.class.getName());
        worker.put("offset.storage.file.filename", offsets.toString());
        worker.put("offset.flush.interval.ms", "500");
        worker.put("plugin.discovery", "service_load");
        worker.put("task.shutdown.graceful.timeout.ms", "5000");
        worker.putAll(workerOverrides);
        Plugins plugins = new Plugins(worker);
        plugins.compareAndSwapWithDelegatingLoader();
        StandaloneConfig config = new StandaloneConfig(worker);
        ConnectorClientConfigOverridePolicy policy = plugins.newPlugin(
                config.getString(WorkerConfig.CONNECTOR_CLIENT_POLICY_CLASS_CONFIG),
                config,
                ConnectorClientConfigOverridePolicy.class);
        OffsetBackingStore offsetStore = new FileOffsetBackingStore(plugins.newInternalConverter(
                true, JsonConverter.class.getName(), Map.of(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, "false")));
        offsetStore.configure(config);
        StandaloneHerder herder = new StandaloneHerder(
                new Worker(WORKER_ID, Time.SYSTEM, plugins, config, offsetStore, policy),
                config.kafkaClusterId(),
                policy);
        herder.start();
        EmbeddedConnect embedded = new EmbeddedConnect(herder);
        try {
            Map<String, String> notes = new HashMap<>(connectorConfig);
            notes.put("connector.class", NoteFolderSourceConnector.class.getName());
            embedded.run(NOTES_CONNECTOR, notes);
            herder.ready();
        } catch (ExecutionException | TimeoutException | InterruptedException | RuntimeException e) {
            embedded.close();
            throw e;
        }
        return embedded;
    }

    /** Creates (or updates) a connector in this worker, with one task. */
    public void run(String name, Map<String, String> connectorConfig)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, String> config = new HashMap<>(connectorConfig);
        config.put("name", name);
        config.put("tasks.max", "1");
        FutureCallback<Object> created = new FutureCallback<>();
        herder.putConnectorConfig(name, config, true, (error, result) -> created.onCompletion(error, result));
        created.get(60, TimeUnit.SECONDS);
    }

    /** The note paths whose current revision the connector has published and committed. */
    public Set<String> committedPaths() throws ExecutionException, InterruptedException, TimeoutException {
        FutureCallback<ConnectorOffsets> callback = new FutureCallback<>();
        herder.connectorOffsets(NOTES_CONNECTOR, callback);
        ConnectorOffsets offsets = callback.get(30, TimeUnit.SECONDS);
        // Only the buckets: the single manifest of an older release stays behind, stale, once it has been moved.
        // A bucket committed while still empty is listed without an offset.
        return offsets.offsets().stream()
                .filter(o -> NoteFolderOffsets.isBucket(o.partition()) && o.offset() != null)
                .map(ConnectorOffset::offset)
                .flatMap(o -> o.keySet().stream())
                .collect(Collectors.toSet());
    }

    @Override
    public void close() {
        herder.stop();
    }
}
