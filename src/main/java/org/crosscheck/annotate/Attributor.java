package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Quote;

/**
 * Finds who said what: the speaker, reporting verb, kind and channel of each quote, and the speaker a reporting
 * sentence attributes its content to.
 */
final class Attributor {
    /** Reporting verbs, as lemmas. */
    static final Set<String> CUES = Set.of("say", "add", "write", "state", "tell", "claim", "announce", "note",
            "insist", "declare", "explain", "continue", "ask", "reply", "respond", "argue", "warn", "post", "tweet",
            "acknowledge", "admit", "conclude", "urge", "call", "describe", "label", "accuse", "comment", "confirm",
            "remark", "recall", "suggest", "stress", "emphasize", "emphasise", "reveal", "report", "assert",
            "allege", "predict", "promise", "vow", "pledge", "deny", "indicate", "observe", "testify", "quip",
            "concede", "contend", "maintain", "mention", "demand", "brand", "dub", "term", "reiterate", "repeat",
            // words shouted or chanted: "“They stole the country,” shouted the man", "… ,” some protesters chanted"
            "shout", "chant", "yell", "scream", "answer",
            // "“It is still morning in America,” he posited, “it just happens to be …”"
            "posit");
    /** Whether a token is a verb of saying ({@link #CUES}). */
    static boolean isCueVerb(Doc.Tok t) {
        return t.pos.startsWith("VB") && CUES.contains(t.lemma.toLowerCase(Locale.ROOT));
    }

    /** "PENCE:" or "Pat Caddell:" opening a quote or a sentence. */
    static final Pattern LABEL = Pattern.compile("\\s*((?:[A-Z][A-Z.'\\-]+)(?: [A-Z][A-Z.'\\-]+){0,2}"
            + "|(?:[A-Z][a-z.'\\-]+)(?: [A-Z][a-z.'\\-]+){1,2}):\\s+(?=\\S)");
    /** Labels an editor puts before a paragraph ("UPDATE: …", "EDITOR'S NOTE: …"): no one speaks there. */
    private static final Set<String> EDITORIAL_LABELS = Set.of("update", "updated", "correction", "clarification",
            "editor's note", "editors' note", "note", "related", "watch", "read more", "video", "photos", "photo",
            "breaking", "developing", "exclusive", "analysis", "opinion", "advertisement", "source", "sources",
            "disclosure", "see also", "listen", "more", "also", "read", "view", "click here");

    /** Whether a label matched by {@link #LABEL} is an editor's ("UPDATE") rather than a speaker's. */
    static boolean isEditorialLabel(String label) {
        return EDITORIAL_LABELS.contains(label.strip().replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT));
    }
    private static final Pattern SIGNATURE = Pattern.compile("[ \\t]*-{1,2}[ \\t]*");
    /** Verbs that put their subject after them in "…,” said X". */
    private static final Set<String> INVERTING = Set.of("say", "add", "write", "ask", "continue", "note", "explain",
            "reply", "recall", "declare", "insist", "quip", "state", "tweet", "post", "remark", "argue", "warn",
            "conclude", "respond", "observe", "admit", "concede", "acknowledge", "tell", "reiterate", "repeat");
    /** Words of a quoted phrase short enough to be a term or title rather than a statement. */
    private static final int SHORT_PHRASE = 4;
    private static final Set<String> SKIP_BEFORE_CUE = Set.of("RB", "RBR", "RBS", "MD");
    private static final Set<String> AUX = Set.of("have", "be", "do", "also", "then", "later", "further");
    private static final Set<String> HONORIFIC = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.",
            "rep.", "gov.", "gen.");
    private static final Set<String> NP_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS",
            "PRP$", "CD", "VBN");
    private static final Pattern PLATFORM = Pattern.compile(
            "\\b(Telegram|Twitter|Facebook|Instagram|TikTok|YouTube|Truth Social|WhatsApp|Weibo|LinkedIn|Substack)\\b");
    private static final Pattern ON_X = Pattern.compile("\\b(?:on|to) (X)\\b|\\b(X) post\\b");
    /**
     * A broadcast programme named where the words were said: "told BBC Radio 4's Today programme", "told the BBC's
     * Politics Show", "on Five's Wright Stuff show". The capitalised words (and numbers) of its name, then the noun.
     */
    private static final Pattern PROGRAMME = Pattern.compile(
            "\\b(?:told|on)\\s+(?:the\\s+)?((?:(?:\\p{Lu}[\\p{L}.-]*|\\d+)(?:['\u2019]s)?\\s+){1,5}"
                    + "(?:programme|program|show|Programme|Program|Show))\\b");
    /**
     * Channels in order of preference: a named platform, social media, an occasion, a generic form. The occasion or
     * form must be where the words were said ("in a statement", "at a press conference", "during his nightly
     * address"), not a thing the sentence talks about ("condemned … following the video").
     */
    private static final List<Pattern> SPOKEN = List.of(
            Pattern.compile("\\b(social media|social network)\\b", Pattern.CASE_INSENSITIVE),
            where("(?:(?:nightly|evening|weekly|televised|video|daily|late-night|national) )+address|"
                    + "press conference|news conference|press briefing|briefing|interview|speech|podcast|"
                    + "radio show|television|TV|hearing|rally|summit"),
            where("statement|address|blog post|op-ed|letter|tweet|video|post"));

    /** A channel noun in a phrase saying where: a preposition, then up to four words, then the noun. */
    private static Pattern where(String nouns) {
        return Pattern.compile("\\b(?:in|on|at|during|via|through|from|over)\\s+(?:[\\w'\u2019.-]+\\s+){0,4}?(" + nouns
                + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Who a sentence or quote is attributed to. */
    record Attr(Doc.NMention subject, String subjectText, EntityResolver.Cluster entity, String cue, String why,
                int speakerStart, int speakerEnd, int cueStart, int cueEnd) {
        /** Speaker span from the mention (if any), no cue span. */
        Attr(Doc.NMention subject, String subjectText, EntityResolver.Cluster entity, String cue, String why) {
            this(subject, subjectText, entity, cue, why, subject == null ? -1 : subject.start,
                    subject == null ? -1 : subject.end, -1, -1);
        }

        Attr withCue(int from, int to) {
            return new Attr(subject, subjectText, entity, cue, why, speakerStart, speakerEnd, from, to);
        }

        Attr withSpeakerSpan(int from, int to) {
            return new Attr(subject, subjectText, entity, cue, why, from, to, cueStart, cueEnd);
        }

        Attr withCueOf(Attr other) {
            return other == null ? this : withCue(other.cueStart, other.cueEnd);
        }
    }

    private static final Set<String> INDEFINITE = Set.of("a", "an");

    private final List<Doc> docs;
    private final Map<EntityResolver.Cluster, Set<String>> titleWords = new IdentityHashMap<>();
    /** The same words, per article: only those standing before the person's name in that article. */
    private final Map<Doc, Map<EntityResolver.Cluster, Set<String>>> docTitleWords = new IdentityHashMap<>();
    /**
     * The head nouns of those titles, the word right before the name ("officer" of "Ferguson Police Officer Darren
     * Wilson"): a descriptor stands for the person only when its own head is one of them ("the officer", not
     * "police").
     */
    private final Map<EntityResolver.Cluster, Set<String>> titleHeads = new IdentityHashMap<>();
    private final Map<Doc, Map<Integer, Attr>> quoteSpeakerBySentence = new IdentityHashMap<>();
    private List<Quote> quotes;

    Attributor(List<Doc> docs) {
        this.docs = docs;
        collectTitleWords();
    }

    /** Words standing right before a person's name anywhere ("Ukrainian President", "foreign minister ,"). */
    private void collectTitleWords() {
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || m.cluster == null || !m.cluster.cls.equals("PERSON")) {
                    continue;
                }
                List<String> before = wordsBefore(d, m);
                titleWords.computeIfAbsent(m.cluster, k -> new HashSet<>()).addAll(before);
                if (!before.isEmpty()) {
                    titleHeads.computeIfAbsent(m.cluster, k -> new HashSet<>()).add(before.get(0));
                }
                docTitleWords.computeIfAbsent(d, k -> new IdentityHashMap<>())
                        .computeIfAbsent(m.cluster, k -> new HashSet<>()).addAll(before);
            }
        }
    }

    /** The words of a title standing right before a mention's name, nearest first ("president", "ukrainian"). */
    private static List<String> wordsBefore(Doc d, Doc.NMention m) {
        int j = m.tokFrom - 1;
        Doc.Sent s = d.sents.get(m.sent);
        if (j >= s.tokFrom && d.toks.get(j).word.equals(",")) {
            j--;
        }
        List<String> before = new ArrayList<>();
        for (int n = 0; j >= s.tokFrom && n < 5; j--, n++) {
            Doc.Tok t = d.toks.get(j);
            if (t.pos.equals("POS")) {
                continue;
            }
            if (!NP_TAGS.contains(t.pos) || t.pos.equals("DT")) {
                if (t.pos.equals("DT") && INDEFINITE.contains(t.word.toLowerCase(Locale.ROOT))) {
                    // "the cross hairs of a President Romney": a title he might hold, not one he holds
                    before.clear();
                }
                break;
            }
            before.add(t.word.toLowerCase(Locale.ROOT));
        }
        return before;
    }

    List<Quote> quotes() {
        if (quotes != null) {
            return quotes;
        }
        quotes = new ArrayList<>();
        for (Doc d : docs) {
            Map<Integer, Attr> bySentence = quoteSpeakerBySentence.computeIfAbsent(d, k -> new HashMap<>());
            List<Quote> found = new ArrayList<>();
            Set<Integer> usedCues = new HashSet<>();
            for (Doc.QSpan q : d.quotes) {
                int si = sentenceAt(d, q.open);
                int sj = sentenceAt(d, Math.max(q.open, q.close - 1));
                if (si < 0 || d.sents.get(si).boilerplate != null && !isHeadline(d.sents.get(si))) {
                    continue;
                }
                String text = d.body.text().substring(q.innerStart, q.innerEnd).strip();
                if (text.isEmpty() || insideMarkupTag(d.body.text(), q.open)) {
                    continue;
                }
                boolean partial = isPartial(d, q, si, text);
                Attr a = attribute(d, q, si, sj, partial, bySentence);
                if (!(a != null && a.cue != null && TITLING.contains(a.cue.toLowerCase(Locale.ROOT)))
                        && isTitle(d, q, a != null && (a.entity != null || a.subjectText != null || a.cue != null))) {
                    continue;
                }
                for (int s = si; s <= sj; s++) {
                    if (a != null && (a.entity != null || a.subjectText != null)) {
                        bySentence.putIfAbsent(s, a);
                    }
                }
                String speaker = a == null ? null : a.entity != null ? a.entity.name : a.subjectText;
                if (a != null && a.cueStart >= 0 && !partial) {
                    if (a.why != null && a.why.startsWith(COLON_FRAME)) {
                        // "In a 1963 speech, he declared:": the frame's verbs of saying are the quotation's; another
                        // verb may report a clause of its own ("Trump did support the idea …, and NBC News has proof:")
                        for (Doc.Tok t : d.toks) {
                            if (t.start >= a.cueStart && t.end <= a.cueEnd && isCueVerb(t)) {
                                usedCues.add(t.start);
                            }
                        }
                    } else {
                        usedCues.add(a.cueStart);
                    }
                }
                String cue = a == null ? null : a.cue;
                if (cue == null) {
                    // "the word “God”", "the national motto, “In God We Trust,”": the noun that introduces the
                    // quoted words is their cue; no verb span, so no reporting verb is claimed
                    Doc.Tok noun = introducingNoun(d, q);
                    cue = noun == null ? null : noun.word.toLowerCase(Locale.ROOT);
                }
                int open = q.open;
                if (a != null && ":".equals(a.cue) && a.cueStart > q.open && a.cueEnd <= q.innerEnd) {
                    open = a.cueEnd;
                    while (open < q.innerEnd && Character.isWhitespace(d.body.text().charAt(open))) {
                        open++;
                    }
                    text = d.body.text().substring(open, q.innerEnd).strip();
                }
                found.add(new Quote(null, d.id(), speaker,
                        a == null || a.entity == null ? null : a.entity.id, text, d.origStart(open),
                        d.origEnd(q.close), partial ? "partial" : "direct", cue,
                        channel(d, si, sj), si, a == null ? "no speaker found" : a.why,
                        a == null || a.speakerStart < 0 ? -1 : d.origStart(a.speakerStart),
                        a == null || a.speakerEnd < 0 ? -1 : d.origEnd(a.speakerEnd),
                        a == null || a.cueStart < 0 ? -1 : d.origStart(a.cueStart),
                        a == null || a.cueEnd < 0 ? -1 : d.origEnd(a.cueEnd)));
            }
            List<Quote> indirect = new IndirectSpeech(this, d, usedCues).find();
            speakersOfReportsAround(d, found, indirect);
            partialsInsideAReport(d, found, indirect);
            found.addAll(indirect);
            dropContentsHoldingTheirOwnFrame(found);
            dropRelationsInsideAnotherContent(found);
            QuoteOverlaps.dropOpenReports(d, found);
            QuoteOverlaps.dropRepeatedReports(found);
            QuoteOverlaps.joinAroundFrame(d.original(), found);
            dropRelationsInsideASource(found);
            closeParentheses(d, found);
            closeContentParentheses(d, found);
            found.sort(Comparator.comparingInt(Quote::start));
            for (Quote q : found) {
                quotes.add(new Quote("q" + (quotes.size() + 1), q.source(), q.speaker(), q.speakerEntity(), q.text(),
                        q.start(), q.end(), q.kind(), q.cue(), q.channel(), q.sentence(), q.why(),
                        q.speakerStart(), q.speakerEnd(), q.cueStart(), q.cueEnd()));
            }
        }
        return quotes;
    }

    /**
     * A speaker's span that ends inside a parenthesis it opened ("Gov. Mike Pence (R-IN", "Sen. Ted Cruz (R-Tex."):
     * a short parenthesis of at most three words closed in the same paragraph (a party and state, a name's gloss) is
     * part of the name, and the span runs through its closing mark, when that does not reach the cue or the content.
     * A longer one is left as it is: PolNeAR keeps some ("Sen. Chris Murphy (a Connecticut Democrat so boyish …)",
     * "Kasich (who has 25 delegates to date)") and leaves out others ("exit polls"); cutting them before the mark was
     * measured, not adopted (TRAIN exact sources 3 lost, 1 won).
     */
    static void closeParentheses(Doc d, List<Quote> found) {
        String text = d.original();
        for (int n = 0; n < found.size(); n++) {
            Quote q = found.get(n);
            if (q.speakerStart() < 0 || q.speakerEnd() <= q.speakerStart() || q.speakerEnd() > text.length()) {
                continue;
            }
            String span = text.substring(q.speakerStart(), q.speakerEnd());
            int open = span.lastIndexOf('(');
            if (open < 0 || span.indexOf(')', open) >= 0) {
                continue;
            }
            int close = shortParenthesisClose(text, q.speakerStart() + open, q.speakerEnd());
            if (close < 0 || q.cueStart() >= q.speakerEnd() && q.cueStart() <= close
                    || q.start() >= q.speakerEnd() && q.start() <= close) {
                continue;
            }
            found.set(n, new Quote(q.id(), q.source(), q.speaker(), q.speakerEntity(), q.text(), q.start(), q.end(),
                    q.kind(), q.cue(), q.channel(), q.sentence(), q.why(), q.speakerStart(), close + 1, q.cueStart(),
                    q.cueEnd()));
        }
    }

    /**
     * A reported content (not a quotation) that ends inside a parenthesis it opened: after a name, a short
     * parenthesis of at most three words closed in the same paragraph is the name's gloss ("from Sen. Bernie Sanders
     * (Vt.)", "Sen. Elizabeth Warren (D-Mass.)") and the content runs through its closing mark; otherwise the
     * parenthesis is an aside of the writer's ("… 250,000 Syrian refugees (Obama has proposed accepting 10,000
     * Syrians", "… on firm legal grounding (naturally") and the content ends before its opening mark.
     */
    static void closeContentParentheses(Doc d, List<Quote> found) {
        String body = d.body.text();
        for (int n = 0; n < found.size(); n++) {
            Quote q = found.get(n);
            if (!"indirect".equals(q.kind()) || q.end() <= q.start() || q.text() == null) {
                continue;
            }
            int ns = d.body.normalizedIndexOf(q.start());
            int ne = d.body.normalizedIndexOf(q.end() - 1) + 1;
            if (ns < 0 || ne <= ns || ne > body.length()) {
                continue;
            }
            String span = body.substring(ns, ne);
            int open = span.lastIndexOf('(');
            int textOpen = q.text().lastIndexOf('(');
            if (open < 0 || span.indexOf(')', open) >= 0 || textOpen < 0 || q.text().indexOf(')', textOpen) >= 0) {
                continue;
            }
            int close = shortParenthesisClose(body, ns + open, ne);
            if (close >= 0 && afterName(d, ns + open)) {
                found.set(n, new Quote(q.id(), q.source(), q.speaker(), q.speakerEntity(),
                        q.text() + body.substring(ne, close + 1), q.start(), d.origEnd(close + 1), q.kind(), q.cue(),
                        q.channel(), q.sentence(), q.why(), q.speakerStart(), q.speakerEnd(), q.cueStart(),
                        q.cueEnd()));
                continue;
            }
            int end = ns + open;
            while (end > ns && (Character.isWhitespace(body.charAt(end - 1)) || ",;:-\u2013\u2014".indexOf(
                    body.charAt(end - 1)) >= 0)) {
                end--;
            }
            String text = q.text().substring(0, textOpen).replaceAll("[\\s,;:\\-\u2013\u2014]+$", "");
            if (end <= ns || text.isBlank()) {
                continue;
            }
            found.set(n, new Quote(q.id(), q.source(), q.speaker(), q.speakerEntity(), text, q.start(),
                    d.origEnd(end), q.kind(), q.cue(), q.channel(), q.sentence(), q.why(), q.speakerStart(),
                    q.speakerEnd(), q.cueStart(), q.cueEnd()));
        }
    }

    /**
     * Where the parenthesis opened at {@code open} in {@code text} closes, when it is short (at most three words, no
     * parenthesis inside) and closes after {@code from} in the same paragraph; else -1.
     */
    private static int shortParenthesisClose(String text, int open, int from) {
        int close = text.indexOf(')', from);
        int newline = text.indexOf('\n', from);
        if (close < 0 || newline >= 0 && newline < close) {
            return -1;
        }
        String inside = text.substring(open + 1, close).strip();
        return inside.isEmpty() || inside.split("\\s+").length > 3 || inside.indexOf('(') >= 0 ? -1 : close;
    }

    /** Whether the word that ends right before body offset {@code at} (an opening parenthesis) is a proper noun. */
    private static boolean afterName(Doc d, int at) {
        Doc.Tok before = null;
        for (Doc.Tok t : d.toks) {
            if (t.end <= at) {
                before = t;
            } else {
                break;
            }
        }
        return before != null && before.pos.startsWith("NNP");
    }

    /**
     * "Cruz blamed the anti-fracking law on “knuckleheaded Democratic politicians.”", "Mr. Trump assailed a federal
     * judge … for his ''Mexican heritage.''": a quotation with no speaker of its own that hangs, in the parse, on the
     * verb of a report found without quotation marks (through its object or a preposition, with no subject of its
     * own on the way) is part of what that verb reports: it has that report's speaker and cue. Not a quotation inside
     * the report's content, which the report already holds.
     */
    private static void speakersOfReportsAround(Doc d, List<Quote> found, List<Quote> indirect) {
        for (int n = 0; n < found.size(); n++) {
            Quote q = found.get(n);
            if (q.speakerStart() >= 0 || q.speaker() != null || q.cueStart() >= 0 || titleCased(q.text())) {
                continue;
            }
            Doc.Tok first = null;
            if (q.sentence() < 0 || q.sentence() >= d.sents.size()) {
                continue;
            }
            for (int k = d.sents.get(q.sentence()).tokFrom; k < d.toks.size() && first == null; k++) {
                Doc.Tok t = d.toks.get(k);
                if (d.origStart(t.start) >= q.start() && !t.word.matches("[\\p{Pi}\\p{Pf}\"'`]+")) {
                    first = t;
                }
            }
            if (first == null || d.origStart(first.start) >= q.end()) {
                continue;
            }
            Doc.Sent s = d.sents.get(first.sent);
            Quote by = null;
            for (int k = first.head, steps = 0; k >= s.tokFrom && k < s.tokTo && steps < 8 && by == null;
                    k = d.toks.get(k).head, steps++) {
                Doc.Tok v = d.toks.get(k);
                int at = d.origStart(v.start);
                for (Quote r : indirect) {
                    if (r.cueStart() <= at && at < r.cueEnd() && r.speakerStart() >= 0
                            && !(r.start() <= q.start() && q.end() <= r.end())) {
                        by = r;
                        break;
                    }
                }
                if (by == null && hasSubject(d, s, k)) {
                    break;
                }
            }
            if (by != null) {
                found.set(n, new Quote(q.id(), q.source(), by.speaker(), by.speakerEntity(), q.text(), q.start(),
                        q.end(), q.kind(), by.cue(), q.channel(), q.sentence(),
                        "inside the report of '" + by.cue() + "': its speaker", by.speakerStart(), by.speakerEnd(),
                        by.cueStart(), by.cueEnd()));
            }
        }
    }

    /**
     * "He said the company would continue to make "every lawful move" to protect … from "this forcible and
     * illegitimate removal …"" (BBC business): a quotation inside the content of a report found without quotation
     * marks, whose own verb and speaker lie inside that content too and whose verb reports nothing (it goes on in
     * a verb of its own, "continue to make", with no object: not "told him to"), is words of that report: it has
     * the report's speaker and cue (and so goes as the reporter's quotation inside it), not the subject of the verb
     * of the content ("the company | continue").
     */
    private static void partialsInsideAReport(Doc d, List<Quote> found, List<Quote> indirect) {
        for (int n = 0; n < found.size(); n++) {
            Quote q = found.get(n);
            if (!q.kind().equals("partial") || q.cueStart() < 0) {
                continue;
            }
            Doc.Tok verb = null;
            for (Doc.Tok t : d.toks) {
                if (d.origStart(t.start) == q.cueStart()) {
                    verb = t;
                    break;
                }
            }
            if (verb == null || !verb.pos.startsWith("VB")) {
                continue;
            }
            boolean xcomp = false;
            boolean object = false;
            Doc.Sent vs = d.sents.get(verb.sent);
            for (int k = vs.tokFrom; k < vs.tokTo; k++) {
                Doc.Tok t = d.toks.get(k);
                if (t.head == verb.index) {
                    xcomp |= t.dep.equals("xcomp") && t.pos.startsWith("VB");
                    object |= t.dep.equals("obj") || t.dep.equals("dobj") || t.dep.equals("iobj")
                            || t.dep.startsWith("ccomp");
                }
            }
            if (!xcomp || object) {
                continue;
            }
            for (Quote r : indirect) {
                if (r.speakerStart() >= 0 && r.cueStart() >= 0 && r.start() <= q.start() && q.end() <= r.end()
                        && r.start() <= q.cueStart() && q.cueStart() < r.end()
                        && (q.speakerStart() < 0 || r.start() <= q.speakerStart() && q.speakerStart() < r.end())) {
                    found.set(n, new Quote(q.id(), q.source(), r.speaker(), r.speakerEntity(), q.text(), q.start(),
                            q.end(), q.kind(), r.cue(), q.channel(), q.sentence(),
                            "inside the content of '" + r.cue() + "': its speaker", r.speakerStart(), r.speakerEnd(),
                            r.cueStart(), r.cueEnd()));
                    break;
                }
            }
        }
    }

    /**
     * Whether quoted words are a name or a title: at most six words, each capitalised but a title's small words
     * ("Mr. Rubio said in his 2012 book, ''An American Son.''").
     */
    private static boolean titleCased(String text) {
        String[] words = text.replaceAll("[^\\p{L}\\p{N}\\s'\u2019-]", " ").trim().split("\\s+");
        if (words.length == 0 || words.length > 6 || words[0].isEmpty()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            char c = words[k].charAt(0);
            if (!Character.isUpperCase(c) && !Character.isDigit(c) && !(k > 0 && TITLE_SMALL_WORDS.contains(words[k]))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} has a subject of its own in the parse. */
    private static boolean hasSubject(Doc d, Doc.Sent s, int k) {
        for (int j = s.tokFrom; j < s.tokTo; j++) {
            if (d.toks.get(j).head == k && d.toks.get(j).dep.startsWith("nsubj")
                    || d.toks.get(j).head == k && d.toks.get(j).dep.startsWith("csubj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether offset {@code at} lies inside a markup tag on one line ("<tweet id="…" author="@CecileRichards"
     * datetime="2016-07-23">" in PolNeAR's texts): quotation marks there enclose an attribute's value, no one's words.
     */
    static boolean insideMarkupTag(String text, int at) {
        int lt = text.lastIndexOf('<', at);
        if (lt < 0 || text.lastIndexOf('>', at) > lt || lt + 1 >= text.length()
                || !Character.isLetter(text.charAt(lt + 1))) {
            return false;
        }
        int gt = text.indexOf('>', at);
        int nl = text.indexOf('\n', lt);
        return gt > at && (nl < 0 || nl > gt);
    }

    /**
     * "He said that A are 'B,' Zelensky said": read once as "…, Zelensky said" (content "He said that A …") and once
     * as "He said that A …". An indirect content that holds another relation of the same speaker together with that
     * relation's cue is the frame read as content: the inner relation stays, the outer goes.
     */
    static void dropContentsHoldingTheirOwnFrame(List<Quote> found) {
        found.removeIf(outer -> outer.kind().equals("indirect") && found.stream().anyMatch(inner -> inner != outer
                && inner.kind().equals("indirect") && java.util.Objects.equals(inner.speaker(), outer.speaker())
                && inner.cueStart() >= outer.start() && inner.cueStart() < inner.start()
                && outer.start() <= inner.start() && inner.end() <= outer.end()
                && (outer.start() != inner.start() || outer.end() != inner.end())));
    }

    /**
     * "Lionel Sosa said he would not vote for Mr. Cruz because he believes …": a reported clause that holds a relation
     * of its own (cue and content inside it) is one relation, the outer one, as each word of a report is attributed
     * once; the inner relation is dropped.
     */
    static void dropRelationsInsideAnotherContent(List<Quote> found) {
        dropInner(found, (q, o) -> q.kind().equals("indirect") && q.cueStart() >= 0 && o.kind().equals("indirect")
                && o.start() <= q.cueStart() && q.cueStart() < o.end() && o.start() <= q.start() && q.end() <= o.end());
    }

    /**
     * "John Podesta, a former senior White House adviser who supported an aggressive climate policy, said …": a
     * relative clause that describes a relation's source is part of that source, not a report of its own; an indirect
     * relation whose cue and speaker lie inside another relation's source span is dropped.
     */
    static void dropRelationsInsideASource(List<Quote> found) {
        dropInner(found, (q, o) -> q.kind().equals("indirect") && q.cueStart() >= 0 && q.speakerStart() >= 0
                && o.speakerStart() >= 0 && o.speakerStart() <= q.speakerStart() && q.speakerStart() < o.speakerEnd()
                && q.cueStart() < o.speakerEnd()
                && (o.speakerStart() != q.speakerStart() || o.speakerEnd() != q.speakerEnd()));
    }

    /**
     * Drops every relation {@code q} for which another relation {@code o} of the list (as it was before any was
     * dropped) makes {@code inside.test(q, o)} true.
     */
    private static void dropInner(List<Quote> found, java.util.function.BiPredicate<Quote, Quote> inside) {
        Set<Quote> inner = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Quote q : found) {
            for (Quote o : found) {
                if (o != q && inside.test(q, o)) {
                    inner.add(q);
                    break;
                }
            }
        }
        found.removeIf(inner::contains);
    }

    /** A headline: text a reader reads, so attributions are taken from it though it is not part of the report. */
    static boolean isHeadline(Doc.Sent s) {
        return org.crosscheck.ingest.Boilerplate.HEADLINE.equals(s.boilerplate);
    }

    /** A headline, or the article's first line (a headline ending with a full stop is read as reporting). */
    static boolean isTitleLine(Doc.Sent s) {
        return isHeadline(s) || s.index == 0 && s.paragraph == 0 && s.boilerplate == null;
    }

    /**
     * "Sanders: Endorsements prove …", "OK Gov Fallin: Trump is …": a name (capitalised words) opening a headline
     * and closed by a colon labels the rest as that person's words. The colon's token index, or -1.
     */
    static int headlineLabel(Doc d, Doc.Sent s) {
        for (int k = s.tokFrom; k < s.tokTo && k - s.tokFrom <= 5; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.inQuote) {
                return -1;
            }
            if (t.word.equals(":")) {
                return k > s.tokFrom && k + 1 < s.tokTo
                        && !isEditorialLabel(d.body.text().substring(s.start, t.start)) ? k : -1;
            }
            boolean name = t.pos.startsWith("NNP") || t.word.matches("\\p{Lu}{2,3}\\.?|\\p{Lu}[\\p{L}'\u2019.-]*")
                    && !t.pos.equals("DT") && !t.pos.startsWith("VB") && !t.pos.startsWith("PRP")
                    && !t.pos.equals("IN") && !t.pos.equals("CC") && !t.pos.startsWith("W");
            // "Former AG Mukasey at RNC:": a lower-case preposition between capitalised words; "EXCLUSIVE – Roger
            // Stone:": a dash after a word in capitals
            boolean between = k > s.tokFrom && k + 1 < s.tokTo
                    && (t.pos.equals("IN") && t.word.matches("\\p{Ll}{2,3}")
                    && Character.isUpperCase(d.toks.get(k + 1).word.charAt(0))
                    || t.word.matches("[\u2013\u2014-]{1,2}") && d.toks.get(k - 1).word.matches("\\p{Lu}{2,}"));
            if (!name && !between) {
                return -1;
            }
        }
        return -1;
    }

    /** The speaker a reporting sentence attributes its content to, as a canonical name, or null. */
    String claimSpeaker(Doc d, Doc.Sent s) {
        quotes();
        Attr a = quoteSpeakerBySentence.getOrDefault(d, Map.of()).get(s.index);
        if (a == null) {
            a = cueAttribution(d, s.index, s.index, null);
        }
        if (a == null || a.entity == null) {
            return null;
        }
        return a.entity.name;
    }

    private static int sentenceAt(Doc d, int offset) {
        for (Doc.Sent s : d.sents) {
            if (offset < s.end) {
                return s.index;
            }
        }
        return d.sents.isEmpty() ? -1 : d.sents.size() - 1;
    }

    /**
     * A phrase quoted inside a sentence of the reporter's, rather than a whole sentence of the speaker's. American
     * punctuation puts a comma or full stop inside the closing mark, so such a mark says nothing about the quotation:
     * a quotation run into the reporter's words (no comma or colon before it) is partial when it has no verb ("asked
     * if he supported the “Obama agenda.”"); one opening in lower case is partial unless it follows a comma or colon
     * and is a whole sentence with a verb ("asks, “who are you?”").
     */
    static boolean isPartial(Doc d, Doc.QSpan q, int si, String text) {
        Doc.Sent s = d.sents.get(si);
        String body = d.body.text();
        int i = q.open - 1;
        while (i >= s.start && Character.isWhitespace(body.charAt(i))) {
            i--;
        }
        char c = i < s.start ? ' ' : body.charAt(i);
        if (Character.isLowerCase(text.charAt(0))) {
            return !((c == ',' || c == ':') && text.matches("(?s).*[.!?]\\W*$") && hasVerb(d, q));
        }
        if (i < s.start) {
            return false;
        }
        return Character.isLetterOrDigit(c) && (!text.matches("(?s).*[.!?,]\\s*$") || !hasVerb(d, q));
    }

    /**
     * The verb of reporting or judging that the quoted words hang on, when it is the first verb above them in the
     * dependency tree: "criticized" in "Edelman … criticized the study as “nothing more than …”", "praised" in
     * "Mattioli praised the NRA “for coming up and spending the time …”". Null when the first verb above reports
     * nothing ("should be directed “far off in the future”").
     */
    private static Doc.Tok governingReport(Doc d, Doc.QSpan q) {
        for (Doc.Tok t : d.toks) {
            if (t.start < q.innerStart || t.end > q.innerEnd || t.head < 0) {
                continue;
            }
            Doc.Tok h = d.toks.get(t.head);
            if (h.start >= q.innerStart && h.end <= q.innerEnd) {
                continue;
            }
            // t is the quote's top word: walk up to the first verb outside it, within the sentence
            for (int n = 0; h != null && h.sent == t.sent && n < 8; n++) {
                if (h.pos.startsWith("VB")) {
                    return !h.inQuote && IndirectSpeech.reports(h) ? h : null;
                }
                h = h.head < 0 ? null : d.toks.get(h.head);
            }
            return null;
        }
        return null;
    }

    /** Nouns that introduce words in quotation marks as words: "the word", "the phrase", "the motto" … */
    private static final Set<String> QUOTING_NOUNS = Set.of("word", "words", "phrase", "term", "name", "label",
            "slogan", "motto", "headline", "line", "statement", "comment", "remark", "message", "tweet", "post",
            "update", "caption", "sign", "chant", "refrain");

    /**
     * The noun right before a quotation's opening mark (a comma or colon may come between) that introduces it as
     * words: "the word “God”", "the phrase “attacks in Benghazi …”", "the national motto, “In God We Trust,”", "posted
     * this status update: “…”". Null when there is none.
     */
    private static Doc.Tok introducingNoun(Doc d, Doc.QSpan q) {
        Doc.Tok before = null;
        for (Doc.Tok t : d.toks) {
            if (t.end > q.open) {
                break;
            }
            before = t;
        }
        if (before != null && (before.word.equals(",") || before.word.equals(":")) && before.index > 0) {
            before = d.toks.get(before.index - 1);
        }
        if (before == null || !before.pos.startsWith("NN") || before.pos.startsWith("NNP")) {
            return null;
        }
        return QUOTING_NOUNS.contains(before.word.toLowerCase(Locale.ROOT)) ? before : null;
    }

    /** Verbs whose past participle gives the name of the noun it follows ("a story called “…”"). */
    private static final Set<String> NAMING = Set.of("call", "dub", "title", "entitle", "name", "label", "headline",
            "nickname");

    /**
     * Whether the cue is a past participle that modifies the common noun right before it ("its cover story of the
     * presidential candidate called “The Queen of Rage”", "a story about that cover called, simply, “How Creepy Is
     * …?”"): the quotation after it names the thing, and the noun is not a speaker.
     */
    static boolean namesTheNounBefore(Doc d, Doc.Tok cue) {
        if (!cue.pos.equals("VBN") || !NAMING.contains(cue.lemma.toLowerCase(Locale.ROOT))
                || !(cue.dep.equals("acl") || cue.dep.equals("amod")) || cue.index == 0) {
            return false;
        }
        Doc.Tok before = d.toks.get(cue.index - 1);
        if (before.sent != cue.sent || !(before.pos.equals("NN") || before.pos.equals("NNS"))) {
            return false;
        }
        // the quotation is the name: it opens right after the participle ("called, simply, “…”"), not later in the
        // clause ("a secret program called Prism is simply an “internal government computer system”")
        int k = cue.index + 1;
        while (k < d.toks.size() && d.toks.get(k).sent == cue.sent && !d.toks.get(k).inQuote
                && (d.toks.get(k).pos.equals(",") || d.toks.get(k).pos.equals(":") || d.toks.get(k).pos.equals("RB"))) {
            k++;
        }
        return k < d.toks.size() && d.toks.get(k).sent == cue.sent
                && (d.toks.get(k).pos.equals("``") || d.toks.get(k).inQuote);
    }

    /** Nouns for a broadcast or a work whose title may follow in quotation marks ("the CNN program “…”"). */
    private static final Set<String> WORK_NOUNS = Set.of("program", "programme", "show", "series", "sketch", "drama",
            "film", "movie", "book", "novel", "documentary", "segment", "column", "ad", "advertisement", "titled",
            "entitled");
    /** Words a title leaves in lower case ("Meet the Press", "State of the Union"). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on",
            "for", "to", "at", "by", "with");

    /**
     * Whether a quoted span is the title of a broadcast or a work rather than words someone said: no more than six
     * words, each capitalised but a title's small words, right after "on", a possessive or a noun such as "program"
     * ("Corker said on “Fox News Sunday.”", "he said on NBC's “Meet the Press.”", "on the CNN program “State of the
     * Union.”", "the new ad titled “Strong.”"), or right before "show" or "program" ("NBC's “Today” show"). A
     * quotation of a sentence ("“Nice to see all of you,” he said") has words in lower case. After a possessive the
     * owner must follow "on" ("on NBC's “Meet the Press”"), unless no speaker and no verb were found for the span
     * ("Santorum appeared on CBS' “Face the Nation.”" aside, "Ayn Rand's “Atlas Shrugged”"): an owner may have said
     * the words. After "titled", "entitled" or "headlined" a title may be a whole headline ("a BuzzFeed article titled
     * “The Obama Girls Could Not Be More Bored by Their Dad’s Jokes.”"), up to {@link #MAX_NAMED_TITLE_WORDS} words.
     */
    static boolean isTitle(Doc d, Doc.QSpan q, boolean attributed) {
        int words = 0;
        Doc.Tok before = null;
        Doc.Tok after = null;
        for (Doc.Tok t : d.toks) {
            if (t.end <= q.open) {
                before = t;
            } else if (t.start >= q.close && after == null) {
                after = t;
            }
            if (t.start < q.innerStart || t.end > q.innerEnd || !Character.isLetterOrDigit(t.word.charAt(0))) {
                continue;
            }
            words++;
            boolean small = words > 1 && TITLE_SMALL_WORDS.contains(t.word);
            if (!small && !Character.isUpperCase(t.word.charAt(0)) && !Character.isDigit(t.word.charAt(0))) {
                return false;
            }
        }
        if (words == 0 || words > MAX_NAMED_TITLE_WORDS || words > 6 && !(before != null && naming(before))) {
            return false;
        }
        boolean introduced = false;
        int sentence = after(d, q.innerStart);
        if (before != null && before.sent == sentence) {
            introduced = introducesTitle(before);
            if (before.pos.equals("POS")) {
                int k = before.index - 1;
                while (k > 0 && d.toks.get(k).pos.startsWith("NNP") && d.toks.get(k - 1).pos.startsWith("NNP")) {
                    k--;
                }
                introduced = !attributed || k > 0 && introducesTitle(d.toks.get(k - 1));
            }
        }
        boolean followed = after != null && after.sent == sentence
                && (after.word.equalsIgnoreCase("show") || after.word.equalsIgnoreCase("program"));
        return introduced || followed;
    }

    /**
     * A quotation right after "titled", "entitled" or "headlined" that names the noun before it ("a BuzzFeed article
     * titled “The Obama Girls Could Not Be More Bored by Their Dad’s Jokes.”", "a speech titled ''How to Foster
     * Long-Term Innovation Investment'' by Neera Tanden and Blair Effron"): the title is the words of the work's
     * author, named by "by", else by a name in front of the noun, else the work itself speaks, unnamed; the
     * participle is the cue. Null when the quotation does not follow such a participle on a noun.
     */
    private Attr titledWork(Doc d, Doc.QSpan q, int si) {
        Doc.Sent s = d.sents.get(si);
        int p = -1;
        for (int i = s.tokFrom; i < s.tokTo && d.toks.get(i).end <= q.open; i++) {
            p = i;
        }
        if (p < 0 || !naming(d.toks.get(p)) || !d.toks.get(p).pos.equals("VBN") || d.toks.get(p).inQuote) {
            return null; // a title named inside a quotation is the quoted speaker's reference, left to the older rules
        }
        Doc.Tok participle = d.toks.get(p);
        int work = participle.head;
        if (work < s.tokFrom || work >= p || !d.toks.get(work).pos.startsWith("NN")) {
            // the parser may read the participle as a verb with the work for its subject ("… speech titled ''…''")
            work = -1;
            for (int i = s.tokFrom; i < p; i++) {
                if (d.toks.get(i).head == p && d.toks.get(i).dep.startsWith("nsubj")
                        && d.toks.get(i).pos.startsWith("NN")) {
                    work = i;
                }
            }
            if (work < 0) {
                return null;
            }
        }
        String cue = participle.word;
        // "… ''How to Foster …'' by Neera Tanden and Blair Effron": the authors right after the title
        Matcher by = BY_AFTER.matcher(d.body.text()).region(q.close, d.body.length());
        if (q.closed && by.lookingAt()) {
            for (int i = s.tokFrom; i < s.tokTo; i++) {
                Doc.Tok t = d.toks.get(i);
                if (t.start == by.end() && t.mention != null && !t.mention.pronoun && canSpeak(t.mention)) {
                    return named(t.mention, cue, "the author of a work whose title is quoted after '" + cue + "'")
                            .withSpeakerSpan(t.mention.start, t.mention.end).withCue(participle.start, participle.end);
                }
            }
        }
        for (int i = s.tokFrom; i < s.tokTo; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.mention != null && !t.inQuote && !t.mention.pronoun && canSpeak(t.mention)
                    && t.mention.tokFrom == i && (t.head == work || t.head == p)
                    && d.hasChild(s, i, c -> c.dep.equals("case") && c.word.equalsIgnoreCase("by"))) {
                return named(t.mention, cue, "the author of a work whose title is quoted after '" + cue + "'")
                        .withCue(participle.start, participle.end);
            }
        }
        int from = npStart(d, s, work);
        for (int i = from; i < work; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.mention != null && !t.mention.pronoun && canSpeak(t.mention) && t.mention.tokFrom == i) {
                return named(t.mention, cue, "the owner of a work whose title is quoted after '" + cue + "'")
                        .withCue(participle.start, participle.end);
            }
        }
        // an unnamed work ("a memo titled “…”") is no speaker: who released it is said elsewhere, if at all
        return new Attr(null, null, null, cue, "the title of " + d.body.text().substring(d.toks.get(from).start,
                d.toks.get(work).end) + ", quoted after '" + cue + "'", -1, -1, participle.start, participle.end);
    }

    /** "by" and the space around it, right after a quoted title. */
    private static final Pattern BY_AFTER = Pattern.compile("\\s*,?\\s*by\\s+");

    /** Participles that give a work its name: a title in title case may be a whole headline after them. */
    private static final Set<String> TITLING = Set.of("titled", "entitled", "headlined");
    /** The most words of a title after {@link #TITLING} ("a BuzzFeed article titled “The Obama Girls Could …”"). */
    private static final int MAX_NAMED_TITLE_WORDS = 16;

    private static boolean naming(Doc.Tok t) {
        return TITLING.contains(t.word.toLowerCase(Locale.ROOT));
    }

    private static boolean introducesTitle(Doc.Tok t) {
        return t.word.equalsIgnoreCase("on") || WORK_NOUNS.contains(t.word.toLowerCase(Locale.ROOT)) || naming(t);
    }

    /** The sentence of the first token at or after {@code offset}; -1 when there is none. */
    private static int after(Doc d, int offset) {
        for (Doc.Tok t : d.toks) {
            if (t.start >= offset) {
                return t.sent;
            }
        }
        return -1;
    }

    /** A verb among the quotation's words. */
    private static boolean hasVerb(Doc d, Doc.QSpan q) {
        return anyWordInside(d, q, t -> t.pos.startsWith("VB") || t.pos.equals("MD"));
    }

    /** Whether one of the quotation's words passes {@code test}. */
    private static boolean anyWordInside(Doc d, Doc.QSpan q, java.util.function.Predicate<Doc.Tok> test) {
        for (Doc.Tok t : d.toks) {
            if (t.start >= q.innerStart && t.end <= q.innerEnd && test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private Attr attribute(Doc d, Doc.QSpan q, int si, int sj, boolean partial, Map<Integer, Attr> bySentence) {
        // "“…” ― Pamela Padilla": a name signed after the quote with a dash
        if (q.closed) {
            Matcher dash = SIGNATURE.matcher(d.body.text()).region(q.close, d.body.length());
            if (dash.lookingAt()) {
                for (Doc.Tok t : d.toks) {
                    if (t.start == dash.end() && t.mention != null && !t.mention.pronoun && canSpeak(t.mention)
                            && t.mention.tokFrom == t.index) {
                        // the dash is the cue, as PolNeAR marks it ("―")
                        int dashAt = d.body.text().indexOf('-', dash.start());
                        return named(t.mention, d.original().substring(d.origStart(dashAt), d.origEnd(dashAt + 1)),
                                "name signed after the quote").withCue(dashAt, dashAt + 1);
                    }
                }
            }
        }
        // "Darrell Scott: ‘You Find Me an Aberration …’" in a headline: the name before the colon
        Doc.Sent first = d.sents.get(si);
        if (isTitleLine(first)) {
            int colon = headlineLabel(d, first);
            if (colon >= 0 && d.toks.get(colon).end <= q.open) {
                return labelled(d, first.start, d.toks.get(colon - 1).end);
            }
            Attr topic = headlineNameBeforeTopic(d, first, q);
            if (topic != null) {
                return topic;
            }
        }
        // "“…?” Akin continued.": a short sentence right after the closing mark still belongs to the quote
        if (sj + 1 < d.sents.size() && q.closed) {
            Doc.Sent next = d.sents.get(sj + 1);
            String between = d.body.text().substring(Math.min(q.close, next.start), next.start);
            // "“… public events.” added Lauten, who works for Rep. Stephen Fincher, R-Tenn.": a sentence opening
            // with a word in lower case goes on with the quote, however long
            boolean lower = Character.isLowerCase(d.toks.get(next.tokFrom).word.charAt(0));
            if (between.isBlank() && next.boilerplate == null && (next.tokTo - next.tokFrom <= 8 || lower)
                    && d.quoteAt(next.start) == null && next.paragraph == d.sents.get(sj).paragraph) {
                sj = sj + 1;
            }
        }
        // "PENCE: Well, …" in an interview transcript: the speaker labels the words
        Matcher label = LABEL.matcher(d.body.text()).region(q.innerStart, q.innerEnd);
        if (label.lookingAt() && !isEditorialLabel(label.group(1))) {
            return labelled(d, label.start(1), label.end(1));
        }
        Attr work = titledWork(d, q, si);
        if (work != null) {
            return work;
        }
        // ‘Thelma and Louise,’ / ''An American Son.'' inside a sentence: the title of a work, a show or a slogan
        if (isTitle(d, q, si)) {
            return null;
        }
        // Mitt Romney's "47 percent" comment: a phrase quoted as the possession of whoever is named right before it,
        // when a noun of saying follows it (the phrase names what they said). Without such a noun it is a term, a
        // policy or a show ("the GOP's “establishment” candidate", "ABC's “Good Morning America”", "Ohio's ‘Golden
        // Week’"): on all 840 PolNeAR TRAIN articles the owner was the source of 2 of the 26 phrases so taken
        if (partial && utteranceNounAfter(d, q)) {
            Doc.NMention owner = possessor(d, q);
            if (owner != null) {
                return named(owner, null, "a phrase quoted as '" + owner.text + "'s'");
            }
        }
        Attr a = cueAttribution(d, si, sj, q);
        if (a != null && (a.entity != null || a.subjectText != null || a.why != null)) {
            return a;
        }
        String cue = a == null ? null : a.cue;
        // a short phrase in quotation marks with no reporting verb near it marks a term, a title or a slogan
        // ("super PACs", “Ban on Face Coverings”), not words someone is reported to have said
        if (partial && a == null && d.body.text().substring(q.innerStart, q.innerEnd).strip().split("\\s+").length
                <= SHORT_PHRASE) {
            return null;
        }
        if (!partial) {
            Attr frame = colonFrame(d, q, si);
            if (frame == null && a == null) {
                frame = sentenceColonFrame(d, q, si);
            }
            if (frame == null && a == null) {
                frame = possessorsAnswer(d, q, si);
            }
            if (frame == null && a == null) {
                frame = nameLabel(d, q, si);
            }
            if (frame != null) {
                return frame;
            }
        }
        if (partial || a != null) {
            Doc.NMention subj = sentenceSubject(d, d.sents.get(si), d.sents.get(si).tokTo);
            if (subj != null) {
                Doc.Tok verb = a == null ? governingReport(d, q) : null;
                if (verb != null) {
                    // "Edelman … criticized the study as “nothing more than …”": the verb the quoted words hang on
                    return new Attr(subj, subj.text, subj.cluster, verb.word.toLowerCase(Locale.ROOT),
                            "subject of the quoting sentence, whose verb '" + verb.word + "' governs the quote")
                            .withCue(verb.start, verb.end);
                }
                return new Attr(subj, subj.text, subj.cluster, cue, "subject of the quoting sentence").withCueOf(a);
            }
        }
        // a quote standing alone: the speaker of a quote or a reporting verb in the sentence before (skipping
        // boilerplate). Not further back, and not the mere subject of the sentence before: on all 840 PolNeAR TRAIN
        // articles the subject of the sentence before gave 166 speakers, 11 of them right; of the sentence two or three
        // before 46, 1 right; the speaker of a quote or verb two or three sentences before 17, none right. Most stood
        // for a speaker of the quote's own sentence that no rule found
        for (int k = si - 1, n = 0; k >= 0 && n < 1; k--) {
            Doc.Sent prev = d.sents.get(k);
            if (prev.boilerplate != null) {
                continue;
            }
            n++;
            Attr pq = bySentence.get(k);
            if (pq != null) {
                // "“…,” Zelenskyy said. “Our main objective …”": a quote with no verb of its own, right after the
                // speaker's quote (in the same paragraph or opening the next), goes on with the same utterance and
                // its reporting verb
                if (a == null && n == 1 && pq.cue != null && !":".equals(pq.cue)) {
                    return new Attr(pq.subject, pq.subjectText, pq.entity, pq.cue,
                            "goes on with the quote in the previous sentence",
                            pq.speakerStart, pq.speakerEnd, pq.cueStart, pq.cueEnd);
                }
                // "… the Cabinet Office said it was reviewing the Civil Service Pension Scheme …. “Unions will of
                // course be consulted about any proposed changes. “Public sector pension schemes need to remain
                // affordable …": a quotation left open, and opened again right after it, is one quotation going
                // on, as printers continue a quotation over paragraphs; whoever spoke the first part speaks on
                if (a == null && n == 1 && (pq.entity != null || pq.subjectText != null) && leftOpenBefore(d, q)) {
                    return new Attr(pq.subject, pq.subjectText, pq.entity, pq.cue,
                            "goes on with the quotation left open in the previous sentence",
                            pq.speakerStart, pq.speakerEnd, pq.cueStart, pq.cueEnd);
                }
                // any other quote after it (one with a verb of its own but no subject, or after a quote with no
                // verb) is not taken to be the same speaker's: 18 such speakers on PolNeAR TRAIN, none right
                break;
            }
            Attr pc = cueAttribution(d, k, k, null);
            if (pc != null && pc.entity != null) {
                return new Attr(pc.subject, pc.subjectText, pc.entity, cue,
                        "speaker of the reporting verb '" + pc.cue + "' "
                                + (n == 1 ? "in the previous sentence" : n + " sentences before"),
                        pc.speakerStart, pc.speakerEnd, -1, -1).withCueOf(a);
            }
            // "The Ukrainian President has instructed the Minister … “I have instructed the Minister …”": a whole
            // quotation in the first person, in the paragraph of a sentence whose subject is a person, is that
            // person's (the narrower form of the subject rule round 10 dropped)
            if (!partial && prev.paragraph == d.sents.get(si).paragraph && firstPerson(d, q)) {
                String why = "a quotation in the first person after a sentence about the person, in one paragraph";
                Doc.NMention subj = sentenceSubject(d, prev, prev.tokTo);
                if (subj != null && subj.cluster != null && subj.cluster.cls.equals("PERSON")
                        && !speaksOf(d, q, subj.cluster)) {
                    return new Attr(subj, subj.text, subj.cluster, cue, why).withCueOf(a);
                }
                int head = titledSubject(d, prev);
                if (subj == null && head >= 0) {
                    int from = npStart(d, prev, head);
                    EntityResolver.Cluster person = descriptor(d, from, head);
                    if (person != null) {
                        String phrase = d.body.text().substring(d.toks.get(from).start, d.toks.get(head).end);
                        return new Attr(null, person.name, person, cue,
                                why + ", '" + phrase + "' taken as the person so titled", d.toks.get(from).start,
                                d.toks.get(head).end, -1, -1).withCueOf(a);
                    }
                }
            }
        }
        return a;
    }

    /**
     * Whether the quotation speaks of the person in the third person, by name or by a pronoun resolved to them ("“He
     * isn't bringing any money into the club; he'll use our money to buy it.”" after a sentence that names Glazer is
     * not Glazer's): such words are another's about them.
     */
    private static boolean speaksOf(Doc d, Doc.QSpan q, EntityResolver.Cluster person) {
        return anyWordInside(d, q, t -> t.mention != null && t.mention.cluster == person
                && !FIRST_PERSON.contains(t.word.toLowerCase(Locale.ROOT)));
    }

    /** The subject of the sentence's main verb when it is a common noun for a person ("The Ukrainian President"). */
    private static int titledSubject(Doc d, Doc.Sent s) {
        for (int i = s.tokFrom; i < s.tokTo; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.dep.equals("nsubj") && t.head >= s.tokFrom && t.head < s.tokTo
                    && d.toks.get(t.head).dep.equals("root") && !t.inQuote && t.pos.startsWith("NN")
                    && PersonNouns.isPerson(t.lemma.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");

    /** Whether the quotation's words speak in the first person ("I have instructed …", "We continue …"). */
    private static boolean firstPerson(Doc d, Doc.QSpan q) {
        return anyWordInside(d, q, t -> FIRST_PERSON.contains(t.word.toLowerCase(Locale.ROOT)));
    }

    /**
     * A quotation that opens its paragraph right after a paragraph ending in a colon is the one that paragraph
     * announces ("Over at Big Government, a post accompanying the video provides the following commentary on the
     * encounter:"): its cue runs from that sentence's main verb to the colon, its speaker is the subject of a
     * reporting verb in it, else of the main verb; null when the sentence has no verb with a subject.
     */
    private static final String COLON_FRAME = "the paragraph before ends with a colon: ";

    /**
     * Whether a quotation opens right after another that was never closed (only spaces and line breaks between the
     * end of its words and the new opening mark).
     */
    private static boolean leftOpenBefore(Doc d, Doc.QSpan q) {
        String text = d.body.text();
        for (Doc.QSpan o : d.quotes) {
            if (o != q && !o.closed && o.open < q.open && o.innerEnd <= q.open
                    && text.substring(o.innerEnd, q.open).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private Attr colonFrame(Doc d, Doc.QSpan q, int si) {
        Doc.Sent cur = d.sents.get(si);
        if (si == 0 || !d.body.text().substring(d.paragraphStart[cur.paragraph], q.open).isBlank()) {
            return null;
        }
        Doc.Sent prev = d.sents.get(si - 1);
        if (prev.paragraph != cur.paragraph - 1 || prev.tokTo <= prev.tokFrom
                || !d.toks.get(prev.tokTo - 1).word.equals(":")) {
            return null;
        }
        int root = rootIn(d, prev.tokFrom, prev.tokTo);
        // "Trump did support the idea …, and NBC News has proof:": the last verb joined to the main one
        int main = root;
        for (int k = root + 1; root >= 0 && k < prev.tokTo; k++) {
            if (d.toks.get(k).head == root && d.toks.get(k).dep.equals("conj") && d.toks.get(k).pos.startsWith("VB")) {
                main = k;
            }
        }
        if (main < 0 || !d.toks.get(main).pos.startsWith("VB") || d.toks.get(main).inQuote) {
            return null;
        }
        Doc.Tok t = d.toks.get(main);
        // the cue runs from the main verb to the colon ("released the following statement", "went on to say"); the
        // speaker is that of a reporting verb in the sentence, else the main verb's subject
        Attr a = cueAttribution(d, prev.index, prev.index, null);
        if (a == null || a.entity == null && a.subjectText == null) {
            a = new IndirectSpeech(this, d, Set.of()).treeAttribution(main, t.word.toLowerCase(Locale.ROOT));
        }
        if (a == null || a.entity == null && a.subjectText == null) {
            return null;
        }
        int cueEnd = colonCueEnd(d, prev, main);
        return new Attr(a.subject, a.subjectText, a.entity, d.body.text().substring(t.start, cueEnd),
                COLON_FRAME + a.why, a.speakerStart, a.speakerEnd, t.start, cueEnd);
    }

    /**
     * Where the cue of a paragraph ending in a colon ends: at the colon ("released the following statement", not
     * "released the following statement:"), or right after the verb when the verb reports a clause of its own ("The
     * Washington Post reported last week that reading the founding document in full appears to be a first …:": the
     * cue is "reported", not the whole report).
     */
    private static int colonCueEnd(Doc d, Doc.Sent prev, int verb) {
        for (int k = verb + 1; k < prev.tokTo; k++) {
            if (d.toks.get(k).head == verb && d.toks.get(k).dep.equals("ccomp")) {
                return d.toks.get(verb).end;
            }
        }
        return d.toks.get(prev.tokTo - 2).end;
    }

    /** The last token in [from, to) that is the root of its sentence's tree, or -1. */
    private static int rootIn(Doc d, int from, int to) {
        int root = -1;
        for (int k = from; k < to; k++) {
            if (d.toks.get(k).dep.equals("root")) {
                root = k;
            }
        }
        return root;
    }

    /**
     * "Ryan shot back: “They got caught with their hand in the cookie jar …”", "Biden was quick to retort: “With all
     * due respect, that's just a bunch of malarkey.”": a quotation that opens right after a colon closing the main
     * clause of its own sentence, with no verb of saying, is the words of that clause's subject when the subject is a
     * person or an organisation by name; the cue runs from the clause's main word to the colon.
     */
    private Attr sentenceColonFrame(Doc d, Doc.QSpan q, int si) {
        Doc.Sent s = d.sents.get(si);
        int colon = -1;
        for (int k = s.tokFrom; k < s.tokTo && d.toks.get(k).end <= q.open; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.inQuote || d.quoteAt(t.start) != null) {
                return null;
            }
            colon = t.word.equals(":") ? k : -1;
        }
        if (colon <= s.tokFrom || !d.body.text().substring(d.toks.get(colon).end, q.open).isBlank()) {
            return null;
        }
        int root = rootIn(d, s.tokFrom, colon);
        if (root < 0 || !(d.toks.get(root).pos.startsWith("VB") || d.toks.get(root).pos.startsWith("JJ"))) {
            return null;
        }
        Doc.Tok t = d.toks.get(root);
        Attr a = new IndirectSpeech(this, d, Set.of()).treeAttribution(root, t.word.toLowerCase(Locale.ROOT));
        if (a == null || a.entity == null || a.speakerEnd > t.start
                || !(a.entity.cls.equals("PERSON") || a.entity.cls.equals("ORGANIZATION"))) {
            return null;
        }
        Doc.Tok c = d.toks.get(colon);
        return new Attr(a.subject, a.subjectText, a.entity, d.body.text().substring(t.start, c.end),
                "a colon closes the clause before the quotation: " + a.why, a.speakerStart, a.speakerEnd, t.start,
                c.end);
    }

    /** Nouns that name the words given back or given out, before a colon: "His response:", "Obama's answer:". */
    private static final Set<String> ANSWER_NOUNS = Set.of("response", "reply", "answer", "retort", "rejoinder",
            "reaction", "verdict", "explanation", "message", "comment", "statement", "rebuttal", "assessment",
            "advice", "prediction", "words");

    /**
     * "Vieira asked Trump, “…?” His response: “Well, I have people …”": a sentence that is only an owner and a noun
     * of answering before a colon ("His response:", "Mr. Obama's reply:") gives the quotation after the colon to the
     * owner (a name, or a possessive pronoun resolved to one), with the noun as the cue. Without it the quotation went
     * on with the question before it and was given to the one who asked.
     */
    private Attr possessorsAnswer(Doc d, Doc.QSpan q, int si) {
        Doc.Sent s = d.sents.get(si);
        List<Doc.Tok> before = new ArrayList<>();
        for (int k = s.tokFrom; k < s.tokTo && d.toks.get(k).end <= q.open; k++) {
            before.add(d.toks.get(k));
        }
        int n = before.size();
        if (n < 3 || n > 5 || !before.get(n - 1).word.equals(":")
                || !d.body.text().substring(before.get(n - 1).end, q.open).isBlank()) {
            return null;
        }
        Doc.Tok noun = before.get(n - 2);
        if (!noun.pos.startsWith("NN") || !ANSWER_NOUNS.contains(noun.lemma.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Doc.Tok owner = before.get(n - 3);
        Doc.NMention m = null;
        if (owner.pos.equals("PRP$")) {
            m = owner.mention;
        } else if (owner.pos.equals("POS") && n >= 4) {
            m = before.get(n - 4).mention;
        }
        int first = m == null ? -1 : m.tokFrom - s.tokFrom;
        // nothing before the owner but a conjunction ("And his reply:")
        if (m == null || m.cluster == null || !canSpeak(m) || first < 0 || first > 1
                || first == 1 && !before.get(0).pos.equals("CC")) {
            return null;
        }
        Doc.Tok colon = before.get(n - 1);
        return named(m, d.body.text().substring(noun.start, noun.end).toLowerCase(Locale.ROOT),
                "the quotation is '" + d.body.text().substring(d.toks.get(m.tokFrom).start, noun.end) + ":'")
                .withCue(noun.start, colon.end);
    }

    /**
     * "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She Will.’", "Sarah Silverman
     * heckles Sanders supporters: 'You're being ridiculous.'": a headline whose quotation follows a colon, opening
     * with a name and then "on" or a verb, gives the quotation to the name; the colon is the cue.
     */
    private Attr headlineNameBeforeTopic(Doc d, Doc.Sent s, Doc.QSpan q) {
        int colon = -1;
        for (int k = s.tokFrom; k < s.tokTo && d.toks.get(k).end <= q.open; k++) {
            if (d.toks.get(k).inQuote) {
                return null;
            }
            colon = k;
        }
        if (colon <= s.tokFrom || !d.toks.get(colon).word.equals(":")
                || !d.body.text().substring(d.toks.get(colon).end, q.open).isBlank()) {
            return null;
        }
        int k = s.tokFrom;
        boolean named = false;
        while (k < colon && d.toks.get(k).pos.startsWith("NNP") && !d.toks.get(k).word.equalsIgnoreCase("on")) {
            Doc.Tok t = d.toks.get(k);
            if (t.mention != null && !t.mention.pronoun && canSpeak(t.mention)
                    && !EntityResolver.typeClass(t.mention.type).equals("PLACE")) {
                named = true;
            }
            k++;
        }
        if (!named || k == s.tokFrom || k >= colon - 1 || k - s.tokFrom > 5) {
            return null;
        }
        Doc.Tok stop = d.toks.get(k);
        if (!(stop.word.equalsIgnoreCase("on") || stop.pos.startsWith("VB"))) {
            return null;
        }
        int end = d.toks.get(k - 1).end;
        Attr label = labelled(d, s.start, end);
        Doc.Tok c = d.toks.get(colon);
        return new Attr(label.subject, label.subjectText, label.entity, ":", "name before the topic of a headline '"
                + d.body.text().substring(s.start, end) + "'", s.start, end, c.start, c.end);
    }

    /**
     * "… TURNOUT IN IOWA … - Michael P. McDonald: “At long last …”", "More from Blumenthal and Cohen: “Data collected
     * …”": a person's or organisation's name closed by a colon right before the quotation labels it as theirs, when
     * the name opens the sentence or follows a dash or "from".
     */
    private Attr nameLabel(Doc d, Doc.QSpan q, int si) {
        Doc.Sent s = d.sents.get(si);
        int colon = -1;
        for (int k = s.tokFrom; k < s.tokTo && d.toks.get(k).end <= q.open; k++) {
            colon = k;
        }
        if (colon <= s.tokFrom || !d.toks.get(colon).word.equals(":")
                || !d.body.text().substring(d.toks.get(colon).end, q.open).isBlank()) {
            return null;
        }
        int from = colon;
        boolean named = false;
        while (from - 1 >= s.tokFrom) {
            Doc.Tok t = d.toks.get(from - 1);
            if (t.inQuote || !(t.pos.startsWith("NNP") || t.word.equals("and") && from - 1 > s.tokFrom)) {
                break;
            }
            if (t.mention != null && !t.mention.pronoun && canSpeak(t.mention)
                    && !EntityResolver.typeClass(t.mention.type).equals("PLACE")) {
                named = true;
            }
            from--;
        }
        if (!named || from == colon || colon - from > 8) {
            return null;
        }
        if (from > s.tokFrom) {
            String before = d.toks.get(from - 1).word;
            if (!before.matches("[-\u2013\u2014]{1,2}") && !before.equalsIgnoreCase("from")) {
                return null;
            }
        }
        int start = d.toks.get(from).start;
        int end = d.toks.get(colon - 1).end;
        if (isEditorialLabel(d.body.text().substring(start, end))) {
            return null;
        }
        return labelled(d, start, end);
    }

    /** Lower-case words a title keeps in title case ("A Time for Truth", "Meet the Press"). */
    private static final Set<String> TITLE_SMALL = Set.of("a", "an", "the", "of", "for", "and", "or", "in", "on",
            "to", "with", "at", "by", "from", "as", "vs.", "&");

    /**
     * A quoted phrase of at most five words, each capitalised but for articles and short prepositions, standing
     * after at least three words of its sentence (not a headline): a title ("The Apprentice", "Meet the Press"),
     * or words with no letters (a tweet's number). No one is quoted there.
     */
    private static boolean isTitle(Doc d, Doc.QSpan q, int si) {
        Doc.Sent s = d.sents.get(si);
        String text = d.body.text().substring(q.innerStart, q.innerEnd).strip();
        if (!text.matches("(?s).*\\p{L}.*")) {
            return true;
        }
        if (isTitleLine(s)) {
            return false;
        }
        String[] words = text.replaceAll("[.,!?;:]+$", "").split("\\s+");
        if (words.length > 5 || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))
                    && !TITLE_SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        int before = 0;
        int last = -1;
        for (int i = s.tokFrom; i < s.tokTo && d.toks.get(i).end <= q.open; i++) {
            if (Character.isLetterOrDigit(d.toks.get(i).word.charAt(0))) {
                before++;
            }
            last = i;
        }
        // "…, she said: “No.”": words a verb of saying announces are said, however short and capitalised
        if (last > s.tokFrom && (d.toks.get(last).word.equals(":") || d.toks.get(last).word.equals(","))
                && isCueVerb(d.toks.get(last - 1))) {
            return false;
        }
        return before >= 3;
    }

    /** A speaker label from {@code from} to {@code to} (before a colon): the person so named, else the label. */
    Attr labelled(Doc d, int from, int to) {
        String label = d.body.text().substring(from, to);
        EntityResolver.Cluster c = null;
        for (Doc.Tok t : d.toks) {
            if (t.start >= from && t.end <= to && t.mention != null && t.mention.cluster != null) {
                c = t.mention.cluster;
                break;
            }
        }
        if (c == null) {
            // "PENCE" in capitals: the person whose name ends in that word
            String last = label.replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.cluster != null && m.cluster.cls.equals("PERSON")
                        && m.cluster.name.toLowerCase(Locale.ROOT).endsWith(last)) {
                    c = m.cluster;
                    break;
                }
            }
        }
        return new Attr(null, c != null ? c.name : label, c, ":", "speaker label '" + label + ":'", from, to,
                to, to + 1);
    }

    /** Nouns that name an utterance: "Romney's “47 percent” comment", "Obama's “if you like your plan …” promise". */
    private static final Set<String> UTTERANCE_NOUNS = Set.of("comment", "remark", "promise", "pledge", "vow",
            "claim", "statement", "line", "quip", "assertion", "warning", "declaration", "admission", "boast",
            "joke", "slogan", "refrain", "mantra", "catchphrase", "phrase", "words", "motto", "rhetoric", "jab",
            "insult", "taunt", "retort", "complaint", "charge", "accusation", "description", "characterization");

    /** Whether the word right after the quote's closing mark is a noun that names an utterance. */
    private static boolean utteranceNounAfter(Doc d, Doc.QSpan q) {
        if (!q.closed) {
            return false;
        }
        for (Doc.Tok t : d.toks) {
            if (t.start >= q.close) {
                return t.pos.startsWith("NN") && (UTTERANCE_NOUNS.contains(t.lemma.toLowerCase(Locale.ROOT))
                        || UTTERANCE_NOUNS.contains(t.word.toLowerCase(Locale.ROOT)));
            }
        }
        return false;
    }

    /** The name before "'s" right before the opening mark of a quote, or null. */
    private static Doc.NMention possessor(Doc d, Doc.QSpan q) {
        Doc.Tok pos = null;
        for (Doc.Tok t : d.toks) {
            if (t.end <= q.open && (pos == null || t.end > pos.end)) {
                pos = t;
            }
            if (t.start >= q.open) {
                break;
            }
        }
        if (pos == null || !pos.pos.equals("POS") || q.open - pos.end > 1 || pos.index == 0) {
            return null;
        }
        Doc.Tok owner = d.toks.get(pos.index - 1);
        Doc.NMention m = owner.mention;
        return m != null && !m.pronoun && !owner.inQuote && canSpeak(m) ? m : null;
    }

    /** The reporting verb of sentences [si, sj] outside quotes nearest to the quote, and its subject. */
    Attr cueAttribution(Doc d, int si, int sj, Doc.QSpan q) {
        Doc.Tok best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int s = si; s <= sj; s++) {
            Doc.Sent sent = d.sents.get(s);
            for (int i = sent.tokFrom; i < sent.tokTo; i++) {
                Doc.Tok t = d.toks.get(i);
                if (t.inQuote || d.quoteAt(t.start) != null) {
                    continue;
                }
                boolean cue = isCueVerb(t) || readsQuote(d, sent, i, q)
                        || asPutIt(d, sent, i) && !insideAsFrame(d, sent, i, q) || framesQuote(d, sent, i, q)
                        || verbTaggedPlural(d, sent, i, q);
                boolean according = t.word.equalsIgnoreCase("according") && i + 1 < sent.tokTo
                        && d.toks.get(i + 1).word.equalsIgnoreCase("to");
                if (!cue && !according) {
                    continue;
                }
                // "…fallow.''  ⏎ Like other owners, Mr. Schmidt said he …": a cue in another paragraph is not the
                // quote's (the parser may run a sentence across the paragraph break after a closing mark)
                if (q != null && d.paragraphOf(t.start) != d.paragraphOf(q.open)
                        && d.paragraphOf(t.start) != d.paragraphOf(Math.max(q.open, q.close - 1))) {
                    continue;
                }
                // "''… my wheelhouse.'' He said, twice, that he was going …": after a quote closed by a full stop,
                // a verb opening a long sentence of its own reports that sentence, not the quote ("''…'' he said."
                // stays the quote's)
                if (q != null && t.start >= q.close && endsSentence(d, q)
                        && d.words(i + 1, sent.tokTo) > 6
                        && !(Character.isLowerCase(t.word.charAt(0)) && rightAfter(d, sent, q, i))) {
                    continue;
                }
                // "“… the status quo.” She went on to say: ⏎ “Incredibly, …”": a verb after the quote in a sentence
                // that ends with a colon announces what follows the colon
                if (q != null && t.start >= q.close
                        && d.toks.get(sent.tokTo - 1).word.equals(":")) {
                    continue;
                }
                int dist = q == null ? i : t.start >= q.close ? t.start - q.close : q.open - t.end;
                if (dist < bestDist) {
                    best = t;
                    bestDist = dist;
                }
            }
        }
        if (best == null) {
            return null;
        }
        return attributeCue(d, best);
    }

    /**
     * A verb of saying the tagger took for a plural noun in a closing frame of a noun phrase and the verb alone ("“We
     * appreciate your willingness to talk …,” the letter states.": "states" NNS, the object of "appreciate"): the last
     * word before the full stop, in lower case, a form of {@link #CUES} ending in "s", after a common noun, with nothing
     * but the noun phrase (at most six words) between it and the closing mark.
     */
    private static boolean verbTaggedPlural(Doc d, Doc.Sent sent, int i, Doc.QSpan q) {
        Doc.Tok t = d.toks.get(i);
        if (q == null || !q.closed || !t.pos.equals("NNS") || !Character.isLowerCase(t.word.charAt(0))
                || !t.word.endsWith("s") || !CUES.contains(t.lemma.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int last = sent.tokTo - 1;
        if (!(i == last || i == last - 1 && d.toks.get(last).word.equals("."))) {
            return false;
        }
        if (i - 1 < sent.tokFrom) {
            return false;
        }
        Doc.Tok before = d.toks.get(i - 1);
        if (!(before.pos.equals("NN") || before.pos.equals("NNS")) || before.inQuote) {
            return false;
        }
        int k = i - 1;
        while (k - 1 >= sent.tokFrom && NP_TAGS.contains(d.toks.get(k - 1).pos) && !d.toks.get(k - 1).inQuote
                && d.toks.get(k - 1).start >= q.close) {
            k--;
        }
        return i - k <= 6 && d.toks.get(k).start >= q.close
                && d.body.text().substring(q.close, d.toks.get(k).start).strip().matches("[”\"'’]*");
    }

    /**
     * Verbs of saying in a manner (joking, barking, charging), which report a quotation only when they stand right next
     * to it: "“Go back to Univision,” Trump barked", "He jokes, “It’s a never ending line!”". Not verbs of saying
     * elsewhere ("was charged with", "laughed"), so they are not {@link #CUES}.
     */
    private static final Set<String> MANNER = Set.of("joke", "bark", "beam", "mock", "scoff", "interject", "muse",
            "exclaim", "retort", "lament", "boast", "gush", "snap", "sneer", "marvel", "laugh", "sigh", "chuckle",
            "grumble", "gripe", "complain", "counter", "charge", "plead", "crow", "fume", "tease", "rant", "cry",
            "thunder", "snarl", "whisper", "mutter", "proclaim", "recount", "concur", "caution", "implore", "wonder",
            "question", "assure", "advise", "elaborate", "demur", "blog");
    /** Whether {@code lemma} is a verb of saying in a manner ({@link #MANNER}), which reports only a quotation. */
    static boolean isMannerVerb(String lemma) {
        return MANNER.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Verbs that frame a quotation only with their particle: "Trump shot back", "she pointed out". */
    private static final Map<String, String> MANNER_WITH_PARTICLE = Map.of("shoot", "back", "fire", "back", "hit",
            "back", "point", "out", "chime", "in", "pipe", "up");

    /**
     * A verb of {@link #MANNER} (or one of {@link #MANNER_WITH_PARTICLE} with its particle) right next to the quotation
     * {@code q}: after it with at most a short subject between ("“…,” Kelly charged", "“…!” beamed Donald Hartley"), or
     * before it with only a comma or colon between ("He jokes, “…”", "Trump shot back: “…”").
     */
    private static boolean framesQuote(Doc d, Doc.Sent sent, int i, Doc.QSpan q) {
        Doc.Tok t = d.toks.get(i);
        String lemma = t.lemma.toLowerCase(Locale.ROOT);
        if (q == null || !t.pos.startsWith("VB")) {
            return false;
        }
        String particle = MANNER_WITH_PARTICLE.get(lemma);
        boolean withParticle = particle != null && i + 1 < sent.tokTo
                && d.toks.get(i + 1).word.equalsIgnoreCase(particle);
        if (!MANNER.contains(lemma) && !withParticle) {
            return false;
        }
        if (t.start >= q.close) {
            int words = 0;
            for (int k = sent.tokFrom; k < i; k++) {
                Doc.Tok w = d.toks.get(k);
                if (w.start >= q.close && Character.isLetterOrDigit(w.word.charAt(0))) {
                    if (!(NP_TAGS.contains(w.pos) || w.pos.startsWith("NNP") || w.pos.equals("PRP")
                            || SKIP_BEFORE_CUE.contains(w.pos))) {
                        return false;
                    }
                    words++;
                }
            }
            return words <= 5;
        }
        int k = channelEnd(d, sent, withParticle ? i + 2 : i + 1);
        return k < sent.tokTo && (d.toks.get(k).word.equals(",") || d.toks.get(k).word.equals(":"))
                && d.body.text().substring(d.toks.get(k).end, q.open).isBlank();
    }

    /** Prepositions of a short phrase naming where words were put, between a verb and its quotation. */
    private static final Set<String> CHANNEL_PREPOSITIONS = Set.of("in", "on", "via");

    /**
     * The token after a short phrase that says where the words were put ("in an e-mail", "on Twitter", "in a
     * statement") when one starts at {@code k}: NYT "Ms. Nuland, reading the latest draft, complained in an e-mail,
     * “These don't resolve all my issues …”". A preposition of {@link #CHANNEL_PREPOSITIONS} and at most four words
     * of a noun phrase ending with a noun; {@code k} itself when there is no such phrase.
     */
    private static int channelEnd(Doc d, Doc.Sent sent, int k) {
        if (k >= sent.tokTo || !d.toks.get(k).pos.equals("IN")
                || !CHANNEL_PREPOSITIONS.contains(d.toks.get(k).word.toLowerCase(Locale.ROOT))) {
            return k;
        }
        int j = k + 1;
        while (j < sent.tokTo && j - k <= 4 && (NP_TAGS.contains(d.toks.get(j).pos)
                || d.toks.get(j).pos.equals("PRP$"))) {
            j++;
        }
        return j > k + 1 && d.toks.get(j - 1).pos.startsWith("NN") ? j : k;
    }

    /**
     * "“…,” reads a statement from …", "“…,” the letter addressed to Chairman Darrell Issa (R-Calif.) reads", "The
     * caption reads: “…”": a text reading the words of a quote is their source, when the quote comes before the verb
     * or a colon right after it announces the quote.
     */
    private static boolean readsQuote(Doc d, Doc.Sent sent, int i, Doc.QSpan q) {
        Doc.Tok t = d.toks.get(i);
        if (q == null || !t.lemma.equalsIgnoreCase("read") || !Set.of("VBZ", "VBD", "VBP").contains(t.pos)) {
            return false;
        }
        return t.start >= q.close || i + 1 < sent.tokTo && d.toks.get(i + 1).word.equals(":") && q.open >= t.end;
    }

    /**
     * "As Sen. Rand Paul, R-Ky., put it, “…”", "as one aide puts it": "put it" framed by "as" introduces the words that
     * follow (or went before) as the subject's.
     */
    static boolean asPutIt(Doc d, Doc.Sent sent, int i) {
        Doc.Tok t = d.toks.get(i);
        if (!t.lemma.equalsIgnoreCase("put") || !t.pos.startsWith("VB") || i + 1 >= sent.tokTo
                || !d.toks.get(i + 1).word.equalsIgnoreCase("it")) {
            return false;
        }
        for (int k = sent.tokFrom; k < i; k++) {
            Doc.Tok as = d.toks.get(k);
            if (as.word.equalsIgnoreCase("as") && as.head == i && as.dep.equals("mark")) {
                return true;
            }
        }
        return asPutItName(d, sent, i) != null;
    }

    /**
     * The name right after a clause-opening "as" in "As John Cornyn, the No. 2 in the GOP leadership, put it: “…”",
     * "Or, as Tom Ridge, a former secretary of homeland security, put it: ''…''", with no verb between the name and
     * "put it" (the parser may read "as" as the name's preposition and the apposition as the subject of "put", or
     * "put" as no verb of the clause at all): the name is who speaks; null when there is none.
     */
    static Doc.NMention asPutItName(Doc d, Doc.Sent sent, int i) {
        for (int k = sent.tokFrom; k + 1 < i; k++) {
            Doc.Tok as = d.toks.get(k);
            if (!as.word.equalsIgnoreCase("as") || as.inQuote || k > sent.tokFrom
                    && !(d.toks.get(k - 1).word.equals(",") || d.toks.get(k - 1).pos.equals("CC"))) {
                continue;
            }
            Doc.NMention m = d.toks.get(k + 1).mention;
            if (m == null || m.pronoun || m.tokFrom != k + 1 || m.tokTo > i || !canSpeak(m)) {
                continue;
            }
            for (int c = m.tokTo; c < i; c++) {
                Doc.Tok t = d.toks.get(c);
                if (!t.inQuote && (t.pos.startsWith("VB") || t.pos.equals("MD"))) {
                    return null;
                }
            }
            return m;
        }
        return null;
    }

    /**
     * Whether the quote lies between "as" and "put it" ("As Akhil Amar, … author of ''America's Unwritten
     * Constitution,'' put it, ''…''"): a title in the speaker's description, not the words put.
     */
    private static boolean insideAsFrame(Doc d, Doc.Sent sent, int i, Doc.QSpan q) {
        if (q == null || q.open >= d.toks.get(i).start) {
            return false;
        }
        for (int k = sent.tokFrom; k < i; k++) {
            Doc.Tok as = d.toks.get(k);
            if (as.word.equalsIgnoreCase("as") && as.end <= q.open) {
                return true;
            }
        }
        return false;
    }

    /** True when no word stands between the quote's closing mark and token {@code i}. */
    private static boolean rightAfter(Doc d, Doc.Sent sent, Doc.QSpan q, int i) {
        for (int k = sent.tokFrom; k < i; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.start >= q.close && Character.isLetterOrDigit(t.word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A quote whose words end with a full stop, question or exclamation mark. */
    private static boolean endsSentence(Doc d, Doc.QSpan q) {
        String inner = d.body.text().substring(q.innerStart, q.innerEnd).strip();
        return !inner.isEmpty() && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    /** The attribution a reporting verb (or "according") makes, with the spans of its cue and speaker. */
    private Attr attributeCue(Doc d, Doc.Tok best) {
        Attr a = attributeCue0(d, best);
        if (best.word.equalsIgnoreCase("according")) {
            return a.withCue(best.start, d.toks.get(best.index + 1).end);
        }
        // "shot back", "pointed out": the particle is part of the cue
        String particle = MANNER_WITH_PARTICLE.get(best.lemma.toLowerCase(Locale.ROOT));
        if (particle != null && best.index + 1 < d.toks.size()
                && d.toks.get(best.index + 1).word.equalsIgnoreCase(particle)) {
            Doc.Tok p = d.toks.get(best.index + 1);
            return new Attr(a.subject, a.subjectText, a.entity, d.body.text().substring(best.start, p.end)
                    .toLowerCase(Locale.ROOT), a.why, a.speakerStart, a.speakerEnd, best.start, p.end);
        }
        return a.withCue(best.start, best.end);
    }

    private Attr attributeCue0(Doc d, Doc.Tok best) {
        String cueWord = best.word.toLowerCase(Locale.ROOT);
        Doc.Sent sent = d.sents.get(best.sent);
        if (cueWord.equals("according")) {
            Doc.NMention m = mentionAfter(d, sent, best.index + 2);
            return m == null ? new Attr(null, null, null, "according to", null)
                    : named(m, "according to", "'according to' names the source");
        }
        // "As John Cornyn, the No. 2 in the GOP leadership, put it: “…”": the name after "as", not the apposition
        Doc.NMention asName = asPutItName(d, sent, best.index);
        if (asName != null) {
            return named(asName, cueWord, "'as … put it' names the speaker")
                    .withSpeakerSpan(d.toks.get(npStart(d, sent, asName.tokFrom)).start, asName.end);
        }
        // the subject the parse gives the verb: "…,” Morton Blackwell, a committeeman, told AFP", "said a source"
        Attr tree = new IndirectSpeech(this, d, Set.of()).treeAttribution(best.index, cueWord);
        if (tree != null) {
            return tree;
        }
        // "Zelensky (also) said", "he has added"
        int j = best.index - 1;
        while (j >= sent.tokFrom && (SKIP_BEFORE_CUE.contains(d.toks.get(j).pos)
                || AUX.contains(d.toks.get(j).lemma.toLowerCase(Locale.ROOT)))) {
            j--;
        }
        // "an alleged poll in Wyoming said": a name inside a prepositional phrase is not the subject; its governor is
        if (j >= sent.tokFrom && d.toks.get(j).mention != null
                && d.hasChild(sent, j, c -> c.dep.equals("case") && c.pos.equals("IN"))) {
            int head = d.toks.get(j).head;
            if (head >= sent.tokFrom && head < j) {
                j = head;
            }
        }
        if (j >= sent.tokFrom) {
            Doc.Tok t = d.toks.get(j);
            if (t.mention != null && !t.inQuote && canSpeak(t.mention)) {
                return named(t.mention, cueWord, "reporting verb '" + cueWord + "' after its subject")
                        .withSpeakerSpan(d.toks.get(npStart(d, sent, t.mention.tokFrom)).start, t.mention.end);
            }
            if (t.mention == null && t.pos.equals("PRP") && !t.inQuote) {
                Referent r = referent(d, sent, j);
                if (r != null && r.organisation() != null) {
                    EntityResolver.Cluster org = r.organisation();
                    return new Attr(null, org.name, org, cueWord, "reporting verb '" + cueWord + "' after the pronoun '"
                            + t.word + "' = the organisation that is the subject just before", t.start, t.end, -1, -1);
                }
                if (r != null) {
                    return new Attr(null, r.phrase(), null, cueWord, "reporting verb '" + cueWord
                            + "' after the pronoun '" + t.word + "' = '" + r.phrase() + "', the plural noun before it",
                            t.start, t.end, -1, -1);
                }
                return new Attr(null, null, null, cueWord,
                        "reporting verb '" + cueWord + "' after the pronoun '" + t.word + "', not resolved",
                        t.start, t.end, -1, -1);
            }
        }
        // "…,” said Romney": only verbs of saying invert, and only right after the quote or a comma
        // a participle never inverts: in "…, saying Clinton would “abolish the second amendment.”" the name after it
        // begins the reported clause
        boolean invertible = INVERTING.contains(best.lemma.toLowerCase(Locale.ROOT)) && !best.pos.equals("VBG")
                && (best.index == sent.tokFrom
                || j >= sent.tokFrom && isQuoteOrComma(d.toks.get(best.index - 1)));
        Doc.NMention after = invertible ? mentionAfter(d, sent, best.index + 1) : null;
        if (after != null && !after.pronoun) {
            return named(after, cueWord, "reporting verb '" + cueWord + "' before its subject")
                    .withSpeakerSpan(Math.min(after.start, d.toks.get(best.index + 1).start), after.end);
        }
        if (namesTheNounBefore(d, best)) {
            return new Attr(null, null, null, cueWord, "'" + cueWord + "' names the thing before it: the quotation is"
                    + " its name, no one's words", -1, -1, -1, -1);
        }
        // an unnamed subject right before the verb: "the spy agency told", "The Ukrainian president said"
        // (a participle - "…, saying" - has the subject of its clause instead)
        if (j >= sent.tokFrom && d.toks.get(j).pos.startsWith("NN") && !d.toks.get(j).inQuote
                && !best.pos.equals("VBG")) {
            int k = j;
            while (k - 1 >= sent.tokFrom && NP_TAGS.contains(d.toks.get(k - 1).pos) && j - k < 6
                    && !d.toks.get(k - 1).inQuote) {
                k--;
            }
            return described(d, k, j, cueWord, null);
        }
        Attr clause = participleClauseSubject(d, sent, best, cueWord);
        if (clause != null) {
            return clause;
        }
        Doc.NMention subj = sentenceSubject(d, sent, best.index);
        if (subj != null) {
            return named(subj, cueWord, "subject of the reporting verb '" + cueWord + "'");
        }
        return new Attr(null, null, null, cueWord, null);
    }

    /**
     * "The communications pro also took a shot at President Obama and the first lady, writing “…”": a participle of
     * saying after a comma hangs on the verb of its clause and shares that verb's subject, here a description; the
     * first person named in the sentence (the object of "at") does not speak. The subject that is a name speaks; a
     * description speaks as the person it stands for, or unnamed. Null when the verb has no subject before the
     * participle, or the subject is a pronoun or a quotation (the older rules decide then).
     */
    private Attr participleClauseSubject(Doc d, Doc.Sent sent, Doc.Tok cue, String cueWord) {
        if (!cue.pos.equals("VBG") || cue.index - 1 < sent.tokFrom || !d.toks.get(cue.index - 1).word.equals(",")
                || cue.head < sent.tokFrom || cue.head >= cue.index || !d.toks.get(cue.head).pos.startsWith("VB")
                || !d.toks.get(cue.head).dep.equals("root")) {
            return null; // only the sentence's own verb: "denied the notion that a campaign shakeup is coming,
            // explaining that …" is not the shakeup's explaining
        }
        int subject = -1;
        for (int i = sent.tokFrom; i < cue.head; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.head == cue.head && t.dep.equals("nsubj") && !t.inQuote) {
                subject = i;
            }
        }
        if (subject < 0) {
            return null;
        }
        Doc.Tok t = d.toks.get(subject);
        if (t.mention != null) {
            return t.mention.pronoun || !canSpeak(t.mention) ? null
                    : named(t.mention, cueWord, "participle '" + cueWord + "' shares the subject of its clause's verb")
                            .withSpeakerSpan(d.toks.get(npStart(d, sent, t.mention.tokFrom)).start, t.mention.end);
        }
        // a common noun (the tagger reads "pro" as an affix); one that carries a name of its own ("a spokesman for
        // Smith") is left to the older rules
        if (!(t.pos.equals("NN") || t.pos.equals("NNS") || t.pos.equals("AFX"))
                || d.hasChild(sent, subject, c -> c.mention != null)) {
            return null;
        }
        return described(d, npStart(d, sent, subject), subject, cueWord,
                "participle '" + cueWord + "' shares the subject of its clause's verb");
    }

    /**
     * A description (tokens {@code from}..{@code to}) as the speaker: the person it stands for when a title resolves
     * it, else the phrase, unnamed. {@code rule} names the rule that found the description; null for a subject right
     * before its verb.
     */
    private Attr described(Doc d, int from, int to, String cueWord, String rule) {
        String phrase = d.body.text().substring(d.toks.get(from).start, d.toks.get(to).end);
        EntityResolver.Cluster person = descriptorPerson(d, from, to);
        String why = person != null
                ? (rule == null ? "" : rule + ", ") + "'" + phrase + "' taken as the person so titled"
                : rule == null ? "reporting verb '" + cueWord + "' with an unnamed subject" : rule + ", unnamed";
        return new Attr(null, phrase, person, cueWord, why, d.toks.get(from).start, d.toks.get(to).end, -1, -1);
    }

    /** What a speaking "it" or "they" stands for: an organisation, or (for "they") a plural noun phrase. */
    record Referent(EntityResolver.Cluster organisation, String phrase) {
    }

    /**
     * What the pronoun at token {@code pronoun} stands for when it speaks, or null: for "they", the plural noun
     * before it in its sentence ("his country's troops have been active … as they seek …": the plural noun is
     * nearer), else an organisation that is a subject ({@link #organisationBefore}); for "it", that organisation.
     */
    static Referent referent(Doc d, Doc.Sent s, int pronoun) {
        String w = d.toks.get(pronoun).word.toLowerCase(Locale.ROOT);
        if (!w.equals("it") && !w.equals("they")) {
            return null;
        }
        if (w.equals("they") && theyBefore(d, s, pronoun)) {
            return null;
        }
        int plural = w.equals("they") ? pluralBefore(d, s, pronoun) : -1;
        if (plural >= 0) {
            return new Referent(null, phraseUpTo(d, s, plural));
        }
        EntityResolver.Cluster org = organisationBefore(d, s, pronoun);
        if (org != null) {
            return new Referent(org, null);
        }
        // "Protesters gathered outside Mr. McCulloch's office … They argued that …": a "they" that opens its
        // sentence, with nothing before it, is the plural subject of the sentence before, in the same paragraph
        if (w.equals("they") && d.words(s.tokFrom, pronoun) == 0 && s.index > 0) {
            Doc.Sent prev = d.sents.get(s.index - 1);
            if (prev.boilerplate == null && prev.paragraph == s.paragraph) {
                for (int k = prev.tokFrom; k < prev.tokTo; k++) {
                    Doc.Tok t = d.toks.get(k);
                    if ((t.pos.equals("NNS") || t.pos.equals("NNPS")) && t.dep.equals("nsubj") && !t.inQuote
                            && t.head >= prev.tokFrom && t.head < prev.tokTo
                            && d.toks.get(t.head).dep.equals("root")) {
                        return new Referent(null, phraseUpTo(d, prev, k));
                    }
                }
            }
        }
        return null;
    }

    /**
     * For "it"/"they" speaking: the organisation that is the subject of a clause in the sentence before the pronoun
     * or in the sentence before that (the nearest), or null when no organisation is a subject there.
     */
    private static EntityResolver.Cluster organisationBefore(Doc d, Doc.Sent s, int pronoun) {
        boolean they = d.toks.get(pronoun).word.equalsIgnoreCase("they");
        // "they" with nothing plural before it in its sentence goes to an organisation of its own sentence only
        int last = they ? s.index : s.index - 1;
        for (int si = s.index; si >= 0 && si >= last; si--) {
            Doc.Sent x = d.sents.get(si);
            if (x.boilerplate != null) {
                continue;
            }
            EntityResolver.Cluster found = null;
            for (Doc.NMention m : d.mentions) {
                if (m.sent != si || m.pronoun || m.inQuote || m.cluster == null || m.tokFrom >= pronoun
                        || !m.cluster.cls.equals("ORGANIZATION")) {
                    continue;
                }
                if (Names.headOf(d, m).dep.startsWith("nsubj")) {
                    found = m.cluster; // the last such subject before the pronoun is the nearest
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Whether an earlier "they" is a subject in the sentence, after its last subject that is a name or a noun: the
     * pronoun goes on with that one, whoever it is ("The IAAF issued an official warning to the trio last year after
     * they were discovered training in Qatar rather than in Crete, where they had said they would be": the trio, not
     * the IAAF).
     */
    private static boolean theyBefore(Doc d, Doc.Sent s, int pronoun) {
        for (int k = pronoun - 1; k >= s.tokFrom; k--) {
            Doc.Tok t = d.toks.get(k);
            if (t.inQuote || !t.dep.startsWith("nsubj")) {
                continue;
            }
            if (t.word.equalsIgnoreCase("they")) {
                return true;
            }
            if (t.pos.startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * For "they": the nearest plural noun before the pronoun in its sentence that heads a subject, or failing that
     * the nearest plural noun heading a noun phrase, provided no organisation that is a subject comes between them;
     * -1 when there is none.
     */
    private static int pluralBefore(Doc d, Doc.Sent s, int pronoun) {
        int any = -1;
        for (int k = pronoun - 1; k >= s.tokFrom; k--) {
            Doc.Tok t = d.toks.get(k);
            if (t.inQuote) {
                continue;
            }
            if (t.mention != null && !t.mention.pronoun && t.mention.cluster != null
                    && t.mention.cluster.cls.equals("ORGANIZATION") && t.dep.startsWith("nsubj")) {
                return -1; // "the committee said they …": the organisation is nearer
            }
            boolean plural = (t.pos.equals("NNS") || t.pos.equals("NNPS")) && !t.dep.equals("compound")
                    && (t.mention == null || !t.mention.pronoun);
            if (plural && t.dep.startsWith("nsubj")) {
                return k;
            }
            if (plural && any < 0 && canAct(t)) {
                any = k;
            }
        }
        return any;
    }

    /**
     * Whether a plural noun that is no subject can be who "they" are when they speak: people or a group ("the
     * voters", "the officials"), a name; not a thing ("debt levels which were deemed … by the board when they
     * rejected his approach": the board, not the levels).
     */
    private static boolean canAct(Doc.Tok t) {
        return t.pos.equals("NNPS") || t.mention != null && !t.mention.pronoun
                || PersonNouns.isPerson(t.lemma.toLowerCase(Locale.ROOT));
    }

    /** The noun phrase headed by token {@code head}, up to the head: "his country's troops". */
    private static String phraseUpTo(Doc d, Doc.Sent s, int head) {
        int from = head;
        for (int k = head - 1; k >= s.tokFrom && head - k < 8; k--) {
            int h = d.toks.get(k).head;
            int steps = 0;
            while (h >= s.tokFrom && h != head && h < head && steps++ < 8) {
                h = d.toks.get(h).head;
            }
            if (h != head) {
                break;
            }
            from = k;
        }
        return d.body.text().substring(d.toks.get(from).start, d.toks.get(head).end);
    }

    /** Where the noun phrase ending in a name at token {@code from} starts: "longtime Democratic pollster Pat Caddell". */
    static int npStart(Doc d, Doc.Sent sent, int from) {
        int k = from;
        while (k - 1 >= sent.tokFrom && from - k < 8) {
            Doc.Tok t = d.toks.get(k - 1);
            if (t.inQuote || !NP_TAGS.contains(t.pos) || t.pos.equals("VBN") || t.pos.equals("CD")) {
                break;
            }
            k--;
            if (t.pos.equals("DT")) {
                break;
            }
        }
        return k;
    }

    private static boolean isQuoteOrComma(Doc.Tok t) {
        return t.word.equals(",") || t.word.equals("\"") || t.word.equals("''") || t.word.equals("\u201D")
                || t.word.equals("'") || t.word.equals("\u2019") || t.word.equals("-") || t.word.equals("--");
    }

    private Attr named(Doc.NMention m, String cue, String why) {
        if (m.pronoun) {
            PronounSpeaker p = pronounSpeaker(m);
            return new Attr(m, p.name(), p.person(), cue, why + p.why());
        }
        return new Attr(m, m.cluster == null ? m.text : m.cluster.name, m.cluster, cue, why);
    }

    /**
     * Who a speaking pronoun names: its person, the name the row shows (null when unresolved) and what the rule
     * adds to say so.
     */
    record PronounSpeaker(EntityResolver.Cluster person, String name, String why) {
    }

    /**
     * The person a speaking pronoun stands for: the one it was resolved to; else, when the sentence before brings in
     * an unnamed speaker ({@link Pronouns#unnamedAntecedent}), the description, or the person so titled when the
     * article named one ("the Conservative leader" after "Michael Howard has said"), as for a description that is the
     * subject itself; else no one.
     */
    PronounSpeaker pronounSpeaker(Doc.NMention m) {
        int[] span = m.cluster == null && m.doc != null ? Pronouns.unnamedAntecedent(m) : null;
        if (span != null) {
            Doc d = m.doc;
            String phrase = d.body.text().substring(d.toks.get(span[0]).start, d.toks.get(span[1]).end);
            EntityResolver.Cluster person = descriptorPerson(d, span[0], span[1]);
            return new PronounSpeaker(person, person != null ? person.name : phrase, ", pronoun '" + m.text + "' = '"
                    + phrase + "' before" + (person != null ? ", taken as the person so titled" : ", unnamed"));
        }
        return m.cluster == null ? new PronounSpeaker(null, null, ", pronoun '" + m.text + "' unresolved")
                : new PronounSpeaker(m.cluster, m.cluster.name, ", pronoun '" + m.text + "' = last named person");
    }

    private static boolean canSpeak(Doc.NMention m) {
        if (m.pronoun) {
            return true;
        }
        if (EntityKinds.isDateline(m)) {
            return false; // where the report was filed from speaks for no one
        }
        String cls = EntityResolver.typeClass(m.type);
        return cls.equals("PERSON") || cls.equals("ORGANIZATION") || cls.equals("PLACE");
    }

    private static Doc.NMention mentionAfter(Doc d, Doc.Sent sent, int from) {
        int j = from;
        while (j < sent.tokTo && (HONORIFIC.contains(d.toks.get(j).word.toLowerCase(Locale.ROOT))
                || d.toks.get(j).pos.equals("DT") || "TITLE".equals(d.toks.get(j).ner) && d.toks.get(j).mention != null
                && d.toks.get(j).mention.type.equals("TITLE"))) {
            j++;
        }
        if (j < sent.tokTo) {
            Doc.Tok t = d.toks.get(j);
            if (t.mention != null && !t.inQuote && canSpeak(t.mention) && t.mention.tokFrom == j) {
                return t.mention;
            }
        }
        return null;
    }

    /** The first person named (or he/she) outside quotes in the sentence, before token {@code before}. */
    private static Doc.NMention sentenceSubject(Doc d, Doc.Sent s, int before) {
        for (int i = s.tokFrom; i < before && i < s.tokTo; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.mention != null && !t.inQuote && t.mention.type.equals("PERSON") && t.mention.tokFrom == i
                    && (t.mention.cluster != null || !t.mention.pronoun) && !modifiesThing(d, t.mention)) {
                return t.mention;
            }
        }
        return null;
    }

    /**
     * A name that only modifies a common noun ("the Obama ad", "the McCain campaign"): it names no one who acts in
     * the sentence ("FactCheck.org rated the Obama ad as “false,” noting …" is not Obama's).
     */
    private static boolean modifiesThing(Doc d, Doc.NMention m) {
        Doc.Tok h = Names.headOf(d, m);
        return h.dep.equals("compound") && h.head > h.index && d.toks.get(h.head).pos.startsWith("NN")
                && !d.toks.get(h.head).pos.startsWith("NNP");
    }

    static boolean isNpTag(String pos) {
        return NP_TAGS.contains(pos);
    }

    /** The person a descriptive phrase (tokens from..to) stands for, or null. */
    EntityResolver.Cluster descriptor(Doc d, int from, int to) {
        return descriptorPerson(d, from, to);
    }

    /**
     * "The Ukrainian president": the last person before it whose name is preceded by those words in the same article
     * ("former Vice President Dick Cheney" … "the former vice president said"), else the last person before it whose
     * name is so preceded in another article; when nobody before it is so titled, the first person after it whom the
     * same article names with those words.
     */
    private EntityResolver.Cluster descriptorPerson(Doc d, int from, int to) {
        Doc.Tok first = d.toks.get(from);
        if (first.pos.equals("DT") && INDEFINITE.contains(first.word.toLowerCase(Locale.ROOT))) {
            return null; // "“…,” a spokesman said": an indefinite brings in someone unnamed, not a person so titled
        }
        Map<EntityResolver.Cluster, Set<String>> local = docTitleWords.getOrDefault(d, Map.of());
        EntityResolver.Cluster here = descriptorPerson(d, from, to, local);
        if (here == null) {
            here = descriptorPerson(d, from, to, titleWords);
        }
        return here != null ? here : personTitledAfter(d, from, to);
    }

    /** How many sentences after a title its holder may be named ("The Ukrainian president said …" in a dek). */
    private static final int TITLE_BEFORE_NAME_SENTENCES = 2;

    /**
     * A dek or lead that gives the title before the article names anyone so titled ("The Ukrainian president said
     * …" before "Ukrainian President Volodymyr Zelenskyy claimed …"): the first person named within the next
     * {@link #TITLE_BEFORE_NAME_SENTENCES} sentences right after those words, the title's own noun standing next to
     * the name ("Obama campaign spokeswoman Lis Smith" is no "Obama campaign").
     */
    private static EntityResolver.Cluster personTitledAfter(Doc d, int from, int to) {
        Doc.Tok head = d.toks.get(to);
        if (head.pos.equals("NNS") || head.pos.equals("NNPS")) {
            return null;
        }
        Set<String> words = titleWordsOf(d, from, to);
        int end = head.end;
        int lastSent = head.sent + TITLE_BEFORE_NAME_SENTENCES;
        for (Doc.NMention m : d.mentions) {
            if (m.start <= end || m.pronoun || m.cluster == null || !m.cluster.cls.equals("PERSON")) {
                continue;
            }
            if (m.sent > lastSent) {
                return null;
            }
            List<String> before = wordsBefore(d, m);
            if (!before.isEmpty() && before.get(0).equals(head.word.toLowerCase(Locale.ROOT))
                    && before.containsAll(words)) {
                return m.cluster;
            }
        }
        return null;
    }

    private static Set<String> titleWordsOf(Doc d, int from, int to) {
        Set<String> words = new HashSet<>();
        for (int i = from; i <= to; i++) {
            Doc.Tok t = d.toks.get(i);
            if (!t.pos.equals("DT") && !t.pos.equals("POS") && !t.pos.equals("PRP$")) {
                words.add(t.word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private EntityResolver.Cluster descriptorPerson(Doc d, int from, int to,
            Map<EntityResolver.Cluster, Set<String>> titleWords) {
        if (d.toks.get(to).pos.equals("NNS") || d.toks.get(to).pos.equals("NNPS")) {
            return null; // "the senators said": a plural stands for several people, not the last one so titled
        }
        Set<String> words = titleWordsOf(d, from, to);
        if (words.isEmpty()) {
            return null;
        }
        int start = d.toks.get(from).start;
        for (int i = d.mentions.size() - 1; i >= 0; i--) {
            Doc.NMention m = d.mentions.get(i);
            if (m.start >= start || m.pronoun || m.cluster == null || !m.cluster.cls.equals("PERSON")) {
                continue;
            }
            Set<String> tw = titleWords.getOrDefault(m.cluster, Set.of());
            if (tw.containsAll(words) && !otherRank(tw, words) && titleHeads.getOrDefault(m.cluster, Set.of())
                    .contains(d.toks.get(to).word.toLowerCase(Locale.ROOT))) {
                return m.cluster;
            }
        }
        return null;
    }

    /**
     * Words before a title's noun that make it another office, or one no longer held: a "Deputy Mayor" is not "the
     * mayor", nor a "Vice President" "the president", nor a "former governor" "the governor".
     */
    static final Set<String> RANK_WORDS = Set.of("deputy", "vice", "assistant", "associate", "under", "lieutenant",
            "former", "ex");

    /** Whether a person's title words hold a {@link #RANK_WORDS} word the descriptive phrase's words do not. */
    private static boolean otherRank(Set<String> titleWords, Set<String> words) {
        for (String w : titleWords) {
            if (RANK_WORDS.contains(w) && !words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Where it was said, when the sentence names it: a platform, social media, an address, a conference. */
    static String channel(Doc d, int si, int sj) {
        return channel(d, si, sj, new int[0]);
    }

    /**
     * The channel of {@link #channel(Doc, int, int)}, not looking at the characters of the ranges {@code skip} holds
     * as [start, end) pairs (a relative clause about the speaker names where the speaker is, not where this was said).
     */
    static String channel(Doc d, int si, int sj, int[] skip) {
        StringBuilder sb = new StringBuilder();
        for (int s = si; s <= sj; s++) {
            Doc.Sent sent = d.sents.get(s);
            StringBuilder unq = new StringBuilder(sent.text);
            for (Doc.QSpan q : d.quotes) {
                for (int i = Math.max(q.open, sent.start); i < Math.min(q.close, sent.end); i++) {
                    unq.setCharAt(i - sent.start, ' ');
                }
            }
            for (int k = 0; k + 1 < skip.length; k += 2) {
                for (int i = Math.max(skip[k], sent.start); i < Math.min(skip[k + 1], sent.end); i++) {
                    unq.setCharAt(i - sent.start, ' ');
                }
            }
            sb.append(unq).append(' ');
        }
        String u = sb.toString();
        Matcher m = PLATFORM.matcher(u);
        if (m.find()) {
            return m.group(1);
        }
        m = ON_X.matcher(u);
        if (m.find()) {
            return "X";
        }
        m = PROGRAMME.matcher(u);
        if (m.find()) {
            return m.group(1);
        }
        for (Pattern p : SPOKEN) {
            m = p.matcher(u);
            if (m.find()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
