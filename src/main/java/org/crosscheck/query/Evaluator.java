package org.crosscheck.query;

import org.crosscheck.model.CorpusModel;
import org.crosscheck.query.ast.Statement;

/**
 * TEMPORARY placeholder so the shell compiles before the query language work is merged; the real Evaluator
 * replaces this file on merge.
 */
public final class Evaluator {
    public Evaluator(CorpusModel model) {
    }

    public Table evaluate(Statement statement, Bindings bindings, Cancel cancel) throws QueryException {
        throw new UnsupportedOperationException("query evaluation is not merged yet");
    }
}
