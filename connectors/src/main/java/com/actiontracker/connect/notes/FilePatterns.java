package com.actiontracker.connect.notes;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/** Which files of the folder are notes: glob patterns on the file name (or the relative path), hidden entries out. */
public final class FilePatterns {

    private final List<PathMatcher> nameMatchers;
    private final List<PathMatcher> pathMatchers;
    private final boolean includeHidden;

    public FilePatterns(List<String> globs, boolean includeHidden) {
        try {
            this.nameMatchers = globs.stream()
                    .map(String::trim)
                    .filter(g -> !g.contains("/"))
                    .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
                    .toList();
            this.pathMatchers = globs.stream()
                    .map(String::trim)
                    .filter(g -> g.contains("/"))
                    .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
                    .toList();
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad glob pattern: " + e.getMessage(), e);
        }
        this.includeHidden = includeHidden;
    }

    /** Whether to descend into a directory, given its path relative to the root. */
    public boolean visitsDirectory(Path relative) {
        return includeHidden || relative.getNameCount() == 0 || !isHidden(relative);
    }

    /** Whether a regular file, given its path relative to the root, is a note to publish. */
    public boolean matches(Path relative) {
        if (!includeHidden && isHidden(relative)) {
            return false;
        }
        Path name = relative.getFileName();
        return nameMatchers.stream().anyMatch(m -> m.matches(name))
                || pathMatchers.stream().anyMatch(m -> m.matches(relative));
    }

    private static boolean isHidden(Path relative) {
        String name = relative.getFileName().toString();
        return name.startsWith(".") && !name.equals(".");
    }
}
