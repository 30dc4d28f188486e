package org.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
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
import org.apache.lucene.util.BytesRef;

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
    /** Each kind of record is read on first use, once: a query about sources does not pay for mentions. */
    private final Lazy<List<Source>> sources;
    private final Lazy<Map<String, Integer>> sourceOrder;
    private final Lazy<Map<String, Source>> sourcesById;
    private final Lazy<List<Sentence>> sentences;
    private final Lazy<List<Entity>> entities;
    private final Lazy<List<Mention>> mentions;
    private final Lazy<List<Quote>> quotes;
    private final Lazy<List<Claim>> claims;
    private final Lazy<List<ClaimGroup>> groups;
    private final Lazy<List<FileProblem>> problems;

    /** Opens the model over an index directory; the directory is closed with the model. */
    public LuceneCorpusModel(Directory directory) throws IOException {
        LuceneNotices.quiet();
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        sources = new Lazy<>(() -> {
            List<Source> list = new ArrayList<>(read(IndexStore.K_SOURCE, Source.class));
            list.sort(Comparator.comparing(Source::path));
            return List.copyOf(list);
        });
        sourceOrder = new Lazy<>(() -> {
            Map<String, Integer> order = new HashMap<>();
            List<Source> list = sources.get();
            for (int i = 0; i < list.size(); i++) {
                order.put(list.get(i).id(), i);
            }
            return order;
        });
        sourcesById = new Lazy<>(() -> {
            Map<String, Source> byId = new HashMap<>();
            sources.get().forEach(s -> byId.put(s.id(), s));
            return byId;
        });
        sentences = new Lazy<>(() -> sorted(read(IndexStore.K_SENTENCE, Sentence.class),
                Comparator.comparing(Sentence::source, bySource()).thenComparingInt(Sentence::start)));
        entities = new Lazy<>(() -> sorted(read(IndexStore.K_ENTITY, Entity.class),
                Comparator.comparingInt(e -> numericSuffix(e.id()))));
        mentions = new Lazy<>(() -> sorted(read(IndexStore.K_MENTION, Mention.class),
                Comparator.comparing(Mention::source, bySource()).thenComparingInt(Mention::start)));
        quotes = new Lazy<>(() -> sorted(read(IndexStore.K_QUOTE, Quote.class),
                Comparator.comparing(Quote::source, bySource()).thenComparingInt(Quote::start)));
        claims = new Lazy<>(() -> sorted(read(IndexStore.K_CLAIM, Claim.class),
                Comparator.comparing(Claim::source, bySource()).thenComparingInt(Claim::start)));
        groups = new Lazy<>(() -> sorted(read(IndexStore.K_GROUP, ClaimGroup.class),
                Comparator.comparingInt(g -> numericSuffix(g.id()))));
        problems = new Lazy<>(() -> List.copyOf(read(IndexStore.K_PROBLEM, FileProblem.class)));
    }

    /** A value computed once, on first use, by whichever thread asks first. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> supplier;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = supplier.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    private Comparator<String> bySource() {
        Map<String, Integer> order = sourceOrder.get();
        return Comparator.comparing(s -> order.getOrDefault(s, Integer.MAX_VALUE));
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
    }

    /** Every stored record of one kind, in index order. */
    private <T> List<T> read(String kind, Class<T> type) {
        try {
            List<T> out = new ArrayList<>();
            Query query = new TermQuery(new Term(IndexStore.F_KIND, kind));
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : reader.leaves()) {
                org.apache.lucene.search.Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                org.apache.lucene.search.DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc, java.util.Set.of(IndexStore.F_RECORD));
                    out.add(JSON.readValue(d.getBinaryValue(IndexStore.F_RECORD).bytes, type));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int numericSuffix(String id) {
        int i = id.length();
        while (i > 0 && Character.isDigit(id.charAt(i - 1))) {
            i--;
        }
        return i == id.length() ? Integer.MAX_VALUE : Integer.parseInt(id.substring(i));
    }

    @Override
    public int sourceCount() {
        try {
            return searcher.count(new TermQuery(new Term(IndexStore.F_KIND, IndexStore.K_SOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void warmUp() {
        sources();
        entities();
        sentences();
        mentions();
        quotes();
        claims();
        claimGroups();
    }

    @Override
    public List<Source> sources() {
        return sources.get();
    }

    @Override
    public List<Sentence> sentences() {
        return sentences.get();
    }

    @Override
    public List<Entity> entities() {
        return entities.get();
    }

    @Override
    public List<Mention> mentions() {
        return mentions.get();
    }

    @Override
    public List<Quote> quotes() {
        return quotes.get();
    }

    @Override
    public List<Claim> claims() {
        return claims.get();
    }

    @Override
    public List<ClaimGroup> claimGroups() {
        return groups.get();
    }

    @Override
    public List<FileProblem> problems() {
        return problems.get();
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
                Source source = sourcesById.get().get(sourceId);
                LeafReaderContext leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, reader.leaves()));
                Matches matches = weight.matches(leaf, sd.doc - leaf.docBase);
                if (matches == null) {
                    continue;
                }
                MatchesIterator it = matches.getMatches(IndexStore.F_TEXT);
                if (it == null) {
                    continue;
                }
                int[][] offsets = null;
                while (it.next()) {
                    int from = it.startOffset();
                    int to = it.endOffset();
                    if (from < 0 && it.startPosition() >= 0) {
                        // a widened interval ("Chinese *") knows its positions but not its offsets: take the offsets
                        // of the tokens at those positions
                        if (offsets == null) {
                            int sentenceEnd = d.getField(IndexStore.F_END).numericValue().intValue();
                            offsets = tokenOffsets(source.text().substring(base, sentenceEnd));
                        }
                        if (it.startPosition() < offsets.length && it.endPosition() < offsets.length) {
                            from = offsets[it.startPosition()][0];
                            to = offsets[it.endPosition()][1];
                        }
                    }
                    if (from < 0) {
                        continue;
                    }
                    hits.add(kwic(source, base + from, base + to, context, sd.score));
                }
            }
            hits.sort(Comparator.comparing((Hit h) -> sourceOrder.get().getOrDefault(h.source(), Integer.MAX_VALUE))
                    .thenComparingInt(Hit::start));
            return dedupe(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For each token position of a sentence as the index analyses it, its start and end offsets. */
    static int[][] tokenOffsets(String text) {
        List<int[]> out = new ArrayList<>();
        try (TokenStream ts = IndexStore.analyzer().tokenStream(IndexStore.F_TEXT, text)) {
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                while (out.size() <= pos) {
                    out.add(new int[] {off.startOffset(), off.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toArray(int[][]::new);
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
        QueryParser parser = new WildPhraseParser(IndexStore.F_TEXT, IndexStore.analyzer());
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

    /**
     * The classic query parser, except that a quoted phrase with a {@code *} word ("Chinese *": any one word there)
     * or a wildcard inside a word ("Chin* citizens") becomes an interval query: the classic parser would drop the
     * {@code *}. A match spans the whole phrase, wildcard words included.
     */
    static final class WildPhraseParser extends QueryParser {
        /** The most terms one wildcard word inside a phrase may stand for. */
        static final int MAX_EXPANSIONS = 1024;

        WildPhraseParser(String field, Analyzer analyzer) {
            super(field, analyzer);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (quoted && hasWildcard(queryText)) {
                return new IntervalQuery(field, intervals(field, queryText, 0));
            }
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            if (hasWildcard(queryText)) {
                return new IntervalQuery(field, intervals(field, queryText, slop));
            }
            return super.getFieldQuery(field, queryText, slop);
        }

        private static boolean hasWildcard(String text) {
            return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
        }

        /** The phrase's words in order; each run of '*' words widens its neighbour by that many positions. */
        private IntervalsSource intervals(String field, String phrase, int slop) throws ParseException {
            List<IntervalsSource> parts = new ArrayList<>();
            int pendingBefore = 0;
            for (String word : phrase.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (word.chars().allMatch(c -> c == '*')) {
                    if (parts.isEmpty()) {
                        pendingBefore++;
                    } else {
                        int last = parts.size() - 1;
                        parts.set(last, Intervals.extend(parts.get(last), 0, 1));
                    }
                    continue;
                }
                List<IntervalsSource> here = new ArrayList<>();
                if (hasWildcard(word)) {
                    String normal = getAnalyzer().normalize(field, word).utf8ToString();
                    here.add(Intervals.wildcard(new BytesRef(normal), MAX_EXPANSIONS));
                } else {
                    for (String t : analyze(field, word)) {
                        here.add(Intervals.term(t));
                    }
                }
                if (here.isEmpty()) {
                    continue;
                }
                IntervalsSource part = here.size() == 1 ? here.get(0) : Intervals.phrase(here.toArray(IntervalsSource[]::new));
                if (pendingBefore > 0) {
                    part = Intervals.extend(part, pendingBefore, 0);
                    pendingBefore = 0;
                }
                parts.add(part);
            }
            if (parts.isEmpty()) {
                throw new ParseException("a phrase needs a word besides *: \"" + phrase + "\"");
            }
            IntervalsSource[] array = parts.toArray(IntervalsSource[]::new);
            if (slop > 0) {
                return Intervals.maxgaps(slop, Intervals.ordered(array));
            }
            return array.length == 1 ? array[0] : Intervals.phrase(array);
        }

        private List<String> analyze(String field, String word) throws ParseException {
            List<String> out = new ArrayList<>();
            try (TokenStream ts = getAnalyzer().tokenStream(field, word)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(term.toString());
                }
                ts.end();
            } catch (IOException e) {
                throw new ParseException("cannot read \"" + word + "\": " + e.getMessage());
            }
            return out;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * A key-word-in-context line: the match and up to {@code context} characters each side, on one line. A match
     * that starts or ends inside a hyphenated word is widened to the whole word: the index splits "same-sex" into two
     * words, so {@code search "* marriage"} matches "sex marriage", and a reader (and {@code group by match}) wants
     * "same-sex marriage".
     */
    static Hit kwic(Source source, int start, int end, int context, float score) {
        String text = source.text();
        while (start >= 2 && isHyphen(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start - 2))) {
            start -= 2;
            while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                start--;
            }
        }
        while (end + 1 < text.length() && isHyphen(text.charAt(end)) && Character.isLetterOrDigit(text.charAt(end + 1))) {
            end += 2;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
        }
        int from = Math.max(0, start - context);
        int to = Math.min(text.length(), end + context);
        String left = oneLine(text.substring(from, start));
        String right = oneLine(text.substring(end, to));
        return new Hit(source.id(), left, oneLine(text.substring(start, end)), right, start, end, score);
    }

    /** A hyphen inside a word (not a dash between words or numbers: "2013–2022"). */
    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
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
