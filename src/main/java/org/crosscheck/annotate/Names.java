package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules that find names and group them into entities share ({@link EntityResolver}, {@link MentionRepairs},
 * {@link MissedNames}, {@link Pronouns}): the keys of a name (folded, honorifics and generational suffixes off, title
 * abbreviations written out), the words of an organisation's and a company's name, a name as written
 * ({@link #surface}), the head token of a mention ({@link #headOf}), and the two edits of a document's mentions the
 * rules make ({@link #replaceMentions}, {@link #dropMention}).
 */
final class Names {
    private Names() {
    }

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "madam", "prof",
            "rep", "sen", "gov", "gen", "lt", "col", "sgt", "capt", "president", "pres");
    /** Whether a word (folded, without its period) is an honorific or an abbreviated title before a name. */
    static boolean isHonorific(String word) {
        return HONORIFICS.contains(word);
    }

    private static final Set<String> GENERATIONAL = Set.of("jr", "sr", "ii", "iii", "iv");

    /** The abbreviations of titles in news style, with the word each stands for ("Gov." is governor). */
    static final Map<String, String> TITLE_ABBREVIATIONS = wordPairs("gov governor",
            "rep representative", "sen senator", "lt lieutenant", "gen general", "atty attorney", "col colonel",
            "capt captain", "sgt sergeant", "maj major", "adm admiral", "cmdr commander", "supt superintendent",
            "pres president", "sec secretary", "prof professor", "insp inspector", "det detective");

    /** A title's key: folded, each abbreviation written out ("Lt. Gov." and "lieutenant governor" are one). */
    static String titleKey(String text) {
        String[] w = nameKey(text).split(" ");
        for (int i = 0; i < w.length; i++) {
            w[i] = TITLE_ABBREVIATIONS.getOrDefault(w[i], w[i]);
        }
        return String.join(" ", w);
    }

    static String nameKey(String text) {
        String f = NameVariants.fold(text.replaceAll("['\u2019]s$", ""));
        return f.replaceFirst("^the ", "");
    }

    static String[] personTokens(String text) {
        String f = NameVariants.fold(text.replaceAll("['\u2019]s$", ""));
        List<String> toks = new ArrayList<>(Arrays.asList(f.split("[\\s]+")));
        while (toks.size() > 1 && HONORIFICS.contains(toks.get(0))) {
            toks.remove(0);
        }
        toks.removeIf(String::isEmpty);
        // a generational suffix is no surname: "Theodore J. Boutrous Jr." is Boutrous
        while (toks.size() > 2 && GENERATIONAL.contains(toks.get(toks.size() - 1))) {
            toks.remove(toks.size() - 1);
        }
        return toks.toArray(new String[0]);
    }

    /** The generational suffix a person's name ends with ("jr" of "Jesse L. Jackson Jr."), or null. */
    static String generationalSuffix(String text) {
        String[] w = NameVariants.fold(text.replaceAll("['\u2019]s$", "")).split("\\s+");
        return w.length > 2 && GENERATIONAL.contains(w[w.length - 1]) ? w[w.length - 1] : null;
    }

    /** A new mention over tokens [from, to), replacing the mentions inside it. */
    static Doc.NMention replaceMentions(Doc d, int from, int to, String type) {
        Doc.NMention m = new Doc.NMention();
        m.doc = d;
        m.tokFrom = from;
        m.tokTo = to;
        m.start = d.toks.get(from).start;
        m.end = d.toks.get(to - 1).end;
        m.text = d.body.text().substring(m.start, m.end);
        m.type = type;
        m.sent = d.toks.get(from).sent;
        m.inQuote = d.toks.get(from).inQuote;
        d.mentions.removeIf(x -> !x.pronoun && x.tokFrom >= from && x.tokTo <= to);
        for (int i = from; i < to; i++) {
            d.toks.get(i).mention = m;
        }
        d.mentions.add(m);
        d.mentions.sort(Comparator.comparingInt(x -> x.start));
        return m;
    }

    /** Takes a mention out of its document: no longer a mention, its tokens part of none. */
    static void dropMention(Doc d, Doc.NMention m) {
        d.mentions.remove(m);
        for (int i = m.tokFrom; i < m.tokTo; i++) {
            d.toks.get(i).mention = null;
        }
    }

    static Map<String, String> wordPairs(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (String p : pairs) {
            int sp = p.indexOf(' ');
            m.put(p.substring(0, sp), p.substring(sp + 1));
        }
        return Map.copyOf(m);
    }

    /** Words that say what legal form a company has, not which company it is. */
    static final Set<String> COMPANY_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co",
            "ltd", "limited", "llc", "llp", "plc", "pc", "ag", "sa", "nv", "gmbh", "group", "holdings", "bancorp",
            "bancorporation", "spa");

    /**
     * Whether the last word of a name, folded into {@link #COMPANY_FORMS}, is written as a legal form: the Italian
     * "S.p.A." ("Fiat S.P.A.", Reuters-00340, beside "Fiat"), "SpA" or "SPA", not a word "Spa" ("Bath Spa").
     */
    static boolean writtenAsForm(String lastWord) {
        return !lastWord.equals("Spa");
    }

    /** A company's name without its legal form, "&" read as "and", commas dropped: "procter and gamble". */
    static String bareCompanyName(String text) {
        String[] w = orgWords(NameVariants.fold(text).replace(",", " ").replace("&", " and "));
        int n = w.length;
        String[] raw = text.strip().split("\\s+");
        while (n > 1 && COMPANY_FORMS.contains(w[n - 1])
                && writtenAsForm(raw[Math.max(0, raw.length - (w.length - n) - 1)].replaceAll("[,.]+$", ""))) {
            n--;
        }
        return String.join(" ", Arrays.copyOf(w, n));
    }

    static String[] orgWords(String text) {
        String t = text.strip().replaceAll("['\u2019]s$", "").replaceFirst("^(?i)the\\s+", "");
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    static boolean isCapitalisedWord(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }

    static boolean matchesAt(Doc d, int at, List<String> words) {
        if (at + words.size() > d.toks.size()) {
            return false;
        }
        int sent = d.toks.get(at).sent;
        for (int k = 0; k < words.size(); k++) {
            Doc.Tok t = d.toks.get(at + k);
            if (t.sent != sent || !t.word.equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The name as written, without a possessive ending. */
    static String surface(Doc.NMention m) {
        return m.text.replaceAll("\\s+", " ").replaceAll("['\u2019]s$", "").strip();
    }

    /** The token of a mention whose head lies outside it (the last token when the tree says nothing). */
    static Doc.Tok headOf(Doc d, Doc.NMention m) {
        for (int k = m.tokFrom; k < m.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (!t.dep.isEmpty() && (t.head < m.tokFrom || t.head >= m.tokTo)) {
                return t;
            }
        }
        return d.toks.get(m.tokTo - 1);
    }

    /**
     * The abbreviations of US state names in news style (the AP stylebook's, which US outlets use after a town:
     * "Bentonville, Ark."), each with its state; folded as name keys are.
     */
    static final Map<String, String> STATE_ABBREVIATIONS = wordPairs(
            "ala alabama", "ariz arizona", "ark arkansas", "calif california", "colo colorado", "conn connecticut",
            "del delaware", "fla florida", "ga georgia", "ill illinois", "ind indiana", "kan kansas", "ky kentucky",
            "la louisiana", "md maryland", "mass massachusetts", "mich michigan", "minn minnesota",
            "miss mississippi", "mo missouri", "mont montana", "neb nebraska", "nev nevada", "nh new hampshire",
            "nj new jersey", "nm new mexico", "ny new york", "nc north carolina", "nd north dakota",
            "okla oklahoma", "ore oregon", "pa pennsylvania", "ri rhode island", "sc south carolina",
            "sd south dakota", "tenn tennessee", "vt vermont", "va virginia", "wva west virginia",
            "wis wisconsin", "wyo wyoming", "dc district of columbia");
}
