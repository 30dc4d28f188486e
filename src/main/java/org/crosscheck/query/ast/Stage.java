package org.crosscheck.query.ast;

import java.util.List;

/** A shaping stage after '|'. */
public sealed interface Stage permits Stage.Where, Stage.Sort, Stage.Limit, Stage.Count, Stage.GroupBy,
        Stage.Select {

    /** {@code where CONDITION}. */
    record Where(Condition condition) implements Stage {
    }

    /** {@code sort by KEY, …}. */
    record Sort(List<SortKey> keys) implements Stage {
        public Sort {
            keys = List.copyOf(keys);
        }
    }

    /** One key of {@code sort by}. */
    record SortKey(ColumnRef column, boolean descending) {
    }

    /** {@code limit N}. */
    record Limit(int count) implements Stage {
    }

    /** {@code count}. */
    record Count() implements Stage {
    }

    /** {@code group by COLUMN, …}. */
    record GroupBy(List<ColumnRef> columns) implements Stage {
        public GroupBy {
            columns = List.copyOf(columns);
        }
    }

    /** {@code select COLUMN, …}. */
    record Select(List<ColumnRef> columns) implements Stage {
        public Select {
            columns = List.copyOf(columns);
        }
    }
}
