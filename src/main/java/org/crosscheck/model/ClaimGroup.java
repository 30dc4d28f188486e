package org.crosscheck.model;

import java.util.List;

/**
 * Claims from different sources that assert the same thing.
 *
 * @param text    a representative wording (the member closest to all others)
 * @param sources ids of the sources with a member, in corpus order
 * @param members ids of the member claims
 * @param why     how the members were linked (similarity scores), for /why
 */
public record ClaimGroup(String id, String text, List<String> sources, List<String> members, String why) {
    public ClaimGroup {
        sources = List.copyOf(sources);
        members = List.copyOf(members);
    }
}
