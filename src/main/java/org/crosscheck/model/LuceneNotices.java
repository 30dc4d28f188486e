package org.crosscheck.model;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lucene logs an advisory at its first use when the JDK's incubating vector module is not enabled. crosscheck's
 * indexes are small enough that the vectorised code paths make no measurable difference (docs/model.md), while the
 * module itself makes the JVM print a warning at every start; so the launcher leaves it off and this keeps
 * Lucene's advisory off the user's terminal. {@code CROSSCHECK_JAVA_OPTS="--add-modules jdk.incubator.vector"}
 * turns the vectorised code on.
 */
public final class LuceneNotices {
    /** Held so that the logger, and the level set on it, are not garbage collected. */
    private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTORIZATION.setLevel(Level.SEVERE);
    }

    private LuceneNotices() {
    }

    /** Call before Lucene's first use; safe to call often. */
    public static void quiet() {
        // the static initializer did the work
    }
}
