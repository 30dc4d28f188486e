package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML pages: one article per file. The article is the page's {@code <article>} (the one with most paragraph
 * text), else its {@code <main>}, else the element holding the most paragraph text; navigation, header and footer
 * bars, asides, forms, figures, scripts and styles are left out. The headline comes from {@code <h1>} (else
 * {@code og:title} or {@code <title>}); {@code og:site_name}, {@code author}, {@code article:published_time} and
 * {@code og:url} become the outlet, author, date and url. The source text is the extracted article text, one
 * paragraph per block, blank lines between: offsets point into it, not into the markup.
 */
public final class HtmlFileReader implements DocumentReader {
    /** The note every HTML source carries. */
    public static final String NOTE = "HTML: the text is the article extracted from the page; "
            + "offsets point into that text, not into the markup";

    private static final String NEVER_TEXT = "script, style, noscript, template, nav, footer, aside, form, iframe, "
            + "svg, canvas, button, select, figure, figcaption, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=complementary], [role=contentinfo], [role=banner]";
    /** Class or id words of page furniture inside an article: share bars, related links, newsletter boxes … */
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[\\s_-])(nav|navigation|menu|breadcrumbs?|share|sharing|social|related|newsletter|promo|"
                    + "advert|advertisement|ads?|sponsored|cookie|comments?|subscribe|paywall|sidebar|footer)"
                    + "($|[\\s_-])", Pattern.CASE_INSENSITIVE);

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    @Override
    public List<RawDocument> read(Path file, String relPath) throws IOException, SkipFileException {
        byte[] bytes = Files.readAllBytes(file);
        Decoder.Decoded decoded = Decoder.decodeText(bytes);
        Document page = Jsoup.parse(decoded.text());
        Map<String, String> meta = meta(page);
        page.select(NEVER_TEXT).remove();
        Element root = articleRoot(page);
        for (Element e : new ArrayList<>(root.select("*"))) {
            if (e != root && e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        collect(root, blocks, inline);
        flush(blocks, inline);
        String headline = headline(page, root, meta);
        if (headline != null) {
            meta.putIfAbsent("title", headline);
            if (blocks.isEmpty() || !squash(blocks.get(0)).equals(squash(headline))) {
                blocks.add(0, headline);
            }
        }
        if (blocks.size() <= (headline == null ? 0 : 1)) {
            throw new SkipFileException("no article text found in the page: skipped");
        }
        List<String> notes = new ArrayList<>();
        if (decoded.fallback()) {
            notes.add(Decoder.FALLBACK_NOTE);
        }
        notes.add(NOTE + " (" + describe(root) + ")");
        return List.of(new RawDocument(TextFileReader.baseName(file), relPath, String.join("\n\n", blocks), notes,
                meta, RawDocument.Format.PLAIN));
    }

    private static Map<String, String> meta(Document page) {
        Map<String, String> meta = new LinkedHashMap<>();
        put(meta, "outlet", content(page, "meta[property=og:site_name]", "meta[name=application-name]"));
        put(meta, "author", content(page, "meta[name=author]", "meta[property=article:author]",
                "meta[name=byl]", "meta[name=parsely-author]"));
        if (!meta.containsKey("author")) {
            Element a = page.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
            if (a != null && !a.text().isBlank()) {
                put(meta, "author", a.text());
            }
        }
        put(meta, "date", content(page, "meta[property=article:published_time]", "meta[name=date]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]"));
        if (!meta.containsKey("date")) {
            Element t = page.selectFirst("time[datetime]");
            if (t != null) {
                put(meta, "date", t.attr("datetime"));
            }
        }
        put(meta, "url", content(page, "meta[property=og:url]"));
        if (!meta.containsKey("url")) {
            Element c = page.selectFirst("link[rel=canonical][href]");
            if (c != null) {
                put(meta, "url", c.attr("href"));
            }
        }
        put(meta, "description", content(page, "meta[property=og:description]", "meta[name=description]"));
        return meta;
    }

    private static String content(Document page, String... selectors) {
        for (String sel : selectors) {
            Element e = page.selectFirst(sel + "[content]");
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content");
            }
        }
        return null;
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank() && !meta.containsKey(key)) {
            meta.put(key, value.strip().replaceAll("\\s+", " "));
        }
    }

    /** The element that holds the article. */
    private static Element articleRoot(Document page) {
        Element best = null;
        for (Element a : page.select("article")) {
            if (best == null || paragraphText(a) > paragraphText(best)) {
                best = a;
            }
        }
        if (best != null && paragraphText(best) > 0) {
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        if (main != null && paragraphText(main) > 0) {
            return main;
        }
        // the block whose own paragraphs hold the most text
        Map<Element, Integer> byParent = new HashMap<>();
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                byParent.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return byParent.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(page.body());
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** Page furniture by its class or id, unless it holds a good deal of paragraph text (then it is a wrapper). */
    private static boolean isFurniture(Element e) {
        String words = e.className() + " " + e.id();
        return !words.isBlank() && FURNITURE.matcher(words).find() && paragraphText(e) < 400;
    }

    private static String headline(Document page, Element root, Map<String, String> meta) {
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String og = content(page, "meta[property=og:title]");
        if (og != null) {
            return og.strip();
        }
        String title = page.title();
        return title == null || title.isBlank() ? null : title.strip();
    }

    /** Block elements become paragraphs; inline elements and text nodes join the current one. */
    private static void collect(Element e, List<String> blocks, StringBuilder inline) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                inline.append(t.text());
            } else if (n instanceof Element c) {
                if (c.normalName().equals("br")) {
                    flush(blocks, inline);
                } else if (c.isBlock()) {
                    flush(blocks, inline);
                    collect(c, blocks, inline);
                    flush(blocks, inline);
                } else {
                    collect(c, blocks, inline);
                }
            }
        }
    }

    private static void flush(List<String> blocks, StringBuilder inline) {
        String t = inline.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) {
            blocks.add(t);
        }
        inline.setLength(0);
    }

    private static String describe(Element root) {
        String d = "<" + root.normalName() + ">";
        if (!root.id().isEmpty()) {
            d += " #" + root.id();
        }
        return d;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
