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
