package com.actiontracker.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who owns what a speaker said. "Remote" (how call transcripts name the far end) is the one participant who is not
 * among the named speakers, when there is exactly one; an unrecognised speaker owns nothing; a request is owned by the
 * other speaker of a two-person conversation.
 */
final class SpeakerResolver {

    private final List<String> owners;
    private final String remote;

    SpeakerResolver(List<TranscriptTurn> turns, List<String> participants) {
        Set<String> named = new LinkedHashSet<>();
        turns.forEach(turn -> named.add(turn.speaker()));
        List<String> absent = participants.stream()
                .filter(person -> named.stream().noneMatch(speaker -> PersonNames.samePerson(speaker, person)))
                .toList();
        this.remote = absent.size() == 1 ? absent.get(0) : null;
        Set<String> resolved = new LinkedHashSet<>();
        for (String speaker : named) {
            String owner = owner(speaker);
            if (owner != null) {
                resolved.add(owner);
            }
        }
        this.owners = new ArrayList<>(resolved);
    }

    /** @return the owner of what the speaker commits to; null when the speaker was not recognised */
    String owner(String speaker) {
        if (speaker.equals(TranscriptReader.UNKNOWN)) {
            return null;
        }
        return speaker.equals(TranscriptReader.REMOTE) && remote != null ? remote : speaker;
    }

    /** @return the person the speaker asks something of; null unless exactly two people speak */
    String addressee(String speaker) {
        String owner = owner(speaker);
        if (owner == null || owners.size() != 2) {
            return null;
        }
        return owners.get(0).equals(owner) ? owners.get(1) : owners.get(0);
    }
}
