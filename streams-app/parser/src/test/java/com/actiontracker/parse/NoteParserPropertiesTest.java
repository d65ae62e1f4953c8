package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever a note holds, parsing ends with a result or a reasoned refusal, and the result is self-consistent. */
class NoteParserPropertiesTest {

    private static final NoteParser PARSER = new NoteParser(ParserSettings.defaults());

    /** Pieces of real notes and of what breaks parsers, glued together at random. */
    private static final List<String> FRAGMENTS = List.of(
            "- [ ] ",
            "- [x] ",
            "* [/] ",
            "1. [-] ",
            "+ [?] ",
            "- ",
            "1. ",
            "> ",
            ">> ",
            "> [!info] ",
            "  ",
            "\t",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "# ",
            "## Decisions\n",
            "## Risks & blockers\n",
            "## Open questions\n",
            "## Action items (for Ann)\n",
            "## Related\n",
            "## Transcript\n",
            "---\n",
            "...\n",
            "```\n",
            "```text\n",
            "    ",
            "title: x\n",
            "date: 2025-10-30\n",
            "created: { { DATE } }\n",
            "people: [[Ann Lee]]\n",
            "a: &a [x, x]\nb: [*a, *a]\n",
            "[[",
            "]]",
            "[[Ann Lee]]",
            "[[Ann|A]]",
            "@Ann Lee",
            "@",
            "#tag",
            " #t",
            "📅 2025-10-30",
            "📅 2025-13-45",
            "⏫",
            "⏫️",
            "🔺",
            "🔼",
            "✅ 2025-01-01",
            "❌ 2025-01-02",
            "⏳ 2025-01-03",
            "🛫 2025-01-04",
            "➕ 2025-01-05",
            "🔁 every day",
            "🆔 abc",
            "⛔ a, b",
            "🏁 delete",
            "[due:: 2025-12-19]",
            "(priority:: high)",
            " ^block-1",
            "â€”",
            "â€™",
            "ðŸ“…",
            "â«",
            "Ã©",
            "ï¸",
            "\uF8FFüìÖ",
            "‚è´",
            "√©",
            "é",
            "ü",
            "日本",
            "👍",
            "\u200D",
            "\uFEFF",
            "\u00A0",
            "[00:00:01.00] ",
            "[00:00:02.50]  Jason Vallery",
            "Jason Vallery :  ",
            "Remote",
            "Remote : ",
            "Jason Vallery\n",
            "Jeff Denworth\n",
            "I'll send the deck by Friday. ",
            "Can you review it? ",
            "We decided to ship. ",
            "My concern is cost. ",
            "Thank you. ",
            "BLANK",
            "(clicking)",
            "word ",
            "(",
            ")",
            "|",
            "\\",
            "`",
            "*",
            "_",
            "**",
            "<!-- ",
            " -->",
            "<div>",
            ":",
            ",",
            ".",
            "?");

    @Provide
    Arbitrary<String> markdownish() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12));
        return piece.list().ofMaxSize(120).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 400)
    void anyBytesGiveANoteOrAReasonedRefusal(@ForAll @Size(max = 400) byte[] bytes) {
        try {
            ParsedNote note = PARSER.parse("random.bin", bytes);
            assertThat(isUtf8Text(bytes))
                    .as("accepted bytes must be UTF-8 text")
                    .isTrue();
            assertConsistent(note, bytes);
        } catch (UnreadableNoteException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(isUtf8Text(bytes))
                    .as("refused bytes must not be UTF-8 text")
                    .isFalse();
        }
    }

    @Property(tries = 600)
    void markdownishTextAlwaysParses(@ForAll("markdownish") String text) throws UnreadableNoteException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0) {
            assertThatThrownBy(() -> PARSER.parse("note.md", bytes)).isInstanceOf(UnreadableNoteException.class);
            return;
        }
        assertConsistent(PARSER.parse("note.md", bytes), bytes);
    }

    /** Lines are in the file, task lines are quoted as repaired, confidences are graded, no step failed. */
    private static void assertConsistent(ParsedNote note, byte[] bytes) {
        String[] lines;
        try {
            lines = MojibakeRepair.repair(NoteDecoder.decode(bytes, Integer.MAX_VALUE))
                    .split("\n", -1);
        } catch (UnreadableNoteException e) {
            throw new AssertionError(e);
        }
        assertThat(note.warnings()).noneMatch(warning -> warning.contains("parser error"));
        assertThat(note.metadata()).isNotNull();
        assertThat(note.metadata().title()).isNotNull();
        for (ActionItem item : note.actions()) {
            assertThat(item.line()).isBetween(1, lines.length);
            assertThat(item.description()).isNotNull();
            if (item.origin() == ItemOrigin.TASK) {
                assertThat(item.rawLine()).isEqualTo(lines[item.line() - 1]);
                assertThat(item.confidence()).isIn(1.0, TaskLineParser.BULLET_CONFIDENCE);
            } else {
                assertThat(item.confidence()).isStrictlyBetween(0.0, 1.0);
            }
        }
        for (Statement statement : note.statements()) {
            assertThat(statement.line()).isBetween(1, lines.length);
            assertThat(statement.text()).isNotBlank();
        }
        for (TranscriptTurn turn : note.transcript()) {
            assertThat(turn.line()).isBetween(1, lines.length);
            assertThat(turn.speaker()).isNotBlank();
            assertThat(turn.text()).isNotNull();
        }
    }

    /**
     * Text as notes may be written: UTF-8 without NUL, or UTF-16 / UTF-32 (either byte order) after the byte order
     * mark that names it, without NUL characters.
     */
    private static boolean isUtf8Text(byte[] bytes) {
        String[][] boms = {
            {"0000FEFF", "UTF-32BE"},
            {"FFFE0000", "UTF-32LE"},
            {"EFBBBF", "UTF-8"},
            {"FEFF", "UTF-16BE"},
            {"FFFE", "UTF-16LE"}
        };
        String head = HexFormat.of().withUpperCase().formatHex(bytes, 0, Math.min(4, bytes.length));
        for (String[] bom : boms) {
            if (head.startsWith(bom[0])) {
                int skip = bom[0].length() / 2;
                return decodes(Arrays.copyOfRange(bytes, skip, bytes.length), Charset.forName(bom[1]));
            }
        }
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        return decodes(bytes, StandardCharsets.UTF_8);
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.indexOf('\0') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
