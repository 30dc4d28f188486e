package org.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * The corpus model read from a Lucene index written by {@link IndexStore}. Records are read once when the model
 * is opened (they are small next to the text); full-text search runs against the index.
 */
public final class LuceneCorpusModel implements CorpusModel {
    /** Records are stored as JSON of their components only (no derived getters such as isBoilerplate). */
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<Source> sources = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<ClaimGroup> groups = new ArrayList<>();
    private final List<FileProblem> problems = new ArrayList<>();
    private final Map<String, Source> sourcesById = new HashMap<>();

    /** Opens the model over an index directory; the directory is closed with the model. */
    public LuceneCorpusModel(Directory directory) throws IOException {
        LuceneNotices.quiet();
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        load();
    }

    private void load() throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc);
                String kind = d.get(IndexStore.F_KIND);
                byte[] json = d.getBinaryValue(IndexStore.F_RECORD).bytes;
                switch (kind) {
                    case IndexStore.K_SOURCE -> sources.add(JSON.readValue(json, Source.class));
                    case IndexStore.K_SENTENCE -> sentences.add(JSON.readValue(json, Sentence.class));
                    case IndexStore.K_ENTITY -> entities.add(JSON.readValue(json, Entity.class));
                    case IndexStore.K_MENTION -> mentions.add(JSON.readValue(json, Mention.class));
                    case IndexStore.K_QUOTE -> quotes.add(JSON.readValue(json, Quote.class));
                    case IndexStore.K_CLAIM -> claims.add(JSON.readValue(json, Claim.class));
                    case IndexStore.K_GROUP -> groups.add(JSON.readValue(json, ClaimGroup.class));
                    case IndexStore.K_PROBLEM -> problems.add(JSON.readValue(json, FileProblem.class));
                    default -> { }
                }
            }
        }
        // Documents were added in corpus order, one writer thread, one segment per flush: keep that order stable.
        Map<String, Integer> order = new HashMap<>();
        sources.sort(Comparator.comparing(Source::path));
        for (int i = 0; i < sources.size(); i++) {
            order.put(sources.get(i).id(), i);
            sourcesById.put(sources.get(i).id(), sources.get(i));
        }
        Comparator<String> bySource = Comparator.comparing(s -> order.getOrDefault(s, Integer.MAX_VALUE));
        sentences.sort(Comparator.comparing(Sentence::source, bySource).thenComparingInt(Sentence::start));
        mentions.sort(Comparator.comparing(Mention::source, bySource).thenComparingInt(Mention::start));
        quotes.sort(Comparator.comparing(Quote::source, bySource).thenComparingInt(Quote::start));
        claims.sort(Comparator.comparing(Claim::source, bySource).thenComparingInt(Claim::start));
        entities.sort(Comparator.comparingInt(e -> numericSuffix(e.id())));
        groups.sort(Comparator.comparingInt(g -> numericSuffix(g.id())));
    }

    static int numericSuffix(String id) {
        int i = id.length();
        while (i > 0 && Character.isDigit(id.charAt(i - 1))) {
            i--;
        }
        return i == id.length() ? Integer.MAX_VALUE : Integer.parseInt(id.substring(i));
    }

    @Override
    public List<Source> sources() {
        return Collections.unmodifiableList(sources);
    }

    @Override
    public List<Sentence> sentences() {
        return Collections.unmodifiableList(sentences);
    }

    @Override
    public List<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    @Override
    public List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    @Override
    public List<Quote> quotes() {
        return Collections.unmodifiableList(quotes);
    }

    @Override
    public List<Claim> claims() {
        return Collections.unmodifiableList(claims);
    }

    @Override
    public List<ClaimGroup> claimGroups() {
        return Collections.unmodifiableList(groups);
    }

    @Override
    public List<FileProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    @Override
    public List<Hit> search(String queryText, int context) throws SearchSyntaxException {
        Query parsed = parse(queryText);
        Query query = new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexStore.F_KIND, IndexStore.K_SENTENCE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexStore.F_BOILERPLATE, "false")), BooleanClause.Occur.FILTER)
                .build();
        try {
            int max = Math.max(1, reader.maxDoc());
            TopDocs top = searcher.search(query, max);
            Query rewritten = searcher.rewrite(query);
            Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<Hit> hits = new ArrayList<>();
            StoredFields stored = reader.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                String sourceId = d.get(IndexStore.F_SOURCE);
                int base = d.getField(IndexStore.F_START).numericValue().intValue();
                Source source = sourcesById.get(sourceId);
                LeafReaderContext leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, reader.leaves()));
                Matches matches = weight.matches(leaf, sd.doc - leaf.docBase);
                if (matches == null) {
                    continue;
                }
                MatchesIterator it = matches.getMatches(IndexStore.F_TEXT);
                if (it == null) {
                    continue;
                }
                while (it.next()) {
                    if (it.startOffset() < 0) {
                        continue;
                    }
                    int start = base + it.startOffset();
                    int end = base + it.endOffset();
                    hits.add(kwic(source, start, end, context, sd.score));
                }
            }
            hits.sort(Comparator.comparing((Hit h) -> sources.indexOf(sourcesById.get(h.source())))
                    .thenComparingInt(Hit::start));
            return dedupe(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Hit> dedupe(List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            Hit last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.source().equals(h.source()) && last.start() == h.start() && last.end() == h.end()) {
                continue;
            }
            out.add(h);
        }
        return out;
    }

    private Query parse(String queryText) throws SearchSyntaxException {
        QueryParser parser = new QueryParser(IndexStore.F_TEXT, IndexStore.analyzer());
        parser.setAllowLeadingWildcard(true);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(queryText);
        } catch (ParseException e) {
            int column = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginColumn - 1 : -1;
            String expected = firstLine(e.getMessage());
            throw new SearchSyntaxException("not a valid search: " + expected, column, e);
        } catch (RuntimeException e) {
            // e.g. too many clauses for a wildcard
            throw new SearchSyntaxException("not a valid search: " + e.getMessage(), -1, e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A key-word-in-context line: the match and up to {@code context} characters each side, on one line. */
    static Hit kwic(Source source, int start, int end, int context, float score) {
        String text = source.text();
        int from = Math.max(0, start - context);
        int to = Math.min(text.length(), end + context);
        String left = oneLine(text.substring(from, start));
        String right = oneLine(text.substring(end, to));
        return new Hit(source.id(), left, oneLine(text.substring(start, end)), right, start, end, score);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
