package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotation spans in normalised paragraph text. Quotes were straightened for analysis, so the direction of
 * each mark is read from the original character where it was curly, and from the surrounding spaces where it was
 * straight. Single curly quotes are taken as quotation marks only where they open at a word start.
 */
final class QuoteScanner {
    private QuoteScanner() {
    }

    private enum Dir { OPEN, CLOSE, EITHER }

    static List<Doc.QSpan> scan(Doc doc) {
        List<Doc.QSpan> out = new ArrayList<>();
        String t = doc.body.text();
        for (int p = 0; p < doc.paragraphStart.length; p++) {
            int ps = doc.paragraphStart[p];
            int pe = p + 1 < doc.paragraphStart.length ? doc.paragraphStart[p + 1] : t.length();
            while (pe > ps && Character.isWhitespace(t.charAt(pe - 1))) {
                pe--;
            }
            List<Doc.QSpan> para = new ArrayList<>();
            int open = -1;
            int openWidth = 1;
            for (int i = ps; i < pe; i++) {
                // '' (two apostrophes) is a double quotation mark in some agency and newspaper texts
                boolean twin = t.charAt(i) == '\'' && i + 1 < pe && t.charAt(i + 1) == '\''
                        && (i == ps || t.charAt(i - 1) != '\'') && (i + 2 >= pe || t.charAt(i + 2) != '\'');
                if (t.charAt(i) != '"' && !twin) {
                    continue;
                }
                int w = twin ? 2 : 1;
                Dir d = twin ? twinDirection(t, i, ps, pe) : direction(doc, t, i, ps, pe);
                if (d == Dir.EITHER) {
                    d = open < 0 ? Dir.OPEN : Dir.CLOSE;
                }
                if (d == Dir.OPEN) {
                    if (open >= 0) {
                        // "… comes with. “I would like …": a mark that opens while a quotation is open starts the
                        // next paragraph of one quotation whose paragraphs were run together (each paragraph of a
                        // long quotation opens with a mark and only the last one closes); the piece before it is a
                        // quotation left open, as at the end of a paragraph
                        int end = i;
                        while (end > open + openWidth && Character.isWhitespace(t.charAt(end - 1))) {
                            end--;
                        }
                        if (wordCount(t.substring(open + openWidth, end)) >= 3) {
                            para.add(span(open, end, false, openWidth, 0));
                        }
                    }
                    open = i;
                    openWidth = w;
                } else if (open >= 0) {
                    para.add(span(open, i + w, true, openWidth, w));
                    open = -1;
                } else {
                    // "'One party won't tax and will spend. It is both of them together."": a closing double mark
                    // with no quotation open, after a single mark that opens at a word start and is not closed: the
                    // quotation was opened with the single mark
                    int single = singleOpening(t, para.isEmpty() ? ps : Math.max(ps, para.get(para.size() - 1).close),
                            i);
                    if (single >= 0) {
                        para.add(span(single, i + w, true, 1, w));
                    }
                }
                i += w - 1;
            }
            if (open >= 0 && wordCount(t.substring(open + openWidth, pe)) >= 3) {
                para.add(span(open, pe, false, openWidth, 0));
            }
            // single curly quotes outside double quotes: ‘…’ opening at a word start, closing before a non-letter
            String orig = doc.original();
            for (int i = ps; i < pe; i++) {
                if (t.charAt(i) != '\'' || inside(para, i)) {
                    continue;
                }
                char oc = orig.charAt(doc.body.originalSpan(i)[0]);
                boolean atWordStart = i == ps || !Character.isLetterOrDigit(t.charAt(i - 1));
                if (oc != '\u2018' || !atWordStart) {
                    continue;
                }
                for (int j = i + 2; j < pe; j++) {
                    if (t.charAt(j) != '\'') {
                        continue;
                    }
                    char cj = orig.charAt(doc.body.originalSpan(j)[0]);
                    boolean wordEnd = j + 1 >= pe || !Character.isLetter(t.charAt(j + 1));
                    if (cj == '\u2019' && wordEnd && !Character.isWhitespace(t.charAt(j - 1))) {
                        para.add(span(i, j + 1, true));
                        i = j;
                        break;
                    }
                }
            }
            para.sort((a, b) -> Integer.compare(a.open, b.open));
            out.addAll(para);
        }
        return out;
    }

    /**
     * "The governor added:" closing a paragraph, then a paragraph opened by no quotation mark: that paragraph is the
     * words announced, a block quotation whose marks the page's layout dropped ("Limbaugh added:" / "And from a
     * supposed front-runner, Hillary Clinton, this reeks of …"). Only where the sentence before the colon is a verb of
     * saying with nothing it reports of its own: its main verb says, no clause or other verb after it, no object
     * but the one told or a pointing word, no quotation in it; and the paragraph after holds no quotation mark and is no markup. The span covers that one paragraph,
     * with no marks; the colon's sentence gives its speaker and cue as for a quoted paragraph after a colon. Needs
     * the parse, so it runs after the annotation.
     */
    static List<Doc.QSpan> blocksAfterColon(Doc d) {
        List<Doc.QSpan> out = new ArrayList<>();
        String t = d.body.text();
        for (int si = 0; si + 1 < d.sents.size(); si++) {
            Doc.Sent s = d.sents.get(si);
            Doc.Sent n = d.sents.get(si + 1);
            if (n.paragraph != s.paragraph + 1 || s.tokTo - s.tokFrom < 3
                    || !d.toks.get(s.tokTo - 1).word.equals(":") || d.quoteAt(d.toks.get(s.tokTo - 1).start) != null) {
                continue;
            }
            int verb = -1;
            for (int k = s.tokFrom; k < s.tokTo; k++) {
                if (d.toks.get(k).dep.equals("root")) {
                    verb = k;
                }
            }
            if (verb < 0 || !Attributor.isCueVerb(d.toks.get(verb)) || !saysNothingYet(d, s, verb)) {
                continue;
            }
            int ps = d.paragraphStart[n.paragraph];
            int pe = n.paragraph + 1 < d.paragraphStart.length ? d.paragraphStart[n.paragraph + 1] : t.length();
            while (pe > ps && Character.isWhitespace(t.charAt(pe - 1))) {
                pe--;
            }
            String para = t.substring(ps, pe);
            if (para.isBlank() || para.strip().startsWith("<") || para.indexOf('"') >= 0 || para.indexOf('\'') == 0
                    || anyQuoteIn(d, ps, pe)) {
                continue;
            }
            out.add(span(ps, pe, true, 0, 0));
        }
        return out;
    }

    /** No clause, infinitive or other verb hangs on the verb of saying, and no verb follows it before the colon. */
    private static boolean saysNothingYet(Doc d, Doc.Sent s, int verb) {
        for (int k = s.tokFrom; k < s.tokTo; k++) {
            Doc.Tok x = d.toks.get(k);
            if (x.head == verb && (x.dep.equals("ccomp") || x.dep.equals("xcomp") || x.dep.equals("parataxis")
                    || x.dep.startsWith("advcl") || x.dep.equals("conj"))) {
                return false;
            }
            if (k > verb && x.pos.startsWith("VB")) {
                return false;
            }
            // "CNN also noted the relatively sparse attendance:" notes a thing; "told reporters:" names who was told, "said this:" points on
            if (x.head == verb && x.dep.equals("obj") && x.mention == null && !x.pos.equals("PRP")
                    && !x.pos.equals("DT") && !x.pos.equals("WDT")
                    && !PersonNouns.isPerson(x.lemma.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyQuoteIn(Doc d, int from, int to) {
        for (Doc.QSpan q : d.quotes) {
            if (q.open < to && q.close > from) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first single mark in [from, to) that opens at a word start (after a space, an opening bracket or the
     * paragraph's start, before a letter) and is closed by no single mark at a word's end before {@code to}, with at
     * least three words after it; else -1. An apostrophe inside a word ("won't") is neither.
     */
    private static int singleOpening(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.charAt(k) != '\'' || k + 1 >= to || !Character.isLetter(t.charAt(k + 1))
                    || k > from && !(Character.isWhitespace(t.charAt(k - 1)) || "([{".indexOf(t.charAt(k - 1)) >= 0)) {
                continue;
            }
            int close = -1;
            for (int j = k + 2; j < to && close < 0; j++) {
                if (t.charAt(j) == '\'' && !Character.isWhitespace(t.charAt(j - 1))
                        && (j + 1 >= to || !Character.isLetterOrDigit(t.charAt(j + 1)))) {
                    close = j;
                }
            }
            if (close >= 0) {
                k = close; // a phrase in single marks: the opening one, if any, comes after it
                continue;
            }
            return wordCount(t.substring(k + 1, to)) >= 3 ? k : -1;
        }
        return -1;
    }

    private static int wordCount(String s) {
        String x = s.strip();
        return x.isEmpty() ? 0 : x.split("\\s+").length;
    }

    private static boolean inside(List<Doc.QSpan> spans, int i) {
        for (Doc.QSpan q : spans) {
            if (i >= q.open && i < q.close) {
                return true;
            }
        }
        return false;
    }

    private static Doc.QSpan span(int open, int close, boolean closed) {
        return span(open, close, closed, 1, closed ? 1 : 0);
    }

    private static Doc.QSpan span(int open, int close, boolean closed, int openWidth, int closeWidth) {
        Doc.QSpan q = new Doc.QSpan();
        q.open = open;
        q.close = close;
        q.closed = closed;
        q.innerStart = open + openWidth;
        q.innerEnd = closed ? close - closeWidth : close;
        return q;
    }

    private static Dir twinDirection(String t, int i, int ps, int pe) {
        char prev = i > ps ? t.charAt(i - 1) : ' ';
        char next = i + 2 < pe ? t.charAt(i + 2) : ' ';
        return byNeighbours(prev, next);
    }

    private static Dir direction(Doc doc, String t, int i, int ps, int pe) {
        char oc = doc.original().charAt(doc.body.originalSpan(i)[0]);
        if (oc == '\u201C' && i > ps && ".,?!".indexOf(t.charAt(i - 1)) >= 0
                && (i + 1 >= pe || Character.isWhitespace(t.charAt(i + 1)))) {
            // "“Who can guarantee you happiness?“ he asked.": an opening mark typed where the closing one belongs,
            // right after the quotation's last mark and before a space, closes it
            return Dir.CLOSE;
        }
        if (oc == '\u201C' || oc == '\u201E' || oc == '\u00AB') {
            return Dir.OPEN;
        }
        if (oc == '\u201D' || oc == '\u00BB') {
            // "”Mr. Trump embodies …” ― Sonya Herridge": a closing mark that opens its paragraph, before a word,
            // closes nothing; it is an opening mark typed the wrong way round
            boolean paragraphStart = t.substring(ps, i).isBlank();
            if (paragraphStart && i + 1 < pe && Character.isLetterOrDigit(t.charAt(i + 1))) {
                return Dir.OPEN;
            }
            return Dir.CLOSE;
        }
        char prev = i > ps ? t.charAt(i - 1) : ' ';
        char next = i + 1 < pe ? t.charAt(i + 1) : ' ';
        return byNeighbours(prev, next);
    }

    /** A mark after a space (or an opening bracket) and before a word opens; after a word and before a space closes. */
    private static Dir byNeighbours(char prev, char next) {
        boolean prevSpace = Character.isWhitespace(prev) || "([{-/".indexOf(prev) >= 0;
        boolean nextSpace = Character.isWhitespace(next) || ".,;:!?)]}".indexOf(next) >= 0;
        if (prevSpace && !nextSpace) {
            return Dir.OPEN;
        }
        if (!prevSpace && nextSpace) {
            return Dir.CLOSE;
        }
        return Dir.EITHER;
    }
}
