package com.actiontracker.query;

import com.actiontracker.topology.StoreNames;
import com.actiontracker.topology.TrackerSerdes;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.FindingState;
import com.actiontracker.tracking.OwnerLedger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Queries across every instance of the app. A key lives in one task, on one instance: {@link #holderOf} says which,
 * and the HTTP layer forwards the request there. Whole-store reads gather every instance's part: this instance's from
 * its stores, the others' over HTTP ({@code /internal/...}), as the values' own Avro bytes.
 */
public final class ClusterQueries {

    /** Paths of the internal endpoints that return one instance's part of a store. */
    public static final String INTERNAL_ACTIONS = "/internal/actions";

    public static final String INTERNAL_FINDINGS = "/internal/findings";
    public static final String INTERNAL_LEDGERS = "/internal/ledgers";

    private final KafkaStreams streams;
    private final LocalStores local;
    private final HostInfo self;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Asked by the other instances too; null when none is set. */
    private final AccessToken token;

    public ClusterQueries(KafkaStreams streams, HostInfo self, AccessToken token) {
        this.streams = streams;
        this.token = token;
        this.local = new LocalStores(streams);
        this.self = self;
    }

    public LocalStores local() {
        return local;
    }

    public HostInfo self() {
        return self;
    }

    /** The instance whose active task holds a key of a store; empty while a rebalance has not settled. */
    public Optional<HostInfo> holderOf(String store, String key) {
        KeyQueryMetadata metadata =
                streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        if (metadata == null || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)) {
            return Optional.empty();
        }
        return Optional.of(metadata.activeHost());
    }

    public List<ActionState> actions() {
        return gather(StoreNames.RESOLVED_ACTIONS, INTERNAL_ACTIONS, LocalStores::actions, TrackerSerdes.ACTION_STATE);
    }

    public List<FindingState> findings() {
        return gather(StoreNames.FINDINGS, INTERNAL_FINDINGS, LocalStores::findings, TrackerSerdes.FINDING_STATE);
    }

    public List<OwnerLedger> ledgers() {
        return gather(StoreNames.OWNER_LEDGER, INTERNAL_LEDGERS, LocalStores::ledgers, TrackerSerdes.OWNER_LEDGER);
    }

    private <V> List<V> gather(String store, String path, Function<LocalStores, List<V>> localPart, Serde<V> serde) {
        List<V> all = new ArrayList<>(localPart.apply(local));
        for (StreamsMetadata instance : streams.streamsMetadataForStore(store)) {
            if (!instance.hostInfo().equals(self)) {
                all.addAll(decode(fetch(instance.hostInfo(), path), serde));
            }
        }
        return all;
    }

    private byte[] fetch(HostInfo host, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create("http://" + host.host() + ":" + host.port() + path))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (token != null) {
            builder.header("Authorization", token.authorization());
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new InvalidStateStoreException(
                        "Instance " + host + " answered " + response.statusCode() + " for " + path);
            }
            return response.body();
        } catch (IOException e) {
            throw new InvalidStateStoreException("Instance " + host + " is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidStateStoreException("Interrupted while asking " + host);
        }
    }

    /** Length-prefixed values, for the internal endpoints. */
    public static <V> byte[] encode(List<V> values, Serde<V> serde) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (V value : values) {
                byte[] encoded = serde.serializer().serialize(null, value);
                out.writeInt(encoded.length);
                out.write(encoded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static <V> List<V> decode(byte[] frames, Serde<V> serde) {
        List<V> values = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(frames))) {
            while (in.available() > 0) {
                byte[] value = new byte[in.readInt()];
                in.readFully(value);
                values.add(serde.deserializer().deserialize(null, value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Truncated answer from another instance", e);
        }
        return values;
    }
}
