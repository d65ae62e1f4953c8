package com.actiontracker.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.server.Server;
import kafka.server.SharedServer;
import kafka.server.StandardFaultHandlerFactory;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.BrokerRegistration;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.raft.QuorumConfig;
import org.apache.kafka.server.ServerSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * A single-node Kafka (KRaft, broker and controller in one process) running inside this JVM, from the Maven Central
 * kafka jars: no Docker, no separate install. Its log lives under the given directory, so a restart resumes.
 *
 * <p>Why it composes the node itself instead of using {@code KafkaRaftServer}: after the process was killed, the
 * metadata log still holds the previous broker incarnation as registered, unfenced and leader of every partition.
 * {@code KafkaRaftServer} starts the broker at once; the broker acts on that stale leadership, its transaction
 * coordinator loads transactions that were being committed at the kill and queues their markers, then the controller
 * fences the old incarnation (its session expires), every partition is briefly leaderless, and the coordinator takes
 * "no leader" for "partition deleted" and drops the markers (Kafka's {@code TransactionMarkerChannelManager}). The
 * partitions keep a transaction open forever, the last stable offset stops, and Kafka Streams' restoration never
 * ends. Here the controller starts first and the broker only once the controller has fenced its previous
 * incarnation, so the broker never leads on stale metadata and the coordinator sends its markers to live leaders.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    static final int NODE_ID = 1;

    private final ControllerServer controller;
    private final BrokerServer broker;
    private final String bootstrapServers;
    private final boolean recoveredFromKill;

    private EmbeddedKafka(
            ControllerServer controller, BrokerServer broker, String bootstrapServers, boolean recoveredFromKill) {
        this.controller = controller;
        this.broker = broker;
        this.bootstrapServers = bootstrapServers;
        this.recoveredFromKill = recoveredFromKill;
    }

    /**
     * Formats the log directory if it is new, starts the controller, waits until the previous broker incarnation
     * is fenced (only after an unclean stop), starts the broker and waits until it answers.
     *
     * @param port the client port; 0 picks a free one
     */
    public static EmbeddedKafka start(Path dataDir, int port) throws IOException, InterruptedException {
        Path logDir = dataDir.toAbsolutePath().resolve("kafka");
        Files.createDirectories(logDir);
        int clientPort = port == 0 ? freePort() : port;
        if (port != 0) {
            requireFree(port);
        }
        Properties props = brokerProperties(logDir, clientPort, freePort());
        boolean formatted = format(props, logDir);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        Tuple2<MetaPropertiesEnsemble, BootstrapMetadata> dirs = KafkaRaftServer.initializeLogDirs(
                config, LoggerFactory.getLogger(KafkaRaftServer.class), "[embedded Kafka] ");
        Metrics metrics = Server.initializeMetrics(
                config, Time.SYSTEM, dirs._1().clusterId().get());
        SharedServer shared = new SharedServer(
                config,
                dirs._1(),
                Time.SYSTEM,
                metrics,
                CompletableFuture.completedFuture(
                        QuorumConfig.parseVoterConnections(config.quorumConfig().voters())),
                QuorumConfig.parseBootstrapServers(config.quorumConfig().bootstrapServers()),
                new StandardFaultHandlerFactory(),
                ServerSocketFactory.INSTANCE);
        ControllerServer controller = new ControllerServer(shared, KafkaRaftServer.configSchema(), dirs._2());
        BrokerServer broker = new BrokerServer(shared);
        String bootstrap = "localhost:" + clientPort;
        boolean recovered = false;
        try {
            controller.startup();
            if (!formatted) {
                recovered =
                        awaitPreviousIncarnationFenced(controller, Duration.ofMillis(config.brokerSessionTimeoutMs()));
            }
            broker.startup();
            awaitReady(bootstrap);
        } catch (RuntimeException | InterruptedException | TimeoutException e) {
            stop(controller, broker);
            throw new IOException("Embedded Kafka did not start on " + bootstrap + ": " + e.getMessage(), e);
        }
        log.info("Embedded Kafka ready on {} (log in {})", bootstrap, logDir);
        return new EmbeddedKafka(controller, broker, bootstrap, recovered);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether the previous run had stopped without shutting the broker down (killed, crashed, power cut). */
    public boolean recoveredFromUncleanStop() {
        return recoveredFromKill;
    }

    @Override
    public void close() {
        stop(controller, broker);
    }

    /** In the order of {@code KafkaRaftServer}: the broker first, it needs the controller for its controlled shutdown. */
    private static void stop(ControllerServer controller, BrokerServer broker) {
        broker.shutdown();
        controller.shutdown();
        broker.awaitShutdown();
        controller.awaitShutdown();
    }

    /**
     * Waits until the controller's metadata shows this node's broker registration fenced: at once after a clean stop
     * (a controlled shutdown fences the broker), after the broker session timeout when the process was killed.
     *
     * @return whether the registration was still unfenced when the controller started (the last run was killed)
     */
    private static boolean awaitPreviousIncarnationFenced(ControllerServer controller, Duration sessionTimeout)
            throws InterruptedException, TimeoutException {
        long start = System.nanoTime();
        long deadline = start + sessionTimeout.plus(READY_TIMEOUT).toNanos();
        boolean waited = false;
        while (true) {
            BrokerRegistration registration = controller.controller().isActive() && controller.metadataCache() != null
                    ? controller.metadataCache().currentImage().cluster().broker(NODE_ID)
                    : null;
            if (registration != null && registration.fenced()) {
                if (waited) {
                    log.warn(
                            "The previous run stopped without shutting Kafka down; its broker session expired after {} ms,"
                                    + " starting the broker",
                            Duration.ofNanos(System.nanoTime() - start).toMillis());
                }
                return waited;
            }
            if (registration != null && !waited) {
                log.info(
                        "The previous run stopped without shutting Kafka down: waiting for its broker session to expire");
                waited = true;
            }
            if (registration == null && System.nanoTime() - start > sessionTimeout.toNanos()) {
                // Formatted but never registered (killed during its first start): nothing stale to lead on.
                return false;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the previous broker registration was not fenced within "
                        + sessionTimeout.plus(READY_TIMEOUT).toSeconds() + "s");
            }
            Thread.sleep(50);
        }
    }

    private static Properties brokerProperties(Path logDir, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("process.roles", "broker,controller");
        p.put("listeners", "PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("log.dirs", logDir.toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("default.replication.factor", "1");
        p.put("num.partitions", "1");
        // Topics are created by the app with the settings they need; a typo'd topic name must fail, not appear.
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /**
     * Formats the log directory once; returns whether it did. An already formatted directory is left alone: formatting it again, even with
     * --ignore-formatted, would record a new cluster id that the existing log does not match.
     */
    private static boolean format(Properties props, Path logDir) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return false;
        }
        Path config = logDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "embedded Kafka, written by action-tracker");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool.execute(
                    new String[] {"format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()
                    },
                    print);
        }
        if (exit != 0) {
            throw new IOException("Cannot format " + logDir + ": " + output.toString(StandardCharsets.UTF_8));
        }
        return true;
    }

    private static void awaitReady(String bootstrap) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                "5000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                "5000"))) {
            while (true) {
                try {
                    if (!admin.describeCluster()
                            .nodes()
                            .get(5, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new TimeoutException("broker not ready after " + READY_TIMEOUT.toSeconds() + "s");
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Checked before the broker starts: a broker that cannot bind logs a page of stack traces and reports only that
     * "the SocketServer Acceptors" did not start.
     */
    static void requireFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("localhost", port));
        } catch (BindException e) {
            throw new IOException(
                    "Port " + port + " for the embedded Kafka is in use (another tracker demo, or a"
                            + " Kafka of your own?): choose another with --kafka-port",
                    e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
