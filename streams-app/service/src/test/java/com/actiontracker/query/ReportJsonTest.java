package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.tracking.ActionEvent.Observation;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.SourceStatement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private static final LocalDate MEETING = LocalDate.of(2025, 10, 30);
    private static final Instant READ = Instant.parse("2025-11-10T09:00:00Z");

    @Test
    void anActionUntickedAfterItWasDoneIsOpenAndSaysItWasReopened() throws Exception {
        ActionState reopened = ActionState.start(said(TaskStatus.DONE, LocalDate.of(2025, 11, 8), READ))
                .apply(said(TaskStatus.OPEN, null, READ.plusSeconds(3600)))
                .withOwner("Lior Genzel", null);

        JsonNode item = items(reopened, LocalDate.of(2025, 11, 12)).get(0);
        assertThat(item.get("status").asText()).isEqualTo("open");
        assertThat(item.get("reopened").asBoolean()).isTrue();
    }

    @Test
    void anActionNeverClosedIsNotReopened() throws Exception {
        ActionState open = ActionState.start(said(TaskStatus.OPEN, null, READ)).withOwner("Lior Genzel", null);

        assertThat(items(open, LocalDate.of(2025, 11, 12))
                        .get(0)
                        .get("reopened")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void eachOwnerSaysHowManyAreDueSoonAsTheApisOwnersDo() throws Exception {
        LocalDate today = LocalDate.of(2025, 11, 12);
        LedgerReport report = LedgerReport.build(
                today,
                List.of(
                        TestActions.action("a-1", "Send the deck", TaskStatus.OPEN, today.plusDays(2)),
                        TestActions.action("a-2", "Book the lab", TaskStatus.OPEN, today.plusDays(9)),
                        TestActions.action("a-3", "Write the brief", TaskStatus.DONE, today.plusDays(1))),
                List.of(),
                List.of());

        JsonNode owner = new ObjectMapper()
                .readTree(ReportJson.write(report, 3))
                .get("owners")
                .get(0);
        JsonNode api = new ObjectMapper()
                .readTree(ApiJson.owners(report, 3))
                .get("owners")
                .get(0);

        assertThat(owner.get("dueSoon").asInt()).isEqualTo(1);
        assertThat(owner.get("dueSoon")).isEqualTo(api.get("dueSoon"));
    }

    private static JsonNode items(ActionState action, LocalDate asOf) throws Exception {
        String json = ReportJson.write(LedgerReport.build(asOf, List.of(action), List.of(), List.of()), 3);
        return new ObjectMapper().readTree(json).get("owners").get(0).get("items");
    }

    private static Observation said(TaskStatus status, LocalDate done, Instant at) {
        return new Observation(
                "a1",
                new SourceStatement(
                        "lior.md",
                        4,
                        "sha-" + status,
                        "Send the deck",
                        "Lior",
                        status,
                        null,
                        done,
                        null,
                        null,
                        List.of(),
                        ItemOrigin.TASK,
                        1.0,
                        null,
                        false,
                        MEETING,
                        at),
                false);
    }
}
