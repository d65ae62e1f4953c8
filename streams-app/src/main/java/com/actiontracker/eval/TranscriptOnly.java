package com.actiontracker.eval;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A note as its transcript alone: the written sections (summary, decisions, action items...) of a note that also
 * holds a transcript are blanked, so that what the extractor finds comes from what was said, and line numbers stay
 * those of the file. The front matter, the title and the transcript section are kept; a note without a transcript
 * heading is kept whole.
 */
final class TranscriptOnly {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern TRANSCRIPT = Pattern.compile("(?i).*\\btranscript\\b.*");

    private TranscriptOnly() {}

    static byte[] strip(byte[] note) {
        String text = new String(note, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        boolean hasTranscriptHeading = false;
        for (String line : lines) {
            var heading = HEADING.matcher(line);
            if (heading.matches()
                    && line.startsWith("##")
                    && TRANSCRIPT.matcher(heading.group(1)).matches()) {
                hasTranscriptHeading = true;
            }
        }
        if (!hasTranscriptHeading) {
            return note;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean frontMatter = lines.length > 0 && lines[0].strip().equals("---");
        boolean keep = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (frontMatter) {
                if (i > 0 && line.strip().equals("---")) {
                    frontMatter = false;
                }
            } else {
                var heading = HEADING.matcher(line);
                if (heading.matches()) {
                    keep = !line.startsWith("##")
                            || TRANSCRIPT.matcher(heading.group(1)).matches();
                }
                if (!keep) {
                    line = "";
                }
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
