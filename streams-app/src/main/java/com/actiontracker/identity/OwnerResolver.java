package com.actiontracker.identity;

import java.util.Locale;
import java.util.Set;

/** Turns an owner as written in a note into the person it means. */
public final class OwnerResolver {

    private static final Set<String> SELF = Set.of("myself", "me", "self", "i");

    private final String vaultOwner;

    /** @param vaultOwner the person who writes the notes; blank when unknown */
    public OwnerResolver(String vaultOwner) {
        this.vaultOwner = vaultOwner == null || vaultOwner.isBlank() ? null : vaultOwner.trim();
    }

    public String vaultOwner() {
        return vaultOwner;
    }

    /** null stays null; {@code Myself}/{@code me} is the vault owner when one is configured. */
    public String resolve(String asWritten) {
        if (asWritten == null || asWritten.isBlank()) {
            return null;
        }
        String name = asWritten.trim();
        if (vaultOwner != null && SELF.contains(name.toLowerCase(Locale.ROOT))) {
            return vaultOwner;
        }
        return name;
    }
}
