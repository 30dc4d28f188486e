package org.crosscheck.query;

/** A span of a source's original text that a result row rests on. */
public record Passage(String source, int start, int end, String text) {
}
