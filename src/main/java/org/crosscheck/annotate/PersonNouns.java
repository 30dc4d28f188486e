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
    /** Per noun: which of its senses, in WordNet's order, is the first filed under noun.person; -1 for none. */
    private static final Map<String, Integer> FIRST_PERSON_SENSE = new ConcurrentHashMap<>();

    private PersonNouns() {
    }

    /** Whether the noun (a lemma, any case) first means a person. */
    static boolean isPerson(String lemma) {
        return firstPersonSense(lemma) == 0;
    }

    /**
     * Whether any sense of the noun means a person: "chair" first means a seat, and also the officer who presides
     * ("RNC Chair Reince Priebus"). For a word whose place already says it is a title.
     */
    static boolean canBePerson(String lemma) {
        return firstPersonSense(lemma) >= 0;
    }

    private static int firstPersonSense(String lemma) {
        if (lemma == null || lemma.isEmpty()) {
            return -1;
        }
        return FIRST_PERSON_SENSE.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), PersonNouns::load);
    }

    private static int load(String noun) {
        Dictionary d = VerbClasses.dictionary();
        if (d == null) {
            return -1;
        }
        try {
            IndexWord w = d.getIndexWord(POS.NOUN, noun);
            if (w == null) {
                return -1;
            }
            for (int i = 0; i < w.getSenses().size(); i++) {
                if ("noun.person".equals(w.getSenses().get(i).getLexFileName())) {
                    return i;
                }
            }
            return -1;
        } catch (JWNLException e) {
            return -1;
        }
    }
}
