package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NoteDecoderTest {

    private static final int LIMIT = 1 << 20;

    @Test
    void refusesBytesThatAreNotUtf8AndSaysWhere() {
        byte[] latin1 = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> NoteDecoder.decode(latin1, LIMIT))
                .isInstanceOf(UnreadableNoteException.class)
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("offset 3");
    }

    @Test
    void refusesATruncatedSequenceAtTheEnd() {
        byte[] truncated = {'o', 'k', (byte) 0xF0, (byte) 0x9F};

        assertThatThrownBy(() -> NoteDecoder.decode(truncated, LIMIT)).isInstanceOf(UnreadableNoteException.class);
    }

    @Test
    void refusesNulBytesAsBinary() {
        byte[] binary = {'%', 'P', 'D', 'F', 0, 1, 2};

        assertThatThrownBy(() -> NoteDecoder.decode(binary, LIMIT))
                .isInstanceOf(UnreadableNoteException.class)
                .hasMessageContaining("NUL");
    }

    @Test
    void refusesNotesAboveTheSizeLimit() {
        assertThatThrownBy(() -> NoteDecoder.decode(new byte[11], 10))
                .isInstanceOf(UnreadableNoteException.class)
                .hasMessageContaining(ParserSettings.KEY_MAX_NOTE_BYTES);
    }

    @Test
    void dropsTheByteOrderMarkAndUnifiesLineEndings() throws UnreadableNoteException {
        byte[] bytes = "\uFEFFone\r\ntwo\rthree\n".getBytes(StandardCharsets.UTF_8);

        assertThat(NoteDecoder.decode(bytes, LIMIT)).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void readsUtf16WithAByteOrderMarkInEitherByteOrder() throws UnreadableNoteException {
        String note = "# Sync \u2014 caf\u00e9\r\n- [ ] Ship it @Priya \uD83D\uDCC5 2026-01-05\n";
        String expected = "# Sync \u2014 caf\u00e9\n- [ ] Ship it @Priya \uD83D\uDCC5 2026-01-05\n";

        // Java's "UTF-16" encoder writes a big-endian BOM; the little-endian one (Windows Notepad) is written by hand.
        assertThat(NoteDecoder.decode(note.getBytes(StandardCharsets.UTF_16), LIMIT))
                .isEqualTo(expected);
        assertThat(NoteDecoder.decode(
                        withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, note.getBytes(StandardCharsets.UTF_16LE)),
                        LIMIT))
                .isEqualTo(expected);
    }

    @Test
    void readsUtf32WithAByteOrderMark() throws UnreadableNoteException {
        Charset utf32le = Charset.forName("UTF-32LE");
        byte[] bytes = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "- [ ] Call Ana\n".getBytes(utf32le));

        assertThat(NoteDecoder.decode(bytes, LIMIT)).isEqualTo("- [ ] Call Ana\n");
    }

    @Test
    void refusesUtf16WhoseUnitsDoNotDecodeAndSaysWhichEncodingTheBomClaimed() {
        byte[] loneSurrogate = {(byte) 0xFF, (byte) 0xFE, 'o', 0, 'k', 0, 0x00, (byte) 0xD8};

        assertThatThrownBy(() -> NoteDecoder.decode(loneSurrogate, LIMIT))
                .isInstanceOf(UnreadableNoteException.class)
                .hasMessageContaining("UTF-16LE");
    }

    @Test
    void refusesNulCharactersInUtf16TextAsBinary() {
        byte[] binary = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {0, 'a', 0, 0, 0, 'b'});

        assertThatThrownBy(() -> NoteDecoder.decode(binary, LIMIT))
                .isInstanceOf(UnreadableNoteException.class)
                .hasMessageContaining("NUL");
    }

    @Test
    void explainsUtf16WithoutAByteOrderMark() {
        byte[] noBom = "# Notes\n".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> NoteDecoder.decode(noBom, LIMIT))
                .isInstanceOf(UnreadableNoteException.class)
                .hasMessageContaining("byte order mark");
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        byte[] all = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        return all;
    }

    @Test
    void keepsEmptyInputEmpty() throws UnreadableNoteException {
        assertThat(NoteDecoder.decode(new byte[0], LIMIT)).isEmpty();
    }
}
