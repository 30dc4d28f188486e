package org.crosscheck.model;

/**
 * Something ingest had to say about one file of the corpus.
 *
 * @param path    the file, relative to the corpus folder
 * @param message what happened, for a person ("not UTF-8: read as windows-1252", "empty file: skipped")
 * @param skipped true when the file is not in the model at all
 */
public record FileProblem(String path, String message, boolean skipped) {
}
