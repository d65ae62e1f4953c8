package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parse time grows about linearly with pathological input: for each family, eight times the input may take at most
 * {@value #MAX_RATIO} times as long (linear work gives about 8, quadratic about 64). Times are the fastest of several
 * runs on the same family, so that no absolute threshold depends on the machine, and a ratio is measured twice before
 * it fails, so that one burst of load on a shared machine does not.
 */
class ParseGrowthTest {

    private static final double MAX_RATIO = 32;
    private static final NoteParser PARSER = new NoteParser(ParserSettings.defaults());

    static Stream<Arguments> families() {
        return Stream.of(
                family("empty task lines", 1000, n -> "- [ ] \n".repeat(n)),
                family("list markers nested on one line", 4000, n -> "- ".repeat(n) + "x\n"),
                family("blockquotes nested on one line", 4000, n -> "> ".repeat(n) + "- [ ] x\n"),
                family("blockquotes nested over lines", 1000, n -> lines(n, k -> ">".repeat(k % 60) + " - [ ] t")),
                family(
                        "a long line of emoji fields",
                        1000,
                        n -> "- [ ] task " + "📅 2025-01-01 ⏫ ".repeat(n) + "@Bob\n"),
                family("unclosed wikilink brackets", 8000, n -> "[[".repeat(n)),
                family("unclosed HTML comments", 4000, n -> "- [ ] x " + "x <!--".repeat(n) + "\n"),
                family("emphasis opened and never closed", 4000, n -> "- [ ] a" + "**b c*".repeat(n) + "\n"),
                family("images nested in images", 2000, n -> "![".repeat(n) + "x" + "](y)".repeat(n) + "\n"),
                family("mis-decoded text", 2000, n -> "â€” ðŸ“… Ã© üìÖ ".repeat(n)),
                family(
                        "timestamped transcript",
                        300,
                        n -> lines(
                                n,
                                k -> "[00:00:01.00]  Jason ValleryI'll send the deck by Friday."
                                        + " Can you review it?")),
                family(
                        "speaker-block transcript",
                        300,
                        n -> ("Jason Vallery\nI'll send it tomorrow. Thank you.\n\n"
                                        + "Jeff Denworth\nOkay, I'll send it tomorrow.\n\n")
                                .repeat(n)),
                family("tags after a task", 2000, n -> "- [ ] x" + " #t".repeat(n) + "\n"),
                family("a dependency list that does not parse", 2000, n -> "- [ ] x ⛔ " + "a  ,".repeat(n) + " ,\n"),
                family("YAML alias chains", 1000, ParseGrowthTest::aliasChain),
                family(
                        "a run-on commitment",
                        200,
                        n -> "[00:01] Remote" + "I'll send a note ".repeat(n) + "\n[00:02] Jason ValleryOk\n"),
                family(
                        "open parentheses in a turn",
                        8000,
                        n -> "[00:01] RemoteA" + "(".repeat(n) + "\n[00:02] RemoteB\n"),
                family("a long Related list", 500, n -> "## Related\n" + lines(n, k -> "- [[Ann Lee" + k + "]]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void parseTimeGrowsLinearly(String family, int n, IntFunction<String> input) throws UnreadableNoteException {
        byte[] small = input.apply(n).getBytes(StandardCharsets.UTF_8);
        byte[] large = input.apply(8 * n).getBytes(StandardCharsets.UTF_8);

        double ratio = ratio(small, large);
        if (ratio >= MAX_RATIO) {
            ratio = Math.min(ratio, ratio(small, large));
        }

        assertThat(ratio)
                .as("%s: time for 8x the input / time for the input", family)
                .isLessThan(MAX_RATIO);
    }

    private static double ratio(byte[] small, byte[] large) throws UnreadableNoteException {
        fastest(small, 2);
        fastest(large, 1);
        return (double) fastest(large, 3) / fastest(small, 5);
    }

    private static long fastest(byte[] note, int runs) throws UnreadableNoteException {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            PARSER.parse("growth.md", note);
            best = Math.min(best, System.nanoTime() - start);
        }
        return Math.max(best, 1);
    }

    private static Arguments family(String name, int n, IntFunction<String> input) {
        return Arguments.of(name, n, input);
    }

    private static String lines(int n, IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(line.apply(k)).append('\n');
        }
        return sb.toString();
    }

    private static String aliasChain(int n) {
        StringBuilder sb = new StringBuilder("---\na0: &a0 [x, x]\n");
        for (int k = 1; k < n; k++) {
            sb.append('a')
                    .append(k)
                    .append(": &a")
                    .append(k)
                    .append(" [*a")
                    .append(k - 1)
                    .append(", *a")
                    .append(k - 1)
                    .append("]\n");
        }
        return sb.append("---\n- [ ] x\n").toString();
    }
}
