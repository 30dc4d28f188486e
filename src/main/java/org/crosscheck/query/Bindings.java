package org.crosscheck.query;

import java.util.Optional;

/** Named results a query can refer to: {@code $3} and {@code let} names. */
public interface Bindings {
    /** The result bound to {@code name} ("$3" or "bel"), if any. */
    Optional<Table> lookup(String name);
}
