package org.crosscheck.model;

import java.util.List;
import java.util.Map;

/**
 * One real-world referent across the corpus.
 *
 * @param id            stable id within one index (e.g. "e12")
 * @param name          canonical name (the longest, most frequent full form)
 * @param type          PERSON, ORGANIZATION, LOCATION, NATIONALITY, NUMBER, DATE, TITLE, …
 * @param aliases       every other name it goes by
 * @param sources       ids of the sources that mention it, in corpus order
 * @param mentions      number of (non-boilerplate) mentions
 * @param namesBySource for each source id, the spellings that source uses
 * @param evidence      one line per merge: why two names were taken as the same referent
 * @param links         links to other entities that are not merges, e.g. "demonym of North Korea (e25)" on
 *                      "North Korean", "demonym: North Korean (e14)" on "North Korea"
 */
public record Entity(String id, String name, String type, List<String> aliases, List<String> sources, int mentions,
                     Map<String, List<String>> namesBySource, List<String> evidence, List<String> links) {
    /** An entity with no links to others. */
    public Entity(String id, String name, String type, List<String> aliases, List<String> sources, int mentions,
                  Map<String, List<String>> namesBySource, List<String> evidence) {
        this(id, name, type, aliases, sources, mentions, namesBySource, evidence, List.of());
    }

    /** The same entity with these links. */
    public Entity withLinks(List<String> newLinks) {
        return new Entity(id, name, type, aliases, sources, mentions, namesBySource, evidence, newLinks);
    }

    public Entity {
        links = links == null ? List.of() : List.copyOf(links);
        aliases = List.copyOf(aliases);
        sources = List.copyOf(sources);
        namesBySource = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namesBySource)); // keeps its order
        evidence = List.copyOf(evidence);
    }
}
