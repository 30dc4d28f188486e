package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain text files: one article per file; a header block or front matter is read later by the layout. */
public final class TextFileReader implements DocumentReader {
    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text");
    }

    @Override
    public List<RawDocument> read(Path file, String relPath) throws IOException, SkipFileException {
        return List.of(readText(file, relPath, RawDocument.Format.PLAIN));
    }

    /** Reads a text file with the UTF-8 / windows-1252 fallback; blank files are skipped. */
    static RawDocument readText(Path file, String relPath, RawDocument.Format format)
            throws IOException, SkipFileException {
        byte[] bytes = Files.readAllBytes(file);
        Decoder.Decoded decoded = Decoder.decodeText(bytes);
        List<String> notes = new ArrayList<>();
        if (decoded.fallback()) {
            notes.add(Decoder.FALLBACK_NOTE);
        }
        return new RawDocument(baseName(file), relPath, decoded.text(), notes, Map.of(), format);
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
