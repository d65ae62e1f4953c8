package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NoteParserTest {

    private final NoteParser parser = new NoteParser(ParserSettings.defaults());

    private ParsedNote parse(String note) {
        try {
            return parser.parse("notes/test.md", note.getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableNoteException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void findsTaskLinesAnywhereButInCode() {
        ParsedNote note = parse("""
                ---
                title: t
                ---
                Some text
                - [ ] top level
                  - [x] nested ✅ 2025-01-02
                > - [ ] in a quote
                > [!info] Callout
                > - [/] in a callout

                ```
                - [ ] in a fenced code block
                ```

                    - [ ] in an indented code block
                1. [-] numbered
                """);

        assertThat(note.actions())
                .extracting(ActionItem::line, ActionItem::description, ActionItem::status)
                .containsExactly(
                        tuple(5, "top level", TaskStatus.OPEN),
                        tuple(6, "nested", TaskStatus.DONE),
                        tuple(7, "in a quote", TaskStatus.OPEN),
                        tuple(9, "in a callout", TaskStatus.IN_PROGRESS),
                        tuple(16, "numbered", TaskStatus.CANCELLED));
    }

    @Test
    void lineNumbersCountFrontMatterAndRepairedText() {
        ParsedNote note = parse("---\na: 1\nb: 2\n---\n\n## Decisions\n- Go with â€œplan Bâ€\n");

        assertThat(note.statements()).singleElement().satisfies(statement -> {
            assertThat(statement.line()).isEqualTo(7);
            assertThat(statement.text()).isEqualTo("Go with “plan B”");
            assertThat(statement.kind()).isEqualTo(StatementKind.DECISION);
        });
    }

    @Test
    void theTextReadIsTheRepairedNoteOnTheSameLines() {
        ParsedNote note = parse("---\r\ndate: 2025-10-01\r\n---\r\n- [ ] Send Jasonâ€™s deck\r\n");

        assertThat(note.text()).isEqualTo("---\ndate: 2025-10-01\n---\n- [ ] Send Jason’s deck\n");
        assertThat(note.text().split("\n", -1)[note.actions().get(0).line() - 1])
                .as("the line an item names is the line it was read from")
                .contains("Jason’s deck");
    }

    @Test
    void readsBulletsAndNumberedItemsUnderStatementHeadingsOnly() {
        ParsedNote note = parse("""
                ## Key decisions
                1. First **bold** decision
                2. Second `code` decision
                   - a detail, not a decision
                - [ ] a task under decisions is a task
                ## Risks & blockers
                * Might slip
                ## Key facts learned
                - a fact
                ## Outcomes
                - an outcome
                ## Open questions
                - Who owns it?
                """);

        assertThat(note.statements())
                .extracting(Statement::kind, Statement::text, Statement::section)
                .containsExactly(
                        tuple(StatementKind.DECISION, "First bold decision", "Key decisions"),
                        tuple(StatementKind.DECISION, "Second code decision", "Key decisions"),
                        tuple(StatementKind.RISK, "Might slip", "Risks & blockers"),
                        tuple(StatementKind.QUESTION, "Who owns it?", "Open questions"));
        assertThat(note.actions())
                .extracting(ActionItem::description)
                .containsExactly("a task under decisions is a task");
    }

    @Test
    void plainBulletsInActionSectionsAreActions() {
        ParsedNote note = parse("## Next steps\n- Send the deck to Lior @Jason 📅 2025-11-01\n- [x] Done already\n");

        assertThat(note.actions()).hasSize(2).first().satisfies(item -> {
            assertThat(item.description()).isEqualTo("Send the deck to Lior");
            assertThat(item.owner()).isEqualTo("Jason");
            assertThat(item.due()).isEqualTo(LocalDate.of(2025, 11, 1));
            assertThat(item.statusSymbol()).isNull();
            assertThat(item.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(item.confidence()).isEqualTo(TaskLineParser.BULLET_CONFIDENCE);
        });
    }

    @Test
    void repairsDamagedEmojiBeforeReadingTaskFields() {
        ParsedNote note = parse("- [x] Ship it @Ann ðŸ”¼ ðŸ“… 2025-10-31 âœ… 2025-11-08\n"
                + "- [ ] Call Bob @Ann üìÖ 2025-10-30 ‚è´ #task\n");

        assertThat(note.actions())
                .extracting(ActionItem::priority, ActionItem::due, ActionItem::done)
                .containsExactly(
                        tuple(Priority.MEDIUM, LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 8)),
                        tuple(Priority.HIGH, LocalDate.of(2025, 10, 30), null));
        assertThat(note.actions().get(1).rawLine()).isEqualTo("- [ ] Call Bob @Ann 📅 2025-10-30 ⏫ #task");
    }

    @Test
    void anInvalidTaskDateIsAWarningOnTheItemAndTheNote() {
        ParsedNote note = parse("- [ ] Pay rent 📅 2025-13-45\n");

        assertThat(note.actions()).singleElement().satisfies(item -> {
            assertThat(item.due()).isNull();
            assertThat(item.warnings()).singleElement().asString().contains("2025-13-45");
        });
        assertThat(note.warnings())
                .singleElement()
                .asString()
                .startsWith("line 1:")
                .contains("2025-13-45");
    }

    @Test
    void aBrokenFrontMatterStillLeavesTheBody() {
        ParsedNote note = parse("---\ntitle: [oops\n---\n# Real title\n- [ ] still read\n");

        assertThat(note.metadata().title()).isEqualTo("Real title");
        assertThat(note.actions())
                .hasSize(1)
                .first()
                .extracting(ActionItem::line)
                .isEqualTo(5);
        assertThat(note.warnings()).singleElement().asString().contains("front matter");
    }

    @Test
    void refusesNonUtf8AndNullContent() {
        assertThatThrownBy(() -> parser.parse("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}))
                .isInstanceOf(UnreadableNoteException.class);
        assertThatThrownBy(() -> parser.parse("x.md", null)).isInstanceOf(UnreadableNoteException.class);
    }

    @Test
    void anEmptyNoteIsAnEmptyResult() {
        ParsedNote note = parse("");

        assertThat(note.actions()).isEmpty();
        assertThat(note.statements()).isEmpty();
        assertThat(note.transcript()).isEmpty();
        assertThat(note.metadata().title()).isEqualTo("test");
        assertThat(note.warnings()).isEmpty();
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        List<String> seeds = List.of("000", "001", "002", "003", "004");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParsedNote>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String seed : seeds) {
                    futures.add(pool.submit(
                            () -> parser.parse(Seeds.path(seed).getFileName().toString(), Seeds.bytes(seed))));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(Seeds.parsed(seeds.get(k % seeds.size())));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
