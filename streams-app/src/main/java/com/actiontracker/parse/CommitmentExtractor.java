package com.actiontracker.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what people committed to, decided and worried about in a transcript, preferring precision to recall: only
 * explicit first-person commitments with an action verb ("I'll send you the list by Friday", "let me talk to Jeff"),
 * explicit requests ("can you review the deck?"), explicit decisions ("we decided", "let's go with") and explicit
 * concerns ("my concern is", "I'm worried about", "might slip"). "I'll be honest", "I will say", "let me ask" name no
 * action and are ignored; hedged commitments ("maybe I'll") and commitments inside questions are left out.
 *
 * <p>A commitment that a written task already covers (the share of its words found in the task reaches the
 * configured threshold) is not repeated; decisions and risks are only taken from the transcript when the note has no
 * written section of that kind, because a written summary is the curated version of what was said.
 */
final class CommitmentExtractor {

    private static final String APOSTROPHE = "['’]";
    private static final String MODIFIERS =
            "(?:(?:also|just|definitely|certainly|then|now|quickly|go ahead and|try to|try and|make sure to)\\s+)*";
    private static final String ACTION_VERBS = "send|share|forward|email|e-mail|ping|follow up|reach out|ask|talk"
            + "|speak|check|confirm|schedule|set up|set|book|arrange|organi[sz]e|review|look into|look at|write|draft"
            + "|prepare|put|update|add|create|build|connect|introduce|loop|find out|find|work|push|secure|call"
            + "|investigate|test|fix|file|request|reply|circle back|sync|coordinate|document|summari[sz]e|deliver"
            + "|provide|dig into|ship|grab|invite|make sure|order|buy|pay|plan|sign|approve|publish|post"
            + "|get (?:you|him|her|them|back|that|this|it|the|a|an|access)";
    private static final String OFFER_VERBS =
            "send|share|forward|email|ping|follow up|reach out|talk|loop|connect|introduce|set up|schedule|find out";
    private static final Pattern COMMITMENT = Pattern.compile("\\b(?:(?:I" + APOSTROPHE + "ll|I will"
            + "|I" + APOSTROPHE + "m going to|I am going to|I" + APOSTROPHE + "m gonna)\\s+" + MODIFIERS
            + "(?<verb>" + ACTION_VERBS + ")"
            + "|(?<let>let me)\\s+" + MODIFIERS + "(?<offer>" + OFFER_VERBS + "))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST = Pattern.compile("\\b(?:can|could|would|will) you\\s+(?:please\\s+)?"
            + MODIFIERS + "(?<verb>" + ACTION_VERBS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE = Pattern.compile("\\b(?:maybe|probably|might|perhaps|hopefully|if)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECISION = Pattern.compile("\\b(?:we(?:" + APOSTROPHE + "ve| have)? decided"
            + "|we(?: all)? agreed|agreed to|let" + APOSTROPHE + "s go with|(?:we" + APOSTROPHE + "re|we are) going"
            + " to go with|the decision is)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RISK = Pattern.compile("\\b(?:my (?:main |biggest |only )?concern is"
            + "|I" + APOSTROPHE + "m (?:a little |a bit |very |really |quite |so )?(?:concerned|worried|nervous) about"
            + "|I (?:just |really )?worry about|the (?:main |biggest |real )?risk is"
            + "|(?:might|could|will|is going to) slip)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /** Words without which a pattern cannot match: most sentences are passed over without running it. */
    private static final List<String> COMMITMENT_CUES = List.of("i'll", "i’ll", "i will", "i'm go", "i’m go", "i am go",
            "let me");
    private static final List<String> REQUEST_CUES = List.of("can you", "could you", "would you", "will you");
    private static final List<String> STATEMENT_CUES = List.of("decided", "agreed", "go with", "decision", "concern",
            "worried", "nervous", "worry", "risk", "slip");
    /** Where a spoken commitment's clause ends: a conjunction that starts another thought, or a semicolon. */
    private static final Pattern CLAUSE_END = Pattern.compile(
            ",\\s+(?=(?:but|and|so|because|which|though|although|just|then|if|when|while|I|you|we|he|she|they)\\b)"
            + "|\\s+(?:but|so|because|and then)\\s+|\\s+and (?=I\\b)|[;?!]", Pattern.CASE_INSENSITIVE);
    private static final int MIN_CLAUSE_WORDS = 3;
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.!?,;:\\s]+$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Sentences this long come from engines that punctuate poorly; who does what in them is less certain. */
    private static final int RUN_ON_WORDS = 40;
    private static final double RUN_ON_PENALTY = 0.2;
    /** Text without sentence ends is read in pieces of about this size, so that work stays linear in its length. */
    private static final int MAX_SENTENCE_CHARS = 1000;
    /** How many candidates per wanted item are weighed before giving up on a transcript that repeats its tasks. */
    private static final int CANDIDATES_PER_ITEM = 20;

    private static final double COMMITMENT_CONFIDENCE = 0.7;
    private static final double OFFER_CONFIDENCE = 0.6;
    private static final double REQUEST_CONFIDENCE = 0.6;
    private static final double STATEMENT_CONFIDENCE = 0.6;
    private static final double DEADLINE_BONUS = 0.1;
    private static final double TRY_PENALTY = 0.1;
    private static final double DUPLICATE_COVERAGE = 0.8;

    /** What the transcript adds to the note. */
    record Found(List<ActionItem> actions, List<Statement> statements) {
    }

    /** The note around the transcript: what was written down, who attended, when. */
    record Context(LocalDate meetingDate, List<String> participants, List<ActionItem> writtenActions,
            Set<StatementKind> writtenStatementKinds) {
    }

    private final ParserSettings settings;

    CommitmentExtractor(ParserSettings settings) {
        this.settings = settings;
    }

    Found extract(List<TranscriptTurn> turns, Context context) {
        SpeakerResolver speakers = new SpeakerResolver(turns, context.participants());
        List<Candidate> candidates = new ArrayList<>();
        for (TranscriptTurn turn : turns) {
            String lowerTurn = turn.text().toLowerCase(Locale.ROOT);
            if (!mentions(lowerTurn, COMMITMENT_CUES) && !mentions(lowerTurn, REQUEST_CUES)
                    && !mentions(lowerTurn, STATEMENT_CUES)) {
                continue;
            }
            for (String sentence : sentences(turn.text())) {
                String lower = sentence.toLowerCase(Locale.ROOT);
                if (mentions(lower, COMMITMENT_CUES)) {
                    candidates.addAll(commitments(turn, sentence, speakers, context));
                }
                if (mentions(lower, REQUEST_CUES)) {
                    request(turn, sentence, speakers, context).ifPresent(candidates::add);
                }
                if (mentions(lower, STATEMENT_CUES)) {
                    statement(turn, sentence, context).ifPresent(candidates::add);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::confidence).reversed()
                .thenComparingInt(Candidate::line));
        WrittenTaskIndex written = new WrittenTaskIndex(context.writtenActions());
        List<ActionItem> actions = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Candidate> kept = new ArrayList<>();
        int weighable = Math.min(candidates.size(), settings.transcriptMaxItems() * CANDIDATES_PER_ITEM);
        for (Candidate candidate : candidates.subList(0, weighable)) {
            if (kept.size() == settings.transcriptMaxItems()) {
                break;
            }
            if (isNew(candidate, kept, written)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::line));
        for (Candidate candidate : kept) {
            if (candidate.kind() == null) {
                actions.add(candidate.toAction());
            } else {
                statements.add(new Statement(candidate.kind(), candidate.line(), candidate.description(), null,
                        ItemOrigin.TRANSCRIPT, candidate.confidence()));
            }
        }
        return new Found(actions, statements);
    }

    private boolean isNew(Candidate candidate, List<Candidate> kept, WrittenTaskIndex written) {
        if (candidate.kind() == null
                && written.covers(candidate.description(), settings.transcriptCoverageThreshold())) {
            return false;
        }
        return kept.stream().noneMatch(other -> other.kind() == candidate.kind()
                && WordOverlap.coverage(candidate.description(), other.description()) >= DUPLICATE_COVERAGE);
    }

    private List<Candidate> commitments(TranscriptTurn turn, String sentence, SpeakerResolver speakers,
            Context context) {
        List<Candidate> found = new ArrayList<>();
        if (isQuestion(sentence)) {
            return found;
        }
        Matcher hedge = HEDGE.matcher(sentence);
        int hedgedFrom = hedge.find() ? hedge.start() : Integer.MAX_VALUE;
        Matcher m = COMMITMENT.matcher(sentence);
        while (m.find() && m.start() < hedgedFrom) {
            if (isQuoted(sentence, m.start())) {
                continue;
            }
            boolean offer = m.group("let") != null;
            int verbStart = offer ? m.start("offer") : m.start("verb");
            double confidence = offer ? OFFER_CONFIDENCE : COMMITMENT_CONFIDENCE;
            if (m.group().toLowerCase(Locale.ROOT).contains(" try ")) {
                confidence -= TRY_PENALTY;
            }
            found.add(action(turn, sentence, verbStart, speakers.owner(turn.speaker()), confidence, context));
        }
        return found;
    }

    private Optional<Candidate> request(TranscriptTurn turn, String sentence, SpeakerResolver speakers,
            Context context) {
        Matcher m = REQUEST.matcher(sentence);
        if (!m.find() || !isQuestion(sentence) || isQuoted(sentence, m.start())) {
            return Optional.empty();
        }
        return Optional.of(action(turn, sentence, m.start("verb"), speakers.addressee(turn.speaker()),
                REQUEST_CONFIDENCE, context));
    }

    private Candidate action(TranscriptTurn turn, String sentence, int from, String owner, double confidence,
            Context context) {
        String clause = clause(sentence.substring(from));
        LocalDate due = RelativeDateResolver.resolve(clause, context.meetingDate()).orElse(null);
        double scored = confidence + (due == null ? 0 : DEADLINE_BONUS)
                - (wordCount(sentence) > RUN_ON_WORDS ? RUN_ON_PENALTY : 0);
        return new Candidate(null, turn.line(), describe(clause), sentence.strip(), owner, due, rounded(scored));
    }

    /** The commitment up to where the sentence turns to something else, keeping at least three words. */
    private static String clause(String text) {
        Matcher end = CLAUSE_END.matcher(text);
        while (end.find()) {
            if (wordCount(text.substring(0, end.start())) >= MIN_CLAUSE_WORDS) {
                return text.substring(0, end.start());
            }
        }
        return text;
    }

    private Optional<Candidate> statement(TranscriptTurn turn, String sentence, Context context) {
        if (isQuestion(sentence)) {
            return Optional.empty();
        }
        for (StatementKind kind : EnumSet.of(StatementKind.DECISION, StatementKind.RISK)) {
            Pattern pattern = kind == StatementKind.DECISION ? DECISION : RISK;
            Matcher m = pattern.matcher(sentence);
            if (!context.writtenStatementKinds().contains(kind) && m.find()
                    && !HEDGE.matcher(sentence.substring(0, m.start())).find()) {
                return Optional.of(new Candidate(kind, turn.line(), describe(sentence), sentence.strip(),
                        null, null, STATEMENT_CONFIDENCE));
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(String lowerCaseText, List<String> cues) {
        for (String cue : cues) {
            if (lowerCaseText.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** The turn's sentences; a run-on stretch without sentence ends is cut at spaces into bounded pieces. */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            int start = 0;
            while (sentence.length() - start > MAX_SENTENCE_CHARS) {
                int cut = sentence.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
                int end = cut > start ? cut : start + MAX_SENTENCE_CHARS;
                sentences.add(sentence.substring(start, end));
                start = end;
            }
            sentences.add(sentence.substring(start));
        }
        return sentences;
    }

    private static int wordCount(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /** Two decimals: confidences are rough grades, and sums like 0.7 - 0.2 should read 0.5. */
    private static double rounded(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }

    /** Words right after a quotation mark are someone else's, reported: "be like, "Would you buy from us?"". */
    private static boolean isQuoted(String sentence, int at) {
        int before = at - 1;
        while (before >= 0 && sentence.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && "\"“‘'".indexOf(sentence.charAt(before)) >= 0;
    }

    private static boolean isQuestion(String sentence) {
        return sentence.strip().endsWith("?");
    }

    /** The clause as a task description: capitalised, without closing punctuation, cut at a word near the limit. */
    private String describe(String clause) {
        String text = CLOSING_PUNCTUATION.matcher(clause.strip()).replaceFirst("");
        int max = settings.transcriptDescriptionMaxChars();
        if (text.length() > max) {
            int cut = text.lastIndexOf(' ', max - 1);
            text = text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
        }
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** One thing found in the transcript; {@code kind} is null for actions. */
    private record Candidate(StatementKind kind, int line, String description, String sentence, String owner,
            LocalDate due, double confidence) {

        ActionItem toAction() {
            return new ActionItem(line, description, sentence, owner, TaskStatus.OPEN, null, due, null, null, null,
                    null, null, null, List.of(), null, null, List.of(), null, ItemOrigin.TRANSCRIPT, confidence,
                    List.of());
        }
    }
}
