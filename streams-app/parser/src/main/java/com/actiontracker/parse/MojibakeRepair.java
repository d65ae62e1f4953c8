package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Undoes one wrong decoding of UTF-8 text: as Windows-1252 (its five undefined bytes 0x81 0x8D 0x8F 0x90 0x9D either
 * dropped or kept as C1 controls) or as Mac Roman. "â€”" becomes "—", "ðŸ“…" and "üìÖ" become "📅".
 *
 * <p>At each character it maps the following characters back to the bytes the wrong charset would have read; when
 * those bytes form one valid, plausible UTF-8 sequence, that is a repair. Text that was right must stay as it is, so
 * repairs are only made when the note shows unmistakable evidence of a wrong decoding: at least one sequence that
 * correct text practically never contains ("Ã" or "Â" before a symbol, "â€", "ðŸ", their Mac Roman twins, a mangled
 * U+FE0F). A correct note with "AÑO”" (which reads as Cyrillic "є" after "A") therefore stays untouched; real emoji,
 * CJK and accented letters are outside both charsets or do not form such sequences.
 *
 * <p>Limits, inherent in the input: a two-byte character that lost an undefined byte ("Á", "Í", "Ï", "Ð", "Ý") cannot
 * be told from a real "Ã"; a four-byte emoji that lost one is ambiguous ("ðŸ‘" + "x" could be 👁 👍 👏 👐 👝), so
 * the Tasks emoji and the most common ones are preferred; and "â€" between two emoji is read as the zero-width joiner
 * of an emoji sequence, although a closing quote there would look the same.
 */
final class MojibakeRepair {

    private static final int[] CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

    // Tables instead of Charset.forName: x-MacRoman lives in the jdk.charsets module, which minimal runtime images
    // leave out. The test checks both tables against the JDK's own charsets.
    static final String CP1252_HIGH_HALF =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                    + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178"
                    + "\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00AF"
                    + "\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC\u00BD\u00BE\u00BF"
                    + "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF"
                    + "\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF"
                    + "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF"
                    + "\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00FF";

    static final String MAC_ROMAN_HIGH_HALF =
            "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8"
                    + "\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC"
                    + "\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8"
                    + "\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8"
                    + "\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153"
                    + "\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02"
                    + "\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4"
                    + "\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7";

    private static final WrongCharset CP1252 = new WrongCharset(CP1252_HIGH_HALF);
    private static final WrongCharset MAC_ROMAN = new WrongCharset(MAC_ROMAN_HIGH_HALF);

    /**
     * Characters a dropped cp1252 byte most likely stood for: the Tasks emoji that contain one of the undefined bytes
     * (⏫ ⏬ ⏳ ❌ 🔁), the closing quote (E2 80 9D), the emoji variation selector (EF B8 8F) and common emoji (👍 👏 😁
     * 😍 😐 🙏).
     */
    private static final int[] LIKELY_DROPPED_TARGETS = {
        0x23EB, 0x23EC, 0x23F3, 0x274C, 0x1F501, 0x201D, 0xFE0F, 0x1F44D, 0x1F44F, 0x1F601, 0x1F60D, 0x1F610, 0x1F64F,
    };

    /** The four-byte emoji of Obsidian Tasks, whose Mac Roman form without its lead is still unmistakable. */
    private static final String TASKS_EMOJI = "📅📆🗓🔺🔼🔽🛫🆔🔁";

    private MojibakeRepair() {}

    /**
     * Repairs with the charset that explains the note best (the one with more unmistakable sequences), then repairs
     * what is unmistakably the other one's: a note is misread one way, and a weak match of the other charset (Mac
     * Roman "Ë™û" for 語 is also cp1252 "Ë™", one Latin letter) must not win against it.
     */
    static String repair(String text) {
        List<Decoded> asCp1252 = scan(text, CP1252);
        List<Decoded> asMacRoman = scan(text, MAC_ROMAN);
        long cp1252Evidence = asCp1252.stream().filter(Decoded::unmistakable).count();
        long macRomanEvidence =
                asMacRoman.stream().filter(Decoded::unmistakable).count();
        if (cp1252Evidence == 0 && macRomanEvidence == 0) {
            return text;
        }
        boolean cp1252First = cp1252Evidence >= macRomanEvidence;
        String once = apply(text, cp1252First ? asCp1252 : asMacRoman);
        List<Decoded> rest = scan(once, cp1252First ? MAC_ROMAN : CP1252).stream()
                .filter(Decoded::unmistakable)
                .toList();
        return apply(once, rest);
    }

    private static List<Decoded> scan(String text, WrongCharset charset) {
        List<Decoded> repairs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Decoded decoded = null;
            if (text.charAt(i) >= 0x80) {
                decoded = charset.decodeComplete(text, i);
                if (decoded == null && charset == CP1252) {
                    boolean afterEmoji = !repairs.isEmpty()
                            && repairs.get(repairs.size() - 1).endsAt(i)
                            && repairs.get(repairs.size() - 1).codePoint() >= 0x1F000;
                    decoded = decodeWithDroppedByte(text, i, afterEmoji);
                } else if (decoded == null) {
                    decoded = decodeWithoutAppleLogo(text, i);
                }
            }
            if (decoded == null) {
                i++;
            } else {
                repairs.add(decoded);
                i += decoded.consumed();
            }
        }
        return repairs;
    }

    private static String apply(String text, List<Decoded> repairs) {
        if (repairs.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copiedUpTo = 0;
        for (Decoded repair : repairs) {
            out.append(text, copiedUpTo, repair.at()).appendCodePoint(repair.codePoint());
            copiedUpTo = repair.at() + repair.consumed();
        }
        return out.append(text, copiedUpTo, text.length()).toString();
    }

    /**
     * A cp1252 decoder that dropped an undefined byte leaves a three- or four-byte sequence one byte short ("â«" for
     * E2 8F AB). Only leads E2, EF and F0 are tried: they carry punctuation, variation selectors and emoji, where a
     * short sequence is unmistakable; a short two-byte sequence ("Ã" alone) is far more often a real letter.
     */
    private static Decoded decodeWithDroppedByte(String text, int at, boolean afterEmoji) {
        int lead = CP1252.byteOf(text.charAt(at));
        if (lead != 0xE2 && lead != 0xEF && lead != 0xF0) {
            return null;
        }
        int length = sequenceLength(lead);
        byte[] present = CP1252.continuationBytes(text, at, length - 1);
        if (present.length != length - 2) {
            return null;
        }
        boolean betweenEmoji =
                afterEmoji && at + length - 1 < text.length() && CP1252.byteOf(text.charAt(at + length - 1)) == 0xF0;
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int gap = length - 1; gap >= 1; gap--) {
            for (int missing : CP1252_UNDEFINED) {
                byte[] bytes = new byte[length];
                bytes[0] = (byte) lead;
                for (int k = 1, p = 0; k < length; k++) {
                    bytes[k] = k == gap ? (byte) missing : present[p++];
                }
                int codePoint = utf8CodePoint(bytes);
                int rank = droppedByteRank(codePoint, betweenEmoji);
                if (rank < bestRank) {
                    best = codePoint;
                    bestRank = rank;
                }
            }
        }
        return bestRank == Integer.MAX_VALUE ? null : new Decoded(at, lead, best, length - 1);
    }

    /**
     * Mac Roman reads an emoji's first byte F0 as the Apple logo U+F8FF, a private-use character that copying often
     * loses: "üìÖ" alone is then 📅 without its lead. Only emoji are restored this way; the Tasks emoji count as
     * unmistakable evidence, other emoji only as repairs in a note that has such evidence ("üéé" may be a name).
     */
    private static Decoded decodeWithoutAppleLogo(String text, int at) {
        if (MAC_ROMAN.byteOf(text.charAt(at)) != 0x9F
                || at + 3 > text.length()
                || (at > 0 && text.charAt(at - 1) == '\uF8FF')) {
            return null;
        }
        int codePoint = 0x1F000;
        for (int k = 1; k < 3; k++) {
            int b = MAC_ROMAN.byteOf(text.charAt(at + k));
            if (b < 0x80 || b > 0xBF) {
                return null;
            }
            codePoint |= (b & 0x3F) << (6 * (2 - k));
        }
        if (codePoint > 0x1FAFF || !plausible(codePoint)) {
            return null;
        }
        return new Decoded(at, TASKS_EMOJI.indexOf(Character.toString(codePoint)) >= 0 ? 0xF0 : -1, codePoint, 3);
    }

    /** Lower is better; MAX_VALUE means implausible. Candidates are visited last gap first; ties keep the earlier. */
    private static int droppedByteRank(int codePoint, boolean betweenEmoji) {
        if (codePoint < 0) {
            return Integer.MAX_VALUE;
        }
        if (codePoint == 0x200D) {
            // a zero-width joiner only makes sense between two emoji
            return betweenEmoji ? 0 : Integer.MAX_VALUE;
        }
        for (int target : LIKELY_DROPPED_TARGETS) {
            if (codePoint == target) {
                return 1;
            }
        }
        boolean punctuation = codePoint >= 0x2000 && codePoint <= 0x206F;
        boolean symbols = codePoint >= 0x2190 && codePoint <= 0x2BFF;
        boolean emoji = codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
        return (punctuation || symbols || emoji) && plausible(codePoint) ? 2 : Integer.MAX_VALUE;
    }

    static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /**
     * Decodes one UTF-8 sequence by hand: a CharsetDecoder per two-to-four-byte candidate would allocate for every
     * candidate a mis-decoded note has.
     *
     * @return the code point, or -1 when the bytes are not exactly one well-formed sequence
     */
    static int utf8CodePoint(byte[] bytes) {
        int lead = bytes[0] & 0xFF;
        int length = sequenceLength(lead);
        if (length != bytes.length) {
            return -1;
        }
        if (!validSecondByte(lead, bytes[1] & 0xFF)) {
            return -1;
        }
        int codePoint = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int b = bytes[k] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                return -1;
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        return codePoint;
    }

    /** The ranges of Unicode's table of well-formed UTF-8 that exclude overlong forms and surrogates. */
    private static boolean validSecondByte(int lead, int second) {
        int min = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int max = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        return second >= min && second <= max;
    }

    private static boolean plausible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UNASSIGNED, Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE -> false;
            default -> true;
        };
    }

    /**
     * A repair: {@code consumed} characters from {@code at} stand for one code point, encoded with {@code lead} (-1
     * when the lead byte was lost and the repair proves nothing by itself).
     */
    private record Decoded(int at, int lead, int codePoint, int consumed) {

        /**
         * Whether correct text practically never looks like this: a Latin-1 character read as two (lead C2, C3),
         * punctuation and symbols (lead E2), emoji (lead F0), the emoji variation selector.
         */
        boolean endsAt(int position) {
            return at + consumed == position;
        }

        boolean unmistakable() {
            return lead == 0xC2 || lead == 0xC3 || lead == 0xE2 || lead == 0xF0 || codePoint == 0xFE0F;
        }
    }

    /** How one wrong charset turned bytes into characters, read backwards. */
    private static final class WrongCharset {

        private final int[] byteOfChar = new int[0x10000];

        WrongCharset(String highHalf) {
            Arrays.fill(byteOfChar, -1);
            for (int b = 0; b < 0x80; b++) {
                byteOfChar[b] = b;
            }
            for (int k = 0; k < highHalf.length(); k++) {
                byteOfChar[highHalf.charAt(k)] = 0x80 + k;
            }
        }

        int byteOf(char c) {
            return byteOfChar[c];
        }

        /** The sequence starting at {@code at}, read without allocating: this runs on every non-ASCII character. */
        Decoded decodeComplete(String text, int at) {
            int lead = byteOf(text.charAt(at));
            int length = lead < 0 ? 0 : sequenceLength(lead);
            if (length == 0 || at + length > text.length()) {
                return null;
            }
            int codePoint = lead & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int b = byteOf(text.charAt(at + k));
                if (b < 0x80 || b > 0xBF || (k == 1 && !validSecondByte(lead, b))) {
                    return null;
                }
                codePoint = (codePoint << 6) | (b & 0x3F);
            }
            return codePoint >= 0x80 && plausible(codePoint) ? new Decoded(at, lead, codePoint, length) : null;
        }

        /** The continuation bytes (0x80-0xBF) that follow the lead, at most {@code max} of them. */
        byte[] continuationBytes(String text, int at, int max) {
            byte[] found = new byte[max];
            int count = 0;
            while (count < max && at + 1 + count < text.length()) {
                int b = byteOf(text.charAt(at + 1 + count));
                if (b < 0x80 || b > 0xBF) {
                    break;
                }
                found[count++] = (byte) b;
            }
            return count == max ? found : Arrays.copyOf(found, count);
        }
    }
}
