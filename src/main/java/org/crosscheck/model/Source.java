package org.crosscheck.model;

import java.util.List;
import java.util.Map;

/**
 * One article of the corpus.
 *
 * @param id     file name without extension (or the JSON Lines id); unique in a corpus
 * @param path   the file it was read from, relative to the corpus folder
 * @param title  headline, or the first line when none is marked
 * @param words  number of word tokens in the reporting text
 * @param meta   header metadata (outlet, date, url, author, encoding …), lower-case keys
 * @param text   the decoded original text: every offset in the model points into this string
 * @param notes  what ingest noticed about the file (fallback encoding, repaired hard wraps …)
 */
public record Source(String id, String path, String title, int words, Map<String, String> meta, String text,
                     List<String> notes) {
    public Source {
        meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta)); // keeps its order
        notes = List.copyOf(notes);
    }
}
