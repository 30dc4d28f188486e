package org.crosscheck.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimGroup;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.FileProblem;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.Column;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.crosscheck.query.compare.Conflicts;
import org.crosscheck.query.compare.Prepared;
import org.crosscheck.query.compare.QuoteVariants;
import org.crosscheck.query.compare.Repeats;

/**
 * Self-contained HTML pages: the report of a whole corpus, and one query result. A page needs nothing outside
 * itself (the style is inline, there is no external address of any kind, and a Content-Security-Policy forbids
 * loading any), reads without JavaScript (a few lines of inline script only add filters), and prints in colour.
 * All text that comes from an article is escaped, so no markup in a source can run.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * Rows of the coverage grid: the most widely reported groups; the rest are counted in a note (the shell's
     * {@code coverage} lists them all). A grid of thousands of rows is neither read nor quick to open.
     */
    static final int MAX_GRID_ROWS = 300;
    /** Above this many sources the grid gives each row the list of sources that report it, not a column each. */
    static final int MAX_GRID_COLUMNS = 30;
    /** Above this many sources each source's text is a closed section the reader opens. */
    static final int OPEN_TEXTS = 12;
    /** Quote clusters and conflict topics shown; the rest are counted. */
    static final int MAX_CLUSTERS = 150;
    static final int MAX_CONFLICTS = 150;

    /** Words of a quote: letters, digits and apostrophes, with where each was found. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");

    // ---------------------------------------------------------------------------------------------- corpus report

    /**
     * The report of a corpus: its sources; the coverage grid (one row per claim group, sorted by how many sources
     * report it); the quotations rendered differently by two or more sources, word differences marked; the
     * conflicts (differing counts and titles); and every source's text with its claims marked.
     */
    public static String corpus(CorpusModel model, String title) {
        Corpus c = new Corpus(model);
        StringBuilder b = new StringBuilder(256 * 1024);
        String heading = title == null || title.isBlank() ? "crosscheck report" : title;
        head(b, heading);
        b.append("<body>\n<header class=\"top\">\n<h1>").append(Html.esc(heading)).append("</h1>\n");
        List<QuoteCluster> clusters = quoteClusters(model);
        Table conflicts = Conflicts.conflicts(model, new Cancel());
        int shared = (int) model.claimGroups().stream().filter(g -> g.sources().size() > 1).count();
        b.append("<p class=\"summary\">").append(c.sources.size()).append(plural(c.sources.size(), " source", " sources"))
                .append(" · ").append(model.claims().size()).append(plural(model.claims().size(), " claim", " claims"))
                .append(" in ").append(model.claimGroups().size()).append(plural(model.claimGroups().size(), " group", " groups"))
                .append(", ").append(shared).append(" reported by two or more sources · ")
                .append(clusters.size()).append(plural(clusters.size(), " quotation", " quotations"))
                .append(" rendered by several sources · ").append(topics(conflicts).size())
                .append(plural(topics(conflicts).size(), " conflict", " conflicts")).append("</p>\n");
        b.append("<nav><a href=\"#sources\">Sources</a> <a href=\"#coverage\">Coverage</a> "
                + "<a href=\"#quotes\">Quote variants</a> <a href=\"#conflicts\">Conflicts</a> "
                + "<a href=\"#texts\">Texts</a></nav>\n</header>\n<main>\n");
        sources(b, c, model);
        coverage(b, c, model);
        quotes(b, c, clusters);
        conflicts(b, c, conflicts);
        texts(b, c, model);
        b.append("</main>\n");
        script(b);
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    /** Lookups the sections share. */
    private static final class Corpus {
        final List<Source> sources;
        final Map<String, Source> byId = new HashMap<>();
        final Map<String, String> label = new HashMap<>();
        final Map<String, ClaimGroup> groups = new HashMap<>();
        final Map<String, List<Sentence>> sentences = new HashMap<>();
        /** Sources whose text another repeats ({@link Repeats}), and the reporting each of them belongs to. */
        final Map<String, Repeats.Repeat> repeats;
        final Map<String, String> reportings;

        Corpus(CorpusModel model) {
            sources = model.sources();
            Prepared prepared = new Prepared(model);
            repeats = prepared.repeats(new Cancel());
            reportings = prepared.reportings(new Cancel());
            List<String> labels = Html.shortLabels(sources.stream().map(Source::id).toList());
            for (int i = 0; i < sources.size(); i++) {
                byId.put(sources.get(i).id(), sources.get(i));
                label.put(sources.get(i).id(), labels.get(i));
            }
            model.claimGroups().forEach(g -> groups.put(g.id(), g));
            for (Sentence s : model.sentences()) {
                sentences.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
            }
            sentences.values().forEach(l -> l.sort(Comparator.comparingInt(Sentence::start)));
        }

        String label(String source) {
            return label.getOrDefault(source, source);
        }

        /** The source's label as a link to its text, with its id and title as a tooltip. */
        String sourceLink(String source) {
            Source s = byId.get(source);
            String tip = s == null ? source : s.id() + " — " + s.title();
            return "<a class=\"src\" href=\"#" + Html.anchor("src-", source) + "\" title=\"" + Html.esc(tip) + "\">"
                    + Html.esc(label(source)) + "</a>";
        }
    }

    private static final String[] OUTLET = {"outlet", "publisher", "site", "source"};
    private static final String[] DATE = {"date", "published", "published_at"};

    private static void sources(StringBuilder b, Corpus c, CorpusModel model) {
        boolean outlets = c.sources.stream().anyMatch(s -> !meta(s, OUTLET).isEmpty());
        boolean dates = c.sources.stream().anyMatch(s -> !meta(s, DATE).isEmpty());
        boolean notes = c.sources.stream().anyMatch(s -> !s.notes().isEmpty());
        boolean ids = c.sources.stream().anyMatch(s -> !c.label(s.id()).equals(s.id()));
        boolean repeats = !c.repeats.isEmpty();
        b.append("<section id=\"sources\">\n<h2>Sources</h2>\n<table class=\"data\">\n<thead><tr><th>label</th>")
                .append(ids ? "<th>id</th>" : "").append("<th>title</th>").append(outlets ? "<th>outlet</th>" : "").append(dates ? "<th>date</th>" : "")
                .append("<th class=\"num\">words</th>").append(notes ? "<th>notes</th>" : "")
                .append(repeats ? "<th>repeats</th>" : "").append("</tr></thead>\n<tbody>\n");
        for (Source s : c.sources) {
            b.append("<tr><td>").append(c.sourceLink(s.id())).append("</td>");
            if (ids) {
                b.append("<td class=\"id\">").append(Html.esc(s.id())).append("</td>");
            }
            b.append("<td>").append(Html.esc(s.title())).append("</td>");
            if (outlets) {
                b.append("<td>").append(Html.esc(meta(s, OUTLET))).append("</td>");
            }
            if (dates) {
                b.append("<td class=\"date\">").append(Html.esc(meta(s, DATE))).append("</td>");
            }
            b.append("<td class=\"num\">").append(s.words()).append("</td>");
            if (notes) {
                b.append("<td>").append(Html.esc(String.join("; ", s.notes()))).append("</td>");
            }
            if (repeats) {
                Repeats.Repeat r = c.repeats.get(s.id());
                b.append("<td class=\"repeats\">").append(r == null ? "" : c.sourceLink(r.of()) + " (" + r.share()
                        + "% of its text)").append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (repeats) {
            b.append("<p class=\"note\" id=\"repeats\">A source with an entry under <em>repeats</em> is no independent "
                    + "witness: that source holds the given part of its text (its runs of ").append(Repeats.RUN_WORDS)
                    .append(" words; a reprint, an updated version, or one file twice). A claim the two share is one "
                            + "reporting, counted for each in the coverage grid.</p>\n");
        }
        if (!model.problems().isEmpty()) {
            b.append("<h3>Files not read as expected</h3>\n<ul class=\"problems\">\n");
            for (FileProblem p : model.problems()) {
                b.append("<li>").append(Html.esc(p.toString())).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    private static String meta(Source s, String... keys) {
        for (String k : keys) {
            String v = s.meta().get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    // ---------------------------------------------------------------------------------------------- coverage grid

    private static void coverage(StringBuilder b, Corpus c, CorpusModel model) {
        Map<String, Claim> claims = new HashMap<>();
        model.claims().forEach(cl -> claims.put(cl.id(), cl));
        List<ClaimGroup> groups = new ArrayList<>(model.claimGroups());
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            order.put(groups.get(i).id(), i);
        }
        // most widely reported first; within a count, in corpus order (the order of the groups in the model)
        groups.sort(Comparator.comparingInt((ClaimGroup g) -> -g.sources().size()).thenComparing(g -> order.get(g.id())));
        int n = c.sources.size();
        int total = groups.size();
        List<ClaimGroup> left = groups.size() > MAX_GRID_ROWS ? groups.subList(MAX_GRID_ROWS, groups.size()) : List.of();
        long leftSingle = left.stream().filter(g -> g.sources().size() < 2).count();
        groups = groups.subList(0, Math.min(MAX_GRID_ROWS, groups.size()));
        boolean columns = n <= MAX_GRID_COLUMNS;
        b.append("<section id=\"coverage\">\n<h2>Coverage: which source reports which claim</h2>\n")
                .append("<p class=\"explain\">One row per claim group (claims from different sources that assert the same "
                        + "thing), most widely reported first. ● marks a source that makes the claim; click it to see the "
                        + "claim in the source's text. The text is the group's most representative wording.</p>\n")
                .append("<p class=\"controls\"><label><input type=\"checkbox\" id=\"only-shared\"> show only claims "
                        + "reported by two or more sources</label></p>\n");
        if (!left.isEmpty()) {
            b.append("<p class=\"note\" id=\"coverage-left-out\">Showing the ").append(groups.size())
                    .append(" most widely reported of ").append(total).append(" claim groups; ").append(left.size())
                    .append(" more are left out (").append(leftSingle).append(" of them reported by one source only");
            if (left.size() > leftSingle) {
                b.append(", the others by at most ").append(left.get(0).sources().size()).append(" sources");
            }
            b.append("). In the shell, <code>coverage</code> lists them all; each source's claims are "
                            + "marked in its text below.</p>\n");
        }
        if (!columns) {
            b.append("<p class=\"note\">With ").append(n).append(" sources, each row lists the sources that report "
                    + "it instead of a column per source.</p>\n");
        }
        long repeated = groups.stream().filter(g -> Repeats.reportingCount(g.sources(), c.reportings)
                < g.sources().size()).count();
        if (repeated > 0) {
            b.append("<p class=\"note\" id=\"coverage-repeats\">").append(repeated).append(" of these rows (marked *) "
                    + "count a source and one that repeats it as two sources, though they are one reporting (see "
                    + "<a href=\"#repeats\">Sources</a>).</p>\n");
        }
        b.append("<table class=\"grid\" id=\"grid\">\n<thead><tr><th class=\"gid\">group</th><th class=\"num\">sources</th>");
        if (columns) {
            for (Source s : c.sources) {
                b.append("<th class=\"mark-col\">").append(c.sourceLink(s.id())).append("</th>");
            }
        } else {
            b.append("<th class=\"by\">reported by</th>");
        }
        b.append("<th class=\"claim\">claim</th></tr></thead>\n<tbody>\n");
        for (ClaimGroup g : groups) {
            int k = g.sources().size();
            b.append("<tr id=\"").append(Html.anchor("g-", g.id())).append("\" class=\"")
                    .append(k > 1 ? "shared" : "single").append("\" data-sources=\"").append(k).append("\">");
            String repeats = Repeats.inWords(g.sources(), c.repeats, c.reportings);
            b.append("<td class=\"gid\">").append(Html.esc(g.id())).append("</td>");
            if (repeats != null) {
                b.append("<td class=\"num repeat\" title=\"").append(Html.esc(repeats)).append("\">").append(k)
                        .append('/').append(n).append("*</td>");
            } else {
                b.append("<td class=\"num\">").append(k).append('/').append(n).append("</td>");
            }
            Map<String, String> firstClaim = new HashMap<>();
            for (String member : g.members()) {
                Claim cl = claims.get(member);
                if (cl != null) {
                    firstClaim.putIfAbsent(cl.source(), cl.id());
                }
            }
            if (!columns) {
                b.append("<td class=\"by\">");
                for (String src : g.sources()) {
                    String claim = firstClaim.get(src);
                    b.append(claim == null ? "<span class=\"by-src\">" : "<a class=\"by-src\" href=\"#"
                            + Html.anchor("c-", claim) + "\" title=\"" + Html.esc(c.label(src) + ": "
                            + claims.get(claim).text()) + "\">").append(Html.esc(c.label(src)))
                            .append(claim == null ? "</span> " : "</a> ");
                }
                b.append("</td><td class=\"claim\">").append(Html.esc(g.text())).append("</td></tr>\n");
                continue;
            }
            for (Source s : c.sources) {
                String claim = firstClaim.get(s.id());
                if (claim != null || g.sources().contains(s.id())) {
                    b.append("<td class=\"yes\">");
                    if (claim != null) {
                        b.append("<a href=\"#").append(Html.anchor("c-", claim)).append("\" title=\"")
                                .append(Html.esc(c.label(s.id()) + ": " + claims.get(claim).text())).append("\">●</a>");
                    } else {
                        b.append('●');
                    }
                    b.append("</td>");
                } else {
                    b.append("<td class=\"no\"></td>"); // the dot is drawn by the style: big grids stay small
                }
            }
            b.append("<td class=\"claim\">").append(Html.esc(g.text())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    // ---------------------------------------------------------------------------------------------- quote variants

    /** Quotations that belong together, from at least two sources, and the rendering most of them share. */
    record QuoteCluster(List<Quote> quotes, List<String> baseWords, List<Word> baseDisplay) {
    }

    /**
     * The quotations rendered by two or more sources. Each quotation, in corpus order, that is not yet placed starts
     * a cluster of the quotes {@link QuoteVariants#group} puts with it; a quotation whose companions are all placed
     * already joins the cluster holding most of them. The parts of a quotation that one source splits with a frame
     * are one rendering ({@link QuoteVariants#joinParts}).
     */
    static List<QuoteCluster> quoteClusters(CorpusModel model) {
        List<Quote> all = QuoteVariants.renderings(model);
        Map<String, Integer> clusterOf = new HashMap<>();
        List<List<Quote>> clusters = new ArrayList<>();
        QuoteVariants.Quotes prepared = new QuoteVariants.Quotes(all);
        for (Quote q : all) {
            if (clusterOf.containsKey(q.id())) {
                continue;
            }
            List<Quote> group = QuoteVariants.group(prepared, q.text());
            List<Quote> fresh = new ArrayList<>();
            Map<Integer, Integer> placed = new HashMap<>();
            for (Quote g : group) {
                Integer at = clusterOf.get(g.id());
                if (at != null) {
                    placed.merge(at, 1, Integer::sum);
                } else if (!g.id().equals(q.id())) {
                    fresh.add(g);
                }
            }
            if (fresh.isEmpty() && !placed.isEmpty()) {
                int best = Collections.max(placed.entrySet(), Map.Entry.comparingByValue()).getKey();
                clusters.get(best).add(q);
                clusterOf.put(q.id(), best);
                continue;
            }
            List<Quote> cluster = new ArrayList<>();
            cluster.add(q);
            cluster.addAll(fresh);
            clusters.add(cluster);
            for (Quote g : cluster) {
                clusterOf.put(g.id(), clusters.size() - 1);
            }
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).id(), i);
        }
        List<QuoteCluster> out = new ArrayList<>();
        for (List<Quote> cluster : clusters) {
            Set<String> sources = new HashSet<>();
            cluster.forEach(q -> sources.add(q.source()));
            if (sources.size() < 2) {
                continue;
            }
            cluster.sort(Comparator.comparingInt(q -> position.get(q.id())));
            // a quotation one source splits with a frame is one rendering, compared whole, as in variants
            List<Quote> renderings = QuoteVariants.joinParts(cluster).stream().map(QuoteVariants.Rendering::quote)
                    .toList();
            List<String> base = common(renderings);
            List<Word> display = renderings.stream().map(q -> words(q.text())).filter(w -> keys(w).equals(base))
                    .findFirst().orElse(List.of());
            out.add(new QuoteCluster(renderings, base, display));
        }
        return out;
    }

    /** A word of a quotation: as written, and the form compared (lower case, plain apostrophes). */
    record Word(String text, String key, int start, int end) {
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** The words of a quotation, with their offsets in its NFKC form. */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(normal(text));
        while (m.find()) {
            String w = m.group().replaceAll("['’]+$", "");
            out.add(new Word(w, w.toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.start() + w.length()));
        }
        return out;
    }

    static List<String> keys(List<Word> words) {
        return words.stream().map(Word::key).toList();
    }

    /** The rendering most quotes of the cluster share word for word; on a tie, the longest, then the first. */
    static List<String> common(List<Quote> cluster) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (Quote q : cluster) {
            counts.merge(keys(words(q.text())), 1, Integer::sum);
        }
        List<String> best = List.of();
        int bestCount = -1;
        for (Map.Entry<List<String>, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().size() > best.size())) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** verbatim, trimmed, reworded or paraphrase: the variants query's rule, on this page's common rendering. */
    static String kind(List<String> base, List<String> w) {
        return QuoteVariants.kind(base, w);
    }

    private static void quotes(StringBuilder b, Corpus c, List<QuoteCluster> clusters) {
        b.append("<section id=\"quotes\">\n<h2>Quote variants</h2>\n<p class=\"explain\">Quotations that two or more "
                + "sources carry, each rendering compared word by word with the most common one: "
                + "<del>struck</del> words are in the common rendering but not in this one, <ins>underlined</ins> words "
                + "are this source's own, <span class=\"cut\">…</span> marks common words left out at the start or end "
                + "(hover it to see them).</p>\n");
        if (clusters.isEmpty()) {
            b.append("<p class=\"none\">No quotation is carried by more than one source.</p>\n");
        }
        if (clusters.size() > MAX_CLUSTERS) {
            b.append("<p class=\"note\">Showing the first ").append(MAX_CLUSTERS).append(" of ").append(clusters.size())
                    .append(" quotations carried by several sources; in the shell, <code>variants \"words\"</code> "
                            + "compares the renderings of any quotation.</p>\n");
        }
        int i = 0;
        for (QuoteCluster cl : clusters.subList(0, Math.min(MAX_CLUSTERS, clusters.size()))) {
            i++;
            Set<String> speakers = new LinkedHashSet<>();
            Set<String> srcs = new LinkedHashSet<>();
            for (Quote q : cl.quotes()) {
                if (q.speaker() != null) {
                    speakers.add(q.speaker());
                }
                srcs.add(q.source());
            }
            b.append("<article class=\"qgroup\" id=\"q-").append(i).append("\">\n<h3>")
                    .append(speakers.isEmpty() ? "unattributed" : Html.esc(String.join(", ", speakers)))
                    .append(" <span class=\"meta\">").append(cl.quotes().size()).append(" renderings in ")
                    .append(srcs.size()).append(" sources</span></h3>\n");
            b.append("<table class=\"data quotes\">\n<thead><tr><th>source</th><th>kind</th><th>rendering</th></tr></thead>\n<tbody>\n");
            for (Quote q : cl.quotes()) {
                List<Word> w = words(q.text());
                String kind = kind(cl.baseWords(), keys(w));
                List<Word> against = cl.baseDisplay();
                Quote whole = QuoteVariants.wholeRendering(cl.quotes(), q, kind);
                if (whole != null) {
                    // a part of a quotation another source gives whole: shown against that rendering, as in variants
                    kind = "trimmed";
                    against = words(whole.text());
                }
                b.append("<tr><td>").append(c.sourceLink(q.source())).append("</td><td><span class=\"kind kind-")
                        .append(kind).append("\">").append(kind).append("</span><div class=\"meta\">")
                        .append(Html.esc(q.kind())).append(q.cue() != null ? ", " + Html.esc(q.cue()) : "")
                        .append("</div></td><td class=\"rendering\">");
                diff(b, against, q);
                b.append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n</article>\n");
        }
        b.append("</section>\n");
    }

    /**
     * This rendering as written, with what differs from the base: its own words in ins, base words it lacks in del
     * (where the base has them), and base words missing before its first or after its last word as an ellipsis.
     */
    private static void diff(StringBuilder b, List<Word> base, Quote q) {
        String text = normal(q.text());
        List<Word> words = words(q.text());
        Map<Integer, List<Edit>> at = new HashMap<>();
        Set<Integer> own = new HashSet<>();
        for (Edit d : edits(keys(base), keys(words))) {
            at.computeIfAbsent(d.targetPos(), k -> new ArrayList<>()).add(d);
            for (int i = 0; i < d.targetSize(); i++) {
                own.add(d.targetPos() + i);
            }
        }
        b.append("“");
        int cursor = 0;
        boolean insOpen = false;
        for (int j = 0; j <= words.size(); j++) {
            List<Edit> here = at.getOrDefault(j, List.of());
            boolean removed = here.stream().anyMatch(d -> d.sourceSize() > 0);
            if (insOpen && (j == words.size() || !own.contains(j) || removed)) {
                b.append("</ins>");
                insOpen = false;
            }
            int gapEnd = j < words.size() ? words.get(j).start() : text.length();
            boolean gapDone = false;
            for (Edit d : here) {
                if (d.sourceSize() == 0) {
                    continue;
                }
                StringBuilder m = new StringBuilder();
                for (int i = d.sourcePos(); i < d.sourcePos() + d.sourceSize(); i++) {
                    m.append(m.length() > 0 ? " " : "").append(base.get(i).text());
                }
                String missing = m.toString();
                boolean cut = d.targetSize() == 0 && (j == 0 || j == words.size());
                if (cut && j == words.size()) {
                    // left out at the end: the ellipsis goes before the closing punctuation
                    b.append(words.isEmpty() ? "" : " ").append(cutMark(missing));
                    continue;
                }
                if (!gapDone) {
                    Html.escInto(b, text, cursor, gapEnd);
                    cursor = gapEnd;
                    gapDone = true;
                }
                b.append(cut ? cutMark(missing) : "<del>" + Html.esc(missing) + "</del>").append(' ');
            }
            if (!gapDone) {
                Html.escInto(b, text, cursor, gapEnd);
                cursor = gapEnd;
            }
            if (j < words.size()) {
                Word w = words.get(j);
                if (own.contains(j) && !insOpen) {
                    b.append("<ins>");
                    insOpen = true;
                }
                Html.escInto(b, text, w.start(), w.end());
                cursor = w.end();
            }
        }
        b.append("”");
    }

    /** One difference: base words [sourcePos, +sourceSize) stand where the rendering has [targetPos, +targetSize). */
    record Edit(int sourcePos, int sourceSize, int targetPos, int targetSize) {
    }

    /**
     * The differences of a rendering from the base. A rendering shorter than the base that shares a run of words with
     * it (three words, or half its own) is first placed around that run, so a quote that is a part of a longer one is compared with that
     * part (not with scattered words of the whole), and the base words before and after it count as left out at its
     * ends.
     */
    static List<Edit> edits(List<String> base, List<String> w) {
        int from = 0;
        int to = base.size();
        if (w.size() < base.size()) {
            int[] run = longestRun(base, w);
            if (run[2] * 2 >= w.size() || run[2] >= 3) {
                // mostly one run of the base: compare with that stretch, widened by the words outside the run
                int slack = w.size() - run[2];
                from = Math.max(0, run[0] - run[1] - slack);
                to = Math.min(base.size(), run[0] + (w.size() - run[1]) + slack);
            }
        }
        List<Edit> out = new ArrayList<>();
        if (from > 0) {
            out.add(new Edit(0, from, 0, 0));
        }
        for (AbstractDelta<String> d : DiffUtils.diff(base.subList(from, to), w).getDeltas()) {
            add(out, new Edit(from + d.getSource().getPosition(), d.getSource().size(), d.getTarget().getPosition(),
                    d.getTarget().size()));
        }
        if (to < base.size()) {
            add(out, new Edit(to, base.size() - to, w.size(), 0));
        }
        return out;
    }

    /** Adds an edit, joining it to the previous one when both only leave out words and those words adjoin. */
    private static void add(List<Edit> edits, Edit e) {
        if (!edits.isEmpty()) {
            Edit last = edits.getLast();
            if (last.targetSize() == 0 && e.targetSize() == 0 && last.targetPos() == e.targetPos()
                    && last.sourcePos() + last.sourceSize() == e.sourcePos()) {
                edits.set(edits.size() - 1, new Edit(last.sourcePos(), last.sourceSize() + e.sourceSize(), last.targetPos(),
                        last.targetSize() + e.targetSize()));
                return;
            }
        }
        edits.add(e);
    }

    /** The longest run of words a and b share: {start in a, start in b, length}; the first such run on ties. */
    static int[] longestRun(List<String> a, List<String> b) {
        int[] best = {0, 0, 0};
        int[] prev = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] cur = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (a.get(i - 1).equals(b.get(j - 1))) {
                    cur[j] = prev[j - 1] + 1;
                    if (cur[j] > best[2]) {
                        best = new int[] {i - cur[j], j - cur[j], cur[j]};
                    }
                }
            }
            prev = cur;
        }
        return best;
    }

    private static String cutMark(String missing) {
        return "<span class=\"cut\" title=\"" + Html.esc("not quoted: " + missing) + "\">…</span>";
    }

    // ---------------------------------------------------------------------------------------------- conflicts

    private static Map<String, List<Row>> topics(Table conflicts) {
        int topic = conflicts.indexOf("topic");
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : conflicts.rows()) {
            out.computeIfAbsent(String.valueOf(r.get(topic)), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static void conflicts(StringBuilder b, Corpus c, Table conflicts) {
        b.append("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n<p class=\"explain\">Where sources give one thing "
                + "different values: how many of something, the title of a person, or the date of a reported event. "
                + "Only values that two different sources give differently are listed. The value is marked in the "
                + "sentence it comes from.</p>\n");
        Map<String, List<Row>> byTopic = topics(conflicts);
        if (byTopic.isEmpty()) {
            String why = conflicts.note().isEmpty() ? "no conflicting counts, sums of money, titles or dates found"
                    : conflicts.note();
            b.append("<p class=\"none\">").append(Html.esc(Character.toUpperCase(why.charAt(0)) + why.substring(1)))
                    .append(".</p>\n");
        }
        int source = conflicts.indexOf("source");
        int value = conflicts.indexOf("value");
        int start = conflicts.indexOf("start");
        int end = conflicts.indexOf("end");
        if (byTopic.size() > MAX_CONFLICTS) {
            b.append("<p class=\"note\">Showing the first ").append(MAX_CONFLICTS).append(" of ").append(byTopic.size())
                    .append(" topics; in the shell, <code>conflicts</code> lists them all.</p>\n");
        }
        int shownTopics = 0;
        for (Map.Entry<String, List<Row>> e : byTopic.entrySet()) {
            if (shownTopics++ == MAX_CONFLICTS) {
                break;
            }
            Set<String> values = new LinkedHashSet<>();
            e.getValue().forEach(r -> values.add(String.valueOf(r.get(value))));
            b.append("<article class=\"conflict\">\n<h3>").append(Html.esc(e.getKey())).append(" <span class=\"meta\">")
                    .append(Html.esc(String.join(" vs ", values))).append("</span></h3>\n");
            b.append("<table class=\"data\">\n<thead><tr><th>source</th><th>value</th><th>where</th></tr></thead>\n<tbody>\n");
            for (Row r : e.getValue()) {
                String src = String.valueOf(r.get(source));
                int s = ((Number) r.get(start)).intValue();
                int t = ((Number) r.get(end)).intValue();
                b.append("<tr><td>").append(c.sourceLink(src)).append("</td><td class=\"value\">")
                        .append(Html.esc(String.valueOf(r.get(value)))).append("</td><td>");
                context(b, c, src, s, t);
                b.append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n</article>\n");
        }
        b.append("</section>\n");
    }

    /** The sentence around [start, end) of a source's text, with that span marked. */
    private static void context(StringBuilder b, Corpus c, String source, int start, int end) {
        Source s = c.byId.get(source);
        if (s == null || start < 0 || end > s.text().length() || start > end) {
            return;
        }
        int from = start;
        int to = end;
        for (Sentence sent : c.sentences.getOrDefault(source, List.of())) {
            if (sent.start() <= start && end <= sent.end()) {
                from = sent.start();
                to = sent.end();
                break;
            }
        }
        String text = s.text();
        b.append(Html.esc(oneLine(text.substring(from, start)))).append("<mark class=\"value\">")
                .append(Html.esc(oneLine(text.substring(start, end)))).append("</mark>")
                .append(Html.esc(oneLine(text.substring(end, to))));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    // ---------------------------------------------------------------------------------------------- texts

    /** A marked span of a source's text. */
    private record Span(int start, int end, String open, String close) {
    }

    private static void texts(StringBuilder b, Corpus c, CorpusModel model) {
        int n = c.sources.size();
        b.append("<section id=\"texts\">\n<h2>Texts</h2>\n<p class=\"explain legend\"><mark class=\"claim shared\">claim "
                + "other sources also make</mark> <mark class=\"claim only\">claim only this source makes</mark> "
                + "<span class=\"boiler\">not reporting (headline, advert, bio …)</span> — hover a claim for its group.</p>\n");
        Map<String, List<Claim>> claims = new HashMap<>();
        model.claims().forEach(cl -> claims.computeIfAbsent(cl.source(), k -> new ArrayList<>()).add(cl));
        boolean closed = c.sources.size() > OPEN_TEXTS;
        if (closed) {
            b.append("<p class=\"note\">").append(c.sources.size()).append(" texts, each closed: click a title to "
                    + "open it (a link to a claim opens its text).</p>\n");
        }
        for (Source s : c.sources) {
            b.append("<article class=\"source\" id=\"").append(Html.anchor("src-", s.id())).append("\">\n")
                    .append(closed ? "<details>\n<summary>" : "").append("<h3><span class=\"label\">")
                    .append(Html.esc(c.label(s.id()))).append("</span> ").append(Html.esc(s.title())).append("</h3>")
                    .append(closed ? "</summary>" : "").append('\n');
            List<Claim> own = claims.getOrDefault(s.id(), List.of());
            long sharedClaims = own.stream().filter(cl -> c.groups.containsKey(cl.group())
                    && c.groups.get(cl.group()).sources().size() > 1).count();
            b.append("<p class=\"meta\">").append(Html.esc(s.id())).append(" · ").append(Html.esc(s.path())).append(" · ")
                    .append(s.words()).append(" words · ").append(own.size()).append(plural(own.size(), " claim", " claims"))
                    .append(", ").append(sharedClaims).append(" also made by other sources");
            for (Map.Entry<String, String> m : new java.util.TreeMap<>(s.meta()).entrySet()) {
                b.append(" · ").append(Html.esc(m.getKey())).append(": ").append(Html.esc(m.getValue()));
            }
            b.append("</p>\n");
            List<Span> spans = new ArrayList<>();
            List<Sentence> sentences = c.sentences.getOrDefault(s.id(), List.of());
            for (Sentence sent : sentences) {
                if (sent.isBoilerplate()) {
                    spans.add(new Span(sent.start(), sent.end(), "<span class=\"boiler\" title=\""
                            + Html.esc("not reporting: " + sent.boilerplate()) + "\">", "</span>"));
                }
            }
            for (Claim cl : claims.getOrDefault(s.id(), List.of())) {
                ClaimGroup g = c.groups.get(cl.group());
                int k = g == null ? 1 : g.sources().size();
                String tip = "claim group " + cl.group() + " · " + (k > 1 ? "reported by " + k + " of " + n + " sources"
                        : "only this source (1 of " + n + ")") + (cl.speaker() != null ? " · attributed to " + cl.speaker() : "");
                spans.add(new Span(cl.start(), cl.end(), "<mark class=\"claim " + (k > 1 ? "shared" : "only")
                        + "\" id=\"" + Html.anchor("c-", cl.id()) + "\" data-group=\"" + Html.esc(cl.group())
                        + "\" data-sources=\"" + k + "\" title=\"" + Html.esc(tip) + "\">", "</mark>"));
            }
            b.append("<div class=\"text\">");
            marked(b, s.text(), spans, sentences);
            b.append("</div>\n").append(closed ? "</details>\n" : "").append("</article>\n");
        }
        b.append("</section>\n");
    }

    /**
     * The text with its spans as elements (nested when one lies inside another, cut at the outer end when they
     * cross); line breaks inside a paragraph become spaces, and paragraphs are separated by a blank line.
     */
    private static void marked(StringBuilder b, String text, List<Span> spans, List<Sentence> sentences) {
        List<Span> sorted = new ArrayList<>();
        for (Span s : spans) {
            int start = Math.max(0, Math.min(s.start(), text.length()));
            int end = Math.max(start, Math.min(s.end(), text.length()));
            if (end > start) {
                sorted.add(new Span(start, end, s.open(), s.close()));
            }
        }
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        boolean[] inParagraph = paragraphBreaks(text, sentences);
        List<Span> open = new ArrayList<>(); // a stack; ends are clipped so inner ones end first
        int next = 0;
        boolean pendingBreak = false;
        boolean started = false;
        for (int i = 0; i <= text.length(); i++) {
            while (!open.isEmpty() && open.getLast().end() <= i) {
                b.append(open.removeLast().close());
            }
            if (i == text.length()) {
                break;
            }
            char ch = text.charAt(i);
            boolean space = Character.isWhitespace(ch);
            if (!space && pendingBreak) {
                if (started) {
                    b.append("\n\n");
                }
                pendingBreak = false;
            }
            while (next < sorted.size() && sorted.get(next).start() <= i) {
                Span s = sorted.get(next++);
                int end = open.isEmpty() ? s.end() : Math.min(s.end(), open.getLast().end());
                if (end <= i) {
                    continue;
                }
                b.append(s.open());
                open.add(new Span(s.start(), end, s.open(), s.close()));
            }
            if (ch == '\n' || ch == '\r') {
                if (inParagraph[i]) {
                    b.append(' ');
                } else {
                    pendingBreak = true;
                }
            } else {
                if (!space) {
                    started = true;
                }
                Html.escChar(b, text, i);
            }
        }
    }

    /** For each line break: true when it lies inside a sentence or between two sentences of one paragraph. */
    private static boolean[] paragraphBreaks(String text, List<Sentence> sentences) {
        boolean[] inside = new boolean[text.length()];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != '\n' && ch != '\r') {
                continue;
            }
            while (k < sentences.size() && sentences.get(k).end() <= i) {
                k++;
            }
            // sentences[k] is the first ending after i; sentences[k-1] the last ending at or before i
            if (k < sentences.size() && sentences.get(k).start() <= i) {
                inside[i] = true;
            } else if (k > 0 && k < sentences.size()) {
                inside[i] = sentences.get(k - 1).paragraph() == sentences.get(k).paragraph()
                        && !text.substring(sentences.get(k - 1).end(), sentences.get(k).start()).matches("(?s).*\\n\\s*\\n.*");
            }
        }
        return inside;
    }

    // ---------------------------------------------------------------------------------------------- one result

    /** One query result as a page: the query, the table (numbers right-aligned, lists as lists) and its size. */
    public static String table(String query, Table all) {
        Table table = Cells.forReading(all);
        StringBuilder b = new StringBuilder(64 * 1024);
        head(b, "crosscheck: " + oneLine(query == null ? "" : query));
        b.append("<body>\n<header class=\"top\">\n<h1>Query result</h1>\n<pre class=\"query\"><code>")
                .append(Html.esc(query == null ? "" : query.strip())).append("</code></pre>\n<p class=\"summary\">")
                .append(table.rows().size()).append(plural(table.rows().size(), " row", " rows")).append("</p>\n")
                .append(table.note().isEmpty() ? "" : "<p class=\"note\">" + Html.esc(table.note()) + "</p>\n")
                .append("</header>\n<main>\n<p class=\"controls\"><label>filter rows <input type=\"search\" id=\"filter\">"
                        + "</label></p>\n<table class=\"data result\" id=\"result\">\n<thead><tr>");
        List<Column> columns = table.columns();
        for (Column col : columns) {
            b.append("<th").append(col.type() == Column.Type.NUMBER ? " class=\"num\"" : "").append(" title=\"")
                    .append(col.type().name().toLowerCase(Locale.ROOT)).append("\">").append(Html.esc(col.name())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Row row : table.rows()) {
            b.append("<tr");
            if (row.why() != null && !row.why().rule().isEmpty()) {
                b.append(" title=\"").append(Html.esc(row.why().rule())).append('"');
            }
            b.append('>');
            for (int i = 0; i < columns.size(); i++) {
                Object v = i < row.values().size() ? row.get(i) : null;
                b.append("<td").append(columns.get(i).type() == Column.Type.NUMBER || v instanceof Number ? " class=\"num\"" : "")
                        .append('>');
                cell(b, v);
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</main>\n");
        script(b);
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void cell(StringBuilder b, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Collection<?> list) {
            b.append("<ul class=\"list\">");
            for (Object o : list) {
                b.append("<li>").append(Html.esc(o == null ? "" : o.toString())).append("</li>");
            }
            b.append("</ul>");
        } else {
            b.append(Html.esc(v.toString()));
        }
    }

    // ---------------------------------------------------------------------------------------------- page parts

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }

    private static void head(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"crosscheck\">\n<title>").append(Html.esc(title))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n");
    }

    /** Filters: the grid's "only shared" box and the result page's row filter. The page reads fully without them. */
    private static void script(StringBuilder b) {
        b.append("<script>\n"
                + "(function () {\n"
                + "  var box = document.getElementById('only-shared');\n"
                + "  if (box) box.addEventListener('change', function () {\n"
                + "    document.querySelectorAll('#grid tbody tr.single').forEach(function (tr) {\n"
                + "      tr.hidden = box.checked; });\n"
                + "  });\n"
                + "  function reveal() {\n"
                + "    var id = decodeURIComponent(location.hash.slice(1));\n"
                + "    var t = id && document.getElementById(id);\n"
                + "    for (var e = t; e; e = e.parentElement) if (e.tagName === 'DETAILS') e.open = true;\n"
                + "    if (t) t.scrollIntoView();\n"
                + "  }\n"
                + "  window.addEventListener('hashchange', reveal);\n"
                + "  if (location.hash) reveal();\n"
                + "  var f = document.getElementById('filter');\n"
                + "  if (f) f.addEventListener('input', function () {\n"
                + "    var q = f.value.toLowerCase();\n"
                + "    document.querySelectorAll('#result tbody tr').forEach(function (tr) {\n"
                + "      tr.hidden = q !== '' && tr.textContent.toLowerCase().indexOf(q) < 0; });\n"
                + "  });\n"
                + "})();\n"
                + "</script>\n");
    }

    private static final String CSS = """
            :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4da; --paper: #ffffff; --band: #f3f5f8;
              --shared: #cfe2ff; --shared-edge: #1a56b0; --only: #ffe3a3; --only-edge: #a86200;
              --ins: #d3f2d8; --ins-edge: #1e7b34; --del: #fbd5d5; --del-edge: #b3261e; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0; color: var(--ink); background: var(--paper);
              font: 18px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header.top { padding: 1.2rem 2rem 0.8rem; border-bottom: 3px solid var(--ink); }
            h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.3rem; }
            h2 { font-size: 1.55rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--rule); }
            h3 { font-size: 1.2rem; margin: 1.4rem 0 0.4rem; }
            main { padding: 0 2rem 3rem; }
            nav a { margin-right: 1.1rem; font-weight: 600; }
            a { color: #0b57d0; }
            .summary { margin: 0.2rem 0 0.5rem; color: var(--muted); }
            .explain { color: var(--muted); max-width: 60rem; margin: 0.2rem 0 0.8rem; }
            .meta { color: var(--muted); font-size: 0.85rem; font-weight: normal; }
            .none { font-style: italic; color: var(--muted); }
            .id { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.8rem; }
            table { border-collapse: collapse; }
            table.data { width: 100%; margin: 0.4rem 0 1rem; }
            table.data th, table.data td { text-align: left; vertical-align: top; padding: 0.35rem 0.6rem;
              border-bottom: 1px solid var(--rule); }
            table.data thead th { background: var(--band); border-bottom: 2px solid var(--ink); }
            th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            a.src { font-weight: 700; text-decoration: none; font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; }
            .grid { width: 100%; }
            .grid th, .grid td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
            .grid thead th { position: sticky; top: 0; z-index: 2; background: var(--paper); text-align: left;
              border-bottom: 2px solid var(--ink); box-shadow: 0 2px 0 var(--ink); }
            .grid td.gid, .grid th.gid { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85rem;
              color: var(--muted); white-space: nowrap; }
            .grid .mark-col, .grid td.yes, .grid td.no { text-align: center; width: 3.5rem; white-space: nowrap; }
            .grid td.no::after { content: "·"; color: #b0b4ba; }
            .grid td.yes { background: var(--shared); font-size: 1.2rem; line-height: 1.2; }
            .grid tr.single td.yes { background: var(--only); }
            .grid td.yes a { color: var(--ink); text-decoration: none; }
            .grid tbody tr:nth-child(even) td.no, .grid tbody tr:nth-child(even) td.claim,
            .grid tbody tr:nth-child(even) td.gid, .grid tbody tr:nth-child(even) td.num { background: var(--band); }
            .grid tr.single td.claim { color: var(--muted); }
            .note { background: var(--band); border-left: 4px solid var(--rule); padding: 0.4rem 0.8rem; max-width: 60rem; }
            .grid td.by { white-space: normal; max-width: 24rem; }
            .grid a.by-src, .grid span.by-src { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85rem;
              margin-right: 0.4rem; text-decoration: none; }
            details > summary { cursor: pointer; }
            details > summary h3 { display: inline; }
            .controls { margin: 0.3rem 0 0.6rem; }
            main > .controls:first-child { margin-top: 1rem; }
            table.result thead th { position: sticky; top: 0; z-index: 2; }
            .qgroup, .conflict { margin-bottom: 1.6rem; }
            td.rendering { font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }
            del { background: var(--del); color: #6b1410; text-decoration: line-through; text-decoration-color: var(--del-edge); }
            ins { background: var(--ins); color: #0f4a1f; text-decoration: underline; text-decoration-color: var(--ins-edge);
              text-decoration-thickness: 2px; }
            .kind { display: inline-block; padding: 0 0.45rem; border-radius: 0.8rem; font-size: 0.85rem; font-weight: 600;
              border: 1px solid var(--rule); white-space: nowrap; }
            .kind-verbatim { background: #e3f1e5; border-color: #7cb287; }
            .kind-trimmed { background: #e8eefc; border-color: #8aa4dc; }
            .kind-reworded { background: #fff1cf; border-color: #d8b45c; }
            .kind-paraphrase { background: #fbe0e0; border-color: #d88c8c; }
            .cut { color: var(--del-edge); font-weight: 700; padding: 0 0.15rem; background: var(--del); }
            td.date { white-space: nowrap; }
            td.value { font-weight: 700; white-space: nowrap; }
            mark.value { background: var(--only); border-bottom: 2px solid var(--only-edge); color: inherit; }
            article.source { margin: 1.6rem 0 2.4rem; }
            .label { display: inline-block; min-width: 2.5rem; padding: 0 0.4rem; margin-right: 0.3rem; border-radius: 0.3rem;
              background: var(--ink); color: var(--paper); font-family: ui-monospace, "DejaVu Sans Mono", monospace;
              font-size: 0.95rem; text-align: center; }
            .text { white-space: pre-line; max-width: 46rem; font-family: Georgia, "Times New Roman", serif;
              font-size: 1.1rem; line-height: 1.7; }
            mark.claim { color: inherit; padding: 0.05rem 0; }
            mark.shared { background: var(--shared); border-bottom: 2px solid var(--shared-edge); }
            mark.only { background: var(--only); border-bottom: 2px dashed var(--only-edge); }
            mark.claim:target { outline: 3px solid var(--ink); }
            .boiler, .boiler mark.claim { color: #8a8f96; background: #eeeeee; border-bottom: none; font-style: italic; }
            .legend mark, .legend .boiler { padding: 0.05rem 0.3rem; }
            pre.query { background: var(--band); padding: 0.6rem 0.9rem; border-left: 4px solid var(--ink);
              white-space: pre-wrap; font-size: 1rem; margin: 0.4rem 0; }
            ul.list { margin: 0; padding-left: 1.1rem; }
            input[type=search] { font: inherit; padding: 0.2rem 0.4rem; }
            @media print {
              body { font-size: 11pt; }
              header.top, main { padding-left: 0; padding-right: 0; }
              nav, .controls { display: none; }
              .grid thead { display: table-header-group; }
              tr, mark { break-inside: avoid; }
              article.source { break-before: page; }
              a { color: inherit; text-decoration: none; }
            }
            """;
}
