package com.actiontracker.connect.notes;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the note files of a folder tree with their size and modification time. Symbolic links are not followed
 * (a link loop must not hang the connector); unreadable sub-directories are skipped with a warning.
 */
public final class FolderScanner {

    private static final Logger log = LoggerFactory.getLogger(FolderScanner.class);

    public record FileStat(long size, long modifiedMillis) {}

    private final Path root;
    private final FilePatterns patterns;

    public FolderScanner(Path root, FilePatterns patterns) {
        this.root = root;
        this.patterns = patterns;
    }

    /** Relative path ('/'-separated) to stat, in path order. Throws when the root itself is gone. */
    public Map<String, FileStat> scan() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("Notes folder " + root + " is missing or not a directory");
        }
        Map<String, FileStat> found = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return patterns.visitsDirectory(root.relativize(dir))
                        ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path relative = root.relativize(file);
                if (attrs.isRegularFile() && patterns.matches(relative)) {
                    found.put(
                            key(relative),
                            new FileStat(attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                log.warn("Skipping {}: {}", file, e.toString());
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    Path resolve(String key) {
        return root.resolve(key.replace('/', File.separatorChar));
    }

    static String key(Path relative) {
        return relative.toString().replace(File.separatorChar, '/');
    }
}
