package org.crosscheck.query.ast;

/** An entity name as written in a query (words joined by single spaces, or a quoted string's content). */
public record Name(String text, Span at) {
}
