package com.actiontracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note that says nothing of its date is dated by its file: a report of a past day lists what it held then. */
class UndatedNotesIT {

    @TempDir
    Path vault;

    @Test
    void aReportOfAPastDayListsTheTasksOfUndatedNotesWrittenBeforeIt() throws Exception {
        Path inbox = vault.resolve("inbox.md");
        Files.writeString(inbox, "# Inbox\n- [ ] Call the venue @Lior 📅 2025-06-10\n");
        Path broken = vault.resolve("scratch.md");
        Files.writeString(broken, "---\ndate: [2025-05-30\n---\n- [ ] Book the lab @Lior\n");
        Files.setLastModifiedTime(inbox, FileTime.from(Instant.parse("2025-06-01T08:00:00Z")));
        Files.setLastModifiedTime(broken, FileTime.from(Instant.parse("2025-06-02T08:00:00Z")));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = TrackerCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("report", "--input", vault.toString(), "--as-of", "2025-06-15", "--format", "json");

        assertThat(exit).as(err.toString()).isZero();
        List<JsonNode> items = new ArrayList<>();
        new ObjectMapper()
                .readTree(out.toString())
                .get("owners")
                .forEach(o -> o.get("items").forEach(items::add));
        assertThat(items)
                .extracting(i -> i.get("text").asText())
                .containsExactlyInAnyOrder("Call the venue", "Book the lab");
        assertThat(items)
                .filteredOn(i -> i.get("text").asText().equals("Call the venue"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.get("overdue").asBoolean()).isTrue();
                    assertThat(i.get("meetingDate").asText())
                            .as("the file's day")
                            .isEqualTo("2025-06-01");
                });
    }
}
