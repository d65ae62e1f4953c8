package com.actiontracker.identity;

import com.actiontracker.parse.PersonNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every name of one first name, by the note that uses it, and who each name means.
 *
 * <p>Rules, in order: spellings of a full name whose surnames differ by a small edit (at most two edits and at most
 * 30% of the longer surname) are one person, unless a spelling is that close to two people; a person's canonical
 * spelling is the one written most often across the vault (ties: alphabetical); a first name alone means the one
 * person with that first name, and stays ambiguous when there are several.
 *
 * @param names note path to the names that note uses, one entry per mention
 */
public record NameGroup(String firstName, SortedMap<String, List<String>> names) {

    public NameGroup {
        TreeMap<String, List<String>> copy = new TreeMap<>();
        names.forEach((path, list) -> copy.put(path, List.copyOf(list)));
        names = Collections.unmodifiableSortedMap(copy);
    }

    public static NameGroup empty(String firstName) {
        return new NameGroup(firstName, new TreeMap<>());
    }

    /** This group with one note's names replaced; an empty list removes the note. */
    public NameGroup with(String notePath, List<String> noteNames) {
        TreeMap<String, List<String>> next = new TreeMap<>(names);
        if (noteNames.isEmpty()) {
            next.remove(notePath);
        } else {
            next.put(notePath, noteNames);
        }
        return new NameGroup(firstName, next);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** What each written form (by {@link NameKey}) of this first name means. */
    public Map<String, Resolution> resolutions() {
        Map<String, Spelling> spellings = spellings();
        List<Person> people = people(spellings);
        Map<String, Resolution> resolutions = new TreeMap<>();
        for (Spelling spelling : spellings.values()) {
            if (!NameKey.surname(spelling.key).isEmpty()) {
                Person person = people.stream()
                        .filter(p -> p.members.contains(spelling))
                        .findFirst()
                        .orElseThrow();
                resolutions.put(spelling.key, Resolution.of(spelling.display, person.canonical().display));
            } else if (people.size() == 1) {
                resolutions.put(
                        spelling.key,
                        Resolution.of(spelling.display, people.get(0).canonical().display));
            } else if (people.isEmpty()) {
                resolutions.put(spelling.key, Resolution.of(spelling.display, spelling.display));
            } else {
                resolutions.put(
                        spelling.key,
                        Resolution.ambiguous(
                                spelling.display,
                                people.stream()
                                        .map(p -> p.canonical().display)
                                        .sorted()
                                        .toList()));
            }
        }
        return resolutions;
    }

    /** Mentions grouped by key, each shown as its most frequent way of writing. */
    private Map<String, Spelling> spellings() {
        Map<String, Map<String, Integer>> writings = new TreeMap<>();
        names.values()
                .forEach(list -> list.forEach(name -> writings.computeIfAbsent(NameKey.of(name), k -> new TreeMap<>())
                        .merge(name.trim(), 1, Integer::sum)));
        Map<String, Spelling> spellings = new LinkedHashMap<>();
        writings.forEach((key, forms) -> {
            String display = forms.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow()
                    .getKey();
            spellings.put(
                    key,
                    new Spelling(
                            key,
                            display,
                            forms.values().stream().mapToInt(Integer::intValue).sum()));
        });
        return spellings;
    }

    /** Full-name spellings clustered into people, most written spellings first so clustering is deterministic. */
    private static List<Person> people(Map<String, Spelling> spellings) {
        List<Spelling> fullNames = spellings.values().stream()
                .filter(s -> !NameKey.surname(s.key).isEmpty())
                .sorted(Comparator.comparingInt(Spelling::count).reversed().thenComparing(Spelling::key))
                .toList();
        List<Person> people = new ArrayList<>();
        for (Spelling spelling : fullNames) {
            List<Person> close =
                    people.stream().filter(p -> p.isCloseTo(spelling)).toList();
            if (close.size() == 1) {
                close.get(0).members.add(spelling);
            } else {
                people.add(new Person(new ArrayList<>(List.of(spelling))));
            }
        }
        return people;
    }

    private record Spelling(String key, String display, int count) {}

    private record Person(List<Spelling> members) {
        Spelling canonical() {
            return members.get(0);
        }

        boolean isCloseTo(Spelling spelling) {
            return members.stream()
                    .anyMatch(m -> PersonNames.closeSurnames(NameKey.surname(m.key), NameKey.surname(spelling.key)));
        }
    }

    /**
     * Who a written name means.
     *
     * @param canonical  the person's canonical spelling; null when ambiguous
     * @param candidates the people it may mean, when ambiguous
     */
    public record Resolution(String name, String canonical, List<String> candidates) {
        public Resolution {
            candidates = List.copyOf(candidates);
        }

        static Resolution of(String name, String canonical) {
            return new Resolution(name, canonical, List.of());
        }

        static Resolution ambiguous(String name, List<String> candidates) {
            return new Resolution(name, null, candidates);
        }
    }
}
