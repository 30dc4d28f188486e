package org.crosscheck.query;

import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.query.ast.Let;
import org.crosscheck.query.ast.Statement;

/** Runs a query script on a model the way the shell does, for the evaluator tests. */
final class Queries {
    private Queries() {
    }

    /**
     * The last statement's table.
     *
     * @param kept the results of earlier {@code let}s, which this script's {@code let}s add to; null keeps none
     */
    static Table run(CorpusModel model, String query, Map<String, Table> kept) throws QueryException {
        Evaluator evaluator = new Evaluator(model);
        Table last = null;
        for (Statement s : QueryLanguage.parse(query, "<test>")) {
            last = evaluator.evaluate(s, name -> kept == null ? Optional.empty() : Optional.ofNullable(kept.get(name)),
                    new Cancel());
            if (kept != null && s instanceof Let let) {
                kept.put(let.name(), last);
            }
        }
        return last;
    }
}
