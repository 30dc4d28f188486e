package org.crosscheck.ingest;

import java.util.List;
import java.util.Map;

/**
 * One article as a reader produced it, before layout analysis.
 *
 * @param id     source id (file name without extension, or the id a multi-article format gives)
 * @param path   the file, relative to the corpus folder, with '/' separators
 * @param text   the decoded original text (for HTML and PDF: the text extracted from the file)
 * @param notes  what the reader noticed (fallback encoding, extraction …)
 * @param meta   metadata the format itself carries (HTML meta tags, JSON Lines fields), lower-case keys; a header
 *               block in the text is read later, by {@link ArticleLayout}
 * @param format how the text is laid out: {@link Format#PLAIN} text lines or {@link Format#MARKDOWN} markup
 */
public record RawDocument(String id, String path, String text, List<String> notes, Map<String, String> meta,
                          Format format) {
    /** The layout conventions of a document's text. */
    public enum Format {
        /** Lines of text: one paragraph a line, or hard-wrapped lines (repaired). */
        PLAIN,
        /** Markdown: marks are skipped, offsets still point into the markup. */
        MARKDOWN
    }

    public RawDocument {
        notes = List.copyOf(notes);
        meta = Map.copyOf(meta);
        format = format == null ? Format.PLAIN : format;
    }

    public RawDocument(String id, String path, String text, List<String> notes) {
        this(id, path, text, notes, Map.of(), Format.PLAIN);
    }

    /** The same document under another id. */
    public RawDocument withId(String newId) {
        return new RawDocument(newId, path, text, notes, meta, format);
    }
}
