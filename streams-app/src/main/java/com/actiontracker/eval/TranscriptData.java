package com.actiontracker.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The annotated transcripts: {@code gold/} files, {@code notes/}, and {@code splits.properties} saying which note
 * trains, tunes (dev) or tests; a note named in the splits but not in {@code notes/} is a seed, read from the seeds
 * folder.
 */
public final class TranscriptData {

    private final Path folder;
    private final Path seeds;
    private final Properties splits;
    private final List<GoldItem> gold;

    private TranscriptData(Path folder, Path seeds, Properties splits, List<GoldItem> gold) {
        this.folder = folder;
        this.seeds = seeds;
        this.splits = splits;
        this.gold = gold;
    }

    /** @throws IOException when the splits or a gold file cannot be read */
    public static TranscriptData load(Path folder, Path seeds) throws IOException {
        Properties splits = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve("splits.properties"))) {
            splits.load(in);
        }
        return new TranscriptData(folder, seeds, splits, GoldFiles.read(folder.resolve("gold")));
    }

    public List<GoldItem> gold() {
        return gold;
    }

    /**
     * The notes of one split, by file name, in name order.
     *
     * @throws IllegalArgumentException naming a note of the split that is in neither folder
     */
    public Map<String, byte[]> notes(String split) throws IOException {
        Map<String, byte[]> notes = new TreeMap<>();
        for (String name : splits.stringPropertyNames()) {
            if (split.equals(splits.getProperty(name))) {
                Path file = Files.exists(folder.resolve("notes").resolve(name))
                        ? folder.resolve("notes").resolve(name)
                        : seeds.resolve(name);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("Note " + name + " of the " + split + " split is neither in "
                            + folder.resolve("notes") + " nor in " + seeds);
                }
                notes.put(name, Files.readAllBytes(file));
            }
        }
        return notes;
    }
}
