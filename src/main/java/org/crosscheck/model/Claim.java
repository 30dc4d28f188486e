package org.crosscheck.model;

import java.util.List;

/**
 * One assertion made by one source: a reporting sentence or an attributed statement.
 *
 * @param group    id of the {@link ClaimGroup} it belongs to
 * @param entities ids of the entities it mentions
 * @param speaker  who the source attributes it to, or null for the outlet's own voice
 * @param hedges   words that make it less than certain or second-hand ("believed to", "alleged", "unclear whether")
 * @param numbers  the numbers it states, normalised: "2", "~11000", "2000..9999 (thousands)", "1500 at a time"
 */
public record Claim(String id, String source, String text, int start, int end, int sentence, String group,
                    List<String> entities, String speaker, List<String> hedges, List<String> numbers) {
    public Claim {
        entities = List.copyOf(entities);
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    /** A claim with no hedges or numbers recorded (the form before those were extracted). */
    public Claim(String id, String source, String text, int start, int end, int sentence, String group,
                 List<String> entities, String speaker) {
        this(id, source, text, start, end, sentence, group, entities, speaker, List.of(), List.of());
    }

    /** The same claim in another group. */
    public Claim inGroup(String newGroup) {
        return new Claim(id, source, text, start, end, sentence, newGroup, entities, speaker, hedges, numbers);
    }
}
