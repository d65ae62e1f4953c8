package com.actiontracker.identity;

import com.actiontracker.avro.NoteNames;
import com.actiontracker.avro.PeopleGroup;
import com.actiontracker.avro.PersonResolution;
import java.util.List;
import java.util.TreeMap;

/** The edge between the identity domain and its Avro events and store values. */
public final class IdentityAvro {

    private IdentityAvro() {}

    public static PeopleGroup toAvro(NameGroup group) {
        return new PeopleGroup(
                group.firstName(),
                group.names().entrySet().stream()
                        .map(e -> new NoteNames(e.getKey(), e.getValue()))
                        .toList());
    }

    public static NameGroup fromAvro(PeopleGroup avro) {
        TreeMap<String, List<String>> names = new TreeMap<>();
        avro.getNotes().forEach(n -> names.put(n.getNotePath(), n.getNames()));
        return new NameGroup(avro.getFirstName(), names);
    }

    public static PersonResolution toAvro(NameGroup.Resolution resolution) {
        return new PersonResolution(resolution.name(), resolution.canonical(), resolution.candidates());
    }

    public static NameGroup.Resolution fromAvro(PersonResolution avro) {
        return avro == null
                ? null
                : new NameGroup.Resolution(avro.getName(), avro.getCanonical(), avro.getCandidates());
    }
}
