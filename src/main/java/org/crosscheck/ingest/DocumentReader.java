package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads one file format into articles. One implementation per format (plain text, later HTML, JSON Lines …). */
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

    /** A file that is skipped, and why ("empty file"). */
    final class SkipFileException extends Exception {
        public SkipFileException(String message) {
            super(message);
        }
    }
}
