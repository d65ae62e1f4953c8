package com.actiontracker.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a note's bytes into text, refusing anything that is not UTF-8 text. */
final class NoteDecoder {

    private NoteDecoder() {
    }

    /**
     * @return the text with a leading byte order mark removed and every line ending turned into '\n'
     *         (CommonMark treats "\r\n", "\r" and "\n" alike, so line numbers do not move)
     */
    static String decode(byte[] content, int maxBytes) throws UnreadableNoteException {
        if (content.length > maxBytes) {
            throw new UnreadableNoteException("note is " + content.length + " bytes, more than the limit of "
                    + maxBytes + " (" + ParserSettings.KEY_MAX_NOTE_BYTES + ")");
        }
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                throw new UnreadableNoteException("binary content: NUL byte at offset " + i);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableNoteException("not UTF-8 text: invalid byte sequence at offset " + in.position());
        }
        out.flip();
        int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
        return normalizeLineEndings(out.subSequence(start, out.length()));
    }

    private static String normalizeLineEndings(CharSequence text) {
        String plain = text.toString();
        if (plain.indexOf('\r') < 0) {
            return plain;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
