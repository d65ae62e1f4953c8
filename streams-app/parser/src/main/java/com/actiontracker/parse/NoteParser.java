package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one note file into a {@link ParsedNote}. Knows nothing about Kafka. Thread-safe: it holds only immutable
 * settings, and every note is read with its own state.
 *
 * <p>The steps: strict UTF-8 decoding ({@link NoteDecoder}), repair of a wrong earlier decoding
 * ({@link MojibakeRepair}), front matter ({@link FrontMatterReader}), the Markdown outline ({@link OutlineReader}),
 * task lines and section bullets ({@link ListItemReader}), meeting metadata ({@link MeetingMetadataReader}), the
 * transcript ({@link TranscriptReader}, {@link TranscriptCleaner}) and what was committed to in it
 * ({@link SpokenItemExtractor}). A failure inside one step becomes a warning; the other steps still contribute what
 * they read.
 */
public final class NoteParser {

    private static final NoteOutline EMPTY_OUTLINE = new NoteOutline(List.of(), List.of());

    private final ParserSettings settings;
    private final OutlineReader outlineReader;
    private final FrontMatterReader frontMatterReader;
    private final SectionClassifier sectionClassifier;
    private final SpokenItemExtractor spokenItems;

    public NoteParser(ParserSettings settings) {
        this(settings, SpokenItemModel.bundled());
    }

    /** A parser whose transcript classifier is this model (the trainer scores candidate models this way). */
    public NoteParser(ParserSettings settings, SpokenItemModel transcriptModel) {
        this.settings = settings;
        this.frontMatterReader = new FrontMatterReader(settings);
        this.outlineReader = new OutlineReader(settings.markdownMaxNesting());
        this.sectionClassifier = new SectionClassifier(settings.headings());
        this.spokenItems = new SpokenItemExtractor(settings, transcriptModel);
    }

    /**
     * @param path    the note's path relative to the vault root, used for metadata fallbacks and messages
     * @param content the file's exact bytes
     * @throws UnreadableNoteException when the bytes are not UTF-8 text (or exceed the size limit); nothing else is
     *                                 thrown
     */
    public ParsedNote parse(String path, byte[] content) throws UnreadableNoteException {
        if (content == null) {
            throw new UnreadableNoteException("no content");
        }
        String notePath = path == null ? "" : path;
        String decoded = NoteDecoder.decode(content, settings.maxNoteBytes());
        List<String> warnings = new ArrayList<>();
        String text =
                step("repairing mis-decoded characters", warnings, () -> MojibakeRepair.repair(decoded), () -> decoded);
        String[] lines = text.split("\n", -1);
        FrontMatter frontMatter =
                step("front matter", warnings, () -> frontMatterReader.read(lines), () -> FrontMatter.NONE);
        warnings.addAll(frontMatter.warnings());
        NoteOutline outline = step(
                "Markdown structure",
                warnings,
                () -> outlineReader.read(body(lines, frontMatter)),
                () -> EMPTY_OUTLINE);
        List<SectionKind> kinds = step(
                "section headings",
                warnings,
                () -> sectionClassifier.classifyAll(outline.headings()),
                () -> Collections.nCopies(outline.headings().size(), null));
        ListItemReader.Items items = step(
                "list items",
                warnings,
                () -> ListItemReader.read(outline, kinds, lines),
                () -> new ListItemReader.Items(List.of(), List.of(), List.of()));
        warnings.addAll(items.warnings());
        items.actions()
                .forEach(action ->
                        action.warnings().forEach(warning -> warnings.add("line " + action.line() + ": " + warning)));
        MeetingMetadataReader.Result metadata = step(
                "meeting metadata",
                warnings,
                () -> MeetingMetadataReader.read(notePath, frontMatter, outline, lines),
                () -> new MeetingMetadataReader.Result(new NoteMetadata(null, notePath, List.of(), null), List.of()));
        warnings.addAll(metadata.warnings());
        List<TranscriptTurn> transcript = step(
                "transcript",
                warnings,
                () -> TranscriptCleaner.clean(TranscriptReader.read(
                        lines, frontMatter.lineCount(), knownNames(metadata.metadata(), items.actions()))),
                List::<TranscriptTurn>of);
        SpokenItemExtractor.Found spoken = step(
                "actions, decisions and risks in the transcript",
                warnings,
                () -> transcript.isEmpty()
                        ? new SpokenItemExtractor.Found(List.of(), List.of())
                        : spokenItems.extract(transcript, context(metadata.metadata(), items)),
                () -> new SpokenItemExtractor.Found(List.of(), List.of()));
        return new ParsedNote(
                notePath,
                metadata.metadata(),
                concat(items.actions(), spoken.actions()),
                concat(items.statements(), spoken.statements()),
                transcript,
                warnings,
                text);
    }

    /** People the note names, to recognise speakers glued to their words: participants and task owners. */
    private static List<String> knownNames(NoteMetadata metadata, List<ActionItem> actions) {
        List<String> names = new ArrayList<>(metadata.participants());
        actions.stream()
                .map(ActionItem::owner)
                .filter(Objects::nonNull)
                .distinct()
                .limit(MeetingMetadataReader.MAX_PARTICIPANTS)
                .forEach(names::add);
        return names;
    }

    private static SpokenItemExtractor.Context context(NoteMetadata metadata, ListItemReader.Items written) {
        Set<StatementKind> kinds = EnumSet.noneOf(StatementKind.class);
        written.statements().forEach(statement -> kinds.add(statement.kind()));
        return new SpokenItemExtractor.Context(metadata.date(), metadata.participants(), written.actions(), kinds);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The text CommonMark reads: front matter lines left empty, so that line numbers stay the file's. */
    private static String body(String[] lines, FrontMatter frontMatter) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                sb.append('\n');
            }
            if (k >= frontMatter.lineCount()) {
                sb.append(lines[k]);
            }
        }
        return sb.toString();
    }

    /** Runs one step; a bug in it becomes a warning and the fallback, so that one bad note cannot stop the stream. */
    private static <T> T step(String name, List<String> warnings, Supplier<T> work, Supplier<T> fallback) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add("parser error while reading the " + name + ", which was skipped: " + e);
            return fallback.get();
        }
    }
}
