package org.crosscheck.query.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.query.Cancel;

/**
 * Sources whose reporting another source of the corpus repeats: a reprint of one article (wire copy run by two
 * outlets, or one file twice in a collection), an updated version of it, or a story built on another's paragraphs.
 * Such sources are not independent witnesses, and a claim the two share is one reporting, counted twice.
 *
 * <p>A source's text is cut into runs of {@value #RUN_WORDS} words (lower case, punctuation dropped; the words of its
 * reporting only, boilerplate left out by the caller). Its {@code share} in another source is the part of its runs
 * that the other holds; the source it repeats is the one holding the largest share, when that is at least
 * {@value #MIN_SHARE_PERCENT}%. It is not symmetric: a short version wholly inside a longer one repeats it at 100%,
 * while the longer repeats the short one at the part the short one makes of it.
 */
public final class Repeats {
    /** Words in one run: long enough that two independent reports rarely share one (beyond a quotation). */
    public static final int RUN_WORDS = 8;
    /** The least share (percent of a source's runs) that makes it a repeat of another. */
    static final int MIN_SHARE_PERCENT = 50;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    /** One source's repeat: the other source holding the largest share of its runs, and that share in percent. */
    public record Repeat(String source, String of, int share) {
    }

    private Repeats() {
    }

    /**
     * For each source (by id, in the order given) whose text another repeats at {@value #MIN_SHARE_PERCENT}% or
     * more, the source holding the largest share of it (the first in order on a tie).
     *
     * @param texts each source's reporting, by id, in corpus order
     */
    public static Map<String, Repeat> of(Map<String, String> texts, Cancel cancel) {
        List<String> ids = new ArrayList<>(texts.keySet());
        List<Set<Long>> runs = new ArrayList<>(ids.size());
        Map<Long, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            cancel.check();
            Set<Long> r = runs(texts.get(ids.get(i)));
            runs.add(r);
            for (Long h : r) {
                holders.computeIfAbsent(h, k -> new ArrayList<>(1)).add(i);
            }
        }
        Map<String, Repeat> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            cancel.check();
            Set<Long> mine = runs.get(i);
            if (mine.isEmpty()) {
                continue;
            }
            int[] shared = new int[ids.size()];
            for (Long h : mine) {
                for (int j : holders.get(h)) {
                    if (j != i) {
                        shared[j]++;
                    }
                }
            }
            int best = -1;
            for (int j = 0; j < shared.length; j++) {
                if (shared[j] > 0 && (best < 0 || shared[j] > shared[best])) {
                    best = j;
                }
            }
            if (best >= 0 && 100L * shared[best] >= (long) MIN_SHARE_PERCENT * mine.size()) {
                int percent = (int) Math.floor(100.0 * shared[best] / mine.size());
                out.put(ids.get(i), new Repeat(ids.get(i), ids.get(best), percent));
            }
        }
        return out;
    }

    /**
     * One id for each reporting that repeats join: every source in a repeat (the one that repeats and the one it
     * repeats, and through them any chain of repeats) mapped to the first of them in the map's order. Two sources
     * with the same id are one reporting, however many copies the corpus holds; a source in no repeat is absent.
     */
    public static Map<String, String> reportings(Map<String, Repeat> repeats) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (Repeat r : repeats.values()) {
            String a = root(parent, r.source());
            String b = root(parent, r.of());
            if (!a.equals(b)) {
                parent.put(b, a);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : parent.keySet()) {
            out.put(id, root(parent, id));
        }
        return out;
    }

    private static String root(Map<String, String> parent, String id) {
        parent.putIfAbsent(id, id);
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** How many reportings the sources are: sources that repeat one another ({@link #reportings}) count once. */
    public static int reportingCount(Collection<String> sources, Map<String, String> reportings) {
        Set<String> distinct = new HashSet<>();
        for (String s : sources) {
            distinct.add(reportings.getOrDefault(s, s));
        }
        return distinct.size();
    }

    /**
     * The repeats among these sources, in words: "A and B repeat each other" when each holds the other's text, "A
     * repeats B" when only one does; a source whose repeat lies outside them is not named.
     */
    public static List<String> among(Collection<String> sources, Map<String, Repeat> repeats) {
        List<String> out = new ArrayList<>();
        Set<String> told = new HashSet<>();
        for (String s : sources) {
            Repeat r = repeats.get(s);
            if (r == null || !sources.contains(r.of()) || told.contains(s)) {
                continue;
            }
            Repeat back = repeats.get(r.of());
            boolean mutual = back != null && back.of().equals(s);
            told.add(s);
            if (mutual) {
                told.add(r.of());
            }
            out.add(mutual ? s + " and " + r.of() + " repeat each other" : s + " repeats " + r.of());
        }
        return out;
    }

    /**
     * The repeats among a claim group's sources and how many reportings they are, in words ("A and B repeat each
     * other: 2 reportings"), or null when no source of them repeats another of them.
     */
    public static String inWords(Collection<String> sources, Map<String, Repeat> repeats,
            Map<String, String> reportings) {
        int n = reportingCount(sources, reportings);
        if (n == sources.size()) {
            return null;
        }
        return String.join("; ", among(sources, repeats)) + ": " + n + (n == 1 ? " reporting" : " reportings");
    }

    /** The text's runs of {@value #RUN_WORDS} words, each as a 64-bit hash of its words. */
    static Set<Long> runs(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + RUN_WORDS <= words.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int k = i; k < i + RUN_WORDS; k++) {
                String w = words.get(k);
                for (int c = 0; c < w.length(); c++) {
                    h = (h ^ w.charAt(c)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            out.add(h);
        }
        return out;
    }
}
