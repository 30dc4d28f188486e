package org.crosscheck.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.store.LockObtainFailedException;
import org.crosscheck.annotate.CorpusBuilder;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.FileProblem;
import org.crosscheck.model.IndexStore;

/**
 * A corpus folder and its index: opens the index when it is current, and otherwise ingests the folder (the only
 * time CoreNLP is loaded) and replaces the index atomically. Nothing is ever written into the corpus folder.
 */
public final class Workspace implements AutoCloseable {
    /** Bump when ingest or annotation change what they produce, so existing indexes are rebuilt. */
    static final String PIPELINE_VERSION = "1";

    private final Path corpus;
    private final Path index;
    private final CorpusModel model;
    private final boolean rebuilt;

    private Workspace(Path corpus, Path index, CorpusModel model, boolean rebuilt) {
        this.corpus = corpus;
        this.index = index;
        this.model = model;
        this.rebuilt = rebuilt;
    }

    /**
     * @param corpusDir the folder of articles
     * @param indexDir  where the index lives, or null for {@link #defaultIndexDir(Path)}
     */
    public static Workspace open(Path corpusDir, Path indexDir, Progress progress) throws IOException {
        Path corpus = corpusDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            throw new IOException("corpus folder not found: " + corpusDir);
        }
        Path index = indexDir != null ? indexDir.toAbsolutePath().normalize() : defaultIndexDir(corpus);
        if (index.startsWith(corpus)) {
            throw new IOException("the index must not be inside the corpus folder: " + index);
        }
        String fingerprint = fingerprint(corpus);
        boolean current = IndexStore.storedFingerprint(index).map(fingerprint::equals).orElse(false);
        if (!current) {
            Corpus built = CorpusBuilder.build(corpus, progress);
            try {
                IndexStore.write(built, index, fingerprint, progress);
            } catch (LockObtainFailedException e) {
                throw new IOException("another crosscheck is writing the index " + index + "; try again when it is done", e);
            }
        }
        Workspace w = new Workspace(corpus, index, IndexStore.open(index), !current);
        if (current) {
            String reminder = problemsReminder(w.model().problems());
            if (reminder != null) {
                progress.warn(reminder);
            }
        }
        return w;
    }

    /**
     * One line that reminds, when a stored index is reopened, of the files its build skipped or read with a fallback
     * (the build reported each; a later run would otherwise say nothing), or null when there were none.
     */
    static String problemsReminder(List<FileProblem> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        long skipped = problems.stream().filter(FileProblem::skipped).count();
        long other = problems.size() - skipped;
        List<String> parts = new ArrayList<>();
        if (skipped > 0) {
            parts.add(skipped + (skipped == 1 ? " file or group of files" : " files or groups of files") + " skipped");
        }
        if (other > 0) {
            parts.add(other + (other == 1 ? " other problem" : " other problems")
                    + " (a fallback encoding, a skipped line)");
        }
        return "when this index was built: " + String.join(", ", parts) + "; `/sources` in the shell lists them";
    }

    /** {@code $XDG_CACHE_HOME/crosscheck/NAME-HASH}, or {@code ~/.cache/crosscheck/NAME-HASH}: one folder a corpus. */
    public static Path defaultIndexDir(Path corpus) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path abs = corpus.toAbsolutePath().normalize();
        try {
            abs = abs.toRealPath();
        } catch (IOException e) {
            // keep the absolute path
        }
        String name = abs.getFileName() == null ? "root" : abs.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return cache.resolve("crosscheck").resolve(name + "-" + sha256(abs.toString()).substring(0, 12));
    }

    /**
     * What the index depends on: every file's relative path, size and modification time, and the version of the
     * code that produced it. Any change means a new ingest.
     */
    static String fingerprint(Path corpus) throws IOException {
        StringBuilder b = new StringBuilder("pipeline ").append(PIPELINE_VERSION).append(' ').append(codeVersion()).append('\n');
        for (Path f : org.crosscheck.ingest.CorpusReader.files(corpus, new ArrayList<>())) {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            b.append(corpus.relativize(f)).append('\t').append(a.size()).append('\t')
                    .append(a.lastModifiedTime().toMillis()).append('\n');
        }
        return sha256(b.toString());
    }

    private static final List<String> PIPELINE_PACKAGES =
            List.of("org/crosscheck/ingest/", "org/crosscheck/annotate/", "org/crosscheck/model/");

    /**
     * A digest of the ingest, annotate and model classes (names and contents), so that a changed extraction rule
     * re-ingests: from a jar it uses the CRCs of its central directory, from a classes folder the files.
     */
    private static String codeVersion() {
        try {
            Path code = Path.of(CorpusBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(code)) {
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    jar.stream().filter(e -> PIPELINE_PACKAGES.stream().anyMatch(e.getName()::startsWith))
                            .sorted(Comparator.comparing(ZipEntry::getName))
                            .forEach(e -> md.update((e.getName() + ':' + e.getCrc() + '\n').getBytes(StandardCharsets.UTF_8)));
                }
            } else {
                for (String pkg : PIPELINE_PACKAGES) {
                    Path dir = code.resolve(pkg);
                    if (!Files.isDirectory(dir)) {
                        continue;
                    }
                    try (Stream<Path> walk = Files.walk(dir)) {
                        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                            md.update(code.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                            try (InputStream in = Files.newInputStream(p)) {
                                md.update(in.readAllBytes());
                            }
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
            return "unknown";
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public CorpusModel model() {
        return model;
    }

    public Path corpus() {
        return corpus;
    }

    public Path index() {
        return index;
    }

    /** True when this open ingested the corpus (the index was missing or stale). */
    public boolean rebuilt() {
        return rebuilt;
    }

    @Override
    public void close() {
        model.close();
    }
}
