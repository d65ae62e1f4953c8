package com.actiontracker.parse;

import java.util.List;

/**
 * Which headings introduce which kind of section, as phrases per kind. Headings match by meaning: a phrase matches when
 * its words appear in the heading in order, ignoring case, punctuation, a plural "s" and parenthesised asides, so
 * "Action items (for Andy)" matches "action items" and "Key decisions" matches "decisions".
 *
 * @param decisions  headings whose bullets are decisions
 * @param risks      headings whose bullets are risks
 * @param questions  headings whose bullets are open questions
 * @param actions    headings whose bullets are action items even without a checkbox
 * @param transcript headings of transcript sections
 */
public record HeadingVocabulary(
        List<String> decisions,
        List<String> risks,
        List<String> questions,
        List<String> actions,
        List<String> transcript) {

    public HeadingVocabulary {
        decisions = List.copyOf(decisions);
        risks = List.copyOf(risks);
        questions = List.copyOf(questions);
        actions = List.copyOf(actions);
        transcript = List.copyOf(transcript);
    }

    public static HeadingVocabulary defaults() {
        return new HeadingVocabulary(
                List.of("decisions", "decided", "agreements", "agreed"),
                List.of("risks", "blockers", "concerns", "issues"),
                List.of("open questions", "questions", "unknowns"),
                List.of("action items", "actions", "follow-ups", "followups", "next steps", "todo", "to do", "tasks"),
                List.of("transcript"));
    }

    List<String> phrases(SectionKind kind) {
        return switch (kind) {
            case DECISIONS -> decisions;
            case RISKS -> risks;
            case QUESTIONS -> questions;
            case ACTIONS -> actions;
            case TRANSCRIPT -> transcript;
        };
    }
}
