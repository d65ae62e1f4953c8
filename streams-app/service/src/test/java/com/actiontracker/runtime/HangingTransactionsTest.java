package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class HangingTransactionsTest {

    private static final TopicPartition CHANGELOG = new TopicPartition("action-tracker-alerts-changelog", 0);
    private static final TopicPartition OUTPUT = new TopicPartition("tracker.alerts.overdue", 2);
    private static final String APP = "action-tracker-e43aec87-1";

    @Test
    void aPartitionTheCoordinatorStillWaitsOnIsNotHanging() {
        HangingTransactions.OpenTransaction open = open(CHANGELOG, 0, 59);
        TransactionDescription preparing =
                description(0, 60, TransactionState.PREPARE_COMMIT, Set.of(CHANGELOG, OUTPUT));

        assertThat(HangingTransactions.hanging(List.of(open), Map.of(0L, APP), Map.of(APP, preparing)))
                .isEmpty();
    }

    @Test
    void aPartitionLeftOpenAfterTheCoordinatorFinishedIsHanging() {
        // What a restart after a kill used to leave: the coordinator dropped the markers and moved on.
        HangingTransactions.OpenTransaction open = open(CHANGELOG, 0, 59);
        TransactionDescription finished = description(0, 60, TransactionState.EMPTY, Set.of());

        assertThat(HangingTransactions.hanging(List.of(open), Map.of(0L, APP), Map.of(APP, finished)))
                .containsExactly(open);
    }

    @Test
    void aProducerNoCoordinatorKnowsOrThatTheCoordinatorReplacedIsHanging() {
        HangingTransactions.OpenTransaction orphan = open(OUTPUT, 7, 3);
        HangingTransactions.OpenTransaction replaced = open(CHANGELOG, 0, 12);
        TransactionDescription newProducer = description(4, 0, TransactionState.ONGOING, Set.of(CHANGELOG));

        assertThat(HangingTransactions.hanging(List.of(orphan, replaced), Map.of(0L, APP), Map.of(APP, newProducer)))
                .containsExactly(orphan, replaced);
    }

    private static HangingTransactions.OpenTransaction open(TopicPartition partition, long producerId, int epoch) {
        return new HangingTransactions.OpenTransaction(
                partition, new ProducerState(producerId, epoch, 3, 1_000L, OptionalInt.of(2), OptionalLong.of(543)));
    }

    private static TransactionDescription description(
            long producerId, int epoch, TransactionState state, Set<TopicPartition> partitions) {
        return new TransactionDescription(1, state, producerId, epoch, 10_000, OptionalLong.of(1_000L), partitions);
    }
}
