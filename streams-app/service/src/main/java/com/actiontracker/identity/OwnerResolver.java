package com.actiontracker.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an owner as written in a note into the person it means. In order: the alias file, which wins over every
 * rule; {@code @Myself}/{@code @me} is the vault owner; the people table built from the notes (one canonical
 * spelling per person, first names resolved when unambiguous); otherwise the name as written. An ambiguous name
 * stays as written, with a warning.
 */
public final class OwnerResolver {

    private static final Set<String> SELF = Set.of("myself", "me", "self", "i");

    private final String vaultOwner;
    private final Map<String, String> aliases;

    /**
     * @param vaultOwner the person who writes the notes; blank when unknown
     * @param aliases    written name to canonical name, forced
     */
    public OwnerResolver(String vaultOwner, Map<String, String> aliases) {
        this.vaultOwner = vaultOwner == null || vaultOwner.isBlank() ? null : vaultOwner.trim();
        this.aliases = new TreeMap<>();
        aliases.forEach((alias, canonical) -> this.aliases.put(NameKey.of(alias), canonical.trim()));
    }

    public OwnerResolver(String vaultOwner) {
        this(vaultOwner, Map.of());
    }

    /** An owner, and why it is as written when it could not be resolved. */
    public record Owner(String name, String warning) {
        static final Owner NONE = new Owner(null, null);
    }

    /**
     * @param asWritten the owner as the note wrote it; null for none
     * @param known     what the people table says about that name; null when it knows nothing
     */
    public Owner resolve(String asWritten, NameGroup.Resolution known) {
        if (asWritten == null || asWritten.isBlank()) {
            return Owner.NONE;
        }
        String key = NameKey.of(asWritten);
        String alias = aliases.get(key);
        if (alias != null) {
            return new Owner(alias, null);
        }
        if (isSelf(asWritten)) {
            return vaultOwner != null
                    ? new Owner(vaultOwner, null)
                    : new Owner(
                            asWritten.trim(),
                            "@" + asWritten.trim() + " means the vault owner, but tracker.vault.owner is not set");
        }
        if (known == null) {
            return new Owner(asWritten.trim(), null);
        }
        if (known.canonical() == null) {
            return new Owner(
                    asWritten.trim(),
                    "@" + asWritten.trim() + " is ambiguous: " + String.join(" or ", known.candidates()));
        }
        return new Owner(known.canonical(), null);
    }

    /** The owner with no people table at hand: aliases and the vault owner only. */
    public String resolve(String asWritten) {
        return resolve(asWritten, null).name();
    }

    public static boolean isSelf(String asWritten) {
        return SELF.contains(asWritten.trim().toLowerCase(Locale.ROOT));
    }
}
