package org.crosscheck.query.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.Column;
import org.crosscheck.query.Passage;
import org.crosscheck.query.Provenance;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;

/**
 * Keyness: the words one source uses far more than the other sources, by Dunning's log-likelihood (G²) over the
 * reporting sentences (boilerplate left out). Only over-used words are listed, most key first. Function words
 * (the Snowball English stop list that ships with Lucene: pronouns, articles, auxiliaries, prepositions …) are not
 * word choice a reader compares, so they are left out, and so are lone letters: initials ("J. Christopher Stevens")
 * and the party of an American lawmaker's "D-N.Y." or "(R-Idaho)".
 */
public final class Keyness {
    /** Lucene's copy of the Snowball English stop words. */
    static final CharArraySet FUNCTION_WORDS = functionWords();

    private static CharArraySet functionWords() {
        try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            if (in == null) {
                return CharArraySet.EMPTY_SET;
            }
            return WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** G² of 3.84 is p &lt; 0.05 with one degree of freedom; below it a difference is not worth a row. */
    static final double MIN_G2 = 3.84;

    private Keyness() {
    }

    /** Word counts of one source and of all the others. */
    record Counts(Map<String, Integer> target, Map<String, Integer> rest, int targetTotal, int restTotal,
                  Map<String, int[]> firstSpan) {
    }

    public static Table keywords(CorpusModel model, Source source, Cancel cancel) {
        Counts c = count(model, source.id(), cancel);
        List<Row> rows = new ArrayList<>();
        record Scored(String word, int a, int b, double g2, double ratio) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : c.target().entrySet()) {
            int a = e.getValue();
            int b = c.rest().getOrDefault(e.getKey(), 0);
            double expectedA = (double) c.targetTotal() * (a + b) / (c.targetTotal() + c.restTotal());
            if (a < 2 || a <= expectedA) {
                continue; // only words the source over-uses, and more than once
            }
            double g2 = logLikelihood(a, b, c.targetTotal(), c.restTotal());
            if (g2 < MIN_G2) {
                continue;
            }
            double ratio = ((double) a / c.targetTotal()) / ((b + 0.5) / Math.max(1, c.restTotal()));
            scored.add(new Scored(e.getKey(), a, b, g2, ratio));
        }
        scored.sort(Comparator.comparingDouble(Scored::g2).reversed().thenComparing(Scored::word));
        for (Scored s : scored) {
            int[] span = c.firstSpan().get(s.word());
            Provenance why = new Provenance(String.format(Locale.ROOT,
                    "log-likelihood G2 = %.2f: %d of %d words in %s, %d of %d words in the other sources",
                    s.g2(), s.a(), c.targetTotal(), source.id(), s.b(), c.restTotal()),
                    List.of(new Passage(source.id(), span[0], span[1], source.text().substring(span[0], span[1]))));
            rows.add(new Row(List.of(s.word(), s.a(), s.b(), round(s.g2()), round(s.ratio())), why));
        }
        Table table = new Table(List.of(
                new Column("word", Column.Type.TEXT),
                new Column("count", Column.Type.NUMBER),
                new Column("others", Column.Type.NUMBER),
                new Column("ll", Column.Type.NUMBER),
                new Column("ratio", Column.Type.NUMBER)), rows);
        return rows.isEmpty() ? table.withNote(noKeyword(source.id(), c)) : table;
    }

    /** Why a source has no key word: no other source to compare with, no words, or no word used markedly more. */
    static String noKeyword(String id, Counts c) {
        if (c.restTotal() == 0) {
            return "keyness compares one source's words with the other sources' words; there are none to compare "
                    + id + " with";
        }
        if (c.targetTotal() == 0) {
            return id + " has no words outside boilerplate";
        }
        return String.format(Locale.ROOT, "no word is used by %s markedly more than by the other sources"
                + " (at least twice, and log-likelihood G2 >= %.2f, p < 0.05): %s has %d words outside boilerplate"
                + " and function words, the others %d; short texts give little evidence", id, MIN_G2, id,
                c.targetTotal(), c.restTotal());
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    /** Dunning's G² for a word seen a times in a corpus of n1 words and b times in one of n2 words. */
    static double logLikelihood(int a, int b, int n1, int n2) {
        double e1 = (double) n1 * (a + b) / (n1 + n2);
        double e2 = (double) n2 * (a + b) / (n1 + n2);
        double g = 0;
        if (a > 0) {
            g += a * Math.log(a / e1);
        }
        if (b > 0) {
            g += b * Math.log(b / e2);
        }
        return 2 * g;
    }

    static Counts count(CorpusModel model, String sourceId, Cancel cancel) {
        Map<String, Integer> target = new HashMap<>();
        Map<String, Integer> rest = new HashMap<>();
        Map<String, int[]> first = new HashMap<>();
        int[] totals = new int[2];
        Map<String, String> texts = new HashMap<>();
        for (Source s : model.sources()) {
            texts.put(s.id(), s.text());
        }
        for (Sentence sentence : model.sentences()) {
            cancel.check();
            if (sentence.isBoilerplate()) {
                continue;
            }
            boolean mine = sentence.source().equals(sourceId);
            String original = texts.get(sentence.source()).substring(sentence.start(), sentence.end());
            try (StandardTokenizer tok = new StandardTokenizer(); TokenStream ts = new LowerCaseFilter(tok)) {
                tok.setReader(new java.io.StringReader(original));
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    // "Ferguson's" is the word "Ferguson": the possessive is grammar, not word choice
                    String w = term.toString().replace('’', '\'').replaceFirst("'s$", "");
                    if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || w.length() == 1 || FUNCTION_WORDS.contains(w)) {
                        continue; // numbers, function words and lone letters (initials, the D of "D-N.Y.") are not word choice
                    }
                    if (mine) {
                        target.merge(w, 1, Integer::sum);
                        totals[0]++;
                        first.putIfAbsent(w, new int[] {sentence.start() + off.startOffset(), sentence.start() + off.endOffset()});
                    } else {
                        rest.merge(w, 1, Integer::sum);
                        totals[1]++;
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Counts(target, rest, totals[0], totals[1], first);
    }
}
