package org.crosscheck.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimGroup;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Hit;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Quote;
import org.crosscheck.model.SearchSyntaxException;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;
import org.crosscheck.query.ast.ColumnRef;
import org.crosscheck.query.ast.Condition;
import org.crosscheck.query.ast.Head;
import org.crosscheck.query.ast.Name;
import org.crosscheck.query.ast.Pipeline;
import org.crosscheck.query.ast.SourceRef;
import org.crosscheck.query.ast.Span;
import org.crosscheck.query.ast.Stage;
import org.crosscheck.query.ast.Statement;
import org.crosscheck.query.compare.Conflicts;
import org.crosscheck.query.compare.Keyness;
import org.crosscheck.query.compare.Prepared;
import org.crosscheck.query.compare.QuoteVariants;
import org.crosscheck.query.compare.Repeats;

/**
 * Evaluates statements against a corpus model. Every row carries a {@link Provenance}: the rule that produced it
 * and the passages of the sources it rests on.
 *
 * <p>Errors are {@link QueryException}s placed at the offending part of the statement, with line and column as in
 * the text the statement was parsed from.
 */
public final class Evaluator {
    /** Characters of context on each side of a full-text match. */
    public static final int CONTEXT = 40;

    private final CorpusModel model;
    private Index index;
    /** What {@code variants} and {@code conflicts} derive from the model, kept between queries; null without one. */
    private final Prepared prepared;

    /**
     * @param model the corpus; may be null, in which case only pipelines over kept results can be evaluated
     */
    public Evaluator(CorpusModel model) {
        this.model = model;
        this.prepared = model == null ? null : new Prepared(model);
    }

    /**
     * Evaluates the statement's pipeline (for {@code let} too: binding the result is the caller's business).
     * Errors name the origin {@code <input>}.
     */
    public Table evaluate(Statement s, Bindings bindings, Cancel cancel) throws QueryException {
        return evaluate(s, bindings, cancel, "<input>");
    }

    /**
     * Evaluates the statement's pipeline; errors name {@code origin}, the file (or "&lt;input&gt;") the statement
     * was parsed from, as {@link QueryLanguage#parse} was told.
     */
    public Table evaluate(Statement s, Bindings bindings, Cancel cancel, String origin) throws QueryException {
        return new Run(s, bindings, cancel, origin).pipeline(s.pipeline());
    }

    /** Lookups built once per model. */
    private static final class Index {
        final Map<String, Source> sources = new LinkedHashMap<>();
        final Map<String, Entity> entities = new LinkedHashMap<>();
        final Map<String, List<Mention>> mentionsByEntity = new HashMap<>();
        final Map<String, Claim> claims = new HashMap<>();

        Index(CorpusModel model) {
            for (Source s : model.sources()) {
                sources.put(s.id(), s);
            }
            for (Entity e : model.entities()) {
                entities.put(e.id(), e);
            }
            for (Mention m : model.mentions()) {
                if (m.entity() != null) {
                    mentionsByEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
                }
            }
            for (Claim c : model.claims()) {
                claims.put(c.id(), c);
            }
        }
    }

    private Index index() {
        if (index == null) {
            index = new Index(model);
        }
        return index;
    }

    /** One evaluation: knows the statement, for placing errors. */
    private final class Run {
        private final Statement statement;
        private final Bindings bindings;
        private final Cancel cancel;
        private final String origin;

        Run(Statement statement, Bindings bindings, Cancel cancel, String origin) {
            this.origin = origin;
            this.statement = statement;
            this.bindings = bindings;
            this.cancel = cancel == null ? new Cancel() : cancel;
        }

        Table pipeline(Pipeline p) throws QueryException {
            Table t = head(p.head());
            for (Stage stage : p.stages()) {
                t = stage(t, stage);
            }
            return t;
        }

        // ---- heads

        private Table head(Head head) throws QueryException {
            if (head instanceof Head.Variable v) {
                return bindings.lookup(v.name()).orElseThrow(() -> unknownVariable(v));
            }
            if (model == null) {
                throw error("no corpus is loaded", new Span(statement.line(), statement.column()));
            }
            return switch (head) {
                case Head.Sources s -> sources();
                case Head.Entities e -> entities(sources(e.in()));
                case Head.Mentions m -> mentions(m);
                case Head.Quotes q -> quotes(q);
                case Head.Claims c -> claims(c);
                case Head.Sentences s -> sentences(sources(s.in()));
                case Head.Search s -> search(s);
                case Head.Conflicts c -> Conflicts.conflicts(prepared, cancel);
                case Head.Keywords k -> Keyness.keywords(model, index().sources.get(source(k.in())), cancel);
                case Head.Variants v -> variants(v);
                case Head.Coverage c -> coverage(c);
                case Head.Aliases a -> aliases(a);
                case Head.Variable v -> throw new IllegalStateException();
            };
        }

        private Table variants(Head.Variants v) throws QueryException {
            Table t = QuoteVariants.variants(prepared, v.phrase(), cancel);
            if (t.rows().isEmpty()) {
                Set<String> saying = QuoteVariants.sourcesHolding(prepared, v.phrase(), cancel);
                throw error("no quote contains '" + v.phrase() + "'" + (saying.isEmpty() ? ""
                        : "; the words are in the text of " + String.join(", ", saying)
                        + " but in no quotation or reported speech: search \"" + v.phrase().replace("\"", "") + "\" finds them"), v.at());
            }
            return t;
        }

        private Table sources() {
            List<Source> all = model.sources();
            List<Column> cols = new ArrayList<>(List.of(text("id"), text("title"), number("words")));
            List<String> metaKeys = new ArrayList<>();
            for (String key : List.of("outlet", "date", "url", "author")) {
                if (all.stream().anyMatch(s -> s.meta().containsKey(key))) {
                    metaKeys.add(key);
                    cols.add(text(key));
                }
            }
            cols.add(text("path"));
            Map<String, Repeats.Repeat> repeats = prepared.repeats(cancel);
            if (!repeats.isEmpty()) {
                cols.add(text("repeats"));
                cols.add(number("share"));
            }
            List<Row> rows = new ArrayList<>();
            for (Source s : all) {
                cancel.check();
                List<Object> values = new ArrayList<>(Arrays.asList(s.id(), s.title(), s.words()));
                for (String key : metaKeys) {
                    values.add(s.meta().get(key));
                }
                values.add(s.path());
                Repeats.Repeat r = repeats.get(s.id());
                if (!repeats.isEmpty()) {
                    values.add(r == null ? null : r.of());
                    values.add(r == null ? null : r.share());
                }
                int at = s.title() == null || s.title().isEmpty() ? -1 : s.text().indexOf(s.title());
                int lineEnd = s.text().indexOf('\n');
                Passage title = at >= 0 ? passage(s.id(), at, at + s.title().length(), s.title())
                        : passage(s.id(), 0, lineEnd < 0 ? s.text().length() : lineEnd, s.title());
                String rule = "source " + s.path() + (r == null ? "" : "; repeats " + r.of() + ": " + r.share()
                        + "% of its " + Repeats.RUN_WORDS + "-word runs (its text without boilerplate) are in it");
                rows.add(new Row(values, new Provenance(rule, List.of(title))));
            }
            Table t = new Table(cols, rows);
            return repeats.isEmpty() ? t : t.withNote(repeatsNote(repeats));
        }

        /** What a reader should know when sources repeat one another: their shared claims are one reporting. */
        private static String repeatsNote(Map<String, Repeats.Repeat> repeats) {
            List<String> each = new ArrayList<>();
            Set<String> told = new HashSet<>();
            int listed = 0;
            for (Repeats.Repeat r : repeats.values()) {
                Repeats.Repeat back = repeats.get(r.of());
                boolean mutual = back != null && back.of().equals(r.source());
                if (!told.add(r.source()) || mutual && !told.add(r.of())) {
                    continue;
                }
                if (++listed > 5) {
                    continue;
                }
                each.add(mutual ? r.source() + " and " + r.of() + " repeat each other (" + r.share() + "% and "
                        + back.share() + "% of their " + Repeats.RUN_WORDS + "-word runs)"
                        : r.source() + " repeats " + r.of() + " (" + r.share() + "% of its " + Repeats.RUN_WORDS
                        + "-word runs)");
            }
            if (listed > 5) {
                each.add("and " + (listed - 5) + " more");
            }
            return "sources that repeat another's text: " + String.join("; ", each) + ". A claim they share is one "
                    + "reporting counted for each; `share` is the part of a source's text found in the one it repeats";
        }

        private Table entities(Set<String> in) {
            List<Column> cols = List.of(text("name"), text("type"), list("aliases"), list("sources"),
                    number("mentions"), text("id"), list("links"), text("kind"));
            List<Entity> listed = new ArrayList<>();
            for (Entity e : model.entities()) {
                cancel.check();
                if (in == null || e.sources().stream().anyMatch(in::contains)) {
                    listed.add(e);
                }
            }
            // names first (people, organisations, places …), then titles, then values (numbers, dates); within each,
            // the entities most sources name, then the most mentioned
            listed.sort(Comparator.comparingInt((Entity e) -> entityKind(e.type()).ordinal())
                    .thenComparing(Comparator.comparingInt((Entity e) -> e.sources().size()).reversed())
                    .thenComparing(Comparator.comparingInt(Entity::mentions).reversed()));
            List<Row> rows = new ArrayList<>();
            for (Entity e : listed) {
                rows.add(new Row(Arrays.asList(e.name(), e.type(), e.aliases(), e.sources(), e.mentions(), e.id(),
                        e.links(), entityKind(e.type()).label), entityWhy(e)));
            }
            return new Table(cols, rows);
        }

        private Provenance entityWhy(Entity e) {
            List<Passage> passages = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Mention m : index().mentionsByEntity.getOrDefault(e.id(), List.of())) {
                if (!m.pronoun() && seen.add(m.source())) {
                    passages.add(passage(m.source(), m.start(), m.end(), m.text()));
                }
            }
            String rule = "entity " + e.type() + (e.evidence().isEmpty() ? "" : ": " + String.join("; ", e.evidence()))
                    + (e.links().isEmpty() ? "" : "; linked, not merged: " + String.join("; ", e.links()));
            return new Provenance(rule, passages);
        }

        private Table mentions(Head.Mentions h) throws QueryException {
            Set<String> in = sources(h.in());
            Set<String> ids = h.of() == null ? null : ids(resolve(h.of(), model.entities()));
            List<Column> cols = List.of(text("source"), text("text"), number("start"), number("end"),
                    text("entity"), text("type"), number("sentence"), bool("pronoun"));
            List<Row> rows = new ArrayList<>();
            Map<String, Entity> entities = index().entities;
            for (Mention m : model.mentions()) {
                cancel.check();
                if ((ids != null && !ids.contains(m.entity())) || (in != null && !in.contains(m.source()))) {
                    continue;
                }
                Entity e = m.entity() == null ? null : entities.get(m.entity());
                String name = e == null ? null : e.name();
                rows.add(new Row(Arrays.asList(m.source(), m.text(), m.start(), m.end(), name, m.type(),
                        m.sentence(), m.pronoun()),
                        new Provenance((m.pronoun() ? "pronoun resolved to " : "mention of ")
                                + (name == null ? "an unresolved entity" : name),
                                List.of(passage(m.source(), m.start(), m.end(), m.text())))));
            }
            return new Table(cols, rows);
        }

        private Table quotes(Head.Quotes h) throws QueryException {
            Set<String> in = sources(h.in());
            Predicate<Quote> by = h.by() == null ? q -> true : speaker(h.by());
            List<Column> cols = List.of(text("source"), text("speaker"), text("text"), number("start"),
                    number("end"), text("kind"), text("cue"), text("channel"), text("id"));
            List<Row> rows = new ArrayList<>();
            for (Quote q : model.quotes()) {
                cancel.check();
                if ((in != null && !in.contains(q.source())) || !by.test(q)) {
                    continue;
                }
                rows.add(new Row(Arrays.asList(q.source(), q.speaker(), q.text(), q.start(), q.end(),
                        q.kind(), q.cue(), q.channel(), q.id()),
                        new Provenance(q.why() == null ? "quotation" : q.why(),
                                List.of(passage(q.source(), q.start(), q.end(), q.text())))));
            }
            return new Table(cols, rows);
        }

        /** Quotes by the entity a name resolves to, or (failing that) whose speaker name contains it as words. */
        private Predicate<Quote> speaker(Name name) throws QueryException {
            List<Entity> exact = exact(name.text(), model.entities());
            if (exact.isEmpty()) {
                String want = norm(name.text());
                boolean any = model.quotes().stream()
                        .anyMatch(q -> q.speaker() != null && containsWords(norm(q.speaker()), want));
                if (any) {
                    return q -> q.speaker() != null && containsWords(norm(q.speaker()), want);
                }
            }
            List<Entity> entities = exact.isEmpty() ? resolve(name, model.entities()) : exact;
            Set<String> ids = ids(entities);
            Set<String> names = new java.util.HashSet<>();
            for (Entity e : entities) {
                names.addAll(names(e));
            }
            return q -> (q.speakerEntity() != null && ids.contains(q.speakerEntity()))
                    || (q.speakerEntity() == null && q.speaker() != null && names.contains(norm(q.speaker())));
        }

        /** One claim group that passed the claim filters, with its member claims and why it passed. */
        private record Chosen(ClaimGroup group, List<Claim> members, String rule, int reportings) {
        }

        /** The claim groups the filters of a {@code claims} head keep, in model order. */
        private List<Chosen> chosenGroups(Head.Claims h) throws QueryException {
            Set<String> in = sources(h.in());
            Set<String> only = sources(h.onlyIn());
            Set<String> missing = sources(h.missingFrom());
            Set<String> ids = h.about() == null ? null : ids(resolve(h.about(), model.entities()));
            int all = model.sources().size();
            Head.Shared shared = h.shared();
            if (shared != null && shared.count() > all) {
                throw error("shared by " + shared.count() + ": the corpus has only " + all + " source"
                        + (all == 1 ? "" : "s"), shared.at());
            }
            int least = shared == null ? 0 : shared.all() ? all : shared.count();
            Map<String, Claim> claims = index().claims;
            Map<String, Repeats.Repeat> repeats = prepared.repeats(cancel);
            Map<String, String> reportingIds = prepared.reportings(cancel);
            List<Chosen> out = new ArrayList<>();
            for (ClaimGroup g : model.claimGroups()) {
                cancel.check();
                List<String> srcs = g.sources();
                if (in != null && srcs.stream().noneMatch(in::contains)) {
                    continue;
                }
                if (srcs.size() < least) {
                    continue;
                }
                if (only != null && !(!srcs.isEmpty() && only.containsAll(srcs))) {
                    continue;
                }
                if (missing != null && (srcs.stream().anyMatch(missing::contains) || srcs.size() < 2)) {
                    continue;
                }
                List<Claim> members = new ArrayList<>();
                for (String id : g.members()) {
                    Claim c = claims.get(id);
                    if (c != null) {
                        members.add(c);
                    }
                }
                if (ids != null && members.stream().noneMatch(c -> c.entities().stream().anyMatch(ids::contains))) {
                    continue;
                }
                StringBuilder rule = new StringBuilder("claim group of ").append(members.size()).append(" claim")
                        .append(members.size() == 1 ? "" : "s").append(" from ").append(srcs.size()).append(" of ")
                        .append(all).append(" sources");
                if (shared != null) {
                    rule.append("; shared by ").append(shared.all() ? "all " + all : "at least " + least);
                }
                if (only != null) {
                    rule.append("; no source but ").append(String.join(", ", only)).append(" has a claim in it");
                }
                if (missing != null) {
                    rule.append("; ").append(srcs.size()).append(" other sources report it, ")
                            .append(String.join(", ", missing))
                            .append(" has no claim in it");
                }
                if (g.why() != null && !g.why().isBlank()) {
                    rule.append("; linked: ").append(g.why());
                }
                String repeated = Repeats.inWords(srcs, repeats, reportingIds);
                if (repeated != null) {
                    rule.append("; ").append(repeated).append(", not ").append(srcs.size());
                }
                out.add(new Chosen(g, members, rule.toString(), Repeats.reportingCount(srcs, reportingIds)));
            }
            return out;
        }

        private List<Passage> passages(List<Claim> members) {
            List<Passage> passages = new ArrayList<>();
            for (Claim c : members) {
                passages.add(passage(c.source(), c.start(), c.end(), c.text()));
            }
            return passages;
        }

        private Table claims(Head.Claims h) throws QueryException {
            List<Column> cols = List.of(text("id"), text("text"), list("sources"), number("members"),
                    list("hedges"), list("numbers"), list("speakers"), list("cues"));
            Set<String> in = sources(h.in());
            List<Row> rows = new ArrayList<>();
            List<Chosen> chosen = chosenGroups(h);
            for (Chosen c : chosen) {
                ClaimGroup g = c.group();
                // in one source, that source's own wording; otherwise the group's most central one
                String text = g.text();
                Set<String> hedges = new LinkedHashSet<>();
                Set<String> numbers = new LinkedHashSet<>();
                Set<String> speakers = new LinkedHashSet<>();
                Set<String> cues = new LinkedHashSet<>();
                for (Claim m : c.members()) {
                    if (m.speaker() != null) {
                        speakers.add(m.speaker());
                    }
                    if (m.cue() != null) {
                        cues.add(m.cue());
                    }
                    if (in != null && in.contains(m.source()) && text == g.text()) {
                        text = m.readable();
                    }
                    hedges.addAll(m.hedges());
                    numbers.addAll(m.numbers());
                }
                rows.add(new Row(Arrays.asList(g.id(), text, g.sources(), g.members().size(),
                        List.copyOf(hedges), List.copyOf(numbers), List.copyOf(speakers), List.copyOf(cues)),
                        new Provenance(c.rule(), passages(c.members()))));
            }
            Table t = new Table(cols, rows);
            return t.withNote(notes(rows.isEmpty() ? noClaims(h) : "", repeatsInClaims(h, chosen)));
        }

        /**
         * Why a {@code claims} head found no group, from the filter that left none: the claim groups a reader
         * would have expected, counted, so an empty answer says what was compared.
         */
        private String noClaims(Head.Claims h) throws QueryException {
            List<ClaimGroup> groups = model.claimGroups();
            if (groups.isEmpty()) {
                return "the corpus has no claims";
            }
            Set<String> in = sources(h.in());
            Set<String> only = sources(h.onlyIn());
            Set<String> missing = sources(h.missingFrom());
            if (in != null && groups.stream().noneMatch(g -> g.sources().stream().anyMatch(in::contains))) {
                return String.join(", ", in) + " has no claims";
            }
            if (only != null) {
                long with = groups.stream().filter(g -> g.sources().stream().anyMatch(only::contains)).count();
                String who = String.join(", ", only);
                return with == 0 ? who + " has no claims"
                        : "every claim group with a claim from " + who + " (" + with + ") has a claim from another"
                        + " source too";
            }
            if (missing != null) {
                long reportedByOthers = groups.stream().filter(g -> g.sources().stream()
                        .filter(x -> !missing.contains(x)).count() >= 2).count();
                String who = String.join(", ", missing);
                return reportedByOthers == 0 ? "no claim group is reported by two or more sources besides " + who
                        : who + " has a claim in every claim group that two or more other sources report ("
                        + reportedByOthers + ")";
            }
            if (h.shared() != null) {
                int widest = groups.stream().mapToInt(g -> g.sources().size()).max().orElse(0);
                return "no claim group is reported by " + (h.shared().all() ? "all " + model.sources().size()
                        : h.shared().count()) + " sources; the most any group has is " + widest;
            }
            if (h.about() != null) {
                return "no claim mentions " + h.about().text();
            }
            return "";
        }

        /** Claim groups × sources: how many sources report each group and a mark for each, most widely first. */
        private Table coverage(Head.Coverage h) throws QueryException {
            List<Source> all = model.sources();
            List<String> shortIds = shortIds(all);
            List<Column> cols = new ArrayList<>();
            cols.add(number("sources"));
            for (String id : shortIds) {
                cols.add(bool(id));
            }
            cols.add(text("claim"));
            cols.add(text("id"));
            // each mark again under the source's full id, for data formats; grids show the short one only
            List<Integer> full = new ArrayList<>();
            for (int k = 0; k < all.size(); k++) {
                String id = all.get(k).id();
                if (!id.equalsIgnoreCase(shortIds.get(k)) && cols.stream().noneMatch(c -> c.name().equalsIgnoreCase(id))) {
                    cols.add(new Column(id, Column.Type.BOOLEAN, shortIds.get(k)));
                    full.add(k);
                }
            }
            List<Row> rows = new ArrayList<>();
            List<Chosen> chosen = chosenGroups(h.claims());
            for (Chosen c : chosen) {
                ClaimGroup g = c.group();
                List<Object> values = new ArrayList<>();
                values.add(g.sources().size());
                for (Source s : all) {
                    values.add(g.sources().contains(s.id()));
                }
                values.add(g.text());
                values.add(g.id());
                for (int k : full) {
                    values.add(g.sources().contains(all.get(k).id()));
                }
                rows.add(new Row(values, new Provenance(c.rule(), passages(c.members()))));
            }
            // most widely reported first; a stable sort keeps model order among equals
            rows.sort(Comparator.comparingInt(r -> -((Number) r.get(0)).intValue()));
            Table t = new Table(cols, rows);
            return t.withNote(notes(rows.isEmpty() ? noClaims(h.claims()) : "", repeatsInClaims(h.claims(), chosen)));
        }

        private static String notes(String first, String second) {
            return first.isEmpty() ? second : second.isEmpty() ? first : first + ". " + second;
        }

        /**
         * What a reader of claim rows should know when sources repeat one another: how many rows count a reprint as
         * a second source (and how many reach {@code shared by N}, or the two other sources of {@code missing
         * from}, only so), and for {@code only in X}, the claim groups left out because a source that repeats X
         * reports them too. Empty when no repeat touches the result.
         */
        private String repeatsInClaims(Head.Claims h, List<Chosen> chosen) throws QueryException {
            Map<String, Repeats.Repeat> repeats = prepared.repeats(cancel);
            if (repeats.isEmpty()) {
                return "";
            }
            Map<String, String> ids = prepared.reportings(cancel);
            Set<String> missing = sources(h.missingFrom());
            int all = model.sources().size();
            int least = h.shared() == null ? 0 : h.shared().all() ? all : h.shared().count();
            int counted = 0;
            int onlySo = 0;
            int oneOther = 0;
            Set<String> named = new LinkedHashSet<>();
            for (Chosen c : chosen) {
                List<String> srcs = c.group().sources();
                int n = c.reportings();
                if (n < srcs.size()) {
                    counted++;
                    named.addAll(Repeats.among(srcs, repeats));
                    onlySo += n < least ? 1 : 0;
                    oneOther += missing != null && n < 2 ? 1 : 0;
                }
            }
            List<String> parts = new ArrayList<>();
            if (counted > 0) {
                parts.add(counted + " of these " + chosen.size() + " rows count a source and one that repeats it as"
                        + " two sources, though they are one reporting"
                        + (onlySo > 0 ? "; " + onlySo + " of them reach " + least + " sources only so" : "")
                        + (oneOther > 0 ? "; " + oneOther + " of them rest on one reporting only" : ""));
            }
            Set<String> only = sources(h.onlyIn());
            if (only != null && h.in() == null && h.shared() == null && missing == null && h.about() == null) {
                Set<String> mine = new HashSet<>();
                only.forEach(s -> mine.add(ids.getOrDefault(s, s)));
                int left = 0;
                for (ClaimGroup g : model.claimGroups()) {
                    List<String> srcs = g.sources();
                    if (!only.containsAll(srcs) && srcs.stream().anyMatch(only::contains)
                            && srcs.stream().allMatch(s -> mine.contains(ids.getOrDefault(s, s)))) {
                        left++;
                        named.addAll(Repeats.among(srcs, repeats));
                    }
                }
                if (left > 0) {
                    parts.add(left + " more claim group" + (left == 1 ? " is" : "s are") + " reported by "
                            + String.join(", ", only) + " and otherwise only by a source that repeats it; not listed,"
                            + " as `only in` counts a repeat as another source");
                }
            }
            if (parts.isEmpty()) {
                return "";
            }
            return "sources that repeat another (see `sources`): " + String.join("; ", named) + ". "
                    + String.join(". ", parts);
        }

        /** Aliases: for each source, the names it uses for the entity a name resolves to, most used first. */
        private Table aliases(Head.Aliases h) throws QueryException {
            List<Entity> entities = resolve(h.of(), model.entities());
            Map<String, Map<String, Integer>> bySource = new LinkedHashMap<>();
            Map<String, List<Passage>> passages = new LinkedHashMap<>();
            for (Source s : model.sources()) {
                bySource.put(s.id(), new LinkedHashMap<>());
                passages.put(s.id(), new ArrayList<>());
            }
            Set<String> ids = ids(entities);
            for (Mention m : model.mentions()) {
                cancel.check();
                if (m.pronoun() || m.entity() == null || !ids.contains(m.entity())) {
                    continue;
                }
                Map<String, Integer> names = bySource.get(m.source());
                if (names == null) {
                    continue;
                }
                String shown = m.text().strip().replaceAll("\\s+", " ");
                if (names.merge(shown, 1, Integer::sum) == 1) {
                    passages.get(m.source()).add(passage(m.source(), m.start(), m.end(), m.text()));
                }
            }
            List<String> evidence = new ArrayList<>();
            for (Entity e : entities) {
                evidence.addAll(e.evidence());
            }
            String who = entities.stream().map(Entity::name).distinct().reduce((a, b) -> a + ", " + b).orElse("");
            List<Column> cols = List.of(text("source"), list("names"), text("counts"), number("mentions"));
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, Map<String, Integer>> e : bySource.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                List<Map.Entry<String, Integer>> names = new ArrayList<>(e.getValue().entrySet());
                names.sort(Comparator.comparingInt((Map.Entry<String, Integer> x) -> -x.getValue()));
                List<String> plain = names.stream().map(Map.Entry::getKey).toList();
                String counts = String.join(", ", names.stream().map(x -> x.getKey() + " " + x.getValue()).toList());
                int total = names.stream().mapToInt(Map.Entry::getValue).sum();
                String rule = "names of " + who + " in " + e.getKey() + " (mentions, pronouns left out)"
                        + (evidence.isEmpty() ? "" : "; taken as one entity because: " + String.join("; ", evidence));
                rows.add(new Row(Arrays.asList(e.getKey(), plain, counts, total),
                        new Provenance(rule, passages.get(e.getKey()))));
            }
            return new Table(cols, rows);
        }

        private Table sentences(Set<String> in) {
            List<Column> cols = List.of(text("source"), number("index"), text("text"), number("start"),
                    number("end"), bool("boilerplate"), text("reason"), number("paragraph"));
            List<Row> rows = new ArrayList<>();
            for (Sentence s : model.sentences()) {
                cancel.check();
                if (in != null && !in.contains(s.source())) {
                    continue;
                }
                rows.add(new Row(Arrays.asList(s.source(), s.index(), s.text(), s.start(), s.end(),
                        s.isBoilerplate(), s.boilerplate(), s.paragraph()),
                        new Provenance(s.isBoilerplate() ? "boilerplate: " + s.boilerplate() : "reporting sentence",
                                List.of(passage(s.source(), s.start(), s.end(), s.text())))));
            }
            return new Table(cols, rows);
        }

        private Table search(Head.Search h) throws QueryException {
            Set<String> in = sources(h.in());
            List<Hit> hits;
            try {
                hits = model.search(h.query(), CONTEXT);
            } catch (SearchSyntaxException e) {
                String m = e.getMessage() == null ? "syntax error" : e.getMessage();
                throw error((m.startsWith("not a valid search") ? m : "not a valid search: " + m)
                        + " (write words, \"a phrase\", \"a b\"~3, Chin*, Zelenskyy~)", h.at());
            }
            List<Column> cols = List.of(text("source"), text("left"), text("match"), text("right"),
                    number("start"), number("end"));
            List<Row> rows = new ArrayList<>();
            for (Hit hit : hits) {
                cancel.check();
                if (in != null && !in.contains(hit.source())) {
                    continue;
                }
                rows.add(new Row(Arrays.asList(hit.source(), hit.left(), hit.match(), hit.right(), hit.start(), hit.end()),
                        new Provenance(String.format(Locale.ROOT, "full-text match for %s (score %.2f)", h.query(),
                                hit.score()), List.of(passage(hit.source(), hit.start(), hit.end(), hit.match())))));
            }
            return new Table(cols, rows);
        }

        // ---- names

        /** The one source a reference names (for heads that read one source): see {@link #sources(SourceRef)}. */
        private String source(SourceRef ref) throws QueryException {
            Set<String> ids = sources(ref);
            if (ids == null) {
                return null;
            }
            if (ids.size() > 1) {
                throw error("'" + ref.text() + "' names " + ids.size() + " sources ("
                        + sourceList(ids.stream().map(index().sources::get).toList()) + "); name one source",
                        ref.at());
            }
            return ids.iterator().next();
        }

        /**
         * The sources a reference names, or null for no reference: the source with that id (any case); else every
         * source of the outlet with that name (any case); else the one source whose id starts with it; else every
         * source whose id ends in it after a '/' (BASIL's "fox" in event folders); else the sources of the one outlet
         * whose name starts with it. Otherwise an error naming the candidates or the sources.
         */
        private Set<String> sources(SourceRef ref) throws QueryException {
            if (ref == null) {
                return null;
            }
            String want = ref.text().toLowerCase(Locale.ROOT);
            Collection<Source> all = index().sources.values();
            for (Source s : all) {
                if (s.id().equalsIgnoreCase(want)) {
                    return Set.of(s.id());
                }
            }
            List<Source> outlet = all.stream().filter(s -> want.equals(outletOf(s))).toList();
            if (!outlet.isEmpty()) {
                return sourceIds(outlet);
            }
            List<Source> found = all.stream().filter(s -> s.id().toLowerCase(Locale.ROOT).startsWith(want)).toList();
            if (found.size() == 1) {
                return Set.of(found.get(0).id());
            }
            if (found.isEmpty()) {
                found = all.stream().filter(s -> s.id().toLowerCase(Locale.ROOT).endsWith("/" + want)).toList();
                if (!found.isEmpty()) {
                    return sourceIds(found);
                }
                found = all.stream().filter(s -> outletOf(s) != null && outletOf(s).startsWith(want)).toList();
                if (!found.isEmpty() && found.stream().map(this::outletOf).distinct().count() == 1) {
                    return sourceIds(found);
                }
            }
            if (found.isEmpty()) {
                throw error("no source '" + ref.text() + "'; sources: " + sourceList(all), ref.at());
            }
            throw error("'" + ref.text() + "' could be any of: " + sourceList(found) + "; give more of the id",
                    ref.at());
        }

        private String outletOf(Source s) {
            String o = s.meta().get("outlet");
            return o == null ? null : o.strip().toLowerCase(Locale.ROOT);
        }

        private static Set<String> sourceIds(List<Source> sources) {
            Set<String> out = new LinkedHashSet<>();
            for (Source s : sources) {
                out.add(s.id());
            }
            return out;
        }

        private String sourceList(Collection<Source> sources) {
            List<String> out = new ArrayList<>();
            for (Source s : sources) {
                String outlet = s.meta().get("outlet");
                out.add(outlet == null ? s.id() : s.id() + " (" + outlet + ")");
                if (out.size() == 12 && sources.size() > 12) {
                    out.add("…");
                    break;
                }
            }
            return String.join(", ", out);
        }

        /**
         * The entities a name refers to: those with exactly that name or alias (any case); failing that, the one
         * entity that has it as whole words of a name, or as the start of a name. Otherwise an error naming the
         * candidates or the close names.
         */
        private List<Entity> resolve(Name name, List<Entity> pool) throws QueryException {
            List<Entity> exact = exact(name.text(), pool);
            if (!exact.isEmpty()) {
                return exact;
            }
            String want = norm(name.text());
            if (want.isEmpty()) {
                throw error("an empty name: give an entity's name, e.g. mentions of Zelensky", name.at());
            }
            List<Entity> words = pool.stream()
                    .filter(e -> names(e).stream().anyMatch(n -> containsWords(n, want))).toList();
            if (words.size() == 1) {
                return words;
            }
            List<Entity> prefix = words.isEmpty()
                    ? pool.stream().filter(e -> names(e).stream().anyMatch(n -> n.startsWith(want))).toList()
                    : words;
            if (prefix.size() == 1) {
                return prefix;
            }
            if (!prefix.isEmpty()) {
                throw error("'" + name.text() + "' could be any of: " + entityList(prefix)
                        + "; give the full name", name.at());
            }
            List<Entity> close = close(want, pool);
            throw error("no entity named '" + name.text() + "'"
                    + (close.isEmpty() ? "" : "; close: " + entityList(close)), name.at());
        }

        private List<Entity> exact(String text, List<Entity> pool) {
            String want = norm(text);
            return pool.stream().filter(e -> names(e).contains(want)).toList();
        }

        private List<Entity> close(String want, List<Entity> pool) {
            record Scored(Entity e, int d) {
            }
            List<Scored> scored = new ArrayList<>();
            for (Entity e : pool) {
                int best = Integer.MAX_VALUE;
                for (String n : names(e)) {
                    best = Math.min(best, distance(want, n));
                    for (String w : n.split(" ")) {
                        best = Math.min(best, distance(want, w));
                    }
                }
                int allowed = Math.max(1, want.length() / 3);
                if (best <= allowed) {
                    scored.add(new Scored(e, best));
                }
            }
            scored.sort(Comparator.comparingInt(Scored::d).thenComparing(s -> -s.e().mentions()));
            return scored.stream().limit(6).map(Scored::e).toList();
        }

        private String entityList(List<Entity> entities) {
            List<String> out = new ArrayList<>();
            for (Entity e : entities) {
                out.add(e.name() + " (" + e.type() + ")");
                if (out.size() == 8 && entities.size() > 8) {
                    out.add("…");
                    break;
                }
            }
            return String.join(", ", out);
        }

        private QueryException unknownVariable(Head.Variable v) {
            String message = "no result named '" + v.name() + "'";
            if (v.name().startsWith("$")) {
                message += ": results are numbered $1, $2, … as they are shown";
            } else {
                String best = null;
                int bestD = 3;
                for (Help.Form f : Help.forms()) {
                    int d = distance(v.name().toLowerCase(Locale.ROOT), f.topic());
                    if (d < bestD) {
                        bestD = d;
                        best = f.topic();
                    }
                }
                message += best != null ? "; did you mean '" + best + "'?"
                        : "; keep one with: let " + v.name() + " = …";
            }
            return error(message, v.at());
        }

        // ---- stages

        private Table stage(Table t, Stage stage) throws QueryException {
            return switch (stage) {
                case Stage.Where w -> where(t, w.condition());
                case Stage.Sort s -> sort(t, s);
                case Stage.Limit l -> new Table(t.columns(), t.rows().subList(0, Math.min(l.count(), t.rows().size())), t.note());
                case Stage.Count c -> new Table(List.of(number("count")), List.of(new Row(List.of(t.rows().size()),
                        new Provenance("count of " + t.rows().size() + " rows", List.of()))), t.note());
                case Stage.GroupBy g -> group(t, g);
                case Stage.Select s -> select(t, s);
            };
        }

        private Table where(Table t, Condition c) throws QueryException {
            Predicate<Row> p = predicate(t, c);
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                cancel.check();
                if (p.test(r)) {
                    rows.add(r);
                }
            }
            return new Table(t.columns(), rows, t.note());
        }

        private Predicate<Row> predicate(Table t, Condition c) throws QueryException {
            switch (c) {
                case Condition.And a -> {
                    Predicate<Row> l = predicate(t, a.left());
                    Predicate<Row> r = predicate(t, a.right());
                    return l.and(r);
                }
                case Condition.Or o -> {
                    Predicate<Row> l = predicate(t, o.left());
                    Predicate<Row> r = predicate(t, o.right());
                    return l.or(r);
                }
                case Condition.Not n -> {
                    return predicate(t, n.operand()).negate();
                }
                case Condition.Holds h -> {
                    int i = column(t, h.column());
                    return r -> holds(r.get(i));
                }
                case Condition.Compare cmp -> {
                    return compare(t, cmp);
                }
            }
        }

        private Predicate<Row> compare(Table t, Condition.Compare cmp) throws QueryException {
            int i = column(t, cmp.column());
            Column col = t.columns().get(i);
            Condition.Op op = cmp.op();
            Condition.Value value = cmp.value();
            Double number = value.number();
            String text = value.text();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean equality = op == Condition.Op.EQ || op == Condition.Op.NE;
            boolean ne = op == Condition.Op.NE;

            if (col.name().equalsIgnoreCase("type") && col.type() == Column.Type.TEXT && equality) {
                Set<String> types = types(text);
                return r -> r.get(i) != null && types.contains(r.get(i).toString().toUpperCase(Locale.ROOT)) != ne;
            }
            switch (col.type()) {
                case LIST -> {
                    if (op == Condition.Op.CONTAINS) {
                        return r -> r.get(i) instanceof List<?> l && l.stream()
                                .anyMatch(x -> x != null && x.toString().toLowerCase(Locale.ROOT).contains(lower));
                    }
                    if (number == null) {
                        throw error("'" + col.name() + "' is a list: compare its size with a number, or test an "
                                + "element with ~", value.at());
                    }
                    return r -> r.get(i) instanceof List<?> l && test(op, Double.compare(l.size(), number));
                }
                case NUMBER -> {
                    if (op == Condition.Op.CONTAINS) {
                        return r -> r.get(i) != null && r.get(i).toString().contains(text);
                    }
                    if (number == null) {
                        throw error("'" + col.name() + "' holds numbers: '" + text + "' is not a number", value.at());
                    }
                    return r -> r.get(i) instanceof Number n ? test(op, Double.compare(n.doubleValue(), number)) : ne;
                }
                case BOOLEAN -> {
                    Boolean b = switch (lower) {
                        case "true", "yes", "1" -> Boolean.TRUE;
                        case "false", "no", "0" -> Boolean.FALSE;
                        default -> null;
                    };
                    if (b == null || !equality) {
                        throw error("'" + col.name() + "' is true or false: write " + col.name() + " = true, "
                                + col.name() + " = false, or just " + col.name(), value.at());
                    }
                    return r -> (r.get(i) != null && b.equals(r.get(i))) != ne;
                }
                default -> {
                    if (op == Condition.Op.CONTAINS) {
                        return r -> r.get(i) != null && r.get(i).toString().toLowerCase(Locale.ROOT).contains(lower);
                    }
                    String want = col.name().equalsIgnoreCase("source") && model != null ? sourceOrText(text) : text;
                    return r -> {
                        Object v = r.get(i);
                        if (v == null) {
                            // a missing value is shown blank, so it is what 'cue = ""' asks for
                            return equality ? want.isEmpty() != ne : false;
                        }
                        String s = v.toString();
                        if (equality) {
                            return s.equalsIgnoreCase(want) != ne;
                        }
                        Double a = parse(s);
                        int c = a != null && number != null ? Double.compare(a, number) : s.compareToIgnoreCase(want);
                        return test(op, c);
                    };
                }
            }
        }

        /** A source id for a value compared with a 'source' column: a unique id prefix counts as the id. */
        private String sourceOrText(String text) {
            List<String> ids = index().sources.keySet().stream()
                    .filter(id -> id.toLowerCase(Locale.ROOT).startsWith(text.toLowerCase(Locale.ROOT))).toList();
            return ids.size() == 1 ? ids.get(0) : text;
        }

        private Table sort(Table t, Stage.Sort s) throws QueryException {
            Comparator<Row> order = null;
            for (Stage.SortKey key : s.keys()) {
                int i = column(t, key.column());
                Comparator<Row> c = (a, b) -> compareValues(a.get(i), b.get(i), key.descending());
                order = order == null ? c : order.thenComparing(c);
            }
            List<Row> rows = new ArrayList<>(t.rows());
            cancel.check();
            rows.sort(order);
            return new Table(t.columns(), rows, t.note());
        }

        private Table group(Table t, Stage.GroupBy g) throws QueryException {
            int[] idx = new int[g.columns().size()];
            List<Column> cols = new ArrayList<>();
            for (int k = 0; k < idx.length; k++) {
                idx[k] = column(t, g.columns().get(k));
                cols.add(t.columns().get(idx[k]));
            }
            cols.add(number("count"));
            Map<List<Object>, List<Row>> groups = new LinkedHashMap<>();
            for (Row r : t.rows()) {
                cancel.check();
                List<Object> key = new ArrayList<>();
                for (int i : idx) {
                    key.add(r.get(i));
                }
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<List<Object>, List<Row>> e : groups.entrySet()) {
                List<Object> values = new ArrayList<>(e.getKey());
                values.add(e.getValue().size());
                List<Passage> passages = new ArrayList<>();
                for (Row r : e.getValue()) {
                    for (Passage p : r.why().passages()) {
                        if (passages.size() < 100) {
                            passages.add(p);
                        }
                    }
                }
                List<String> key = new ArrayList<>();
                for (int k = 0; k < idx.length; k++) {
                    Object v = e.getKey().get(k);
                    key.add(cols.get(k).name() + " = " + (v instanceof List<?> l ? l.toString() : String.valueOf(v)));
                }
                String first = e.getValue().isEmpty() ? "" : e.getValue().get(0).why().rule();
                rows.add(new Row(values, new Provenance("group of " + e.getValue().size() + " row"
                        + (e.getValue().size() == 1 ? "" : "s") + " with " + String.join(", ", key)
                        + (first == null || first.isBlank() ? "" : "; first row: " + first), passages)));
            }
            int last = cols.size() - 1;
            rows.sort(Comparator.comparing(r -> -((Number) r.get(last)).intValue()));
            return new Table(cols, rows, t.note());
        }

        private Table select(Table t, Stage.Select s) throws QueryException {
            int[] idx = new int[s.columns().size()];
            List<Column> cols = new ArrayList<>();
            for (int k = 0; k < idx.length; k++) {
                idx[k] = column(t, s.columns().get(k));
                cols.add(t.columns().get(idx[k]));
            }
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                cancel.check();
                List<Object> values = new ArrayList<>();
                for (int i : idx) {
                    values.add(r.get(i));
                }
                rows.add(new Row(values, r.why()));
            }
            return new Table(cols, rows, t.note());
        }

        private int column(Table t, ColumnRef ref) throws QueryException {
            int i = t.indexOf(ref.name());
            if (i < 0) {
                throw error("no column '" + ref.name() + "' here; columns: "
                        + String.join(", ", t.columns().stream().map(Column::name).toList()), ref.at());
            }
            return i;
        }

        private QueryException error(String message, Span at) {
            int rel = at.line() - statement.line();
            String[] lines = statement.text().split("\n", -1);
            String lineText = rel >= 0 && rel < lines.length ? lines[rel] : "";
            if (rel == 0) {
                lineText = " ".repeat(Math.max(0, statement.column() - 1)) + lineText;
            }
            return new QueryException(message, origin, at.line(), at.column(), lineText.stripTrailing());
        }

        private Passage passage(String source, int start, int end, String fallback) {
            Source s = index().sources.get(source);
            if (s != null && start >= 0 && end <= s.text().length() && start <= end) {
                return new Passage(source, start, end, s.text().substring(start, end));
            }
            return new Passage(source, start, end, fallback);
        }
    }

    // ---- values

    /**
     * Short column names for sources: the part of each id before its first '_' when those are unique and not
     * empty, else the ids themselves.
     */
    static List<String> shortIds(List<Source> sources) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Source s : sources) {
            int u = s.id().indexOf('_');
            String id = u > 0 ? s.id().substring(0, u) : s.id();
            if (!seen.add(id.toLowerCase(Locale.ROOT))) {
                return sources.stream().map(Source::id).toList();
            }
            out.add(id);
        }
        return out;
    }

    /** What an entity is: a name of something, a title or role, or a value (number, date, duration …). */
    enum EntityKind {
        NAME("name"), TITLE("title"), VALUE("value");

        final String label;

        EntityKind(String label) {
            this.label = label;
        }
    }

    private static final Set<String> VALUE_TYPES = Set.of("NUMBER", "ORDINAL", "DATE", "TIME", "DURATION", "SET",
            "MONEY", "PERCENT");

    static EntityKind entityKind(String type) {
        if (VALUE_TYPES.contains(type)) {
            return EntityKind.VALUE;
        }
        return type.equals("TITLE") ? EntityKind.TITLE : EntityKind.NAME;
    }

    /** The raw entity types a type name in a query stands for. */
    static Set<String> types(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "person", "people", "persons" -> Set.of("PERSON");
            case "org", "orgs", "organisation", "organization" -> Set.of("ORGANIZATION");
            case "place", "places", "location" -> Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
            default -> Set.of(n.toUpperCase(Locale.ROOT).replace(' ', '_'));
        };
    }

    private static boolean test(Condition.Op op, int c) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case CONTAINS -> throw new IllegalStateException("~ is not an order");
        };
    }

    private static boolean holds(Object v) {
        return switch (v) {
            case null -> false;
            case Boolean b -> b;
            case Number n -> n.doubleValue() != 0;
            case List<?> l -> !l.isEmpty();
            default -> !v.toString().isBlank();
        };
    }

    /** Order of two values of one column: lists by size, numbers by value, text ignoring case; nulls last. */
    static int compareValues(Object a, Object b, boolean descending) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int c;
        if (a instanceof List<?> x && b instanceof List<?> y) {
            c = Integer.compare(x.size(), y.size());
        } else if (a instanceof Number x && b instanceof Number y) {
            c = Double.compare(x.doubleValue(), y.doubleValue());
        } else if (a instanceof Boolean x && b instanceof Boolean y) {
            c = Boolean.compare(x, y);
        } else {
            c = a.toString().compareToIgnoreCase(b.toString());
        }
        return descending ? -c : c;
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Lower-case, single-spaced, straight apostrophes: how names are compared. */
    static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** Every name an entity goes by, normalised. */
    private static Set<String> names(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        out.add(norm(e.name()));
        for (String a : e.aliases()) {
            out.add(norm(a));
        }
        for (List<String> l : e.namesBySource().values()) {
            for (String a : l) {
                out.add(norm(a));
            }
        }
        return out;
    }

    private static Set<String> ids(List<Entity> entities) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : entities) {
            out.add(e.id());
        }
        return out;
    }

    /** Whether {@code words} occurs in {@code text} as whole words. */
    static boolean containsWords(String text, String words) {
        if (words.isEmpty()) {
            return false; // "" is found everywhere and nowhere as a word; searching for it would never end
        }
        int from = 0;
        while (true) {
            int i = text.indexOf(words, from);
            if (i < 0) {
                return false;
            }
            int end = i + words.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean right = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                return true;
            }
            from = i + 1;
        }
    }

    static int distance(String a, String b) {
        return org.crosscheck.model.EditDistance.levenshtein(a, b);
    }

    private static Column text(String name) {
        return new Column(name, Column.Type.TEXT);
    }

    private static Column number(String name) {
        return new Column(name, Column.Type.NUMBER);
    }

    private static Column list(String name) {
        return new Column(name, Column.Type.LIST);
    }

    private static Column bool(String name) {
        return new Column(name, Column.Type.BOOLEAN);
    }
}
