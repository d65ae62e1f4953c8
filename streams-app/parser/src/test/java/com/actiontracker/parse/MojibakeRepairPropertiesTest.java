package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Text misread as Windows-1252 or Mac Roman comes back exactly; correct text is never touched.
 *
 * <p>The alphabets leave out what cannot come back by construction: "Á", "Í", "Ï", "Ð" and "Ý", whose second byte
 * Windows-1252 drops, leaving a lone "Ã" that is also a real letter; and a closing quote between two emoji, which after
 * the drop is the same text as the zero-width joiner of an emoji sequence (the joiner is the likelier reading); and
 * "ü" before "ì", "ó", "î", "õ" or "Ü", which is how a Tasks emoji looks in Mac Roman once its Apple logo is lost.
 */
class MojibakeRepairPropertiesTest {

    private static final String CORRECT =
            "abcXYZ019 .,;:!?'\"()-\n" + "éüñçÉÜöäßàèìòùœ—–’‘“”…•→€™日本語中文привет😀🎉📅⏫🔼🔽🔺✅⏳❌🔁🛫➕🆔⛔🗓👍";
    /** Correct text that has no sequence a misreading leaves behind: no "Â", "Ã", "â", "ð", "√", "¬", "‚", "". */
    private static final String UNTOUCHABLE = CORRECT + "«»¿¡ÀÉÊÑÖØÅÆÇÈÔÛÄÑ’”…•€£¥©®°±¶·º¼½¾×÷ĄąŁłŒœŠšŽžƒˆ˜";

    private static final Pattern QUOTE_BETWEEN_EMOJI =
            Pattern.compile("[\\x{1F000}-\\x{1FAFF}]”[\\x{1F000}-\\x{1FAFF}]");

    /** "ü" before "ì", "ó", "î", "õ" or "Ü" starts the Mac Roman form of a Tasks emoji that lost its Apple logo. */
    private static final Pattern TASKS_EMOJI_WITHOUT_LEAD = Pattern.compile("ü[ìóîõÜ]");

    @Provide
    Arbitrary<String> correctText() {
        return textOf(CORRECT)
                .filter(text -> !QUOTE_BETWEEN_EMOJI.matcher(text).find()
                        && !TASKS_EMOJI_WITHOUT_LEAD.matcher(text).find());
    }

    @Provide
    Arbitrary<String> untouchableText() {
        return textOf(UNTOUCHABLE)
                .filter(text -> !TASKS_EMOJI_WITHOUT_LEAD.matcher(text).find());
    }

    private static Arbitrary<String> textOf(String alphabet) {
        int[] codePoints = alphabet.codePoints().toArray();
        return Arbitraries.of(Arrays.stream(codePoints).boxed().toList())
                .list()
                .ofMaxSize(60)
                .map(list -> list.stream().map(Character::toString).reduce("", String::concat));
    }

    @Property(tries = 500)
    void windows1252MisreadingComesBack(@ForAll("correctText") String text) {
        String original = text + " — ";

        assertThat(MojibakeRepair.repair(misread(original, MojibakeRepair.CP1252_HIGH_HALF, true)))
                .isEqualTo(original);
    }

    @Property(tries = 500)
    void windows1252MisreadingWithC1ControlsComesBack(@ForAll("correctText") String text) {
        String original = text + " — ";

        assertThat(MojibakeRepair.repair(misread(original, MojibakeRepair.CP1252_HIGH_HALF, false)))
                .isEqualTo(original);
    }

    @Property(tries = 500)
    void macRomanMisreadingComesBack(@ForAll("correctText") String text) {
        String original = text + " — ";

        assertThat(MojibakeRepair.repair(misread(original, MojibakeRepair.MAC_ROMAN_HIGH_HALF, false)))
                .isEqualTo(original);
    }

    @Property(tries = 1000)
    void correctTextIsNeverTouched(@ForAll("untouchableText") String text) {
        assertThat(MojibakeRepair.repair(text)).isEqualTo(text);
    }

    /**
     * The text's UTF-8 bytes read one by one through the charset's table, as a wrong decoder does; with
     * {@code dropUndefined}, the five bytes Windows-1252 leaves undefined vanish, as Python's decoder makes them.
     */
    private static String misread(String text, String highHalf, boolean dropUndefined) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xFF;
            char c = value < 0x80 ? (char) value : highHalf.charAt(value - 0x80);
            boolean undefined = value == 0x81 || value == 0x8D || value == 0x8F || value == 0x90 || value == 0x9D;
            if (!(dropUndefined && undefined)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
