package com.actiontracker.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The real sample notes in the repository's seeds/ directory, parsed once per test run. */
final class Seeds {

    static final Path DIRECTORY = Path.of("../../seeds");

    private static final Map<String, ParsedNote> PARSED = new ConcurrentHashMap<>();

    private Seeds() {}

    /** @param number the file name's prefix, "000" to "004" */
    static Path path(String number) {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.getFileName().toString().startsWith(number + "_"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seed " + number + " in " + DIRECTORY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String number) {
        try {
            return Files.readAllBytes(path(number));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedNote parsed(String number) {
        return PARSED.computeIfAbsent(number, n -> {
            try {
                return new NoteParser(ParserSettings.defaults())
                        .parse(path(n).getFileName().toString(), bytes(n));
            } catch (UnreadableNoteException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
