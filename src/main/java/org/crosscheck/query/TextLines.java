package org.crosscheck.query;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.query.ast.Span;

/** Line and column of offsets in a text, and the text of its lines. */
final class TextLines {
    private final String text;
    private final int[] starts;

    TextLines(String text) {
        this.text = text;
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                s.add(i + 1);
            }
        }
        starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line and column of a 0-based offset (clamped to the text). */
    Span span(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= o) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return new Span(lo + 1, o - starts[lo] + 1);
    }

    /** The text of a 1-based line, without its line break. */
    String line(int line) {
        if (line < 1 || line > starts.length) {
            return "";
        }
        int from = starts[line - 1];
        int to = line < starts.length ? starts[line] - 1 : text.length();
        String l = text.substring(from, Math.max(from, to));
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }
}
