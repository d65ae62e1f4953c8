package com.actiontracker.connect.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the connector tells the worker: exactly-once support, and which offsets a user may write. */
class NoteFolderSourceConnectorTest {

    @TempDir
    Path vault;

    private final NoteFolderSourceConnector connector = new NoteFolderSourceConnector();

    @Test
    void supportsExactlyOnceDelivery() {
        assertThat(connector.exactlyOnceSupport(config())).isEqualTo(ExactlyOnceSupport.SUPPORTED);
    }

    @Test
    void acceptsABucketOfItsOwnFolderAndResets() {
        String path = "meetings/a.md";
        int bucket = NoteFolderOffsets.bucketOf(path);

        assertThat(connector.alterOffsets(
                        config(),
                        offsets(
                                NoteFolderOffsets.partition(root(), bucket),
                                Map.of(path, "0123456789abcdef0123456789abcdef:10:1700000000000"))))
                .isTrue();
        assertThat(connector.alterOffsets(config(), offsets(NoteFolderOffsets.partition(root(), bucket), null)))
                .isTrue();
        assertThat(connector.alterOffsets(config(), offsets(NoteFolderOffsets.singleManifestPartition(root()), null)))
                .as("the single manifest of an older release may be reset")
                .isTrue();
    }

    @Test
    void refusesOffsetsTheTaskCouldNotReadWithTheReason() {
        String path = "meetings/a.md";
        int bucket = NoteFolderOffsets.bucketOf(path);
        int otherBucket = (bucket + 1) % NoteFolderOffsets.BUCKETS;
        String fingerprint = "0123456789abcdef0123456789abcdef:10:1700000000000";

        assertThatThrownBy(() -> connector.alterOffsets(
                        config(),
                        offsets(NoteFolderOffsets.partition("/elsewhere", bucket), Map.of(path, fingerprint))))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("is not of this connector's folder");
        assertThatThrownBy(() -> connector.alterOffsets(
                        config(), offsets(NoteFolderOffsets.partition(root(), otherBucket), Map.of(path, fingerprint))))
                .hasMessageContaining("belongs in bucket " + bucket);
        assertThatThrownBy(() -> connector.alterOffsets(
                        config(),
                        offsets(NoteFolderOffsets.partition(root(), bucket), Map.of(path, "not a fingerprint"))))
                .hasMessageContaining("is not <hash>:<size>:<modified millis>");
        assertThatThrownBy(() -> connector.alterOffsets(
                        config(), offsets(NoteFolderOffsets.partition(root(), bucket), Map.of(path, 42L))))
                .hasMessageContaining("must be a string");
        assertThatThrownBy(() -> connector.alterOffsets(config(), offsets(Map.of("bucket", "256/256:" + root()), null)))
                .hasMessageContaining("is not between 0 and 255");
        assertThatThrownBy(() -> connector.alterOffsets(
                        config(),
                        offsets(NoteFolderOffsets.singleManifestPartition(root()), Map.of(path, fingerprint))))
                .as("the old layout may only be reset")
                .hasMessageContaining("is not one of this connector's 256 buckets");
    }

    private Map<String, String> config() {
        return Map.of("notes.root", vault.toString());
    }

    private String root() {
        return vault.toAbsolutePath().normalize().toString();
    }

    private static Map<Map<String, ?>, Map<String, ?>> offsets(Map<String, ?> partition, Map<String, ?> offset) {
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>();
        offsets.put(partition, offset);
        return offsets;
    }
}
