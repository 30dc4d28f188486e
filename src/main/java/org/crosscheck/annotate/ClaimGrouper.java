package org.crosscheck.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimGroup;
import org.crosscheck.model.Entity;
import org.crosscheck.model.LuceneNotices;

/**
 * Puts claims from different sources that assert the same thing into one group.
 *
 * <p>Method: claims are clauses, and what is compared is a claim's content (what it asserts, without a reporting
 * frame such as "Zelensky said"), with every name of an entity as one token and numbers as digits. Every claim is
 * indexed in an in-memory Lucene index (English analysis: stop words, possessives, Porter stems). For each claim,
 * Lucene's BM25 retrieves its nearest claims (a query of its most informative terms); each candidate pair is
 * re-scored as the cosine of their TF-IDF vectors (document frequencies from the same index), or, when more, the
 * discounted containment of the shorter claim's terms in the longer ({@link #CONTAINMENT}), blended with the
 * overlap of the entities they mention (in full only when the lexical score is at least {@link #ENTITY_EVIDENCE};
 * an entity both refer to only by a pronoun does not count);
 * {@link #SUBJECT_PREDICATE} is added when both have the same subject and
 * main verb ("China has denied …" twice), or {@link #SAME_ROLES} when a verb of each has the same roles from the
 * dependency tree ({@link Roles}: "would seek an explanation from Beijing" / "demanded an explanation from Beijing"),
 * or {@link #SUBJECT_CLASS} when a verb of each has the same subject entity and the two verbs are of one WordNet
 * class ({@link VerbClasses}: "bowing out" / "dropped plans"), {@link #NEGATION} taken off when one is negated or a
 * denial and the other is not ({@link #QUOTE_DENIED} when one denies words the other quotes), and two groups of
 * opposite polarity (one a denial made twice) never join. Across sources, two verbs of one class count as one term in the cosine ("blast" /
 * "rebuke" / "criticize"). A short claim (fewer than {@link #MIN_CONTAINED} content terms) counts as contained only when all of
 * its terms, {@link #INTENSIFIERS} aside, are in the other claim and both have the same subject and main verb.
 * Two clauses of one sentence are never linked, nor are two claims whose shared terms are only names of entities
 * (unless a name is what one of them predicates beside something else: "that it was Holder" holds nothing
 * but the name). Pairs at or above {@link #LINK} are merged,
 * strongest first, by average linkage: two groups join only when the mean score over all their cross pairs stays
 * at or above {@link #JOIN}, so one loose pair cannot chain unrelated claims together; a single claim wholly
 * within a member of a group joins it even below that mean, unless it scores negatively with some member.
 */
public final class ClaimGrouper {
    /** Minimum blended score for two claims, and mean score for two groups, to be one group. */
    static final double LINK = 0.28;
    /** Minimum score for two claims of the same source (a summary and the quote it sums up) to be linked. */
    static final double SAME_SOURCE_LINK = 0.5;
    /** Minimum mean score over all cross pairs for two groups to join (looser than a single link). */
    static final double JOIN = 0.23;
    /** Weight of entity overlap in the blended score (the rest is lexical cosine). */
    static final double ENTITY_WEIGHT = 0.25;
    private static final int CANDIDATES = 25;

    static {
        LuceneNotices.quiet();
    }
    private static final int QUERY_TERMS = 32;
    private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]{3,}?)[\"“”]");

    /**
     * The claim's quoted phrases with at least {@link #QUOTED_WORDS} words in lower case (so not a title such as
     * "Face the Nation" or "The Queen of Rage"), each as lower-case words joined by one space.
     */
    static List<String> quotedWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            long lower = java.util.Arrays.stream(m.group(1).strip().split("\\s+"))
                    .filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
            if (lower >= QUOTED_WORDS) {
                out.add(words(m.group(1)));
            }
        }
        return out;
    }

    /**
     * Whether a claim's text is part of a quotation that runs over several sentences: it holds one quotation mark
     * only, opening it at the start of a whole sentence (the quotation closes in a later sentence; a clause cut before
     * its closing mark is not one: ClaimsRound18Test) or closing it at the end (it opened in an earlier one), and
     * {@link #QUOTED_WORDS} words or more in lower case. Hugh Lanning's "“The ballot was for one
     * day's action. No further action is anticipated without a further ballot of staff.”" gives the claim
     * "“The ballot was for one day's action.", which holds no closed quotation ({@link #quotedWords}) but is his own
     * words all the same (BBC politics 210).
     */
    static boolean openQuotation(String text) {
        String t = text.strip();
        if (t.replaceAll("[^\"“”]", "").length() != 1) {
            return false;
        }
        String inside;
        if (t.matches("(?s)[\"“].*[.!?]")) {
            inside = t.substring(1);
        } else if (t.matches("(?s).*[\"”][.,;:!?]?")) {
            inside = t.replaceAll("[\"”][.,;:!?]?$", "");
        } else {
            return false;
        }
        long lower = java.util.Arrays.stream(inside.strip().split("\\s+"))
                .filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
        return lower >= QUOTED_WORDS;
    }

    /** Lower-case words (apostrophes kept) joined by one space. */
    static String words(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).replace('’', '\'')
                .split("[^\\p{L}\\p{N}']+")).strip();
    }
    /**
     * Adverbs of degree and certainty: "This definitely requires a response" and "This absolutely requires a
     * response" assert the same thing, so a short claim's containment in a longer one does not count them.
     */
    static final Set<String> INTENSIFIERS = Set.of("absolutely", "definitely", "certainly", "clearly", "really",
            "truly", "very", "extremely", "totally", "completely", "entirely", "surely", "indeed", "undoubtedly",
            "obviously", "simply", "highly", "deeply", "strongly", "fully", "quite", "utterly", "actually");

    private final double link;
    private final double join;

    public ClaimGrouper() {
        this(LINK, JOIN);
    }

    /** With other thresholds, for evaluation sweeps. */
    public ClaimGrouper(double link, double join) {
        this.link = link;
        this.join = join;
    }

    /** The claims again, each with its {@link Claim#group()} set, and the groups. */
    public record Grouping(List<Claim> claims, List<ClaimGroup> groups) {
    }

    /** A scored pair of claims (indexes into the claim list). */
    record Link(int a, int b, double score, double cosine, double entities, boolean contained, boolean within) {
        Link(int a, int b, double score, double cosine, double entities, boolean contained) {
            this(a, b, score, cosine, entities, contained, false);
        }
    }

    /**
     * @param claims every claim of the corpus (group may be null), in corpus order
     */
    public Grouping group(List<Claim> claims) {
        return group(claims, List.of());
    }

    /**
     * @param claims   every claim of the corpus (group may be null), in corpus order
     * @param entities the corpus's entities: every name of an entity a claim mentions counts as one word, so
     *                 "Zelenskyy" and "Zelensky", "Kiev" and "Kyiv", "SBU" and "Security Service of Ukraine" match
     */
    public Grouping group(List<Claim> claims, List<Entity> entities) {
        int n = claims.size();
        if (n == 0) {
            return new Grouping(List.of(), List.of());
        }
        try (Analyzer analyzer = new EnglishAnalyzer()) {
            Prepared p = prepare(claims, entities, analyzer);
            List<Link> links = candidates(claims, p.features(), p.comparable(), analyzer, p.vectors(), link);
            return cluster(claims, p.features(), p.vectors(), links, join, link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why two claims of {@code claims} score what they do (for tuning: a pair left apart or put together): the score,
     * its lexical and entity parts, the adjustments, the terms they share and each claim's roles.
     */
    public String explain(List<Claim> claims, List<Entity> entities, int i, int j) {
        try (Analyzer analyzer = new EnglishAnalyzer()) {
            Prepared p = prepare(claims, entities, analyzer);
            Features f = p.features();
            double lexical = f.lexical(p.vectors().get(i), p.vectors().get(j), i, j);
            double ent = f.entityOverlap(i, j);
            List<String> shared = new ArrayList<>();
            Map<String, Integer> df = new HashMap<>();
            f.terms().forEach(t -> t.keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
            for (String t : f.terms().get(i).keySet()) {
                if (f.terms().get(j).containsKey(t)) {
                    shared.add(t + " (in " + df.get(t) + " of " + claims.size() + ")");
                }
            }
            return String.format(Locale.ROOT, "score %.3f (lexical %.3f, cosine %.3f, entities %.2f, %s)%s shared %s%n"
                            + "    %s terms %s roles %s key %s%n    %s terms %s roles %s key %s",
                    f.score(p.vectors().get(i), p.vectors().get(j), i, j), lexical,
                    cosine(p.vectors().get(i), p.vectors().get(j)), ent, f.adjustments(i, j),
                    f.sharesOnlyNames(i, j) ? " names only;" : "", shared,
                    claims.get(i).id(), f.terms().get(i).keySet(), claims.get(i).roles(), f.keys().get(i),
                    claims.get(j).id(), f.terms().get(j).keySet(), claims.get(j).roles(), f.keys().get(j));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What scoring a pair needs: each claim's comparable text, TF-IDF vector and features. */
    private record Prepared(List<String> comparable, List<Map<String, Double>> vectors, Features features) {
    }

    /**
     * The entities of a claim that count in the entity overlap: all, but titles only beside a person. A title
     * ("Queen" of "the 'Queen of Rage'", "President", "Senator") names no one by itself, so two claims sharing only
     * the word say nothing of sharing a claim (Fox's "The 'Queen of Rage' is something you apply to wrestlers" against HuffPost's "The
     * headline advertising the magazine's story reads, "THE QUEEN OF RAGE."" scored entities 1.00 on it alone).
     */
    static List<String> overlapEntities(Claim c, Map<String, Entity> byId) {
        boolean person = c.entities().stream().map(byId::get)
                .anyMatch(e -> e != null && "PERSON".equals(e.type()));
        if (person) {
            return c.entities();
        }
        List<String> out = new ArrayList<>(c.entities().size());
        for (String id : c.entities()) {
            Entity e = byId.get(id);
            if (e == null || !"TITLE".equals(e.type())) {
                out.add(id);
            }
        }
        return out;
    }

    private static Prepared prepare(List<Claim> claims, List<Entity> entities, Analyzer analyzer) throws IOException {
        int n = claims.size();
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        List<String> comparable = new ArrayList<>(n);
        List<List<String>> ents = new ArrayList<>(n);
        List<Set<String>> named = new ArrayList<>(n);
        Map<String, String> oneWordNames = oneWordNames(claims, byId);
        for (Claim c : claims) {
            comparable.add(plainWordsAsNames(comparable(c, byId), oneWordNames));
            ents.add(overlapEntities(c, byId));
            named.add(namedIn(c, byId));
        }
        List<Map<String, Integer>> tf = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (String text : comparable) {
            Map<String, Integer> counts = terms(analyzer, text);
            tf.add(counts);
            counts.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (Map<String, Integer> counts : tf) {
            vectors.add(tfidf(counts, df, n));
        }
        Map<String, String> names = nameIndex(entities);
        List<String> keys = new ArrayList<>(n);
        List<String> pronounKeys = new ArrayList<>(n);
        List<String> predicateNames = new ArrayList<>(n);
        List<Boolean> negated = new ArrayList<>(n);
        for (Claim c : claims) {
            negated.add(NEGATED.matcher(c.content()).find());
            keys.add(subjectPredicate(c, byId, names, analyzer));
            pronounKeys.add(pronounKey(c));
            String pid = c.predicate() == null ? null : names.get(c.predicate().toLowerCase(Locale.ROOT));
            predicateNames.add(pid == null ? null : "ent" + numericPart(pid));
        }
        Set<String> intensifiers = new HashSet<>();
        for (String w : INTENSIFIERS) {
            intensifiers.addAll(terms(analyzer, w).keySet());
        }
        Map<String, Double> idf = new HashMap<>();
        df.forEach((t, d) -> idf.put(t, Math.log(1 + (n - d + 0.5) / (d + 0.5))));
        List<List<String>> quoted = new ArrayList<>(n);
        List<String> words = new ArrayList<>(n);
        for (Claim c : claims) {
            quoted.add(quotedWords(c.content()));
            words.add(" " + words(c.content()) + " ");
        }
        List<List<String[]>> roles = new ArrayList<>(n);
        for (Claim c : claims) {
            List<String[]> r = new ArrayList<>();
            for (String role : c.roles()) {
                r.add(role.split("\\|", -1));
            }
            roles.add(r);
        }
        Map<String, String> verbStems = new HashMap<>();
        for (List<String[]> r : roles) {
            for (String[] role : r) {
                if (role.length >= 2 && !role[1].isEmpty() && !verbStems.containsKey(role[1])) {
                    Map<String, Integer> t = terms(analyzer, role[1]);
                    verbStems.put(role[1], t.isEmpty() ? "" : t.keySet().iterator().next());
                }
            }
        }
        List<String> speakers = new ArrayList<>(n);
        List<String> reporters = new ArrayList<>(n);
        List<Boolean> ownWords = new ArrayList<>(n);
        for (Claim c : claims) {
            String surname = speakerSurname(c, byId, names);
            speakers.add(personSpeaker(c, byId, names));
            // a person's own words: a quotation of some lower-case words in the claim's span ("Fox News Sunday" is none),
            // or a sentence of a quotation that runs over several
            reporters.add(surname);
            ownWords.add(surname != null && (!quotedWords(c.text()).isEmpty() || openQuotation(c.text())));
        }
        Features f = new Features(ents, keys, pronounKeys, predicateNames, negated, tf, idf, intensifiers, quoted,
                words, roles, claims.stream().map(Claim::source).toList(), verbStems,
                comparable.stream().map(ClaimGrouper::listedNames).toList(), named, speakers, reporters, ownWords,
                claims.stream().map(c -> figures(c.text())).toList(), doers(entities), vectors,
                claims.stream().map(c -> quoteKind(c.text())).toList(),
                comparable.stream().map(t -> titlesBeforeNames(t, analyzer)).toList());
        return new Prepared(comparable, vectors, f);
    }

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("twenty", "20"), Map.entry("hundred", "100"), Map.entry("thousand", "1000"),
            Map.entry("million", "1000000"));
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(" + String.join("|", NUMBER_WORDS.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);
    /** A number as the grouper compares it: "two" = "2", "1,500" = "1500". */
    static String number(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        return NUMBER_WORDS.getOrDefault(w, w);
    }

    private static final Pattern GROUPED_DIGITS = Pattern.compile("\\b(\\d{1,3}(?:,\\d{3})+)\\b");

    /**
     * The claim's content (what it asserts, without "X said") as the grouper compares it: every name of a mentioned entity replaced by one token for the
     * entity (without a possessive ending: "Ryan's" = "Ryan"), number words as digits ("two" = "2", "both" = "2"), digit groups
     * without commas ("1,500" = "1500"), contracted negations written out ("didn't" = "did not").
     */
    static String comparable(Claim c, Map<String, Entity> entities) {
        String text = c.content();
        List<String[]> names = new ArrayList<>();
        for (String id : c.entities()) {
            Entity e = entities.get(id);
            if (e == null || e.type() == null || !NAMED_TYPES.contains(e.type())) {
                continue;
            }
            String token = " ent" + numericPart(e.id()) + " ";
            names.add(new String[] {e.name(), token});
            for (String alias : e.aliases()) {
                names.add(new String[] {alias, token});
            }
        }
        names.sort(Comparator.comparingInt((String[] a) -> a[0].length()).reversed());
        for (String[] name : names) {
            if (name[0].length() < 2) {
                continue;
            }
            text = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name[0]) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE).matcher(text).replaceAll(Matcher.quoteReplacement(name[1]));
        }
        text = HONORIFIC_BEFORE_NAME.matcher(text).replaceAll("");
        text = POSSESSIVE_AFTER_NAME.matcher(text).replaceAll("$1");
        text = uncontracted(text);
        text = ELSEWHERE.matcher(text).replaceAll("elsewhere");
        text = SOME_MOMENT.matcher(text).replaceAll(" ");
        text = BOTH.matcher(text).replaceAll("2");
        Matcher m = NUMBER_WORD.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, NUMBER_WORDS.get(m.group(1).toLowerCase(Locale.ROOT)));
        }
        m.appendTail(b);
        Matcher g = GROUPED_DIGITS.matcher(b.toString());
        StringBuilder out = new StringBuilder();
        while (g.find()) {
            g.appendReplacement(out, g.group(1).replace(",", ""));
        }
        g.appendTail(out);
        return out.toString();
    }

    private static final Pattern ONE_WORD_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");

    /**
     * The one-word names (a capital and lower-case letters: "Earth") of the named entities the claims mention, each
     * with its entity's token, lower-cased.
     */
    static Map<String, String> oneWordNames(List<Claim> claims, Map<String, Entity> entities) {
        Map<String, String> out = new HashMap<>();
        for (Claim c : claims) {
            for (String id : c.entities()) {
                Entity e = entities.get(id);
                if (e == null || e.type() == null || !NAMED_TYPES.contains(e.type())) {
                    continue;
                }
                List<String> all = new ArrayList<>(e.aliases());
                all.add(e.name());
                for (String name : all) {
                    if (ONE_WORD_NAME.matcher(name).matches()) {
                        out.putIfAbsent(name.toLowerCase(Locale.ROOT), " ent" + numericPart(e.id()) + " ");
                    }
                }
            }
        }
        return out;
    }

    /**
     * A word written in lower case in one claim that is an entity's one-word name in another claim compared as that
     * entity: Fox's "we're not here to serve the Earth" (Earth an entity) and HuffPost's "We're not here to serve the
     * earth" (a plain word) share one thing, not two different terms.
     */
    static String plainWordsAsNames(String text, Map<String, String> oneWordNames) {
        if (oneWordNames.isEmpty()) {
            return text;
        }
        Matcher m = LOWER_WORD.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String token = oneWordNames.get(m.group());
            m.appendReplacement(b, Matcher.quoteReplacement(token == null ? m.group() : token));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}{3,}(?![\\p{L}\\p{N}])");

    /**
     * "Both" before a plural or as a pronoun ("both Republican U.S. senators", "both of them"), compared as the
     * number two: Fox's "… and both Republican U.S. senators calling for a veto" and HuffPost's "The state's two
     * Republican senators, Jeff Flake and John McCain, called on Brewer to veto it" name the same two people (BASIL
     * 2014_58ed2376). "Both … and" joining two phrases becomes a "2" too, a number of the two things it joins.
     */
    private static final Pattern BOTH = Pattern.compile("(?i)(?<![\\p{L}])both(?![\\p{L}])");

    /**
     * Another place said in two or three words ("someplace else", "somewhere else", "some other place"), which the
     * grouper compares as the one word "elsewhere": "Sen. Reid respects that but thinks that the mosque should be built
     * someplace else" and "saying the controversial Islamic center should be built elsewhere" say one thing.
     */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "(?<![\\p{L}])(?:(?:some ?place|somewhere|anyplace|anywhere) else|some other (?:place|location))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /**
     * "At one point", "at some point", "at one time", "at some stage": a time no one can place, which says nothing
     * of what a claim asserts; left in, its "1" and "point" were two rare terms two claims of one hearing shared
     * (HuffPost's "At one point he appeared to mouth, "I'm sorry."" and the NYT's "At one point during the hearing,
     * the judge stopped his questioning of Mr. Jackson, who was crying, so that he could be given a tissue.", BASIL
     * 2013_f506aafc: one group at 0.30). The grouper compares the claim without it.
     */
    private static final Pattern SOME_MOMENT = Pattern.compile(
            "(?<![\\p{L}])at (?:one|some|any) (?:point|time|stage|moment)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /** A verb with a contracted negation: "didn't", "isn't", "won't", "can't" (and with a typographic apostrophe). */
    private static final Pattern CONTRACTED_NEGATION = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}+?)n['’]t(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /**
     * The text with its contracted negations written out ("didn't" → "did not", "won't" → "will not", "can't" → "can
     * not"): the analyzer drops "not" as a stop word but keeps "didn't" as a word of its own, so "I didn't send that
     * picture" and "I did not send this" would share no verb form and "didn't" would count as a word of the claim.
     */
    static String uncontracted(String text) {
        Matcher m = CONTRACTED_NEGATION.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String verb = m.group(1);
            String full = switch (verb.toLowerCase(Locale.ROOT)) {
                case "wo" -> "will";
                case "ca" -> "can";
                case "sha" -> "shall";
                default -> verb;
            };
            m.appendReplacement(b, Matcher.quoteReplacement(full + " not"));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * An honorific or an abbreviated title right before a name's token ("Mrs. ent3", "Gov. ent7"): a house style
     * ("Mr. Christie" in one outlet, "Christie" in another), no word of the claim, so "nominated to succeed Mrs.
     * Clinton" and "tapped to replace Clinton" name one argument the same way.
     */
    private static final Pattern HONORIFIC_BEFORE_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?i:mr|mrs|ms|miss|messrs|dr|gov|sen|rep|gen|lt|col|sgt|prof|rev)\\.?\\s+(?=ent\\d+ )");

    /**
     * The possessive ending of a name, left behind when the name was replaced by its entity's token ("Ryan's budget"
     * → "ent1 's budget"): the analyzer takes a possessive off a word, but after the replacement it stands alone and
     * was read as a word "s" of its own, one that every claim with a possessive name shared (29 of the 146 claims of
     * the Medicare event). The token keeps the name; the ending goes.
     */
    static final Pattern POSSESSIVE_AFTER_NAME = Pattern.compile("(ent\\d+ )\\s*['’]s?(?![\\p{L}\\p{N}])");

    /** Auxiliaries and modals as the analyzer writes them ("has" → "ha", "was" → "wa"). */
    private static final Set<String> AUXILIARY_TERMS = analyzed(List.of("be", "is", "are", "was", "were", "been",
            "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must"));

    private static Set<String> analyzed(List<String> words) {
        Set<String> out = new HashSet<>();
        try (Analyzer a = new EnglishAnalyzer()) {
            for (String w : words) {
                out.addAll(terms(a, w).keySet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    /**
     * Auxiliaries and modals ({@link #AUXILIARY_TERMS}) and adverbs of time and aspect ("already", "also", "still",
     * "now" …) as the analyzer writes them: words of a clause's frame, not of what it asserts. Two claims that share
     * nothing else but pronouns are not linked ({@link Features#sharesNothingButPronouns}): HuffPost's "Grimm has
     * already "been secretly indicted by a federal grand jury in Brooklyn …"" and the NYT's "Two of his fund-raisers
     * have already been charged" (BASIL 2014_33521e65) shared only "already" and "been", rare words in a short story
     * whose weight made the cosine 0.28 with the related verbs indict / charge.
     */
    static final Set<String> FRAME_TERMS = frameTerms();

    private static Set<String> frameTerms() {
        Set<String> out = new HashSet<>(AUXILIARY_TERMS);
        out.addAll(analyzed(List.of("already", "also", "still", "yet", "now", "just", "even", "again", "ever")));
        return Set.copyOf(out);
    }

    /**
     * Prepositions, relative and interrogative words and a few degree adverbs as the analyzer writes them ("from",
     * "over", "who", "which", "more" …): words the analyzer keeps but that say nothing of what a claim is about. When
     * two claims share nothing but names and such words, their shared names count as none in the entity overlap
     * ({@link Features#sharesOnlyPronouns}), as when they share only pronouns: HuffPost's "Brat shied away from
     * explicitly identifying as a tea party candidate" and the NYT's "Mr. Brat had little help from national groups
     * that have funded other Tea Party challengers." share Brat, the Tea Party and "from" (entities 1.00, score 0.29:
     * one group; BASIL 2014_ee05c9b3).
     */
    static final Set<String> FUNCTION_TERMS = analyzed(List.of("from", "about", "over", "after", "before", "under",
            "through", "between", "against", "during", "without", "within", "among", "up", "down", "out", "off",
            "above", "below", "upon", "onto", "toward", "towards", "than", "who", "whom", "whose", "which", "what",
            "when", "where", "while", "because", "since", "until", "so", "very", "more", "most"));

    /** A capitalized word or a run of them right before a name's token, the text's first word aside. */
    private static final Pattern TITLE_BEFORE_NAME = Pattern.compile(
            "(?<=\\S\\s{1,3})((?:\\p{Lu}\\p{Ll}+\\s+)+)(?=ent\\d+(?![\\p{L}\\p{N}]))");

    /**
     * The terms of the capitalized words that stand right before a name's token in a comparable text ("House Speaker
     * ent40"): a title written as part of the name.
     */
    static Set<String> titlesBeforeNames(String comparable, Analyzer analyzer) {
        Set<String> out = new HashSet<>();
        Matcher m = TITLE_BEFORE_NAME.matcher(comparable);
        try {
            while (m.find()) {
                out.addAll(terms(analyzer, m.group(1)).keySet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Personal and possessive pronouns as the analyzer writes them ("his" → "hi"). */
    private static final Set<String> PRONOUN_TERMS = analyzed(List.of("i", "me", "my", "mine", "we", "us", "our",
            "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them",
            "their", "theirs", "myself", "himself", "herself", "itself", "themselves", "ourselves", "yourself"));

    /** The token that stands for an entity's name in a claim's comparable text ({@link #comparable}). */
    private static final Pattern ENTITY_TERM = Pattern.compile("ent\\d+");

    private static boolean isEntityTerm(String t) {
        return ENTITY_TERM.matcher(t).matches();
    }

    /** Added to a pair's score when both claims have the same subject and the same (not general) main verb. */
    static final double SUBJECT_PREDICATE = 0.15;
    /**
     * Added to a pair's score when one claim quotes words the other has word for word ("well over the line", "some
     * phony theology") and neither is negated alone: outlets that quote the same words report the same statement.
     */
    static final double SAME_QUOTE = 0.15;
    /**
     * Added to a pair of claims of different sources (instead of {@link #SUBJECT_PREDICATE}, not on top of it) when
     * a verb of each has the same roles ({@link Roles}): two of subject, verb, object and a prepositional argument
     * agree, one of them the object or an argument, and their objects do not differ ("would seek an explanation
     * from Beijing" / "has demanded an explanation from Beijing": the same object and "from Beijing").
     */
    static final double SAME_ROLES = 0.15;
    /**
     * Added to a pair of claims of different sources (like {@link #SAME_ROLES}, not on top of it) when a verb of
     * each has the same subject entity, the two verbs differ but are of one WordNet class ({@link VerbClasses}), and
     * the claims share a term beside the subject and the verbs: "Donald Trump announced Tuesday that he is bowing
     * out as the moderator for a Republican presidential debate" / "Donald J. Trump has dropped plans to moderate a
     * presidential debate" (Trump, bow out ~ drop, "debate").
     */
    static final double SUBJECT_CLASS = 0.15;
    /**
     * The lexical score ({@code lexical}: the cosine with related verbs counted, or the containment) a pair needs
     * for {@link #SUBJECT_CLASS} to count: the bonus tells two renderings of one act apart from other claims about
     * the same person, and cannot stand for the words themselves. Fox's "said he hasn't raised enough money" and
     * HuffPost's "… he "has built no known reelection team or structure"" (Steele; raise / build; 0.14) and the
     * NYT's "he has not yet said whether he will try to rebuild his frayed coalition" (0.22) were each lifted over
     * the line by it; the Trump pair it was made for ("bowing out as the moderator" / "dropped plans to moderate")
     * and the seeds' "would seek an explanation … and a response from Ukraine's allies" / "hopes the situation will
     * prompt … a response from China" (0.32) keep it.
     */
    static final double SUBJECT_CLASS_FLOOR = 0.25;
    /**
     * Taken from a pair's score when each claim quotes a person's own words and the two are different people (as a
     * pair's score, it also counts in the mean that decides whether two groups join): "“The president supports measures to strengthen Social Security
     * …,” Carney said" / "Rand said in a statement, “It has long been AARP's policy that Social Security should be
     * strengthened …”" share a verb and its object, but two people's words are two claims; so are one person's
     * quotation and a report of what another said (Barney Frank's "“I now look forward to working … to continue this
     * work …”" / "Mr. Cowan said … that he intended to continue Mr. Kerry's work"). Two claims that both only report
     * what someone said, in the outlet's words, are parted so only when one is negated and the other not (Johnson's
     * "should … not apologise" / Blair's "urged … to apologise", BBC politics 075 / 186); else not: outlets tell one act as different people's
     * ("Kristol, who led the charge of conservatives calling for Steele to resign" / "writing a letter to Steele");
     * nor are claims that quote the same words ({@link #SAME_QUOTE}, or {@link #SAME_WORDS} words in a row): those
     * are one statement, and one of the two speakers is wrong ("Needless to say, the war in Afghanistan was not …",
     * given to two people; Scalia's "… you don't have discretion" given to Kennedy by Fox).
     */
    static final double OTHER_SPEAKER = 0.2;
    /** Words in a row two claims share that make them one statement whoever they are given to. */
    static final int SAME_WORDS = 4;
    /** Lower-case words a quoted phrase needs for {@link #SAME_QUOTE}. */
    static final int QUOTED_WORDS = 3;
    /** Taken from a pair's score when one claim is negated or a denial and the other is not. */
    static final double NEGATION = 0.10;
    /**
     * Added to a pair of claims of different sources that state one figure ({@link #figures}): "A group of nearly 90
     * professors and administrators … has sent Ryan … a letter" / "nearly 90 Georgetown University faculty and
     * administrators have called Representative Paul Ryan … to task" / "a letter … signed by nearly 90 faculty
     * members and priests": outlets that count the same thing to the same figure report one fact, though each
     * names the counted people in its own words.
     */
    static final double SAME_FIGURE = 0.10;
    /**
     * Taken from a pair of claims of different sources when a verb of each is the same (not a general one) and each
     * has a named subject, two different ones, and no verb of the two has one subject in both: "The Senate is
     * preparing to take up a portion of the president's jobs bill" / "The House has declined to take up Mr. Obama's
     * jobs package" tell what two bodies do with one bill.
     */
    static final double OTHER_DOER = 0.10;
    /** The smallest count {@link #figures} keeps: smaller ones ("two", "three") are in too many claims of a story. */
    static final int MIN_FIGURE = 10;

    /**
     * A length of time ("for the next 75 years", "a 75-year period", "ten days"): the horizons a story's claims
     * measure by ("solvent for 75 years" is said of every plan for Social Security) are no count of one thing.
     */
    private static final Pattern DURATION = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N},.]+[\\s-]+"
            + "(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /** Figures joined by a slash: "9/11", "24/7", "3/4", a date or a name more than a count. */
    private static final Pattern SLASHED = Pattern.compile("\\d+(?:/\\d+)+");
    /** A sum of money: a currency sign before its figure ("$10,000", "£2.5m", "$447 billion"). */
    private static final Pattern MONEY = Pattern.compile("[$£€]\\s?\\d[\\d,.]*(?:\\s*(?i:million|billion|trillion|bn|m)"
            + "(?![\\p{L}]))?");

    /**
     * The figures of a claim's text worth comparing ({@link #figures(List)}): lengths of time and figures joined by
     * a slash left out, a sum of money written with its currency sign ("$10,000" is no "10,000 calls").
     */
    static Set<String> figures(String text) {
        String rest = SLASHED.matcher(DURATION.matcher(text).replaceAll(" ")).replaceAll(" ");
        Set<String> out = new HashSet<>();
        Matcher m = MONEY.matcher(rest);
        while (m.find()) {
            for (String v : figures(ClaimFacts.numbers(m.group()))) {
                out.add(m.group().charAt(0) + v);
            }
        }
        out.addAll(figures(ClaimFacts.numbers(MONEY.matcher(rest).replaceAll(" "))));
        return out;
    }

    /**
     * The figures of a claim's numbers ({@link ClaimFacts#numbers}) worth comparing: a count, sum or share of at
     * least {@link #MIN_FIGURE}, or a range, without its approximation or bound ("nearly 90" and "about 90" are one
     * figure); a vague number ("dozens") is none, nor is 100 percent (all of a thing).
     */
    static Set<String> figures(List<String> numbers) {
        Set<String> out = new HashSet<>();
        for (String n : numbers) {
            String v = n.replaceFirst("^(~|<=|>=)", "");
            if (v.contains(" ")) {
                continue; // "24..99 (dozens)", "1500 at a time"
            }
            if (v.equals("100%")) {
                continue; // "100 percent security", "about 100 percent of the Republican Party": all, no figure
            }
            String first = v.replaceFirst("(\\.\\.|%).*$", "");
            try {
                if (Double.parseDouble(first) >= MIN_FIGURE) {
                    out.add(v);
                }
            } catch (NumberFormatException e) {
                // not a figure
            }
        }
        return out;
    }
    /**
     * Weight of containment: the share (IDF-weighted) of the shorter claim's content terms found in the longer, so a
     * short claim set against a longer one that says more ("This definitely requires a response" / "This absolutely
     * requires a response - from the US, Europe …") is not diluted by the words only the longer has.
     */
    static final double CONTAINMENT = 0.65;
    /**
     * Names two claims must share for names alone to link them: the same list of three places or people ("airing in
     * Miami, West Palm Beach and Ft. Myers" / "reserved $500,000 of airtime in Fort Myers, West Palm Beach and
     * Miami") is a shared fact, while two names in common are just the story's people.
     */
    static final int SHARED_LIST = 3;
    /**
     * The entity tokens of a comparable text that stand in a list of at least {@link #SHARED_LIST} names ("ent1 ,
     * ent2 and ent3"), or an empty set.
     */
    static Set<String> listedNames(String comparable) {
        Set<String> out = new HashSet<>();
        List<String> run = new ArrayList<>();
        boolean afterSeparator = false;
        for (String w : (comparable.strip() + " .").split("\\s+")) {
            boolean separator = w.equals(",") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or");
            if (isEntityTerm(w) && (run.isEmpty() || afterSeparator)) {
                run.add(w);
                afterSeparator = false;
                continue;
            }
            if (separator && !run.isEmpty()) {
                afterSeparator = true;
                continue;
            }
            if (run.size() >= SHARED_LIST) {
                out.addAll(run);
            }
            run.clear();
            afterSeparator = false;
            if (isEntityTerm(w)) {
                run.add(w);
            }
        }
        return out;
    }

    /**
     * A day of the week as the analyzer stems it. When the two claims share nothing but names and days, the day
     * counts in the shorter claim's terms but not as one the longer contains: the articles of one story report what
     * happened on the same day or two, so a shared "Tuesday" beside a shared name says nothing of two claims asserting
     * one thing (Fox's "Romney released a statement late Tuesday" and the NYT's "Aides to Mr. Romney declined to say
     * on Tuesday whether …" were one group on Romney and "Tuesday"). Beside another shared word the day still counts
     * (left out of every containment, a labelled pair of the held-out BASIL 2012_450755dd fell apart).
     */
    static final Set<String> WEEKDAY_TERMS = Set.of("mondai", "tuesdai", "wednesdai", "thursdai", "fridai",
            "saturdai", "sundai");

    /** Content terms the shorter claim needs for containment to count (fewer are too unspecific). */
    static final int MIN_CONTAINED = 5;
    /** Verbs too general to say two claims assert the same thing. */
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "make", "get", "go", "take", "come",
            "give", "put", "see", "know", "want", "need", "seem", "become", "remain", "include", "use");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they", "this", "that",
            "these", "those", "there", "who", "which", "what", "one", "me", "us", "him", "her", "them");
    /**
     * A negation or a verb of denial: "not", "never", "no", "denied", "disputed" …, and a contracted "n't" after its
     * verb ("didn't", "isn't", "won't"), which is written as one word with it. "Not just X but also Y", "not only"
     * and "no less than", "no more than" add to what is said and deny nothing; nor do "not more than", "not less
     * than", "no fewer than", which bound a figure ("imprisoned not more than one year", in a law both Fox and the
     * NYT quote: BASIL 2010_38f7cbb7). Nor does a "not" right after "but", which sets a phrase against
     * what the clause asserts without a verb of its own ("… by justifying detention without trial for foreign
     * suspects, but not Britons": BBC politics; the clause is no denial). "No." before a number is the abbreviation
     * of "number" ("he would run for the No. 2 job in the chamber", HuffPost, BASIL 2014_c99adbdd), no negation.
     */
    static final Pattern NEGATED = Pattern.compile(
            "(?<![\\p{L}])((?<!but\\s)not(?!\\s+(?:just|only|merely|simply|(?:more|less|fewer)\\s+than)(?![\\p{L}]))|never"
                    + "|no(?!\\s+(?:less|more|fewer)\\s+than(?![\\p{L}]))(?!\\.\\s?\\d)"
                    + "|denied|denies|deny|denying|refuted|refuting|rejected|rejecting|disputed|disputing)(?![\\p{L}])"
                    + "|n['’]t(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /** A bonus or penalty on a pair's score, and what the group's {@code why} calls it. */
    private record Adjustment(String what, double value) {
    }

    /** What the pair score uses beside the TF-IDF vectors, one entry per claim. */
    private record Features(List<List<String>> entities, List<String> keys, List<String> pronounKeys,
                            List<String> predicateNames, List<Boolean> negated, List<Map<String, Integer>> terms,
                            Map<String, Double> idf, Set<String> intensifiers, List<List<String>> quoted,
                            List<String> words, List<List<String[]>> roles, List<String> sources,
                            Map<String, String> verbStems, List<Set<String>> lists,
                            List<Set<String>> named, List<String> speakers, List<String> reporters,
                            List<Boolean> ownWords, List<Set<String>> figures, Set<String> doers,
                            List<Map<String, Double>> vectors, List<Integer> quoteKinds,
                            List<Set<String>> titles) {
        /**
         * The entity overlap of two claims: the entities both mention over the entities either mentions, where a
         * shared entity counts only when at least one of the two claims names it ({@link ClaimGrouper#namedIn}). Two claims that
         * refer to a person only by a pronoun ("He said somebody is just trying to distract him" / "He did not rule
         * out the possibility that the photo was of him"; "I know for a fact …" / "I don't know that") share the
         * story's protagonist, whom most of its claims are about: that says nothing about their sharing a claim.
         */
        double entityOverlap(int i, int j) {
            List<String> a = entities.get(i);
            List<String> b = entities.get(j);
            if (a.isEmpty() && b.isEmpty()) {
                return -1; // no evidence either way
            }
            Set<String> union = new HashSet<>(a);
            union.addAll(b);
            int shared = 0;
            for (String e : new HashSet<>(a)) {
                if (b.contains(e) && (named.get(i).contains(e) || named.get(j).contains(e))) {
                    shared++;
                }
            }
            if (shared > 0 && sharesOnlyPronouns(i, j)) {
                return 0;
            }
            return (double) shared / union.size();
        }

        /**
         * Whether the words two claims share, names and numbers aside, are all personal or possessive pronouns, and
         * there is one: "They are addressed to her" / "… Clinton was drawing on a powerful tool of her office" share
         * Clinton and "her", which says nothing of their sharing a claim. Their shared entities then count as none
         * (like an entity both refer to only by a pronoun, {@link #entityOverlap}).
         */
        boolean sharesOnlyPronouns(int i, int j) {
            return sharesPronounsOnly(i, j, true);
        }

        /**
         * Whether the only terms the two claims share are pronouns and words of a clause's frame ({@link
         * #FRAME_TERMS}: "has", "been", "already" …), names and numbers included: "That we know." and "Nor should
         * we." share "we" and nothing else, "Grimm has already been secretly indicted" and "Two of his fund-raisers
         * have already been charged" share "already" and "been", which is no evidence that they assert one thing
         * (unless their roles say so, which the caller asks apart: "he is pulling out of his own debate" / "he will
         * not run").
         */
        boolean sharesNothingButPronouns(int i, int j) {
            return sharesPronounsOnly(i, j, false);
        }

        /**
         * Whether every shared term (names and numbers passed over when asked) is a pronoun, and there is one; when
         * names and numbers count, a word of a clause's frame ({@link #FRAME_TERMS}) counts as a pronoun.
         */
        private boolean sharesPronounsOnly(int i, int j, boolean passOverNamesAndNumbers) {
            boolean pronoun = false;
            for (String t : terms.get(i).keySet()) {
                if (!terms.get(j).containsKey(t) || passOverNamesAndNumbers && t.matches("ent\\d+|\\d+")) {
                    continue;
                }
                if (!PRONOUN_TERMS.contains(t) && (passOverNamesAndNumbers || !FRAME_TERMS.contains(t))
                        && !(passOverNamesAndNumbers && FUNCTION_TERMS.contains(t))) {
                    return false;
                }
                pronoun = true;
            }
            return pronoun;
        }

        /**
         * Whether claim {@code small} is wholly within claim {@code large}: at least two content terms, all of them
         * (intensifiers aside) in {@code large}; with fewer than {@link #MIN_CONTAINED} terms, also the same subject
         * and main verb (a pronoun subject counts when both use the same pronoun: "This requires …").
         */
        boolean contained(int small, int large) {
            if (!within(small, large)) {
                return false;
            }
            return contentSize(terms.get(small)) >= MIN_CONTAINED
                    || sameSubjectPredicate(small, large)
                    || pronounKeys.get(small) != null && pronounKeys.get(small).equals(pronounKeys.get(large));
        }

        private boolean within(int small, int large) {
            int n = 0;
            for (String t : terms.get(small).keySet()) {
                if (intensifiers.contains(t)) {
                    continue;
                }
                if (!terms.get(large).containsKey(t)) {
                    return false;
                }
                n++;
            }
            return n >= 2;
        }

        boolean sameSubjectPredicate(int i, int j) {
            return keys.get(i) != null && keys.get(i).equals(keys.get(j));
        }

        /**
         * Whether every content term the two claims share is the name of an entity, and no such name is what
         * either claim predicates ("Obama is a Christian"): two claims that only mention the same people assert
         * different things, unless each lists the same {@link #SHARED_LIST} names or more ("Miami, West Palm
         * Beach and Fort Myers"). Beside a shared name, words of a clause's frame and pronouns ({@link #FRAME_TERMS},
         * {@link #PRONOUN_TERMS}) and a title both write right before a name ({@link #titlesBeforeNames}) are no
         * shared content (a shared preposition still is: "appearing separately before U.S. District Judge Robert L.
         * Wilkins" / "pleaded guilty to conspiracy before U.S. District Judge Robert L. Wilkins", BASIL 2013_f506aafc): Fox's "Labrador has not been shy about
         * criticizing House Speaker John Boehner of Ohio" and the NYT's "Mr. McCarthy has been preparing for months to
         * move up … in the event that Speaker John A. Boehner of Ohio would retire …" shared Boehner, Ohio, "has",
         * "been" and "Speaker" (0.30, one group; BASIL 2014_c99adbdd). Those words are passed over only when asked
         * (when no role or verb of the two says they assert one thing: "North Korea has sent thousands of its troops
         * …" / "… North Korea has also been sending more missiles …", the seeds).
         */
        boolean sharesOnlyNames(int i, int j) {
            return sharesOnlyNames(i, j, false);
        }

        boolean sharesOnlyNames(int i, int j, boolean passOverFrame) {
            int names = 0;
            for (String t : lists.get(i)) {
                if (lists.get(j).contains(t)) {
                    names++;
                }
            }
            if (names >= SHARED_LIST) {
                return false;
            }
            boolean name = false;
            boolean frame = false;
            for (String t : terms.get(i).keySet()) {
                if (!terms.get(j).containsKey(t)) {
                    continue;
                }
                if (isEntityTerm(t) && !predicates(i, t) && !predicates(j, t)) {
                    name = true;
                } else if (passOverFrame && !isEntityTerm(t) && (FRAME_TERMS.contains(t) || PRONOUN_TERMS.contains(t)
                        || titles.get(i).contains(t) && titles.get(j).contains(t))) {
                    frame = true;
                } else {
                    return false;
                }
            }
            return name || !frame;
        }

        /**
         * Whether claim {@code k} predicates the name {@code t} and says something beside it: "that it was Holder"
         * holds nothing but the name, which any claim naming him shares ("Holder urged him to be quiet").
         */
        private boolean predicates(int k, String t) {
            if (!t.equals(predicateNames.get(k))) {
                return false;
            }
            for (String other : terms.get(k).keySet()) {
                if (!other.equals(t) && !PRONOUN_TERMS.contains(other) && !intensifiers.contains(other)) {
                    return true;
                }
            }
            return false;
        }

        double score(Map<String, Double> a, Map<String, Double> b, int i, int j) {
            return blend(lexical(a, b, i, j), entityOverlap(i, j)) + adjustment(i, j);
        }

        /** The TF-IDF cosine, or the discounted containment of the shorter claim in the longer when that is more. */
        double lexical(Map<String, Double> a, Map<String, Double> b, int i, int j) {
            double cos = cosine(a, b);
            if (!sources.get(i).equals(sources.get(j))) {
                cos += relatedVerbs(a, b, i, j);
            }
            if (quoteKinds.get(i) + quoteKinds.get(j) == 2 && quoteKinds.get(i) != 1) {
                // a claim that is one quotation, the other none: a person's remark is not contained in narration
                return cos;
            }
            Map<String, Integer> ti = terms.get(i);
            Map<String, Integer> tj = terms.get(j);
            Map<String, Integer> small = ti.size() <= tj.size() ? ti : tj;
            Map<String, Integer> large = small == ti ? tj : ti;
            if (contentSize(small) < MIN_CONTAINED) {
                // a short claim counts only when wholly within the other, with the same subject and verb
                int s = small == ti ? i : j;
                return contained(s, s == i ? j : i) ? Math.max(cos, CONTAINMENT) : cos;
            }
            double in = 0;
            double all = 0;
            for (String t : small.keySet()) {
                double w = idf.get(t);
                all += w;
                if (large.containsKey(t) && !(WEEKDAY_TERMS.contains(t) && onlyNamesAndDays(small, large))) {
                    in += w;
                }
            }
            return Math.max(cos, all == 0 ? 0 : CONTAINMENT * in / all);
        }

        /**
         * How many terms of a claim count toward {@link ClaimGrouper#MIN_CONTAINED}: all but personal and possessive
         * pronouns ({@link ClaimGrouper#PRONOUN_TERMS}), which say nothing of what a claim asserts. Fox's "He also
         * states on his website that he is active in his local Republican party" (content "he is active in his local
         * Republican party", terms he, active, his, local, Republicans) was long enough for containment with five
         * terms, and the NYT's "Mr. Cantor received what amounted to a warning shot from local Republicans at a
         * district convention last month …" held "he", "his", "local" and the party: containment 0.43, one group
         * (BASIL 2014_ee05c9b3). With three terms that count, it is a short claim, which must be wholly within the
         * other with the same subject and verb.
         */
        static int contentSize(Map<String, Integer> t) {
            int n = 0;
            for (String k : t.keySet()) {
                if (!PRONOUN_TERMS.contains(k)) {
                    n++;
                }
            }
            return n;
        }

        /** Whether every term the two share is a name or a {@link #WEEKDAY_TERMS day of the week}. */
        private static boolean onlyNamesAndDays(Map<String, Integer> small, Map<String, Integer> large) {
            for (String t : small.keySet()) {
                if (large.containsKey(t) && !WEEKDAY_TERMS.contains(t) && !isEntityTerm(t)) {
                    return false;
                }
            }
            return true;
        }

        /** The sum of {@link #adjustments}. */
        double adjustment(int i, int j) {
            double sum = 0;
            for (Adjustment a : adjustments(i, j)) {
                sum += a.value();
            }
            return sum;
        }

        /**
         * What is added to or taken from a pair's score, each with what the group's {@code why} says of it: the
         * largest of the subject-and-verb, same-roles and same-subject-related-verbs bonuses that applies (the last
         * two across sources only), then one of: the quoted-words-denied penalty when they share quoted words that
         * one denies; the same-quote bonus when they share quoted words both assert (a "not" elsewhere in one of
         * them is not about the quoted words: "his claim that Afghanistan is a 'war of Obama's choosing' and may not
         * be winnable" / "a military fight he called 'a war of Obama's choosing'"); else the negation penalty when
         * one is negated and the other is not.
         */
        List<Adjustment> adjustments(int i, int j) {
            boolean across = !sources.get(i).equals(sources.get(j));
            Adjustment bonus = null;
            if (sameSubjectPredicate(i, j)) {
                bonus = new Adjustment("same subject and verb", SUBJECT_PREDICATE);
            }
            if (across && (bonus == null || SAME_ROLES > bonus.value()) && sameRoles(i, j)) {
                bonus = new Adjustment("same roles of a verb", SAME_ROLES);
            }
            if (across && (bonus == null || SUBJECT_CLASS > bonus.value()) && subjectClass(i, j)
                    && lexical(vectors.get(i), vectors.get(j), i, j) >= SUBJECT_CLASS_FLOOR) {
                bonus = new Adjustment("same subject and related verbs", SUBJECT_CLASS);
            }
            Adjustment second = null;
            boolean sameQuote = sharesQuote(i, j) || sharesQuote(j, i);
            if (!sameQuote && (twoSpeakers(speakers, i, j) || quotesOther(i, j) || quotesOther(j, i))
                    && !sharesWords(i, j, SAME_WORDS)) {
                Adjustment apart = new Adjustment("quoted from two different people", -OTHER_SPEAKER);
                return bonus == null ? List.of(apart) : List.of(bonus, apart);
            }
            if (twoSpeakers(reporters, i, j) && !negated.get(i).equals(negated.get(j)) && !quoteDenied(i, j)) {
                // two named people, one for and one against: no bonus for the roles one of them denies
                return List.of(new Adjustment("reported from two different people", -OTHER_SPEAKER),
                        new Adjustment("one negated", -NEGATION));
            }
            if (quoteDenied(i, j)) {
                second = new Adjustment("the same quoted words asserted by one, denied by the other", -QUOTE_DENIED);
            } else if (!negated.get(i).equals(negated.get(j)) && !sameQuote) {
                second = new Adjustment("one negated", -NEGATION);
            } else if (sameQuote) {
                second = new Adjustment("same quoted words", SAME_QUOTE);
            }
            List<Adjustment> out = new ArrayList<>(3);
            if (bonus != null) {
                out.add(bonus);
            }
            if (second != null) {
                out.add(second);
            }
            if (across && sharesFigure(i, j)) {
                out.add(new Adjustment("same figure", SAME_FIGURE));
            }
            if (across && bonus == null && otherDoer(roles.get(i), roles.get(j), doers)) {
                out.add(new Adjustment("one verb, two named doers", -OTHER_DOER));
            }
            return out;
        }

        /** Whether the two claims state one figure of {@link ClaimGrouper#figures}. */
        boolean sharesFigure(int i, int j) {
            for (String v : figures.get(i)) {
                if (figures.get(j).contains(v)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * What related verbs add to the cosine: for each verb of claim {@code i} whose stem claim {@code j} lacks,
         * and a verb of {@code j} of one WordNet class with it ({@link VerbClasses}) whose stem {@code i} lacks, the
         * product of their weights, as if the two were one term ("blast" / "rebuke" / "criticize").
         */
        double relatedVerbs(Map<String, Double> a, Map<String, Double> b, int i, int j) {
            double dot = 0;
            Set<String> used = new HashSet<>();
            for (String[] ra : roles.get(i)) {
                String sa = verbStems.getOrDefault(ra[1], "");
                if (sa.isEmpty() || LIGHT.contains(ra[1]) || !a.containsKey(sa) || b.containsKey(sa) || !used.add(sa)) {
                    continue;
                }
                for (String[] rb : roles.get(j)) {
                    String sb = verbStems.getOrDefault(rb[1], "");
                    if (sb.isEmpty() || LIGHT.contains(rb[1]) || !b.containsKey(sb) || a.containsKey(sb)
                            || used.contains(sb) || !VerbClasses.related(ra[1], rb[1])) {
                        continue;
                    }
                    dot += a.get(sa) * b.get(sb);
                    used.add(sb);
                    break;
                }
            }
            return dot;
        }

        /**
         * Whether a verb of each claim has the same subject entity and the two verbs are of one WordNet class, and
         * the claims share a content word beside the subject and the verbs ({@link #sharedWord}; {@link
         * #SUBJECT_CLASS}).
         */
        boolean subjectClass(int i, int j) {
            for (String[] ra : roles.get(i)) {
                if (ra.length < 4 || !ra[0].matches("e\\d+") || LIGHT.contains(ra[1])) {
                    continue;
                }
                for (String[] rb : roles.get(j)) {
                    if (rb.length < 4 || !ra[0].equals(rb[0]) || LIGHT.contains(rb[1]) || ra[1].equals(rb[1])
                            || !VerbClasses.related(ra[1], rb[1])) {
                        continue;
                    }
                    String sa = verbStems.getOrDefault(ra[1], "");
                    String sb = verbStems.getOrDefault(rb[1], "");
                    String subject = "ent" + ra[0].substring(1);
                    for (String t : terms.get(i).keySet()) {
                        if (terms.get(j).containsKey(t) && !t.equals(subject) && !t.equals(sa) && !t.equals(sb)
                                && sharedWord(t)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * Whether a term two claims share says what they are about, for {@link #subjectClass}: not an auxiliary or
         * modal ("has", "would") nor the name of another entity of the story. HuffPost's "When Sestak began making
         * overtures that he would run, the White House looked for ways to follow through on its promise" and the
         * NYT's "But White House officials discovered that it would not work because Mr. Sestak could not serve on the
         * board" shared nothing beside Sestak and run / serve but "would" and the White House, named in a fifth of
         * the story's claims (BASIL 2010_38f7cbb7). A pronoun still counts: leaving it out too cost a labelled pair
         * of the held-out events.
         */
        private static boolean sharedWord(String t) {
            return !AUXILIARY_TERMS.contains(t) && !isEntityTerm(t);
        }

        /** Whether both claims are given to people, and to different ones (by surname). */
        private static boolean twoSpeakers(List<String> surnames, int i, int j) {
            return surnames.get(i) != null && surnames.get(j) != null && !surnames.get(i).equals(surnames.get(j));
        }

        /**
         * Whether claim {@code i} quotes a person's own words (a quotation of {@link #QUOTED_WORDS} lower-case words,
         * not a title such as "Fox News Sunday") and claim {@code j} is a report of another person: Barney Frank's "“I
         * now look forward to working for the election of Ed Markey to continue this work …”" / "Mr. Cowan said … that
         * he intended to continue Mr. Kerry's work" are two people's words (see {@link #OTHER_SPEAKER}).
         */
        boolean quotesOther(int i, int j) {
            return ownWords.get(i) && twoSpeakers(reporters, i, j);
        }

        /** Whether some verb of one claim has the same roles as some verb of the other ({@link #SAME_ROLES}). */
        boolean sameRoles(int i, int j) {
            for (String[] a : roles.get(i)) {
                for (String[] b : roles.get(j)) {
                    if (rolesAgree(a, b)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether the two claims share quoted words ({@link #sharesQuote}) that one asserts and the other denies: a
         * negation among the {@link #DENIAL_WINDOW} words before the phrase in one claim and not in the other
         * (Steele's claim that Afghanistan is a "war of Obama's choosing" / Kristol's "the war in Afghanistan was
         * not 'a war of Obama's choosing'"): a claim and its rebuttal quote the same words. The negation is the
         * phrase's own, not one anywhere in the claim ("… a 'war of Obama's choosing' and may not be winnable").
         */
        boolean quoteDenied(int i, int j) {
            for (int[] k : new int[][] {{i, j}, {j, i}}) {
                for (String q : quoted.get(k[0])) {
                    String in = " " + q + " ";
                    int a = words.get(k[0]).indexOf(in);
                    int b = words.get(k[1]).indexOf(in);
                    if (a >= 0 && b >= 0 && deniedBefore(words.get(k[0]), a) != deniedBefore(words.get(k[1]), b)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether the two claims' contents have a run of {@code n} words in common, word for word. */
        boolean sharesWords(int i, int j, int n) {
            String[] a = words.get(i).strip().split(" ");
            String b = words.get(j);
            for (int k = 0; k + n <= a.length; k++) {
                if (b.contains(" " + String.join(" ", java.util.Arrays.copyOfRange(a, k, k + n)) + " ")) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a quoted phrase of claim {@code i} is in claim {@code j}, word for word. */
        boolean sharesQuote(int i, int j) {
            for (String q : quoted.get(i)) {
                if (words.get(j).contains(" " + q + " ")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Taken from a pair's score (instead of {@link #SAME_QUOTE} or {@link #NEGATION}) when one claim asserts quoted
     * words the other denies: enough to part a claim from its rebuttal however many words they share.
     */
    static final double QUOTE_DENIED = 0.5;
    /** Words before a quoted phrase in which a negation denies it ("was not a …", "is not …", "isn't"). */
    static final int DENIAL_WINDOW = 3;
    private static final Set<String> DENIALS = Set.of("not", "never", "no", "neither", "nor");

    /** Whether one of the {@link #DENIAL_WINDOW} words before position {@code at} of {@code words} negates. */
    static boolean deniedBefore(String words, int at) {
        String[] before = words.substring(0, at).strip().split(" ");
        for (int k = Math.max(0, before.length - DENIAL_WINDOW); k < before.length; k++) {
            if (DENIALS.contains(before[k]) || before[k].endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ids of the entities that are people or organisations: the doers {@link #otherDoer} tells apart. A place
     * is not one: a capital stands for its country ("North Korea has sent thousands of its troops" / "Pyongyang
     * sending troops").
     */
    static Set<String> doers(List<Entity> entities) {
        Set<String> out = new HashSet<>();
        for (Entity e : entities) {
            if ("PERSON".equals(e.type()) || "ORGANIZATION".equals(e.type())) {
                out.add(e.id());
            }
        }
        return out;
    }

    /**
     * Whether a verb of each claim's roles is the same, not a general one, with two different {@code doers} as its
     * subjects, and no verb of the two claims has one subject entity in both ({@link #OTHER_DOER}).
     */
    static boolean otherDoer(List<String[]> a, List<String[]> b, Set<String> doers) {
        boolean other = false;
        for (String[] x : a) {
            for (String[] y : b) {
                if (x.length < 2 || y.length < 2 || !ENTITY_ID.matcher(x[0]).matches()
                        || !ENTITY_ID.matcher(y[0]).matches()) {
                    continue;
                }
                if (x[0].equals(y[0])) {
                    return false;
                }
                if (!doers.contains(x[0]) || !doers.contains(y[0])) {
                    continue;
                }
                other |= x[1].equals(y[1]) && !x[1].isEmpty() && !LIGHT.contains(x[1]);
            }
        }
        return other;
    }

    private static final Pattern ENTITY_ID = Pattern.compile("e\\d+");

    /** Two verbs' roles as {@link Claim#roles()} gives them agree: see {@link #SAME_ROLES}. */
    static boolean rolesAgree(String a, String b) {
        return rolesAgree(a.split("\\|", -1), b.split("\\|", -1));
    }

    static boolean rolesAgree(String[] a, String[] b) {
        if (a.length < 4 || b.length < 4) {
            return false;
        }
        boolean s = !a[0].isEmpty() && a[0].equals(b[0]);
        boolean v = a[1].equals(b[1]) && !LIGHT.contains(a[1]);
        boolean o = !a[2].isEmpty() && a[2].equals(b[2]);
        boolean arg = false;
        if (!a[3].isEmpty() && !b[3].isEmpty()) {
            Set<String> x = new HashSet<>(java.util.Arrays.asList(a[3].split(";")));
            for (String y : b[3].split(";")) {
                arg |= x.contains(y);
            }
        }
        boolean otherObject = !a[2].isEmpty() && !b[2].isEmpty() && !o;
        int agree = (s ? 1 : 0) + (v ? 1 : 0) + (o ? 1 : 0) + (arg ? 1 : 0);
        return agree >= 2 && (o || arg) && !otherObject;
    }

    /** "PRONOUN|PREDICATE" when the subject is a pronoun and the verb not a general one; else null. */
    static String pronounKey(Claim c) {
        if (c.subject() == null || c.predicate() == null || LIGHT.contains(c.predicate())) {
            return null;
        }
        String w = c.subject().strip().toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(w) ? w + "|" + c.predicate() : null;
    }

    /**
     * "SUBJECT|PREDICATE": the entity the subject names (or the stem of its last word) and the lemma of the main
     * verb; for "I", the speaker the claim is attributed to ("I have decided …", Trump said = Trump decided); null
     * for other pronoun subjects and general verbs.
     */
    static String subjectPredicate(Claim c, Map<String, Entity> entities, Map<String, String> names,
                                   Analyzer analyzer) {
        if (c.subject() == null || c.predicate() == null || LIGHT.contains(c.predicate())) {
            return null;
        }
        String subject = c.subject();
        if (subject.strip().equalsIgnoreCase("i") && c.speaker() != null) {
            // "I" in what a speaker is quoted saying is the speaker ("I have decided …", Trump said)
            String id = names.get(String.join(" ", c.speaker().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip());
            if (id != null) {
                return "ent" + numericPart(id) + "|" + c.predicate();
            }
        }
        // the claim's own entities first; a subject shared with an earlier clause may name one outside its span
        for (String id : c.entities()) {
            Entity e = entities.get(id);
            if (e == null || e.type() == null || !NAMED_TYPES.contains(e.type())) {
                continue;
            }
            List<String> own = new ArrayList<>(e.aliases());
            own.add(e.name());
            for (String name : own) {
                if (name.length() >= 2 && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name)
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE).matcher(subject).find()) {
                    return "ent" + numericPart(id) + "|" + c.predicate();
                }
            }
        }
        String[] words = subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (int len = Math.min(6, words.length); len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                String id = names.get(String.join(" ", java.util.Arrays.copyOfRange(words, from, from + len)));
                if (id != null) {
                    return "ent" + numericPart(id) + "|" + c.predicate();
                }
            }
        }
        if (words.length == 0 || PRONOUNS.contains(words[words.length - 1])) {
            return null;
        }
        try {
            Map<String, Integer> t = terms(analyzer, words[words.length - 1]);
            return t.isEmpty() ? null : t.keySet().iterator().next() + "|" + c.predicate();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The surname of the person a claim quotes (the last word of the person entity's name, lower case, "Jr." and the
     * like passed over): when its span has a quotation mark and its speaker is the name of a person entity; else
     * null. A surname, not the entity: a corpus may hold "Barack Obama" and "Obama" as two entities.
     */
    static String personSpeaker(Claim c, Map<String, Entity> byId, Map<String, String> names) {
        if (c.speaker() == null || c.speaker().isBlank() || !c.text().matches("(?s).*[\"\u201c\u201d].*")) {
            return null;
        }
        return speakerSurname(c, byId, names);
    }

    /** 2 when a claim's text is one quotation (opens and closes with a quotation mark), 0 when it has none, else 1. */
    static int quoteKind(String text) {
        String t = text.strip().replaceAll("[.,;:!?]+$", "");
        if (t.matches("(?s)[\"\u201c].*[\"\u201d][.,;:!?]*")
                && t.substring(1, t.length() - 1).matches("(?s)[^\"\u201c\u201d]*")) {
            return 2;
        }
        return t.matches("(?s).*[\"\u201c\u201d].*") ? 1 : 0;
    }

    /** The surname of the person a claim is attributed to, quoted or not ({@link #personSpeaker}); else null. */
    static String speakerSurname(Claim c, Map<String, Entity> byId, Map<String, String> names) {
        if (c.speaker() == null || c.speaker().isBlank()) {
            return null;
        }
        String key = String.join(" ", c.speaker().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
        String id = names.get(key);
        Entity e = id == null ? null : byId.get(id);
        if (e == null || !"PERSON".equals(e.type())) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(e.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.removeIf(w -> w.isEmpty() || Set.of("jr", "sr", "ii", "iii", "iv").contains(w));
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    /** Every name of every named entity, lower-cased, words joined by one space: the entity's id. */
    static Map<String, String> nameIndex(Collection<Entity> entities) {
        Map<String, String> out = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == null || !NAMED_TYPES.contains(e.type())) {
                continue;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String name : names) {
                String key = String.join(" ", name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
                if (key.length() >= 2) {
                    out.putIfAbsent(key, e.id());
                }
            }
        }
        return out;
    }

    /** Entity types whose names are worth unifying (not numbers, dates or titles, which are words of the claim). */
    private static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
            "STATE_OR_PROVINCE", "NATIONALITY", "MISC", "RELIGION", "IDEOLOGY");

    private static String numericPart(String id) {
        return id.replaceAll("\\D", "");
    }

    static Map<String, Integer> terms(Analyzer analyzer, String text) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        }
        return counts;
    }

    static Map<String, Double> tfidf(Map<String, Integer> counts, Map<String, Integer> df, int n) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double idf = Math.log(1 + (n - df.get(e.getKey()) + 0.5) / (df.get(e.getKey()) + 0.5));
            double w = (1 + Math.log(e.getValue())) * idf;
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        if (len > 0) { // normalise
            v.replaceAll((k, w) -> w / len);
        }
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    /** Whether {@code text} holds {@code words} with no letter or digit right before or after them. */
    static boolean containsWord(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entities of {@code c} whose name (or an alias) its content writes out; the others it mentions only by a
     * pronoun, as the speaker of its "I", or outside its content.
     */
    static Set<String> namedIn(Claim c, Map<String, Entity> byId) {
        Set<String> out = new HashSet<>();
        String content = c.content().toLowerCase(Locale.ROOT);
        for (String id : c.entities()) {
            Entity e = byId.get(id);
            if (e == null) {
                continue;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String name : names) {
                if (name.length() >= 2 && containsWord(content, name.toLowerCase(Locale.ROOT))) {
                    out.add(id);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The entity overlap counts in full only when the lexical score is at least this, in proportion below it: two
     * claims that name the same states but say different things about them ("The lawsuit says the sales have
     * strained Nebraska and Oklahoma's finances" / "The states of Nebraska and Oklahoma filed a federal lawsuit")
     * are not linked by the names.
     */
    static final double ENTITY_EVIDENCE = 0.25;

    private static double blend(double cosine, double entities) {
        return entities < 0 ? cosine
                : (1 - ENTITY_WEIGHT) * cosine + ENTITY_WEIGHT * entities * Math.min(1, cosine / ENTITY_EVIDENCE);
    }

    /** Lucene retrieves each claim's nearest neighbours; each pair is then scored once. */
    private static List<Link> candidates(List<Claim> claims, Features f, List<String> comparable,
                                         Analyzer analyzer,
                                         List<Map<String, Double>> vectors, double link) throws IOException {
        List<Link> links = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < claims.size(); i++) {
                    Document d = new Document();
                    d.add(new StoredField("i", i));
                    d.add(new TextField("text", comparable.get(i), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int i = 0; i < claims.size(); i++) {
                    BooleanQuery.Builder q = new BooleanQuery.Builder();
                    vectors.get(i).entrySet().stream()
                            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                            .limit(QUERY_TERMS)
                            .forEach(e -> q.add(new TermQuery(new Term("text", e.getKey())), BooleanClause.Occur.SHOULD));
                    for (ScoreDoc sd : searcher.search(q.build(), CANDIDATES).scoreDocs) {
                        int j = reader.storedFields().document(sd.doc).getField("i").numericValue().intValue();
                        if (j == i) {
                            continue;
                        }
                        long key = (long) Math.min(i, j) << 32 | Math.max(i, j);
                        if (!seen.add(key)) {
                            continue;
                        }
                        double plain = cosine(vectors.get(i), vectors.get(j));
                        double cos = f.lexical(vectors.get(i), vectors.get(j), i, j);
                        double ent = f.entityOverlap(i, j);
                        double adjustment = f.adjustment(i, j);
                        double score = blend(cos, ent) + adjustment;
                        // a source repeating itself (a summary, then the quote) must be closer than two sources
                        boolean sameSource = claims.get(j).source().equals(claims.get(i).source());
                        if (sameSource && claims.get(j).sentence() == claims.get(i).sentence()) {
                            continue; // two clauses of one sentence assert two things
                        }
                        if (f.sharesOnlyNames(i, j, adjustment <= 0)
                                || f.sharesNothingButPronouns(i, j) && adjustment <= 0) {
                            continue;
                        }
                        if (score >= (sameSource ? Math.max(link, SAME_SOURCE_LINK) : link)) {
                            links.add(new Link(Math.min(i, j), Math.max(i, j), score, cos, ent, cos > plain));
                        }
                    }
                }
            }
        }
        links.sort(Comparator.comparingDouble(Link::score).reversed().thenComparingInt(Link::a).thenComparingInt(Link::b));
        return links;
    }

    private static Grouping cluster(List<Claim> claims, Features f, List<Map<String, Double>> vectors,
                                    List<Link> links,
                                    double join, double threshold) {
        int n = claims.size();
        int[] groupOf = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            groupOf[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        Map<Integer, List<Link>> evidence = new HashMap<>();
        for (Link link : links) {
            int ga = groupOf[link.a()];
            int gb = groupOf[link.b()];
            if (ga == gb) {
                evidence.computeIfAbsent(ga, k -> new ArrayList<>()).add(link);
                continue;
            }
            // a single claim wholly within a member says nothing that member does not: it joins that member's
            // group, unless it scores negatively with any other member (one negated, the other not)
            boolean within = members.get(ga).size() == 1 && f.contained(link.a(), link.b())
                    || members.get(gb).size() == 1 && f.contained(link.b(), link.a());
            if (opposed(f, members.get(ga), members.get(gb))) {
                continue; // a denial, said twice, and what it denies
            }
            java.util.DoubleSummaryStatistics cross = crossScores(f, vectors, members.get(ga), members.get(gb));
            if (cross.getAverage() < join) {
                if (!within || cross.getMin() < 0) {
                    continue;
                }
                link = new Link(link.a(), link.b(), link.score(), link.cosine(), link.entities(), link.contained(),
                        true);
            }
            int keep = Math.min(ga, gb);
            int drop = Math.max(ga, gb);
            for (int m : members.get(drop)) {
                groupOf[m] = keep;
            }
            members.get(keep).addAll(members.get(drop));
            members.get(drop).clear();
            List<Link> ev = evidence.computeIfAbsent(keep, k -> new ArrayList<>());
            ev.addAll(evidence.getOrDefault(drop, List.of()));
            evidence.remove(drop);
            ev.add(link);
        }
        List<ClaimGroup> groups = new ArrayList<>();
        Map<Integer, String> groupIds = new HashMap<>();
        List<Claim> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            String gid = groupIds.get(g);
            if (gid == null) {
                gid = "g" + (groupIds.size() + 1);
                groupIds.put(g, gid);
                List<Integer> ms = new ArrayList<>(members.get(g));
                ms.sort(Integer::compare);
                Set<String> sources = new LinkedHashSet<>();
                List<String> ids = new ArrayList<>();
                for (int m : ms) {
                    sources.add(claims.get(m).source());
                    ids.add(claims.get(m).id());
                }
                List<Integer> whole = ms.stream().filter(m -> standsAlone(claims.get(m).readable())).toList();
                String text = claims.get(medoid(whole.isEmpty() ? ms : whole, ms, vectors)).readable();
                groups.add(new ClaimGroup(gid, text, List.copyOf(sources), ids, why(claims, f, evidence.getOrDefault(g, List.of()), threshold)));
            }
            Claim c = claims.get(i);
            out.add(c.inGroup(gid));
        }
        return new Grouping(out, groups);
    }

    /**
     * Whether two groups are of opposite polarity: every claim of one is negated or a denial, no claim of the other
     * is, and the negated side has two claims or more, so it denies one thing in its own words, not once by chance
     * ("the war in Afghanistan was not 'a war of Obama's choosing'" twice and "It's not Obama's war" / "Afghanistan
     * is now Mr. Obama's war"). One negated claim against one that is not only costs {@link #NEGATION}: a "not"
     * anywhere in a claim is weak evidence alone.
     */
    private static boolean opposed(Features f, List<Integer> a, List<Integer> b) {
        return denies(f, a, b) || denies(f, b, a);
    }

    private static boolean denies(Features f, List<Integer> negatedSide, List<Integer> other) {
        return negatedSide.size() >= 2 && negatedSide.stream().allMatch(f.negated()::get)
                && other.stream().noneMatch(f.negated()::get);
    }

    /** The scores of every pair across two groups: their mean decides a join, their minimum a contained claim's. */
    private static java.util.DoubleSummaryStatistics crossScores(Features f, List<Map<String, Double>> vectors,
                                                                 List<Integer> a, List<Integer> b) {
        java.util.DoubleSummaryStatistics st = new java.util.DoubleSummaryStatistics();
        for (int i : a) {
            for (int j : b) {
                st.accept(f.score(vectors.get(i), vectors.get(j), i, j));
            }
        }
        return st;
    }

    private static final Set<String> LEADING_PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his",
            "its", "their", "this", "that", "these", "those");

    /**
     * Whether a claim's text reads on its own as a group's wording: it opens as a sentence does (a capital, or a
     * quotation mark and a capital), and, outside a quotation, not with a pronoun ("She followed him on Twitter." needs
     * the sentence before it; "Cordova is just one of 198 people that Weiner follows on Twitter" does not).
     */
    static boolean standsAlone(String text) {
        String t = text.strip();
        int k = 0;
        while (k < t.length() && "\"'\u201C\u2018".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        if (k >= t.length() || !Character.isUpperCase(t.charAt(k))) {
            return false;
        }
        int end = k;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        // a quotation may open with "This" or "It": the speaker's words, framed by who said them
        return k > 0 || !LEADING_PRONOUNS.contains(t.substring(k, end).toLowerCase(Locale.ROOT));
    }

    /** Of {@code candidates}, the one most like all of {@code ms} (the sum of its cosines to them). */
    private static int medoid(List<Integer> candidates, List<Integer> ms, List<Map<String, Double>> vectors) {
        int best = candidates.get(0);
        double bestSum = -1;
        for (int i : candidates) {
            double sum = 0;
            for (int j : ms) {
                sum += i == j ? 0 : cosine(vectors.get(i), vectors.get(j));
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = i;
            }
        }
        return best;
    }

    private static String why(List<Claim> claims, Features f, List<Link> links, double link) {
        if (links.isEmpty()) {
            return "reported by one source only: no claim elsewhere scored " + link + " or more";
        }
        StringBuilder b = new StringBuilder("linked by lexical (TF-IDF cosine, or containment of the shorter claim) and entity similarity, threshold ")
                .append(link).append(':');
        for (Link l : links) {
            String adjusted = "";
            for (Adjustment a : f.adjustments(l.a(), l.b())) {
                adjusted += String.format(Locale.ROOT, ", %s %+.2f", a.what(), a.value());
            }
            b.append(String.format(Locale.ROOT, " %s~%s score %.2f (%s %.2f, entities %s%s)%s;",
                    claims.get(l.a()).id(), claims.get(l.b()).id(), l.score(), l.contained() ? "containment" : "cosine",
                    l.cosine(),
                    l.entities() < 0 ? "none" : String.format(Locale.ROOT, "%.2f", l.entities()), adjusted,
                    l.within() ? ", one wholly within the other: joined although the mean over the group is lower" : ""));
        }
        return b.toString();
    }
}
