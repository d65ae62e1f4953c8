package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the classifier sees of a candidate sentence: its cues, the verb the cue governs and whether it has an object,
 * questions, hedges scoped to that verb, tense and habit, reported speech, time expressions, named people, and what the
 * next turns answer (assent, a volunteer). Features are plain strings ("cue=SELF", "verb=send", "assent_next").
 */
final class SpokenFeatures {

    /** Verbs that name a conversational move, not work: "I'll tell you", "let me give you an example". */
    private static final Set<String> TALK_VERBS = Set.of(
            "tell", "say", "think", "guess", "mean", "explain", "show", "give", "be", "ask", "wonder", "suppose", "see",
            "start", "stop", "go", "come", "read", "put", "repeat", "answer", "add", "mention", "argue", "note",
            "believe", "feel", "hope", "like", "love", "want", "imagine", "let", "have", "do", "get", "take", "make",
            "try", "talk");

    private static final Pattern HEDGE = Pattern.compile("\\b(?:maybe|probably|perhaps|might|possibly|i guess|i think"
            + "|i suppose|kind of|sort of|if|whether|hopefully|i don't know|not sure)\\b");
    private static final Pattern HISTORY = Pattern.compile("\\b(?:ago|last (?:week|month|year|time)|yesterday|already"
            + "|before|used to|previously|earlier|in the past|years)\\b");
    private static final Pattern HABIT = Pattern.compile(
            "\\b(?:usually|always|normally|every time|generally|often" + "|typically|sometimes|tend to)\\b");
    private static final Pattern REPORTED =
            Pattern.compile("\\b(?:he|she|they|somebody|someone) (?:said|says|told|mentioned"
                    + "|thinks|thought|asked|wanted)\\b|\\btold me\\b|\\bsaid that\\b");
    private static final Pattern TIME = Pattern.compile("\\b(?:today|tonight|tomorrow|next (?:week|month|time|meeting)"
            + "|this (?:week|afternoon|morning)|monday|tuesday|wednesday|thursday|friday|by the end|end of|before"
            + "|deadline|in (?:two|three|a couple of|a few) (?:days|weeks)|january|february|march|april|june|july"
            + "|august|september|october|november|december|christmas|soon|asap)\\b");
    private static final Pattern ASSENT = Pattern.compile("^(?:yes|yeah|yep|okay|ok|sure|agreed|agree|right|fine"
            + "|definitely|absolutely|great|good|perfect|exactly|sounds good|that's fine|that's good|i'm with you"
            + "|alright|all right|mm-hmm|uh-huh|makes sense|of course|cool|excellent|fair enough|true)\\b");
    private static final Pattern DISSENT = Pattern.compile("^(?:no|nope|but|well|i don't think|not really|hmm)\\b");
    private static final Pattern VOLUNTEER = Pattern.compile("\\b(?:i'll do (?:it|that)|i can do (?:it|that)|i'll take"
            + "|i will do|i'll handle|leave it (?:to|with) me|i'm on it|will do|i can take)\\b");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}']+");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|n't|no)\\b");
    private static final Pattern CONDITIONAL = Pattern.compile("^(?:if|when|unless|once)\\b");
    /** A problem stated outright: "the problem is", "I'm worried about", "we're over budget", "unable to". */
    private static final Pattern PROBLEM = Pattern.compile("\\bthe (?:main |biggest |real |only )?(?:problem|risk|issue"
            + "|concern|danger|challenge|difficulty) (?:is|was|here)|\\b(?:worried|concerned|nervous|afraid) (?:about|that)"
            + "|\\b(?:over|above|exceed\\w*) (?:the )?budget|\\bunable to|\\bcan't afford|\\bnot enough|\\bhard time"
            + "|\\bno (?:one|body) (?:owns|is|knows)|\\bat risk|\\bshortage|\\bfalling short|\\bbehind schedule"
            + "|\\bmay result in|\\bcould lead to|\\bwon't be able|\\bwe'll lose|\\bgoing to lose|\\bstill waiting");
    /** Words of trouble, counted: a sentence with several is more likely a stated problem. */
    private static final Pattern TROUBLE = Pattern.compile(
            "\\b(?:problem|risk|issue|concern|worr\\w*|delay\\w*|shortage\\w*"
                    + "|crisis|cut\\w*|clos\\w+|los[te]\\w*|fail\\w*|difficult\\w*|hard|expensive|cost\\w*|late|slow|bad|poor"
                    + "|heavy|tight|limited|gap|unable|can't|cannot|won't|struggl\\w*|suffer\\w*|danger\\w*|threat\\w*|barrier\\w*"
                    + "|lack\\w*|missing|broke\\w*|wrong|unfortunately|too|skeptic\\w*|uncertain\\w*|impact\\w*|death\\w*|died)\\b");
    /** A proposal put to the group: "how about", "what if we", "I suggest", "shall we". */
    private static final Pattern PROPOSAL = Pattern.compile("\\b(?:how about|what about|what if we|i suggest|i propose"
            + "|i'd suggest|shall we|should we|why don't we|let's|we could|we should|i think we should|maybe we)\\b");

    private static final Pattern SETTLED = Pattern.compile("\\b(?:so (?:we'll|we will|we're|it's|that's)|we'll go with"
            + "|we're going with|we've decided|we decided|it's decided|agreed|that's settled|final (?:decision|design|answer)"
            + "|we'll stick|we'll keep|we'll drop|we'll leave|no (?:more|longer)|in the end)\\b");

    /** What is around a sentence: the transcript, where the sentence is in it, who takes part. */
    record Context(List<SpokenSentence> sentences, int index, List<Participant> participants) {}

    /** A participant and how a sentence names them: by first name, as a word. */
    record Participant(String name, Pattern firstName) {}

    /** The participants with their first-name patterns, made once per transcript rather than once per sentence. */
    static List<Participant> participants(List<String> names) {
        List<Participant> people = new ArrayList<>();
        for (String name : names) {
            String firstName = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (firstName.length() > 2) {
                people.add(new Participant(name, Pattern.compile("\\b" + Pattern.quote(firstName) + "\\b")));
            }
        }
        return people;
    }

    private SpokenFeatures() {}

    /**
     * What the screen sees of a sentence: everything that needs no tagger (cues, the words as said, questions,
     * history, habit, time, problems, proposals, names, length, position, what the next turns answer). It costs a
     * few microseconds, against a third of a millisecond to tag and two to embed, so every sentence can be screened.
     */
    static List<String> screen(SpokenSentence sentence, List<SpokenCues.Cue> cues, Context context) {
        Set<String> f = new LinkedHashSet<>();
        String lower = SpokenCues.normal(sentence.text());
        lexical(sentence, lower, cues, context, f);
        String[] words = WORD.split(lower.strip());
        f.add(length(words.length));
        for (String word : words) {
            if (word.length() > 2) {
                f.add("t=" + word);
            }
        }
        return new ArrayList<>(f);
    }

    static List<String> of(
            SpokenSentence sentence, EnglishModels.Analysis analysis, List<SpokenCues.Cue> cues, Context context) {
        Set<String> f = new LinkedHashSet<>();
        String lower = SpokenCues.normal(sentence.text());
        List<String> tokens = analysis.tokens();
        List<String> tags = analysis.tags();
        SpokenCues.Cue first = cues.isEmpty() ? null : cues.get(0);
        int verb = first == null ? -1 : verbAfter(tokens, tags, lower, first.end());
        if (verb >= 0) {
            String lemma = lemma(tokens.get(verb), tags.get(verb));
            f.add("verb=" + lemma);
            f.add(TALK_VERBS.contains(lemma) ? "talk_verb" : "work_verb");
            if (hasObject(tags, verb)) {
                f.add("verb_object");
            }
            String before = lower.substring(0, Math.min(lower.length(), Math.max(0, first.end())));
            if (HEDGE.matcher(before).find()) {
                f.add("hedged");
            }
        } else if (first != null) {
            f.add("no_verb");
        }
        if (!tags.isEmpty()
                && tags.get(0).startsWith("AUX")
                && tokens.size() > 1
                && tags.get(1).startsWith("PRON")) {
            f.add("question");
        }
        if (pastTense(tokens, tags)) {
            f.add("past");
        }
        lexical(sentence, lower, cues, context, f);
        f.add(length(tokens.size()));
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tags.get(i);
            if (tag.equals("NOUN") || tag.equals("VERB") || tag.equals("ADJ")) {
                f.add("w=" + lemma(tokens.get(i), tag));
            }
        }
        return new ArrayList<>(f);
    }

    /** The features both the screen and the classifier see: those read from the words and the turns around. */
    private static void lexical(
            SpokenSentence sentence, String lower, List<SpokenCues.Cue> cues, Context context, Set<String> f) {
        for (SpokenCues.Cue cue : cues) {
            f.add("cue=" + cue.kind());
            f.add("cuewords=" + cue.words().replace(' ', '_'));
        }
        if (cues.size() > 1) {
            f.add("cues="
                    + cues.stream()
                            .map(c -> c.kind().name())
                            .sorted()
                            .reduce((a, b) -> a + "+" + b)
                            .orElse(""));
        }
        if (lower.strip().endsWith("?")) {
            f.add("question");
        }
        if (WordStarts.found(HISTORY, lower)) {
            f.add("history");
        }
        if (WordStarts.found(HABIT, lower)) {
            f.add("habit");
        }
        if (WordStarts.found(REPORTED, lower)) {
            f.add("reported");
        }
        if (WordStarts.found(TIME, lower)) {
            f.add("time");
        }
        if (WordStarts.found(NEGATION, lower)) {
            f.add("negation");
        }
        if (CONDITIONAL.matcher(lower.strip()).find()) {
            f.add("conditional");
        }
        if (WordStarts.found(HEDGE, lower)) {
            f.add("hedge_anywhere");
        }
        if (WordStarts.found(PROBLEM, lower)) {
            f.add("problem_stated");
        }
        int trouble = WordStarts.count(TROUBLE, lower);
        f.add(trouble == 0 ? "trouble=0" : trouble == 1 ? "trouble=1" : "trouble=2+");
        if (WordStarts.found(PROPOSAL, lower)) {
            f.add("proposal");
        }
        if (WordStarts.found(SETTLED, lower)) {
            f.add("settled");
        }
        for (Participant person : context.participants()) {
            if (!person.name().equals(sentence.speaker())
                    && person.firstName().matcher(lower).find()) {
                f.add("names_person");
                break;
            }
        }
        double position = context.sentences().size() <= 1
                ? 0
                : (double) context.index() / (context.sentences().size() - 1);
        if (position > 0.85) {
            f.add("pos=end");
        } else if (position < 0.1) {
            f.add("pos=start");
        }
        answers(context, sentence, f);
    }

    private static String length(int words) {
        return words < 6 ? "len=short" : words < 15 ? "len=medium" : words < 30 ? "len=long" : "len=runon";
    }

    /** What the next turns of other speakers say back, and what the previous one asked. */
    private static void answers(Context context, SpokenSentence sentence, Set<String> f) {
        List<SpokenSentence> all = context.sentences();
        int turnsSeen = 0;
        int lastTurn = sentence.turn();
        for (int i = context.index() + 1; i < all.size() && turnsSeen < 3; i++) {
            SpokenSentence next = all.get(i);
            if (next.turn() == lastTurn) {
                continue;
            }
            lastTurn = next.turn();
            turnsSeen++;
            if (next.speaker().equals(sentence.speaker())) {
                continue;
            }
            String reply = SpokenCues.normal(next.text()).strip();
            if (ASSENT.matcher(reply).find()) {
                f.add(turnsSeen == 1 ? "assent_next" : "assent_later");
            } else if (DISSENT.matcher(reply).find() && turnsSeen == 1) {
                f.add("dissent_next");
            }
            if (VOLUNTEER.matcher(reply).find()) {
                f.add("volunteer_next");
            }
        }
        for (int i = context.index() - 1; i >= 0 && i >= context.index() - 3; i--) {
            SpokenSentence previous = all.get(i);
            if (previous.turn() != sentence.turn() && !previous.speaker().equals(sentence.speaker())) {
                String asked = SpokenCues.normal(previous.text());
                if (asked.strip().endsWith("?")) {
                    f.add("after_question");
                }
                if (asked.contains("can you") || asked.contains("could you") || asked.contains("would you")) {
                    f.add("after_request");
                }
                break;
            }
        }
    }

    /** The first verb after the cue's words (the one the modal governs), or -1. */
    static int verbAfter(List<String> tokens, List<String> tags, String lower, int cueEnd) {
        int offset = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int at = lower.indexOf(SpokenCues.normal(tokens.get(i)), offset);
            if (at >= 0) {
                offset = at + tokens.get(i).length();
            }
            if (at >= cueEnd - 1 && (tags.get(i).equals("VERB") || tags.get(i).endsWith("VERB"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasObject(List<String> tags, int verb) {
        for (int i = verb + 1; i < tags.size() && i <= verb + 4; i++) {
            String tag = tags.get(i);
            if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM")) {
                return true;
            }
            if (tag.equals("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    private static boolean pastTense(List<String> tokens, List<String> tags) {
        for (int i = 0; i < tokens.size(); i++) {
            String t = SpokenCues.normal(tokens.get(i));
            if (tags.get(i).equals("VERB") && t.endsWith("ed") && t.length() > 4) {
                return true;
            }
            if ((tags.get(i).startsWith("AUX") || tags.get(i).endsWith("AUX"))
                    && (t.equals("did")
                            || t.equals("was")
                            || t.equals("were")
                            || t.endsWith("'d")
                            || t.equals("had"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A light lemma: OpenNLP's lemmatizer costs over a millisecond a sentence, twenty times the tagger, and the
     * classifier only needs the same form for "sending", "sends" and "send".
     */
    static String lemma(String token, String tag) {
        String t = SpokenCues.normal(token);
        if (!tag.equals("VERB") && !tag.equals("NOUN")) {
            return t;
        }
        if (tag.equals("VERB")) {
            if (t.endsWith("ing") && t.length() > 5) {
                return restoreE(t.substring(0, t.length() - 3));
            }
            if (t.endsWith("ied") && t.length() > 4) {
                return t.substring(0, t.length() - 3) + "y";
            }
            if (t.endsWith("ed") && t.length() > 4) {
                return restoreE(t.substring(0, t.length() - 2));
            }
        }
        if (t.endsWith("ies") && t.length() > 4) {
            return t.substring(0, t.length() - 3) + "y";
        }
        if (t.endsWith("s") && !t.endsWith("ss") && t.length() > 3) {
            return t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String restoreE(String stem) {
        if (stem.length() > 2
                && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && "bdgmnprt".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            return stem.substring(0, stem.length() - 1);
        }
        return stem;
    }
}
