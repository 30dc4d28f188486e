package org.crosscheck.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** HTML building blocks shared by the report pages: escaping and the short labels of sources. */
final class Html {
    private Html() {
    }

    /**
     * Text as HTML character data or a quoted attribute value: {@code & < > " '} become references, control
     * characters other than tab and line breaks (which HTML does not allow) become U+FFFD, and lone surrogates too.
     */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        escInto(b, text, 0, text.length());
        return b.toString();
    }

    static void escInto(StringBuilder b, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            escChar(b, text, i);
        }
    }

    /** Appends the character at {@code i}, escaped; a surrogate pair is appended whole by its high half. */
    static void escChar(StringBuilder b, String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '&' -> b.append("&amp;");
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '"' -> b.append("&quot;");
            case '\'' -> b.append("&#39;");
            default -> {
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c); // the low half follows on the next call
                    } else {
                        b.append('\uFFFD');
                    }
                } else if (Character.isLowSurrogate(c)) {
                    if (i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                        b.append(c);
                    } else {
                        b.append('\uFFFD');
                    }
                } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0)) {
                    b.append('\uFFFD');
                } else {
                    b.append(c);
                }
            }
        }
    }

    /** A fragment identifier made from an id: letters, digits, '-' and '_' kept, anything else as _XX. */
    static String anchor(String prefix, String id) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                b.append(c);
            } else {
                b.append('_').append(Integer.toHexString(c));
            }
        }
        return b.toString();
    }

    /**
     * Column labels for source ids: the ids themselves when they are short, otherwise the shortest prefixes (at
     * least three characters) that still tell every source apart, without a trailing separator; when those would be
     * longer than {@value #MAX_LABEL} characters, the ids when none is longer than 16, else (ids that differ only at
     * the end, such as long event/outlet paths) S1, S2 … in corpus order.
     */
    static final int MAX_LABEL = 10;

    static List<String> shortLabels(List<String> ids) {
        int longest = ids.stream().mapToInt(String::length).max().orElse(0);
        if (longest <= 8) {
            return List.copyOf(ids);
        }
        for (int len = 3; len <= Math.min(MAX_LABEL, longest - 1); len++) {
            List<String> labels = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            boolean unique = true;
            for (String id : ids) {
                String p = id.length() <= len ? id : id.substring(0, len);
                p = p.replaceAll("[-_. ]+$", "");
                if (p.isEmpty() || !seen.add(p)) {
                    unique = false;
                    break;
                }
                labels.add(p);
            }
            if (unique) {
                return labels;
            }
        }
        if (longest <= 16) {
            return List.copyOf(ids);
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 1; i <= ids.size(); i++) {
            numbered.add("S" + i);
        }
        return numbered;
    }
}
