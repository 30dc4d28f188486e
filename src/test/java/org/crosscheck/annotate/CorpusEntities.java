package org.crosscheck.annotate;

import java.util.Optional;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;

/** Looking up an entity of a built corpus by its name or one of its aliases, for the entity rule tests. */
final class CorpusEntities {
    private CorpusEntities() {
    }

    static Optional<Entity> find(Corpus corpus, String name) {
        return corpus.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name))
                .findFirst();
    }

    static Entity entity(Corpus corpus, String name) {
        return find(corpus, name).orElseThrow(() -> new AssertionError("no entity " + name + " in " + corpus.entities()));
    }
}
