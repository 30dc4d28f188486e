package org.crosscheck.model;

import java.util.List;

/**
 * One assertion made by one source: a reporting sentence or an attributed statement.
 *
 * @param group    id of the {@link ClaimGroup} it belongs to
 * @param entities ids of the entities it mentions
 * @param speaker  who the source attributes it to, or null for the outlet's own voice
 */
public record Claim(String id, String source, String text, int start, int end, int sentence, String group,
                    List<String> entities, String speaker) {
    public Claim {
        entities = List.copyOf(entities);
    }
}
