package org.crosscheck.annotate;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimGroup;

/**
 * Puts claims from different sources that assert the same thing into one group, by Lucene lexical similarity
 * combined with entity and number overlap.
 */
public final class ClaimGrouper {

    /** The claims again, each with its {@link Claim#group()} set, and the groups. */
    public record Grouping(List<Claim> claims, List<ClaimGroup> groups) {
    }

    /**
     * @param claims every claim of the corpus (group may be null), in corpus order
     */
    public Grouping group(List<Claim> claims) {
        throw new UnsupportedOperationException("claim grouping: issue #2");
    }
}
