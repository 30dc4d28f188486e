package org.crosscheck.query.ast;

import java.util.List;

/** A data source ({@link Head}) followed by shaping stages, applied in order. */
public record Pipeline(Head head, List<Stage> stages) {
    public Pipeline {
        stages = List.copyOf(stages);
    }
}
