package org.crosscheck.ingest;

import java.util.List;

/**
 * One article as a reader produced it, before layout analysis.
 *
 * @param id    source id (file name without extension, or the id a multi-article format gives)
 * @param path  the file, relative to the corpus folder, with '/' separators
 * @param text  the decoded original text
 * @param notes what the reader noticed (fallback encoding …)
 */
public record RawDocument(String id, String path, String text, List<String> notes) {
    public RawDocument {
        notes = List.copyOf(notes);
    }
}
