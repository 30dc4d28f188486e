package org.crosscheck.annotate;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Common nouns for people ("official", "spokesman", "chairman", "senator"), from WordNet 3.1: a noun whose first
 * (most frequent) sense is filed under noun.person. "A U.S. intelligence official" is a person, not the country
 * modifying the noun; "the Kremlin's ministry" is not (noun.group). When the WordNet data cannot be loaded, no noun
 * is a person noun.
 */
final class PersonNouns {
    private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

    private PersonNouns() {
    }

    /** Whether the noun (a lemma, any case) first means a person. */
    static boolean isPerson(String lemma) {
        if (lemma == null || lemma.isEmpty()) {
            return false;
        }
        return CACHE.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), PersonNouns::load);
    }

    private static final Map<String, Boolean> ANY_SENSE = new ConcurrentHashMap<>();

    /**
     * Whether any sense of the noun means a person: "chair" first means a seat, and also the officer who presides
     * ("RNC Chair Reince Priebus"). For a word whose place already says it is a title.
     */
    static boolean canBePerson(String lemma) {
        if (lemma == null || lemma.isEmpty()) {
            return false;
        }
        return ANY_SENSE.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), noun -> {
            Dictionary d = VerbClasses.dictionary();
            if (d == null) {
                return false;
            }
            try {
                IndexWord w = d.getIndexWord(POS.NOUN, noun);
                return w != null && w.getSenses().stream().anyMatch(x -> "noun.person".equals(x.getLexFileName()));
            } catch (JWNLException e) {
                return false;
            }
        });
    }

    private static boolean load(String noun) {
        Dictionary d = VerbClasses.dictionary();
        if (d == null) {
            return false;
        }
        try {
            IndexWord w = d.getIndexWord(POS.NOUN, noun);
            return w != null && !w.getSenses().isEmpty()
                    && "noun.person".equals(w.getSenses().get(0).getLexFileName());
        } catch (JWNLException e) {
            return false;
        }
    }
}
