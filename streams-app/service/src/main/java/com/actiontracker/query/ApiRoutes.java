package com.actiontracker.query;

import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.identity.OwnerLookup;
import com.actiontracker.identity.OwnerResolver;
import com.actiontracker.topology.StoreNames;
import com.actiontracker.topology.TrackerSerdes;
import com.actiontracker.tracking.ActionEvent.CommandType;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.CommandRule;
import com.actiontracker.tracking.OwnerLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each request of the API and web page answers, whatever HTTP server carries it. A request for a key held by
 * another instance is forwarded to it (once: a forwarded request that still misses answers 503, so two instances that
 * disagree during a rebalance cannot bounce a request forever).
 *
 * <pre>
 * GET /                               the web page (?asOf=YYYY-MM-DD for a past day)
 * GET /owners                         owners and their counts
 * GET /owners/{owner}/actions         ?status=open|overdue|done|cancelled|all; owner "(none)" for unowned actions
 * GET /actions/{id}                   one action with its history
 * POST /actions/{id}/done|cancel|reopen|assign (field owner)|redate (field due)|snooze (field until)|accept|dismiss
 *                                     sends the command, as the CLI's verb of the same name; a form post is answered
 *                                     303 back to the page section its field back names
 * GET /decisions, /risks, /questions
 * GET /notes/{path}                   a note's text, lines numbered (#L12)
 * GET /health, /metrics
 * </pre>
 */
final class ApiRoutes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApiRoutes.class);
    static final String FORWARDED = "X-Tracker-Forwarded";
    private static final String UNOWNED = "(none)";
    private static final String JSON = "application/json";
    /** The verbs of the page's buttons and the API: the CLI's command names. */
    private static final Map<String, CommandType> VERBS = verbs();

    private static final byte[] LIVE_SCRIPT = resource("live.js");
    /** Where a form post returns to: a section of the page. */
    private static final Pattern BACK = Pattern.compile("[a-z0-9-]{1,80}");

    /**
     * A request as the routes need it: the path and query as sent (still percent-encoded).
     *
     * @param crossSite sent by a browser from another site's page (a forged form post), which must change nothing
     * @param form      a form post (the page's buttons), answered with a redirect back to the page
     * @param rawForm   the body of a form post, still percent-encoded; null for other requests
     */
    record Request(
            String method,
            String rawPath,
            String rawQuery,
            boolean forwarded,
            boolean crossSite,
            boolean form,
            String rawForm,
            String accept) {
        Request(String method, String rawPath, String rawQuery, boolean forwarded) {
            this(method, rawPath, rawQuery, forwarded, false, false, null, null);
        }

        /** A browser navigating asks for HTML first; a program, and a request without Accept, gets JSON. */
        boolean wantsPage() {
            return accept != null && accept.contains("text/html");
        }
    }

    /** An answer. */
    record Body(int status, String type, byte[] content, Map<String, String> headers) {
        Body(int status, String type, String text) {
            this(status, type, text.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private final KafkaStreams streams;
    private final ClusterQueries cluster;
    private final PrometheusMetrics metrics;
    private final AlertSettings alerts;
    private final Clock clock;
    private final PageCommands commands;
    /** Sent to the other instances, which ask for the same token; null when none is set. */
    private final AccessToken token;
    /** A typed owner goes through the notes' aliases and vault owner first, as a written one does. */
    private final OwnerResolver owners;

    private final HttpClient forwarder =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ApiRoutes(
            KafkaStreams streams,
            HostInfo self,
            AlertSettings alerts,
            Clock clock,
            PageCommands commands,
            AccessToken token,
            OwnerResolver owners) {
        this.owners = owners;
        this.streams = streams;
        this.commands = commands;
        this.token = token;
        this.cluster = new ClusterQueries(streams, self, token);
        this.metrics = new PrometheusMetrics(streams);
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Stops the metrics' refresh of Kafka Streams' metric list. */
    @Override
    public void close() {
        metrics.close();
    }

    Body answer(Request request) {
        try {
            List<String> parts = segments(request.rawPath());
            if ("POST".equals(request.method())) {
                return command(request, parts);
            }
            if (!"GET".equals(request.method())) {
                return new Body(405, JSON, ApiJson.error("Only GET and POST are supported"));
            }
            return route(request, parts, query(request.rawQuery()));
        } catch (InvalidStateStoreException e) {
            return new Body(
                    503,
                    JSON,
                    ApiJson.error("Stores are moving between instances, try again: " + e.getMessage())
                            .getBytes(StandardCharsets.UTF_8),
                    Map.of("Retry-After", "1"));
        } catch (IllegalArgumentException e) {
            return new Body(400, JSON, ApiJson.error(e.getMessage()));
        } catch (RuntimeException e) {
            log.warn("Request {} failed", request.rawPath(), e);
            return new Body(500, JSON, ApiJson.error(e.toString()));
        }
    }

    private Body route(Request request, List<String> parts, Map<String, String> query) {
        LocalDate today = LocalDate.now(clock.withZone(alerts.clock().zone()));
        switch (parts.isEmpty() ? "" : parts.get(0)) {
            case "" -> {
                LocalDate day = query.containsKey("asOf") ? date(query.get("asOf")) : today;
                boolean live = !query.containsKey("asOf");
                Map<String, String> asked = new HashMap<>(query);
                asked.computeIfPresent("owner", (k, typed) -> typed.isBlank() ? typed : owners.resolve(typed));
                LedgerFilter filter = LedgerFilter.parse(asked, day);
                String sort = query.getOrDefault("sort", "due");
                if (!sort.equals("due") && !sort.equals("priority")) {
                    throw new IllegalArgumentException("sort must be due or priority; was " + sort);
                }
                List<ActionState> actions = cluster.actions();
                LedgerReport report = LedgerReport.build(day, actions, cluster.findings(), List.of());
                Optional<LocalDate> lookBack = live && filter.isEmpty() && report.nothingOpen()
                        ? LedgerReport.latestOverdueDay(actions, day)
                        : Optional.empty();
                List<String> everyone = report.owners().stream()
                        .map(LedgerReport.OwnerSection::owner)
                        .filter(Objects::nonNull)
                        .toList();
                LedgerReport shown = filter.apply(report);
                // One owner's page also draws their last weeks.
                List<OwnerTrend.Point> trend = filter.ownerIn(report)
                        .map(owner -> OwnerTrend.of(actions, owner, day, OwnerTrend.DAYS))
                        .orElse(List.of());
                return new Body(
                        200,
                        "text/html; charset=utf-8",
                        LedgerPage.render(
                                shown,
                                alerts.dueSoonDays(),
                                live,
                                new LedgerPage.Extras(lookBack, filter, everyone, trend, sort.equals("priority"))));
            }
            case "health" -> {
                KafkaStreams.State state = streams.state();
                boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
                return new Body(up ? 200 : 503, JSON, ApiJson.write(new ApiJson.Health(state.name())));
            }
            case "metrics" -> {
                return new Body(200, "text/plain; version=0.0.4; charset=utf-8", metrics.render());
            }
            case "owners" -> {
                return owners(request, parts, query, today);
            }
            case "actions" -> {
                require(parts.size() == 2, "GET /actions/{id}");
                return keyed(
                        request,
                        StoreNames.RESOLVED_ACTIONS,
                        parts.get(1),
                        () -> cluster.local()
                                .action(parts.get(1))
                                .map(action -> request.wantsPage()
                                        ? new Body(
                                                200,
                                                "text/html; charset=utf-8",
                                                LedgerPage.action(action.viewOnOrCurrent(today)))
                                        : new Body(200, JSON, ApiJson.action(action.viewOnOrCurrent(today))))
                                .orElse(new Body(404, JSON, ApiJson.error("No action " + parts.get(1)))));
            }
            case "decisions", "risks", "questions" -> {
                LedgerReport report = LedgerReport.build(today, List.of(), cluster.findings(), List.of());
                List<LedgerReport.Finding> findings = switch (parts.get(0)) {
                    case "decisions" -> report.decisions();
                    case "risks" -> report.risks();
                    default -> report.questions();
                };
                return new Body(200, JSON, ApiJson.findings(parts.get(0), today, findings));
            }
            case "notes" -> {
                String note = String.join("/", parts.subList(1, parts.size()));
                return keyed(
                        request,
                        StoreNames.NOTE_TEXT,
                        note,
                        () -> cluster.local()
                                .noteText(note)
                                .map(text -> new Body(200, "text/html; charset=utf-8", LedgerPage.note(note, text)))
                                .orElse(new Body(404, JSON, ApiJson.error("No note " + note))));
            }
            case "internal" -> {
                return internal(request.rawPath());
            }
            case "live.js" -> {
                require(parts.size() == 1, "GET " + LedgerPage.LIVE_SCRIPT);
                return new Body(
                        200,
                        "text/javascript; charset=utf-8",
                        LIVE_SCRIPT,
                        // A new release may change it: revalidated at most every ten minutes.
                        Map.of("Cache-Control", "max-age=600"));
            }
            default -> {
                return new Body(404, JSON, ApiJson.error("No such resource: " + request.rawPath()));
            }
        }
    }

    /**
     * POST /actions/{id}/{verb}: checks that the action exists and that the verb applies to it, then sends the command.
     * A command that would change nothing (done twice, a double click) is not sent.
     */
    private Body command(Request request, List<String> parts) {
        if (parts.size() != 3 || !parts.get(0).equals("actions") || !VERBS.containsKey(parts.get(2))) {
            return new Body(
                    405,
                    JSON,
                    ApiJson.error(
                            "POST only to /actions/{id}/{verb}, verb one of " + String.join(", ", VERBS.keySet())));
        }
        if (request.crossSite()) {
            return new Body(403, JSON, ApiJson.error("A page of another site cannot send commands"));
        }
        String id = parts.get(1);
        String verb = parts.get(2);
        CommandType type = VERBS.get(verb);
        Map<String, String> fields = new HashMap<>(query(request.rawQuery()));
        fields.putAll(query(request.rawForm()));
        String owner = fields.getOrDefault("owner", "").strip();
        if (type == CommandType.REASSIGN && owner.isEmpty()) {
            return new Body(400, JSON, ApiJson.error("assign needs the new owner: the form field owner"));
        }
        LocalDate today = LocalDate.now(clock.withZone(alerts.clock().zone()));
        LocalDate date = null;
        if (type == CommandType.REDATE || type == CommandType.SNOOZE) {
            String field = type == CommandType.REDATE ? "due" : "until";
            String value = fields.getOrDefault(field, "").strip();
            if (value.isEmpty()) {
                return new Body(400, JSON, ApiJson.error(verb + " needs a date: the form field " + field));
            }
            date = date(value);
            if (type == CommandType.SNOOZE && !date.isAfter(today)) {
                return new Body(
                        400, JSON, ApiJson.error("A snooze lasts until a later day than today (" + today + ")"));
            }
        }
        Request lookup = new Request(
                "GET", "/actions/" + URLEncoder.encode(id, StandardCharsets.UTF_8), null, request.forwarded());
        Body found = route(lookup, List.of("actions", id), Map.of());
        if (found.status() != 200) {
            return found;
        }
        CommandRule.Target action;
        try {
            action = ReportJson.commandTarget(found.content());
        } catch (IOException e) {
            throw new IllegalStateException("The action's own JSON cannot be read", e);
        }
        CommandRule.Verdict verdict =
                CommandRule.judge(type, action, type == CommandType.REASSIGN ? owner : null, date);
        if (verdict instanceof CommandRule.Verdict.Refused refused) {
            return new Body(409, JSON, ApiJson.error("Action " + id + " " + refused.reason()));
        }
        boolean changes = verdict instanceof CommandRule.Verdict.Send;
        if (changes) {
            try {
                commands.send(id, type, type == CommandType.REASSIGN ? owner : null, date);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Body(503, JSON, ApiJson.error("Interrupted while sending the command"));
            } catch (ExecutionException | RuntimeException e) {
                log.warn("Cannot send {} for {}", verb, id, e);
                return new Body(503, JSON, ApiJson.error("The command could not be sent: " + e.getMessage()));
            }
        }
        if (request.form()) {
            String location = backTo(fields.getOrDefault("back", ""), today);
            return new Body(303, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location));
        }
        return new Body(changes ? 202 : 200, JSON, ApiJson.write(new ApiJson.CommandAnswer(id, verb, changes)));
    }

    private Body owners(Request request, List<String> parts, Map<String, String> query, LocalDate today) {
        if (parts.size() == 1) {
            if (query.containsKey("asOf")) {
                LedgerReport report =
                        LedgerReport.build(date(query.get("asOf")), cluster.actions(), List.of(), List.of());
                return new Body(200, JSON, ApiJson.owners(report, alerts.dueSoonDays()));
            }
            return new Body(200, JSON, ApiJson.owners(cluster.ledgers(), today, alerts.dueSoonDays()));
        }
        require(parts.size() == 3 && parts.get(2).equals("actions"), "GET /owners/{owner}/actions");
        String owner = parts.get(1);
        if (!owner.equals(UNOWNED)) {
            List<String> owners = cluster.ledgers().stream()
                    .filter(l -> !l.items().isEmpty())
                    .map(OwnerLedger::owner)
                    .filter(o -> !o.equals(OwnerLedger.UNASSIGNED))
                    .toList();
            OwnerLookup.Match match = OwnerLookup.find(this.owners.resolve(owner), owners);
            if (match.owner().isEmpty()) {
                String reason = match.candidates().isEmpty()
                        ? "No owner " + owner + " (GET /owners lists them)"
                        : "Owner " + owner + " is ambiguous: " + String.join(" or ", match.candidates());
                return new Body(404, JSON, ApiJson.error(reason));
            }
            owner = match.owner().get();
        }
        String found = owner;
        String key = owner.equals(UNOWNED) ? OwnerLedger.UNASSIGNED : owner;
        ApiJson.StatusFilter filter = ApiJson.StatusFilter.parse(query.get("status"));
        return keyed(
                request,
                StoreNames.OWNER_LEDGER,
                key,
                () -> new Body(
                        200,
                        JSON,
                        ApiJson.ownerActions(found, cluster.local().ledger(key).orElse(null), filter, today)));
    }

    private Body internal(String path) {
        byte[] body = switch (path) {
            case ClusterQueries.INTERNAL_ACTIONS ->
                ClusterQueries.encode(cluster.local().actions(), TrackerSerdes.ACTION_STATE);
            case ClusterQueries.INTERNAL_FINDINGS ->
                ClusterQueries.encode(cluster.local().findings(), TrackerSerdes.FINDING_STATE);
            case ClusterQueries.INTERNAL_LEDGERS ->
                ClusterQueries.encode(cluster.local().ledgers(), TrackerSerdes.OWNER_LEDGER);
            default -> null;
        };
        return body == null
                ? new Body(404, JSON, ApiJson.error("No such resource: " + path))
                : new Body(200, "application/octet-stream", body, Map.of());
    }

    /** Answers from this instance when it holds the key, else forwards the request to the instance that does. */
    private Body keyed(Request request, String store, String key, Supplier<Body> local) {
        Optional<HostInfo> holder = cluster.holderOf(store, key);
        if (holder.isEmpty()) {
            throw new InvalidStateStoreException("no instance holds " + store + " for now");
        }
        if (holder.get().equals(cluster.self())) {
            return local.get();
        }
        if (request.forwarded()) {
            throw new InvalidStateStoreException("forwarded here, but held by " + holder.get());
        }
        HostInfo host = holder.get();
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port()
                        + request.rawPath() + (request.rawQuery() == null ? "" : "?" + request.rawQuery())))
                .header(FORWARDED, cluster.self().toString())
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (request.accept() != null) {
            forward.header("Accept", request.accept());
        }
        if (token != null) {
            forward.header("Authorization", token.authorization());
        }
        try {
            HttpResponse<byte[]> response = forwarder.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Body(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(JSON),
                    response.body(),
                    Map.of());
        } catch (IOException e) {
            throw new InvalidStateStoreException("instance " + host + " is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidStateStoreException("interrupted");
        }
    }

    private static byte[] resource(String name) {
        try (var in = ApiRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks " + name + " beside " + ApiRoutes.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, CommandType> verbs() {
        Map<String, CommandType> verbs = new LinkedHashMap<>();
        verbs.put("done", CommandType.COMPLETE);
        verbs.put("cancel", CommandType.CANCEL);
        verbs.put("reopen", CommandType.REOPEN);
        verbs.put("assign", CommandType.REASSIGN);
        verbs.put("redate", CommandType.REDATE);
        verbs.put("snooze", CommandType.SNOOZE);
        verbs.put("accept", CommandType.ACCEPT);
        verbs.put("dismiss", CommandType.DISMISS);
        return Collections.unmodifiableMap(verbs);
    }

    /**
     * Where a form post returns: the page section its {@code back} names, on the filtered page the button was on
     * ({@code section?owner=...&sort=priority}). The filter is read and written anew, so the address holds only what
     * the page's own filter would write; a part that does not read is dropped.
     */
    static String backTo(String back, LocalDate today) {
        int mark = back.indexOf('?');
        String section = mark < 0 ? back : back.substring(0, mark);
        StringBuilder location = new StringBuilder("/");
        if (mark >= 0) {
            Map<String, String> asked = query(back.substring(mark + 1));
            List<String> fields = new ArrayList<>();
            try {
                LedgerFilter.parse(asked, today)
                        .fields()
                        .forEach(f -> fields.add(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                fields.clear();
            }
            if ("priority".equals(asked.get("sort"))) {
                fields.add("sort=priority");
            }
            if (!fields.isEmpty()) {
                location.append('?').append(String.join("&", fields));
            }
        }
        if (BACK.matcher(section).matches()) {
            location.append('#').append(section);
        }
        return location.toString();
    }

    private static List<String> segments(String rawPath) {
        return Arrays.stream(rawPath.split("/"))
                .filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8))
                .toList();
    }

    /** The fields of a query string or a form body; the last of a repeated name wins. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
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
}
