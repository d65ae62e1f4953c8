package com.actiontracker.query;

import com.actiontracker.alerts.AlertSettings;
import com.actiontracker.identity.OwnerResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP API and web page ({@link ApiRoutes}) on Jetty. Jetty reads requests without holding a thread while it
 * waits for bytes, so connections that send half a request and wait cost a socket, not a worker; the idle timeout
 * closes them. At most {@link Settings#threads()} requests are answered at once, at most {@link Settings#queue()}
 * more wait for a turn, and the rest are answered 503 at once (Jetty's {@link QoSHandler}).
 */
public final class TrackerHttpServer implements AutoCloseable {

    /**
     * @param host        the address to listen on ({@code localhost}: this machine only; {@code 0.0.0.0}: every interface)
     * @param port        0 picks a free one
     * @param idleTimeout how long a connection may send nothing before it is closed
     * @param threads     requests answered at once
     * @param queue       requests that may wait for a turn; more are answered 503
     * @param token       asked of every request when set ({@code tracker.http.token}); null leaves the page open
     */
    public record Settings(String host, int port, Duration idleTimeout, int threads, int queue, AccessToken token) {

        public Settings(String host, int port, Duration idleTimeout, int threads, int queue) {
            this(host, port, idleTimeout, threads, queue, null);
        }
    }

    static final String LOGIN = "/login";

    static final String HEALTH = "/health";

    /** How long a queued request waits for a turn before it is answered 503. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);
    /** Sockets held open at most, idle ones included: beyond it Jetty stops accepting until some close. */
    private static final int MAX_CONNECTIONS = 1024;

    private static final int MAX_FORM_BYTES = 8 * 1024;
    /**
     * The page is server-rendered with an inline style sheet; its one script is this server's own (no inline script,
     * so an injected tag runs nothing) and may only ask this server; nothing may frame it. Sent with every answer,
     * errors included.
     */
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy",
                    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline';"
                            + " img-src 'self';"
                            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private final Server server;
    private final ServerConnector connector;
    private final AccessToken token;
    /** Wrong tokens per client address, for the login form and bearer headers alike. */
    private final LoginThrottle throttle = LoginThrottle.standard();

    private QoSHandler limit;
    private volatile Function<ApiRoutes.Request, ApiRoutes.Body> routes;
    /** The routes {@link #start} serves, closed with the server. */
    private volatile ApiRoutes started;

    private TrackerHttpServer(Server server, ServerConnector connector, AccessToken token) {
        this.server = server;
        this.connector = connector;
        this.token = token;
    }

    /**
     * Binds the port now, so that the app can advertise it before Kafka Streams starts; until {@link #start} every
     * request is answered 503.
     */
    public static TrackerHttpServer bind(Settings settings) throws IOException {
        // Jetty keeps a few threads for accepting and selecting; the request threads come on top.
        QueuedThreadPool pool = new QueuedThreadPool(settings.threads() + 8, 2);
        pool.setName("tracker-http");
        pool.setDaemon(true);
        Server server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        TrackerHttpServer tracker = new TrackerHttpServer(server, connector, settings.token());
        QoSHandler limit = new QoSHandler(tracker.new Dispatch());
        tracker.limit = limit;
        limit.setMaxRequestCount(settings.threads());
        limit.setMaxSuspendedRequestCount(settings.queue());
        limit.setMaxSuspend(MAX_WAIT);
        // The token is checked before the queue: a request without it is answered at once and takes no turn.
        server.setHandler(new SecurityHeaders(settings.token() == null ? limit : tracker.new AccessCheck(limit)));
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // Already failing: the start error is the one to report.
            }
            String where = "Cannot listen on " + settings.host() + ":" + settings.port() + ": ";
            if (portInUse(e)) {
                throw new IOException(
                        where + "the port is in use; choose another with tracker.http.port"
                                + " (TRACKER_HTTP_PORT, or --port for tracker demo)",
                        e);
            }
            throw new IOException(where + e.getMessage(), e);
        }
        return tracker;
    }

    /** Jetty wraps the JDK's "Address already in use" (a bad host is a BindException too, with another message). */
    private static boolean portInUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException
                    && String.valueOf(cause.getMessage()).contains("in use")) {
                return true;
            }
        }
        return false;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Requests waiting for a thread. */
    int waiting() {
        return limit.getSuspendedRequestCount();
    }

    /** Starts answering for a Streams instance advertised as {@code self}. */
    public void start(
            KafkaStreams streams,
            HostInfo self,
            AlertSettings alerts,
            Clock clock,
            PageCommands commands,
            OwnerResolver owners) {
        ApiRoutes api = new ApiRoutes(streams, self, alerts, clock, commands, token, owners);
        started = api;
        serve(api::answer);
    }

    /** Starts answering with these routes. */
    void serve(Function<ApiRoutes.Request, ApiRoutes.Body> answers) {
        this.routes = answers;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the HTTP server", e);
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    /**
     * Whether a browser sent this from another site's page. Browsers name the requesting site in Sec-Fetch-Site;
     * without it, in Origin, except that this page's "no-referrer" policy makes a form post's Origin "null", which
     * alone proves nothing and is refused. A request with neither comes from a program (curl), not a forged form.
     */
    static boolean crossSite(Request request) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return false;
        }
        String host = request.getHeaders().get(HttpHeader.HOST);
        return origin.equals("null")
                || host == null
                || !origin.replaceFirst("^https?://", "").equals(host);
    }

    /** The body of a form post, whose size the caller has bounded. */
    private static String formBody(Request request) {
        try {
            return Content.Source.asString(request, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the form post", e);
        }
    }

    private static boolean isForm(Request request) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        return type != null && type.startsWith("application/x-www-form-urlencoded");
    }

    /**
     * With {@code tracker.http.token} set, lets through requests that carry it (a bearer header, or the session cookie
     * of a login), the login form itself and the health check; answers the rest 401: a browser gets the login form, a program a JSON
     * reason and {@code WWW-Authenticate}. Reads headers only, so it never blocks.
     */
    private final class AccessCheck extends Handler.Wrapper {

        AccessCheck(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = request.getHttpURI().getPath();
            String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
            boolean signingIn = path.equals(LOGIN) && request.getMethod().equals("POST");
            if (authorization != null || signingIn) {
                Optional<Duration> wait = throttle.wait(Request.getRemoteAddr(request));
                if (wait.isPresent()) {
                    return answer(response, callback, tooManyTries(wait.get(), signingIn || wantsPage(request)));
                }
            }
            // The health check stays open: it says only the Streams state, and probes (a container's, a load
            // balancer's) rarely carry a secret.
            if (path.equals(LOGIN) || path.equals(HEALTH) || admitted(request, authorization)) {
                return super.handle(request, response, callback);
            }
            if (wantsPage(request)) {
                return answer(
                        response,
                        callback,
                        new ApiRoutes.Body(
                                401, "text/html; charset=utf-8", LedgerPage.login(back(request), Optional.empty())));
            }
            return answer(
                    response,
                    callback,
                    new ApiRoutes.Body(
                            401,
                            "application/json",
                            ApiJson.error("This tracker asks for its access token: send Authorization: Bearer <token>")
                                    .getBytes(StandardCharsets.UTF_8),
                            Map.of(HttpHeader.WWW_AUTHENTICATE.asString(), "Bearer realm=\"Action Tracker\"")));
        }

        private boolean admitted(Request request, String authorization) {
            if (authorization != null) {
                // A wrong bearer counts like a wrong login: the header is another way to guess the token.
                return throttle.tried(Request.getRemoteAddr(request), token.admitsAuthorization(authorization));
            }
            return Request.getCookies(request).stream()
                    .anyMatch(c -> c.getName().equals(AccessToken.COOKIE) && token.admitsSession(c.getValue()));
        }

        /** Where the login returns to: the page asked for, with its query; the ledger after a refused post. */
        private static String back(Request request) {
            if (!request.getMethod().equals("GET")) {
                return "/";
            }
            String query = request.getHttpURI().getQuery();
            return request.getHttpURI().getPath() + (query == null ? "" : "?" + query);
        }
    }

    /** The answer to an address that has used up its wrong tokens: 429, with when to try again. */
    private static ApiRoutes.Body tooManyTries(Duration wait, boolean page) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String problem = "Too many wrong access tokens from this address: try again in " + seconds + " s";
        Map<String, String> retry = Map.of(HttpHeader.RETRY_AFTER.asString(), Long.toString(seconds));
        return page
                ? new ApiRoutes.Body(
                        429,
                        "text/html; charset=utf-8",
                        LedgerPage.login("/", Optional.of(problem)).getBytes(StandardCharsets.UTF_8),
                        retry)
                : new ApiRoutes.Body(
                        429, "application/json", ApiJson.error(problem).getBytes(StandardCharsets.UTF_8), retry);
    }

    /** A browser navigating (it asks for HTML first), not a program asking for JSON. */
    private static boolean wantsPage(Request request) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    /**
     * The login form's post (only reached with a token set): a right token is answered with the session cookie and a
     * redirect to where the browser was going; a wrong one with the form again. Same-site posts only.
     */
    private ApiRoutes.Body login(Request request, boolean form, boolean crossSite) {
        if (request.getMethod().equals("GET")) {
            return new ApiRoutes.Body(200, "text/html; charset=utf-8", LedgerPage.login("/", Optional.empty()));
        }
        if (!request.getMethod().equals("POST") || !form) {
            return new ApiRoutes.Body(
                    405, "application/json", ApiJson.error("Sign in by posting the login form's token field"));
        }
        if (crossSite) {
            return new ApiRoutes.Body(403, "application/json", ApiJson.error("A login posted from another site"));
        }
        Map<String, String> fields = ApiRoutes.query(formBody(request));
        String back = fields.getOrDefault("back", "/");
        // Only a path on this server: a crafted form must not turn the login into a redirect to another site.
        if (!back.startsWith("/")
                || back.startsWith("//")
                || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            back = "/";
        }
        if (!throttle.tried(Request.getRemoteAddr(request), token.matches(fields.get("token")))) {
            return new ApiRoutes.Body(
                    401,
                    "text/html; charset=utf-8",
                    LedgerPage.login(back, Optional.of("That is not the access token.")));
        }
        return new ApiRoutes.Body(
                303,
                "text/plain; charset=utf-8",
                new byte[0],
                Map.of(
                        HttpHeader.LOCATION.asString(),
                        back,
                        HttpHeader.SET_COOKIE.asString(),
                        token.sessionCookie(overHttps(request))));
    }

    /**
     * Whether the browser reached us over HTTPS: directly, or through a proxy that ends TLS and says so. Trusting the
     * header only ever adds {@code Secure} to the cookie, which a plain-HTTP client would then not send back, so a
     * forged one harms only its sender.
     */
    private static boolean overHttps(Request request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }

    private static final class SecurityHeaders extends Handler.Wrapper {
        SecurityHeaders(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            SECURITY_HEADERS.forEach(response.getHeaders()::put);
            return super.handle(request, response, callback);
        }
    }

    /** Hands each request to the routes; they block (stores, forwarding), which Jetty allows on its own threads. */
    private final class Dispatch extends Handler.Abstract {

        Dispatch() {
            super(InvocationType.BLOCKING);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Function<ApiRoutes.Request, ApiRoutes.Body> current = routes;
            boolean form = isForm(request);
            if (form && (request.getLength() < 0 || request.getLength() > MAX_FORM_BYTES)) {
                // The page's forms are a few fields: a body of unknown or larger size is not one of them. The body is
                // left unread, so the connection is closed after the answer, and said so: a client that reused it
                // would send its next request into a socket the server is dropping.
                return answer(
                        response,
                        callback,
                        new ApiRoutes.Body(
                                request.getLength() < 0 ? 411 : 413,
                                "application/json",
                                ApiJson.error("A form post sends its Content-Length, at most " + MAX_FORM_BYTES
                                                + " bytes")
                                        .getBytes(StandardCharsets.UTF_8),
                                Map.of(HttpHeader.CONNECTION.asString(), "close")));
            }
            if (token != null && request.getHttpURI().getPath().equals(LOGIN)) {
                return answer(response, callback, login(request, form, crossSite(request)));
            }
            ApiRoutes.Body body = current == null
                    ? new ApiRoutes.Body(
                            503,
                            "application/json",
                            ApiJson.error("Starting, try again").getBytes(StandardCharsets.UTF_8),
                            Map.of("Retry-After", "1"))
                    : current.apply(new ApiRoutes.Request(
                            request.getMethod(),
                            request.getHttpURI().getPath(),
                            request.getHttpURI().getQuery(),
                            request.getHeaders().contains(ApiRoutes.FORWARDED),
                            crossSite(request),
                            form,
                            form ? formBody(request) : null,
                            request.getHeaders().get(HttpHeader.ACCEPT)));
            return answer(response, callback, body);
        }
    }

    private static boolean answer(Response response, Callback callback, ApiRoutes.Body body) {
        response.setStatus(body.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, body.type());
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        body.headers().forEach(headers::put);
        response.write(true, ByteBuffer.wrap(body.content()), callback);
        return true;
    }
}
