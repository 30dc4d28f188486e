package org.crosscheck.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.model.FileProblem;

/**
 * Walks a corpus folder (recursively, in path order) and reads every file some {@link DocumentReader} accepts.
 * Files that cannot be read are reported and skipped; the rest go on.
 */
public final class CorpusReader {
    /** What was read, and what was reported on the way. */
    public record Result(List<RawDocument> documents, List<FileProblem> problems) {
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    private final List<DocumentReader> readers;

    public CorpusReader() {
        this(List.of(new TextFileReader()));
    }

    public CorpusReader(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * @throws IOException when the folder itself cannot be listed
     */
    public Result read(Path corpusDir, Progress progress) throws IOException {
        if (!Files.isDirectory(corpusDir)) {
            throw new IOException("not a folder: " + corpusDir);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpusDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> readerFor(p) != null)
                    .sorted((a, b) -> relative(corpusDir, a).compareTo(relative(corpusDir, b)))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<RawDocument> docs = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        progress.start("reading", files.size());
        for (Path file : files) {
            String rel = relative(corpusDir, file);
            try {
                List<RawDocument> read = readerFor(file).read(file, rel);
                for (RawDocument d : read) {
                    for (String note : d.notes()) {
                        if (note.equals(Decoder.FALLBACK_NOTE)) {
                            problems.add(new FileProblem(rel, note, false));
                            progress.warn(rel + ": " + note);
                        }
                    }
                }
                docs.addAll(read);
            } catch (DocumentReader.SkipFileException e) {
                problems.add(new FileProblem(rel, e.getMessage(), true));
                progress.warn(rel + ": " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                String msg = "unreadable (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): skipped";
                problems.add(new FileProblem(rel, msg, true));
                progress.warn(rel + ": " + msg);
            }
            progress.step(rel);
        }
        progress.done();
        return new Result(uniqueIds(docs), problems);
    }

    private DocumentReader readerFor(Path file) {
        for (DocumentReader r : readers) {
            if (r.accepts(file)) {
                return r;
            }
        }
        return null;
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** Ids must be unique: when two files share a name (a/fox.txt, b/fox.txt) both use their relative path. */
    private static List<RawDocument> uniqueIds(List<RawDocument> docs) {
        Map<String, Integer> count = new HashMap<>();
        for (RawDocument d : docs) {
            count.merge(d.id(), 1, Integer::sum);
        }
        List<RawDocument> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RawDocument d : docs) {
            String id = d.id();
            if (count.get(id) > 1) {
                String rel = d.path();
                int dot = rel.lastIndexOf('.');
                id = dot > rel.lastIndexOf('/') + 1 ? rel.substring(0, dot) : rel;
                if (!id.equals(d.id()) && seen.containsKey(id)) {
                    id = id + "#" + (seen.get(id) + 1);
                }
                if (seen.containsKey(id)) {
                    id = id + "#" + (seen.get(id) + 1);
                }
            }
            seen.merge(id, 1, Integer::sum);
            out.add(id.equals(d.id()) ? d : new RawDocument(id, d.path(), d.text(), d.notes()));
        }
        return out;
    }
}
