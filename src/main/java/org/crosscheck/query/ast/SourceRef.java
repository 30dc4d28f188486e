package org.crosscheck.query.ast;

/** A source as written in a query: its id, a unique prefix of it, or its outlet name. */
public record SourceRef(String text, Span at) {
}
