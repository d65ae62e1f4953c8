package com.actiontracker.connect.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Posts messages to Slack, through an incoming webhook or the Web API's chat.postMessage, and sorts each answer into
 * a {@link SlackReply}. Error texts never contain the webhook URL or the token: both are credentials.
 *
 * <p>The JDK HTTP client is enough for one JSON POST; Slack's own Java SDK would bring its own HTTP stack and
 * dozens of methods the sink never calls.
 */
final class SlackClient {

    // https://api.slack.com/messaging/webhooks#handling_errors and the chat.postMessage error list.
    private static final Set<String> REFUSED = Set.of(
            "invalid_token",
            "no_service",
            "no_service_id",
            "no_team",
            "team_disabled",
            "invalid_auth",
            "not_authed",
            "account_inactive",
            "token_revoked",
            "token_expired",
            "no_permission",
            "missing_scope",
            "not_allowed_token_type",
            "ekm_access_denied",
            "team_access_not_granted",
            "access_denied",
            "org_login_required",
            "action_prohibited");
    private static final Set<String> TRANSIENT = Set.of(
            "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "rollup_error");
    private static final Set<String> PAYLOAD = Set.of(
            "invalid_payload",
            "invalid_blocks",
            "invalid_blocks_format",
            "msg_too_long",
            "no_text",
            "too_many_attachments",
            "invalid_attachments",
            "invalid_json",
            "json_not_object",
            "invalid_form_data",
            "invalid_arguments",
            "message_limit_exceeded");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final HttpClient http;
    private final URI endpoint;
    private final String token;
    private final Duration timeout;
    private final String secret;
    private final String secretPath;

    SlackClient(SlackSinkConfig config) {
        this.timeout = config.requestTimeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        if (config.webhookMode()) {
            this.secret = config.webhookUrl().value();
            this.endpoint = URI.create(secret);
            this.token = null;
            this.secretPath = endpoint.getRawPath();
        } else {
            this.secret = config.botToken().value();
            this.endpoint = config.apiUrl().resolve("chat.postMessage");
            this.token = secret;
            this.secretPath = null;
        }
    }

    SlackReply post(SlackMessage message) {
        ObjectNode payload = MAPPER.createObjectNode();
        if (token != null) {
            payload.put("channel", message.channel());
            if (message.threadTs() != null) {
                payload.put("thread_ts", message.threadTs());
            }
        }
        payload.put("text", message.text());
        payload.set("blocks", message.blocks());
        payload.put("unfurl_links", false);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString(), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new SlackReply.Unavailable(redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SlackReply.Unavailable("interrupted");
        }
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        return token == null
                ? webhookReply(response.statusCode(), response.body(), retryAfter)
                : webApiReply(response.statusCode(), response.body(), retryAfter);
    }

    /** Incoming webhooks answer 200 "ok", or an HTTP error status with the error code as plain text. */
    static SlackReply webhookReply(int status, String body, Optional<String> retryAfter) {
        String error = body == null ? "" : body.trim();
        if (status == 200) {
            return new SlackReply.Posted(null, null);
        }
        return classify(status, error.isEmpty() ? "http_" + status : error, retryAfter);
    }

    /** The Web API answers 200 with {"ok": false, "error": "..."} for most errors, and 429 when rate limited. */
    static SlackReply webApiReply(int status, String body, Optional<String> retryAfter) {
        JsonNode json = null;
        try {
            json = body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            // Not JSON: a proxy or load balancer answered; the status decides.
        }
        if (status == 200 && json != null && json.path("ok").asBoolean(false)) {
            return new SlackReply.Posted(textOrNull(json.get("channel")), textOrNull(json.get("ts")));
        }
        String error = json == null ? "http_" + status : json.path("error").asText("http_" + status);
        return classify(status, error, retryAfter);
    }

    private static SlackReply classify(int status, String error, Optional<String> retryAfter) {
        if (status == 429 || "ratelimited".equals(error) && retryAfter.isPresent()) {
            return new SlackReply.RateLimited(
                    retryAfter.flatMap(SlackClient::seconds).orElse(DEFAULT_RETRY_AFTER));
        }
        if (status >= 500 || TRANSIENT.contains(error)) {
            return new SlackReply.Unavailable("HTTP " + status + " " + error);
        }
        if (REFUSED.contains(error) || status == 401) {
            return new SlackReply.Refused(error);
        }
        return new SlackReply.Rejected(error, PAYLOAD.contains(error));
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private String redact(String text) {
        String redacted = text == null ? "" : text.replace(secret, "[hidden]");
        return secretPath == null || secretPath.length() < 2 ? redacted : redacted.replace(secretPath, "/[hidden]");
    }
}
