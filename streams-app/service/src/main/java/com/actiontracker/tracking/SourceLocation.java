package com.actiontracker.tracking;

/** A place in the vault: a note path relative to its root and a 1-based line. */
public record SourceLocation(String path, int line) {}
