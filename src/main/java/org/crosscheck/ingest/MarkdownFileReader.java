package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Markdown files: one article per file, YAML front matter as metadata. The source text is the Markdown file itself;
 * marks are left out when the text is analysed, so every offset still points into the file.
 */
public final class MarkdownFileReader implements DocumentReader {
    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    @Override
    public List<RawDocument> read(Path file, String relPath) throws IOException, SkipFileException {
        return List.of(TextFileReader.readText(file, relPath, RawDocument.Format.MARKDOWN));
    }
}
