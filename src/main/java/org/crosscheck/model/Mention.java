package org.crosscheck.model;

/**
 * One occurrence of an entity in a source.
 *
 * @param entity   id of the {@link Entity} it refers to (null for a pronoun that could not be resolved)
 * @param text     the text as it stands in the source (normalised form)
 * @param start    offset in the original text
 * @param end      offset just past it
 * @param type     entity type of this mention (PERSON, ORGANIZATION, …)
 * @param sentence index of the sentence it stands in
 * @param pronoun  true for he/she/they … resolved to an entity
 */
public record Mention(String source, String entity, String text, int start, int end, String type, int sentence,
                      boolean pronoun) {
}
