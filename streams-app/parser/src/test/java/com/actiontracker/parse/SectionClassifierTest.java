package com.actiontracker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionClassifierTest {

    private final SectionClassifier classifier = new SectionClassifier(HeadingVocabulary.defaults());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Action items (for Andy Pernstiner) | ACTIONS
            Action Items                       | ACTIONS
            Follow-ups                         | ACTIONS
            Next steps                         | ACTIONS
            Decisions                          | DECISIONS
            Key decisions                      | DECISIONS
            DECISION                           | DECISIONS
            What we decided                    | DECISIONS
            Risks                              | RISKS
            Risks & blockers                   | RISKS
            Open questions                     | QUESTIONS
            Questions                          | QUESTIONS
            Risks and open questions           | RISKS
            Open questions and risks           | QUESTIONS
            Transcript (auto)                  | TRANSCRIPT
            Key facts learned                  | -
            Summary                            | -
            Outcomes                           | -
            Key Information                    | -
            Related                            | -
            Decision-making style (for Risk)   | DECISIONS
            """)
    void classifiesHeadingsByMeaning(String heading, SectionKind kind) {
        assertThat(classifier.classify(heading)).isEqualTo(kind);
    }

    @Test
    void usesTheConfiguredVocabulary() {
        SectionClassifier custom = new SectionClassifier(
                ParserSettings.fromProperties(Map.of(ParserSettings.KEY_HEADINGS_DECISIONS, "Beschlüsse, outcomes"))
                        .headings());

        assertThat(custom.classify("Beschlüsse")).isEqualTo(SectionKind.DECISIONS);
        assertThat(custom.classify("Outcomes")).isEqualTo(SectionKind.DECISIONS);
        assertThat(custom.classify("Decisions")).isNull();
    }

    @Test
    void subheadingsInheritTheKindOfTheirSection() {
        List<NoteOutline.Heading> headings = List.of(
                new NoteOutline.Heading(1, 1, "Meeting"),
                new NoteOutline.Heading(2, 2, "Decisions"),
                new NoteOutline.Heading(3, 3, "Infrastructure"),
                new NoteOutline.Heading(4, 2, "Notes"),
                new NoteOutline.Heading(5, 3, "Open questions"));

        assertThat(classifier.classifyAll(headings))
                .containsExactly(null, SectionKind.DECISIONS, SectionKind.DECISIONS, null, SectionKind.QUESTIONS);
    }
}
