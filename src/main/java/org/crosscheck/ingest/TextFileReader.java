package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain text and Markdown files: one article per file. */
public final class TextFileReader implements DocumentReader {
    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md");
    }

    @Override
    public List<RawDocument> read(Path file, String relPath) throws IOException, SkipFileException {
        byte[] bytes = Files.readAllBytes(file);
        Decoder.Decoded decoded = Decoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new SkipFileException(bytes.length == 0 ? "empty file: skipped" : "only white space: skipped");
        }
        List<String> notes = new ArrayList<>();
        if (decoded.fallback()) {
            notes.add(Decoder.FALLBACK_NOTE);
        }
        return List.of(new RawDocument(baseName(file), relPath, decoded.text(), notes));
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
