package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF files: one article per file. The text layer is extracted with PDFBox (a blank line where PDFBox sees a new
 * paragraph); its hard-wrapped lines are then repaired like any hard-wrapped text. The document title and author
 * become metadata. The source text is the extracted text: offsets point into it.
 */
public final class PdfFileReader implements DocumentReader {
    public static final String NOTE = "PDF: the text is extracted from the PDF's text layer; offsets point into it";

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public List<RawDocument> read(Path file, String relPath) throws IOException, SkipFileException {
        String text;
        Map<String, String> meta = new LinkedHashMap<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            text = stripper.getText(pdf);
            PDDocumentInformation info = pdf.getDocumentInformation();
            if (info != null) {
                put(meta, "title", info.getTitle());
                put(meta, "author", info.getAuthor());
                if (info.getCreationDate() != null) {
                    put(meta, "date", info.getCreationDate().toInstant().toString().substring(0, 10));
                }
            }
        } catch (InvalidPasswordException e) {
            throw new SkipFileException("encrypted PDF (a password is needed): skipped");
        }
        if (text.isBlank()) {
            throw new SkipFileException("PDF without a text layer (a scan?): skipped");
        }
        List<String> notes = new ArrayList<>();
        notes.add(NOTE);
        return List.of(new RawDocument(TextFileReader.baseName(file), relPath, text, notes, meta,
                RawDocument.Format.PLAIN));
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }
}
