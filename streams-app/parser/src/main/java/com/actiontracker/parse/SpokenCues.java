package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spoken forms that may carry an action, a decision or a risk. Broad on purpose: they only make a sentence a
 * candidate, and the trained classifier decides what it is from its features ({@link SpokenFeatures}).
 */
final class SpokenCues {

    /** Kinds of cue; a sentence may show several. */
    enum Kind {
        /** "I'll", "I need to", "let me", "what I could do is": the speaker commits or is obliged. */
        SELF,
        /** "we should", "let's", "we'll": the group. */
        COLLECTIVE,
        /** "can you", "you should", "make sure you", "go talk to": asked of another participant. */
        DIRECTIVE,
        /** "Dana will", "he's going to": a named person or a pronoun does it. */
        THIRD,
        /** "we decided", "let's go with", "agreed", "so we'll use": a choice. */
        DECISION,
        /** "I'm worried", "over budget", "nobody owns", "on vacation": a problem with impact. */
        RISK
    }

    /** One cue: its kind, the words that matched, and where the words after it begin. */
    record Cue(Kind kind, String words, int end) {}

    private static final String MODAL_SELF = "i'll|i will|i'm going to|i am going to|i'm gonna|i need to|i have to"
            + "|i've got to|i got to|i gotta|i should|i can|i could|i must|i owe|i'd like to|i want to|i'll try to"
            + "|i'm happy to|i'm going to try to|let me|what i (?:could|can|will|'ll) do is|i'll make sure"
            + "|i'll have|i'll get|i plan to|i intend to|i'm planning to|my plan is to|i'll be";
    private static final String MODAL_WE = "we'll|we will|we're going to|we are going to|we're gonna|we need to"
            + "|we have to|we've got to|we got to|we gotta|we should|we could|we must|let's|let us|we can|we'd better"
            + "|we want to|we ought to|we might want to|someone should|somebody should|someone needs to|we'd need to";
    private static final String MODAL_YOU = "can you|could you|would you|will you|you should|you need to|you have to"
            + "|you'll need to|you'll have to|make sure you|you might want to|you could|you want to|you've got to"
            + "|you'll|you will|you're going to|you can|please|go talk to|talk to|reach out to|would you mind|do you want to"
            + "|why don't you|you must|you ought to";
    private static final String MODAL_THIRD = "(?:he|she|they|\\p{Lu}\\p{L}+)(?:'ll| will| is going to|'s going to"
            + "| needs to| has to| should| is gonna|'s gonna| can| could)";
    private static final String DECIDED = "decided|decide|decision|agreed|agree|let's go with|go with|going with"
            + "|we'll use|we will use|we'll take|we'll keep|we'll drop|we'll have|settled|final|conclusion|chosen|choose"
            + "|we've got|that's it|it's fine|that's fine|sounds good|okay so|so we'll|so we will|so we're|we're using"
            + "|we keep|we drop|we use|stick with|no more|we won't|we don't need|we're not going to|leave it|we'll leave"
            + "|vote|approved|consensus|happy with|go ahead";
    private static final String TROUBLE = "worr|concern|risk|problem|issue|blocker|block|over budget|over the budget"
            + "|budget|expensive|cost|slip|delay|late|behind|can't|cannot|couldn't|won't|don't have|doesn't have"
            + "|doesn't work|not working|didn't work|missing|nobody|no one|lack|difficult|hard|tricky|danger|fail"
            + "|vacation|away|out of office|deadline|tight|limited|shortage|struggl|impact|unable|afraid|fear|dependen"
            + "|bottleneck|unclear|uncertain|not sure|too much|too many|too heavy|too big|overrun|shortfall|threat"
            + "|pressure|crisis|closing|closure|lose|losing|lost|unemploy|gap|barrier|obstacle|complain|break|broken"
            + "|bug|crash|wrong|mistake|not enough|insufficient|unfortunately|hurt|suffer|waiting|wait";

    private static final Pattern SELF = word(MODAL_SELF);
    private static final Pattern WE = word(MODAL_WE);
    private static final Pattern YOU = word(MODAL_YOU);
    private static final Pattern THIRD = Pattern.compile("\\b(?:" + MODAL_THIRD + ")\\b");
    private static final Pattern DECISION = word(DECIDED);
    private static final Pattern RISK = Pattern.compile("\\b(?:" + TROUBLE + ")");
    /** Capitalised words before "will" that are not a third person doing something. */
    private static final Set<String> NOT_THIRD = Set.of("I", "We", "You", "It", "That", "This", "There", "What");

    private SpokenCues() {}

    /** The sentence as the cues read it: lower case, typographic apostrophes plain. */
    static String normal(String sentence) {
        return sentence.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    }

    static List<Cue> find(String sentence) {
        String lower = normal(sentence);
        String plain = sentence.replace('\u2019', '\'');
        List<Cue> cues = new ArrayList<>();
        add(cues, Kind.SELF, WordStarts.first(SELF, lower));
        add(cues, Kind.COLLECTIVE, WordStarts.first(WE, lower));
        add(cues, Kind.DIRECTIVE, WordStarts.first(YOU, lower));
        Matcher third = THIRD.matcher(plain);
        while (third.find()) {
            if (!NOT_THIRD.contains(third.group().split("[ ']")[0])) {
                cues.add(new Cue(Kind.THIRD, third.group().toLowerCase(Locale.ROOT), third.end()));
                break;
            }
        }
        add(cues, Kind.DECISION, WordStarts.first(DECISION, lower));
        add(cues, Kind.RISK, WordStarts.first(RISK, lower));
        return cues;
    }

    private static void add(List<Cue> cues, Kind kind, Matcher m) {
        if (m != null) {
            cues.add(new Cue(kind, m.group(), m.end()));
        }
    }

    private static Pattern word(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }
}
