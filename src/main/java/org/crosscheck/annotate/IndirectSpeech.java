package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Quote;

/**
 * Reported speech without quotation marks, as quotes of kind {@code indirect}: "Zelensky said Kiev has captured two
 * Chinese nationals" (speaker, reporting verb, the reported clause after it, with or without "that"), "…, officials
 * said." (the clause before it), "according to X, …" and "…, according to X". Rules over part-of-speech tags: the
 * subject is the noun phrase, name or pronoun right before the verb (or right after it in "…, said X"); a clause is
 * reported only when it holds a verb or opens with a complementizer, so "he said nothing" is not a quote.
 */
final class IndirectSpeech {
    /** Reporting verbs and verbs of belief, as lemmas. */
    static final Set<String> VERBS = Set.copyOf(List.of("say", "tell", "claim", "add", "state", "announce", "accuse", "reveal",
            "confirm", "acknowledge", "deny", "warn", "argue", "insist", "report", "write", "believe", "think",
            "note", "explain", "suggest", "assert", "allege", "predict", "promise", "vow", "pledge", "admit",
            "concede", "contend", "maintain", "declare", "indicate", "estimate", "find", "show", "conclude",
            "stress", "emphasize", "emphasise", "insinuate", "imply", "hint", "testify", "tweet", "post", "recall",
            "complain", "boast", "brag", "agree", "disclose", "predict", "worry", "fear", "hope", "expect",
            "feel", "know", "charge", "counter", "respond", "reply", "observe", "remark", "mention", "point",
            "speculate", "assure", "inform", "remind", "caution", "signal", "repeat", "reiterate", "say"));
    /** Verbs that take the person told before the reported clause. */
    private static final Set<String> OBJECT_VERBS = Set.of("tell", "warn", "assure", "inform", "remind", "accuse",
            "promise", "caution", "show");
    private static final Set<String> COMPLEMENTIZER = Set.of("that", "whether", "if", "how", "why", "what", "when",
            "where", "who");
    private static final Set<String> SKIP = Set.of("RB", "RBR", "RBS", "MD", "RP");
    private static final Set<String> AUX = Set.of("have", "be", "do", "also", "not", "n't", "repeatedly", "later",
            "then", "further", "never", "once");

    private final Attributor attributor;
    private final Doc d;
    private final Set<Integer> usedCues;

    IndirectSpeech(Attributor attributor, Doc d, Set<Integer> usedCues) {
        this.attributor = attributor;
        this.d = d;
        this.usedCues = usedCues;
    }

    /** A speaker found for a cue: its token span, the entity and a name to show. */
    private record Speaker(int from, int to, EntityResolver.Cluster entity, String name, String rule) {
    }

    List<Quote> find() {
        List<Quote> out = new ArrayList<>();
        for (Doc.Sent s : d.sents) {
            if (s.boilerplate != null) {
                continue;
            }
            int coveredTo = -1;
            for (int i = s.tokFrom; i < s.tokTo; i++) {
                Doc.Tok t = d.toks.get(i);
                if (i < coveredTo || t.inQuote || d.quoteAt(t.start) != null || usedCues.contains(t.start)) {
                    continue;
                }
                Quote q = null;
                if (t.word.equalsIgnoreCase("according") && i + 1 < s.tokTo
                        && d.toks.get(i + 1).word.equalsIgnoreCase("to")) {
                    q = according(s, i);
                } else if (t.pos.startsWith("VB") && VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))) {
                    q = verb(s, i);
                }
                if (q != null) {
                    out.add(q);
                    for (int k = i; k < s.tokTo; k++) {
                        if (d.toks.get(k).start < d.body.length() && d.origStart(d.toks.get(k).start) < q.end()) {
                            coveredTo = k + 1;
                        }
                    }
                }
            }
        }
        return out;
    }

    // ---- "according to X"

    private Quote according(Doc.Sent s, int i) {
        int from = i + 2;
        int to = from;
        while (to < s.tokTo && to - from < 12) {
            Doc.Tok t = d.toks.get(to);
            if (t.word.equals(",") || t.word.equals(".") || t.word.equals(";") || t.pos.startsWith("VB")
                    && !t.pos.equals("VBN") && !t.pos.equals("VBG") || t.inQuote) {
                break;
            }
            to++;
        }
        if (to == from) {
            return null;
        }
        Speaker sp = speakerIn(from, to, "'according to' names the source");
        int cFrom;
        int cTo;
        if (onlyPunctuation(s.tokFrom, i)) {
            cFrom = to;
            while (cFrom < s.tokTo && d.toks.get(cFrom).word.equals(",")) {
                cFrom++;
            }
            cTo = s.tokTo;
        } else {
            cFrom = s.tokFrom;
            cTo = i;
        }
        return quote(s, sp, cFrom, cTo, i, i + 2, "according to");
    }

    // ---- a reporting verb

    private Quote verb(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        String lemma = v.lemma.toLowerCase(Locale.ROOT);
        int j = i - 1;
        boolean passive = false;
        while (j >= s.tokFrom && (SKIP.contains(d.toks.get(j).pos)
                || AUX.contains(d.toks.get(j).lemma.toLowerCase(Locale.ROOT)))) {
            if (d.toks.get(j).lemma.equalsIgnoreCase("be")) {
                passive = true;
            }
            j--;
        }
        if (v.pos.equals("VBN") && (passive || j < s.tokFrom || !isAuxHave(i))) {
            return null; // "was told", "the claims made": not a speaker reporting
        }
        if (v.pos.equals("VBG") && (j < s.tokFrom || !d.toks.get(j).word.equals(","))) {
            return null; // "saying" only as "…, saying …"
        }
        Speaker sp = null;
        boolean inverted = false;
        if (v.pos.equals("VBG")) {
            sp = clauseSubject(s, j);
        } else if (j >= s.tokFrom) {
            sp = subjectEndingAt(s, j);
        }
        if (sp == null && !v.pos.equals("VBG") && (j < s.tokFrom || isComma(d.toks.get(j)))) {
            sp = subjectAfter(s, i + 1);
            inverted = sp != null;
        }
        if (sp == null) {
            return null;
        }
        // the reported clause after the verb
        int after = inverted ? sp.to : i + 1;
        int c = contentAfter(s, after, lemma);
        if (c >= 0) {
            return quote(s, sp, c, s.tokTo, i, i + 1, v.word.toLowerCase(Locale.ROOT));
        }
        // or before it: "…, officials said." / "…, said the spokesman."
        int left = inverted ? i : sp.from;
        if (left - 1 > s.tokFrom && isComma(d.toks.get(left - 1)) && trailing(s, inverted ? sp.to : i + 1)) {
            return quote(s, sp, s.tokFrom, left - 1, i, i + 1, v.word.toLowerCase(Locale.ROOT));
        }
        return null;
    }

    private boolean isAuxHave(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String l = d.toks.get(j).lemma.toLowerCase(Locale.ROOT);
            if (l.equals("have")) {
                return true;
            }
            if (!SKIP.contains(d.toks.get(j).pos)) {
                return false;
            }
        }
        return false;
    }

    /** Only punctuation, adverbs and a short place/time phrase follow: "…, he said on Thursday." */
    private boolean trailing(Doc.Sent s, int from) {
        int words = 0;
        for (int k = from; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.pos.startsWith("VB") || t.inQuote) {
                return false;
            }
            if (Character.isLetterOrDigit(t.word.charAt(0))) {
                words++;
            }
        }
        return words <= 6;
    }

    /**
     * Where the reported clause after the verb starts, or -1: at a complementizer within a short stretch of
     * adverbials (and the person told, for tell-like verbs), else right after the verb when what follows has a verb.
     */
    private int contentAfter(Doc.Sent s, int from, String lemma) {
        int k = from;
        while (k < s.tokTo && SKIP.contains(d.toks.get(k).pos)) {
            k++;
        }
        if (k < s.tokTo && d.toks.get(k).word.equals(":")) {
            k++;
        }
        if (k >= s.tokTo) {
            return -1;
        }
        boolean object = OBJECT_VERBS.contains(lemma);
        Doc.Tok first = d.toks.get(k);
        boolean adverbial = first.pos.equals("IN") || first.pos.equals("TO") || first.word.equals(",");
        if (object || adverbial) {
            for (int m = k; m < s.tokTo && m - k < 14; m++) {
                Doc.Tok t = d.toks.get(m);
                String w = t.word.toLowerCase(Locale.ROOT);
                if (m > k && COMPLEMENTIZER.contains(w) && (w.equals("that") || !t.pos.startsWith("IN")
                        || w.equals("whether") || w.equals("if"))) {
                    return hasClause(s, m + 1) ? m : -1;
                }
                if (t.pos.startsWith("VB") || t.word.equals(".") || t.inQuote) {
                    break;
                }
            }
        }
        String w = first.word.toLowerCase(Locale.ROOT);
        if (COMPLEMENTIZER.contains(w)) {
            return hasClause(s, k + 1) ? k : -1;
        }
        if (first.word.equals(",") || first.word.equals(".") || first.word.equals(";")) {
            return -1;
        }
        if (object) {
            // "told reporters the wall would be built": skip the person told
            int m = k;
            while (m < s.tokTo && (d.toks.get(m).pos.startsWith("NN") || d.toks.get(m).pos.startsWith("PRP")
                    || d.toks.get(m).pos.equals("DT") || d.toks.get(m).pos.equals("JJ"))) {
                m++;
                if (d.toks.get(m - 1).pos.startsWith("PRP") || d.toks.get(m - 1).pos.startsWith("NNP")
                        && (m >= s.tokTo || !d.toks.get(m).pos.startsWith("NNP"))) {
                    break;
                }
            }
            k = m;
            if (k >= s.tokTo) {
                return -1;
            }
        }
        return startsClause(s, k) ? k : -1;
    }

    /** A subject followed by a finite verb within a few tokens: "Kiev has captured …", "the wall would be …". */
    private boolean startsClause(Doc.Sent s, int k) {
        Doc.Tok t = d.toks.get(k);
        if (!(t.pos.startsWith("NN") || t.pos.startsWith("PRP") || t.pos.equals("DT") || t.pos.equals("JJ")
                || t.pos.equals("CD") || t.pos.equals("EX"))) {
            return false;
        }
        for (int m = k + 1; m < s.tokTo && m - k <= 10; m++) {
            Doc.Tok x = d.toks.get(m);
            if (x.pos.equals("MD") || x.pos.equals("VBD") || x.pos.equals("VBZ") || x.pos.equals("VBP")) {
                return true;
            }
            if (x.word.equals(",") || x.word.equals(".") || x.word.equals(";") || x.pos.equals("VB")
                    || x.pos.equals("VBG") || x.pos.equals("IN") && m == k + 1) {
                return false;
            }
        }
        return false;
    }

    private boolean hasClause(Doc.Sent s, int from) {
        for (int m = from; m < s.tokTo && m - from <= 14; m++) {
            if (d.toks.get(m).pos.startsWith("VB") || d.toks.get(m).pos.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    // ---- speakers

    /** The subject whose last token is {@code j}: a name (with its titles), a pronoun, "who", or a noun phrase. */
    private Speaker subjectEndingAt(Doc.Sent s, int j) {
        Doc.Tok t = d.toks.get(j);
        if (t.inQuote) {
            return null;
        }
        if (t.mention != null && t.mention.tokTo - 1 == j && canSpeak(t.mention)) {
            return mentionSpeaker(s, t.mention, "subject before the reporting verb");
        }
        String w = t.word.toLowerCase(Locale.ROOT);
        if (t.pos.equals("PRP") && !w.equals("it") || w.equals("who") && t.pos.startsWith("W")) {
            Speaker ante = null;
            if (w.equals("who")) {
                int k = j - 1;
                if (k >= s.tokFrom && isComma(d.toks.get(k))) {
                    k--;
                }
                if (k >= s.tokFrom && d.toks.get(k).mention != null && canSpeak(d.toks.get(k).mention)) {
                    ante = mentionSpeaker(s, d.toks.get(k).mention, "");
                }
            }
            return new Speaker(j, j + 1, ante == null ? null : ante.entity, ante == null ? t.word : ante.name,
                    "'" + t.word + "' before the reporting verb");
        }
        if (isComma(t)) {
            // "Pat Caddell, a longtime pollster, said": the name before the apposition
            for (int k = j - 1; k > s.tokFrom && j - k < 12; k--) {
                if (d.toks.get(k).inQuote || d.toks.get(k).pos.startsWith("VB")) {
                    return null;
                }
                if (isComma(d.toks.get(k))) {
                    Doc.Tok n = d.toks.get(k - 1);
                    if (n.mention != null && n.mention.tokTo - 1 == k - 1 && canSpeak(n.mention)) {
                        return mentionSpeaker(s, n.mention, "name before an apposition before the reporting verb");
                    }
                    return null;
                }
            }
            return null;
        }
        if (t.pos.startsWith("NN")) {
            int k = j;
            while (k - 1 >= s.tokFrom && j - k < 6 && !d.toks.get(k - 1).inQuote
                    && Attributor.isNpTag(d.toks.get(k - 1).pos)) {
                k--;
                if (d.toks.get(k).pos.equals("DT")) {
                    break;
                }
            }
            return speakerIn(k, j + 1, "noun phrase before the reporting verb");
        }
        return null;
    }

    /** "…, said Mr. Obama", "…, said the spokesman": a name or noun phrase right after the verb. */
    private Speaker subjectAfter(Doc.Sent s, int from) {
        int to = from;
        while (to < s.tokTo && to - from < 8 && !d.toks.get(to).inQuote
                && (Attributor.isNpTag(d.toks.get(to).pos) || d.toks.get(to).mention != null)) {
            to++;
        }
        if (to == from || !d.toks.get(to - 1).pos.startsWith("NN")) {
            return null;
        }
        return speakerIn(from, to, "subject after the reporting verb");
    }

    /** For "…, saying …": the subject at the start of the clause. */
    private Speaker clauseSubject(Doc.Sent s, int before) {
        for (int i = s.tokFrom; i < before; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.inQuote || t.pos.startsWith("VB") || t.pos.equals("MD")) {
                return i > s.tokFrom ? subjectEndingAt(s, i - 1) : null;
            }
        }
        return null;
    }

    /** The speaker named in tokens [from, to): its first speaking mention, else the phrase itself. */
    private Speaker speakerIn(int from, int to, String rule) {
        EntityResolver.Cluster entity = null;
        String name = null;
        for (int k = from; k < to; k++) {
            Doc.NMention m = d.toks.get(k).mention;
            if (m != null && canSpeak(m)) {
                entity = m.cluster;
                name = m.cluster != null ? m.cluster.name : m.pronoun ? null : m.text;
                break;
            }
        }
        String phrase = d.body.text().substring(d.toks.get(from).start, d.toks.get(to - 1).end);
        if (entity == null && name == null) {
            entity = attributor.descriptor(d, from, to - 1);
            name = entity != null ? entity.name : phrase;
            if (entity != null) {
                rule = rule + ", '" + phrase + "' taken as the last person so titled";
            }
        }
        return new Speaker(from, to, entity, name, rule);
    }

    private Speaker mentionSpeaker(Doc.Sent s, Doc.NMention m, String rule) {
        int from = m.pronoun ? m.tokFrom : Attributor.npStart(d, s, m.tokFrom);
        String name = m.cluster != null ? m.cluster.name : m.pronoun ? m.text : m.text;
        if (m.pronoun) {
            rule = rule + (m.cluster == null ? ", pronoun '" + m.text + "' unresolved"
                    : ", pronoun '" + m.text + "' = last named person");
        }
        return new Speaker(from, m.tokTo, m.cluster, name, rule);
    }

    private static boolean canSpeak(Doc.NMention m) {
        if (m.pronoun) {
            return true;
        }
        String cls = EntityResolver.typeClass(m.type);
        return cls.equals("PERSON") || cls.equals("ORGANIZATION") || cls.equals("PLACE");
    }

    // ---- helpers

    private boolean onlyPunctuation(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetterOrDigit(d.toks.get(k).word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isComma(Doc.Tok t) {
        return t.word.equals(",") || t.word.equals("--") || t.word.equals("-");
    }

    private Quote quote(Doc.Sent s, Speaker sp, int cFrom, int cTo, int cueFrom, int cueTo, String cue) {
        while (cTo > cFrom && !Character.isLetterOrDigit(d.toks.get(cTo - 1).word.charAt(0))
                && !isClosingQuote(d.toks.get(cTo - 1))) {
            cTo--;
        }
        while (cFrom < cTo && (isComma(d.toks.get(cFrom)) || d.toks.get(cFrom).word.equals(":"))) {
            cFrom++;
        }
        int words = 0;
        for (int k = cFrom; k < cTo; k++) {
            if (Character.isLetterOrDigit(d.toks.get(k).word.charAt(0))) {
                words++;
            }
        }
        if (words < 3) {
            return null;
        }
        int start = d.toks.get(cFrom).start;
        int end = d.toks.get(cTo - 1).end;
        String text = d.body.text().substring(start, end).strip();
        String why = "indirect speech: " + sp.rule + " '" + d.body.text().substring(d.toks.get(sp.from).start,
                d.toks.get(sp.to - 1).end) + "', cue '" + cue + "'";
        return new Quote(null, d.id(), sp.name, sp.entity == null ? null : sp.entity.id, text, d.origStart(start),
                d.origEnd(end), "indirect", cue, Attributor.channel(d, s.index, s.index), s.index, why,
                d.origStart(d.toks.get(sp.from).start), d.origEnd(d.toks.get(sp.to - 1).end),
                d.origStart(d.toks.get(cueFrom).start), d.origEnd(d.toks.get(cueTo - 1).end));
    }

    private static boolean isClosingQuote(Doc.Tok t) {
        return t.word.equals("\u201D") || t.word.equals("''") || t.word.equals("\"") || t.word.equals("\u2019");
    }
}
