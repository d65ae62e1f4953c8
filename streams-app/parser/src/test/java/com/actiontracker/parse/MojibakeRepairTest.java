package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            â€”          | —
            â€™          | ’
            â€œquotedâ€ | “quoted”
            ðŸ“…         | 📅
            â«           | ⏫
            ðŸ”¼         | 🔼
            âœ…          | ✅
            ðŸ”º         | 🔺
            ðŸ”½         | 🔽
            â†’          | →
            â€‘          | ‑
            â€¦          | …
            BeyoncÃ©     | Beyoncé
            ‚Äô          | ’
            ‚Äî          | —
            ‚è´          | ⏫
            √©           | é
            """)
    void repairsWindows1252AndMacRomanMisreadings(String damaged, String repaired) {
        assertThat(MojibakeRepair.repair(damaged)).isEqualTo(repaired);
    }

    @Test
    void repairsMacRomanEmojiWhoseFirstByteBecameTheAppleLogo() {
        // F0 9F 93 85 read as Mac Roman: the F0 is U+F8FF, which the brief's "üìÖ" does not show
        assertThat(MojibakeRepair.repair("\uF8FFüìÖ 2025-10-30 \uF8FFüî∫")).isEqualTo("📅 2025-10-30 🔺");
    }

    @Test
    void repairsMacRomanEmojiThatLostTheAppleLogo() {
        assertThat(MojibakeRepair.repair("- [ ] Task üìÖ 2025-10-30 üî∫ ‚è´"))
                .isEqualTo("- [ ] Task 📅 2025-10-30 🔺 ⏫");
        assertThat(MojibakeRepair.repair("Müßiggang, Düsseldorf, über")).isEqualTo("Müßiggang, Düsseldorf, über");
    }

    @Test
    void restoresTheEmojiThatContainBytesWindows1252DoesNotDefine() {
        assertThat(MojibakeRepair.repair("â³ 2025-01-01")).isEqualTo("⏳ 2025-01-01");
        assertThat(MojibakeRepair.repair("â¬")).isEqualTo("⏬");
        assertThat(MojibakeRepair.repair("âŒ 2025-01-01")).isEqualTo("❌ 2025-01-01");
        assertThat(MojibakeRepair.repair("ðŸ” every day")).isEqualTo("🔁 every day");
        assertThat(MojibakeRepair.repair("â«ï¸ done")).isEqualTo("⏫️ done");
        assertThat(MojibakeRepair.repair("â€œcar stereo manualâ€;")).isEqualTo("“car stereo manual”;");
    }

    @Test
    void restoresAZeroWidthJoinerBetweenEmoji() {
        assertThat(MojibakeRepair.repair("ðŸ‘¨â€ðŸ’»")).isEqualTo("👨\u200D💻");
    }

    @Test
    void acceptsUndefinedBytesKeptAsC1Controls() {
        assertThat(MojibakeRepair.repair("â\u008F«")).isEqualTo("⏫");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "café, naïve, Übermaß, Beyoncé",
                "l’été",
                "« été »",
                "— em dash — and ’quotes’",
                "“Ça va?”",
                "📅 🔺 ⏫ ✅ 🔁",
                "日本語のテキスト",
                "Ελληνικά и русский",
                "price: 5€, 10£",
                "À la carte",
                "Ã alone",
                "√2 ≈ 1.414",
                "‚single low quote‚",
                "plain ASCII text",
                "EL AÑO”",
                "CAFÉ”",
                "«été…»",
                "Ä… and Ö’",
            })
    void leavesCorrectTextAlone(String correct) {
        assertThat(MojibakeRepair.repair(correct)).isSameAs(correct);
    }

    @Test
    void repairsOtherScriptsOnlyInANoteThatIsVisiblyMisread() {
        String russian = "Ð¿Ñ€Ð¸Ð²ÐµÑ‚";

        assertThat(MojibakeRepair.repair(russian + " â€” ok")).isEqualTo("привет — ok");
        assertThat(MojibakeRepair.repair("Polish wÄ…ski")).isEqualTo("Polish wÄ…ski");
        assertThat(MojibakeRepair.repair("Polish wÄ…ski â€™")).isEqualTo("Polish wąski ’");
    }

    @Test
    void prefersCommonEmojiWhenADroppedByteIsAmbiguous() {
        assertThat(MojibakeRepair.repair("ðŸ‘ nice")).isEqualTo("👍 nice");
    }

    @Test
    void repairingTwiceChangesNothingMore() {
        String once = MojibakeRepair.repair("Andyâ€™s team â€” ðŸ“… 2025-10-30 â«");
        assertThat(MojibakeRepair.repair(once)).isEqualTo(once).isEqualTo("Andy’s team — 📅 2025-10-30 ⏫");
    }

    @Test
    void tablesAgreeWithTheJdkCharsets() {
        byte[] high = new byte[128];
        for (int b = 0; b < 128; b++) {
            high[b] = (byte) (0x80 + b);
        }
        String macRoman = new String(high, Charset.forName("x-MacRoman"));
        assertThat(MojibakeRepair.MAC_ROMAN_HIGH_HALF).isEqualTo(macRoman);
        String cp1252 = new String(high, Charset.forName("windows-1252"));
        for (int b = 0; b < 128; b++) {
            char expected = cp1252.charAt(b) == '\uFFFD' ? (char) (0x80 + b) : cp1252.charAt(b);
            assertThat(MojibakeRepair.CP1252_HIGH_HALF.charAt(b))
                    .as("byte %x", 0x80 + b)
                    .isEqualTo(expected);
        }
    }

    @Test
    void decodesOnlyWellFormedUtf8() {
        assertThat(MojibakeRepair.utf8CodePoint("📅".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(0x1F4C5);
        assertThat(MojibakeRepair.utf8CodePoint(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}))
                .isEqualTo(-1);
        assertThat(MojibakeRepair.utf8CodePoint(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .isEqualTo(-1);
        assertThat(MojibakeRepair.utf8CodePoint(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isEqualTo(-1);
    }
}
