package org.crosscheck.query.ast;

/** {@code let name = pipeline}: evaluates the pipeline and binds its result to a name. */
public record Let(String name, Pipeline pipeline, String text, int line, int column) implements Statement {
}
