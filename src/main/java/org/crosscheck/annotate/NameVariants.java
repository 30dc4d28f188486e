package org.crosscheck.annotate;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Decides whether two spellings are variants of one name (Zelensky/Zelenskyy/Zelenskiy, Kiev/Kyiv). */
final class NameVariants {
    /**
     * Common English short forms of first names (hypocorisms), each with its full form: a general table of the
     * language's usual pairs, as name dictionaries list them, not the names of any one story. WordNet has none.
     */
    private static final Map<String, String> SHORT_FORMS = shortForms(
            "bill william", "will william", "billy william", "bob robert", "bobby robert", "rob robert",
            "dick richard", "rick richard", "rich richard", "jim james", "jimmy james", "jamie james",
            "mike michael", "mick michael", "joe joseph", "tom thomas", "tommy thomas", "dan daniel",
            "danny daniel", "dave david", "chris christopher", "nick nicholas", "tony anthony", "ted edward",
            "ed edward", "eddie edward", "ken kenneth", "larry lawrence", "jerry gerald", "pat patrick",
            "pete peter", "steve stephen", "sam samuel", "ben benjamin", "andy andrew", "drew andrew",
            "alex alexander", "fred frederick", "hank henry", "harry henry", "jack john", "johnny john",
            "jon jonathan", "matt matthew", "nate nathan", "ron ronald", "don donald", "doug douglas",
            "greg gregory", "jeff jeffrey", "chuck charles", "charlie charles", "liz elizabeth",
            "beth elizabeth", "betty elizabeth", "kate katherine", "kathy katherine", "cathy catherine",
            "sue susan", "jenny jennifer", "jen jennifer", "meg margaret", "peggy margaret", "maggie margaret",
            "debbie deborah", "deb deborah", "barb barbara", "vicky victoria", "becky rebecca", "nancy ann",
            "newt newton", "mitch mitchell", "rudy rudolph", "gabby gabrielle", "al albert", "walt walter",
            "hal harold", "phil philip", "tim timothy", "vince vincent", "zach zachary", "josh joshua",
            // more of the common ones, each with one full form only (no "bert": Albert or Herbert; no "frank" or
            // "sandy", names of their own as often as short forms)
            "bernie bernard", "ray raymond", "gene eugene", "stan stanley", "len leonard", "lenny leonard",
            "terry terence", "jake jacob", "abe abraham", "herb herbert", "ernie ernest", "marty martin",
            "russ russell", "lou louis", "manny manuel", "ollie oliver", "reggie reginald", "wes wesley",
            "pam pamela", "patty patricia", "trish patricia", "cindy cynthia");

    private static Map<String, String> shortForms(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (String p : pairs) {
            String[] f = p.split(" ");
            m.put(f[0], f[1]);
        }
        return Map.copyOf(m);
    }

    /** Why two first names are the same one, or null: "dick" and "richard". */
    static String shortForm(String a, String b) {
        if (b.equals(SHORT_FORMS.get(a)) || a.equals(SHORT_FORMS.get(b))
                || SHORT_FORMS.containsKey(a) && SHORT_FORMS.get(a).equals(SHORT_FORMS.get(b))) {
            return "'" + a + "' and '" + b + "' are forms of one first name";
        }
        return null;
    }

    /**
     * Why two first names (folded) are one name written with c in one source and k in another ("costas" and
     * "kostas"), or null: one letter of Greek (kappa) or of the Slavic alphabets comes into English both ways, and
     * the rest of the name is the same.
     */
    static String initialCOrK(String a, String b) {
        if (a.length() < 3 || a.length() != b.length() || a.charAt(0) == b.charAt(0)
                || "ck".indexOf(a.charAt(0)) < 0 || "ck".indexOf(b.charAt(0)) < 0
                || !a.substring(1).equals(b.substring(1))) {
            return null;
        }
        return "'" + a + "' and '" + b + "' are one first name, an initial c or k transliterating one letter";
    }

    private NameVariants() {
    }

    /** Lower case, accents removed, apostrophes and dots dropped. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("['.\u2019]", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * Why {@code a} and {@code b} (folded) are spellings of one name, or null when they are not. Equal strings are
     * not variants (the caller handles them).
     */
    static String variant(String a, String b) {
        if (a.equals(b)) {
            return null;
        }
        String ra = romanised(a);
        String rb = romanised(b);
        if (!ra.equals(a) || !rb.equals(b)) {
            // "al-Qaddafi" / "Gadhafi" (Fox and HuffPost, 2011_005a2961): one Arabic name romanised two ways
            if (ra.equals(rb)) {
                return "transliteration variant, the same name with its article, q or dh written another way";
            }
            String why = ra.length() >= 4 && rb.length() >= 4 && ra.charAt(0) == rb.charAt(0)
                    && !ra.contains(" ") && !rb.contains(" ") && levenshtein(ra, rb) <= 2
                    && skeleton(ra).length() >= 2 && skeleton(ra).equals(skeleton(rb))
                    && shape(ra).equals(shape(rb)) ? "transliteration variant, same consonant skeleton '"
                    + skeleton(ra) + "' once the article, q and dh are read alike" : null;
            if (why != null) {
                return why;
            }
        }
        int la = a.length();
        int lb = b.length();
        if (Math.min(la, lb) < 4 || a.charAt(0) != b.charAt(0)) {
            return null;
        }
        int d = levenshtein(a, b);
        if (Math.min(la, lb) >= 6 && swapped(a, b)) {
            return "spelling variant, two letters swapped";
        }
        if (Math.min(la, lb) >= 6 && d <= 0.2 * Math.max(la, lb) && d <= 2) {
            return "spelling variant, edit distance " + d;
        }
        if (!a.contains(" ") && !b.contains(" ") && d <= 2) {
            String sa = skeleton(a);
            String sb = skeleton(b);
            if (sa.length() >= 2 && sa.equals(sb) && shape(a).equals(shape(b))) {
                return "transliteration variant, same consonant skeleton '" + sa + "'";
            }
        }
        return null;
    }

    /** Whether b is a with two neighbouring letters swapped ("Mihkail" / "Mikhail"): a typing slip. */
    static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /**
     * A name (folded) as Arabic names are romanised in English news, reduced to one spelling: the article "al-" or
     * "el-" before it left off, "q" not before "u" (the qaf, which writers also give as "g"; English writes "qu")
     * read as "g", "dh" as "d": "al-qaddafi" and "gadhafi" are "gaddafi" and "gadafi", one consonant skeleton. A
     * name with none of these is returned as it is.
     */
    static String romanised(String s) {
        String r = s.replaceFirst("^(?:al|el)-(?=\\p{L}{3})", "");
        return r.replaceAll("q(?!u)", "g").replace("dh", "d");
    }

    /** Consonants only (y counts as a vowel), doubled letters collapsed. */
    static String skeleton(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) || "aeiouy".indexOf(c) >= 0) {
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) == c) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The name's consonants with each run of vowels as one mark ("dean" d*n, "diana" d*n*): a transliteration
     * spells a vowel another way ("Kiev" / "Kyiv", "Zelensky" / "Zelenskiy") but keeps where vowels are, while
     * "Dean" and "Diana" differ by a syllable.
     */
    static String shape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            char k = "aeiouy".indexOf(c) >= 0 ? '*' : c;
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) == k) {
                continue;
            }
            sb.append(k);
        }
        return sb.toString();
    }

    static int levenshtein(String a, String b) {
        return org.crosscheck.model.EditDistance.levenshtein(a, b);
    }
}
