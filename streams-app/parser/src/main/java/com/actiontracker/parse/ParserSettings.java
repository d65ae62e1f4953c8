package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the parser reads notes: heading vocabulary and safety limits.
 *
 * <p>{@link #fromProperties(Map)} reads these keys; a key that is absent keeps its default, a key under
 * {@code tracker.parse.} that is not listed here is refused (it is most likely a typo).
 *
 * <table>
 * <caption>Configuration keys</caption>
 * <tr><th>Key</th><th>Default</th><th>Meaning</th></tr>
 * <tr><td>{@code tracker.parse.headings.decisions}</td><td>decisions, decided, agreements, agreed</td>
 *     <td>comma-separated phrases of headings whose bullets are decisions</td></tr>
 * <tr><td>{@code tracker.parse.headings.risks}</td><td>risks, blockers, concerns, issues</td>
 *     <td>phrases of headings whose bullets are risks</td></tr>
 * <tr><td>{@code tracker.parse.headings.questions}</td><td>open questions, questions, unknowns</td>
 *     <td>phrases of headings whose bullets are open questions</td></tr>
 * <tr><td>{@code tracker.parse.headings.actions}</td>
 *     <td>action items, actions, follow-ups, followups, next steps, todo, to do, tasks</td>
 *     <td>phrases of headings whose plain bullets are action items (task lines are read everywhere)</td></tr>
 * <tr><td>{@code tracker.parse.headings.transcript}</td><td>transcript</td>
 *     <td>phrases of headings of transcript sections</td></tr>
 * <tr><td>{@code tracker.parse.max-note-bytes}</td><td>8388608</td>
 *     <td>larger notes are refused as unreadable</td></tr>
 * <tr><td>{@code tracker.parse.yaml.max-bytes}</td><td>65536</td>
 *     <td>larger front matter is ignored with a warning</td></tr>
 * <tr><td>{@code tracker.parse.yaml.max-aliases}</td><td>20</td>
 *     <td>most YAML aliases to collections (stops "billion laughs")</td></tr>
 * <tr><td>{@code tracker.parse.yaml.max-depth}</td><td>20</td><td>deepest YAML nesting</td></tr>
 * <tr><td>{@code tracker.parse.markdown.max-nesting}</td><td>32</td>
 *     <td>deeper list and quote markers at the start of a line are read as text</td></tr>
 * <tr><td>{@code tracker.parse.transcript.max-items}</td><td>40</td>
 *     <td>most items inferred from one transcript, the most confident kept</td></tr>
 * <tr><td>{@code tracker.parse.transcript.description-max-chars}</td><td>160</td>
 *     <td>longest description of an inferred item</td></tr>
 * <tr><td>{@code tracker.parse.transcript.coverage-threshold}</td><td>0.5</td>
 *     <td>share of a spoken commitment's words found in a written task for the task to cover it, in (0, 1]</td></tr>
 * </table>
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
        double transcriptCoverageThreshold) {

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

    private static final Set<String> KEYS = Set.of(KEY_HEADINGS_DECISIONS, KEY_HEADINGS_RISKS, KEY_HEADINGS_QUESTIONS,
            KEY_HEADINGS_ACTIONS, KEY_HEADINGS_TRANSCRIPT, KEY_MAX_NOTE_BYTES, KEY_YAML_MAX_BYTES, KEY_YAML_MAX_ALIASES,
            KEY_YAML_MAX_DEPTH, KEY_MARKDOWN_MAX_NESTING, KEY_TRANSCRIPT_MAX_ITEMS,
            KEY_TRANSCRIPT_DESCRIPTION_MAX_CHARS, KEY_TRANSCRIPT_COVERAGE_THRESHOLD);

    /** Every {@code tracker.parse.*} key this parser reads. */
    public static Set<String> keys() {
        return KEYS;
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
            throw new IllegalArgumentException(KEY_TRANSCRIPT_COVERAGE_THRESHOLD + " must be in (0, 1], was "
                    + transcriptCoverageThreshold);
        }
    }

    /** The defaults, kept for callers written against the first, component-less version of this record. */
    public ParserSettings() {
        this(HeadingVocabulary.defaults(), 8 * 1024 * 1024, 64 * 1024, 20, 20, 32, 40, 160, 0.5);
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
                decimal(properties, KEY_TRANSCRIPT_COVERAGE_THRESHOLD, d.transcriptCoverageThreshold()));
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
