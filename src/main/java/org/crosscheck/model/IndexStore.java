package org.crosscheck.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes a {@link Corpus} as a Lucene index and opens it again as a {@link CorpusModel}.
 *
 * <p>Every record is one document: a {@code kind} field, the fields queries filter on ({@code source},
 * {@code start}, {@code end}), the sentence text indexed with positions and offsets for full-text search, and the
 * record itself stored as JSON. A write replaces the whole index in ONE commit, whose user data carries the corpus
 * fingerprint: an interrupted write leaves the previous commit, and so the previous model, usable.
 */
public final class IndexStore {
    static final String F_KIND = "kind";
    static final String F_RECORD = "record";
    static final String F_SOURCE = "source";
    static final String F_START = "start";
    static final String F_END = "end";
    static final String F_TEXT = "text";
    static final String F_BOILERPLATE = "boilerplate";
    static final String K_SOURCE = "source";
    static final String K_SENTENCE = "sentence";
    static final String K_ENTITY = "entity";
    static final String K_MENTION = "mention";
    static final String K_QUOTE = "quote";
    static final String K_CLAIM = "claim";
    static final String K_GROUP = "group";
    static final String K_PROBLEM = "problem";
    /** Commit user-data key holding the corpus fingerprint. */
    public static final String FINGERPRINT = "crosscheck.fingerprint";

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

    static {
        LuceneNotices.quiet();
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.setStored(false);
        TEXT_WITH_OFFSETS.freeze();
    }

    private IndexStore() {
    }

    /**
     * The analyzer of the full-text field: Unicode word boundaries, possessive 's dropped, lower case, accents folded (so
     * {@code Zelenskyy~} and {@code "bank cards"} match as a reader expects), no stemming, no stop words.
     */
    public static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer); // Kyiv's, Kyiv’s: found by kyiv
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                // wildcard, prefix and fuzzy terms are not analysed, only normalised: the same case and folding
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The fingerprint stored with the index at {@code dir}, if there is a committed index there. */
    public static Optional<String> storedFingerprint(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) {
                return Optional.empty();
            }
            // the commit's user data, without opening the segments
            return Optional.ofNullable(SegmentInfos.readLatestCommit(d).getUserData().get(FINGERPRINT));
        } catch (IndexNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: treat as absent, the caller rebuilds it
        }
    }

    /** Replaces the index at {@code dir} with {@code corpus}, in one commit. */
    public static void write(Corpus corpus, Path dir, String fingerprint, org.crosscheck.ingest.Progress progress)
            throws IOException {
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false); // only the explicit commit below may replace the previous index
        progress.start("indexing", 8);
        try (Directory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config)) {
            Map<String, String> texts = new HashMap<>();
            for (Source s : corpus.sources()) {
                w.addDocument(doc(K_SOURCE, s, s.id(), 0, s.text().length()));
                texts.put(s.id(), s.text());
            }
            progress.step("sources");
            for (Sentence s : corpus.sentences()) {
                Document doc = doc(K_SENTENCE, s, s.source(), s.start(), s.end());
                String text = texts.get(s.source());
                if (text == null) {
                    throw new IllegalArgumentException("sentence of unknown source " + s.source());
                }
                String original = text.substring(s.start(), s.end());
                doc.add(new Field(F_TEXT, original, TEXT_WITH_OFFSETS));
                doc.add(new StringField(F_BOILERPLATE, Boolean.toString(s.isBoilerplate()), Field.Store.NO));
                w.addDocument(doc);
            }
            progress.step("sentences");
            for (Entity e : corpus.entities()) {
                w.addDocument(doc(K_ENTITY, e, null, 0, 0));
            }
            progress.step("entities");
            for (Mention m : corpus.mentions()) {
                w.addDocument(doc(K_MENTION, m, m.source(), m.start(), m.end()));
            }
            progress.step("mentions");
            for (Quote q : corpus.quotes()) {
                w.addDocument(doc(K_QUOTE, q, q.source(), q.start(), q.end()));
            }
            progress.step("quotes");
            for (Claim c : corpus.claims()) {
                w.addDocument(doc(K_CLAIM, c, c.source(), c.start(), c.end()));
            }
            progress.step("claims");
            for (ClaimGroup g : corpus.groups()) {
                w.addDocument(doc(K_GROUP, g, null, 0, 0));
            }
            progress.step("claim groups");
            for (FileProblem p : corpus.problems()) {
                w.addDocument(doc(K_PROBLEM, p, null, 0, 0));
            }
            progress.step("problems");
            w.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
            w.forceMerge(1); // one segment keeps documents in the order they were added
            w.commit();
        } catch (IOException | RuntimeException | Error e) {
            progress.done();
            throw e; // the writer closes without committing: the previous commit stays the index
        }
        progress.done();
    }

    private static Document doc(String kind, Object record, String source, int start, int end) {
        Document doc = new Document();
        doc.add(new StringField(F_KIND, kind, Field.Store.YES));
        try {
            doc.add(new StoredField(F_RECORD, LuceneCorpusModel.JSON.writeValueAsBytes(record)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (source != null) {
            doc.add(new StringField(F_SOURCE, source, Field.Store.YES));
            doc.add(new IntPoint(F_START, start));
            doc.add(new StoredField(F_START, start));
            doc.add(new IntPoint(F_END, end));
            doc.add(new StoredField(F_END, end));
        }
        return doc;
    }

    /** Opens the model stored at {@code dir}. */
    public static CorpusModel open(Path dir) throws IOException {
        return new LuceneCorpusModel(FSDirectory.open(dir));
    }
}
