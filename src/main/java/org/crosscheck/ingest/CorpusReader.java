package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
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
        this(defaultReaders());
    }

    /** One reader per format: plain text, Markdown, HTML, JSON Lines, PDF. */
    public static List<DocumentReader> defaultReaders() {
        return List.of(new TextFileReader(), new MarkdownFileReader(), new HtmlFileReader(), new JsonLinesReader(),
                new PdfFileReader());
    }

    private static final java.util.regex.Pattern DOCUMENTATION = java.util.regex.Pattern.compile(
            "(?i)(readme|licen[cs]e|copying|changelog|notice|contributing)([._-].*)?");

    private static final String DOCUMENTATION_SKIPPED =
            "the corpus's own documentation (README, LICENSE …), not an article: skipped";

    /** A file that documents the corpus rather than being one of its articles: README.md, README.BASIL.md, LICENSE. */
    static boolean isCorpusDocumentation(Path file) {
        return DOCUMENTATION.matcher(file.getFileName().toString()).matches();
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
        List<FileProblem> problems = new ArrayList<>();
        Map<Boolean, List<Path>> byReader = files(corpusDir, problems).stream()
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .collect(java.util.stream.Collectors.partitioningBy(p -> readerFor(p) != null));
        List<Path> files = byReader.get(true);
        problems.addAll(unreadFormats(corpusDir, byReader.get(false)));
        for (FileProblem p : problems) {
            progress.warn(p.path() + ": " + p.message());
        }
        List<RawDocument> docs = new ArrayList<>();
        Set<String> manyFiles = new HashSet<>();
        progress.start("reading", files.size());
        for (Path file : files) {
            String rel = relative(corpusDir, file);
            if (isCorpusDocumentation(file)) {
                problems.add(new FileProblem(rel, DOCUMENTATION_SKIPPED, true));
                progress.warn(rel + ": " + DOCUMENTATION_SKIPPED);
                progress.step(rel);
                continue;
            }
            try {
                DocumentReader reader = readerFor(file);
                List<RawDocument> read = reader.read(file, rel, p -> {
                    String where = p.line() <= 0 ? "" : "line " + p.line()
                            + (p.column() > 0 ? ", column " + p.column() : "") + ": ";
                    problems.add(new FileProblem(rel, where + p.message(), false));
                    progress.warn(rel + (p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "")
                            : "") + ": " + p.message());
                });
                if (reader.manyPerFile()) {
                    manyFiles.add(rel);
                }
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
        return new Result(uniqueIds(prefixed(docs, manyFiles)), problems);
    }

    /**
     * Every regular file under a corpus folder, in the order of their paths relative to it. Symbolic links are
     * followed, to folders too (a corpus assembled from links to other folders reads like the folders themselves); a
     * link that leads back into a folder above it, a link to nothing and a folder that cannot be listed are added to
     * {@code problems} and skipped.
     *
     * @throws IOException when the corpus folder itself cannot be listed
     */
    public static List<Path> files(Path corpusDir, List<FileProblem> problems) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(corpusDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            out.add(file);
                        } else if (attrs.isSymbolicLink()) {
                            problems.add(new FileProblem(relative(corpusDir, file),
                                    "a symbolic link to nothing: skipped", true));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (file.equals(corpusDir)) {
                            throw e;
                        }
                        String why = e instanceof FileSystemLoopException
                                ? "a link back to a folder above it (a loop): skipped"
                                : "cannot be read (" + e.getClass().getSimpleName()
                                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): skipped";
                        problems.add(new FileProblem(relative(corpusDir, file), why, true));
                        return FileVisitResult.CONTINUE;
                    }
                });
        out.sort(Comparator.comparing(p -> relative(corpusDir, p)));
        return out;
    }

    /**
     * The files no reader takes, reported rather than dropped: one problem per extension ("notes.docx", or "a.doc and
     * 3 more .doc files"), so that a folder of annotations beside the texts gives one line, not hundreds. A README or
     * LICENSE without an extension is reported as the corpus's documentation.
     */
    static List<FileProblem> unreadFormats(Path corpusDir, List<Path> unread) {
        Map<String, List<String>> byExtension = new TreeMap<>();
        List<FileProblem> out = new ArrayList<>();
        for (Path p : unread) {
            String rel = relative(corpusDir, p);
            if (isCorpusDocumentation(p)) {
                out.add(new FileProblem(rel, DOCUMENTATION_SKIPPED, true));
            } else {
                byExtension.computeIfAbsent(extension(p), k -> new ArrayList<>()).add(rel);
            }
        }
        for (Map.Entry<String, List<String>> e : byExtension.entrySet()) {
            List<String> paths = e.getValue();
            String kind = e.getKey().isEmpty() ? "a name without an extension" : "." + e.getKey();
            String where = paths.size() == 1 ? paths.get(0)
                    : paths.get(0) + " and " + (paths.size() - 1) + " more file" + (paths.size() == 2 ? "" : "s")
                            + (e.getKey().isEmpty() ? " without an extension" : " ending in ." + e.getKey());
            out.add(new FileProblem(where, "not a format crosscheck reads (" + kind
                    + "; it reads plain text, Markdown, HTML, JSON Lines and PDF): skipped", true));
        }
        return out;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
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

    /**
     * Articles of multi-article files (JSON Lines) keep the ids the file gives them, unless several such files are
     * in the corpus: then each id is prefixed with its file ("reuters/123"), since two files may use the same ids.
     */
    private static List<RawDocument> prefixed(List<RawDocument> docs, Set<String> manyFiles) {
        if (manyFiles.size() < 2) {
            return docs;
        }
        List<RawDocument> out = new ArrayList<>();
        for (RawDocument d : docs) {
            out.add(manyFiles.contains(d.path()) ? d.withId(withoutExtension(d.path()) + "/" + d.id()) : d);
        }
        return out;
    }

    /**
     * Ids must be unique: when two files share a name (a/fox.txt, b/fox.txt) both use their relative path without
     * extension; an id that still repeats (a JSON Lines file giving one id twice) gets "#2", "#3" ….
     */
    private static List<RawDocument> uniqueIds(List<RawDocument> docs) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> perPath = new HashMap<>();
        for (RawDocument d : docs) {
            count.merge(d.id(), 1, Integer::sum);
            perPath.merge(d.path(), 1, Integer::sum);
        }
        List<RawDocument> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (RawDocument d : docs) {
            String id = d.id();
            if (count.get(id) > 1 && perPath.get(d.path()) == 1) {
                id = withoutExtension(d.path());
            }
            if (!taken.add(id)) {
                int n = 2;
                while (!taken.add(id + "#" + n)) {
                    n++;
                }
                id = id + "#" + n;
            }
            out.add(id.equals(d.id()) ? d : d.withId(id));
        }
        return out;
    }

    private static String withoutExtension(String rel) {
        int dot = rel.lastIndexOf('.');
        return dot > rel.lastIndexOf('/') + 1 ? rel.substring(0, dot) : rel;
    }
}
