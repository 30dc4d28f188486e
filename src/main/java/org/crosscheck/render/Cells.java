package org.crosscheck.render;

import java.util.Collection;
import java.util.stream.Collectors;

/** Shared value-to-text rules of the text formats. */
final class Cells {
    private Cells() {
    }

    /** A cell's text: null as empty, lists joined with {@code listSeparator}, everything else by toString. */
    static String text(Object value, String listSeparator) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(listSeparator));
        }
        return value.toString();
    }

    /** The text on one line: line breaks and tabs become single spaces. */
    static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        return text.replaceAll("[\\t ]*(\\r\\n|\\r|\\n)[\\t ]*", " ").replace('\t', ' ');
    }
}
