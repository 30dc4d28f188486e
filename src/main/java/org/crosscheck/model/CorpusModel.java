package org.crosscheck.model;

import java.util.List;

/**
 * What queries read. The Lucene index on disk is one implementation; a distributed backend can be another.
 * Lists are in corpus order (source, then offset) and immutable.
 */
public interface CorpusModel extends AutoCloseable {
    List<Source> sources();

    /** How many sources there are, without reading them (the shell's banner needs only this). */
    default int sourceCount() {
        return sources().size();
    }

    /** Reads what queries will need, ahead of time (the shell calls it while the user types the first query). */
    default void warmUp() {
        sources();
        entities();
    }

    List<Sentence> sentences();

    List<Entity> entities();

    List<Mention> mentions();

    List<Quote> quotes();

    List<Claim> claims();

    List<ClaimGroup> claimGroups();

    /** Files that ingest reported on (skipped, or read with a fallback). */
    List<FileProblem> problems();

    /**
     * Full-text search over the reporting sentences.
     *
     * @param query   Lucene query syntax: words, "phrases", "a b"~3, Chin*, Zelenskyy~
     * @param context characters of context on each side of a match
     * @throws SearchSyntaxException when the query is not valid Lucene syntax
     */
    List<Hit> search(String query, int context) throws SearchSyntaxException;

    @Override
    void close();
}
