package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The five real notes in seeds/: everything their authors wrote comes out, with the damaged emoji restored. */
class SeedNotesTest {

    private static final String TASKS_EMOJI = "🔺⏫🔼🔽⏬📅📆🗓⏳⌛🛫➕✅❌🔁🆔⛔";

    @ParameterizedTest(name = "seed {0} line {1}")
    @CsvFileSource(resources = "/parse/seed-tasks.csv", delimiter = '|')
    void everyCheckboxLineComesOutAsWritten(
            String seed,
            int line,
            TaskStatus status,
            String owner,
            LocalDate due,
            LocalDate done,
            Priority priority,
            String tags,
            String emoji,
            String description) {
        ActionItem item = taskAt(seed, line);

        assertThat(item.status()).isEqualTo(status);
        assertThat(item.owner()).isEqualTo(owner);
        assertThat(item.due()).isEqualTo(due);
        assertThat(item.done()).isEqualTo(done);
        assertThat(item.priority()).isEqualTo(priority);
        assertThat(item.tags()).isEqualTo(tags == null ? List.of() : List.of(tags.split(" ")));
        assertThat(item.description()).isEqualTo(description);
        assertThat(tasksEmojiIn(item.rawLine())).isEqualTo(emoji);
        assertThat(item.rawLine()).doesNotContain("â", "ð", "Ÿ", "\uF8FF", "‚", "√");
        assertThat(item.origin()).isEqualTo(ItemOrigin.TASK);
        assertThat(item.confidence()).isEqualTo(1.0);
        assertThat(item.warnings()).isEmpty();
    }

    @Test
    void seed002Line24IsAndysOpenHighestTask() {
        ActionItem item = taskAt("002", 24);

        assertThat(item.description()).isEqualTo("Provide sales team update on Sync Engine Blob-source support status");
        assertThat(item.owner()).isEqualTo("Andy");
        assertThat(item.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(item.due()).isEqualTo(LocalDate.of(2025, 10, 30));
        assertThat(item.priority()).isEqualTo(Priority.HIGHEST);
        assertThat(item.tags()).containsExactly("#task");
        assertThat(item.rawLine())
                .isEqualTo("- [ ] Provide sales team update on Sync Engine Blob-source support status"
                        + " @Andy 📅 2025-10-30 🔺 #task");
    }

    @Test
    void seed000Line57IsDoneWithDueAndDoneDates() {
        ActionItem item = taskAt("000", 57);

        assertThat(item.status()).isEqualTo(TaskStatus.DONE);
        assertThat(item.due()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(item.done()).isEqualTo(LocalDate.of(2025, 11, 8));
        assertThat(item.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(item.owner()).isEqualTo("Jason Vallery");
        assertThat(item.rawLine())
                .isEqualTo("- [x] Meet with Josh to obtain OVA and setup guidance @Jason Vallery"
                        + " 🔼 📅 2025-10-31 ✅ 2025-11-08");
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"000, 16", "001, 15", "002, 2", "003, 0", "004, 14"})
    void eachSeedHasItsCheckboxLines(String seed, int checkboxLines) {
        assertThat(Seeds.parsed(seed).actions())
                .filteredOn(item -> item.origin() == ItemOrigin.TASK)
                .hasSize(checkboxLines);
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"000, 3, 7, 9", "001, 2, 7, 8", "002, 3, 0, 0", "004, 4, 7, 7"})
    void eachSeedHasItsDecisionsRisksAndQuestions(String seed, int decisions, int risks, int questions) {
        List<Statement> written = Seeds.parsed(seed).statements().stream()
                .filter(statement -> statement.origin() == ItemOrigin.TASK)
                .collect(Collectors.toList());

        assertThat(written).filteredOn(s -> s.kind() == StatementKind.DECISION).hasSize(decisions);
        assertThat(written).filteredOn(s -> s.kind() == StatementKind.RISK).hasSize(risks);
        assertThat(written).filteredOn(s -> s.kind() == StatementKind.QUESTION).hasSize(questions);
    }

    @Test
    void statementsKeepTheirSectionTextAndLine() {
        assertThat(Seeds.parsed("000").statements()).first().satisfies(statement -> {
            assertThat(statement.kind()).isEqualTo(StatementKind.DECISION);
            assertThat(statement.line()).isEqualTo(49);
            assertThat(statement.text()).isEqualTo("Use Phil Wagstrom as primary multi-tenancy SME contact.");
            assertThat(statement.section()).isEqualTo("Decisions");
            assertThat(statement.confidence()).isEqualTo(1.0);
        });
        assertThat(Seeds.parsed("000").statements())
                .anySatisfy(s ->
                        assertThat(s.text()).isEqualTo("Yonce’s team integration/process is unclear (“black hole”)."));
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({
        "000, 2025-10-30, 1:1 — Andy Pernstiner — 2025-10-30, transcript",
        "001, 2025-10-24, 1:1 — Tomer Hagey — 2025-10-24, 1-1",
        "002, 2025-10-30, 'Align roles, gaps, collaboration', people",
        "003, 2025-12-19, 003_597b48e5d265a744, transcript",
        "004, 2025-10-30, 1:1 — Lior — 2025-10-30, transcript",
    })
    void eachSeedHasItsMeetingDateTitleAndType(String seed, LocalDate date, String title, String type) {
        NoteMetadata metadata = Seeds.parsed(seed).metadata();

        assertThat(metadata.date()).isEqualTo(date);
        assertThat(metadata.title()).isEqualTo(title);
        assertThat(metadata.noteType()).isEqualTo(type);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everySeedParsesWithoutFailures(String seed) {
        ParsedNote note = Seeds.parsed(seed);

        assertThat(note.warnings()).isEmpty();
        assertThat(note.path()).startsWith(seed + "_");
    }

    private static ActionItem taskAt(String seed, int line) {
        return Seeds.parsed(seed).actions().stream()
                .filter(item -> item.line() == line && item.origin() == ItemOrigin.TASK)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task at line " + line + " of seed " + seed));
    }

    private static String tasksEmojiIn(String line) {
        return line.codePoints()
                .filter(c -> TASKS_EMOJI.indexOf(Character.toString(c)) >= 0)
                .mapToObj(Character::toString)
                .collect(Collectors.joining(" "));
    }
}
