package com.actiontracker.connect.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * A local stand-in for Slack that enforces what Slack documents for incoming webhooks and chat.postMessage: JSON
 * bodies, text or blocks, at most 50 blocks, section texts of at most 3000 characters, known and unarchived
 * channels, a bot token in the Authorization header; answers {@code ok} or the documented error codes; can be told to
 * answer the next requests with 429 + Retry-After or 5xx; records every message it accepted and every error it gave.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String TOKEN = "xoxb-fake-0000-secret";
    public static final String WEBHOOK_CHANNEL = "C0WEBHOOK";
    private static final String WEBHOOK_PATH = "/services/T0FAKE/B0FAKE/s3cr3tW3bh00k";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> BLOCK_TYPES =
            Set.of("section", "context", "header", "divider", "actions", "image", "rich_text");

    /** A message Slack accepted. {@code ts} is the id Slack gave it; {@code threadTs} the thread it replied to. */
    public record Message(String channel, String ts, String threadTs, JsonNode body, long receivedNanos) {

        /** The fallback text and the text of every block, as a person would read them. */
        public String content() {
            StringBuilder all = new StringBuilder(body.path("text").asText());
            for (JsonNode block : body.path("blocks")) {
                all.append('\n').append(block.path("text").path("text").asText());
                block.path("elements")
                        .forEach(e -> all.append('\n').append(e.path("text").asText()));
            }
            return all.toString();
        }

        public int blockCount() {
            return body.path("blocks").size();
        }
    }

    /** An error answer, with when it was given. */
    public record Refusal(int status, String error, long sentNanos) {}

    private record Scripted(int status, Map<String, String> headers, String body) {}

    private final HttpServer server;
    private final List<Message> messages = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final Deque<Scripted> script = new ArrayDeque<>();
    private final Set<String> channels = new HashSet<>(Set.of(WEBHOOK_CHANNEL, "C0GENERAL"));
    private final Set<String> archived = new HashSet<>();
    private final Set<String> users = new HashSet<>();
    private final Map<String, Long> lastPostNanos = new HashMap<>();
    private Duration minInterval = Duration.ZERO;
    private long sequence;

    private FakeSlack(HttpServer server) {
        this.server = server;
    }

    public static FakeSlack start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeSlack slack = new FakeSlack(server);
        server.createContext("/", slack::handle);
        server.start();
        return slack;
    }

    public String webhookUrl() {
        return base() + WEBHOOK_PATH;
    }

    /** A webhook path Slack does not know (a deleted or mistyped webhook). */
    public String unknownWebhookUrl() {
        return base() + "/services/T0FAKE/B0GONE/n0tAh00k";
    }

    public String apiUrl() {
        return base() + "/api/";
    }

    private String base() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort();
    }

    public synchronized FakeSlack channel(String id) {
        channels.add(id);
        return this;
    }

    public synchronized FakeSlack archive(String id) {
        archived.add(id);
        return this;
    }

    public synchronized FakeSlack user(String id) {
        users.add(id);
        return this;
    }

    /** Answers 429 to a second message for one channel within this interval, as Slack does to bursts. */
    public synchronized FakeSlack limitRate(Duration interval) {
        minInterval = interval;
        return this;
    }

    public synchronized void rateLimitNext(int count, int retryAfterSeconds) {
        for (int i = 0; i < count; i++) {
            script.add(new Scripted(429, Map.of("Retry-After", Integer.toString(retryAfterSeconds)), "rate_limited"));
        }
    }

    public synchronized void failNext(int count, int status) {
        for (int i = 0; i < count; i++) {
            script.add(new Scripted(status, Map.of(), "<html>upstream error</html>"));
        }
    }

    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    public synchronized List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            synchronized (this) {
                answer(exchange, bytes);
            }
        }
    }

    private void answer(HttpExchange exchange, byte[] bytes) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean webhook = path.startsWith("/services/");
        if (!"POST".equals(exchange.getRequestMethod())) {
            send(exchange, 405, Map.of(), "method_not_allowed");
            return;
        }
        if (!script.isEmpty()) {
            Scripted next = script.poll();
            send(
                    exchange,
                    next.status(),
                    next.headers(),
                    webhook || next.status() >= 500 ? next.body() : "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        if (webhook) {
            webhook(exchange, path, bytes);
        } else if (path.equals("/api/chat.postMessage")) {
            postMessage(exchange, bytes);
        } else {
            send(exchange, 404, Map.of(), "unknown_method");
        }
    }

    private void webhook(HttpExchange exchange, String path, byte[] bytes) throws IOException {
        if (!path.equals(WEBHOOK_PATH)) {
            webhookError(exchange, 404, "no_service");
            return;
        }
        JsonNode body = json(exchange, bytes);
        String error = body == null ? "invalid_payload" : payloadError(body);
        if (error != null) {
            webhookError(exchange, 400, error);
        } else if (archived.contains(WEBHOOK_CHANNEL)) {
            webhookError(exchange, 410, "channel_is_archived");
        } else if (tooSoon(exchange, WEBHOOK_CHANNEL, true)) {
            return;
        } else {
            messages.add(new Message(WEBHOOK_CHANNEL, nextTs(), null, body, System.nanoTime()));
            send(exchange, 200, Map.of(), "ok");
        }
    }

    private void postMessage(HttpExchange exchange, byte[] bytes) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null) {
            apiError(exchange, "not_authed");
            return;
        }
        if (!auth.equals("Bearer " + TOKEN)) {
            apiError(exchange, "invalid_auth");
            return;
        }
        JsonNode body = json(exchange, bytes);
        if (body == null) {
            apiError(exchange, "invalid_json");
            return;
        }
        String channel = body.path("channel").asText("");
        if (users.contains(channel)) {
            channel = "D" + channel.substring(1);
        } else if (!channels.contains(channel)) {
            apiError(exchange, "channel_not_found");
            return;
        }
        if (archived.contains(channel)) {
            apiError(exchange, "is_archived");
            return;
        }
        String error = payloadError(body);
        if (error != null) {
            apiError(exchange, error);
            return;
        }
        if (tooSoon(exchange, channel, false)) {
            return;
        }
        String ts = nextTs();
        String threadTs = body.hasNonNull("thread_ts") ? body.get("thread_ts").asText() : null;
        messages.add(new Message(channel, ts, threadTs, body, System.nanoTime()));
        ObjectNode reply = MAPPER.createObjectNode()
                .put("ok", true)
                .put("channel", channel)
                .put("ts", ts);
        reply.set("message", body);
        send(exchange, 200, Map.of("Content-Type", "application/json"), reply.toString());
    }

    private JsonNode json(HttpExchange exchange, byte[] bytes) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Slack's documented limits on message content; null when the payload is acceptable. */
    private static String payloadError(JsonNode body) {
        boolean hasText = !body.path("text").asText("").isBlank();
        JsonNode blocks = body.get("blocks");
        if (!hasText && (blocks == null || blocks.isEmpty())) {
            return "no_text";
        }
        if (body.path("text").asText("").length() > 40_000) {
            return "msg_too_long";
        }
        if (blocks == null) {
            return null;
        }
        if (!blocks.isArray() || blocks.size() > 50) {
            return "invalid_blocks";
        }
        for (JsonNode block : blocks) {
            String type = block.path("type").asText();
            if (!BLOCK_TYPES.contains(type)) {
                return "invalid_blocks";
            }
            if (type.equals("section") && !validText(block.get("text"), 3000)
                    || type.equals("header") && !validText(block.get("text"), 150)) {
                return "invalid_blocks";
            }
            if (type.equals("context")) {
                JsonNode elements = block.path("elements");
                if (!elements.isArray()
                        || elements.isEmpty()
                        || elements.size() > 10
                        || StreamSupport.stream(elements.spliterator(), false).anyMatch(e -> !validText(e, 3000))) {
                    return "invalid_blocks";
                }
            }
        }
        return null;
    }

    private static boolean validText(JsonNode text, int max) {
        if (text == null || !text.isObject()) {
            return false;
        }
        String type = text.path("type").asText();
        String value = text.path("text").asText("");
        return (type.equals("mrkdwn") || type.equals("plain_text")) && !value.isEmpty() && value.length() <= max;
    }

    private boolean tooSoon(HttpExchange exchange, String channel, boolean webhook) throws IOException {
        long now = System.nanoTime();
        Long last = lastPostNanos.get(channel);
        if (last != null && now - last < minInterval.toNanos()) {
            send(
                    exchange,
                    429,
                    Map.of("Retry-After", "1"),
                    webhook ? "rate_limited" : "{\"ok\":false,\"error\":\"ratelimited\"}");
            return true;
        }
        lastPostNanos.put(channel, now);
        return false;
    }

    private String nextTs() {
        sequence++;
        return (1_700_000_000L + sequence) + "." + String.format("%06d", sequence);
    }

    private void webhookError(HttpExchange exchange, int status, String error) throws IOException {
        send(exchange, status, Map.of(), error);
    }

    private void apiError(HttpExchange exchange, String error) throws IOException {
        send(exchange, 200, Map.of("Content-Type", "application/json"), "{\"ok\":false,\"error\":\"" + error + "\"}");
    }

    private void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        if (status != 200 || body.contains("\"ok\":false")) {
            String error =
                    body.startsWith("{") ? MAPPER.readTree(body).path("error").asText() : body;
            refusals.add(new Refusal(status, error, System.nanoTime()));
        }
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
