package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** How single task lines read, one row of parse/task-lines.csv per behaviour of the Obsidian Tasks plugin. */
class TaskLineConformanceTest {

    private static final Set<String> USUAL_SYMBOLS = Set.of(" ", "x", "X", "/", "-");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/parse/task-lines.csv", delimiter = '|', maxCharsPerColumn = 4096)
    void readsTheLineAsTheTasksPluginDoes(String line, String status, String description, String owner, String fields) {
        Optional<ActionItem> parsed = TaskLineParser.parseTask(7, line);

        if (status.equals("NOT_A_TASK")) {
            assertThat(parsed).isEmpty();
            return;
        }
        assertThat(parsed).isPresent();
        ActionItem item = parsed.get();
        assertThat(item.status()).hasToString(status);
        assertThat(item.description()).isEqualTo(nullToEmpty(description));
        assertThat(item.owner()).isEqualTo(owner);
        assertThat(fieldsOf(item)).isEqualTo(nullToEmpty(fields));
        assertThat(item.line()).isEqualTo(7);
        assertThat(item.rawLine()).isEqualTo(line);
        assertThat(item.origin()).isEqualTo(ItemOrigin.TASK);
        assertThat(item.confidence()).isEqualTo(1.0);
    }

    private static String fieldsOf(ActionItem item) {
        List<String> fields = new ArrayList<>();
        if (!USUAL_SYMBOLS.contains(item.statusSymbol())) {
            fields.add("symbol=" + item.statusSymbol());
        }
        date(fields, "due", item.due());
        date(fields, "scheduled", item.scheduled());
        date(fields, "start", item.start());
        date(fields, "created", item.created());
        date(fields, "done", item.done());
        date(fields, "cancelled", item.cancelled());
        if (item.priority() != null) {
            fields.add("priority=" + item.priority());
        }
        if (!item.tags().isEmpty()) {
            fields.add("tags=" + String.join(" ", item.tags()));
        }
        if (item.recurrence() != null) {
            fields.add("recurrence=" + item.recurrence());
        }
        if (item.taskId() != null) {
            fields.add("id=" + item.taskId());
        }
        if (!item.dependsOn().isEmpty()) {
            fields.add("dependsOn=" + String.join(" ", item.dependsOn()));
        }
        if (item.blockLink() != null) {
            fields.add("blockLink=" + item.blockLink());
        }
        if (!item.warnings().isEmpty()) {
            fields.add("warnings=" + item.warnings().size());
        }
        return String.join(";", fields);
    }

    private static void date(List<String> fields, String name, LocalDate date) {
        if (date != null) {
            fields.add(name + "=" + date);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
