package org.crosscheck.query.ast;

/** A data source followed by shaping stages. (Filled in by the query language work, issue #2.) */
public record Pipeline() {
}
