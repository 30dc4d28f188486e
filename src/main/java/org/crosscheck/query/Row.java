package org.crosscheck.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One result row: values in column order (String, Number, List&lt;String&gt;, Boolean or null) and its provenance. */
public record Row(List<Object> values, Provenance why) {
    public Row {
        values = Collections.unmodifiableList(new ArrayList<>(values)); // may hold nulls
    }

    public Object get(int column) {
        return values.get(column);
    }
}
