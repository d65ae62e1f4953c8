package com.actiontracker.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a note's bytes into text: UTF-8, or the Unicode encoding its byte order mark names (UTF-16 or UTF-32, either
 * byte order, as Windows editors save them). Anything else that is not text is refused.
 */
final class NoteDecoder {

    /** Byte order marks, longest first: the UTF-32LE mark begins with the UTF-16LE one. */
    private record Bom(byte[] bytes, Charset charset) {}

    private static final List<Bom> BOMS = List.of(
            new Bom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE")),
            new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE")),
            new Bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
            new Bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
            new Bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE));

    private NoteDecoder() {}

    /**
     * @return the text with its byte order mark removed and every line ending turned into '\n'
     *         (CommonMark treats "\r\n", "\r" and "\n" alike, so line numbers do not move)
     */
    static String decode(byte[] content, int maxBytes) throws UnreadableNoteException {
        if (content.length > maxBytes) {
            throw new UnreadableNoteException("note is " + content.length + " bytes, more than the limit of " + maxBytes
                    + " (" + ParserSettings.KEY_MAX_NOTE_BYTES + ")");
        }
        Bom bom = BOMS.stream()
                .filter(b -> startsWith(content, b.bytes()))
                .findFirst()
                .orElse(null);
        if (bom == null) {
            refuseNulBytes(content);
        }
        Charset charset = bom == null ? StandardCharsets.UTF_8 : bom.charset();
        int skip = bom == null ? 0 : bom.bytes().length;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, skip, content.length - skip);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableNoteException(
                    "not " + charset.name() + " text" + (bom == null ? "" : " (as its byte order mark says)")
                            + ": invalid byte sequence at offset " + in.position());
        }
        out.flip();
        if (bom != null) {
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == 0) {
                    throw new UnreadableNoteException(
                            "binary content: NUL character at character " + i + " of " + charset.name() + " text");
                }
            }
        }
        return normalizeLineEndings(out);
    }

    private static void refuseNulBytes(byte[] content) throws UnreadableNoteException {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                throw new UnreadableNoteException(
                        "binary content: NUL byte at offset " + i
                                + " (UTF-16 or UTF-32 text is read only with a byte order mark; save it as UTF-8, or with a BOM)");
            }
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
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
