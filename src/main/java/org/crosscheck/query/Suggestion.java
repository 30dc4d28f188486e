package org.crosscheck.query;

/**
 * A completion candidate.
 *
 * @param value       what to insert
 * @param kind        keyword, entity, source, variable or command
 * @param description a short explanation shown beside it, or null
 */
public record Suggestion(String value, String kind, String description) {
}
