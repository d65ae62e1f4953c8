package com.actiontracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.parse.Commitment;
import com.actiontracker.parse.ItemOrigin;
import com.actiontracker.parse.Priority;
import com.actiontracker.parse.StatementKind;
import com.actiontracker.parse.TaskStatus;
import com.actiontracker.tracking.ActionEvent.Command;
import com.actiontracker.tracking.ActionEvent.CommandType;
import com.actiontracker.tracking.ActionEvent.Observation;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.FindingState;
import com.actiontracker.tracking.OwnerLedger;
import com.actiontracker.tracking.SourceStatement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The JSON that scripts and subscribers read is a contract: field names are never renamed or dropped. Each shape is
 * compared with a golden file under {@code src/test/resources/contract/}; a deliberate addition is accepted by running
 * this test with {@code -Dcontract.update=true} and committing the files it rewrites.
 */
class JsonContractTest {

    private static final Path GOLDEN = Path.of("src/test/resources/contract");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final LocalDate MEETING = LocalDate.of(2025, 10, 30);
    private static final LocalDate AS_OF = LocalDate.of(2025, 11, 12);
    private static final Instant READ = Instant.parse("2025-11-01T09:00:00Z");

    @Test
    void theReport() throws Exception {
        assertMatchesGolden("report.json", ReportJson.write(report(), 3));
    }

    @Test
    void oneActionOfTheApi() throws Exception {
        assertMatchesGolden("api-action.json", ApiJson.action(reopened().viewOnOrCurrent(AS_OF)));
    }

    @Test
    void theOwnersAndAnOwnersActionsOfTheApi() throws Exception {
        List<OwnerLedger> ledgers =
                List.of(ledger("Lior Genzel", written(), reopened()), ledger("Jason Vallery", inferred()));
        assertMatchesGolden("api-owners.json", ApiJson.owners(ledgers, AS_OF, 3));
        assertMatchesGolden(
                "api-owner-actions.json",
                ApiJson.ownerActions("Lior Genzel", ledgers.get(0), ApiJson.StatusFilter.ALL, AS_OF));
    }

    private static LedgerReport report() {
        FindingState decision = FindingState.apply(
                null,
                new FindingState.Observation(
                        "d-1",
                        StatementKind.DECISION,
                        "We go with plan B",
                        "Decisions",
                        MEETING,
                        "Sync",
                        ItemOrigin.TASK,
                        1.0,
                        "sync.md",
                        9,
                        false));
        return LedgerReport.build(
                AS_OF,
                List.of(written(), reopened(), inferred()),
                List.of(decision),
                List.of(new LedgerReport.DeadLetterEntry("bad.md", "parse", "not UTF-8")));
    }

    private static ActionState written() {
        return ActionState.start(new Observation(
                        "a-written",
                        statement(
                                "sync.md",
                                "Send the deck",
                                "Lior",
                                TaskStatus.OPEN,
                                LocalDate.of(2025, 11, 5),
                                ItemOrigin.TASK,
                                1.0,
                                null),
                        false))
                .withOwner("Lior Genzel", null);
    }

    private static ActionState reopened() {
        return ActionState.start(new Observation(
                        "a-reopened",
                        statement("sync.md", "Book the lab", "Lior", TaskStatus.DONE, null, ItemOrigin.TASK, 1.0, null),
                        false))
                .apply(new Command("c-1", "a-reopened", CommandType.REOPEN, null, null, READ.plusSeconds(60), "jason"))
                .withOwner("Lior Genzel", null);
    }

    private static ActionState inferred() {
        return ActionState.start(new Observation(
                        "a-inferred",
                        statement(
                                "call.md",
                                "Send the pricing sheet",
                                "Jason Vallery",
                                TaskStatus.OPEN,
                                null,
                                ItemOrigin.TRANSCRIPT,
                                0.21,
                                Commitment.TENTATIVE),
                        false))
                .withOwner("Jason Vallery", null);
    }

    private static SourceStatement statement(
            String path,
            String text,
            String owner,
            TaskStatus status,
            LocalDate due,
            ItemOrigin origin,
            double confidence,
            Commitment commitment) {
        return new SourceStatement(
                path,
                12,
                "sha",
                text,
                owner,
                status,
                due,
                status == TaskStatus.DONE ? LocalDate.of(2025, 11, 1) : null,
                null,
                Priority.HIGH,
                List.of("#sync"),
                origin,
                confidence,
                commitment,
                false,
                MEETING,
                READ);
    }

    private static OwnerLedger ledger(String owner, ActionState... actions) {
        TreeMap<String, OwnerLedger.Item> items = new TreeMap<>();
        for (ActionState action : actions) {
            items.put(action.actionId(), OwnerLedger.Item.of(action));
        }
        return new OwnerLedger(owner, items);
    }

    private static void assertMatchesGolden(String name, String actual) throws Exception {
        JsonNode tree = JSON.readTree(actual);
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(golden, JSON.writeValueAsString(tree) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file " + golden + " (create it with -Dcontract.update=true)")
                .exists();
        assertThat(tree)
                .as(name + ": a field was renamed, dropped or changed; see the class comment")
                .isEqualTo(JSON.readTree(Files.readString(golden)));
    }
}
