package com.actiontracker.runtime;

import com.actiontracker.connect.avro.TrackerAvroConverter;
import com.actiontracker.connect.notes.NoteFolderSourceConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorOffset;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorOffsets;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.storage.StringConverter;
import org.apache.kafka.connect.util.FutureCallback;

/**
 * The production Kafka Connect standalone worker, in this JVM, running the notes folder source connector. Its
 * source offsets (which files were published) live in a file under the data directory, so a restart re-sends
 * nothing.
 */
public final class EmbeddedConnect implements AutoCloseable {

    public static final String NOTES_CONNECTOR = "notes-folder";

    private final Connect<StandaloneHerder> connect;

    private EmbeddedConnect(Connect<StandaloneHerder> connect) {
        this.connect = connect;
    }

    /**
     * @param workerOverrides worker settings given by the user ({@code connect.*}); they win over the defaults here
     */
    public static EmbeddedConnect start(String bootstrapServers, Path dataDir, Map<String, String> workerOverrides,
                                        Map<String, String> connectorConfig) throws Exception {
        Path offsets = dataDir.toAbsolutePath().resolve("connect").resolve("offsets.dat");
        Files.createDirectories(offsets.getParent());
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", bootstrapServers);
        worker.put("key.converter", StringConverter.class.getName());
        worker.put("value.converter", TrackerAvroConverter.class.getName());
        worker.put("offset.storage.file.filename", offsets.toString());
        worker.put("offset.flush.interval.ms", "500");
        worker.put("listeners", "http://localhost:0");
        worker.put("plugin.discovery", "service_load");
        worker.put("task.shutdown.graceful.timeout.ms", "5000");
        worker.putAll(workerOverrides);
        Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(worker);
        EmbeddedConnect embedded = new EmbeddedConnect(connect);
        try {
            Map<String, String> config = new HashMap<>(connectorConfig);
            config.put("connector.class", NoteFolderSourceConnector.class.getName());
            embedded.run(NOTES_CONNECTOR, config);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            embedded.close();
            throw e;
        }
        return embedded;
    }

    /** Creates (or updates) a connector in this worker, with one task. */
    public void run(String name, Map<String, String> connectorConfig) throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, String> config = new HashMap<>(connectorConfig);
        config.put("name", name);
        config.put("tasks.max", "1");
        FutureCallback<Object> created = new FutureCallback<>();
        connect.herder().putConnectorConfig(name, config, true, (error, result) -> created.onCompletion(error, result));
        created.get(60, TimeUnit.SECONDS);
    }

    /** The note paths whose current revision the connector has published and committed. */
    public Set<String> committedPaths() throws ExecutionException, InterruptedException, TimeoutException {
        FutureCallback<ConnectorOffsets> callback = new FutureCallback<>();
        connect.herder().connectorOffsets(NOTES_CONNECTOR, callback);
        ConnectorOffsets offsets = callback.get(30, TimeUnit.SECONDS);
        return offsets.offsets().stream().map(ConnectorOffset::offset).flatMap(o -> o.keySet().stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
