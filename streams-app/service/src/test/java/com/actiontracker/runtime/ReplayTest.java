package com.actiontracker.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayTest {

    @Test
    void theInternalTopicsAreTheAppsChangelogsRepartitionsAndForeignKeyJoinTopics() {
        assertThat(Replay.isInternal("action-tracker", "action-tracker-actions-changelog"))
                .isTrue();
        assertThat(Replay.isInternal("action-tracker", "action-tracker-owner-items-repartition"))
                .isTrue();
        assertThat(Replay.isInternal("action-tracker", "action-tracker-resolve-owner-subscription-registration-topic"))
                .isTrue();
        assertThat(Replay.isInternal("action-tracker", "action-tracker-resolve-owner-subscription-response-topic"))
                .isTrue();

        assertThat(Replay.isInternal("action-tracker", "tracker.notes.raw"))
                .as("an input")
                .isFalse();
        assertThat(Replay.isInternal("action-tracker", "tracker.actions-changelog"))
                .isFalse();
    }
}
