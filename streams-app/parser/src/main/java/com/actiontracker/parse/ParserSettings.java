package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the parser reads notes: heading vocabulary and safety limits.
 *
 * <p>{@link #fromProperties(Map)} reads the keys {@link #documentedKeys()} lists with their defaults and meanings (the
 * README's parser table is generated from that list); a key that is absent keeps its default, a key under
 * {@code tracker.parse.} that is not listed is refused (it is most likely a typo).
 *
 * @param headings                        which headings open which kind of section
 * @param maxNoteBytes                    larger notes are refused
 * @param yamlMaxBytes                    larger front matter is ignored
 * @param yamlMaxAliases                  most aliases to collections in front matter
 * @param yamlMaxDepth                    deepest nesting in front matter
 * @param markdownMaxNesting              deepest nesting of list and quote markers on one line
 * @param transcriptMaxItems              most items inferred from one transcript
 * @param transcriptDescriptionMaxChars   longest description of an inferred item
 * @param transcriptCoverageThreshold     how much of a spoken commitment a written task must share to cover it
 * @param transcriptCoverageSimilarity    how close in meaning (embedding cosine) a written task must be to cover it
 */
public record ParserSettings(
        HeadingVocabulary headings,
        int maxNoteBytes,
        int yamlMaxBytes,
        int yamlMaxAliases,
        int yamlMaxDepth,
        int markdownMaxNesting,
        int transcriptMaxItems,
        int transcriptDescriptionMaxChars,
        double transcriptCoverageThreshold,
        double transcriptCoverageSimilarity) {

    public static final String PREFIX = "tracker.parse.";
    public static final String KEY_HEADINGS_DECISIONS = PREFIX + "headings.decisions";
    public static final String KEY_HEADINGS_RISKS = PREFIX + "headings.risks";
    public static final String KEY_HEADINGS_QUESTIONS = PREFIX + "headings.questions";
    public static final String KEY_HEADINGS_ACTIONS = PREFIX + "headings.actions";
    public static final String KEY_HEADINGS_TRANSCRIPT = PREFIX + "headings.transcript";
    public static final String KEY_MAX_NOTE_BYTES = PREFIX + "max-note-bytes";
    public static final String KEY_YAML_MAX_BYTES = PREFIX + "yaml.max-bytes";
    public static final String KEY_YAML_MAX_ALIASES = PREFIX + "yaml.max-aliases";
    public static final String KEY_YAML_MAX_DEPTH = PREFIX + "yaml.max-depth";
    public static final String KEY_MARKDOWN_MAX_NESTING = PREFIX + "markdown.max-nesting";
    public static final String KEY_TRANSCRIPT_MAX_ITEMS = PREFIX + "transcript.max-items";
    public static final String KEY_TRANSCRIPT_DESCRIPTION_MAX_CHARS = PREFIX + "transcript.description-max-chars";
    public static final String KEY_TRANSCRIPT_COVERAGE_THRESHOLD = PREFIX + "transcript.coverage-threshold";
    public static final String KEY_TRANSCRIPT_COVERAGE_SIMILARITY = PREFIX + "transcript.coverage-similarity";

    /**
     * Measured on the seeds that carry both a transcript and the tasks written from it (000, 001, 004): of the spoken
     * commitments found there, those at least this close to a written task were, all but one, said on the very line
     * a written task was made from; below it, the nearest written task is as often a different one.
     */
    private static final double DEFAULT_COVERAGE_SIMILARITY = 0.45;

    /** A key this parser reads: its name, its default as a config file would write it, and what it sets. */
    public record Key(String name, String defaultValue, String doc) {}

    private static final List<Key> DOCUMENTED = documented();
    private static final Set<String> KEYS = DOCUMENTED.stream().map(Key::name).collect(Collectors.toUnmodifiableSet());

    /** Every {@code tracker.parse.*} key this parser reads. */
    public static Set<String> keys() {
        return KEYS;
    }

    /** Every key this parser reads, in the order a reader meets them, each with its default and meaning. */
    public static List<Key> documentedKeys() {
        return DOCUMENTED;
    }

    private static List<Key> documented() {
        ParserSettings d = new ParserSettings();
        HeadingVocabulary h = d.headings();
        return List.of(
                new Key(
                        KEY_HEADINGS_DECISIONS,
                        String.join(", ", h.decisions()),
                        "Phrases (comma separated) of headings whose bullets are decisions."),
                new Key(
                        KEY_HEADINGS_RISKS,
                        String.join(", ", h.risks()),
                        "Phrases of headings whose bullets are risks."),
                new Key(
                        KEY_HEADINGS_QUESTIONS,
                        String.join(", ", h.questions()),
                        "Phrases of headings whose bullets are open questions."),
                new Key(
                        KEY_HEADINGS_ACTIONS,
                        String.join(", ", h.actions()),
                        "Phrases of headings whose plain bullets are actions (task lines are read everywhere)."),
                new Key(
                        KEY_HEADINGS_TRANSCRIPT,
                        String.join(", ", h.transcript()),
                        "Phrases of transcript section headings."),
                new Key(
                        KEY_MAX_NOTE_BYTES,
                        Integer.toString(d.maxNoteBytes()),
                        "Larger notes are refused as unreadable."),
                new Key(
                        KEY_YAML_MAX_BYTES,
                        Integer.toString(d.yamlMaxBytes()),
                        "Larger front matter is ignored with a warning."),
                new Key(
                        KEY_YAML_MAX_ALIASES,
                        Integer.toString(d.yamlMaxAliases()),
                        "Most YAML aliases to collections (stops a \"billion laughs\" alias bomb)."),
                new Key(KEY_YAML_MAX_DEPTH, Integer.toString(d.yamlMaxDepth()), "Deepest YAML nesting."),
                new Key(
                        KEY_MARKDOWN_MAX_NESTING,
                        Integer.toString(d.markdownMaxNesting()),
                        "Lists nested deeper than this (block quotes count half a level) are read as text."),
                new Key(
                        KEY_TRANSCRIPT_MAX_ITEMS,
                        Integer.toString(d.transcriptMaxItems()),
                        "Most items inferred from one transcript (the most confident are kept)."),
                new Key(
                        KEY_TRANSCRIPT_DESCRIPTION_MAX_CHARS,
                        Integer.toString(d.transcriptDescriptionMaxChars()),
                        "Longest description of an inferred item."),
                new Key(
                        KEY_TRANSCRIPT_COVERAGE_THRESHOLD,
                        Double.toString(d.transcriptCoverageThreshold()),
                        "Share of a spoken commitment's words, in (0, 1], a written task must contain to cover it."),
                new Key(
                        KEY_TRANSCRIPT_COVERAGE_SIMILARITY,
                        Double.toString(d.transcriptCoverageSimilarity()),
                        "Or how close in meaning, in (0, 1] (cosine of sentence embeddings), a written task must be to"
                                + " a spoken commitment to cover it: a paraphrase or a misheard name shares few words."));
    }

    public ParserSettings {
        if (headings == null) {
            throw new IllegalArgumentException("headings must not be null");
        }
        requirePositive(maxNoteBytes, KEY_MAX_NOTE_BYTES);
        requirePositive(yamlMaxBytes, KEY_YAML_MAX_BYTES);
        requirePositive(yamlMaxAliases, KEY_YAML_MAX_ALIASES);
        requirePositive(yamlMaxDepth, KEY_YAML_MAX_DEPTH);
        requirePositive(markdownMaxNesting, KEY_MARKDOWN_MAX_NESTING);
        requirePositive(transcriptMaxItems, KEY_TRANSCRIPT_MAX_ITEMS);
        requirePositive(transcriptDescriptionMaxChars, KEY_TRANSCRIPT_DESCRIPTION_MAX_CHARS);
        if (!(transcriptCoverageThreshold > 0 && transcriptCoverageThreshold <= 1)) {
            throw new IllegalArgumentException(
                    KEY_TRANSCRIPT_COVERAGE_THRESHOLD + " must be in (0, 1], was " + transcriptCoverageThreshold);
        }
        if (!(transcriptCoverageSimilarity > 0 && transcriptCoverageSimilarity <= 1)) {
            throw new IllegalArgumentException(
                    KEY_TRANSCRIPT_COVERAGE_SIMILARITY + " must be in (0, 1], was " + transcriptCoverageSimilarity);
        }
    }

    /** The defaults, kept for callers written against the first, component-less version of this record. */
    public ParserSettings() {
        this(
                HeadingVocabulary.defaults(),
                8 * 1024 * 1024,
                64 * 1024,
                20,
                20,
                32,
                40,
                160,
                0.5,
                DEFAULT_COVERAGE_SIMILARITY);
    }

    public static ParserSettings defaults() {
        return new ParserSettings();
    }

    /** The defaults overridden by the keys of the table above; other keys (not under "tracker.parse.") are ignored. */
    public static ParserSettings fromProperties(Map<String, String> properties) {
        for (String key : properties.keySet()) {
            if (key.startsWith(PREFIX) && !KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown parser setting " + key + "; known: " + KEYS);
            }
        }
        ParserSettings d = defaults();
        HeadingVocabulary h = d.headings();
        return new ParserSettings(
                new HeadingVocabulary(
                        phrases(properties, KEY_HEADINGS_DECISIONS, h.decisions()),
                        phrases(properties, KEY_HEADINGS_RISKS, h.risks()),
                        phrases(properties, KEY_HEADINGS_QUESTIONS, h.questions()),
                        phrases(properties, KEY_HEADINGS_ACTIONS, h.actions()),
                        phrases(properties, KEY_HEADINGS_TRANSCRIPT, h.transcript())),
                integer(properties, KEY_MAX_NOTE_BYTES, d.maxNoteBytes()),
                integer(properties, KEY_YAML_MAX_BYTES, d.yamlMaxBytes()),
                integer(properties, KEY_YAML_MAX_ALIASES, d.yamlMaxAliases()),
                integer(properties, KEY_YAML_MAX_DEPTH, d.yamlMaxDepth()),
                integer(properties, KEY_MARKDOWN_MAX_NESTING, d.markdownMaxNesting()),
                integer(properties, KEY_TRANSCRIPT_MAX_ITEMS, d.transcriptMaxItems()),
                integer(properties, KEY_TRANSCRIPT_DESCRIPTION_MAX_CHARS, d.transcriptDescriptionMaxChars()),
                decimal(properties, KEY_TRANSCRIPT_COVERAGE_THRESHOLD, d.transcriptCoverageThreshold()),
                decimal(properties, KEY_TRANSCRIPT_COVERAGE_SIMILARITY, d.transcriptCoverageSimilarity()));
    }

    private static List<String> phrases(Map<String, String> properties, String key, List<String> fallback) {
        String value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        List<String> phrases = new ArrayList<>();
        for (String phrase : value.split(",")) {
            if (!phrase.isBlank()) {
                phrases.add(phrase.strip());
            }
        }
        return phrases;
    }

    private static int integer(Map<String, String> properties, String key, int fallback) {
        String value = properties.get(key);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static double decimal(Map<String, String> properties, String key, double fallback) {
        String value = properties.get(key);
        try {
            return value == null ? fallback : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + value + "'", e);
        }
    }

    private static void requirePositive(int value, String key) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be positive, was " + value);
        }
    }
}
