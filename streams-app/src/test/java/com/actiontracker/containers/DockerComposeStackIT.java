package com.actiontracker.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * docker-compose.yml brought up as it is, over the seed notes: the page's API lists the seed notes' owners. For those
 * who run Docker (needs `./mvnw package` first for the connector plugin the Connect worker mounts); skipped without a
 * Docker engine, where the embedded stack covers the same path (SeedLedgerIT, WebPageBrowserIT).
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerComposeStackIT {

    @Container
    static final ComposeContainer STACK = new ComposeContainer(new File("../docker-compose.yml"))
            .withEnv("VAULT_OWNER", "Jason Vallery")
            .withExposedService(
                    "tracker",
                    8080,
                    Wait.forHttp("/health").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(10)));

    @Test
    void theStackTracksTheSeedNotes() {
        String base = "http://" + STACK.getServiceHost("tracker", 8080) + ":" + STACK.getServicePort("tracker", 8080);
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(5)).ignoreExceptions().untilAsserted(() -> {
            HttpResponse<String> owners = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/owners")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(owners.statusCode()).isEqualTo(200);
            assertThat(owners.body()).contains("Andy Perlsteiner", "Lior Genzel", "Tomer Hagey");
        });
    }
}
