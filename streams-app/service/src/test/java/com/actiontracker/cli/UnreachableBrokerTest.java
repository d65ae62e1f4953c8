package com.actiontracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** A command that needs a running tracker, with no broker at the address: it says so, naming the address. */
class UnreachableBrokerTest {

    @ParameterizedTest
    @ValueSource(strings = {"tail alerts.overdue", "done 3f2a"})
    void aCommandWithNoBrokerNamesTheAddressItTriedAndWhatStartsOne(String command) throws IOException {
        String address = "localhost:" + freePort();
        StringWriter err = new StringWriter();
        CommandLine cli = ServiceCli.configure(new CommandLine(new ServiceCli()));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute((command + " --bootstrap-server " + address).split(" "));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("error: no Kafka broker answered at " + address + " within 5 s")
                .contains("tracker demo")
                .contains("--bootstrap-server");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
