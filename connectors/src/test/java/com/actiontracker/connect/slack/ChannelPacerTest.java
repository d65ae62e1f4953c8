package com.actiontracker.connect.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.kafka.common.utils.MockTime;
import org.junit.jupiter.api.Test;

class ChannelPacerTest {

    @Test
    void aSecondMessageToOneChannelWaitsForTheIntervalAndOtherChannelsDoNot() {
        MockTime time = new MockTime(0, 0, 0);
        ChannelPacer pacer = new ChannelPacer(time, Duration.ofSeconds(1));

        pacer.awaitTurn("C1");
        pacer.awaitTurn("C2");
        assertThat(time.milliseconds()).isZero();

        time.sleep(300);
        pacer.awaitTurn("C1");
        assertThat(time.milliseconds()).isBetween(1000L, 1001L);

        time.sleep(2000);
        long before = time.milliseconds();
        pacer.awaitTurn("C1");
        pacer.awaitTurn(null);
        assertThat(time.milliseconds()).isEqualTo(before);
    }
}
