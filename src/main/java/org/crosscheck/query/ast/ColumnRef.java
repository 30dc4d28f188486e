package org.crosscheck.query.ast;

/** A column name as written in a query. */
public record ColumnRef(String name, Span at) {
}
