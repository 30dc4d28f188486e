package org.crosscheck.model;

/** One full-text match as a key-word-in-context line; offsets point into the source's original text. */
public record Hit(String source, String left, String match, String right, int start, int end, float score) {
}
