package com.actiontracker.parse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Notes to parse in the benchmark: the repository's seeds, and a large generated corpus shaped like them. */
final class NoteCorpus {

    private static final String[] WORDS = ("cloud storage migration pricing tenant cluster release roadmap customer"
                    + " engineering deck marketplace lab access namespace cache latency budget partner session demo plan"
                    + " team review training docs support escalation pipeline checkpoint region capacity flash")
            .split(" ");
    private static final String[] PEOPLE = {"Ann Lee", "Bob Stone", "Cy Young", "Dee Ray"};
    private static final String[] PRIORITIES = {"🔺", "⏫", "🔼", "🔽", "⏬", ""};
    private static final String[] COMMITMENTS = {
        "I'll send the deck by Friday.",
        "I will ask legal tomorrow.",
        "Let me talk to Jeff next week.",
        "Can you review the pricing model?",
        "My concern is the budget.",
        "I'll be honest, it is hard.",
        "Thank you. Thank you."
    };

    private NoteCorpus() {}

    /** The seed notes, from the directory given or, when empty, seeds/ or ../seeds from the working directory. */
    static List<byte[]> seeds(String directory) {
        Path dir = !directory.isEmpty()
                ? Path.of(directory)
                : Files.isDirectory(Path.of("seeds")) ? Path.of("seeds") : Path.of("../seeds");
        try (Stream<Path> files = Files.list(dir)) {
            List<byte[]> notes = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                notes.add(Files.readAllBytes(file));
            }
            if (notes.isEmpty()) {
                throw new IllegalStateException("no seed notes in " + dir.toAbsolutePath());
            }
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed notes from " + dir.toAbsolutePath(), e);
        }
    }

    /**
     * Notes with front matter, sections, task lines in every field format and a transcript, a third of them misread
     * as Windows-1252 and a fifth as Mac Roman, about 40 KB each; the same for the same seed.
     */
    static List<byte[]> generated(int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> notes = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String note = note(random, n);
            String stored = n % 3 == 0
                    ? misread(note, Charset.forName("windows-1252"))
                    : n % 5 == 0 ? misread(note, Charset.forName("x-MacRoman")) : note;
            notes.add(stored.getBytes(StandardCharsets.UTF_8));
        }
        return notes;
    }

    private static String note(Random random, int n) {
        String date = String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        String counterpart = PEOPLE[random.nextInt(PEOPLE.length)];
        StringBuilder sb = new StringBuilder();
        sb.append("---\ntype: transcript\ndate: '")
                .append(date)
                .append("'\nentities:\n  people:\n  - '[[")
                .append(counterpart)
                .append("]]'\n---\n\n# 1:1 — ")
                .append(counterpart)
                .append(" — ")
                .append(date)
                .append("\n\n## Summary\n\n")
                .append(sentences(random, 6))
                .append("\n\n");
        section(sb, random, "Decisions", "- ", 4);
        section(sb, random, "Risks & blockers", "- ", 5);
        section(sb, random, "Open questions", "1. ", 5);
        sb.append("## Action items (for ").append(counterpart).append(")\n\n");
        for (int k = 0; k < 15; k++) {
            sb.append(task(random)).append('\n');
        }
        sb.append("\n## Transcript (auto)\n\n```text\n");
        for (int k = 0; k < 120; k++) {
            String speaker = k % 2 == 0 ? "Jason Vallery" : "Remote";
            String text = sentences(random, 1 + random.nextInt(5))
                    + (random.nextInt(8) == 0 ? " " + COMMITMENTS[random.nextInt(COMMITMENTS.length)] : "");
            sb.append(String.format("[00:%02d:%02d.%02d]  ", k / 60, k % 60, n % 100))
                    .append(speaker)
                    .append(text)
                    .append("\n\n");
        }
        return sb.append("```\n").toString();
    }

    private static void section(StringBuilder sb, Random random, String heading, String marker, int items) {
        sb.append("## ").append(heading).append("\n\n");
        for (int k = 0; k < items; k++) {
            sb.append(marker).append(sentences(random, 1)).append('\n');
        }
        sb.append('\n');
    }

    private static String task(Random random) {
        String status = random.nextBoolean() ? "x" : " ";
        StringBuilder sb = new StringBuilder("- [")
                .append(status)
                .append("] ")
                .append(sentence(random))
                .append(" @")
                .append(PEOPLE[random.nextInt(PEOPLE.length)]);
        sb.append(' ').append(PRIORITIES[random.nextInt(PRIORITIES.length)]);
        if (random.nextBoolean()) {
            sb.append(" 📅 2025-11-").append(10 + random.nextInt(18));
        }
        if (random.nextInt(4) == 0) {
            sb.append(" [scheduled:: 2025-11-0").append(1 + random.nextInt(9)).append(']');
        }
        if (status.equals("x")) {
            sb.append(" ✅ 2025-11-").append(10 + random.nextInt(18));
        }
        if (random.nextInt(3) == 0) {
            sb.append(" #task");
        }
        return sb.toString();
    }

    private static String sentences(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < count; k++) {
            sb.append(k == 0 ? "" : " ").append(sentence(random)).append('.');
        }
        return sb.toString();
    }

    private static String sentence(Random random) {
        StringBuilder sb = new StringBuilder("We’ll");
        int words = 5 + random.nextInt(12);
        for (int k = 0; k < words; k++) {
            sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append(random.nextInt(6) == 0 ? " — really" : "").toString();
    }

    /** The note's UTF-8 bytes read with the wrong charset, as an earlier tool did to the seeds. */
    private static String misread(String note, Charset wrong) {
        return new String(note.getBytes(StandardCharsets.UTF_8), wrong).replace("\uFFFD", "");
    }
}
