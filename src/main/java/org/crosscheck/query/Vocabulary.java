package org.crosscheck.query;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Source;

/** The names completion can offer besides the grammar's keywords. */
public interface Vocabulary {
    Collection<String> entityNames();

    Collection<String> sourceIds();

    Collection<String> variables();

    /**
     * The names of a corpus: every entity's name and aliases, the source ids, and the variables the supplier gives
     * at the time of asking (let names and $N of a session).
     *
     * @param model     the corpus, or null for none
     * @param variables the names currently bound
     */
    static Vocabulary of(CorpusModel model, Supplier<? extends Collection<String>> variables) {
        Set<String> names = new LinkedHashSet<>();
        List<String> ids = List.of();
        if (model != null) {
            for (Entity e : model.entities()) {
                names.add(e.name());
                names.addAll(e.aliases());
            }
            ids = model.sources().stream().map(Source::id).toList();
        }
        List<String> entityNames = List.copyOf(names);
        List<String> sourceIds = ids;
        return new Vocabulary() {
            @Override
            public Collection<String> entityNames() {
                return entityNames;
            }

            @Override
            public Collection<String> sourceIds() {
                return sourceIds;
            }

            @Override
            public Collection<String> variables() {
                return List.copyOf(variables.get());
            }
        };
    }
}
