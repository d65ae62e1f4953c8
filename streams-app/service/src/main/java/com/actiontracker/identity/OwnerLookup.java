package com.actiontracker.identity;

import com.actiontracker.parse.PersonNames;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds the owner a person typed (in an address, a filter) among the ledger's owners, by the rules notes are read
 * with: the same name however it is cased or accented, else the one owner with that first name whose surname is the
 * same spelt another way ({@link PersonNames#closeSurnames}, the one rule of "same person").
 */
public final class OwnerLookup {

    private OwnerLookup() {}

    /** What a typed name finds: one owner, none, or several it could mean. */
    public record Match(Optional<String> owner, List<String> candidates) {}

    public static Match find(String typed, Collection<String> owners) {
        String key = NameKey.of(typed);
        List<String> same = owners.stream()
                .filter(o -> NameKey.of(o).equals(key))
                .distinct()
                .toList();
        if (same.size() == 1) {
            return new Match(Optional.of(same.get(0)), List.of());
        }
        if (!same.isEmpty()) {
            return new Match(Optional.empty(), same);
        }
        String first = NameKey.firstName(typed);
        String surname = NameKey.surname(key);
        List<String> close = surname.isEmpty()
                ? owners.stream()
                        .filter(o -> NameKey.firstName(o).equals(first))
                        .distinct()
                        .toList()
                : owners.stream()
                        .filter(o -> NameKey.firstName(o).equals(first))
                        .filter(o -> {
                            String other = NameKey.surname(NameKey.of(o));
                            return !other.isEmpty() && PersonNames.closeSurnames(surname, other);
                        })
                        .distinct()
                        .toList();
        return close.size() == 1 ? new Match(Optional.of(close.get(0)), List.of()) : new Match(Optional.empty(), close);
    }
}
