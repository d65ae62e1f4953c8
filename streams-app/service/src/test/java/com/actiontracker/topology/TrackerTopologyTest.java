package com.actiontracker.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.avro.CommandType;
import com.actiontracker.avro.DeadLetter;
import com.actiontracker.avro.DeadLetterStage;
import com.actiontracker.avro.LifecycleStatus;
import com.actiontracker.avro.StatusChange;
import com.actiontracker.tracking.ActionState;
import com.actiontracker.tracking.FindingState;
import com.actiontracker.tracking.Lifecycle;
import com.actiontracker.tracking.OwnerLedger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topology, fast, without a broker. Through a real broker: TrackerPipelineIT. */
class TrackerTopologyTest {

    private static final Topics TOPICS = TrackerDriver.TOPICS;
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final String NOTE = """
            ---
            date: 2025-10-30
            ---
            # 1:1 — Lior — 2025-10-30

            ## Action items
            - [ ] Send the MAI deck @Lior 📅 2025-10-31 ⏫
            - [ ] Book the lab @Myself 📅 2025-11-05

            ## Decisions
            - Emphasize observability in the deck.

            ## Risks
            - Politics may slow the hardware path.
            """;

    private TrackerDriver tracker;
    private TrackerDriver.Output<StatusChange> statusChanges;
    private TrackerDriver.Output<DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        tracker = new TrackerDriver();
        statusChanges = tracker.output(TOPICS.actionStatus(), StatusChange.class);
        deadLetters = tracker.output(TOPICS.deadLetters(), DeadLetter.class);
    }

    @AfterEach
    void stop() {
        tracker.close();
    }

    @Test
    void aNoteBecomesActionsWithOwnersFindingsAndOwnerLedgers() {
        publish("notes/lior.md", NOTE, T0);

        List<ActionState> actions = actions();
        assertThat(actions)
                .extracting(ActionState::text)
                .containsExactlyInAnyOrder("Send the MAI deck", "Book the lab");
        assertThat(actions).extracting(ActionState::owner).containsExactlyInAnyOrder("Lior", "Jason Vallery");
        assertThat(actions).allSatisfy(a -> assertThat(a.status()).isEqualTo(Lifecycle.OPEN));
        assertThat(findings())
                .extracting(FindingState::text)
                .containsExactlyInAnyOrder(
                        "Emphasize observability in the deck.", "Politics may slow the hardware path.");
        assertThat(ledger("Lior").items().values())
                .extracting(OwnerLedger.Item::text)
                .containsExactly("Send the MAI deck");
        assertThat(changes())
                .extracting(StatusChange::getTo)
                .containsOnly(LifecycleStatus.OPEN)
                .hasSize(2);
    }

    @Test
    void tickingABoxInANewRevisionCompletesTheActionAndRecordsTheTransition() {
        publish("notes/lior.md", NOTE, T0);
        changes();

        publish(
                "notes/lior.md",
                NOTE.replace(
                        "- [ ] Send the MAI deck @Lior 📅 2025-10-31 ⏫",
                        "- [x] Send the MAI deck @Lior 📅 2025-10-31 ⏫ ✅ 2025-11-08"),
                T0.plusSeconds(60));

        ActionState deck = actions().stream()
                .filter(a -> a.text().equals("Send the MAI deck"))
                .findFirst()
                .orElseThrow();
        assertThat(deck.status()).isEqualTo(Lifecycle.DONE);
        assertThat(deck.doneDate()).isEqualTo(LocalDate.of(2025, 11, 8));
        assertThat(changes()).singleElement().satisfies(c -> {
            assertThat(c.getFrom()).isEqualTo(LifecycleStatus.OPEN);
            assertThat(c.getTo()).isEqualTo(LifecycleStatus.DONE);
            assertThat(c.getEffectiveDate()).isEqualTo(LocalDate.of(2025, 11, 8));
            assertThat(c.getSource().getPath()).isEqualTo("notes/lior.md");
            assertThat(c.getChangedAt()).isEqualTo(T0.plusSeconds(60));
        });
        assertThat(ledger("Lior").items().values())
                .singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(Lifecycle.DONE));
    }

    @Test
    void aDeletedNoteRetiresItsActionsAndFindingsAndEmptiesTheLedgers() {
        publish("notes/lior.md", NOTE, T0);
        tracker.raw.pipeInput("notes/lior.md", null, T0.plusSeconds(5));

        assertThat(actions()).allSatisfy(a -> assertThat(a.status()).isEqualTo(Lifecycle.RETIRED));
        assertThat(findings()).isEmpty();
        assertThat(ledgerStore().get("Lior")).isNull();
    }

    @Test
    void theSameTaskInTwoNotesOfOneMeetingIsOneActionWithTwoSources() {
        publish("notes/lior.md", NOTE, T0);
        publish("notes/lior-copy.md", """
                ---
                date: "2025-10-30"
                ---
                - [x] Send the MAI deck @Lior ✅ 2025-11-08
                """, T0.plusSeconds(1));

        ActionState deck = actions().stream()
                .filter(a -> a.text().equals("Send the MAI deck"))
                .findFirst()
                .orElseThrow();
        assertThat(deck.locations()).extracting(l -> l.path()).containsExactly("notes/lior-copy.md", "notes/lior.md");
        assertThat(deck.status()).isEqualTo(Lifecycle.DONE);
        assertThat(actions()).hasSize(2);
    }

    @Test
    void aRevisionAlreadySeenChangesNothing() {
        var events = tracker.driver.createOutputTopic(
                TOPICS.actionEvents(), new StringDeserializer(), new ByteArrayDeserializer());
        publish("notes/lior.md", NOTE, T0);
        changes();
        assertThat(events.readValuesToList())
                .as("the first revision's observations")
                .isNotEmpty();
        Map<String, Long> revisions = new TreeMap<>();
        actions().forEach(a -> revisions.put(a.actionId(), a.revision()));

        publish("notes/lior.md", NOTE, T0.plusSeconds(30));

        assertThat(events.readValuesToList())
                .as("the same content hash is not read again")
                .isEmpty();
        assertThat(changes()).isEmpty();
        actions().forEach(a -> assertThat(a.revision()).isEqualTo(revisions.get(a.actionId())));
    }

    @Test
    void recordsThatCannotBeProcessedBecomeDeadLettersWithTheirBytesAndTheRestGoesOn() {
        byte[] garbage = "not an avro note".getBytes(StandardCharsets.UTF_8);
        tracker.raw.pipeInput("notes/garbage.md", garbage, T0);
        tracker.raw.pipeInput(
                "notes/binary.md", NoteFiles.encoded("notes/binary.md", new byte[] {(byte) 0xC3, 0x28, 0, 1}, T0), T0);
        publish("notes/lior.md", NOTE, T0);

        List<DeadLetter> letters = letters();
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).getFailedIn()).isEqualTo(DeadLetterStage.DESERIALIZE);
        assertThat(letters.get(0).getStage()).as("for readers of v1").isEqualTo("deserialize");
        assertThat(letters.get(0).getValue()).isEqualTo(ByteBuffer.wrap(garbage));
        assertThat(letters.get(0).getTopic()).isEqualTo(TOPICS.rawNotes());
        assertThat(letters.get(1).getFailedIn()).isEqualTo(DeadLetterStage.PARSE);
        assertThat(letters.get(1).getPath()).isEqualTo("notes/binary.md");
        assertThat(actions()).hasSize(2);
    }

    @Test
    void aCommandCompletesAnActionAndACommandForAnUnknownActionIsADeadLetter() {
        publish("notes/lior.md", NOTE, T0);
        String id = actions().stream()
                .filter(a -> a.text().equals("Book the lab"))
                .findFirst()
                .orElseThrow()
                .actionId();

        command(id, CommandType.COMPLETE, null);
        command("a-unknown", CommandType.COMPLETE, null);

        assertThat(tracker.<ActionState>store(StoreNames.RESOLVED_ACTIONS)
                        .get(id)
                        .status())
                .isEqualTo(Lifecycle.DONE);
        assertThat(letters()).singleElement().satisfies(l -> {
            assertThat(l.getFailedIn()).isEqualTo(DeadLetterStage.PROCESS);
            assertThat(l.getReason()).contains("a-unknown");
            assertThat(l.getValue()).isNotNull();
        });
    }

    @Test
    void reassigningMovesTheActionFromOneLedgerToAnother() {
        publish("notes/lior.md", NOTE, T0);
        String id = actions().stream()
                .filter(a -> a.text().equals("Send the MAI deck"))
                .findFirst()
                .orElseThrow()
                .actionId();

        command(id, CommandType.REASSIGN, "Priya Raman");

        assertThat(ledgerStore().get("Lior")).isNull();
        assertThat(ledger("Priya Raman").items()).containsKey(id);
    }

    @Test
    void aLaterNoteThatNamesSomeoneInFullResolvesEarlierActionsWrittenWithTheFirstNameAlone() {
        publish("a.md", "---\ndate: 2025-10-30\n---\n- [ ] Send the deck @Andy 📅 2025-10-31\n", T0);
        assertThat(ownerOf("Send the deck")).isEqualTo("Andy");

        publish(
                "b.md",
                "---\ndate: 2025-11-02\nparticipants: [\"Andy Perlsteiner\", \"Jason Vallery\"]\n---\n# Sync\n",
                T0.plusSeconds(1));
        assertThat(ownerOf("Send the deck")).isEqualTo("Andy Perlsteiner");
        assertThat(ledgerStore().get("Andy")).isNull();
        assertThat(ledger("Andy Perlsteiner").items().values())
                .extracting(OwnerLedger.Item::text)
                .containsExactly("Send the deck");

        publish("c.md", "---\ndate: 2025-11-03\n---\n- [ ] Book a room @Andy Pernstiner\n", T0.plusSeconds(2));
        assertThat(ownerOf("Book a room"))
                .as("a spelling variant is the same person")
                .isEqualTo("Andy Perlsteiner");
        assertThat(ownerOf("Send the deck")).isEqualTo("Andy Perlsteiner");

        tracker.raw.pipeInput("b.md", null, T0.plusSeconds(3));
        tracker.raw.pipeInput("c.md", null, T0.plusSeconds(4));
        assertThat(ownerOf("Send the deck")).as("nobody named in full any more").isEqualTo("Andy");
    }

    @Test
    void aFirstNameSharedByTwoKnownPeopleStaysAsWrittenWithAWarning() {
        publish(
                "a.md",
                "---\ndate: 2025-10-30\nparticipants: [\"Chris Rowe\", \"Chris Adams\"]\n---\n- [ ] Review the PRD @Chris\n",
                T0);

        ActionState review = actions().stream()
                .filter(a -> a.text().equals("Review the PRD"))
                .findFirst()
                .orElseThrow();
        assertThat(review.owner()).isEqualTo("Chris");
        assertThat(review.ownerWarning()).isEqualTo("@Chris is ambiguous: Chris Adams or Chris Rowe");
    }

    private String ownerOf(String text) {
        return actions().stream()
                .filter(a -> a.text().equals(text))
                .findFirst()
                .orElseThrow()
                .owner();
    }

    private void publish(String path, String content, Instant at) {
        tracker.publish(path, content, at);
    }

    private void command(String actionId, CommandType type, String owner) {
        tracker.command(actionId, type, owner, T0.plusSeconds(100));
    }

    private List<ActionState> actions() {
        return tracker.actions();
    }

    private List<FindingState> findings() {
        return TrackerDriver.values(tracker.store(StoreNames.FINDINGS));
    }

    private KeyValueStore<String, OwnerLedger> ledgerStore() {
        return tracker.store(StoreNames.OWNER_LEDGER);
    }

    private OwnerLedger ledger(String owner) {
        OwnerLedger ledger = ledgerStore().get(owner);
        assertThat(ledger).as("ledger of " + owner).isNotNull();
        return ledger;
    }

    private List<StatusChange> changes() {
        return statusChanges.values();
    }

    private List<DeadLetter> letters() {
        return deadLetters.values();
    }
}
