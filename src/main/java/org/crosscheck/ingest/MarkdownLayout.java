package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The layout of a Markdown article: YAML front matter as metadata, then one paragraph per Markdown paragraph or
 * heading (list items and block quotes hold paragraphs too). Marks (#, *, _, `, link targets, images, HTML) are
 * left out of the paragraph text, but every character still maps to its offset in the Markdown file.
 */
final class MarkdownLayout {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownLayout() {
    }

    static ArticleLayout.Layout parse(String original) {
        Map<String, String> meta = new LinkedHashMap<>();
        int bodyFrom = ArticleLayout.frontMatterEnd(original, meta);
        // the parser sees blanks in place of the front matter, so its offsets are offsets into the whole file
        String masked = bodyFrom == 0 ? original
                : original.substring(0, bodyFrom).replaceAll("[^\\r\\n]", " ") + original.substring(bodyFrom);
        Node doc = PARSER.parse(masked);
        List<ArticleLayout.Paragraph> paragraphs = new ArrayList<>();
        collect(doc, original, paragraphs);
        List<String> notes = new ArrayList<>();
        notes.add("Markdown: marks left out of the text, offsets point into the Markdown file");
        if (!meta.isEmpty()) {
            notes.add("front matter: " + String.join(", ", meta.keySet()));
        }
        return new ArticleLayout.Layout(meta, paragraphs, false, notes);
    }

    private static void collect(Node node, String original, List<ArticleLayout.Paragraph> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph || n instanceof Heading) {
                NormalizedText.Builder b = NormalizedText.builder();
                inlines(n, original, b);
                b.trimEnd();
                NormalizedText t = trimStart(b.build());
                if (!t.text().isBlank()) {
                    out.add(new ArticleLayout.Paragraph(out.size(), t));
                }
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlBlock
                    || n instanceof ThematicBreak) {
                continue;
            } else {
                collect(n, original, out); // lists, list items, block quotes
            }
        }
    }

    private static void inlines(Node parent, String original, NormalizedText.Builder b) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> literal(t.getLiteral(), t, original, b);
                case Code c -> literal(c.getLiteral(), c, original, b);
                case SoftLineBreak s -> lineBreak(s, b);
                case HardLineBreak h -> lineBreak(h, b);
                case Image i -> { }
                case HtmlInline h -> { }
                default -> inlines(n, original, b); // emphasis, strong emphasis, link text
            }
        }
    }

    private static void lineBreak(Node n, NormalizedText.Builder b) {
        if (b.length() == 0 || b.charAt(b.length() - 1) == ' ') {
            return;
        }
        int[] span = span(n);
        int end = b.lastOriginalEnd();
        b.append(' ', span[0] < 0 ? end : span[0], span[0] < 0 ? end : Math.max(span[0], span[1]));
    }

    /** Appends a literal; when the file spells it the same way its characters map one to one, else to its span. */
    private static void literal(String literal, Node n, String original, NormalizedText.Builder b) {
        int[] span = span(n);
        if (span[0] < 0) {
            return;
        }
        String spelled = original.substring(span[0], Math.min(span[1], original.length()));
        int at = spelled.indexOf(literal);
        if (at >= 0) {
            TextNormalizer.append(original, span[0] + at, span[0] + at + literal.length(), b);
            return;
        }
        NormalizedText.Builder tmp = NormalizedText.builder();
        TextNormalizer.append(literal, 0, literal.length(), tmp);
        NormalizedText t = tmp.build();
        for (int i = 0; i < t.length(); i++) {
            b.append(t.text().charAt(i), span[0], span[1]);
        }
    }

    private static int[] span(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans == null || spans.isEmpty()) {
            return new int[] {-1, -1};
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return new int[] {first.getInputIndex(), last.getInputIndex() + last.getLength()};
    }

    private static NormalizedText trimStart(NormalizedText t) {
        int i = 0;
        while (i < t.length() && t.text().charAt(i) == ' ') {
            i++;
        }
        if (i == 0) {
            return t;
        }
        NormalizedText.Builder b = NormalizedText.builder();
        for (int k = i; k < t.length(); k++) {
            int[] s = t.originalSpan(k);
            b.append(t.text().charAt(k), s[0], s[1]);
        }
        return b.build();
    }
}
