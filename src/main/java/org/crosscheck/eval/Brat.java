package org.crosscheck.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads attribution relations from brat standoff files as PolNeAR has them: {@code T} lines
 * {@code ID<TAB>TYPE START END[;START END…]<TAB>TEXT} with TYPE Source, Cue, Content or Attribution, and {@code E}
 * lines {@code ID<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1} tying them into one relation. Offsets in the file
 * count Unicode code points; they are returned as offsets into the Java string of the text.
 */
public final class Brat {
    /** A character span [start, end) of the text. */
    public record Span(int start, int end) {
    }

    /** One attribution: where its source, cue and content are (each may be empty; content may be in pieces). */
    public record Relation(List<Span> source, List<Span> cue, List<Span> content) {
    }

    /** An annotation's id at the start of a line: a letter for its kind, then digits ("T12", "E3", "A1", "#2"). */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Z#][0-9]+(?:\\t|$)");

    private Brat() {
    }

    /** The relations of {@code ann}, whose offsets point into {@code text}. */
    public static List<Relation> read(Path ann, String text) throws IOException {
        return parse(Files.readString(ann, StandardCharsets.UTF_8), text, ann.toString());
    }

    /**
     * @param name the file name for messages
     * @throws IllegalArgumentException naming file, line and column of a line that is not brat standoff, or of a
     *                                  span outside the text
     */
    public static List<Relation> parse(String ann, String text, String name) {
        int[] charAt = codePointToChar(text);
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        List<Integer> eventLines = new ArrayList<>();
        String[] lines = ann.split("\r?\n", -1);
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!ID.matcher(line).lookingAt()) {
                // a line that starts with no annotation id goes on with the text of the annotation before it (brat
                // writes a span's text with its line breaks: "T38<TAB>Content …<TAB>3." then "The number of …")
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].startsWith("T")) {
                if (f.length < 2) {
                    throw error(name, ln, line.length() + 1, "expected a tab and 'TYPE START END' after " + f[0]);
                }
                int col = f[0].length() + 2;
                String[] typeAndSpans = f[1].split(" ", 2);
                if (typeAndSpans.length < 2) {
                    throw error(name, ln, col, "expected 'TYPE START END', found '" + f[1] + "'");
                }
                List<Span> sp = new ArrayList<>();
                int c = col + typeAndSpans[0].length() + 1;
                for (String part : typeAndSpans[1].split(";")) {
                    String[] se = part.trim().split(" ");
                    int s;
                    int e;
                    try {
                        s = Integer.parseInt(se[0]);
                        e = Integer.parseInt(se[se.length - 1]);
                    } catch (NumberFormatException ex) {
                        throw error(name, ln, c, "expected two offsets 'START END', found '" + part + "'");
                    }
                    if (se.length != 2 || s < 0 || e < s || e >= charAt.length) {
                        throw error(name, ln, c, "span '" + part + "' is not within the text ("
                                + (charAt.length - 1) + " characters)");
                    }
                    sp.add(new Span(charAt[s], charAt[e]));
                    c += part.length() + 1;
                }
                spans.put(f[0], sp);
            } else if (f[0].startsWith("E")) {
                if (f.length < 2) {
                    throw error(name, ln, line.length() + 1, "expected a tab and 'Attribution:T… Content:T…'");
                }
                events.add(f);
                eventLines.add(ln);
            }
        }
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String[] f = events.get(i);
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            List<Span> content = new ArrayList<>();
            int col = f[0].length() + 2;
            for (String arg : f[1].split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length != 2) {
                    throw error(name, eventLines.get(i), col, "expected ROLE:ID, found '" + arg + "'");
                }
                List<Span> sp = spans.get(kv[1]);
                if (sp == null) {
                    throw error(name, eventLines.get(i), col + kv[0].length() + 1, "no T line " + kv[1]);
                }
                String role = kv[0].replaceAll("\\d+$", "");
                switch (role) {
                    case "Source" -> source.addAll(sp);
                    case "Cue" -> cue.addAll(sp);
                    case "Content" -> content.addAll(sp);
                    default -> {
                        // the Attribution trigger repeats the cue
                    }
                }
                col += arg.length() + 1;
            }
            out.add(new Relation(List.copyOf(source), List.copyOf(cue), List.copyOf(content)));
        }
        return out;
    }

    /** For each code point offset (and the end), the offset of that code point in the Java string. */
    private static int[] codePointToChar(String text) {
        int n = text.codePointCount(0, text.length());
        int[] at = new int[n + 1];
        int c = 0;
        for (int cp = 0; cp < n; cp++) {
            at[cp] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        at[n] = text.length();
        return at;
    }

    private static IllegalArgumentException error(String name, int line, int col, String what) {
        return new IllegalArgumentException(name + ":" + (line + 1) + ":" + col + ": " + what);
    }
}
