package org.crosscheck.query.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.Column;
import org.crosscheck.query.Passage;
import org.crosscheck.query.Provenance;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;

/**
 * How each source renders one quotation: the quotes that contain a phrase, with the renderings of the same words
 * elsewhere, each compared word by word with the most common rendering.
 *
 * <p>kind: {@code verbatim} (the same words), {@code trimmed} (a continuous part of the common rendering, or it
 * of this one), {@code reworded} (at least half the words kept in order), {@code paraphrase} (fewer).
 */
public final class QuoteVariants {
    /** Share of the shorter quote's words found in the other for a quote without the phrase to join the group. */
    static final double JOIN = 0.6;
    static final int MIN_JOIN_WORDS = 4;
    /**
     * Content words a quote without the phrase must share with one that has it: a short quote whose two content
     * words ("agenda", "about") also stand in a long one is not a rendering of it.
     */
    static final int MIN_SHARED = 3;

    private QuoteVariants() {
    }

    /** Lower-case words without punctuation, with typographic quotes and dashes made plain. */
    static List<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'');
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(s)) {
            int from = 0;
            int to = w.length();
            while (from < to && w.charAt(from) == '\'') {
                from++;
            }
            while (to > from && w.charAt(to - 1) == '\'') {
                to--;
            }
            if (from < to) {
                out.add(w.substring(from, to));
            }
        }
        return out;
    }

    /** What parts words: anything but a letter, a digit or an apostrophe (compiled once, not at every call). */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    /**
     * The sources whose reporting sentences have the phrase's words in a row, as {@link #group(Quotes, String)} looks
     * for them in quotes: where a phrase no quote holds stands all the same.
     */
    public static SortedSet<String> sourcesHolding(CorpusModel model, String phrase, Cancel cancel) {
        return sourcesHolding(new Prepared(model), phrase, cancel);
    }

    /** As {@link #sourcesHolding(CorpusModel, String, Cancel)}, with the sentences' words kept by {@code prepared}. */
    public static SortedSet<String> sourcesHolding(Prepared prepared, String phrase, Cancel cancel) {
        SortedSet<String> out = new TreeSet<>();
        List<String> p = bases(words(phrase));
        if (p.isEmpty()) {
            return out;
        }
        List<Sentence> sentences = prepared.model().sentences();
        List<List<String>> based = prepared.sentenceBases(cancel);
        for (int i = 0; i < sentences.size(); i++) {
            cancel.check();
            if (Collections.indexOfSubList(based.get(i), p) >= 0) {
                out.add(sentences.get(i).source());
            }
        }
        return out;
    }

    /**
     * Words with their possessive ending taken off ("obama's" → "obama", "troops'" → "troops") and then their plural
     * ending (Lucene's minimal English stemmer: "environmentalists" → "environmentalist", "policies" → "policy"), so
     * that a phrase finds the quotation in the singular or the plural, as a search would. Used only to look a phrase
     * up; the renderings are compared and diffed word for word as written.
     */
    static List<String> bases(List<String> words) {
        return stem(words);
    }

    /**
     * As {@link #bases(List)}, each word looked up once in {@code memo}: the words hold no white space, so each
     * gives the same base whether it is stemmed alone or in a row with others.
     */
    static List<String> bases(List<String> words, Map<String, List<String>> memo) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.addAll(memo.computeIfAbsent(w, x -> stem(List.of(x))));
        }
        return out;
    }

    private static List<String> stem(List<String> words) {
        StringBuilder joined = new StringBuilder();
        for (String w : words) {
            String b = w.endsWith("'s") && w.length() > 2 ? w.substring(0, w.length() - 2)
                    : w.endsWith("'") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
            joined.append(b).append(' ');
        }
        // the words hold no white space, so the tokenizer gives them back one for one
        List<String> out = new ArrayList<>(words.size());
        try (TokenStream ts = SINGULAR.tokenStream("", joined.toString())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string is read in memory: no I/O can fail
        }
        return out;
    }

    /** White space apart, then Lucene's minimal English stemmer, which takes off plural endings only. */
    private static final Analyzer SINGULAR = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new WhitespaceTokenizer();
            return new TokenStreamComponents(words, new EnglishMinimalStemFilter(words));
        }
    };

    /** Function words: two quotes sharing only these ("the", "we", "in the") are not renderings of each other. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "but",
            "by", "for", "from", "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its",
            "me", "my", "no", "not", "of", "on", "or", "our", "she", "so", "such", "that", "the", "their", "them",
            "then", "there", "these", "they", "this", "those", "to", "us", "was", "we", "were", "what", "which",
            "who", "will", "with", "would", "you", "your");

    /** Quotes of the group that the phrase picks out, in corpus order; empty when no quote has the phrase. */
    public static List<Quote> group(CorpusModel model, String phrase) {
        return group(new Prepared(model).quotes(new Cancel()), phrase);
    }

    /**
     * The corpus's quotes, and for each reported clause that holds words in quotation marks ("Zelensky said Ukraine
     * had evidence that “many more Chinese citizens” were fighting"), those quoted words as a partial quote of the
     * same speaker and cue. The quotes table counts such a report once; a comparison of renderings wants the words
     * the source puts in quotation marks, so {@link #oneRenderingPerPassage} can prefer them to the paraphrase.
     */
    public static List<Quote> renderings(CorpusModel model) {
        return renderings(model, new Cancel());
    }

    static List<Quote> renderings(CorpusModel model, Cancel cancel) {
        Map<String, String> texts = new HashMap<>();
        model.sources().forEach(s -> texts.put(s.id(), s.text()));
        List<Quote> out = new ArrayList<>();
        Set<String> spans = new HashSet<>();
        for (Quote q : model.quotes()) {
            spans.add(q.source() + ":" + q.start() + ":" + q.end());
        }
        for (Quote q : model.quotes()) {
            cancel.check();
            out.add(q);
            String text = texts.get(q.source());
            if ("indirect".equals(q.kind()) && text != null) {
                for (Quote part : quotedParts(q, text)) {
                    // the quotes table may hold those words already as a partial quote of their own
                    if (!spans.contains(part.source() + ":" + part.start() + ":" + part.end())) {
                        out.add(part);
                    }
                }
            }
        }
        return out;
    }

    private static final String OPENING = "\u201C\"";
    private static final String CLOSING = "\u201D\"";

    /** The spans in quotation marks inside a reported clause, of two words or more, as partial quotes. */
    static List<Quote> quotedParts(Quote q, String text) {
        List<Quote> out = new ArrayList<>();
        int end = Math.min(q.end(), text.length());
        int i = Math.max(0, q.start());
        while (i < end) {
            if (OPENING.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < end; j++) {
                char c = text.charAt(j);
                if (CLOSING.indexOf(c) >= 0 && (c != '"' || j + 1 >= text.length()
                        || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                break;
            }
            String inner = text.substring(i + 1, close).replaceAll("\\s+", " ").strip();
            if (words(inner).size() >= 2) {
                out.add(new Quote(q.id() + "/" + (out.size() + 1), q.source(), q.speaker(), q.speakerEntity(),
                        inner.replace('\u2019', '\''), i, close + 1, "partial", q.cue(), q.channel(), q.sentence(),
                        "words in quotation marks inside a reported clause; " + q.why(),
                        q.speakerStart(), q.speakerEnd(), q.cueStart(), q.cueEnd()));
            }
            i = close + 1;
        }
        return out;
    }

    /**
     * The quotes of a corpus prepared for grouping many phrases: the words of each quote, its content words, and
     * which quotes use each word. {@link #group(Quotes, String)} then looks only at the quotes that share a word with
     * the phrase's quotes, so grouping every quote of a corpus is not quadratic.
     */
    public static final class Quotes {
        final List<Quote> quotes;
        final List<List<String>> words = new ArrayList<>();
        final List<Set<String>> content = new ArrayList<>();
        final Map<String, List<Integer>> byWord = new HashMap<>();
        /** Each quote's words without possessive endings, and which quotes use each: where a phrase is looked up. */
        final List<List<String>> bases = new ArrayList<>();
        final Map<String, List<Integer>> byBase = new HashMap<>();

        public Quotes(List<Quote> quotes) {
            this(quotes, new Cancel());
        }

        Quotes(List<Quote> quotes, Cancel cancel) {
            this.quotes = List.copyOf(quotes);
            Map<String, List<String>> memo = new HashMap<>();
            for (int i = 0; i < this.quotes.size(); i++) {
                cancel.check();
                List<String> w = words(this.quotes.get(i).text());
                words.add(w);
                List<String> b = bases(w, memo);
                bases.add(b);
                for (String x : new HashSet<>(b)) {
                    byBase.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
                }
                Set<String> c = new HashSet<>(w);
                c.removeAll(FUNCTION_WORDS);
                c.removeIf(Keyness.FUNCTION_WORDS::contains);
                content.add(c);
                names.add(capitalised(this.quotes.get(i).text()));
                for (String x : new HashSet<>(w)) {
                    byWord.computeIfAbsent(x, k -> new ArrayList<>()).add(i);
                }
            }
            Map<String, List<Integer>> bySource = new HashMap<>();
            for (int i = 0; i < this.quotes.size(); i++) {
                bySource.computeIfAbsent(this.quotes.get(i).source(), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> l : bySource.values()) {
                cancel.check();
                l.sort(java.util.Comparator.comparingInt(i -> this.quotes.get(i).start()));
                for (int k = 0; k < l.size(); k++) {
                    Quote q = this.quotes.get(l.get(k));
                    // the first quote after this one ends (a partial quote inside it overlaps it and is passed over)
                    for (int j = k + 1; j < l.size(); j++) {
                        if (this.quotes.get(l.get(j)).start() >= q.end()) {
                            after.put(l.get(k), l.get(j));
                            before.merge(l.get(j), l.get(k), (old, cur) ->
                                    this.quotes.get(cur).end() > this.quotes.get(old).end() ? cur : old);
                            break;
                        }
                    }
                }
            }
        }

        /**
         * Each quote's words written with a capital inside a sentence ("AARP", "Social", "Security"): the names of the
         * story, which most of its quotations share.
         */
        final List<Set<String>> names = new ArrayList<>();

        /** For each quote, the next quote of its source that starts after it ends, and the reverse. */
        final Map<Integer, Integer> after = new HashMap<>();
        final Map<Integer, Integer> before = new HashMap<>();
    }

    /** As {@link #group(CorpusModel, String)}, over prepared quotes: the same quotes, in the same order. */
    public static List<Quote> group(Quotes index, String phrase) {
        return group(index, phrase, new Cancel());
    }

    /** As {@link #group(Quotes, String)}, stopping when {@code cancel} is set. */
    public static List<Quote> group(Quotes index, String phrase, Cancel cancel) {
        return pick(index, phrase, cancel).group();
    }

    /**
     * The quote group a phrase picks out, and the quotations holding the phrase that are left out of it because they
     * are no rendering of the group's quotation (the phrase is in two different statements: "But I am also a black
     * man" and "was shot and killed by a black man").
     */
    record Picked(List<Quote> group, List<Quote> elsewhere) {
    }

    static Picked pick(Quotes index, String phrase) {
        return pick(index, phrase, new Cancel());
    }

    static Picked pick(Quotes index, String phrase, Cancel cancel) {
        // "war of Obama" finds "a war of Obama's choosing": a possessive ending is no other word
        List<String> p = bases(words(phrase));
        if (p.isEmpty()) {
            return new Picked(List.of(), List.of());
        }
        // the quotes holding the phrase hold its rarest word
        List<Integer> holding = null;
        for (String w : new HashSet<>(p)) {
            List<Integer> l = index.byBase.getOrDefault(w, List.of());
            if (holding == null || l.size() < holding.size()) {
                holding = l;
            }
        }
        java.util.TreeSet<Integer> anchors = new java.util.TreeSet<>();
        for (int i : holding) {
            if (Collections.indexOfSubList(index.bases.get(i), p) >= 0) {
                anchors.add(i);
            }
        }
        if (anchors.isEmpty()) {
            return new Picked(List.of(), List.of());
        }
        List<Integer> left = oneQuotation(index, anchors, cancel);
        anchors.removeAll(left);
        // a quote that shares no content word with an anchor has containment 0 with it: only the others are tried
        java.util.TreeSet<Integer> members = new java.util.TreeSet<>(anchors);
        // nor does one sharing fewer than MIN_SHARED: each quote's shared words with an anchor are counted on the lists
        // of quotes by word, and only those reaching MIN_SHARED with some anchor are compared
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
        int[] shared = new int[index.quotes.size()];
        List<Integer> counted = new ArrayList<>();
        for (int a : anchors) {
            cancel.check();
            if (index.words.get(a).size() < MIN_JOIN_WORDS) {
                continue;
            }
            for (String w : index.content.get(a)) {
                for (int q : index.byWord.getOrDefault(w, List.of())) {
                    if (shared[q]++ == 0) {
                        counted.add(q);
                    }
                    if (shared[q] == MIN_SHARED) {
                        candidates.add(q);
                    }
                }
            }
            for (int q : counted) {
                shared[q] = 0;
            }
            counted.clear();
        }
        for (int q : candidates) {
            cancel.check();
            if (members.contains(q) || index.words.get(q).size() < MIN_JOIN_WORDS) {
                continue;
            }
            for (int a : anchors) {
                if (renders(index, q, a)) {
                    members.add(q);
                    break;
                }
            }
        }
        members.removeAll(left);
        addContinuations(index, members, cancel);
        List<Quote> out = new ArrayList<>();
        for (int i : members) {
            out.add(index.quotes.get(i));
        }
        List<Quote> elsewhere = new ArrayList<>();
        for (int i : left) {
            elsewhere.add(index.quotes.get(i));
        }
        return new Picked(oneRenderingPerPassage(out), oneRenderingPerPassage(elsewhere));
    }

    /**
     * The anchors (quotes holding the phrase) that belong to another quotation than the one most sources render.
     * Anchors long enough to compare are renderings of one quotation when they share {@link #JOIN} of their content
     * words or have one speaker; the group of them reported by the most sources (then the most quotes, then the
     * first) is kept, with the anchors too short to say anything beyond the phrase. Empty when all are one.
     */
    private static List<Integer> oneQuotation(Quotes index, java.util.TreeSet<Integer> anchors, Cancel cancel) {
        List<Integer> comparable = new ArrayList<>();
        for (int a : anchors) {
            if (index.words.get(a).size() >= MIN_JOIN_WORDS && index.content.get(a).size() >= MIN_SHARED) {
                comparable.add(a);
            }
        }
        if (comparable.size() < 2) {
            return List.of();
        }
        int[] parent = new int[comparable.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < comparable.size(); i++) {
            cancel.check();
            for (int j = i + 1; j < comparable.size(); j++) {
                Quote qi = index.quotes.get(comparable.get(i));
                Quote qj = index.quotes.get(comparable.get(j));
                boolean sameSpeaker = qi.speakerEntity() != null && qi.speakerEntity().equals(qj.speakerEntity());
                if (sameSpeaker || containment(index.content.get(comparable.get(i)),
                        index.content.get(comparable.get(j))) >= JOIN) {
                    parent[Conflicts.root(parent, i)] = Conflicts.root(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int i = 0; i < comparable.size(); i++) {
            components.computeIfAbsent(Conflicts.root(parent, i), k -> new ArrayList<>()).add(comparable.get(i));
        }
        if (components.size() < 2) {
            return List.of();
        }
        List<Integer> best = null;
        for (List<Integer> c : components.values()) {
            if (best == null || sources(index, c) > sources(index, best)
                    || sources(index, c) == sources(index, best) && c.size() > best.size()) {
                best = c;
            }
        }
        List<Integer> left = new ArrayList<>(comparable);
        left.removeAll(best);
        return left;
    }

    /**
     * Most characters between two parts of one quotation that a source splits with a frame ("You paid into Medicare
     * for years, every paycheck,” the advertisement says. “Now when you need it, …"): room for a speaker's name and
     * title and a verb, not for a sentence of the reporter's own.
     */
    static final int FRAME_GAP = 160;

    /**
     * The parts of a quotation a source splits with a frame, when one part is a member: the part just before or
     * after it in that source, by the same speaker, across no more than a frame ({@link #continues}), joins when it
     * shares {@link #JOIN} of its content words with another source's member (BASIL 2012, Medicare: Fox quotes an ad
     * in one passage, the NYT in two, and the second shares no three words with the first, only with Fox's). Repeats
     * until no part joins, so a quotation in three parts comes whole.
     */
    private static void addContinuations(Quotes index, java.util.TreeSet<Integer> members, Cancel cancel) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int m : List.copyOf(members)) {
                cancel.check();
                for (int n : neighbours(index, m)) {
                    if (members.contains(n) || index.words.get(n).size() < MIN_JOIN_WORDS) {
                        continue;
                    }
                    String source = index.quotes.get(n).source();
                    for (int o : members) {
                        if (!index.quotes.get(o).source().equals(source) && renders(index, n, o)) {
                            members.add(n);
                            grew = true;
                            break;
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether quote {@code q} renders member {@code m}: {@code m} has {@link #MIN_JOIN_WORDS} words or more and
     * {@code q} shares {@link #JOIN} of the smaller one's content words with it.
     */
    private static boolean renders(Quotes index, int q, int m) {
        return index.words.get(m).size() >= MIN_JOIN_WORDS
                && containment(index.content.get(q), index.content.get(m)) >= JOIN
                && sharedBesideNames(index, q, m) >= MIN_SHARED_WORDS;
    }

    /**
     * Content words a quote without the phrase must share with a member beside the names of the story: Fox's "AARP
     * has not changed its position on Social Security" shares "AARP", "Social" and "Security" with Cowan's "For
     * decades, AARP has stood against any substantial changes to Social Security …", and renders nothing of it, while
     * HuffPost's "Yet AARP reassured labor groups that it had not changed its position on Social Security" renders
     * Rand's words ("changed", "position").
     */
    static final int MIN_SHARED_WORDS = 2;

    /** How many content words two quotes share that neither writes with a capital inside a sentence. */
    private static int sharedBesideNames(Quotes index, int q, int m) {
        int n = 0;
        for (String w : index.content.get(q)) {
            if (index.content.get(m).contains(w) && !index.names.get(q).contains(w)
                    && !index.names.get(m).contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** The words of a text written with a capital, lower-cased, but for the first word of each sentence and "I". */
    static Set<String> capitalised(String text) {
        Set<String> out = new HashSet<>();
        boolean start = true;
        for (String raw : SPACE.split(text)) {
            String w = EDGE.matcher(raw).replaceAll("");
            if (!w.isEmpty() && !start && Character.isUpperCase(w.charAt(0)) && !w.equals("I")) {
                for (String part : words(w)) {
                    out.add(part);
                }
            }
            if (!w.isEmpty()) {
                start = SENTENCE_END.matcher(raw).matches();
            }
        }
        return out;
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!][\"'\u201d\u2019)]*$");

    /** The quotes of the same source that go on from quote {@code m}, or that it goes on from: at most two. */
    private static List<Integer> neighbours(Quotes index, int m) {
        Quote q = index.quotes.get(m);
        List<Integer> out = new ArrayList<>();
        Integer after = index.after.get(m);
        if (after != null && continues(q, index.quotes.get(after))) {
            out.add(after);
        }
        Integer before = index.before.get(m);
        if (before != null && continues(index.quotes.get(before), q)) {
            out.add(before);
        }
        return out;
    }

    /**
     * Whether quote {@code b} goes on with the quotation of {@code a}: one source, one speaker (the same entity, or
     * the same words when neither is resolved to one), both in quotation marks, {@code b} starting at most {@link
     * #FRAME_GAP} characters after {@code a} ends, in the same sentence or the next. Reported speech goes on with
     * nothing: "Romney told KDVR-TV that he opposes both …: “Well, when these issues …" is a report and then the
     * quotation it reports, and two reports in a row ("he did not know who could have sent it"; "he did not know the
     * woman who received the photo") are two statements. A few quoted words inside the reporter's sentence (a
     * {@code partial} quote) go on only within that sentence ("the plan is “a disaster,” he said, “for everyone”"):
     * the NYT's "… described what he called the “phony theology” of Mr. Obama's agenda." and the next paragraph's
     * "“It's about some phony ideal, …,” he said." are two quotations, not one split by a frame.
     */
    static boolean continues(Quote a, Quote b) {
        if (!a.source().equals(b.source()) || "indirect".equals(a.kind()) || "indirect".equals(b.kind())
                || b.start() < a.end() || b.start() - a.end() > FRAME_GAP
                || b.sentence() - a.sentence() > 1) {
            return false;
        }
        if (b.sentence() != a.sentence() && ("partial".equals(a.kind()) || "partial".equals(b.kind()))) {
            return false;
        }
        if (a.speakerEntity() != null || b.speakerEntity() != null) {
            return a.speakerEntity() != null && a.speakerEntity().equals(b.speakerEntity());
        }
        return a.speaker() != null && b.speaker() != null && a.speaker().equalsIgnoreCase(b.speaker());
    }

    /**
     * A source's rendering of the quotation: its parts when it splits the quotation with frames, in order, one
     * part otherwise. {@code quote} joins the parts' words (start of the first, end of the last).
     */
    public record Rendering(Quote quote, List<Quote> parts) {
    }

    /**
     * The group as one rendering per passage: parts of one source that go on from each other ({@link #continues})
     * are one rendering, so a quotation one source splits with "the advertisement says" and another quotes at once
     * compare whole with whole. Corpus order.
     */
    public static List<Rendering> joinParts(List<Quote> group) {
        List<Quote> sorted = new ArrayList<>(group);
        sorted.sort(java.util.Comparator.comparing(Quote::source).thenComparingInt(Quote::start));
        List<List<Quote>> runs = new ArrayList<>();
        for (Quote q : sorted) {
            List<Quote> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && continues(last.get(last.size() - 1), q)) {
                last.add(q);
            } else {
                runs.add(new ArrayList<>(List.of(q)));
            }
        }
        Map<Quote, List<Quote>> byFirst = new java.util.IdentityHashMap<>();
        runs.forEach(run -> byFirst.put(run.get(0), run));
        List<Rendering> out = new ArrayList<>();
        for (Quote q : group) {
            List<Quote> run = byFirst.get(q);
            if (run != null) {
                out.add(new Rendering(joined(run), List.copyOf(run)));
            }
        }
        return out;
    }

    private static Quote joined(List<Quote> run) {
        Quote first = run.get(0);
        if (run.size() == 1) {
            return first;
        }
        Quote last = run.get(run.size() - 1);
        List<String> texts = run.stream().map(Quote::text).toList();
        return new Quote(first.id(), first.source(), first.speaker(), first.speakerEntity(), String.join(" ", texts),
                first.start(), last.end(), first.kind(), first.cue(), first.channel(), first.sentence(),
                "the parts of one quotation, split by the source's frame; " + first.why(), first.speakerStart(),
                first.speakerEnd(), first.cueStart(), first.cueEnd());
    }

    private static long sources(Quotes index, List<Integer> quotes) {
        return quotes.stream().map(i -> index.quotes.get(i).source()).distinct().count();
    }

    /**
     * Two quotes of one source over the same words ("He said that A are “B,”" read as an indirect quote holding the
     * partial quote "B") are one rendering: the words in quotation marks rather than the reported speech around
     * them, else the longer.
     */
    static List<Quote> oneRenderingPerPassage(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes);
        out.removeIf(q -> quotes.stream().anyMatch(o -> o != q && o.source().equals(q.source())
                && o.start() < q.end() && q.start() < o.end() && preferred(o, q)));
        return out;
    }

    private static boolean preferred(Quote a, Quote b) {
        boolean aQuoted = !"indirect".equals(a.kind());
        boolean bQuoted = !"indirect".equals(b.kind());
        if (aQuoted != bQuoted) {
            return aQuoted;
        }
        int la = a.end() - a.start();
        int lb = b.end() - b.start();
        return la != lb ? la > lb : a.start() < b.start();
    }

    /** Share of the smaller set of content words found in the other; 0 when they share fewer than {@link #MIN_SHARED}. */
    private static double containment(Set<String> sa, Set<String> sb) {
        Set<String> small = sa.size() <= sb.size() ? sa : sb;
        Set<String> large = small == sa ? sb : sa;
        if (small.isEmpty()) {
            return 0;
        }
        int in = 0;
        for (String w : small) {
            if (large.contains(w)) {
                in++;
            }
        }
        if (in < MIN_SHARED) {
            return 0;
        }
        return (double) in / small.size();
    }

    public static Table variants(CorpusModel model, String phrase, Cancel cancel) {
        return variants(new Prepared(model), phrase, cancel);
    }

    /** As {@link #variants(CorpusModel, String, Cancel)}, over the quotes {@code prepared} keeps. */
    public static Table variants(Prepared prepared, String phrase, Cancel cancel) {
        CorpusModel model = prepared.model();
        Picked picked = pick(prepared.quotes(cancel), phrase, cancel);
        List<Rendering> joined = joinParts(picked.group());
        List<Quote> group = joined.stream().map(Rendering::quote).toList();
        List<String> base = common(group, phrase);
        List<Row> rows = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        model.sources().forEach(s -> texts.put(s.id(), s.text()));
        for (Rendering r : joined) {
            cancel.check();
            Quote q = r.quote();
            List<String> w = words(q.text());
            String kind = kind(base, w);
            List<String> against = base;
            String reference = "the most common rendering";
            Quote whole = wholeRendering(group, q, kind);
            if (whole != null) {
                // a sentence of a longer quotation, where the most common rendering is another sentence of it
                against = words(whole.text());
                kind = "trimmed";
                reference = "the rendering of " + whole.source() + " it is a part of (or that is a part of it), "
                        + "where the most common rendering is another part of the quotation";
            }
            String diff = diff(against, w);
            List<Passage> passages = new ArrayList<>();
            for (Quote part : r.parts()) {
                passages.add(new Passage(part.source(), part.start(), part.end(),
                        texts.get(part.source()).substring(part.start(), part.end())));
            }
            Provenance why = new Provenance("quote containing \"" + phrase + "\" or sharing at least "
                    + Math.round(JOIN * 100) + "% of its words with one that does"
                    + (r.parts().size() > 1 ? ", in " + r.parts().size() + " parts the source splits with a frame"
                    : "") + "; kind " + kind + " against " + reference, passages);
            List<Object> values = new ArrayList<>();
            values.add(q.source());
            values.add(q.speaker());
            values.add(q.text());
            values.add(kind);
            values.add(diff);
            values.add(q.start());
            values.add(q.end());
            rows.add(new Row(values, why));
        }
        Table table = new Table(List.of(
                new Column("source", Column.Type.TEXT),
                new Column("speaker", Column.Type.TEXT),
                new Column("text", Column.Type.TEXT),
                new Column("kind", Column.Type.TEXT),
                new Column("diff", Column.Type.TEXT),
                new Column("start", Column.Type.NUMBER),
                new Column("end", Column.Type.NUMBER)), rows);
        return picked.elsewhere().isEmpty() || rows.isEmpty() ? table : table.withNote(elsewhere(phrase, picked));
    }

    /** The note on the quotations left out: where they are, and how to compare them instead. */
    static String elsewhere(String phrase, Picked picked) {
        List<String> where = new ArrayList<>();
        for (Quote q : picked.elsewhere()) {
            List<String> w = words(q.text());
            where.add(q.source() + (q.speaker() == null ? "" : " (" + q.speaker() + ")") + ": \""
                    + String.join(" ", w.subList(0, Math.min(8, w.size()))) + (w.size() > 8 ? " …" : "") + "\"");
        }
        return "\"" + phrase + "\" is also in " + where.size() + " quotation" + (where.size() == 1 ? "" : "s")
                + " that " + (where.size() == 1 ? "is no rendering" : "are no renderings") + " of this one, left out: "
                + String.join("; ", where) + ". Give more of its words to compare "
                + (where.size() == 1 ? "it" : "one of them") + " instead";
    }

    /**
     * The rendering to compare {@code q} with instead of the most common one: when {@code q} reads as a paraphrase of
     * that ({@code kind}), another source's rendering it is a stretch of, or that is a stretch of it ({@link
     * #containing}); {@code q} is then trimmed against it. Null otherwise.
     */
    public static Quote wholeRendering(List<Quote> group, Quote q, String kind) {
        return kind.equals("paraphrase") ? containing(group, q) : null;
    }

    /**
     * Another source's rendering in the group that holds this one's words as one stretch, or whose words this one
     * holds so: one source quotes two sentences at once ("Freedom means freedom for everyone. That means that all
     * families …"), another quotes them apart, with a frame between ("…,” she continued. “That means …"). The
     * longest such rendering; null when there is none.
     */
    static Quote containing(List<Quote> group, Quote q) {
        List<String> w = words(q.text());
        Quote best = null;
        for (Quote o : group) {
            List<String> ow = words(o.text());
            if (o.source().equals(q.source()) || ow.equals(w) || w.size() < MIN_JOIN_WORDS
                    || ow.size() < MIN_JOIN_WORDS) {
                continue;
            }
            if ((Collections.indexOfSubList(ow, w) >= 0 || Collections.indexOfSubList(w, ow) >= 0)
                    && (best == null || ow.size() > words(best.text()).size())) {
                best = o;
            }
        }
        return best;
    }

    /**
     * How alike two renderings are, symmetric: twice the words they keep in common, in order, over both lengths.
     * (A short fragment is not close to a long quote it is part of, so it does not become the usual rendering.)
     */
    static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int kept = a.size();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            kept -= d.getSource().size();
        }
        return 2.0 * kept / (a.size() + b.size());
    }

    /** The rendering most sources share word for word; on a tie, the one closest to all the others. */
    static List<String> common(List<Quote> group) {
        return common(group, null);
    }

    /**
     * The rendering most sources share word for word. On a tie: one that holds the phrase asked for, then one in
     * quotation marks rather than reported speech, then the one closest to all the others. (BASIL 2012, Romney:
     * "favor civil unions" is in the HuffPost's and the NYT's quotation of one interview; the short indirect "his
     * opposition to same-sex marriage and civil unions" shares words with every member and was the closest, so every
     * rendering was diffed against four words nobody quoted.)
     */
    static List<String> common(List<Quote> group, String phrase) {
        List<String> p = phrase == null ? List.of() : bases(words(phrase));
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        Map<List<String>, Boolean> quoted = new HashMap<>();
        for (Quote q : group) {
            List<String> w = words(q.text());
            counts.merge(w, 1, Integer::sum);
            quoted.merge(w, !"indirect".equals(q.kind()), Boolean::logicalOr);
        }
        List<String> best = List.of();
        double[] bestKey = null;
        for (Map.Entry<List<String>, Integer> e : counts.entrySet()) {
            double closeness = 0;
            for (List<String> other : counts.keySet()) {
                closeness += other == e.getKey() ? 0 : similarity(e.getKey(), other);
            }
            boolean holds = !p.isEmpty() && Collections.indexOfSubList(bases(e.getKey()), p) >= 0;
            double[] key = {e.getValue(), holds ? 1 : 0, quoted.get(e.getKey()) ? 1 : 0, closeness};
            if (bestKey == null || java.util.Arrays.compare(key, bestKey) > 0) {
                bestKey = key;
                best = e.getKey();
            }
        }
        return best;
    }

    /** Words two renderings must share, where one ends and the other begins, to be two cuts of one quotation. */
    static final int MIN_OVERLAP = 6;

    /** The most words that end {@code a} and begin {@code b}. */
    static int overlap(List<String> a, List<String> b) {
        for (int k = Math.min(a.size(), b.size()); k > 0; k--) {
            if (a.subList(a.size() - k, a.size()).equals(b.subList(0, k))) {
                return k;
            }
        }
        return 0;
    }

    /** verbatim, trimmed, reworded or paraphrase: how rendering {@code w} relates to {@code base} (word lists). */
    public static String kind(List<String> base, List<String> w) {
        if (base.equals(w)) {
            return "verbatim";
        }
        if (!w.isEmpty() && (Collections.indexOfSubList(base, w) >= 0 || Collections.indexOfSubList(w, base) >= 0)) {
            return "trimmed";
        }
        if (overlap(base, w) >= MIN_OVERLAP || overlap(w, base) >= MIN_OVERLAP) {
            return "trimmed"; // two cuts of one longer quotation: one goes on where the other stops
        }
        Patch<String> patch = DiffUtils.diff(base, w);
        int kept = base.size();
        boolean[] dropped = new boolean[base.size()];
        for (AbstractDelta<String> d : patch.getDeltas()) {
            kept -= d.getSource().size();
            for (int k = 0; k < d.getSource().size(); k++) {
                dropped[d.getSource().getPosition() + k] = true;
            }
        }
        // compare against the shorter of the two, so a quote cut short and reworded is judged on what it kept
        int shorter = Math.max(1, Math.min(base.size(), w.size()));
        if ((double) kept / shorter < 0.5 || negatedOtherwise(base, dropped, w)) {
            return "paraphrase";
        }
        return "reworded";
    }

    /**
     * Whether a rendering negates what the stretch of the base it keeps words of does not, nor the whole base, or the
     * other way round: HuffPost's "he had not served in Vietnam" keeps "served in Vietnam" of "… since the days that I
     * served in Vietnam", and says the opposite; no rewording of the quotation.
     */
    static boolean negatedOtherwise(List<String> base, boolean[] dropped, List<String> w) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < base.size(); k++) {
            if (!dropped[k]) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        if (first < 0) {
            return false;
        }
        // and the whole of it: "There won't be any daylight there at all" keeps "daylight" of "no daylight", whose
        // negation is just before the stretch kept; both deny
        int own = negations(w) % 2;
        return negations(base.subList(first, last + 1)) % 2 != own && negations(base) % 2 != own;
    }

    private static int negations(List<String> words) {
        int n = 0;
        for (String x : words) {
            if (x.equals("not") || x.equals("never") || x.equals("no") || x.endsWith("n't") || x.endsWith("n’t")) {
                n++;
            }
        }
        return n;
    }

    /** Word-level diff against the base rendering: [-removed-] and {+added+}, unchanged words as they are. */
    static String diff(List<String> base, List<String> w) {
        Patch<String> patch = DiffUtils.diff(base, w);
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int at = d.getSource().getPosition();
            append(b, String.join(" ", base.subList(pos, at)));
            if (!d.getSource().getLines().isEmpty()) {
                append(b, "[-" + String.join(" ", d.getSource().getLines()) + "-]");
            }
            if (!d.getTarget().getLines().isEmpty()) {
                append(b, "{+" + String.join(" ", d.getTarget().getLines()) + "+}");
            }
            pos = at + d.getSource().size();
        }
        append(b, String.join(" ", base.subList(pos, base.size())));
        return b.toString();
    }

    private static void append(StringBuilder b, String s) {
        if (s.isEmpty()) {
            return;
        }
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(s);
    }
}
