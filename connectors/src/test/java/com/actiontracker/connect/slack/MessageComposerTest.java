package com.actiontracker.connect.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.actiontracker.avro.AlertResolution;
import com.actiontracker.avro.AlertType;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageComposerTest {

    private static final SlackRoutes ROUTES =
            SlackRoutes.parse(List.of("Jason Vallery=U0JASON", "Lior Genzel=C0LIOR"), "C0GENERAL");
    private final MessageComposer webhook = new MessageComposer(ROUTES, true, "http://tracker:8080/notes/", 10);
    private final MessageComposer bot = new MessageComposer(ROUTES, false, "", 10);

    @Test
    void aBurstForOneOwnerIsOneMessageTellingWhoWhatHowLateAndWhere() {
        List<Notice> notices = List.of(
                overdue("e1", "Jason Vallery", "Send the pricing sheet", 3),
                overdue("e2", "Jason Vallery", "Book the lab", 1),
                overdue("e3", "Andy Perlsteiner", "Ship <it> & tell", 12));

        List<SlackMessage> messages = webhook.compose(notices, key -> Optional.empty());

        assertThat(messages).hasSize(2);
        SlackMessage jason = messages.get(0);
        assertThat(jason.notices()).extracting(Notice::id).containsExactly("e1", "e2");
        assertThat(jason.channel()).isNull();
        String blocks = texts(jason.blocks());
        assertThat(blocks)
                .contains(
                        "*Jason Vallery* <@U0JASON> · 2 newly overdue",
                        "Send the pricing sheet",
                        "3 days",
                        "due 2025-11-05",
                        "1 day ·",
                        "<http://tracker:8080/notes/meetings/2025-11-02%20Sync.md#L4|meetings/2025-11-02 Sync.md:4>");
        assertThat(jason.text()).startsWith("Jason Vallery: overdue 3 days: Send the pricing sheet (due 2025-11-05)");
        assertThat(texts(messages.get(1).blocks()))
                .contains("Ship &lt;it&gt; &amp; tell")
                .doesNotContain("<@");
    }

    @Test
    void largeBurstsAreSplitAndEveryMessageStaysWithinSlacksLimits() {
        MessageComposer composer = new MessageComposer(ROUTES, false, "", SlackSinkConfig.MAX_ALERTS_PER_MESSAGE);
        List<Notice> notices = IntStream.range(0, 100)
                .mapToObj(i -> (Notice) overdue("e" + i, "Lior Genzel", "x".repeat(5000) + i, i))
                .toList();

        List<SlackMessage> messages = composer.compose(notices, key -> Optional.empty());

        assertThat(messages).hasSize(3);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.channel()).isEqualTo("C0LIOR");
            assertThat(m.blocks().size()).isLessThanOrEqualTo(MessageComposer.MAX_BLOCKS);
            m.blocks()
                    .forEach(
                            b -> assertThat(b.path("text").path("text").asText().length())
                                    .isLessThanOrEqualTo(3000));
            assertThat(m.text().length()).isLessThanOrEqualTo(MessageComposer.MAX_FALLBACK_CHARS);
        });
        assertThat(messages.stream().mapToInt(m -> m.notices().size()).sum()).isEqualTo(100);
    }

    @Test
    void aResolutionRepliesInTheThreadOfItsAlertWithABotToken() {
        Notice.Alert done = resolved("e9", "Lior Genzel", AlertResolution.DONE);
        MessageComposer.Thread thread = new MessageComposer.Thread("C0LIOR", "1700000001.000001");

        SlackMessage reply = bot.compose(
                        List.of(done), key -> key.equals(done.threadKey()) ? Optional.of(thread) : Optional.empty())
                .get(0);
        SlackMessage fresh = bot.compose(List.of(done), key -> Optional.empty()).get(0);

        assertThat(reply.threadTs()).isEqualTo("1700000001.000001");
        assertThat(reply.channel()).isEqualTo("C0LIOR");
        assertThat(texts(reply.blocks())).contains(":white_check_mark: *Done*", "~Book the lab~", "`notes/a.md:7`");
        assertThat(fresh.threadTs()).isNull();
        assertThat(bot.compose(List.of(resolved("e8", null, AlertResolution.CANCELLED)), key -> Optional.empty())
                        .get(0))
                .satisfies(m -> assertThat(m.channel()).isEqualTo("C0GENERAL"))
                .satisfies(m -> assertThat(texts(m.blocks())).contains("*No owner*", "*Cancelled*"));
    }

    @Test
    void aReassignedAlertTellsTheOldOwnerTheWorkMovedWithoutStrikingItThrough() {
        SlackMessage moved = bot.compose(
                        List.of(resolved("e7", "Priya Raman", AlertResolution.REASSIGNED)), key -> Optional.empty())
                .get(0);

        assertThat(texts(moved.blocks())).contains("*Reassigned*").doesNotContain("~Book the lab~");
    }

    @Test
    void aDigestListsOverdueAndDueSoonAndCountsWhatDoesNotFit() {
        List<Notice.Item> overdue = new ArrayList<>();
        IntStream.range(0, 2000)
                .forEach(i -> overdue.add(new Notice.Item(
                        "Item " + i + " " + "y".repeat(80),
                        LocalDate.of(2025, 10, 1),
                        List.of(new Notice.Source("a.md", i + 1)))));
        Notice.Digest digest = new Notice.Digest(
                "d1",
                "Jason Vallery",
                LocalDate.of(2025, 11, 3),
                overdue,
                List.of(new Notice.Item("Soon", LocalDate.of(2025, 11, 5), List.of())));

        SlackMessage message =
                webhook.compose(List.of(digest), key -> Optional.empty()).get(0);

        assertThat(message.blocks().size()).isEqualTo(MessageComposer.MAX_BLOCKS);
        assertThat(texts(message.blocks()))
                .contains(
                        "Daily digest for Jason Vallery, 2025-11-03: 2000 overdue, 1 due soon",
                        "Item 0 ",
                        "more lines in the tracker");
        message.blocks()
                .forEach(b -> assertThat(b.path("text").path("text").asText().length())
                        .isLessThanOrEqualTo(3000));
        SlackMessage small = webhook.compose(
                        List.of(new Notice.Digest(
                                "d2", "Jason Vallery", LocalDate.of(2025, 11, 3), overdue.subList(0, 2), List.of())),
                        key -> Optional.empty())
                .get(0);
        assertThat(texts(small.blocks())).contains("*Overdue*", "Item 1 ").doesNotContain("more lines");
    }

    @Test
    void oneByOneSplitsAMessageIntoSingleNoticeMessages() {
        SlackMessage both = webhook.compose(
                        List.of(overdue("e1", "Jason Vallery", "A", 1), overdue("e2", "Jason Vallery", "B", 2)),
                        key -> Optional.empty())
                .get(0);

        assertThat(webhook.oneByOne(both))
                .extracting(m -> m.notices().get(0).id())
                .containsExactly("e1", "e2");
        assertThat(both.splittable()).isTrue();
    }

    private static Notice.Alert overdue(String id, String owner, String text, int days) {
        return new Notice.Alert(
                id,
                "a-" + id,
                1,
                AlertType.OVERDUE,
                0,
                owner,
                text,
                LocalDate.of(2025, 11, 5),
                days,
                null,
                List.of(new Notice.Source("meetings/2025-11-02 Sync.md", 4)));
    }

    private static Notice.Alert resolved(String id, String owner, AlertResolution resolution) {
        return new Notice.Alert(
                id,
                "a-lab",
                1,
                AlertType.RESOLVED,
                0,
                owner,
                "Book the lab",
                LocalDate.of(2025, 11, 4),
                0,
                resolution,
                List.of(new Notice.Source("notes/a.md", 7)));
    }

    private static String texts(JsonNode blocks) {
        StringBuilder all = new StringBuilder();
        for (JsonNode block : blocks) {
            all.append(block.path("text").path("text").asText()).append('\n');
            block.path("elements")
                    .forEach(e -> all.append(e.path("text").asText()).append('\n'));
        }
        return all.toString();
    }
}
