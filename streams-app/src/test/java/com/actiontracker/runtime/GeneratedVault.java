package com.actiontracker.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A folder of generated meeting notes whose every task is overdue, and which knows what it says: how many tasks, how
 * many ticked. Ticking boxes rewrites the notes in place, as a person editing the vault does.
 */
final class GeneratedVault {

    private static final String[] OWNERS = {
        "Priya Raman", "Marco Rossi", "Lior Genzel", "Jason Vallery", "Ana Silva", "Tom Berg"
    };

    private final Path dir;
    private final List<boolean[]> ticked = new ArrayList<>();
    private final List<String[]> tasks = new ArrayList<>();

    private GeneratedVault(Path dir) {
        this.dir = dir;
    }

    static GeneratedVault write(Path dir, int notes, int tasksPerNote, Random random) throws IOException {
        GeneratedVault vault = new GeneratedVault(dir);
        for (int n = 0; n < notes; n++) {
            String[] lines = new String[tasksPerNote];
            for (int t = 0; t < tasksPerNote; t++) {
                lines[t] = "Task " + n + "-" + t + " about widget " + random.nextInt(1000) + " @"
                        + OWNERS[random.nextInt(OWNERS.length)] + " \uD83D\uDCC5 2025-" + month(n) + "-"
                        + day(n + t + 1);
            }
            vault.tasks.add(lines);
            vault.ticked.add(new boolean[tasksPerNote]);
            vault.rewrite(n);
        }
        return vault;
    }

    Path dir() {
        return dir;
    }

    int total() {
        return tasks.stream().mapToInt(t -> t.length).sum();
    }

    int done() {
        return ticked.stream()
                .mapToInt(t -> {
                    int count = 0;
                    for (boolean b : t) {
                        count += b ? 1 : 0;
                    }
                    return count;
                })
                .sum();
    }

    /** Ticks that many open boxes, each in a different note where possible, and rewrites their notes. */
    void tick(int count, Random random) throws IOException {
        for (int i = 0; i < count; i++) {
            int note = random.nextInt(tasks.size());
            boolean[] boxes = ticked.get(note);
            for (int t = 0; t < boxes.length; t++) {
                if (!boxes[t]) {
                    boxes[t] = true;
                    rewrite(note);
                    break;
                }
            }
        }
    }

    private void rewrite(int note) throws IOException {
        StringBuilder text = new StringBuilder("---\ndate: 2025-" + month(note) + "-" + day(note) + "\n"
                + "people: [Priya Raman, Marco Rossi]\n---\n# Sync " + note + "\n\n## Action items\n");
        String[] lines = tasks.get(note);
        for (int t = 0; t < lines.length; t++) {
            boolean done = ticked.get(note)[t];
            text.append(done ? "- [x] " : "- [ ] ")
                    .append(lines[t])
                    .append(done ? " \u2705 2026-11-30" : "")
                    .append('\n');
        }
        text.append("\n## Decisions\n- We go with plan ").append(note).append('\n');
        Files.writeString(dir.resolve(String.format("note-%03d.md", note)), text, StandardCharsets.UTF_8);
    }

    private static String month(int note) {
        return String.format("%02d", 1 + note % 10);
    }

    private static String day(int n) {
        return String.format("%02d", 1 + n % 20);
    }
}
