package org.crosscheck.query;

import java.util.List;

/** Why a row is in a result: the rule or score that produced it and the passages it rests on (for /why). */
public record Provenance(String rule, List<Passage> passages) {
    public Provenance {
        passages = List.copyOf(passages);
    }

    public static final Provenance NONE = new Provenance("", List.of());
}
