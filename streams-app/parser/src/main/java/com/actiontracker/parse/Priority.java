package com.actiontracker.parse;

/** Obsidian Tasks priorities: 🔺 highest, ⏫ high, 🔼 medium, 🔽 low, ⏬ lowest. */
public enum Priority {
    HIGHEST,
    HIGH,
    MEDIUM,
    LOW,
    LOWEST
}
