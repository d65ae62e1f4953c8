package com.actiontracker.runtime;

import com.actiontracker.avro.CommandType;
import com.actiontracker.query.TrackerHttpServer;
import com.actiontracker.tracking.EnumMapping;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The streams app with its HTTP API: the port is bound first, so the instance can advertise it to the others
 * ({@code application.server}) and a query for a key held elsewhere can be forwarded there.
 */
public final class TrackerService implements AutoCloseable {

    private final TrackerApp app;
    private final TrackerHttpServer http;
    private final HostInfo self;
    private final CommandPublisher commands;

    private TrackerService(TrackerApp app, TrackerHttpServer http, HostInfo self, CommandPublisher commands) {
        this.app = app;
        this.http = http;
        this.self = self;
        this.commands = commands;
    }

    public static TrackerService start(TrackerConfig config, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        TrackerHttpServer http = TrackerHttpServer.bind(config.httpSettings());
        HostInfo self = new HostInfo(config.advertisedHost(), http.port());
        TrackerApp app = null;
        CommandPublisher commands = null;
        try {
            Map<String, Object> props = new HashMap<>(config.originals());
            props.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
            TrackerConfig advertised = new TrackerConfig(props);
            app = TrackerApp.create(advertised);
            CommandPublisher publisher = new CommandPublisher(advertised.bootstrapServers(), advertised.topics());
            commands = publisher;
            http.start(
                    app.streams(),
                    self,
                    advertised.alertSettings(),
                    Clock.systemUTC(),
                    (id, type, owner, date) ->
                            publisher.send(id, EnumMapping.convert(type, CommandType.class), owner, date, "web page"),
                    app.ownerResolver());
            app.start(timeout);
            return new TrackerService(app, http, self, commands);
        } catch (IOException | InterruptedException | TimeoutException | RuntimeException e) {
            http.close();
            if (commands != null) {
                commands.close();
            }
            if (app != null) {
                app.close();
            }
            throw e;
        }
    }

    public TrackerApp app() {
        return app;
    }

    /** The page's address. */
    public String url() {
        return "http://" + self.host() + ":" + self.port() + "/";
    }

    public int port() {
        return self.port();
    }

    @Override
    public void close() {
        try {
            http.close();
            commands.close();
        } finally {
            app.close();
        }
    }
}
