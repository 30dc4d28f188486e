package org.crosscheck.annotate;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Entity;

/**
 * What the claim-grouping tests share: entities written by hand for a story's claims, the ids of those a text names,
 * and the score a {@link ClaimGrouper#explain} line gives.
 */
final class GroupingFixtures {
    private GroupingFixtures() {
    }

    /** An entity of two sources with these aliases. */
    static Entity entity(String id, String name, String type, String... aliases) {
        return new Entity(id, name, type, List.of(aliases), List.of("a", "b"), 2, Map.of(), List.of());
    }

    /** The ids of the entities whose name or an alias the text holds. */
    static List<String> named(List<Entity> entities, String text) {
        return entities.stream().filter(e -> text.contains(e.name())
                || e.aliases().stream().anyMatch(text::contains)).map(Entity::id).toList();
    }

    /** The score an explanation opens with ("score 0.35 (…"). */
    static double score(String why) {
        return Double.parseDouble(why.substring(6, why.indexOf(' ', 6)));
    }
}
