package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.actiontracker.connect.slack.FakeSlack;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slack webhook is a secret: with {@code tracker demo --slack-webhook-file}, alerts reach Slack, yet the URL is
 * in no process argument, no log line (with {@code --verbose}), no record of any topic and no HTTP answer, and the
 * embedded Connect worker has no REST API that could hand out its connectors' configuration. The page's access token
 * ({@code TRACKER_HTTP_TOKEN}) is kept the same way, and the page answers only with it.
 */
class SlackSecretIT {

    /** The page's access token, a secret like the webhook: it must not reach the log, a topic or a page either. */
    private static final String PAGE_TOKEN = "page-token-0123456789abcdef";

    private static final Duration PATIENCE = Duration.ofSeconds(150);

    @TempDir
    Path work;

    @Test
    void theWebhookReachesSlackAndNothingElse() throws Exception {
        Path vault = Files.createDirectories(work.resolve("vault"));
        Files.writeString(
                vault.resolve("sync.md"),
                "---\ndate: 2025-11-02\n---\n# Sync\n"
                        + "- [ ] Send the pricing sheet @Priya Raman \uD83D\uDCC5 2025-11-05\n");
        try (FakeSlack slack = FakeSlack.start()) {
            String webhook = slack.webhookUrl();
            String secretPart = webhook.substring(webhook.indexOf("/services/") + "/services/".length());
            Path file = Files.writeString(work.resolve("webhook"), webhook + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            int kafkaPort = DemoProcess.freePort();
            int httpPort = DemoProcess.freePort();
            try (DemoProcess demo = DemoProcess.start(
                    vault,
                    work.resolve("data"),
                    kafkaPort,
                    httpPort,
                    work.resolve("demo.log"),
                    List.of("--slack-webhook-file", file.toString(), "--verbose"),
                    Map.of("TRACKER_ALERTS_GROUP_WAIT_MS", "500", "TRACKER_HTTP_TOKEN", PAGE_TOKEN))) {
                await().atMost(PATIENCE)
                        .until(() -> slack.messages().stream()
                                .anyMatch(m -> m.content().contains("Send the pricing sheet")));

                // What ps shows: /proc/<pid>/cmdline in full (ProcessHandle.Info cuts long command lines short).
                String arguments = Files.readString(Path.of("/proc", Long.toString(demo.pid()), "cmdline"))
                        .replace('\0', ' ');
                assertThat(arguments)
                        .as("the command line")
                        .contains(file.toString())
                        .doesNotContain(secretPart);
                assertThat(demo.get("/owners")).as("the page without its token").isEmpty();
                for (String path : List.of("/", "/owners", "/metrics", "/health", "/notes/sync.md")) {
                    assertThat(demo.get(path, PAGE_TOKEN))
                            .as(path)
                            .hasValueSatisfying(body ->
                                    assertThat(body).doesNotContain(secretPart).doesNotContain(PAGE_TOKEN));
                }
                assertThat(topicsContaining(demo.bootstrapServers(), secretPart))
                        .as("topics holding the secret")
                        .isEmpty();
                assertThat(topicsContaining(demo.bootstrapServers(), PAGE_TOKEN))
                        .as("topics holding the page's token")
                        .isEmpty();
                Set<Integer> listening = listeningPorts(demo.pid());
                assertThat(listening)
                        .as("the broker's client port and the web page's")
                        .contains(kafkaPort, httpPort);
                for (int port : listening) {
                    if (port != httpPort) {
                        assertThat(answersHttp(port))
                                .as("port %d answers HTTP (a Connect REST API?)", port)
                                .isFalse();
                    }
                }
                assertThat(demo.output())
                        .as("the log")
                        .contains("Slack")
                        .contains("asks for the access token")
                        .doesNotContain(secretPart)
                        .doesNotContain(PAGE_TOKEN);
            }
        }
    }

    private static Set<String> topicsContaining(String bootstrap, String secret) throws Exception {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        Set<String> found = new HashSet<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            for (String topic : admin.listTopics(new ListTopicsOptions().listInternal(true))
                    .names()
                    .get()) {
                for (ConsumerRecord<byte[], byte[]> record : TopicReader.readAll(bootstrap, topic)) {
                    if (contains(record.key(), needle) || contains(record.value(), needle)) {
                        found.add(topic);
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null) {
            return false;
        }
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The TCP ports a process listens on (Linux: its socket inodes matched against /proc/net/tcp and tcp6). */
    private static Set<Integer> listeningPorts(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed while listing
                }
            });
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))
                    .subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    private static boolean answersHttp(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 2000);
            socket.setSoTimeout(3000);
            socket.getOutputStream()
                    .write("GET /connectors HTTP/1.0\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] start = in.readNBytes(5);
            return new String(start, StandardCharsets.US_ASCII).startsWith("HTTP/");
        } catch (IOException e) {
            return false;
        }
    }
}
