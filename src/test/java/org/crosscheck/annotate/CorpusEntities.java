package org.crosscheck.annotate;

import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;

/** Looking up an entity of a built corpus by its name or one of its aliases, and its mentions, for the entity rule tests. */
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

    /** The mentions of one entity. */
    static List<Mention> mentionsOf(Corpus corpus, Entity e) {
        return corpus.mentions().stream().filter(m -> e.id().equals(m.entity())).toList();
    }

    /** The mention of {@code word} in {@code source} whose sentence holds {@code context}. */
    static Mention mentionAt(Corpus corpus, String source, String context, String word) {
        int sent = corpus.sentences().stream().filter(s -> s.source().equals(source) && s.text().contains(context))
                .findFirst().orElseThrow(() -> new AssertionError("no sentence: " + context)).index();
        return corpus.mentions().stream().filter(m -> m.source().equals(source) && m.sentence() == sent
                && m.text().equals(word)).findFirst().orElseThrow(() -> new AssertionError("no " + word + " in: "
                + context + " " + corpus.mentions()));
    }
}
