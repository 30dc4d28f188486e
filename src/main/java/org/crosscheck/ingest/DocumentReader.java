package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reads one file format into articles. One implementation per format (plain text, Markdown, HTML, JSON Lines, PDF). */
public interface DocumentReader {
    /** True when this reader handles the file (usually decided by its extension). */
    boolean accepts(Path file);

    /**
     * @param file    the file to read
     * @param relPath its path relative to the corpus folder, '/'-separated
     * @return the articles in the file (empty when it holds none)
     * @throws IOException        when the file cannot be read
     * @throws SkipFileException  when the file must be skipped, with the reason for the user
     */
    List<RawDocument> read(Path file, String relPath) throws IOException, SkipFileException;

    /**
     * Like {@link #read(Path, String)}, and tells {@code problems} about parts of the file that were skipped while
     * the rest was read (a bad line of a JSON Lines file). Readers of one-article formats need not override it.
     */
    default List<RawDocument> read(Path file, String relPath, Consumer<Problem> problems)
            throws IOException, SkipFileException {
        return read(file, relPath);
    }

    /** True when one file holds many articles, each with an id of its own (JSON Lines). */
    default boolean manyPerFile() {
        return false;
    }

    /**
     * Something wrong with one part of a file.
     *
     * @param line    1-based line, or 0 when it concerns the whole file
     * @param column  1-based column, or 0 when unknown
     * @param message what was wrong and what was done ("not valid JSON: … : line skipped")
     */
    record Problem(int line, int column, String message) {
    }

    /** A file that is skipped, and why ("empty file"). */
    final class SkipFileException extends Exception {
        public SkipFileException(String message) {
            super(message);
        }
    }
}
