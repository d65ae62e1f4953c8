package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptReaderTest {

    private static List<TranscriptTurn> read(String text, String... knownNames) {
        return TranscriptReader.read(text.split("\n", -1), 0, List.of(knownNames));
    }

    @Test
    void readsSpeakersGluedToTheirWords() {
        List<TranscriptTurn> turns = read("""
                ```text
                [00:00:22.51]  Jason ValleryGood afternoon.

                [00:00:42.98]   RemoteMakes sense, I've heard your name too.

                [00:00:46.86]  Jason Vallery- Based out of Colorado, what about you?

                [00:05:33.09]  Jason Vallery>> That's a broad swath of things.
                [00:12:19.57]  Jason Valleryor reaching out?
                ```
                """);

        assertThat(turns)
                .extracting(
                        TranscriptTurn::speaker, TranscriptTurn::timestamp, TranscriptTurn::line, TranscriptTurn::text)
                .containsExactly(
                        tuple("Jason Vallery", "00:00:22.51", 2, "Good afternoon."),
                        tuple("Remote", "00:00:42.98", 4, "Makes sense, I've heard your name too."),
                        tuple("Jason Vallery", "00:00:46.86", 6, "Based out of Colorado, what about you?"),
                        tuple("Jason Vallery", "00:05:33.09", 8, "That's a broad swath of things."),
                        tuple("Jason Vallery", "00:12:19.57", 9, "or reaching out?"));
    }

    @Test
    void prefersNamesTheNoteKnows() {
        List<TranscriptTurn> turns = read("[00:01] Ann LeeHello there.\n[00:02] RemoteHi.\n", "Ann Lee");

        assertThat(turns).extracting(TranscriptTurn::speaker).containsExactly("Ann Lee", "Remote");
    }

    @Test
    void readsLabelledSpeakersAndDropsTheRepeatedName() {
        List<TranscriptTurn> turns = read("""
                [00:00:00.04] Jason Vallery :  Jason ValleryLike thinking about it.
                [00:03:37.18] Remote : Yeah, I know.
                [00:50:26.42] Jason Vallery :  Jason Vallery>> Show me that.
                [00:21:49.52] Remote : - So-
                """);

        assertThat(turns)
                .extracting(TranscriptTurn::speaker, TranscriptTurn::text)
                .containsExactly(
                        tuple("Jason Vallery", "Like thinking about it."),
                        tuple("Remote", "Yeah, I know."),
                        tuple("Jason Vallery", "Show me that."),
                        tuple("Remote", "So-"));
    }

    @Test
    void readsSpeakerNamesOnTheirOwnLines() {
        List<TranscriptTurn> turns = read("""
                Jason Vallery
                Lots of things we should catch up on.

                Jeff Denworth
                I didn't read your document.
                It is long.

                Jason Vallery
                That's fine.
                """, "Jeff Denworth");

        assertThat(turns)
                .extracting(
                        TranscriptTurn::speaker, TranscriptTurn::timestamp, TranscriptTurn::line, TranscriptTurn::text)
                .containsExactly(
                        tuple("Jason Vallery", null, 1, "Lots of things we should catch up on."),
                        tuple("Jeff Denworth", null, 4, "I didn't read your document. It is long."),
                        tuple("Jason Vallery", null, 8, "That's fine."));
    }

    @Test
    void aRoleInParenthesesAfterASpeakerNameIsNotPartOfIt() {
        List<TranscriptTurn> turns = read("""
                The Chair
                We are now going to Mr. Kevin Waugh.

                Mr. Kevin Waugh (Saskatoon-Grasswood, CPC)
                When can they expect the funding?

                Hon. Steven Guilbeault (Minister of Canadian Heritage)
                Madam Chair, we will be releasing the details in the coming days.

                Mr. Kevin Waugh
                Thank you.

                Hon. Steven Guilbeault
                You're welcome.

                The Chair
                Thank you.
                """);

        assertThat(turns)
                .extracting(TranscriptTurn::speaker)
                .containsExactly(
                        "The Chair",
                        "Mr. Kevin Waugh",
                        "Hon. Steven Guilbeault",
                        "Mr. Kevin Waugh",
                        "Hon. Steven Guilbeault",
                        "The Chair");
        assertThat(turns.get(2).text()).isEqualTo("Madam Chair, we will be releasing the details in the coming days.");
        assertThat(turns.get(2).line()).isEqualTo(7);
    }

    @Test
    void needsANameTheNoteKnowsOrThatRepeats() {
        assertThat(read("Jason Vallery\nHello.\n\nJeff Denworth\nHi.\n\nJason Vallery\nBye.\n"))
                .extracting(TranscriptTurn::speaker)
                .containsExactly("Jason Vallery", "Jason Vallery");
        assertThat(read("Jason Vallery\nHello.\n\nJeff Denworth\nHi.\n")).isEmpty();
        assertThat(read("Jason Vallery\nHello.\n\nJeff Denworth\nHi.\n", "Jason Vallery", "Jeff Denworth"))
                .hasSize(2);
    }

    @Test
    void findsNoTranscriptInAnOrdinaryNote() {
        assertThat(read("# Title\n\nSummary\nWe met.\n\n## Decisions\n- Go\n\nNotes\nMore text.\n"))
                .isEmpty();
        assertThat(read("[00:01] only one timestamped line\n")).isEmpty();
    }

    @Test
    void marksTurnsWithoutARecognisedSpeaker() {
        List<TranscriptTurn> turns = read("[00:01] hello there\n[00:02] and more\n");

        assertThat(turns).extracting(TranscriptTurn::speaker).containsOnly(TranscriptReader.UNKNOWN);
        assertThat(turns).extracting(TranscriptTurn::text).containsExactly("hello there", "and more");
    }

    @Test
    void readsTheSeedTranscripts() {
        assertThat(Seeds.parsed("000").transcript())
                .extracting(TranscriptTurn::speaker)
                .containsOnly("Jason Vallery", "Remote");
        assertThat(Seeds.parsed("001").transcript())
                .extracting(TranscriptTurn::speaker)
                .containsOnly("Jason Vallery", "Remote");
        assertThat(Seeds.parsed("003").transcript())
                .extracting(TranscriptTurn::speaker)
                .containsOnly("Jason Vallery", "Jeff Denworth");
        assertThat(Seeds.parsed("004").transcript())
                .extracting(TranscriptTurn::speaker)
                .containsOnly("Jason Vallery", "Remote");
        assertThat(Seeds.parsed("002").transcript()).isEmpty();
        assertThat(Seeds.parsed("000").transcript().get(0))
                .isEqualTo(new TranscriptTurn(
                        "Jason Vallery",
                        "00:00:22.51",
                        106,
                        Seeds.parsed("000").transcript().get(0).text()));
        assertThat(Seeds.parsed("003").transcript().get(0).line()).isEqualTo(10);
    }
}
