package org.crosscheck.model;

import java.util.List;

/** Everything ingest and annotation produce for one corpus folder: what the index stores. */
public record Corpus(List<Source> sources, List<Sentence> sentences, List<Entity> entities, List<Mention> mentions,
                     List<Quote> quotes, List<Claim> claims, List<ClaimGroup> groups,
                     List<FileProblem> problems) {
    public Corpus {
        sources = List.copyOf(sources);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        groups = List.copyOf(groups);
        problems = List.copyOf(problems);
    }
}
