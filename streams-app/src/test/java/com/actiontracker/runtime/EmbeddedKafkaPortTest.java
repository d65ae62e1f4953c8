package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A busy client port is named with the option that changes it, before any broker starts. */
class EmbeddedKafkaPortTest {

    @TempDir
    Path dir;

    @Test
    void aBusyPortIsNamedWithTheOptionThatChangesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedKafka.start(dir, port))
                    .isInstanceOf(IOException.class)
                    .hasMessage("Port " + port + " for the embedded Kafka is in use (another tracker demo, or a Kafka"
                            + " of your own?): choose another with --kafka-port");
        }
    }
}
