package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NoteDecoderTest {

    private static final int LIMIT = 1 << 20;

    @Test
    void refusesBytesThatAreNotUtf8AndSaysWhere() {
        byte[] latin1 = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> NoteDecoder.decode(latin1, LIMIT))
                .isInstanceOf(UnreadableNoteException.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("offset 3");
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
                .isInstanceOf(UnreadableNoteException.class).hasMessageContaining("NUL");
    }

    @Test
    void refusesNotesAboveTheSizeLimit() {
        assertThatThrownBy(() -> NoteDecoder.decode(new byte[11], 10))
                .isInstanceOf(UnreadableNoteException.class).hasMessageContaining(ParserSettings.KEY_MAX_NOTE_BYTES);
    }

    @Test
    void dropsTheByteOrderMarkAndUnifiesLineEndings() throws UnreadableNoteException {
        byte[] bytes = "\uFEFFone\r\ntwo\rthree\n".getBytes(StandardCharsets.UTF_8);

        assertThat(NoteDecoder.decode(bytes, LIMIT)).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void keepsEmptyInputEmpty() throws UnreadableNoteException {
        assertThat(NoteDecoder.decode(new byte[0], LIMIT)).isEmpty();
    }
}
