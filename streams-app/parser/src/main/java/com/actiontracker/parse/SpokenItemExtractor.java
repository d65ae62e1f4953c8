package com.actiontracker.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a careful note-taker would write down from a transcript: actions (with their owner and due date),
 * decisions and risks. Sentences come from OpenNLP ({@link SpokenSentences}); broad spoken cues make a sentence a
 * candidate ({@link SpokenCues}); the trained classifier ({@link SpokenItemModel}) decides what it is from features of
 * the tagged sentence and of the turns around it ({@link SpokenFeatures}), with a calibrated confidence.
 *
 * <p>Owners: the speaker of a first-person commitment; the person asked of a request (whoever accepts it in the next
 * turns, or the other participant of a two-person meeting); the named participant of "Dana will..."; whoever
 * volunteers after a "we should...", or else the speaker of a "we will..." (who gave the group's word). Otherwise
 * none: a wrong owner is worse than a missing one. Due dates come from the sentence, else the sentences next to it in
 * the turn, counted from the meeting date.
 */
final class SpokenItemExtractor {

    /** What the transcript adds to the note. */
    record Found(List<ActionItem> actions, List<Statement> statements) {}

    /** The note around the transcript: what was written down, who attended, when. */
    record Context(
            LocalDate meetingDate,
            List<String> participants,
            List<ActionItem> writtenActions,
            Set<StatementKind> writtenStatementKinds) {}

    /** A sentence the screen let through, with what the screen and the classifier are shown of it. */
    record Candidate(
            SpokenSentence sentence,
            int index,
            List<SpokenCues.Cue> cues,
            List<String> screenFeatures,
            EnglishModels.Analysis analysis,
            List<String> features,
            float[] embedding) {}

    /**
     * Two items of one kind are one when most of their content words are shared, or when they are this close in
     * meaning: a repeat in other words. Measured by cross-validation (tracker train): at 0.75 one more repeat is merged
     * and nothing right is lost; at 0.6 a right action is merged into another.
     */
    private static final double DUPLICATE_DICE = 0.6;

    private static final double DUPLICATE_COSINE = 0.75;
    /** A sentence without any cue is still a candidate when it is this long: the classifier decides. */
    static final int MIN_UNCUED_WORDS = 5;
    /**
     * Most candidates tagged, embedded and classified from one transcript, so that a pathological one (100,000 turns)
     * still takes bounded time: a long meeting has about a thousand candidates, of which the screen keeps a few dozen.
     * Screening costs microseconds a sentence, so every sentence is screened.
     */
    static final int MAX_CANDIDATES = 2000;

    private static final Pattern CLAUSE_END = Pattern.compile(
            ",\\s+(?=(?:but|and|so|because|which|though|although|just|then|if|when|while|I|you|we|he|she|they)\\b)"
                    + "|\\s+(?:but|so|because|and then)\\s+|[;?!]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILLER = Pattern.compile("(?i)^(?:(?:um+|uh+|er+|erm|so|and|well|yeah|okay|ok|oh|right"
            + "|like|you know|i mean|alright|now)[,.]?\\s+)+");
    private static final Pattern REPEATED_WORD = Pattern.compile("(?i)\\b(\\w+)(?:\\s+\\1\\b)+");
    private static final Pattern CLOSING = Pattern.compile("[.!?,;:\\s]+$");
    /** A reply that takes a request on; "right, okay" and "mm-hmm, yes" too, as people answer when they are asked. */
    private static final Pattern ACCEPT = Pattern.compile("^(?:(?:right|alright|all right|oh|uh|um|mm-hmm|uh-huh|well)"
            + "[,.!]?\\s+)*(?:yes|yeah|yep|okay|ok|sure|will do|i will|i'll|i can|of course|no problem|definitely"
            + "|absolutely|got it|sounds good|good idea|happy to)\\b");

    private static final Pattern VOLUNTEER = Pattern.compile("\\b(?:i'll do (?:it|that)|i can do (?:it|that)|i'll take"
            + "|i will do|i'll handle|leave it (?:to|with) me|i'm on it|i can take)\\b");
    /**
     * A "we" that promises rather than suggests ("we will write to you", not "we should"): the speaker gives the
     * group's word and is the one to hold to it, as a minister answering a committee is.
     */
    private static final Pattern WE_PROMISE =
            Pattern.compile("^(?:we'll|we will|we're going to|we are going to|we're gonna)$");
    /** Modals that offer or wish rather than promise: "I could", "we might want to", "I'll try to", "I'd like to". */
    private static final Pattern WEAK_MODAL =
            Pattern.compile("(?i)\\b(?:could|might|try to|want to|'d like to|would like to)\\b");

    private static final Pattern OBJECT_PRONOUN = Pattern.compile("\\b(him|her)\\b");
    /** Capitalised words that start sentences and are not people. */
    private static final Set<String> NOT_NAMES = Set.of(
            "I", "The", "And", "So", "But", "We", "You", "He", "She", "They", "It", "That", "This", "There", "Yeah",
            "Yes", "Okay", "Ok", "Well", "What", "Then", "Now", "Oh", "Um", "Uh", "If", "When", "Right", "Sure", "No",
            "Maybe", "Just", "Also", "Because", "Our", "My", "Your", "His", "Her");

    private final ParserSettings settings;
    private final SpokenItemModel model;

    SpokenItemExtractor(ParserSettings settings) {
        this(settings, SpokenItemModel.bundled());
    }

    SpokenItemExtractor(ParserSettings settings, SpokenItemModel model) {
        this.settings = settings;
        this.model = model;
    }

    /**
     * The candidate sentences of the transcript that the screen lets through, with their features: what the
     * classifier (and, with {@link SpokenItemModel.Screen#OPEN}, its trainer) sees.
     */
    static List<Candidate> candidates(
            List<SpokenSentence> sentences, List<String> participants, SpokenItemModel.Screen screen) {
        List<SpokenFeatures.Participant> people = SpokenFeatures.participants(participants);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            SpokenSentence sentence = sentences.get(i);
            List<SpokenCues.Cue> cues = SpokenCues.find(sentence.text());
            if (cues.isEmpty() && SpokenSentences.words(sentence.text()) < MIN_UNCUED_WORDS) {
                continue;
            }
            if (candidates.size() == MAX_CANDIDATES) {
                break;
            }
            SpokenFeatures.Context around = new SpokenFeatures.Context(sentences, i, people);
            List<String> screenFeatures = SpokenFeatures.screen(sentence, cues, around);
            if (!screen.keeps(screenFeatures)) {
                continue;
            }
            EnglishModels.Analysis analysis = EnglishModels.analyze(sentence.text());
            List<String> features = SpokenFeatures.of(sentence, analysis, cues, around);
            // The costly step (about 3 ms a sentence), worth it: embedding only the cued sentences cost a fifth of
            // the development set's F1. The screen is what keeps it to a few dozen sentences a meeting.
            candidates.add(new Candidate(
                    sentence, i, cues, screenFeatures, analysis, features, SentenceEmbeddings.of(sentence.text())));
        }
        return candidates;
    }

    Found extract(List<TranscriptTurn> turns, Context context) {
        SpeakerResolver speakers = new SpeakerResolver(turns, context.participants());
        List<SpokenSentence> sentences = SpokenSentences.of(turns);
        List<Item> items = new ArrayList<>();
        if (model == null) {
            return new Found(List.of(), List.of());
        }
        for (Candidate candidate : candidates(sentences, context.participants(), model.screen())) {
            SpokenItemModel.Prediction prediction = model.predict(candidate.features(), candidate.embedding());
            if (prediction.label().equals(SpokenItemModel.NONE)) {
                continue;
            }
            StatementKind kind = prediction.label().equals("ACTION") ? null : StatementKind.valueOf(prediction.label());
            if (kind != null && context.writtenStatementKinds().contains(kind)) {
                continue; // a written summary of that kind is the curated version of what was said
            }
            items.add(item(candidate, kind, prediction.confidence(), sentences, speakers, context));
        }
        items.sort(Comparator.comparingDouble(Item::confidence).reversed().thenComparingInt(Item::line));
        WrittenTaskIndex written = new WrittenTaskIndex(context.writtenActions());
        List<Item> kept = new ArrayList<>();
        for (Item item : items) {
            if (kept.size() == settings.transcriptMaxItems()) {
                break;
            }
            boolean covered = item.kind() == null
                    && written.covers(
                            item.description(),
                            item.meaning(),
                            settings.transcriptCoverageThreshold(),
                            settings.transcriptCoverageSimilarity());
            boolean repeated = kept.stream().anyMatch(other -> other.kind() == item.kind() && repeats(item, other));
            if (!covered && !repeated) {
                kept.add(item);
            }
        }
        kept.sort(Comparator.comparingInt(Item::line));
        List<ActionItem> actions = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (Item item : kept) {
            if (item.kind() == null) {
                actions.add(new ActionItem(
                        item.line(),
                        item.description(),
                        item.sentence(),
                        item.owner(),
                        TaskStatus.OPEN,
                        null,
                        item.due(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null,
                        ItemOrigin.TRANSCRIPT,
                        item.confidence(),
                        item.commitment(),
                        List.of()));
            } else {
                statements.add(new Statement(
                        item.kind(), item.line(), item.description(), null, ItemOrigin.TRANSCRIPT, item.confidence()));
            }
        }
        return new Found(actions, statements);
    }

    private static boolean repeats(Item item, Item other) {
        return WordOverlap.dice(
                                WordOverlap.contentWords(item.description()),
                                WordOverlap.contentWords(other.description()))
                        >= DUPLICATE_DICE
                || SentenceEmbeddings.cosine(item.meaning(), other.meaning()) >= DUPLICATE_COSINE;
    }

    private record Item(
            StatementKind kind,
            int line,
            String description,
            String sentence,
            String owner,
            LocalDate due,
            double confidence,
            Commitment commitment,
            float[] meaning) {}

    private Item item(
            Candidate candidate,
            StatementKind kind,
            double confidence,
            List<SpokenSentence> sentences,
            SpeakerResolver speakers,
            Context context) {
        SpokenSentence sentence = candidate.sentence();
        double rounded = Math.round(confidence * 100) / 100.0;
        if (kind != null) {
            return new Item(
                    kind,
                    sentence.line(),
                    describe(clean(sentence.text())),
                    sentence.text(),
                    null,
                    null,
                    rounded,
                    null,
                    candidate.embedding());
        }
        String text = resolvePronouns(actionText(candidate), sentences, candidate.index(), sentence.speaker());
        return new Item(
                null,
                sentence.line(),
                describe(text),
                sentence.text(),
                owner(candidate, sentences, speakers, context.participants()),
                due(sentences, candidate.index(), context.meetingDate()),
                rounded,
                commitment(candidate, sentences),
                candidate.embedding());
    }

    /**
     * How firmly the action was said: hedged ("maybe I'll", "I could try") is tentative; the speaker's own "I'll" or a
     * named person's "Dana will" is a commitment, and so are a "we will" and a request or a "we should" that someone
     * took on in the next turns; what nobody took on, or what no cue frames as anyone's to do, is only proposed.
     */
    static Commitment commitment(Candidate candidate, List<SpokenSentence> sentences) {
        Set<SpokenCues.Kind> kinds = kinds(candidate);
        boolean weak = candidate.cues().stream()
                .anyMatch(c -> WEAK_MODAL.matcher(c.words()).find());
        if (weak || candidate.features().contains("hedged")) {
            return Commitment.TENTATIVE;
        }
        if (kinds.contains(SpokenCues.Kind.SELF) || kinds.contains(SpokenCues.Kind.THIRD)) {
            return Commitment.COMMITTED;
        }
        if (kinds.contains(SpokenCues.Kind.DIRECTIVE)
                        && reply(sentences, candidate.index(), ACCEPT).isPresent()
                || kinds.contains(SpokenCues.Kind.COLLECTIVE)
                        && (promisedForTheGroup(candidate)
                                || reply(sentences, candidate.index(), VOLUNTEER)
                                        .isPresent())) {
            return Commitment.COMMITTED;
        }
        return Commitment.PROPOSED;
    }

    /** From the verb the cue governs to where the clause turns to something else; the sentence when there is none. */
    private static String actionText(Candidate candidate) {
        List<String> tokens = candidate.analysis().tokens();
        String text = candidate.sentence().text();
        SpokenCues.Cue cue = candidate.cues().stream()
                .filter(c -> c.kind() != SpokenCues.Kind.DECISION && c.kind() != SpokenCues.Kind.RISK)
                .findFirst()
                .orElse(null);
        if (cue == null) {
            return clean(text);
        }
        int verb = SpokenFeatures.verbAfter(tokens, candidate.analysis().tags(), SpokenCues.normal(text), cue.end());
        if (verb < 0) {
            return clean(text);
        }
        int at = locate(text, tokens, verb);
        String rest = at < 0 ? text : text.substring(at);
        Matcher end = CLAUSE_END.matcher(rest);
        while (end.find()) {
            if (rest.substring(0, end.start()).strip().split("\\s+").length >= 3) {
                rest = rest.substring(0, end.start());
                break;
            }
        }
        return REPEATED_WORD.matcher(rest).replaceAll("$1");
    }

    /** Where token {@code index} starts in the text (tokens were cut from it in order). */
    private static int locate(String text, List<String> tokens, int index) {
        int offset = 0;
        for (int i = 0; i <= index; i++) {
            int at = text.indexOf(tokens.get(i), offset);
            if (at < 0) {
                return -1;
            }
            if (i == index) {
                return at;
            }
            offset = at + tokens.get(i).length();
        }
        return -1;
    }

    static String owner(
            Candidate candidate, List<SpokenSentence> sentences, SpeakerResolver speakers, List<String> participants) {
        SpokenSentence sentence = candidate.sentence();
        Set<SpokenCues.Kind> kinds = kinds(candidate);
        if (kinds.contains(SpokenCues.Kind.SELF)) {
            return speakers.owner(sentence.speaker());
        }
        if (kinds.contains(SpokenCues.Kind.THIRD)) {
            String who = candidate.cues().stream()
                    .filter(c -> c.kind() == SpokenCues.Kind.THIRD)
                    .findFirst()
                    .map(c -> c.words().split("[ ']")[0])
                    .orElse("");
            Optional<String> named = participants.stream()
                    .filter(p -> p.toLowerCase(Locale.ROOT).split("\\s+")[0].equals(who))
                    .findFirst();
            if (named.isPresent()) {
                return named.get();
            }
        }
        if (kinds.contains(SpokenCues.Kind.DIRECTIVE)) {
            Optional<String> accepted = reply(sentences, candidate.index(), ACCEPT);
            if (accepted.isPresent()) {
                return speakers.owner(accepted.get());
            }
            return speakers.addressee(sentence.speaker());
        }
        if (kinds.contains(SpokenCues.Kind.COLLECTIVE)) {
            return reply(sentences, candidate.index(), VOLUNTEER)
                    .map(speakers::owner)
                    .orElseGet(() -> promisedForTheGroup(candidate) ? speakers.owner(sentence.speaker()) : null);
        }
        return null;
    }

    private static boolean promisedForTheGroup(Candidate candidate) {
        return candidate.cues().stream()
                .anyMatch(c -> c.kind() == SpokenCues.Kind.COLLECTIVE
                        && WE_PROMISE.matcher(c.words()).matches());
    }

    private static Set<SpokenCues.Kind> kinds(Candidate candidate) {
        Set<SpokenCues.Kind> kinds = EnumSet.noneOf(SpokenCues.Kind.class);
        candidate.cues().forEach(c -> kinds.add(c.kind()));
        return kinds;
    }

    /** The speaker of the first of the next two turns by someone else whose reply matches. */
    private static Optional<String> reply(List<SpokenSentence> sentences, int index, Pattern pattern) {
        SpokenSentence said = sentences.get(index);
        int turns = 0;
        int lastTurn = said.turn();
        for (int i = index + 1; i < sentences.size() && turns < 2; i++) {
            SpokenSentence next = sentences.get(i);
            if (next.turn() != lastTurn) {
                lastTurn = next.turn();
                turns++;
                if (!next.speaker().equals(said.speaker())
                        && pattern.matcher(SpokenCues.normal(next.text()).strip())
                                .find()) {
                    return Optional.of(next.speaker());
                }
            }
        }
        return Optional.empty();
    }

    /** "Send him the link" after a sentence about Louie: "Send Louie the link", when one person is meant. */
    static String resolvePronouns(String text, List<SpokenSentence> sentences, int index, String speaker) {
        Matcher said = OBJECT_PRONOUN.matcher(SpokenCues.normal(text));
        if (!said.find()) {
            return text;
        }
        String pronoun = said.group(1);
        Pattern name = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\b");
        for (int i = index - 1; i >= 0 && i >= index - 3; i--) {
            Matcher m = name.matcher(sentences.get(i).text());
            Set<String> named = new LinkedHashSet<>();
            while (m.find()) {
                String word = m.group(1);
                if (!NOT_NAMES.contains(word) && !speaker.startsWith(word)) {
                    named.add(word);
                }
            }
            if (named.size() == 1) {
                return text.replaceFirst(
                        "(?i)\\b" + pronoun + "\\b", named.iterator().next());
            }
            if (named.size() > 1) {
                return text;
            }
        }
        return text;
    }

    static LocalDate due(List<SpokenSentence> sentences, int index, LocalDate meeting) {
        if (meeting == null) {
            return null;
        }
        SpokenSentence said = sentences.get(index);
        for (int i : new int[] {index, index + 1, index - 1}) {
            if (i >= 0 && i < sentences.size() && sentences.get(i).turn() == said.turn()) {
                Optional<LocalDate> date =
                        RelativeDateResolver.resolve(sentences.get(i).text(), meeting);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    /** Without leading fillers ("um, so, yeah") and stuttered repeats. */
    static String clean(String text) {
        String cleaned = FILLER.matcher(text.strip()).replaceFirst("");
        return REPEATED_WORD.matcher(cleaned).replaceAll("$1");
    }

    private String describe(String text) {
        String described = CLOSING.matcher(text.strip()).replaceFirst("");
        int max = settings.transcriptDescriptionMaxChars();
        if (described.length() > max) {
            int cut = described.lastIndexOf(' ', max - 1);
            described = described.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
        }
        return described.isEmpty()
                ? described
                : described.substring(0, 1).toUpperCase(Locale.ROOT) + described.substring(1);
    }
}
