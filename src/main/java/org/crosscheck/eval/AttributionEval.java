package org.crosscheck.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.crosscheck.annotate.CorpusBuilder;
import org.crosscheck.eval.Brat.Relation;
import org.crosscheck.eval.Brat.Span;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Source;

/**
 * Scores attributions (who said what) against gold relations such as PolNeAR's.
 *
 * <p>Matching is relation-aware: a predicted relation and a gold one are paired when their contents share a
 * character; pairs are taken one-to-one, largest shared stretch first. CONTENT is right when paired; SOURCE and CUE
 * are right when the paired relations' sources (cues) are right, so a source counts only for the content it was
 * found for. Each is counted EXACT (same span once spaces, punctuation and quotation marks are trimmed from each
 * piece) and OVERLAP (a shared character). Precision divides by the predicted relations that have that part,
 * recall by the gold relations that have it.
 */
public final class AttributionEval {
    /** Parts of a relation and the two ways of matching them. */
    public static final List<String> ROWS = List.of("SOURCE", "CUE", "CONTENT");

    /** Counts for one part and one way of matching. */
    public record Score(int correct, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(correct + o.correct, predicted + o.predicted, gold + o.gold);
        }
    }

    /** Scores keyed "SOURCE exact", "SOURCE overlap", … "CONTENT overlap". */
    public record Result(Map<String, Score> scores, int articles, int goldRelations, int predictedRelations,
                         int paired) {
        public Score get(String part, boolean exact) {
            return scores.get(part + (exact ? " exact" : " overlap"));
        }

        public Result plus(Result o) {
            Map<String, Score> m = new LinkedHashMap<>();
            for (String k : scores.keySet()) {
                m.put(k, scores.get(k).plus(o.scores.get(k)));
            }
            return new Result(m, articles + o.articles, goldRelations + o.goldRelations,
                    predictedRelations + o.predictedRelations, paired + o.paired);
        }

        public static Result empty() {
            Map<String, Score> m = new LinkedHashMap<>();
            for (String r : ROWS) {
                m.put(r + " exact", new Score(0, 0, 0));
                m.put(r + " overlap", new Score(0, 0, 0));
            }
            return new Result(m, 0, 0, 0, 0);
        }

        /** A plain-text table: part, match, precision, recall, F1 and the counts. */
        public String table(String title) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%s: %d articles, %d gold relations, %d predicted, %d paired%n",
                    title, articles, goldRelations, predictedRelations, paired));
            sb.append(String.format(Locale.ROOT, "%-8s %-8s %9s %7s %6s %8s %6s %6s%n", "part", "match", "precision",
                    "recall", "F1", "correct", "pred", "gold"));
            for (String r : ROWS) {
                for (boolean exact : new boolean[]{true, false}) {
                    Score s = get(r, exact);
                    sb.append(String.format(Locale.ROOT, "%-8s %-8s %9.3f %7.3f %6.3f %8d %6d %6d%n", r,
                            exact ? "exact" : "overlap", s.precision(), s.recall(), s.f1(), s.correct, s.predicted,
                            s.gold));
                }
            }
            return sb.toString();
        }

        public String json(String name) {
            StringBuilder sb = new StringBuilder("{\"system\":\"" + name + "\",\"articles\":" + articles
                    + ",\"gold\":" + goldRelations + ",\"predicted\":" + predictedRelations + ",\"paired\":" + paired);
            for (String r : ROWS) {
                for (boolean exact : new boolean[]{true, false}) {
                    Score s = get(r, exact);
                    sb.append(String.format(Locale.ROOT,
                            ",\"%s_%s\":{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"correct\":%d,"
                                    + "\"predicted\":%d,\"gold\":%d}", r.toLowerCase(Locale.ROOT),
                            exact ? "exact" : "overlap", s.precision(), s.recall(), s.f1(), s.correct, s.predicted,
                            s.gold));
                }
            }
            return sb.append('}').toString();
        }
    }

    private AttributionEval() {
    }

    // ---- scoring

    /** Scores the relations predicted for one text against its gold relations. */
    public static Result score(String text, List<Relation> gold, List<Relation> predicted) {
        return score(text, gold, predicted, null);
    }

    /** As {@link #score(String, List, List)}, adding to {@code misses} a line for each part not exactly right. */
    public static Result score(String text, List<Relation> gold, List<Relation> predicted, List<String> misses) {
        List<List<Span>> gc = new ArrayList<>();
        List<List<Span>> pc = new ArrayList<>();
        gold.forEach(g -> gc.add(trim(text, g.content())));
        predicted.forEach(p -> pc.add(trim(text, p.content())));
        record Pair2(int p, int g, int shared) {
        }
        List<Pair2> cands = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                int shared = shared(pc.get(i), gc.get(j));
                if (shared > 0) {
                    cands.add(new Pair2(i, j, shared));
                }
            }
        }
        cands.sort(Comparator.comparingInt(Pair2::shared).reversed());
        boolean[] pUsed = new boolean[predicted.size()];
        boolean[] gUsed = new boolean[gold.size()];
        int[][] counts = new int[3][2]; // [part][exact, overlap]
        int paired = 0;
        for (Pair2 c : cands) {
            if (pUsed[c.p] || gUsed[c.g]) {
                continue;
            }
            pUsed[c.p] = true;
            gUsed[c.g] = true;
            paired++;
            Relation p = predicted.get(c.p);
            Relation g = gold.get(c.g);
            tally(counts[0], text, p.source(), g.source());
            tally(counts[1], text, p.cue(), g.cue());
            tally(counts[2], text, p.content(), g.content());
            if (misses != null) {
                for (int r = 0; r < 3; r++) {
                    if (!trim(text, part(p, r)).equals(trim(text, part(g, r)))) {
                        misses.add(ROWS.get(r) + " found [" + show(text, part(p, r)) + "] gold [" + show(text,
                                part(g, r)) + "] for content [" + abbreviate(show(text, g.content())) + "]");
                    }
                }
            }
        }
        if (misses != null) {
            for (int i = 0; i < predicted.size(); i++) {
                if (!pUsed[i]) {
                    misses.add("EXTRA " + show(text, predicted.get(i).source()) + " / "
                            + show(text, predicted.get(i).cue()) + " / "
                            + abbreviate(show(text, predicted.get(i).content())));
                }
            }
            for (int j = 0; j < gold.size(); j++) {
                if (!gUsed[j]) {
                    misses.add("MISSED " + show(text, gold.get(j).source()) + " / " + show(text, gold.get(j).cue())
                            + " / " + abbreviate(show(text, gold.get(j).content())));
                }
            }
        }
        Map<String, Score> m = new LinkedHashMap<>();
        for (int r = 0; r < 3; r++) {
            int pr = 0;
            int gr = 0;
            for (Relation p : predicted) {
                pr += part(p, r).isEmpty() ? 0 : 1;
            }
            for (Relation g : gold) {
                gr += part(g, r).isEmpty() ? 0 : 1;
            }
            m.put(ROWS.get(r) + " exact", new Score(counts[r][0], pr, gr));
            m.put(ROWS.get(r) + " overlap", new Score(counts[r][1], pr, gr));
        }
        return new Result(m, 1, gold.size(), predicted.size(), paired);
    }

    private static String show(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span sp : spans) {
            sb.append(sb.isEmpty() ? "" : " … ").append(text, Math.max(0, sp.start()), Math.min(text.length(),
                    sp.end()));
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 60) + " … " + s.substring(s.length() - 25);
    }

    private static List<Span> part(Relation r, int i) {
        return i == 0 ? r.source() : i == 1 ? r.cue() : r.content();
    }

    private static void tally(int[] counts, String text, List<Span> p, List<Span> g) {
        if (p.isEmpty() || g.isEmpty()) {
            return;
        }
        List<Span> tp = trim(text, p);
        List<Span> tg = trim(text, g);
        if (tp.equals(tg)) {
            counts[0]++;
        }
        if (shared(tp, tg) > 0) {
            counts[1]++;
        }
    }

    /** Each piece without surrounding spaces, punctuation and quotation marks; adjacent pieces joined; sorted. */
    public static List<Span> trim(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int a = Math.max(0, s.start());
            int b = Math.min(text.length(), s.end());
            while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
                a++;
            }
            while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                out.add(new Span(a, b));
            } else if (s.start() < s.end()) {
                out.add(new Span(Math.max(0, s.start()), Math.min(text.length(), s.end()))); // ":" stays ":"
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span s : out) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** Characters two sets of spans share. */
    static int shared(List<Span> a, List<Span> b) {
        int n = 0;
        for (Span x : a) {
            for (Span y : b) {
                n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return n;
    }

    /**
     * Our attributions of one source as relations: each quote a relation, except that quotes sharing one cue (the
     * two halves of a quote around "said X") are one relation with its content in pieces, as in PolNeAR.
     */
    public static List<Relation> fromQuotes(List<Quote> quotes) {
        Map<String, List<Quote>> byCue = new LinkedHashMap<>();
        List<Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparingInt(Quote::start));
        String lastKey = null;
        Quote last = null;
        for (Quote q : sorted) {
            // a phrase quoted inside a reported clause is part of that clause's relation
            if (q.kind().equals("partial") && sorted.stream().anyMatch(x -> x.kind().equals("indirect")
                    && x.start() <= q.start() && x.end() >= q.end())) {
                continue;
            }
            String key = q.cueStart() >= 0 ? "cue" + q.cueStart() + "/" + q.speakerStart() : q.id();
            // the rest of a quote after "…,” said X." continues X's relation
            if (last != null && q.cueStart() < 0 && q.speakerStart() >= 0 && q.speakerStart() == last.speakerStart()
                    && !q.kind().equals("indirect") && !last.kind().equals("indirect")) {
                key = lastKey;
            }
            byCue.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
            last = q;
            lastKey = key;
        }
        List<Relation> out = new ArrayList<>();
        for (List<Quote> group : byCue.values()) {
            Quote q = group.get(0);
            List<Span> content = new ArrayList<>();
            group.forEach(x -> content.addAll(withoutFrame(x)));
            out.add(new Relation(q.speakerStart() < 0 ? List.of() : List.of(new Span(q.speakerStart(), q.speakerEnd())),
                    q.cueStart() < 0 ? List.of() : List.of(new Span(q.cueStart(), q.cueEnd())), content));
        }
        return out;
    }

    /**
     * A quote's content span without its own frame: the speaker's and the cue's spans that lie inside it (a report cut
     * by its frame set between commas, "Saying President Obama, he said, was …", is one row whose span runs over
     * the frame; its text, as PolNeAR's content, leaves the frame out).
     */
    static List<Span> withoutFrame(Quote q) {
        List<Span> pieces = new ArrayList<>(List.of(new Span(q.start(), q.end())));
        for (Span cut : List.of(new Span(q.speakerStart(), q.speakerEnd()), new Span(q.cueStart(), q.cueEnd()))) {
            if (cut.start() < 0 || cut.start() >= cut.end()) {
                continue;
            }
            List<Span> next = new ArrayList<>();
            for (Span p : pieces) {
                if (cut.start() > p.start() && cut.end() < p.end()) {
                    next.add(new Span(p.start(), cut.start()));
                    next.add(new Span(cut.end(), p.end()));
                } else {
                    next.add(p);
                }
            }
            pieces = next;
        }
        if (pieces.size() > 1) {
            // what is left between the frame's words (commas, spaces) is no part of the content
            pieces.removeIf(p -> p.end() - p.start() < 3 && p.start() > q.start() && p.end() < q.end());
        }
        return pieces;
    }

    // ---- running on a folder

    /** One article of a gold folder: its text file and the annotation file used (the first in name order). */
    public record Article(String name, Path text, Path ann) {
    }

    /** The articles of {@code dir}/text that have an annotation in {@code dir}/attributions, in name order. */
    public static List<Article> articles(Path dir, int limit) throws IOException {
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new IOException(dir + ": expected folders text/ and attributions/ (brat standoff .ann files)");
        }
        List<Path> anns;
        try (Stream<Path> s = Files.list(annDir)) {
            anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(textDir)) {
            for (Path t : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (limit >= 0 && out.size() >= limit) {
                    break;
                }
                String base = t.getFileName().toString().replaceFirst("\\.txt$", "");
                anns.stream().filter(a -> a.getFileName().toString().startsWith(base + "_")).findFirst()
                        .ifPresent(a -> out.add(new Article(base, t, a)));
            }
        }
        return out;
    }

    /** What a run measured. */
    public record Run(Result result, long millis, int offsetMismatches, List<String> notes) {
    }

    /**
     * Builds our model of the articles (reading the text folder in place; with a limit, through links in a
     * temporary folder) and scores its quotes.
     */
    public static Run ours(Path dir, List<Article> articles, Progress progress, List<String> misses)
            throws IOException {
        long t0 = System.nanoTime();
        Path textDir = dir.resolve("text");
        Path tmp = null;
        long all;
        try (Stream<Path> s = Files.list(textDir)) {
            all = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        Path corpusDir = textDir;
        if (articles.size() < all) {
            tmp = Files.createTempDirectory("crosscheck-attrib");
            for (Article a : articles) {
                Files.createSymbolicLink(tmp.resolve(a.text.getFileName()), a.text.toAbsolutePath());
            }
            corpusDir = tmp;
        }
        Corpus corpus;
        try {
            corpus = CorpusBuilder.build(corpusDir, progress);
        } finally {
            if (tmp != null) {
                try (Stream<Path> s = Files.list(tmp)) {
                    for (Path p : s.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(tmp);
            }
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Source> byFile = new LinkedHashMap<>();
        for (Source s : corpus.sources()) {
            byFile.put(Path.of(s.path()).getFileName().toString(), s);
        }
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        corpus.quotes().forEach(q -> quotes.computeIfAbsent(q.source(), k -> new ArrayList<>()).add(q));
        Result total = Result.empty();
        int mismatches = 0;
        List<String> notes = new ArrayList<>();
        for (Article a : articles) {
            String text = Files.readString(a.text, StandardCharsets.UTF_8);
            Source s = byFile.get(a.text.getFileName().toString());
            if (s == null) {
                notes.add(a.name + ": not in the model (skipped by ingest); scored with no predictions");
            } else if (!s.text().equals(text)) {
                mismatches++;
                notes.add(a.name + ": the model's text differs from the file; offsets may not line up");
            }
            List<Quote> qs = s == null ? List.of() : quotes.getOrDefault(s.id(), List.of());
            List<String> m = misses == null ? null : new ArrayList<>();
            List<Relation> gold;
            try {
                gold = Brat.read(a.ann, text);
            } catch (IllegalArgumentException e) {
                notes.add(e.getMessage() + "; article not scored");
                continue;
            }
            total = total.plus(score(text, gold, fromQuotes(qs), m));
            if (m != null) {
                m.forEach(x -> misses.add(a.name + ": " + x));
            }
        }
        return new Run(total, millis, mismatches, notes);
    }

    /**
     * The baseline: CoreNLP's quote annotator with its quote attribution (tokenize, ssplit, pos, lemma, ner,
     * depparse, coref, quote) on each article; the speaker mention is the source, the quote the content, no cue.
     * The time includes loading the models.
     */
    public static Run baseline(List<Article> articles, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        RedwoodConfiguration.errorLevel().apply();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("coref.algorithm", "statistical");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        Result total = Result.empty();
        List<String> notes = new ArrayList<>();
        progress.start("baseline", articles.size());
        for (Article a : articles) {
            String text = Files.readString(a.text, StandardCharsets.UTF_8);
            List<Relation> pred = new ArrayList<>();
            List<Relation> gold;
            try {
                gold = Brat.read(a.ann, text);
            } catch (IllegalArgumentException e) {
                notes.add(e.getMessage() + "; article not scored");
                progress.step(a.name);
                continue;
            }
            try {
                CoreDocument doc = new CoreDocument(text);
                pipeline.annotate(doc);
                for (CoreQuote q : doc.quotes()) {
                    Pair<Integer, Integer> c = q.quoteCharOffsets();
                    Optional<Pair<Integer, Integer>> sp = q.speakerCharOffsets();
                    pred.add(new Relation(sp.map(p -> List.of(new Span(p.first(), p.second()))).orElse(List.of()),
                            List.of(), List.of(new Span(c.first(), c.second()))));
                }
            } catch (RuntimeException e) {
                notes.add(a.name + ": CoreNLP failed (" + e + "); scored with no predictions");
            }
            total = total.plus(score(text, gold, pred));
            progress.step(a.name);
        }
        progress.done();
        return new Run(total, (System.nanoTime() - t0) / 1_000_000, 0, notes);
    }
}
