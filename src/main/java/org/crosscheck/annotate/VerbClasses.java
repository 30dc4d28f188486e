package org.crosscheck.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Verbs of one class, from WordNet 3.1 (through extjwnl and its bundled data): two verbs are related when a sense
 * of one shares a synset with a sense of the other ("respond" / "react"), when a sense of one is the direct
 * hypernym of a sense of the other ("blast" in its sense "criticize harshly" / "criticize"), or when senses of both
 * have one direct hypernym ("rebuke" / "blast": both kinds of "criticize"). A hypernym counts only when it is a
 * narrow class, with at most {@link #NARROW} direct hyponyms: "move" (a hypernym of "raise") or "act, move" is not.
 *
 * <p>Every sense counts, not only the first: the sense a news sentence uses is often not WordNet's most frequent
 * one ("blast" is first "blare"). A relation between verbs is therefore weak evidence alone; the grouper uses it
 * only beside other evidence (the same subject, a shared word). When the WordNet data cannot be loaded, no two
 * different verbs are related.
 */
final class VerbClasses {
    /** Direct hyponyms a shared hypernym may have at most for its hyponyms to count as one class. */
    static final int NARROW = 25;

    private record Senses(Set<Long> own, Set<Long> up, Set<Long> narrowUp) {
    }

    private static final Map<String, Senses> CACHE = new ConcurrentHashMap<>();
    private static volatile Dictionary dictionary;
    private static volatile boolean failed;

    private VerbClasses() {
    }

    /** Whether verbs (lemmas) {@code a} and {@code b} are the same verb or related as the class comment says. */
    static boolean related(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        // a phrasal verb ("bow out") is related to what its own senses relate it to ("pull out") and to what its verb
        // alone is related to ("bowing out as the moderator" / "dropped plans to moderate")
        for (String fx : forms(x)) {
            for (String fy : forms(y)) {
                if (relatedForms(fx, fy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A verb, and for a phrasal verb ("bow out") also its verb alone ("bow"). */
    private static List<String> forms(String verb) {
        int space = verb.indexOf(' ');
        return space > 0 ? List.of(verb, verb.substring(0, space)) : List.of(verb);
    }

    private static boolean relatedForms(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        Senses sx = senses(x);
        Senses sy = senses(y);
        return meets(sx.own(), sy.own()) || meets(sx.own(), sy.narrowUp()) || meets(sx.narrowUp(), sy.own())
                || meets(sx.narrowUp(), sy.narrowUp());
    }

    /** Whether WordNet has {@code verb} (a lemma, or a phrasal verb as "bow out") as a verb. */
    static boolean known(String verb) {
        Dictionary d = dictionary();
        if (d == null || verb == null || verb.isEmpty()) {
            return false;
        }
        try {
            return d.getIndexWord(POS.VERB, verb.toLowerCase(Locale.ROOT)) != null;
        } catch (JWNLException e) {
            return false;
        }
    }

    private static boolean meets(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        for (Long o : small) {
            if (large.contains(o)) {
                return true;
            }
        }
        return false;
    }

    private static Senses senses(String verb) {
        return CACHE.computeIfAbsent(verb, VerbClasses::load);
    }

    private static Senses load(String verb) {
        Set<Long> own = new HashSet<>();
        Set<Long> up = new HashSet<>();
        Set<Long> narrow = new HashSet<>();
        Dictionary d = dictionary();
        if (d == null) {
            return new Senses(own, up, narrow);
        }
        try {
            IndexWord w = d.getIndexWord(POS.VERB, verb);
            if (w == null) {
                return new Senses(own, up, narrow);
            }
            for (Synset s : w.getSenses()) {
                own.add(s.getOffset());
                for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                    Synset h = p.getTargetSynset();
                    up.add(h.getOffset());
                    if (h.getPointers(PointerType.HYPONYM).size() <= NARROW) {
                        narrow.add(h.getOffset());
                    }
                }
            }
        } catch (JWNLException e) {
            // a lookup that fails relates the verb to nothing
        }
        return new Senses(Set.copyOf(own), Set.copyOf(up), Set.copyOf(narrow));
    }

    static Dictionary dictionary() {
        if (dictionary == null && !failed) {
            synchronized (VerbClasses.class) {
                if (dictionary == null && !failed) {
                    try {
                        dictionary = Dictionary.getDefaultResourceInstance();
                    } catch (JWNLException | RuntimeException e) {
                        failed = true;
                        System.err.println("WordNet data could not be loaded (" + e.getMessage()
                                + "): verbs are compared by their lemmas only");
                    }
                }
            }
        }
        return dictionary;
    }
}
