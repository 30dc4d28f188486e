package org.crosscheck.ingest;

import java.text.Normalizer;

/**
 * Character-level normalisation for analysis: canonical composition (NFC), curly quotes to straight ones, dashes
 * to hyphens, unusual spaces to a plain space, zero-width characters removed. Each output character keeps the span
 * of the original characters it stands for.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Appends the normalised form of {@code original[from, to)} to {@code out}. */
    public static void append(String original, int from, int to, NormalizedText.Builder out) {
        int i = from;
        while (i < to) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            // a base character and the combining marks that follow it form one cluster
            int clusterEnd = next;
            while (clusterEnd < to && isCombining(original.codePointAt(clusterEnd))) {
                clusterEnd += Character.charCount(original.codePointAt(clusterEnd));
            }
            if (clusterEnd > next) {
                String composed = Normalizer.normalize(original.substring(i, clusterEnd), Normalizer.Form.NFC);
                out.append(composed, i, clusterEnd);
                i = clusterEnd;
                continue;
            }
            String replacement = replacement(cp, original, i, next, to);
            if (replacement == null) {
                out.append(original.substring(i, next), i, next);
            } else {
                out.append(replacement, i, next);
            }
            i = next;
        }
    }

    private static boolean isCombining(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /** What a code point is replaced by, or null to keep it. */
    private static String replacement(int cp, String s, int at, int next, int to) {
        switch (cp) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> {
                return "'";
            }
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> {
                return "\"";
            }
            case '\u2010', '\u2011', '\u2012', '\u2212' -> {
                return "-";
            }
            case '\u2013', '\u2014', '\u2015' -> {
                // a dash glued to words ("China—whether") must stay a separate token
                boolean spaceBefore = at == 0 || Character.isWhitespace(s.charAt(at - 1));
                boolean spaceAfter = next >= to || Character.isWhitespace(s.charAt(next));
                boolean digits = at > 0 && next < to && Character.isDigit(s.charAt(at - 1))
                        && Character.isDigit(s.charAt(next));
                if (digits) {
                    return "-";
                }
                return (spaceBefore ? "" : " ") + "-" + (spaceAfter ? "" : " ");
            }
            case '\u2026' -> {
                return "...";
            }
            case '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009',
                 '\u200A', '\u202F', '\u205F', '\u3000', '\t' -> {
                return " ";
            }
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                return "";
            }
            case '\uFB01' -> {
                return "fi";
            }
            case '\uFB02' -> {
                return "fl";
            }
            default -> {
                return null;
            }
        }
    }
}
