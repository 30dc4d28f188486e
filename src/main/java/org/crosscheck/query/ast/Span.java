package org.crosscheck.query.ast;

/** Where a piece of a query stands: 1-based line and column in the parsed text. */
public record Span(int line, int column) {
}
