package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TrackerHttpServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ApiRoutes.Body OK = new ApiRoutes.Body(200, "text/plain", "ok");

    @Test
    void sixtyFourConnectionsThatSendHalfARequestAndWaitDoNotStopANormalRequest() throws Exception {
        try (TrackerHttpServer server = TrackerHttpServer.bind(settings(8, 64))) {
            server.serve(request -> OK);
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 64; i++) {
                    Socket socket = new Socket("localhost", server.port());
                    socket.getOutputStream()
                            .write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow:".getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    idle.add(socket);
                }
                HttpResponse<String> answer = get(server, "/owners");

                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo("ok");
            } finally {
                for (Socket socket : idle) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aRefusedFormIsAnsweredAndItsConnectionClosedSoAClientDoesNotReuseIt() throws Exception {
        try (TrackerHttpServer server = TrackerHttpServer.bind(settings(2, 2));
                Socket socket = new Socket("localhost", server.port())) {
            server.serve(request -> OK);
            // The body is never sent: the server answers from the headers, and must not leave the connection open for
            // a client to send its next request on while the server drops it (the unread body).
            socket.getOutputStream()
                    .write(("POST /actions/a-1/assign HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 9000\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

            assertThat(answer).startsWith("HTTP/1.1 413 ").containsIgnoringCase("\r\nConnection: close\r\n");
        }
    }

    private static final String TOKEN = "correct-horse-battery-staple";

    @Test
    void withATokenAProgramIsAnsweredOnlyWhenItSendsItAsABearer() throws Exception {
        try (TrackerHttpServer server = TrackerHttpServer.bind(withToken())) {
            server.serve(request -> OK);

            HttpResponse<String> without = get(server, "/owners");
            HttpResponse<String> wrong = send(server, "/owners", "Authorization", "Bearer " + "x".repeat(28));
            HttpResponse<String> right = send(server, "/owners", "Authorization", "Bearer " + TOKEN);

            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(without.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(without.body()).contains("Authorization: Bearer").doesNotContain(TOKEN);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.body()).isEqualTo("ok");
            assertThat(get(server, "/health").statusCode())
                    .as("a probe without the token")
                    .isEqualTo(200);
            assertThat(without.headers().firstValue("X-Frame-Options"))
                    .as("a refusal carries the security headers too")
                    .hasValue("DENY");
        }
    }

    @Test
    void aBrowserSignsInOnceThroughTheFormAndThenCarriesACookieThatIsNotTheToken() throws Exception {
        try (TrackerHttpServer server = TrackerHttpServer.bind(withToken())) {
            server.serve(request -> OK);

            HttpResponse<String> page = send(server, "/?asOf=2026-01-15", "Accept", "text/html");
            assertThat(page.statusCode()).isEqualTo(401);
            assertThat(page.body())
                    .contains("action=\"/login\"")
                    .contains("type=\"password\"")
                    .contains("value=\"/?asOf=2026-01-15\"");

            HttpResponse<String> refused = login(server, "same-origin", "token=guess-guess-guess-guess&back=%2F");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("not the access token");
            assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(login(server, "cross-site", "token=" + TOKEN).statusCode())
                    .as("another site's form")
                    .isEqualTo(403);

            HttpResponse<String> signedIn =
                    login(server, "same-origin", "token=" + TOKEN + "&back=%2F%3FasOf%3D2026-01-15");
            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(signedIn.headers().firstValue("Location")).hasValue("/?asOf=2026-01-15");
            String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie)
                    .contains("HttpOnly")
                    .contains("SameSite=Strict")
                    .doesNotContain(TOKEN)
                    .as("over plain HTTP a Secure cookie would never come back")
                    .doesNotContain("Secure");
            String session = cookie.substring(0, cookie.indexOf(';'));
            assertThat(send(server, "/", "Cookie", session).statusCode()).isEqualTo(200);
            assertThat(send(server, "/", "Cookie", session.substring(0, session.length() - 1) + "0")
                            .statusCode())
                    .isEqualTo(401);

            HttpResponse<String> elsewhere =
                    login(server, "same-origin", "token=" + TOKEN + "&back=%2F%2Fevil.example%2F");
            assertThat(elsewhere.headers().firstValue("Location"))
                    .as("the login never sends a browser to another site")
                    .hasValue("/");
        }
    }

    @Test
    void behindAProxyThatEndsHttpsTheSessionCookieIsSecure() throws Exception {
        try (TrackerHttpServer server = TrackerHttpServer.bind(withToken())) {
            server.serve(request -> OK);

            HttpResponse<String> signedIn =
                    login(server, "same-origin", "token=" + TOKEN, "X-Forwarded-Proto", "https");

            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(signedIn.headers().firstValue("Set-Cookie"))
                    .hasValueSatisfying(cookie -> assertThat(cookie).endsWith("; Secure"));
        }
    }

    @Test
    void anAddressThatKeepsGuessingTheTokenIsMadeToWaitAndTheRightTokenDoesNotSkipTheWait() throws Exception {
        try (TrackerHttpServer server = TrackerHttpServer.bind(withToken())) {
            server.serve(request -> OK);

            HttpResponse<String> rightBeforeTheLimit = send(server, "/owners", "Authorization", "Bearer " + TOKEN);
            List<Integer> guesses = new ArrayList<>();
            for (int i = 0; i < LoginThrottle.FAILURES / 2; i++) {
                guesses.add(login(server, "same-origin", "token=guess-" + i).statusCode());
                guesses.add(send(server, "/owners", "Authorization", "Bearer guess-" + i)
                        .statusCode());
            }
            HttpResponse<String> pageLogin = login(server, "same-origin", "token=" + TOKEN);
            HttpResponse<String> program = send(server, "/owners", "Authorization", "Bearer " + TOKEN);

            assertThat(rightBeforeTheLimit.statusCode()).isEqualTo(200);
            assertThat(guesses)
                    .as("every wrong token before the limit is simply refused")
                    .hasSize(LoginThrottle.FAILURES)
                    .containsOnly(401);
            assertThat(pageLogin.statusCode()).isEqualTo(429);
            assertThat(pageLogin.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(pageLogin.body())
                    .contains("Too many wrong access tokens")
                    .contains("action=\"/login\"");
            assertThat(pageLogin.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(program.statusCode()).isEqualTo(429);
            assertThat(program.body()).contains("Too many wrong access tokens");
            assertThat(program.headers().firstValue("Retry-After").map(Long::parseLong))
                    .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, LoginThrottle.WINDOW.toSeconds()));
            assertThat(get(server, "/health").statusCode())
                    .as("the health check asks for no token, so it is not throttled")
                    .isEqualTo(200);
        }
    }

    private static TrackerHttpServer.Settings withToken() {
        return new TrackerHttpServer.Settings(
                "localhost",
                0,
                Duration.ofSeconds(30),
                2,
                2,
                AccessToken.of(TOKEN).orElseThrow());
    }

    private static HttpResponse<String> send(TrackerHttpServer server, String path, String header, String value)
            throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                        .header(header, value)
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> login(TrackerHttpServer server, String site, String form, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/login"));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(
                request.header("Sec-Fetch-Site", site)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBusyPortIsNamedWithTheSettingThatChangesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> TrackerHttpServer.bind(
                            new TrackerHttpServer.Settings("localhost", port, Duration.ofSeconds(30), 2, 2)))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("Cannot listen on localhost:" + port + ": the port is in use")
                    .hasMessageContaining("tracker.http.port")
                    .hasMessageContaining("--port");
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws Exception {
        try (TrackerHttpServer server = TrackerHttpServer.bind(
                        new TrackerHttpServer.Settings("localhost", 0, Duration.ofMillis(300), 2, 2));
                Socket socket = new Socket("localhost", server.port())) {
            server.serve(request -> OK);
            socket.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);

            InputStream in = socket.getInputStream();
            byte[] rest = in.readAllBytes();

            assertThat(new String(rest, StandardCharsets.US_ASCII))
                    .as("whatever it answered, the server closed the connection")
                    .doesNotContain("200 OK");
        }
    }

    @Test
    void whenEveryThreadIsBusyAndTheQueueIsFullMoreRequestsAreAnswered503AtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(2);
        try (TrackerHttpServer server = TrackerHttpServer.bind(settings(2, 1))) {
            server.serve(request -> {
                busy.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return OK;
            });
            List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                held.add(getAsync(server, "/slow"));
            }
            assertThat(busy.await(10, TimeUnit.SECONDS))
                    .as("both threads are busy")
                    .isTrue();
            CompletableFuture<HttpResponse<String>> queued = getAsync(server, "/queued");
            awaitQueued(server, queued);

            HttpResponse<String> refused = get(server, "/refused");

            assertThat(refused.statusCode()).isEqualTo(503);
            release.countDown();
            assertThat(queued.get(10, TimeUnit.SECONDS).statusCode())
                    .as("the queued request is answered")
                    .isEqualTo(200);
            for (CompletableFuture<HttpResponse<String>> f : held) {
                assertThat(f.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersErrorsIncluded() throws Exception {
        try (TrackerHttpServer server = TrackerHttpServer.bind(settings(2, 2))) {
            HttpResponse<String> starting = get(server, "/");
            server.serve(request -> new ApiRoutes.Body(404, "application/json", "{}"));
            HttpResponse<String> missing = get(server, "/nothing");

            for (HttpResponse<String> answer : List.of(starting, missing)) {
                assertThat(answer.headers().firstValue("Content-Security-Policy"))
                        .hasValueSatisfying(csp -> assertThat(csp)
                                .contains("default-src 'none'")
                                .contains("frame-ancestors 'none'")
                                .as("only the server's own script, which may only ask the server")
                                .contains("script-src 'self';")
                                .contains("connect-src 'self';"));
                assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                        .hasValue("nosniff");
                assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
                assertThat(answer.headers().firstValue("Server")).isEmpty();
            }
            assertThat(starting.statusCode()).as("before the app runs").isEqualTo(503);
            assertThat(starting.headers().firstValue("Retry-After")).hasValue("1");
        }
    }

    @Test
    void byDefaultItListensOnLoopbackOnly() throws Exception {
        try (TrackerHttpServer server = TrackerHttpServer.bind(settings(2, 2))) {
            server.serve(request -> OK);
            InetAddress external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(i -> {
                        try {
                            return i.isUp() && !i.isLoopback();
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof Inet4Address)
                    .findFirst()
                    .orElse(null);
            Assumptions.assumeTrue(external != null, "this machine has no non-loopback address");

            assertThat(get(server, "/").statusCode()).isEqualTo(200);
            try (Socket socket = new Socket()) {
                Assertions.assertThatThrownBy(
                                () -> socket.connect(new InetSocketAddress(external, server.port()), 2000))
                        .isInstanceOf(IOException.class);
            }
        }
    }

    private static TrackerHttpServer.Settings settings(int threads, int queue) {
        return new TrackerHttpServer.Settings("localhost", 0, Duration.ofSeconds(30), threads, queue);
    }

    private static HttpResponse<String> get(TrackerHttpServer server, String path)
            throws IOException, InterruptedException {
        return CLIENT.send(request(server, path), HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<HttpResponse<String>> getAsync(TrackerHttpServer server, String path) {
        return CLIENT.sendAsync(request(server, path), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(TrackerHttpServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(20))
                .build();
    }

    /** Until the third request waits in the queue: it has not been answered, and the server holds it. */
    private static void awaitQueued(TrackerHttpServer server, CompletableFuture<HttpResponse<String>> queued) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> server.waiting() == 1);
        assertThat(queued).isNotDone();
    }
}
