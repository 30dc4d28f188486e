package org.crosscheck.ingest;

import java.util.Arrays;

/**
 * Text prepared for analysis (quotes straightened, dashes and spaces unified, hard wraps joined) that remembers, for
 * every one of its characters, which characters of the original text it stands for. Spans found in the normalised
 * text are mapped back with {@link #originalStart(int)} and {@link #originalEnd(int)}.
 */
public final class NormalizedText {
    private final String text;
    private final int[] origStart;
    private final int[] origEnd;

    private NormalizedText(String text, int[] origStart, int[] origEnd) {
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Offset in the original text of the first character that normalised position {@code i} stands for. */
    public int originalStart(int i) {
        if (text.isEmpty()) {
            return 0;
        }
        if (i >= text.length()) {
            return origEnd[text.length() - 1];
        }
        return origStart[Math.max(0, i)];
    }

    /** Offset in the original text just past a normalised span ending (exclusively) at {@code end}. */
    public int originalEnd(int end) {
        if (text.isEmpty()) {
            return 0;
        }
        if (end <= 0) {
            return origStart[0];
        }
        return origEnd[Math.min(end, text.length()) - 1];
    }

    /** Normalised position of the first character that stands for original offset {@code o} or for a later one. */
    public int normalizedIndexOf(int o) {
        for (int i = 0; i < origStart.length; i++) {
            if (origEnd[i] > o) {
                return i;
            }
        }
        return text.length();
    }

    /** The original character span [start, end) that the normalised character {@code i} came from. */
    public int[] originalSpan(int i) {
        return new int[] {origStart[i], origEnd[i]};
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Appends normalised characters, each with the original span it stands for. */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] starts = new int[256];
        private int[] ends = new int[256];

        public Builder append(char c, int originalStart, int originalEnd) {
            int n = sb.length();
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            sb.append(c);
            starts[n] = originalStart;
            ends[n] = originalEnd;
            return this;
        }

        public Builder append(CharSequence s, int originalStart, int originalEnd) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), originalStart, originalEnd);
            }
            return this;
        }

        /** Appends a whole normalised text (its mapping is kept). */
        public Builder append(NormalizedText t) {
            for (int i = 0; i < t.length(); i++) {
                append(t.text.charAt(i), t.origStart[i], t.origEnd[i]);
            }
            return this;
        }

        public int length() {
            return sb.length();
        }

        public char charAt(int i) {
            return sb.charAt(i);
        }

        /** Original offset just past the last appended character (0 when empty). */
        public int lastOriginalEnd() {
            return sb.isEmpty() ? 0 : ends[sb.length() - 1];
        }

        public void deleteLast() {
            if (!sb.isEmpty()) {
                sb.setLength(sb.length() - 1);
            }
        }

        /** Removes trailing spaces. */
        public void trimEnd() {
            while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
                sb.setLength(sb.length() - 1);
            }
        }

        public NormalizedText build() {
            int n = sb.length();
            return new NormalizedText(sb.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }
}
