package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.actiontracker.avro.ActionStatus;
import com.actiontracker.avro.LifecycleStatus;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CommandPublisherTest {

    private static final Map<String, ActionStatus> ACTIONS = new TreeMap<>(Map.of(
            "3f2a91c0", action("3f2a91c0", "Send the deck"),
            "3f77d012", action("3f77d012", "Book the room"),
            "9b01e4aa", action("9b01e4aa", "Call the vendor")));

    private static ActionStatus action(String id, String text) {
        Instant at = Instant.parse("2025-10-30T09:00:00Z");
        return ActionStatus.newBuilder()
                .setActionId(id)
                .setText(text)
                .setStatus(LifecycleStatus.OPEN)
                .setFirstSeenAt(at)
                .setUpdatedAt(at)
                .build();
    }

    @Test
    void aFullIdOrAUniquePrefixNamesItsAction() {
        assertThat(CommandPublisher.named("3f2a91c0", ACTIONS).getText()).isEqualTo("Send the deck");
        assertThat(CommandPublisher.named("9b", ACTIONS).getText()).isEqualTo("Call the vendor");
    }

    @Test
    void anAmbiguousPrefixCarriesEveryActionItMatches() {
        assertThatThrownBy(() -> CommandPublisher.named("3f", ACTIONS))
                .isInstanceOfSatisfying(CommandPublisher.AmbiguousId.class, e -> {
                    assertThat(e).hasMessage("Id prefix 3f matches 2 actions: give more of the id");
                    assertThat(e.matches())
                            .extracting(ActionStatus::getText)
                            .containsExactly("Send the deck", "Book the room");
                });
    }

    @Test
    void aPrefixNothingStartsWithIsNamedInTheError() {
        assertThatThrownBy(() -> CommandPublisher.named("zz", ACTIONS)).hasMessage("No action with id zz");
    }
}
