package org.crosscheck.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for reading HTML in tests: sections, elements by a start-tag pattern, text content. */
final class HtmlText {
    private HtmlText() {
    }

    /** The markup of {@code <section id="ID">} up to its end tag (sections do not nest). */
    static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        if (start < 0) {
            throw new AssertionError("no section " + id);
        }
        return html.substring(start, html.indexOf("</section>", start) + "</section>".length());
    }

    /** Every element whose start tag matches {@code startTag} (a regex from '<'), with its content, for one tag name. */
    static List<String> elements(String html, String tag, String startTag) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(startTag).matcher(html);
        Pattern any = Pattern.compile("<(/?)" + tag + "\\b[^>]*>");
        while (m.find()) {
            Matcher t = any.matcher(html);
            t.region(m.end(), html.length());
            int depth = 1;
            int end = -1;
            while (t.find()) {
                depth += t.group(1).isEmpty() ? 1 : -1;
                if (depth == 0) {
                    end = t.end();
                    break;
                }
            }
            if (end < 0) {
                throw new AssertionError("unclosed <" + tag + "> at " + m.start());
            }
            out.add(html.substring(m.start(), end));
        }
        return out;
    }

    /** Every start tag with its quoted attribute values emptied, one a line: what the tags are, not what they say. */
    static String tagsWithoutValues(String html) {
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
        while (m.find()) {
            b.append(m.group().replaceAll("\"[^\"]*\"", "\"\"")).append('\n');
        }
        return b.toString();
    }

    /** Text content: tags removed, character references resolved. */
    static String text(String html) {
        return unescape(html.replaceAll("<[^>]*>", ""));
    }

    static String unescape(String s) {
        Matcher m = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Runs of white space as one space, trimmed. */
    static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static int count(String s, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
