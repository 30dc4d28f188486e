package org.crosscheck.query.ast;

/**
 * One statement of a script or REPL snippet: {@code let NAME = pipeline} or a bare pipeline.
 * {@link #text()} is the statement's own source text (as the user wrote it), {@link #line()} and
 * {@link #column()} its 1-based start.
 */
public sealed interface Statement permits Let, QueryStatement {
    String text();

    int line();

    int column();

    Pipeline pipeline();
}
