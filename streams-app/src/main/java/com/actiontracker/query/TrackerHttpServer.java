package com.actiontracker.query;

import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.topology.TrackerSerdes;
import com.actiontracker.topology.TrackerTopology;
import com.actiontracker.tracking.OwnerLedger;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and web page, on the JDK's built-in server (enough for a handful of GETs; no framework to carry).
 * A request for a key held by another instance is forwarded to it (once: a forwarded request that still misses
 * answers 503, so two instances that disagree during a rebalance cannot bounce a request forever).
 *
 * <pre>
 * GET /                               the web page (?asOf=YYYY-MM-DD for a past day)
 * GET /owners                         owners and their counts
 * GET /owners/{owner}/actions         ?status=open|overdue|done|cancelled|all; owner "(none)" for unowned actions
 * GET /actions/{id}                   one action with its history
 * GET /decisions, /risks, /questions
 * GET /notes/{path}                   a note's text, lines numbered (#L12)
 * GET /health, /metrics
 * </pre>
 */
public final class TrackerHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TrackerHttpServer.class);
    private static final String FORWARDED = "X-Tracker-Forwarded";
    private static final String UNOWNED = "(none)";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "tracker-http");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient forwarder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private KafkaStreams streams;
    private ClusterQueries cluster;
    private PrometheusMetrics metrics;
    private AlertSettings alerts;
    private Clock clock;

    private TrackerHttpServer(HttpServer server) {
        this.server = server;
    }

    /** Binds the port now (0 picks one), so the app can advertise it before Kafka Streams starts. */
    public static TrackerHttpServer bind(int port) throws IOException {
        return new TrackerHttpServer(HttpServer.create(new InetSocketAddress(port), 0));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Starts answering for a Streams instance advertised as {@code self}. */
    public void start(KafkaStreams streams, HostInfo self, AlertSettings alerts, Clock clock) {
        this.streams = streams;
        this.cluster = new ClusterQueries(streams, self);
        this.metrics = new PrometheusMetrics(streams);
        this.alerts = alerts;
        this.clock = clock;
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "application/json", ApiJson.error("Only GET is supported"));
                return;
            }
            route(exchange, exchange.getRequestURI().getRawPath(), query(exchange.getRequestURI()));
        } catch (InvalidStateStoreException e) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, 503, "application/json", ApiJson.error("Stores are moving between instances, try again: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            send(exchange, 400, "application/json", ApiJson.error(e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("Request {} failed", exchange.getRequestURI(), e);
            send(exchange, 500, "application/json", ApiJson.error(e.toString()));
        }
    }

    private void route(HttpExchange ex, String path, Map<String, String> query) throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(alerts.clock().zone()));
        List<String> parts = segments(path);
        switch (parts.isEmpty() ? "" : parts.get(0)) {
            case "" -> {
                LocalDate day = query.containsKey("asOf") ? date(query.get("asOf")) : today;
                LedgerReport report = LedgerReport.build(day, cluster.actions(), cluster.findings(), List.of());
                send(ex, 200, "text/html; charset=utf-8", LedgerPage.render(report, alerts.dueSoonDays(), !query.containsKey("asOf")));
            }
            case "health" -> {
                KafkaStreams.State state = streams.state();
                boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
                send(ex, up ? 200 : 503, "application/json", ApiJson.write(ApiJson.MAPPER.createObjectNode().put("status", state.name())));
            }
            case "metrics" -> send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.render());
            case "owners" -> owners(ex, parts, query, today);
            case "actions" -> {
                require(parts.size() == 2, "GET /actions/{id}");
                keyed(ex, TrackerTopology.RESOLVED_ACTIONS_STORE, parts.get(1), () -> cluster.local().action(parts.get(1))
                        .map(action -> new Body(200, "application/json", ApiJson.action(action.viewOnOrCurrent(today))))
                        .orElse(new Body(404, "application/json", ApiJson.error("No action " + parts.get(1)))));
            }
            case "decisions", "risks", "questions" -> {
                LedgerReport report = LedgerReport.build(today, List.of(), cluster.findings(), List.of());
                List<LedgerReport.Finding> findings = switch (parts.get(0)) {
                    case "decisions" -> report.decisions();
                    case "risks" -> report.risks();
                    default -> report.questions();
                };
                send(ex, 200, "application/json", ApiJson.findings(parts.get(0), today, findings));
            }
            case "notes" -> {
                String note = String.join("/", parts.subList(1, parts.size()));
                keyed(ex, TrackerTopology.NOTE_TEXT_STORE, note, () -> cluster.local().noteText(note)
                        .map(text -> new Body(200, "text/html; charset=utf-8", LedgerPage.note(note, text)))
                        .orElse(new Body(404, "application/json", ApiJson.error("No note " + note))));
            }
            case "internal" -> internal(ex, path);
            default -> send(ex, 404, "application/json", ApiJson.error("No such resource: " + path));
        }
    }

    private void owners(HttpExchange ex, List<String> parts, Map<String, String> query, LocalDate today) throws IOException {
        if (parts.size() == 1) {
            send(ex, 200, "application/json", ApiJson.owners(cluster.ledgers(), today, alerts.dueSoonDays()));
            return;
        }
        require(parts.size() == 3 && parts.get(2).equals("actions"), "GET /owners/{owner}/actions");
        String owner = parts.get(1);
        String key = owner.equals(UNOWNED) ? OwnerLedger.UNASSIGNED : owner;
        ApiJson.StatusFilter filter = ApiJson.StatusFilter.parse(query.get("status"));
        keyed(ex, TrackerTopology.OWNER_LEDGER_STORE, key, () -> new Body(200, "application/json",
                ApiJson.ownerActions(owner, cluster.local().ledger(key).orElse(null), filter, today)));
    }

    private void internal(HttpExchange ex, String path) throws IOException {
        byte[] body = switch (path) {
            case ClusterQueries.INTERNAL_ACTIONS -> ClusterQueries.encode(cluster.local().actions(), TrackerSerdes.ACTION_STATE);
            case ClusterQueries.INTERNAL_FINDINGS -> ClusterQueries.encode(cluster.local().findings(), TrackerSerdes.FINDING_STATE);
            case ClusterQueries.INTERNAL_LEDGERS -> ClusterQueries.encode(cluster.local().ledgers(), TrackerSerdes.OWNER_LEDGER);
            default -> null;
        };
        if (body == null) {
            send(ex, 404, "application/json", ApiJson.error("No such resource: " + path));
        } else {
            send(ex, 200, "application/octet-stream", body);
        }
    }

    /** Answers from this instance when it holds the key, else forwards the request to the instance that does. */
    private void keyed(HttpExchange ex, String store, String key, java.util.function.Supplier<Body> local) throws IOException {
        Optional<HostInfo> holder = cluster.holderOf(store, key);
        if (holder.isEmpty()) {
            throw new InvalidStateStoreException("no instance holds " + store + " for now");
        }
        if (holder.get().equals(cluster.self())) {
            Body body = local.get();
            send(ex, body.status, body.type, body.text);
            return;
        }
        if (ex.getRequestHeaders().containsKey(FORWARDED)) {
            throw new InvalidStateStoreException("forwarded here, but held by " + holder.get());
        }
        HostInfo host = holder.get();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port()
                        + ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery())))
                .header(FORWARDED, cluster.self().toString()).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<byte[]> response = forwarder.send(request, HttpResponse.BodyHandlers.ofByteArray());
            send(ex, response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/json"), response.body());
        } catch (IOException e) {
            throw new InvalidStateStoreException("instance " + host + " is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidStateStoreException("interrupted");
        }
    }

    private record Body(int status, String type, String text) {
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static List<String> segments(String rawPath) {
        return java.util.Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static void require(boolean ok, String usage) {
        if (!ok) {
            throw new IllegalArgumentException("Expected " + usage);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
