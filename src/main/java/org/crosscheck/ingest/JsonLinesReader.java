package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * JSON Lines: one article per line, a JSON object with {@code id}, {@code title}, {@code text}, {@code outlet},
 * {@code date}, {@code url}; every other field is kept as metadata (lists joined with ", "). The source text is the
 * {@code text} field. A line that is not a JSON object is reported with its line and column and skipped; lines
 * with an empty text are counted, reported once, and skipped; the rest are read.
 */
public final class JsonLinesReader implements DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Field names read as the text when there is no "text" field. */
    private static final List<String> TEXT_FIELDS = List.of("text", "body", "content");

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public boolean manyPerFile() {
        return true;
    }

    @Override
    public List<RawDocument> read(Path file, String relPath) throws IOException, SkipFileException {
        return read(file, relPath, p -> { });
    }

    @Override
    public List<RawDocument> read(Path file, String relPath, Consumer<Problem> problems)
            throws IOException, SkipFileException {
        byte[] bytes = Files.readAllBytes(file);
        Decoder.Decoded decoded = Decoder.decodeText(bytes);
        List<String> fileNotes = new ArrayList<>();
        if (decoded.fallback()) {
            fileNotes.add(Decoder.FALLBACK_NOTE);
        }
        String base = TextFileReader.baseName(file);
        String text = decoded.text();
        List<RawDocument> out = new ArrayList<>();
        int emptyCount = 0;
        int firstEmpty = 0;
        int lineNo = 0;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lineNo++;
            String line = text.substring(start, end);
            start = end + 1;
            if (line.isBlank()) {
                if (nl < 0) {
                    break;
                }
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String what = e.getOriginalMessage();
                int cut = what.indexOf('\n');
                problems.accept(new Problem(lineNo, at == null ? 0 : Math.max(1, at.getColumnNr()),
                        "not valid JSON (" + (cut < 0 ? what : what.substring(0, cut)) + "): line skipped"));
                continue;
            }
            if (node == null || !node.isObject()) {
                problems.accept(new Problem(lineNo, 1, "expected a JSON object {…}, found "
                        + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT))
                        + ": line skipped"));
                continue;
            }
            String body = null;
            for (String f : TEXT_FIELDS) {
                JsonNode t = node.get(f);
                if (t != null && t.isTextual()) {
                    body = t.asText();
                    break;
                }
            }
            if (body == null || body.isBlank()) {
                if (emptyCount++ == 0) {
                    firstEmpty = lineNo;
                }
                continue;
            }
            Map<String, String> meta = new LinkedHashMap<>();
            node.properties().forEach(en -> {
                String key = en.getKey().toLowerCase(Locale.ROOT);
                if (TEXT_FIELDS.contains(key) || key.equals("id")) {
                    return;
                }
                String v = value(en.getValue());
                if (v != null && !v.isBlank()) {
                    meta.put(key, v);
                }
            });
            JsonNode idNode = node.get("id");
            String id = idNode == null || idNode.isNull() || value(idNode).isBlank() ? base + "-" + lineNo
                    : value(idNode).strip();
            List<String> notes = new ArrayList<>(fileNotes);
            notes.add("JSON Lines: line " + lineNo + " of " + relPath + "; offsets point into its text field");
            out.add(new RawDocument(id, relPath, body, notes, meta, RawDocument.Format.PLAIN));
            if (nl < 0) {
                break;
            }
        }
        if (emptyCount > 0) {
            problems.accept(new Problem(firstEmpty, 0, emptyCount + (emptyCount == 1 ? " line has" : " lines have")
                    + " no text (first at line " + firstEmpty + "): skipped"));
        }
        if (out.isEmpty()) {
            throw new SkipFileException("no line with an article text: skipped");
        }
        return out;
    }

    private static String value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(x -> {
                String s = value(x);
                if (s != null && !s.isBlank()) {
                    items.add(s);
                }
            });
            return String.join(", ", items);
        }
        return v.toString();
    }
}
