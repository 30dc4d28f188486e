package org.crosscheck.query.ast;

/** Where a pipeline's rows come from. Optional parts ({@code by}, {@code in} …) are null when absent. */
public sealed interface Head permits Head.Sources, Head.Entities, Head.Mentions, Head.Quotes, Head.Claims,
        Head.Sentences, Head.Search, Head.Conflicts, Head.Keywords, Head.Variants, Head.Variable, Head.Coverage,
        Head.Aliases {

    /** {@code sources}. */
    record Sources() implements Head {
    }

    /** {@code entities [in SOURCE]}. */
    record Entities(SourceRef in) implements Head {
    }

    /** {@code mentions [of NAME] [in SOURCE]}. */
    record Mentions(Name of, SourceRef in) implements Head {
    }

    /** {@code quotes [by NAME] [in SOURCE]}. */
    record Quotes(Name by, SourceRef in) implements Head {
    }

    /** {@code claims [about NAME] [in SOURCE]}. */
    record Claims(Name about, SourceRef in, Shared shared, SourceRef onlyIn, SourceRef missingFrom) implements Head {
        public Claims(Name about, SourceRef in) {
            this(about, in, null, null, null);
        }
    }

    /**
     * {@code shared by N} or {@code shared by all}.
     *
     * @param count the least number of sources, or 0 for all of them
     */
    record Shared(int count, Span at) {
        public boolean all() {
            return count == 0;
        }
    }

    /** {@code coverage [claim filters]}: claim groups × sources. */
    record Coverage(Claims claims) implements Head {
    }

    /** {@code aliases of NAME}: the names each source uses for one entity. */
    record Aliases(Name of) implements Head {
    }

    /** {@code sentences [in SOURCE]}. */
    record Sentences(SourceRef in) implements Head {
    }

    /**
     * {@code search TEXT [in SOURCE]}.
     *
     * @param query the full-text query in Lucene syntax
     * @param at    where the search text starts
     */
    record Search(String query, Span at, SourceRef in) implements Head {
    }

    /** {@code conflicts}: where sources give one thing different values. */
    record Conflicts() implements Head {
    }

    /** {@code keywords in SOURCE}: the words one source uses far more than the others. */
    record Keywords(SourceRef in) implements Head {
    }

    /** {@code variants of TEXT}: the renderings of the quote that contains the text. */
    record Variants(String phrase, Span at) implements Head {
    }

    /** A result kept with {@code let}, or {@code $N}. */
    record Variable(String name, Span at) implements Head {
    }
}
