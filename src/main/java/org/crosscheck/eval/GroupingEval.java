package org.crosscheck.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;

/**
 * Scores claim grouping against pairs labelled by a person: for each labelled pair of sentences (two sources, a
 * snippet of each sentence, same or not), do the two sentences have claims in one group? Precision and recall over the labelled
 * pairs, and the grouped cross-source pairs nobody labelled yet (to label next).
 *
 * <p>Label files are tab-separated: {@code SOURCE_A  SNIPPET_A  SOURCE_B  SNIPPET_B  SAME(1|0)}; '#' starts a comment;
 * the first line {@code # corpus: PATH} names the corpus folder, relative to the label file's repository root.
 * A snippet is a piece of the claim's text (typographic quotes and spaces do not matter); a source is any unique
 * prefix of its id.
 */
public final class GroupingEval {
    /** One labelled pair. */
    public record Pair(String sourceA, String snippetA, String sourceB, String snippetB, boolean same, int line) {
    }

    /** The outcome of an evaluation. */
    public record Result(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
                         List<String> unresolved, List<String> errors, int unlabelledGroupedPairs) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        public String summary() {
            return String.format(Locale.ROOT,
                    "pairs %d (same %d, different %d)  precision %.3f  recall %.3f  F1 %.3f  unresolved %d  unlabelled grouped pairs %d",
                    truePositives + falsePositives + falseNegatives + trueNegatives, truePositives + falseNegatives,
                    falsePositives + trueNegatives, precision(), recall(), f1(), unresolved.size(), unlabelledGroupedPairs);
        }
    }

    private GroupingEval() {
    }

    /** The corpus a label file is about ("# corpus: PATH"), resolved against {@code root}. */
    public static Path corpusOf(Path labels, Path root) throws IOException {
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("# corpus:")) {
                return root.resolve(t.substring("# corpus:".length()).strip()).normalize();
            }
        }
        throw new IOException(labels + ":1:1: expected a first line '# corpus: PATH'");
    }

    public static List<Pair> read(Path labels) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5 || !(f[4].strip().equals("1") || f[4].strip().equals("0"))) {
                throw new IOException(labels + ":" + (i + 1) + ":1: expected SOURCE_A, SNIPPET_A, SOURCE_B, SNIPPET_B and 1 or 0, separated by tabs");
            }
            pairs.add(new Pair(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip().equals("1"), i + 1));
        }
        return pairs;
    }

    static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replaceAll("\\s+", " ").strip();
    }

    /**
     * Labels are about sentences, claims are clauses: a snippet stands for the sentence that contains it, and a
     * labelled pair is predicted "same" when any claim of one sentence shares a group with any claim of the other.
     * Unlabelled grouped pairs are counted the same way, as pairs of sentences of different sources.
     */
    public static Result evaluate(CorpusModel model, List<Pair> pairs) {
        return evaluate(model.sources(), model.sentences(), model.claims(), pairs);
    }

    /** The same over claims grouped some other way (a grouper being tuned), with the model's sources and sentences. */
    public static Result evaluate(List<Source> sources, List<Sentence> sentences, List<Claim> claims, List<Pair> pairs) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> unresolved = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> labelled = new HashSet<>();
        Map<String, List<Claim>> bySentence = new HashMap<>();
        for (Claim c : claims) {
            bySentence.computeIfAbsent(sentenceKey(c), k -> new ArrayList<>()).add(c);
        }
        for (Pair p : pairs) {
            List<Claim> a = find(sources, sentences, claims, bySentence, p.sourceA(), p.snippetA());
            List<Claim> b = find(sources, sentences, claims, bySentence, p.sourceB(), p.snippetB());
            if (a.isEmpty() || b.isEmpty()) {
                unresolved.add("line " + p.line() + ": no claim in " + (a.isEmpty() ? p.sourceA() + " with \"" + p.snippetA()
                        : p.sourceB() + " with \"" + p.snippetB()) + "\"");
                continue;
            }
            labelled.add(key(sentenceKey(a.get(0)), sentenceKey(b.get(0))));
            boolean grouped = shareGroup(a, b);
            if (p.same() && grouped) {
                tp++;
            } else if (p.same()) {
                fn++;
                errors.add("line " + p.line() + ": same, not grouped: " + p.sourceA() + " \"" + p.snippetA() + "\" / "
                        + p.sourceB() + " \"" + p.snippetB() + "\"");
            } else if (grouped) {
                fp++;
                errors.add("line " + p.line() + ": different, grouped: " + p.sourceA() + " \"" + p.snippetA() + "\" / "
                        + p.sourceB() + " \"" + p.snippetB() + "\"");
            } else {
                tn++;
            }
        }
        Map<String, Set<String>> sentencesByGroup = new HashMap<>();
        for (Claim c : claims) {
            sentencesByGroup.computeIfAbsent(c.group(), k -> new java.util.TreeSet<>()).add(sentenceKey(c));
        }
        Set<String> grouped = new HashSet<>();
        for (Set<String> members : sentencesByGroup.values()) {
            List<String> list = new ArrayList<>(members);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    String si = list.get(i);
                    String sj = list.get(j);
                    if (!si.substring(0, si.indexOf('#')).equals(sj.substring(0, sj.indexOf('#')))
                            && !labelled.contains(key(si, sj))) {
                        grouped.add(key(si, sj));
                    }
                }
            }
        }
        return new Result(tp, fp, fn, tn, unresolved, errors, grouped.size());
    }

    private static boolean shareGroup(List<Claim> a, List<Claim> b) {
        for (Claim x : a) {
            for (Claim y : b) {
                if (x.group() != null && x.group().equals(y.group())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String sentenceKey(Claim c) {
        return c.source() + "#" + c.sentence();
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** The claims of the sentence that contains the snippet, or the claim that does when no sentence does. */
    /** The claims of the sentence of {@code source} (an id prefix) that contains {@code snippet}; empty if none. */
    static List<Claim> claimsOf(List<Source> sources, List<Sentence> sentences, List<Claim> claims, String source,
                                String snippet) {
        Map<String, List<Claim>> bySentence = new HashMap<>();
        for (Claim c : claims) {
            bySentence.computeIfAbsent(sentenceKey(c), k -> new ArrayList<>()).add(c);
        }
        return find(sources, sentences, claims, bySentence, source, snippet);
    }

    private static List<Claim> find(List<Source> sources, List<Sentence> sentences, List<Claim> claims,
                                    Map<String, List<Claim>> bySentence, String sourcePrefix,
                                    String snippet) {
        String id = null;
        for (Source s : sources) {
            if (s.id().startsWith(sourcePrefix)) {
                if (id != null) {
                    return List.of(); // ambiguous
                }
                id = s.id();
            }
        }
        String want = squash(snippet);
        for (Sentence s : sentences) {
            if (s.source().equals(id) && squash(s.text()).contains(want)) {
                List<Claim> found = bySentence.get(s.source() + "#" + s.index());
                if (found != null) {
                    return found;
                }
            }
        }
        for (Claim c : claims) {
            if (c.source().equals(id) && squash(c.text()).contains(want)) {
                return bySentence.get(sentenceKey(c));
            }
        }
        return List.of();
    }
}
