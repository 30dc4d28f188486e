package org.crosscheck.query.ast;

/** A pipeline whose result is shown (and numbered $1, $2, … by the session). */
public record QueryStatement(Pipeline pipeline, String text, int line, int column) implements Statement {
}
