package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingMetadataReaderTest {

    private static NoteMetadata metadata(String path, String note) {
        try {
            return new NoteParser(ParserSettings.defaults())
                    .parse(path, note.getBytes(StandardCharsets.UTF_8))
                    .metadata();
        } catch (UnreadableNoteException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void dateComesFromFrontMatterFirst() {
        assertThat(metadata("2024-01-01 notes.md", "---\ndate: '2025-10-30'\ncreated: 2025-09-01\n---\n# 2025-08-08")
                        .date())
                .isEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Test
    void dateComesFromTheTitleWhenCreatedIsABrokenTemplate() {
        assertThat(metadata("x.md", "---\ncreated: { { DATE } }\n---\n# 1:1 — Tomer Hagey — 2025-10-24")
                        .date())
                .isEqualTo(LocalDate.of(2025, 10, 24));
    }

    @Test
    void dateComesFromCreatedOnlyWhenItIsValid() {
        assertThat(metadata("x.md", "---\ncreated: 2025-09-01\n---\n# Title").date())
                .isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(metadata("x.md", "---\ncreated: 2025-02-30\n---\n# Title").date())
                .isNull();
    }

    @Test
    void dateComesFromTheFileNameLast() {
        assertThat(metadata("Inbox/20251024 1412 Teams Meeting.md", "text").date())
                .isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(metadata("Inbox/2025-10-24 call.md", "text").date()).isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(metadata("Inbox/call.md", "text").date()).isNull();
    }

    @Test
    void anInvalidFrontMatterDateIsAWarning() throws UnreadableNoteException {
        ParsedNote note = new NoteParser(ParserSettings.defaults())
                .parse("x.md", "---\ndate: 2025-13-45\n---\n# T".getBytes(StandardCharsets.UTF_8));

        assertThat(note.metadata().date()).isNull();
        assertThat(note.warnings()).singleElement().asString().contains("2025-13-45");
    }

    @Test
    void titleIsTheFirstH1ThenFrontMatterThenFileName() {
        assertThat(metadata("a/b.md", "---\ntitle: From YAML\n---\n## Not H1\n# First H1\n# Second")
                        .title())
                .isEqualTo("First H1");
        assertThat(metadata("a/b.md", "---\ntitle: From YAML\n---\n## Not H1").title())
                .isEqualTo("From YAML");
        assertThat(metadata("a/b.md", "no heading").title()).isEqualTo("b");
        assertThat(metadata("a/b.c.md", "").title()).isEqualTo("b.c");
    }

    @Test
    void noteTypeIsFrontMatterType() {
        assertThat(metadata("x.md", "---\ntype: \"1-1\"\n---").noteType()).isEqualTo("1-1");
        assertThat(metadata("x.md", "text").noteType()).isNull();
    }

    @Test
    void participantsComeFromFrontMatterTitleWithLineAndRelatedLinks() {
        NoteMetadata metadata = metadata("x.md", """
                ---
                people: ['[[Ann Lee|Ann]]']
                entities:
                  people: [[Bob Stone]]
                participants: ["Ann Lee", "Cy Young"]
                person: "Dee Ray"
                counterpart: "[[Eve Fox]]"
                ---
                # 1:1 — Fay Oak — 2025-10-30
                **With**: Gus Hill, Ann Lee and Hal Pine
                ## Related
                - [[Ivy Moss]]
                - [[OVA]]
                - [[Microsoft]]
                - [[Cloud control plane]]
                - [[5.5 Features]]
                - [[OpenAI VAST POC (CoreWeave cluster)]]
                - [[Ms. Ross]]
                - [[Ryan McGinty|Ryan]]
                """);

        assertThat(metadata.participants())
                .containsExactly(
                        "Ann Lee",
                        "Bob Stone",
                        "Cy Young",
                        "Dee Ray",
                        "Eve Fox",
                        "Fay Oak",
                        "Gus Hill",
                        "Hal Pine",
                        "Ivy Moss",
                        "Ms. Ross",
                        "Ryan McGinty");
    }

    @Test
    void participantsCountOncePerPerson() {
        assertThat(metadata(
                                "x.md",
                                "---\nparticipants: [Lior, Andy Perlsteiner]\n---\n"
                                        + "# 1:1 — Lior Genzel — 2025-10-30\n**With**: Andy Pernstiner, ANDY PERLSTEINER\n")
                        .participants())
                .containsExactly("Lior Genzel", "Andy Perlsteiner");
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource(delimiter = '|', textBlock = """
            000 | Andy Perlsteiner
            001 | Tomer Hagey
            002 | Andy Perlsteiner, Jason Vallery, Jeff Denworth, Ms. Ross, Phil Wagstrom, Ray Coetzee, Timo Pervane, \
            Aaron Zilber, John Mao, Ronen Cohen, Ryan McGinty, Leo Stone, Olivia Bouree
            003 | Jeff Denworth
            004 | Lior Genzel
            """)
    void seedParticipants(String seed, String participants) {
        assertThat(Seeds.parsed(seed).metadata().participants()).containsExactly(participants.split(", "));
    }
}
