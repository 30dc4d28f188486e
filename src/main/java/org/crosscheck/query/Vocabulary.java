package org.crosscheck.query;

import java.util.Collection;

/** The names completion can offer besides the grammar's keywords. */
public interface Vocabulary {
    Collection<String> entityNames();

    Collection<String> sourceIds();

    Collection<String> variables();
}
