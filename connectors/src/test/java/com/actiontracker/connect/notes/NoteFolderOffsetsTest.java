package com.actiontracker.connect.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

/** The offset layout as the worker sees it. */
class NoteFolderOffsetsTest {

    @Test
    void aBucketsPartitionSerialisesTheSameWhenConnectReadsItBackIntoAnotherMap() {
        // The worker keys offsets by the JSON of [connector, partition]; its offsets API reads partitions back into
        // maps of its own and serialises them again. A partition whose JSON depends on map order would be lost.
        JsonConverter json = new JsonConverter();
        json.configure(Map.of("schemas.enable", "false"), true);
        for (int bucket = 0; bucket < NoteFolderOffsets.BUCKETS; bucket++) {
            byte[] written = json.fromConnectData(
                    "offsets", null, Arrays.asList("notes", NoteFolderOffsets.partition("/vault", bucket)));
            Object readBack = json.toConnectData("offsets", written).value();
            assertThat(json.fromConnectData("offsets", null, readBack)).isEqualTo(written);
        }
    }

    @Test
    void bucketsAreSpreadEvenly() {
        int[] counts = new int[NoteFolderOffsets.BUCKETS];
        for (int i = 0; i < 51_200; i++) {
            counts[NoteFolderOffsets.bucketOf("meetings/2026/weekly sync " + i + ".md")]++;
        }
        assertThat(Arrays.stream(counts).max().orElseThrow())
                .as("the fullest of 256 buckets, 200 a bucket on average")
                .isLessThan(260);
    }
}
