package com.actiontracker.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads gold files: JSON Lines, one {@link GoldItem} per line; a folder is every {@code *.jsonl} in it. */
public final class GoldFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFiles() {}

    public static List<GoldItem> read(Path fileOrFolder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> list = Files.list(fileOrFolder)) {
                list.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                        .sorted()
                        .forEach(files::add);
            }
        } else {
            files.add(fileOrFolder);
        }
        List<GoldItem> items = new ArrayList<>();
        for (Path file : files) {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    items.add(item(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + number + ": not a gold item: " + e.getMessage(), e);
                }
            }
        }
        return items;
    }

    private static GoldItem item(JsonNode node) {
        String due = text(node, "due");
        return new GoldItem(
                node.get("note").asText(),
                ItemType.valueOf(node.get("type").asText().toUpperCase(Locale.ROOT)),
                node.get("text").asText(),
                text(node, "owner"),
                due == null ? null : LocalDate.parse(due),
                text(node, "dueText"),
                node.get("line").asInt(),
                node.get("evidence").asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
