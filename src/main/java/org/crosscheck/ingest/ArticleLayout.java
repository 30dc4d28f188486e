package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of one plain-text article: an optional {@code Key: Value} metadata header, then paragraphs. A file is
 * either one paragraph per line, or hard-wrapped (PDF text): then a line break inside a paragraph is a space, a
 * blank line or an indented line starts a paragraph, and a hyphen at a line end joins the word. Which of the two is
 * decided per file from its lines, not from its name.
 */
public final class ArticleLayout {
    /** One paragraph: its normalised text, mapped into the original text. */
    public record Paragraph(int index, NormalizedText text) {
    }

    /**
     * @param meta       header fields, lower-case keys
     * @param paragraphs the body, in order
     * @param wrapped    true when hard wraps were repaired
     * @param notes      what was noticed
     */
    public record Layout(Map<String, String> meta, List<Paragraph> paragraphs, boolean wrapped, List<String> notes) {
    }

    private record Line(int start, int end, String text) {
        boolean blank() {
            return text.isBlank();
        }

        String trimmed() {
            return text.strip();
        }
    }

    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9 _-]{0,30}):\\s*(.*)$");
    private static final Set<String> KNOWN_KEYS = Set.of("title", "outlet", "date", "url", "author", "byline",
            "source", "publisher", "event", "main-entities", "language", "section", "published", "headline");
    private static final Pattern HANDLE_ONLY = Pattern.compile("^(@\\w{2,}[\\s,]*)+$");

    private ArticleLayout() {
    }

    /**
     * The layout of a document as its reader produced it: metadata the format carries (HTML meta tags, JSON Lines
     * fields) comes first, a header block or YAML front matter in the text adds the keys it does not already have.
     */
    public static Layout parse(RawDocument raw) {
        Layout inText = raw.format() == RawDocument.Format.MARKDOWN ? MarkdownLayout.parse(raw.text())
                : parse(raw.text());
        if (raw.meta().isEmpty()) {
            return inText;
        }
        Map<String, String> meta = new LinkedHashMap<>(raw.meta());
        inText.meta().forEach(meta::putIfAbsent);
        return new Layout(meta, inText.paragraphs(), inText.wrapped(), inText.notes());
    }

    public static Layout parse(String original) {
        List<Line> lines = splitLines(original);
        Map<String, String> meta = new LinkedHashMap<>();
        int bodyFrom = readFrontMatter(lines, meta);
        boolean frontMatter = bodyFrom > 0;
        if (!frontMatter) {
            bodyFrom = readHeader(lines, meta);
        }
        List<Line> body = lines.subList(bodyFrom, lines.size());
        boolean wrapped = isHardWrapped(body);
        List<List<Line>> groups = wrapped ? wrappedParagraphs(body) : lineParagraphs(body);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (List<Line> g : groups) {
            NormalizedText t = join(original, g);
            if (!t.text().isBlank()) {
                paragraphs.add(new Paragraph(paragraphs.size(), t));
            }
        }
        List<String> notes = new ArrayList<>();
        if (wrapped) {
            notes.add("hard-wrapped lines joined into paragraphs");
        }
        if (!meta.isEmpty()) {
            notes.add((frontMatter ? "front matter: " : "metadata header: ") + String.join(", ", meta.keySet()));
        }
        return new Layout(meta, paragraphs, wrapped, notes);
    }

    /**
     * The offset in {@code original} where the body starts after YAML front matter (a {@code ---} line, simple
     * {@code key: value} lines, a closing {@code ---} or {@code ...} line), filling {@code meta}; 0 when there is none.
     * A list under a key ({@code - a}, {@code - b}) becomes "a, b".
     */
    public static int frontMatterEnd(String original, Map<String, String> meta) {
        List<Line> lines = splitLines(original);
        int i = readFrontMatter(lines, meta);
        return i == 0 ? 0 : i < lines.size() ? lines.get(i).start() : original.length();
    }

    private static final Pattern YAML_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9 _.-]{0,40}):(?:\\s+(.*))?$");

    private static int readFrontMatter(List<Line> lines, Map<String, String> meta) {
        int i = 0;
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        if (i >= lines.size() || !lines.get(i).text().stripTrailing().equals("---")) {
            return 0;
        }
        Map<String, String> found = new LinkedHashMap<>();
        String lastKey = null;
        for (i++; i < lines.size(); i++) {
            String t = lines.get(i).text().stripTrailing();
            if (t.equals("---") || t.equals("...")) {
                meta.putAll(found);
                return i + 1;
            }
            if (t.isBlank() || t.strip().startsWith("#")) {
                continue;
            }
            Matcher m = YAML_LINE.matcher(t);
            if (m.matches()) {
                lastKey = m.group(1).strip().toLowerCase(Locale.ROOT);
                String v = m.group(2) == null ? "" : unquoteYaml(m.group(2).strip());
                if (v.startsWith("[") && v.endsWith("]")) {
                    List<String> items = new ArrayList<>();
                    for (String item : v.substring(1, v.length() - 1).split(",")) {
                        if (!item.isBlank()) {
                            items.add(unquoteYaml(item.strip()));
                        }
                    }
                    v = String.join(", ", items);
                }
                found.put(lastKey, v);
            } else if (lastKey != null && t.strip().startsWith("- ")) {
                String item = unquoteYaml(t.strip().substring(2).strip());
                found.merge(lastKey, item, (a, b) -> a.isEmpty() ? b : a + ", " + b);
            } else if (lastKey != null && Character.isWhitespace(t.charAt(0))) {
                found.merge(lastKey, t.strip(), (a, b) -> a.isEmpty() ? b : a + " " + b);
            } else {
                return 0; // not simple front matter: the text is read as it is
            }
        }
        return 0;
    }

    private static String unquoteYaml(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static List<Line> splitLines(String s) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f') {
                out.add(new Line(start, i, s.substring(start, i)));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new Line(start, n, s.substring(start)));
        }
        return out;
    }

    /** Reads a Key: Value block ending at the first blank line; returns the index of the first body line. */
    private static int readHeader(List<Line> lines, Map<String, String> meta) {
        int i = 0;
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        int first = i;
        Map<String, String> found = new LinkedHashMap<>();
        boolean known = false;
        while (i < lines.size() && !lines.get(i).blank()) {
            Matcher m = HEADER_LINE.matcher(lines.get(i).trimmed());
            if (!m.matches() || m.group(2).isBlank() && !lines.get(i).trimmed().endsWith(":")) {
                return first;
            }
            String key = m.group(1).trim().toLowerCase(Locale.ROOT);
            known |= KNOWN_KEYS.contains(key);
            found.put(key, m.group(2).strip());
            i++;
        }
        if (i >= lines.size() || found.isEmpty() || !(known || found.size() >= 2)) {
            return first;
        }
        meta.putAll(found);
        return i;
    }

    /**
     * Hard wrapping: many consecutive lines break off mid-sentence (no terminal punctuation, or the next line goes
     * on in lower case), and the lines are of a bounded length.
     */
    static boolean isHardWrapped(List<?> rawBody) {
        @SuppressWarnings("unchecked")
        List<Line> body = (List<Line>) rawBody;
        int pairs = 0;
        int broken = 0;
        int maxLen = 0;
        for (int i = 0; i + 1 < body.size(); i++) {
            Line a = body.get(i);
            Line b = body.get(i + 1);
            if (a.blank() || b.blank()) {
                continue;
            }
            pairs++;
            maxLen = Math.max(maxLen, a.trimmed().length());
            String at = a.trimmed();
            String bt = b.trimmed();
            char last = at.charAt(at.length() - 1);
            boolean endsOpen = Character.isLetterOrDigit(last) || last == ',' || last == '-';
            boolean nextLower = Character.isLowerCase(bt.charAt(0));
            if (endsOpen || nextLower) {
                broken++;
            }
        }
        return pairs >= 3 && broken >= 2 && broken >= 0.3 * pairs && maxLen <= 160;
    }

    private static List<List<Line>> lineParagraphs(List<Line> body) {
        List<List<Line>> out = new ArrayList<>();
        for (Line l : body) {
            if (!l.blank()) {
                out.add(List.of(l));
            }
        }
        return out;
    }

    private static List<List<Line>> wrappedParagraphs(List<Line> body) {
        List<List<Line>> out = new ArrayList<>();
        List<Line> cur = new ArrayList<>();
        for (Line l : body) {
            if (l.blank()) {
                if (!cur.isEmpty()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
                continue;
            }
            boolean indented = Character.isWhitespace(l.text().charAt(0));
            boolean handle = HANDLE_ONLY.matcher(l.trimmed()).matches();
            boolean prevHandle = !cur.isEmpty() && HANDLE_ONLY.matcher(cur.get(cur.size() - 1).trimmed()).matches();
            if (!cur.isEmpty() && (indented || handle || prevHandle)) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** Normalises the lines of one paragraph and joins them: a space for a line break, nothing after a hyphen. */
    private static NormalizedText join(String original, List<Line> lines) {
        NormalizedText.Builder b = NormalizedText.builder();
        Line prev = null;
        for (Line l : lines) {
            int from = l.start();
            int to = l.end();
            while (from < to && Character.isWhitespace(original.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(original.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                continue;
            }
            if (prev != null && b.length() > 0) {
                boolean hyphen = b.charAt(b.length() - 1) == '-' && b.length() > 1
                        && Character.isLetter(b.charAt(b.length() - 2))
                        && Character.isLowerCase(original.charAt(from));
                if (hyphen) {
                    b.deleteLast();
                } else {
                    b.append(' ', prev.end(), from);
                }
            }
            TextNormalizer.append(original, from, to, b);
            b.trimEnd();
            prev = new Line(l.start(), to, null);
        }
        return b.build();
    }
}
