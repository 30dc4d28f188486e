package org.crosscheck.query.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimGroup;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.Column;
import org.crosscheck.query.Passage;
import org.crosscheck.query.Provenance;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;

/**
 * Where different sources give one thing different values: how many of a counted thing ("six Chinese soldiers"
 * against "two Chinese soldiers"), which title a person holds ("acting foreign minister" against "foreign
 * minister"), or on which day or date one reported event happened.
 *
 * <p>Counts: a number (digits or words, with a hedge such as "around" kept in the value) followed by at most two
 * modifiers and a plural noun; the topic is the noun with its capitalised modifiers ("Chinese soldiers"). A hedged or
 * vague number is a range ("around 3,000", "more than 20", "thousands"), and two counts disagree only when their
 * ranges do not meet; an upper bound that names its figure ("up to 1.6 million", "as many as 1.5 million") is compared
 * by that figure. Two numbers that bound one count ("from 500,000 to 1.6 million", "between five and 10 percentage
 * points") are one value, with the noun after them or, when none follows, the one the sentence names with "how many"
 * or "the number of". Counts of a bare noun ("two states", "23 states") are compared only when their sentences say the
 * same thing: the sentences are in one claim group, or share two content words besides the count, or the figures are
 * close (within a quarter) and the words next to them share one, the story's own words included.
 *
 * <p>Titles: the words before a person's name that end in a title noun ("Attorney General", "Gov."), or an
 * appositive after it ("Sybiha, the foreign minister"); nationality, place and organisation words are left out of the
 * value, so "Ukrainian President" and "President" agree, and so do "Weekly Standard editor" and "editor". Only
 * titles with the same noun are compared ("acting foreign minister" against "foreign minister"): "senator" and
 * "majority leader" are two roles one person may hold at once.
 *
 * <p>Dates: within one claim group reported by two or more sources, the day name, month, day or year each source
 * gives; relative dates ("today", "last week") are not compared. A claim naming two different dates is left out,
 * and two dates are compared only when the words around them meet ("resigned Monday" and "apologized on Friday"
 * tell of two events).
 *
 * <p>Sources whose publication dates (metadata "date") are more than ten days apart are not compared at all, nor
 * are sources in different folders of the corpus: a corpus of several stories keeps each in a folder of its own
 * (BASIL's events), and the files directly in the corpus folder are one story.
 *
 * <p>A topic is a conflict when two DIFFERENT sources give values that disagree; values a single source gives
 * alone are never a conflict. Every value of the topic is listed, agreeing ones too, so the reader sees who says
 * what: the values fewer sources give first, then in corpus order.
 */
public final class Conflicts {
    private static final Map<String, Long> NUMBER_WORDS = new HashMap<>();

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                "twenty"};
        for (int i = 0; i < units.length; i++) {
            NUMBER_WORDS.put(units[i], (long) i);
        }
        NUMBER_WORDS.put("thirty", 30L);
        NUMBER_WORDS.put("forty", 40L);
        NUMBER_WORDS.put("fifty", 50L);
        NUMBER_WORDS.put("hundred", 100L);
        NUMBER_WORDS.put("dozen", 12L);
    }

    /** Vague amounts as ranges: the least and the most they can mean. */
    private static final Map<String, double[]> VAGUE = Map.of(
            "dozens", new double[] {24, 99},
            "hundreds", new double[] {200, 999},
            "thousands", new double[] {2000, 999_999},
            "tens of thousands", new double[] {20_000, 99_999},
            "millions", new double[] {2_000_000, Double.MAX_VALUE});

    /** "two dozen", "two-dozen": a number of dozens. */
    private static final Pattern DOZENS = Pattern.compile("(?i)(two|three|four|five|six|seven|eight|nine|ten)[- ]dozen");
    private static final String NUMBER = "(?<num>(?i:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|"
            + "(?:two|three|four|five|six|seven|eight|nine|ten)[- ]dozen|"
            + String.join("|", NUMBER_WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList())
            + "|hundreds|thousands|tens of thousands|dozens|millions)(?:\\s+(?<scale>(?i:thousand|million|billion)))?)";
    private static final String HEDGE = "(?:(?<hedge>about|around|approximately|roughly|nearly|almost|some|at least|more than|over|up to|as many as|fewer than|less than)\\s+)?";
    /**
     * number (with a scale word: "1.5 million"), then up to two modifier words, then a plural noun: one ending in s
     * (not a verb-like "has/was"), or an irregular plural ("women", "businessmen", "people", "children").
     */
    private static final Pattern COUNT = Pattern.compile("\\b" + HEDGE + NUMBER
            + "(?:\\s+of)?\\s+(?<mods>(?:[\\p{L}-]+\\s+){0,2}?)(?<noun>\\p{Ll}[\\p{Ll}-]*[^s\\W]s"
            + "|(?:\\p{Ll}[\\p{Ll}-]*)?men|people|children)\\b");
    /** A plural noun as {@link #COUNT} reads it: ending in s, or an irregular plural. */
    private static final String PLURAL = "(?<noun>\\p{Ll}[\\p{Ll}-]*[^s\\W]s"
            + "|(?:\\p{Ll}[\\p{Ll}-]*)?men|people|children)\\b";
    /** Up to two modifier words before a counted noun. */
    private static final String MODS = "(?<mods>(?:[\\p{L}-]+\\s+){0,2}?)";
    /**
     * Two numbers that bound a count, "from 500,000 to 1.6 million", "between 1.5 and 2 million", with the counted
     * noun after them ("from 20 to 30 Chinese soldiers") or none (the sentence names it: {@link #HOW_MANY}).
     */
    private static final Pattern RANGE = Pattern.compile("\\b(?i:from|between)\\s+"
            + NUMBER.replace("<num>", "<num1>").replace("<scale>", "<scale1>") + "\\s+(?i:to|and)\\s+"
            + NUMBER.replace("<num>", "<num2>").replace("<scale>", "<scale2>")
            + "(?:(?:\\s+of)?\\s+" + MODS + PLURAL + "|(?=\\s*(?:[.,;:!?)]|$)))");
    /**
     * The counted thing named before a count without a noun: "Estimates of how many women could be included in the
     * lawsuit run from 500,000 to 1.6 million", "the number of Chinese soldiers … is six".
     */
    private static final Pattern HOW_MANY = Pattern.compile("\\b(?i:how many|the number of)\\s+" + MODS + PLURAL);
    /** Plural nouns of time and repetition: "three years", "two times" are not counted things. */
    private static final Set<String> NOT_COUNTED = Set.of("years", "days", "months", "weeks", "hours", "minutes",
            "seconds", "decades", "centuries", "times", "nights", "mornings", "evenings", "weekends",
            "dollars", "dlrs"); // "18 dlrs a barrel": a sum of money (see WIRE_AMOUNT), not a count

    private static final String TITLE_NOUNS = "president|minister|secretary|spokesman|spokeswoman|spokesperson|"
            + "chancellor|governor|senator|mayor|ambassador|commander|general|chief|director|chairman|chairwoman|"
            + "chair|leader|editor|official|adviser|advisor|judge|representative|congressman|"
            + "congresswoman|lawmaker|founder|head|envoy|prosecutor|sheriff|justice|premier|candidate|nominee|"
            + "ceo|executive|commissioner|attorney|speaker|lieutenant|colonel|major|captain|sergeant|admiral|"
            + "superintendent|treasurer|auditor|comptroller|councilman|councilwoman|assemblyman|assemblywoman|delegate";
    /** Abbreviated titles as newspapers write them before a name, and the words they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("gov", "governor"), Map.entry("sen", "senator"), Map.entry("rep", "representative"),
            Map.entry("gen", "general"), Map.entry("lt", "lieutenant"), Map.entry("col", "colonel"),
            Map.entry("maj", "major"), Map.entry("capt", "captain"), Map.entry("sgt", "sergeant"),
            Map.entry("adm", "admiral"), Map.entry("atty", "attorney"), Map.entry("sec", "secretary"),
            Map.entry("supt", "superintendent"), Map.entry("pres", "president"), Map.entry("cmdr", "commander"));
    private static final String TITLE_ABBREVIATION = "(?:" + String.join("|", ABBREVIATIONS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(a -> Character.toUpperCase(a.charAt(0)) + a.substring(1)).toList()) + ")\\.";
    /** Lower-case words that may stand in a title before its noun ("acting foreign minister"). */
    private static final String TITLE_MODIFIERS = "acting|foreign|prime|deputy|vice|former|interim|incoming|outgoing|"
            + "top|chief|senior|assistant|defence|defense|interior|finance|economy|justice|health|press|state|"
            + "army|military|security|intelligence|presidential|general|then|then-foreign|ex|co|"
            + "associate|managing|executive|majority|minority";
    /** A word that may stand before the title noun: capitalised, a possessive owner, a modifier or another title. */
    private static final String TITLE_WORD = "(?:\\p{Lu}[\\p{L}'’-]*\\.?|[\\p{L}-]+['’]s|(?i:" + TITLE_MODIFIERS + "|"
            + TITLE_NOUNS + "))";
    private static final String TITLE_NOUN = "(?:(?i:" + TITLE_NOUNS + ")|" + TITLE_ABBREVIATION + ")";
    /**
     * Up to four words that end in a title noun, just before a name (", " allowed between): each word before the
     * noun is capitalised ("Foreign", "Ukrainian"), a possessive owner ("Kyiv's"), a title modifier ("acting") or
     * a title noun itself ("attorney general").
     */
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?<title>(?:" + TITLE_WORD + "\\s+){0,3}" + TITLE_NOUN + ")\\s*,?\\s*$");
    /** ", the acting foreign minister" right after a name; the words before the noun as in {@link #TITLE_BEFORE}. */
    private static final Pattern TITLE_AFTER = Pattern.compile(
            "^\\s*,\\s*(?:(?i:the|a|an)\\s+)?(?<title>(?:" + TITLE_WORD + "\\s+){0,3}(?i:" + TITLE_NOUNS + "))\\b");

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\\.?(?:\\s+(\\d{1,2})\\b)?");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** Function words and reporting words: not content shared by two sentences. */
    private static final Set<String> STOP = Set.of("about", "after", "again", "against", "also", "among", "been",
            "before", "being", "between", "both", "but", "could", "does", "during", "each", "from", "have", "having",
            "here", "into", "just", "more", "most", "much", "must", "only", "other", "over", "said", "says", "same",
            "should", "since", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they",
            "this", "those", "through", "under", "until", "very", "were", "what", "when", "where", "which", "while",
            "will", "with", "would", "your", "told", "according", "including", "least", "many", "well");

    private Conflicts() {
    }

    enum Kind { COUNT, TITLE, DATE, AMOUNT, AUDIENCE }

    /**
     * One value a source gives for a topic.
     *
     * @param low      for counts: the least the value can mean
     * @param high     for counts: the most
     * @param specific for counts: the topic has a capitalised modifier ("Chinese soldiers"); for sums of money: the
     *                 only sum in its sentence
     * @param context  for counts: the content words of the sentence besides the count (for bare nouns)
     * @param sentence the sentence's index in its source
     * @param verbs    for dates: the lemmas of the claim's verbs from its roles, "be", "say" … aside (empty when none
     *                 is recorded, and for other kinds)
     * @param near     for counts: the content words next to the count, the story's own words included (empty for
     *                 other kinds)
     * @param otherTimes for counts: the least and most of each figure the sentence gives right after the count for
     *                 the same counted thing at another time ("six arrests Wednesday, compared to 47 the previous
     *                 night": 47 to 47); empty for other kinds
     */
    record Claimed(Kind kind, String topic, String source, String value, double low, double high, int start, int end,
                   String rule, String noun, boolean specific, Set<String> context, int sentence, Set<String> verbs,
                   Set<String> near, List<double[]> otherTimes) {
        Claimed(Kind kind, String topic, String source, String value, double low, double high, int start, int end,
                String rule, String noun, boolean specific, Set<String> context, int sentence, Set<String> verbs,
                Set<String> near) {
            this(kind, topic, source, value, low, high, start, end, rule, noun, specific, context, sentence, verbs,
                    near, List.of());
        }

        Claimed(Kind kind, String topic, String source, String value, double low, double high, int start, int end,
                String rule, String noun, boolean specific, Set<String> context, int sentence) {
            this(kind, topic, source, value, low, high, start, end, rule, noun, specific, context, sentence, Set.of());
        }

        Claimed(Kind kind, String topic, String source, String value, double low, double high, int start, int end,
                String rule, String noun, boolean specific, Set<String> context, int sentence, Set<String> verbs) {
            this(kind, topic, source, value, low, high, start, end, rule, noun, specific, context, sentence, verbs,
                    Set.of());
        }

        /**
         * Whether this count's sentence gives {@code o}'s figure as the same thing's figure at another time: "six
         * arrests Wednesday, compared to 47 the previous night" does not disagree with "47 arrests overnight", it
         * gives both nights.
         */
        boolean givesAtAnotherTime(Claimed o) {
            for (double[] r : otherTimes) {
                if (r[0] <= o.high && o.low <= r[1]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether two values of one topic say the same (counts: their ranges meet). */
        boolean agrees(Claimed o) {
            return switch (kind) {
                case COUNT, AMOUNT -> low <= o.high && o.low <= high;
                case TITLE -> titlesAgree(value, o.value);
                case DATE -> datesAgree(value, o.value);
                case AUDIENCE -> context.stream().anyMatch(o.context::contains);
            };
        }
    }

    public static Table conflicts(CorpusModel model, Cancel cancel) {
        return conflicts(new Prepared(model), cancel);
    }

    /** As {@link #conflicts(CorpusModel, Cancel)}, with the quotes {@code prepared} keeps. */
    public static Table conflicts(Prepared prepared, Cancel cancel) {
        CorpusModel model = prepared.model();
        Map<String, Source> sources = new HashMap<>();
        model.sources().forEach(s -> sources.put(s.id(), s));
        FolderWords words = folderWords(model, cancel);
        Map<String, Set<String>> groupsOfSentence = new HashMap<>();
        for (Claim c : model.claims()) {
            if (c.group() != null) {
                groupsOfSentence.computeIfAbsent(c.source() + "#" + c.sentence(), k -> new HashSet<>()).add(c.group());
            }
        }
        List<Claimed> found = new ArrayList<>();
        found.addAll(counts(model, sources, words.story(), cancel));
        found.addAll(titles(model, sources, cancel));
        found.addAll(dates(model, sources, cancel));
        found.addAll(audiences(prepared, sources, cancel));
        Map<String, String> spelled = new HashMap<>();
        found.addAll(amountTopics(amounts(model, sources, spelled, words.everywhere(), cancel), groupsOfSentence,
                published(model), spelled, cancel));
        Map<String, List<Claimed>> byTopic = new LinkedHashMap<>();
        for (Claimed c : found) {
            byTopic.computeIfAbsent(c.topic(), k -> new ArrayList<>()).add(c);
        }
        Map<String, java.time.LocalDate> published = published(model);
        Map<String, String> sentenceText = new HashMap<>();
        for (Sentence s : model.sentences()) {
            sentenceText.put(s.source() + "#" + s.index(), s.text());
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Claimed>> e : byTopic.entrySet()) {
            cancel.check();
            List<Claimed> part = new ArrayList<>(involved(e.getValue(), groupsOfSentence, published, cancel));
            if (!part.isEmpty()) {
                String topic = e.getKey();
                if (part.get(0).kind() == Kind.DATE) {
                    // named by a sentence whose date is shown, not by the group's text, which may be a member whose
                    // date is of another event ("… aide resigned Monday after …" for the day of the apology)
                    topic = "date of: " + shortText(sentenceText.getOrDefault(
                            part.get(0).source() + "#" + part.get(0).sentence(), e.getKey()));
                }
                // the odd one out first: values fewer sources give (or agree with: "1.5 million" and "as many as 1.5
                // million") come before those most give
                Map<Claimed, Set<String>> givenBy = givenBy(part, cancel);
                part.sort(Comparator.comparingInt(c -> givenBy.get(c).size()));
                String values = valuesBySource(part);
                for (Claimed c : part) {
                    String text = sources.get(c.source()).text().substring(c.start(), c.end());
                    Provenance why = new Provenance(c.rule() + "; values for \"" + topic + "\" by source: " + values,
                            List.of(new Passage(c.source(), c.start(), c.end(), text)));
                    List<Object> v = new ArrayList<>();
                    v.add(topic);
                    v.add(c.source());
                    v.add(c.value());
                    v.add(sentenceText.getOrDefault(c.source() + "#" + c.sentence(), text));
                    v.add(c.start());
                    v.add(c.end());
                    rows.add(new Row(v, why));
                }
            }
        }
        Table table = new Table(List.of(
                new Column("topic", Column.Type.TEXT),
                new Column("source", Column.Type.TEXT),
                new Column("value", Column.Type.TEXT),
                new Column("text", Column.Type.TEXT),
                new Column("start", Column.Type.NUMBER),
                new Column("end", Column.Type.NUMBER)), rows);
        return rows.isEmpty() ? table.withNote(noConflict(model.sources().size(), byTopic)) : table;
    }

    /**
     * For each value of a topic, the sources that give it or a value that agrees with it. Values that say the same
     * (one value and, for counts and sums, one range; for audiences, one set of organisations) are compared once.
     */
    static Map<Claimed, Set<String>> givenBy(List<Claimed> part, Cancel cancel) {
        Map<List<Object>, List<Claimed>> alike = new LinkedHashMap<>();
        for (Claimed c : part) {
            alike.computeIfAbsent(List.of(c.kind(), c.value(), c.low(), c.high(),
                    c.kind() == Kind.AUDIENCE ? c.context() : Set.of()), k -> new ArrayList<>()).add(c);
        }
        List<List<Claimed>> kinds = new ArrayList<>(alike.values());
        Map<Claimed, Set<String>> out = new HashMap<>();
        for (List<Claimed> one : kinds) {
            cancel.check();
            Claimed c = one.get(0);
            Set<String> agreeing = new HashSet<>();
            for (List<Claimed> other : kinds) {
                Claimed o = other.get(0);
                if (o.value().equals(c.value()) || o.agrees(c)) {
                    other.forEach(x -> agreeing.add(x.source()));
                }
            }
            one.forEach(x -> out.put(x, agreeing));
        }
        return out;
    }

    /** Verbs of telling, whose object is who heard the words: "Romney told Denver Fox affiliate KDVR-TV". */
    private static final Set<String> TELLING = Set.of("told", "tell", "tells", "telling");
    /** How far after the verb of telling its audience is looked for, in characters. */
    private static final int AUDIENCE_WINDOW = 60;
    private static final String AUDIENCE_END = ".,;:!?\n\"\u201C\u201D";

    /**
     * Whom a quotation was told, where sources name an organisation for it: the organisations named between a verb
     * of telling after the quotation and the end of that phrase. The renderings of one quotation (one speaker, one
     * quote group of {@code variants}) make one topic; two sources disagree when the organisations they name have
     * none in common ("told Denver Fox affiliate KDVR-TV" against "told a CBS affiliate in Denver"). An audience of
     * people ("told reporters") names no organisation and is not compared.
     */
    static List<Claimed> audiences(Prepared prepared, Map<String, Source> sources, Cancel cancel) {
        CorpusModel model = prepared.model();
        Map<String, List<Mention>> orgs = new HashMap<>();
        for (Mention m : model.mentions()) {
            if (!m.pronoun() && m.entity() != null && "ORGANIZATION".equals(m.type())) {
                orgs.computeIfAbsent(m.source(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Quote> told = new ArrayList<>();
        Map<String, int[]> span = new HashMap<>();
        Map<String, Set<String>> heard = new HashMap<>();
        for (Quote q : model.quotes()) {
            cancel.check();
            if ("indirect".equals(q.kind()) || q.speakerEntity() == null || q.cue() == null || q.cueEnd() <= 0
                    || !TELLING.contains(q.cue().toLowerCase(Locale.ROOT)) || !sources.containsKey(q.source())) {
                continue;
            }
            String text = sources.get(q.source()).text();
            int from = q.cueEnd();
            int to = from;
            while (to < text.length() && to - from < AUDIENCE_WINDOW && AUDIENCE_END.indexOf(text.charAt(to)) < 0) {
                to++;
            }
            Set<String> named = new LinkedHashSet<>();
            for (Mention m : orgs.getOrDefault(q.source(), List.of())) {
                if (m.start() >= from && m.end() <= to) {
                    named.add(m.entity());
                }
            }
            if (named.isEmpty()) {
                continue;
            }
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            told.add(q);
            span.put(q.id(), new int[] {from, to});
            heard.put(q.id(), named);
        }
        if (told.size() < 2) {
            return List.of();
        }
        // renderings of one quotation: one speaker, and one in the other's quote group; a quotation whose speaker
        // tells no other is one of its own, so its group is not looked up (nor are the corpus's quotes prepared for
        // it), and one quote group is looked up once for every quotation of the same words
        Map<String, Integer> toldBy = new HashMap<>();
        told.forEach(q -> toldBy.merge(q.speakerEntity(), 1, Integer::sum));
        Map<String, Set<String>> groups = new HashMap<>();
        int[] parent = new int[told.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < told.size(); i++) {
            cancel.check();
            if (toldBy.get(told.get(i).speakerEntity()) < 2) {
                continue;
            }
            QuoteVariants.Quotes index = prepared.quotes(cancel);
            Set<String> group = groups.computeIfAbsent(told.get(i).text(), t -> {
                Set<String> ids = new HashSet<>();
                QuoteVariants.group(index, t, cancel).forEach(g -> ids.add(g.id()));
                return ids;
            });
            for (int j = 0; j < told.size(); j++) {
                if (j != i && told.get(j).speakerEntity().equals(told.get(i).speakerEntity())
                        && group.contains(told.get(j).id())) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<String, List<Sentence>> sentencesOf = new HashMap<>();
        for (Sentence x : model.sentences()) {
            sentencesOf.computeIfAbsent(x.source(), k -> new ArrayList<>()).add(x);
        }
        // each quotation is named by its first rendering (by source, then place)
        Map<Integer, Quote> firstOf = new HashMap<>();
        Comparator<Quote> order = Comparator.comparing(Quote::source).thenComparingInt(Quote::start);
        for (int i = 0; i < told.size(); i++) {
            firstOf.merge(root(parent, i), told.get(i), (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        List<Claimed> out = new ArrayList<>();
        for (int i = 0; i < told.size(); i++) {
            Quote q = told.get(i);
            Quote first = firstOf.get(root(parent, i));
            List<String> w = QuoteVariants.words(first.text());
            String topic = "whom " + (first.speaker() == null ? first.speakerEntity() : first.speaker()) + " told \""
                    + String.join(" ", w.subList(0, Math.min(6, w.size()))) + (w.size() > 6 ? " …" : "") + "\"";
            int[] at = span.get(q.id());
            String value = sources.get(q.source()).text().substring(at[0], at[1]).strip();
            int sentence = q.sentence();
            for (Sentence x : sentencesOf.getOrDefault(q.source(), List.of())) {
                if (x.start() <= at[0] && at[0] < x.end()) {
                    sentence = x.index(); // the quotation may run on into a sentence after its frame
                }
            }
            out.add(new Claimed(Kind.AUDIENCE, topic, q.source(), value, 0, 0, at[0], at[1],
                    "whom the quotation was told, by the organisations named after '" + q.cue() + "'", null, true,
                    heard.get(q.id()), sentence));
        }
        return out;
    }

    /** Why no topic is a conflict: how many were found, and how many of them two sources or more speak of. */
    static String noConflict(int sourceCount, Map<String, List<Claimed>> byTopic) {
        if (sourceCount < 2) {
            return "a conflict is two sources giving one thing different values; the corpus has "
                    + (sourceCount == 0 ? "no source" : "one source");
        }
        long shared = byTopic.values().stream()
                .filter(list -> list.stream().map(Claimed::source).distinct().count() > 1).count();
        return "no two sources give one thing different values: of " + byTopic.size() + " topic"
                + (byTopic.size() == 1 ? "" : "s") + " with a count, a sum of money, a title, a date or an audience, "
                + shared
                + (shared == 1 ? " is" : " are") + " given by two sources or more, and their values agree"
                + " (or are told of different things)";
    }

    /**
     * The values of one topic in a conflict: two values from different sources that speak of the same thing and
     * disagree, and every value that speaks of the same thing as one of those (agreeing ones too). Every title of
     * one person speaks of the same thing, so does every date of one claim group and every count of a specific
     * topic ("Chinese soldiers"); counts of a bare noun only when their sentences are in one claim group or share
     * two content words near the count that are not the story's own. Empty when there is no conflict.
     */
    static List<Claimed> involved(List<Claimed> values, Map<String, Set<String>> groupsOfSentence) {
        return involved(values, groupsOfSentence, Map.of());
    }

    /**
     * As {@link #involved(List, Map)}, where {@code published} gives sources' publication dates: values of sources
     * published more than {@link #MAX_DAYS_APART} days apart are not compared (titles change, counts grow, and
     * "Friday" is another day a month later).
     */
    static List<Claimed> involved(List<Claimed> values, Map<String, Set<String>> groupsOfSentence,
                                  Map<String, java.time.LocalDate> published) {
        return involved(values, groupsOfSentence, published, new Cancel());
    }

    /** As {@link #involved(List, Map, Map)}, stopping when the query is cancelled. */
    static List<Claimed> involved(List<Claimed> values, Map<String, Set<String>> groupsOfSentence,
                                  Map<String, java.time.LocalDate> published, Cancel cancel) {
        int n = values.size();
        boolean[] in = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            cancel.check();
            for (int j = i + 1; j < n; j++) {
                Claimed a = values.get(i);
                Claimed b = values.get(j);
                if (!a.source().equals(b.source()) && !a.agrees(b) && !a.givesAtAnotherTime(b)
                        && !b.givesAtAnotherTime(a) && comparable(a, b, groupsOfSentence, published)) {
                    in[i] = true;
                    in[j] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return List.of();
        }
        boolean[] shown = in.clone();
        for (int i = 0; i < n; i++) {
            cancel.check();
            for (int j = 0; j < n && !shown[i]; j++) {
                if (in[j] && comparable(values.get(i), values.get(j), groupsOfSentence, published)) {
                    shown[i] = true;
                }
            }
        }
        List<Claimed> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (shown[i]) {
                out.add(values.get(i));
            }
        }
        return out;
    }

    /** Sources published further apart than this are not compared. */
    static final int MAX_DAYS_APART = 10;

    static boolean comparable(Claimed a, Claimed b, Map<String, Set<String>> groupsOfSentence,
                              Map<String, java.time.LocalDate> published) {
        if (!folder(a.source()).equals(folder(b.source()))) {
            return false; // two stories of one corpus, each in its folder
        }
        java.time.LocalDate da = published.get(a.source());
        java.time.LocalDate db = published.get(b.source());
        if (da != null && db != null && Math.abs(da.toEpochDay() - db.toEpochDay()) > MAX_DAYS_APART) {
            return false;
        }
        Set<String> ga = groupsOfSentence.getOrDefault(a.source() + "#" + a.sentence(), Set.of());
        Set<String> gb = groupsOfSentence.getOrDefault(b.source() + "#" + b.sentence(), Set.of());
        boolean sameGroup = !a.source().equals(b.source()) && ga.stream().anyMatch(gb::contains);
        if (a.kind() == Kind.COUNT && a.topic().startsWith(PART)) {
            // "represents eight of the detainees" and "representing seven of the detainees": a part of a set is
            // chosen by the rest of its clause (whose clients, who was driven to what), which close figures or a
            // shared word do not show to be the same; only two tellings of one claim do
            return sameGroup;
        }
        switch (a.kind()) {
            case TITLE -> {
                // "acting foreign minister" and "foreign minister" are one title; "senator" and "majority leader"
                // are two roles one person may hold at once
                return head(a.value()).equals(head(b.value()));
            }
            case DATE -> {
                // the same event: the words around the two dates meet ("resigned Monday", "apologized Friday" do not),
                // and the two claims have a verb in common when both have verbs recorded: "had to apologize Saturday
                // for a Facebook post" and "resigned Monday after her Facebook post" meet only on the story's post
                // a figure both give next to their dates ("396-9") names one act in other verbs ("passed in a 396-9
                // vote" / "voted 396-9")
                boolean figure = a.context().stream().anyMatch(w -> w.startsWith("#") && b.context().contains(w));
                return a.context().stream().anyMatch(b.context()::contains) && (figure || a.verbs().isEmpty()
                        || b.verbs().isEmpty() || a.verbs().stream().anyMatch(b.verbs()::contains));
            }
            case AMOUNT -> {
                if (!a.noun().equals(b.noun())) {
                    return false; // dollars and pounds
                }
                if (!a.specific() || !b.specific() || !sharedAtLeast(a.context(), b.context(), 1)) {
                    // a sentence with several sums: its claim group does not say which sum is which; nor does it
                    // when the words next to the sums have nothing in common ("$750,000 in campaign money" and
                    // "a $43,000 Rolex watch" in two tellings of one guilty plea)
                    return sharedAtLeast(a.context(), b.context(), 2);
                }
            }
            default -> {
                if (a.specific()) {
                    return true;
                }
            }
        }
        if (sameGroup) {
            return true;
        }
        return sharedAtLeast(a.context(), b.context(), 2) || (a.kind() == Kind.COUNT && closeFigures(a, b)
                && sharedAtLeast(a.near(), b.near(), 1));
    }

    /** How far apart two figures of one count may be and still be two renderings of it: the larger at most this times the smaller. */
    static final double CLOSE = 1.25;

    /**
     * Two figures near each other ("up to 1.6 million" and "1.5 million"): the larger at most {@link #CLOSE} times
     * the smaller, both of them figures (exact, hedged by "about" or an upper bound that names its figure), not vague
     * words or open bounds. In one story, a bare noun counted at nearly the same figure by two sources next to a
     * shared word ("lawsuit … 1.6 million women", "lawsuit … 1.5 million women") is most likely one count rounded or
     * estimated differently; figures far apart ("two states" that sued, "23 states" with a law) are more likely
     * counts of two things.
     */
    static boolean closeFigures(Claimed a, Claimed b) {
        double x = figure(a);
        double y = figure(b);
        if (Double.isNaN(x) || Double.isNaN(y) || x <= 0 || y <= 0) {
            return false;
        }
        return Math.max(x, y) <= CLOSE * Math.min(x, y);
    }

    /** The figure a count gives: the middle of a closed range, NaN for an open or vague one. */
    private static double figure(Claimed c) {
        if (c.high() == Double.MAX_VALUE || c.low() == 0 || VAGUE_VALUE.matcher(c.value()).find()) {
            return Double.NaN;
        }
        return (c.low() + c.high()) / 2;
    }

    private static final Pattern VAGUE_VALUE = Pattern.compile(
            "(?i)\\b(dozens|hundreds|thousands|millions)\\b|\\d(?: thousand| million| billion)? to \\d");

    private static boolean sharedAtLeast(Set<String> a, Set<String> b, int n) {
        int shared = 0;
        for (String w : a) {
            if (b.contains(w) && ++shared >= n) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title without "former", "ex-" or "then-": newspapers keep a title for a former holder ("President Clinton"),
     * so "former president" and "president" do not contradict each other.
     */
    static String current(String title) {
        return title.replaceAll("\\b(former|ex|then)\\b[- ]?", "").strip();
    }

    /**
     * Two titles agree when they are the same, apart from "former", or when one only leaves out words of the other
     * that say which office it is ("leader" for "majority leader", "minister" for "foreign minister"). Words that
     * change the rank or standing of the office are never left out: "acting foreign minister" and "foreign minister"
     * disagree, and so do "deputy director" and "director".
     */
    static boolean titlesAgree(String a, String b) {
        List<String> x = List.of(current(a).split(" "));
        List<String> y = List.of(current(b).split(" "));
        if (x.equals(y)) {
            return true;
        }
        List<String> shorter = x.size() < y.size() ? x : y;
        List<String> longer = x.size() < y.size() ? y : x;
        if (shorter.size() == longer.size() || !longer.containsAll(shorter)) {
            return false;
        }
        for (String w : longer) {
            if (!shorter.contains(w) && RANK_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Words before a title noun that change the office's rank or standing, not which office it is. */
    static final Set<String> RANK_WORDS = Set.of("acting", "interim", "deputy", "vice", "assistant", "associate",
            "incoming", "outgoing", "co", "lieutenant", "chief", "senior", "top", "managing", "executive");

    /** The last word of a title: its noun ("minister" of "acting foreign minister"). */
    static String head(String title) {
        int sp = title.lastIndexOf(' ');
        return sp < 0 ? title : title.substring(sp + 1);
    }

    /** Publication dates from the sources' metadata ("date": 2014-12-18 or a timestamp starting so). */
    static Map<String, java.time.LocalDate> published(CorpusModel model) {
        Map<String, java.time.LocalDate> out = new HashMap<>();
        for (Source s : model.sources()) {
            String d = s.meta().get("date");
            if (d != null && d.strip().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                try {
                    out.put(s.id(), java.time.LocalDate.parse(d.strip().substring(0, 10)));
                } catch (java.time.format.DateTimeParseException e) {
                    // not a date: the source is compared with every other
                }
            }
        }
        return out;
    }

    private static String valuesBySource(List<Claimed> part) {
        Map<String, Set<String>> by = new LinkedHashMap<>();
        for (Claimed c : part) {
            by.computeIfAbsent(c.source(), k -> new LinkedHashSet<>()).add(c.value());
        }
        List<String> out = new ArrayList<>();
        by.forEach((s, v) -> out.add(s + ": " + String.join(", ", v)));
        return String.join("; ", out);
    }

    // ------------------------------------------------------------------------------------------------ counts

    static List<Claimed> counts(CorpusModel model, Map<String, Source> sources, Cancel cancel) {
        return counts(model, sources, storyWords(model), cancel);
    }

    /** As {@link #counts(CorpusModel, Map, Cancel)}, with the story's own words by folder ({@link #storyWords}). */
    static List<Claimed> counts(CorpusModel model, Map<String, Source> sources, Map<String, Set<String>> story,
                                Cancel cancel) {
        List<Claimed> out = new ArrayList<>();
        for (Sentence s : model.sentences()) {
            cancel.check();
            if (s.isBoilerplate()) {
                continue;
            }
            String original = sources.get(s.source()).text().substring(s.start(), s.end());
            Set<String> storyOwn = story.getOrDefault(folder(s.source()), Set.of());
            List<Claimed> inSentence = new ArrayList<>();
            // ranges first ("from 500,000 to 1.6 million"): the numbers inside one are not counts of their own
            List<int[]> taken = new ArrayList<>();
            Matcher r = RANGE.matcher(original);
            Scan rs = new Scan(r, original, RANGE_FIRST);
            while (rs.find()) {
                String mods;
                String noun;
                boolean named = r.group("noun") != null;
                if (named) {
                    mods = r.group("mods");
                    noun = r.group("noun");
                } else {
                    Matcher h = HOW_MANY.matcher(original.substring(0, r.start()));
                    if (!h.find()) {
                        continue;
                    }
                    mods = h.group("mods");
                    noun = h.group("noun");
                }
                Claimed c = rangeCount(s, original, r, mods, noun.toLowerCase(Locale.ROOT), named, storyOwn);
                if (c != null) {
                    inSentence.add(c);
                    taken.add(new int[] {r.start(), r.end()});
                }
            }
            Matcher m = COUNT.matcher(original);
            Scan ms = new Scan(m, original, COUNT_FIRST);
            while (ms.find()) {
                if (inside(taken, m.start())) {
                    continue;
                }
                String noun = m.group("noun").toLowerCase(Locale.ROOT);
                String num = m.group("num").toLowerCase(Locale.ROOT);
                if (noun.endsWith("ss") || NOT_COUNTED.contains(noun) || num.matches("(1[89]|20)\\d\\d")) {
                    continue; // durations, repetitions and years ("the 2012 elections") are not counts
                }
                String[] topic = topicOf(m.group("mods"), noun);
                if (partOfASet(original, m)) {
                    topic[0] = PART + topic[0];
                }
                boolean specific = topic[1] != null;
                String scale = m.group("scale") == null ? null : m.group("scale").toLowerCase(Locale.ROOT);
                String normal = normalNumber(scale == null ? num : num.substring(0, num.length() - scale.length()).strip());
                String hedge = m.group("hedge") == null ? null : m.group("hedge").toLowerCase(Locale.ROOT);
                String value = (hedge != null ? hedge + " " : "") + normal + (scale == null ? "" : " " + scale);
                double[] range = range(scale == null ? normal : scaled(normal, scale), hedge);
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                Set<String> context = wordsAround(original, m.start(), m.end());
                Set<String> near = Set.copyOf(context);
                context.removeAll(storyOwn);
                boolean figure = "up to".equals(hedge) || "as many as".equals(hedge);
                inSentence.add(new Claimed(Kind.COUNT, topic[0], s.source(), value, range[0], range[1], start, end,
                        "count: a number before \"" + topic[0] + "\""
                                + (figure ? " (an upper bound, compared by its figure)"
                                : range[0] == range[1] ? "" : " (read as " + rangeText(range) + ")"), noun, specific,
                        context, s.index(), Set.of(), near,
                        otherTimes(original.substring(0, m.start()), original.substring(m.end()), noun)));
            }
            if (!taken.isEmpty()) {
                inSentence.sort(Comparator.comparingInt(Claimed::start));
            }
            out.addAll(inSentence);
        }
        return labelPeople(out);
    }

    /** A time other than the count's, said right after a figure: "the previous night", "a year earlier", "in 2013". */
    private static final String OTHER_TIME = "(?i:(?:the|a|one)\\s+(?:previous|prior|preceding)\\s+"
            + "(?:night|day|evening|week|weekend|month|year|quarter|season)"
            + "|(?:the\\s+)?(?:night|day|evening|week|weekend|month|year|quarter|season)\\s+before"
            + "|(?:a|one|the|\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+"
            + "(?:days?|weeks?|months?|years?|quarters?|decades?)\\s+(?:earlier|before|ago)"
            + "|last\\s+(?:night|week|weekend|month|year|quarter|season|time)"
            + "|(?:in|during)\\s+(?:the\\s+)?(?:previous|prior|preceding|same)\\s+(?:\\p{L}+\\s+)?"
            + "(?:night|day|week|month|year|quarter|period|season)s?"
            + "|(?:in|by)\\s+(?:1[89]|20)\\d\\d"
            + "|(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:night|morning|evening))?"
            + "|(?:earlier|previously|before)"
            + ")\\b";
    /** Words that set another time's figure against a count: "compared to 47", "up from 40", "down from 300". */
    private static final String SET_AGAINST = "(?i:compared\\s+(?:to|with)|up\\s+from|down\\s+from|versus|vs\\.?)";
    /**
     * What follows a count when its sentence gives the same thing's figure at another time: a few words (the count's
     * own time: "Wednesday"), then the figure after {@link #SET_AGAINST} ("six arrests Wednesday, compared to 47 the
     * previous night"; "up from 40 arrests") or, after a comma, "and" or "but", a figure followed by
     * {@link #OTHER_TIME} ("six arrests Wednesday and 47 the previous night"). The figure may name the count's noun
     * again; {@code noun2} is that noun when it does.
     */
    private static final Pattern AT_ANOTHER_TIME = Pattern.compile("^(?<gap>(?:\\s+[\\p{L}'’.-]+){0,3}?)"
            + "(?:\\s*,?\\s+" + SET_AGAINST + "\\s+(?<fig>" + HEDGE + NUMBER + ")"
            + "(?:\\s+(?<time1>" + OTHER_TIME + ")|(?:\\s+of)?\\s+" + MODS.replace("<mods>", "<mods2>")
            + PLURAL.replace("<noun>", "<noun2>")
            + "|(?=\\s*(?:[.,;:!?)\\u2014\\u2013]|$)|\\s+(?i:at|in|on|during|for|over|a|the|last|this)\\b))"
            + "|\\s*(?:,|;|,?\\s+(?:and|but|while))\\s+(?<fig2>" + HEDGE.replace("<hedge>", "<hedge2>")
            + NUMBER.replace("<num>", "<num2>").replace("<scale>", "<scale2>") + ")(?:\\s+(?:of\\s+)?(?:the\\s+)?"
            + "(?<noun3>\\p{Ll}[\\p{Ll}-]*s))?\\s+(?<time2>" + OTHER_TIME + "))");
    /** Words that make the figure after a count a part of it ("six arrests, including two last night"), not another time's. */
    private static final Set<String> PART_WORDS = Set.of("including", "of", "among", "with", "from", "and", "but",
            "or", "while", "which", "who", "that");

    /** Whether the words between a figure and the next hold one of {@link #PART_WORDS}. */
    private static boolean partWordIn(String gap) {
        for (String w : gap.strip().split("\\s+")) {
            if (PART_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure of another time set against the count that follows it, at the sentence's start: "Compared to 47 the
     * previous night, there were six arrests" (the figure, its noun when it names one, another time, a comma, then at
     * most six words and the count).
     */
    private static final Pattern BEFORE_ANOTHER_TIME = Pattern.compile("^[\\s\"“‘'(]*" + SET_AGAINST + "\\s+(?<fig>"
            + HEDGE + NUMBER + ")(?:(?:\\s+of)?\\s+" + MODS.replace("<mods>", "<mods2>")
            + PLURAL.replace("<noun>", "<noun2>") + ")?(?:\\s+(?<time>" + OTHER_TIME + "))?\\s*,"
            + "(?<gap>(?:\\s+[\\p{L}'’-]+){0,6})\\s*$");

    /**
     * The figures of the count's noun at another time its sentence gives before the count ({@link
     * #BEFORE_ANOTHER_TIME}) and after it ({@link #otherTimes(String, String)}).
     */
    static List<double[]> otherTimes(String before, String after, String noun) {
        List<double[]> out = new ArrayList<>(otherTimes(after, noun));
        Matcher b = BEFORE_ANOTHER_TIME.matcher(before);
        if (!b.matches() || partWordIn(b.group("gap"))) {
            return out.isEmpty() ? List.of() : List.copyOf(out);
        }
        String other = b.group("noun2");
        double[] r = other != null && !other.equalsIgnoreCase(noun) ? null
                : otherTimeRange(b.group("num"), b.group("scale"), b.group("hedge"));
        if (r != null) {
            out.add(r);
        }
        return List.copyOf(out);
    }

    /**
     * The least and most of each figure {@code after} (the rest of the count's sentence) gives for the count's
     * {@code noun} at another time ({@link #AT_ANOTHER_TIME}): "six arrests| Wednesday, compared to 47 the previous
     * night" gives 47. The figure of another place or group set against the count ("compared to 47 in Ferguson")
     * is another value of it too. A figure that names another noun ("compared to 47 injuries") or is a part of the
     * count ("six Chinese soldiers and two of them had been taken prisoner") gives nothing.
     */
    static List<double[]> otherTimes(String after, String noun) {
        Matcher t = AT_ANOTHER_TIME.matcher(after);
        if (!t.lookingAt()) {
            return List.of();
        }
        if (partWordIn(t.group("gap"))) {
            return List.of();
        }
        boolean against = t.group("fig") != null;
        String other = against ? t.group("noun2") : t.group("noun3");
        if (other != null && !other.equalsIgnoreCase(noun)) {
            return List.of();
        }
        double[] r = otherTimeRange(against ? t.group("num") : t.group("num2"),
                against ? t.group("scale") : t.group("scale2"),
                against ? t.group("hedge") : t.group("hedge2"));
        return r == null ? List.of() : List.<double[]>of(r);
    }

    /**
     * The range a figure of another time stands for, from its number, scale word and hedge as the patterns caught
     * them; null for a year ("up from 2013") or a number that cannot be read.
     */
    private static double[] otherTimeRange(String number, String scale, String hedge) {
        String num = number.toLowerCase(Locale.ROOT);
        if (num.matches("(1[89]|20)\\d\\d") && scale == null) {
            return null; // a year, not a figure
        }
        scale = scale == null ? null : scale.toLowerCase(Locale.ROOT);
        String normal = normalNumber(scale == null ? num : num.substring(0, num.length() - scale.length()).strip());
        double[] r = range(scale == null ? normal : scaled(normal, scale),
                hedge == null ? null : hedge.toLowerCase(Locale.ROOT));
        return Double.isNaN(r[0]) ? null : r;
    }

    /**
     * The topic of a count from its modifiers and noun: capitalised modifiers ("Chinese") make it specific, other
     * content words say which kind ("state senators" are not "senators"); returns the topic and, when specific, the
     * capitalised part (else null).
     */
    private static String[] topicOf(String mods, String noun) {
        StringBuilder topic = new StringBuilder();
        StringBuilder kind = new StringBuilder();
        for (String mod : mods.trim().split("\\s+")) {
            if (mod.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(mod.charAt(0))) {
                topic.append(mod).append(' ');
            } else if (!Keyness.FUNCTION_WORDS.contains(mod.toLowerCase(Locale.ROOT))) {
                kind.append(mod.toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        boolean specific = !topic.isEmpty();
        String capitalised = specific ? topic.toString() : null;
        topic.append(kind);
        topic.append(PEOPLE.contains(noun) && specific && kind.isEmpty() ? PEOPLE_KEY : noun);
        return new String[] {topic.toString(), capitalised};
    }

    /** What opens the topic of a count of a part of a set ("eight of the detainees"). */
    static final String PART = "some of the ";
    /** Words that make "N of the X" a part of a set named before: determiners and possessives. */
    private static final Set<String> SET_DETERMINERS = Set.of("the", "these", "those", "its", "their", "his", "her",
            "our", "my", "your");

    /**
     * Whether a count is of a part of a set: a number, "of" and a determiner before the noun ("eight of the
     * detainees", "two of their children"), not a vague amount of a whole ("thousands of protesters").
     */
    private static boolean partOfASet(String text, Matcher m) {
        String between = text.substring(m.end("num"), m.start("mods"));
        String[] mods = m.group("mods").strip().split("\\s+");
        return between.strip().equalsIgnoreCase("of") && SET_DETERMINERS.contains(mods[0].toLowerCase(Locale.ROOT))
                && !VAGUE.containsKey(m.group("num").toLowerCase(Locale.ROOT));
    }

    /** The words a hedge opens with ({@link #HEDGE}). */
    private static final Set<String> HEDGE_FIRST = Set.of("about", "around", "approximately", "roughly", "nearly",
            "almost", "some", "at", "more", "over", "up", "as", "fewer", "less");
    /** The words a {@link #COUNT} can open with (a digit aside): a hedge's first word or a number's. */
    private static final Set<String> COUNT_FIRST;
    /** The words a {@link #RANGE} opens with. */
    private static final Set<String> RANGE_FIRST = Set.of("from", "between");
    /** The words a sum of money can open with (a currency sign aside): a hedge's first word. */
    private static final Set<String> AMOUNT_FIRST = HEDGE_FIRST;

    static {
        Set<String> first = new HashSet<>(HEDGE_FIRST);
        first.addAll(NUMBER_WORDS.keySet());
        first.addAll(List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds",
                "thousands", "tens", "dozens", "millions"));
        COUNT_FIRST = Set.copyOf(first);
    }

    /**
     * {@link Matcher#find()} for a pattern whose matches open with an ASCII digit, a currency sign or one of the
     * given words (ASCII letters, any case, standing as the whole run of ASCII letters there): the matcher is tried
     * only at such places, after the end of its last match, so a long sentence is not tried at every character. It
     * finds the same matches as {@code find()}: the matcher uses transparent bounds, so its look-behinds and
     * {@code \\b} see the text before the place tried, and no match can open inside a run of ASCII letters or at a
     * letter run that is not one of the words.
     */
    static final class Scan {
        private final Matcher m;
        private final String text;
        private final Set<String> firstWords;
        private int from;

        Scan(Matcher m, String text, Set<String> firstWords) {
            this.m = m.useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            this.firstWords = firstWords;
        }

        boolean find() {
            int n = text.length();
            for (int i = from; i < n; i++) {
                char c = text.charAt(i);
                if (isAsciiLetter(c)) {
                    int end = i + 1;
                    while (end < n && isAsciiLetter(text.charAt(end))) {
                        end++;
                    }
                    if (!firstWords.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                        i = end - 1; // nor can one open inside the run
                        continue;
                    }
                } else if (!(c >= '0' && c <= '9' || c == '$' || c == '\u00A3' || c == '\u20AC')) {
                    continue;
                }
                m.region(i, n);
                if (m.lookingAt()) {
                    from = m.end() == m.start() ? m.end() + 1 : m.end();
                    return true;
                }
            }
            from = n;
            return false;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whether a position falls inside one of the spans. */
    private static boolean inside(List<int[]> spans, int at) {
        for (int[] sp : spans) {
            if (sp[0] <= at && at < sp[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A count given as a range, "from 500,000 to 1.6 million": the least is the first number, the most the second. A
     * first number without a scale word that is smaller than the second's written figure shares its scale ("between
     * 1.5 and 2 million"). Null when either number is a year or a vague word, or the noun is not counted.
     */
    private static Claimed rangeCount(Sentence s, String original, Matcher r, String mods, String noun, boolean named,
                                      Set<String> storyOwn) {
        if (noun.endsWith("ss") || NOT_COUNTED.contains(noun)) {
            return null;
        }
        String[] written = new String[2];
        String[] scales = new String[2];
        String[] normals = new String[2];
        for (int i = 0; i < 2; i++) {
            String num = r.group("num" + (i + 1)).toLowerCase(Locale.ROOT);
            String scaleWord = r.group("scale" + (i + 1));
            String scale = scaleWord == null ? null : scaleWord.toLowerCase(Locale.ROOT);
            String bare = scale == null ? num : num.substring(0, num.length() - scale.length()).strip();
            if (bare.matches("(1[89]|20)\\d\\d") && scale == null || VAGUE.containsKey(bare)) {
                return null; // "from 2010 to 2012", "between dozens and hundreds"
            }
            normals[i] = normalNumber(bare);
            scales[i] = scale;
            written[i] = normals[i] + (scale == null ? "" : " " + scale);
        }
        double[] low = range(scales[0] == null ? normals[0] : scaled(normals[0], scales[0]), null);
        double[] high = range(scales[1] == null ? normals[1] : scaled(normals[1], scales[1]), null);
        double[] firstAsWritten = range(normals[0], null);
        double[] secondAsWritten = range(normals[1], null);
        if (scales[0] == null && scales[1] != null && firstAsWritten[0] < secondAsWritten[0]) {
            low = range(scaled(normals[0], scales[1]), null); // "between 1.5 and 2 million"
        }
        if (Double.isNaN(low[0]) || Double.isNaN(high[0]) || low[0] > high[0]) {
            return null;
        }
        String[] topic = topicOf(mods, noun);
        double[] range = {low[0], high[0]};
        int start = s.start() + r.start();
        int end = s.start() + r.end();
        Set<String> context = wordsAround(original, r.start(), r.end());
        Set<String> near = Set.copyOf(context);
        context.removeAll(storyOwn);
        return new Claimed(Kind.COUNT, topic[0], s.source(), written[0] + " to " + written[1], range[0], range[1],
                start, end, "count: a range " + (named ? "before \"" + topic[0] + "\""
                        : "of the \"" + topic[0] + "\" the sentence asks how many of") + " (read as " + rangeText(range)
                        + ")", noun, topic[1] != null, context, s.index(), Set.of(), near);
    }

    /** A number with a scale word as digits: "1.5", "million" is "1500000"; a word it cannot read is kept. */
    static String scaled(String normal, String scale) {
        try {
            double v = Double.parseDouble(normal) * switch (scale) {
                case "thousand" -> 1e3;
                case "million" -> 1e6;
                default -> 1e9;
            };
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        } catch (NumberFormatException e) {
            return normal;
        }
    }

    /**
     * The least and most a number with its hedge can mean. An upper bound that names the figure the count reaches
     * ("up to 1.6 million women", "as many as 1.5 million") is read as that figure: it is the number the source gives
     * for the count, and a different figure for the same count from another source, exact or a bound, is another
     * number ("1.5 million" against "up to 1.6 million"). A strict bound ("fewer than", "less than") and a lower
     * bound ("at least", "more than", "over") stay ranges: papers write "more than 20" for 23.
     */
    static double[] range(String normal, String hedge) {
        double[] vague = VAGUE.get(normal);
        double low;
        double high;
        if (vague != null) {
            low = vague[0];
            high = vague[1];
        } else {
            try {
                low = Double.parseDouble(normal);
            } catch (NumberFormatException e) {
                return new double[] {Double.NaN, Double.NaN};
            }
            high = low;
        }
        if (hedge == null) {
            return new double[] {low, high};
        }
        return switch (hedge) {
            case "about", "around", "approximately", "roughly", "some" -> new double[] {low * 0.9, high * 1.1};
            case "nearly", "almost" -> new double[] {low * 0.9, high};
            case "at least" -> new double[] {low, Double.MAX_VALUE};
            case "more than", "over" -> new double[] {low, Double.MAX_VALUE};
            case "up to", "as many as" -> new double[] {low, high};
            case "fewer than", "less than" -> new double[] {0, high};
            default -> new double[] {low, high};
        };
    }

    private static String rangeText(double[] r) {
        String low = r[0] == Math.rint(r[0]) ? Long.toString((long) r[0]) : String.format(Locale.ROOT, "%.1f", r[0]);
        String high = r[1] == Double.MAX_VALUE ? "more" : r[1] == Math.rint(r[1]) ? Long.toString((long) r[1])
                : String.format(Locale.ROOT, "%.1f", r[1]);
        return low + " to " + high;
    }

    /** Words on each side of a count that make its context. */
    private static final int WINDOW = 8;
    /** The lemmas of a claim's verbs (from its roles, "SUBJECT|VERB|OBJECT|…"), {@link #BLAND_VERBS} aside. */
    static Set<String> verbsOf(Claim c) {
        Set<String> out = new HashSet<>();
        for (String role : c.roles()) {
            String[] parts = role.split("\\|", -1);
            if (parts.length > 1 && !parts[1].isBlank() && !BLAND_VERBS.contains(parts[1])) {
                out.add(parts[1]);
            }
        }
        return out;
    }

    /** Verbs that say nothing of what happened on a day ("had to apologize", "was named"). */
    private static final Set<String> BLAND_VERBS = Set.of("be", "have", "do", "get", "make", "say", "tell");

    /** Words on each side of a date that say what happened then. */
    private static final int DATE_WINDOW = 4;

    /** The content words within {@link #WINDOW} words before the span [from, to) of {@code text} and after it. */
    private static Set<String> wordsAround(String text, int from, int to) {
        return contentWords(lastWords(text.substring(0, from), WINDOW) + " " + firstWords(text.substring(to), WINDOW));
    }

    private static String lastWords(String text, int n) {
        String[] w = text.strip().split("\\s+");
        return String.join(" ", List.of(w).subList(Math.max(0, w.length - n), w.length));
    }

    private static String firstWords(String text, int n) {
        String[] w = text.strip().split("\\s+");
        return String.join(" ", List.of(w).subList(0, Math.min(n, w.length)));
    }

    /**
     * The story's own words, by folder: content words in more than half of the sources of a folder (at least two).
     * A corpus of several stories keeps each story in a folder of its own (an event of BASIL: 2014_…/fox.txt);
     * sources directly in the corpus folder are one story. Two counts that share only these ("marijuana" in a
     * story about marijuana) are not shown to speak of the same thing.
     */
    static Map<String, Set<String>> storyWords(CorpusModel model) {
        return wordsBySourceCount(model, (in, sources) -> in >= 2 && in * 2 > sources);
    }

    /**
     * Per folder: the content words whose number of sources {@code in} out of the folder's {@code sources} passes
     * the test.
     */
    private static Map<String, Set<String>> wordsBySourceCount(CorpusModel model,
                                                               java.util.function.BiPredicate<Integer, Integer> test) {
        Map<String, List<Source>> byFolder = new HashMap<>();
        for (Source s : model.sources()) {
            byFolder.computeIfAbsent(folder(s.id()), k -> new ArrayList<>()).add(s);
        }
        Map<String, Set<String>> out = new HashMap<>();
        byFolder.forEach((folder, list) -> {
            Map<String, Integer> in = new HashMap<>();
            for (Source s : list) {
                for (String w : contentWords(s.text())) {
                    in.merge(w, 1, Integer::sum);
                }
            }
            Set<String> words = new HashSet<>();
            in.forEach((w, k) -> {
                if (test.test(k, list.size())) {
                    words.add(w);
                }
            });
            out.put(folder, words);
        });
        return out;
    }

    /** The folder of a source inside the corpus: its id up to the last '/', or "" for the corpus folder itself. */
    static String folder(String sourceId) {
        int slash = sourceId.lastIndexOf('/');
        return slash < 0 ? "" : sourceId.substring(0, slash);
    }

    /** The words of a text that start with a lower-case letter: what is done, not who does it. */
    static String lowerCaseWords(String text) {
        StringBuilder b = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
                b.append(w).append(' ');
            }
        }
        return b.toString();
    }

    /**
     * Lower-case content words of at least four letters, each as its {@link #stem}, so "fought/fighting" stay apart
     * but "capture/captured" meet.
     */
    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        // the runs of letters (\\p{L}, as Character.isLetter) of the lower-cased text
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int cp = lower.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = lower.codePointAt(i);
                if (!Character.isLetter(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            if (i - start >= 4) {
                String w = lower.substring(start, i);
                if (!STOP.contains(w) && !NUMBER_WORDS.containsKey(w)) {
                    out.add(stem(w));
                }
            }
        }
        return out;
    }

    /**
     * A lower-case word as {@link #contentWords} compares it: without an ending of inflection ("-s", "-es" after a
     * sibilant, "-ies", "-ed", "-ing"), cut to six letters ("captured" and "capture" are "captur", "prices" and
     * "price" one word). Cutting to five letters made "market" and "marker" one word, and so one topic of an OPEC
     * price: the official "marker of 18 dlrs per barrel" and "the 16 to 17 dlrs a barrel level on market reports".
     */
    static String stem(String w) {
        String s = w;
        int n = s.length();
        if (n > 5 && s.endsWith("ies")) {
            s = s.substring(0, n - 3) + "y";
        } else if (n > 5 && s.endsWith("ing")) {
            s = s.substring(0, n - 3);
        } else if (n > 5 && s.endsWith("ed")) {
            s = s.substring(0, n - 2);
        } else if (n > 4 && (s.endsWith("ches") || s.endsWith("shes") || s.endsWith("xes") || s.endsWith("sses"))) {
            s = s.substring(0, n - 2);
        } else if (n > 4 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, n - 1);
        }
        return s.length() > 6 ? s.substring(0, 6) : s;
    }

    /** Nouns for people that one source may use where another uses a different one (soldiers, nationals …). */
    static final Set<String> PEOPLE = Set.of("soldiers", "nationals", "citizens", "troops", "fighters", "men",
            "prisoners", "mercenaries", "volunteers", "servicemen", "people", "individuals", "persons");
    private static final String PEOPLE_KEY = "\u0000people";

    /**
     * Counts of people named with the same capitalised modifier ("two Chinese soldiers", "two Chinese nationals")
     * are one topic, labelled with the nouns the sources use: "Chinese soldiers/nationals".
     */
    static List<Claimed> labelPeople(List<Claimed> found) {
        Map<String, Set<String>> nouns = new LinkedHashMap<>();
        for (Claimed c : found) {
            if (c.topic().endsWith(PEOPLE_KEY)) {
                nouns.computeIfAbsent(c.topic(), k -> new LinkedHashSet<>()).add(c.noun());
            }
        }
        List<Claimed> out = new ArrayList<>();
        for (Claimed c : found) {
            if (!c.topic().endsWith(PEOPLE_KEY)) {
                out.add(c);
                continue;
            }
            String label = c.topic().substring(0, c.topic().length() - PEOPLE_KEY.length())
                    + String.join("/", nouns.get(c.topic()));
            String rule = c.rule().replace(c.topic(), c.topic().replace(PEOPLE_KEY, c.noun()))
                    + " (soldiers, nationals, citizens … of one nationality count as one topic)";
            out.add(new Claimed(c.kind(), label, c.source(), c.value(), c.low(), c.high(), c.start(), c.end(), rule,
                    c.noun(), c.specific(), c.context(), c.sentence(), c.verbs(), c.near(), c.otherTimes()));
        }
        return out;
    }

    static String normalNumber(String num) {
        Matcher dozens = DOZENS.matcher(num);
        if (dozens.matches()) {
            return Long.toString(NUMBER_WORDS.get(dozens.group(1).toLowerCase(Locale.ROOT)) * 12);
        }
        Long word = NUMBER_WORDS.get(num);
        if (word != null) {
            return Long.toString(word);
        }
        if (num.matches("[\\d,]+")) {
            return num.replace(",", "");
        }
        return num;
    }

    // ------------------------------------------------------------------------------------------------ amounts

    /** The figure of a sum of money: digits, with groups and cents or a decimal part ("5,687.75", "2.5"). */
    private static final String SUM_FIGURE = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** A sum of money: a currency sign, a number, a scale word ("$716 billion", "£2.5m", "$5,687.75"). */
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\p{L}\\d])" + HEDGE
            + "(?<cur>[$£€])\\s?" + SUM_FIGURE
            + "(?:\\s*(?<scale>(?i:million|billion|trillion|bn|m)))?(?![\\p{L}\\d])");
    /**
     * A sum of money written with the currency's name after it, as wire copy writes dollars: "18 dlrs a barrel",
     * "1.2 billion dlrs", "15.8 mln dlrs", "around 18 dollars". Read as a sum in "$".
     */
    private static final Pattern WIRE_AMOUNT = Pattern.compile("(?<![\\p{L}\\d.,$£€])" + HEDGE + SUM_FIGURE
            + "(?:\\s+(?<scale>(?i:million|billion|trillion|mln|bln)))?\\s+(?<cur>dlrs|dollars)(?![\\p{L}\\d])");
    /**
     * The low end of a range of sums written before the sum that ends it, the scale and currency once for both:
     * "the 16 to 17 dlrs a barrel level", "stands to lose 15-20 mln dlrs".
     */
    private static final Pattern SUM_LOW_END = Pattern.compile("(?<![\\p{L}\\d.,$£€-])" + SUM_FIGURE
            + "\\s*(?:to|-|–)\\s*$");
    /** "From" right before a figure: "rose from 16 to 17 dlrs" tells a change, two sums at two times. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])from\\s*$");
    private static final Map<String, Double> SCALES = Map.of("million", 1e6, "m", 1e6, "billion", 1e9, "bn", 1e9,
            "trillion", 1e12, "mln", 1e6, "bln", 1e9);

    /**
     * Sums of money in reporting sentences. A written sum stands for a range as wide as its last written digit: a
     * figure with cents is exact, "$700 billion" means 655 to 745 billion (newspapers round $716 billion so), "$1.1
     * million" 1.055 to 1.145 million; a hedge widens it as for counts. The context is the content words within
     * {@link #AMOUNT_WINDOW} words of the sum (up to a comma, a dash or another sum), without the words every source
     * of the story uses (the story's subject says nothing about which sum it is).
     */
    static List<Claimed> amounts(CorpusModel model, Map<String, Source> sources, Map<String, String> spelled,
                                 Cancel cancel) {
        return amounts(model, sources, spelled, wordsOfEverySource(model), cancel);
    }

    /** As {@link #amounts(CorpusModel, Map, Map, Cancel)}, with the words every source uses by folder. */
    static List<Claimed> amounts(CorpusModel model, Map<String, Source> sources, Map<String, String> spelled,
                                 Map<String, Set<String>> everywhere, Cancel cancel) {
        List<Claimed> out = new ArrayList<>();
        for (Sentence s : model.sentences()) {
            cancel.check();
            if (s.isBoilerplate()) {
                continue;
            }
            String original = sources.get(s.source()).text().substring(s.start(), s.end());
            List<MatchResult> found = new ArrayList<>();
            Matcher am = AMOUNT.matcher(original);
            Scan as = new Scan(am, original, AMOUNT_FIRST);
            while (as.find()) {
                found.add(am.toMatchResult());
            }
            Matcher wm = WIRE_AMOUNT.matcher(original);
            Scan ws = new Scan(wm, original, AMOUNT_FIRST);
            boolean wire = false;
            while (ws.find()) {
                found.add(wm.toMatchResult());
                wire = true;
            }
            if (wire) {
                found.sort(Comparator.comparingInt(MatchResult::start));
            }
            // a sum set against the one before it, of another time ("$5 million, up from $3 million a year
            // earlier"): no value of its own, and the sum before gives it as its figure at that time
            boolean[] earlier = new boolean[found.size()];
            List<List<double[]>> otherTimes = new ArrayList<>();
            int own = found.size();
            for (int k = 0; k < found.size(); k++) {
                otherTimes.add(List.of());
                if (k + 1 < found.size() && currency(found.get(k)).equals(currency(found.get(k + 1)))
                        && atAnotherTime(original, found.get(k), found.get(k + 1))) {
                    MatchResult o = found.get(k + 1);
                    String h = o.group("hedge") == null ? null : o.group("hedge").toLowerCase(Locale.ROOT);
                    String sc = o.group("scale") == null ? null : o.group("scale").toLowerCase(Locale.ROOT);
                    otherTimes.set(k, List.<double[]>of(amountRange(o.group("num").replace(",", ""),
                            sc == null ? 1 : SCALES.get(sc), h)));
                    earlier[k + 1] = true;
                    own--;
                }
            }
            for (int k = 0; k < found.size(); k++) {
                MatchResult m = found.get(k);
                if (k > 0 && isConversion(original, found.get(k - 1), m)) {
                    continue; // "an $11bn (£5.8bn) fraud": the pound figure depends on the day's rate
                }
                if (earlier[k]) {
                    continue;
                }
                String digits = m.group("num").replace(",", "");
                String scale = m.group("scale") == null ? null : m.group("scale").toLowerCase(Locale.ROOT);
                String hedge = m.group("hedge") == null ? null : m.group("hedge").toLowerCase(Locale.ROOT);
                double[] range = amountRange(digits, scale == null ? 1 : SCALES.get(scale), hedge);
                String currency = currency(m);
                String written = m.group("cur").length() == 1
                        ? m.group("cur") + m.group("num") + (scale == null ? "" : " " + scale)
                        : m.group("num") + (scale == null ? "" : " " + scale) + " " + m.group("cur");
                int from = m.start();
                Matcher lowEnd = SUM_LOW_END.matcher(original.substring(0, m.start()));
                if (hedge == null && lowEnd.find()
                        && !FROM_BEFORE.matcher(original.substring(0, lowEnd.start("num"))).find()) {
                    double[] low = amountRange(lowEnd.group("num").replace(",", ""),
                            scale == null ? 1 : SCALES.get(scale), null);
                    if (low[0] < range[0]) { // "16 to 17 dlrs", "15-20 mln dlrs": a range of sums
                        range = new double[] {low[0], range[1]};
                        from = lowEnd.start("num");
                        written = original.substring(from, m.end());
                    }
                }
                String value = (hedge != null ? hedge + " " : "") + written;
                // what the sum is of: the words next to it, up to a comma, a dash or another sum; in a list of sums
                // ("$4,272.78 on a cruise, $2,306.08 at a hotel") the words before a sum belong to the one before it
                int nextSum = k + 1 < found.size() ? found.get(k + 1).start() : original.length();
                String after = upToBreak(original.substring(m.end(), nextSum));
                String before = k > 0 ? "" : afterBreak(original.substring(0, m.start()));
                String near = lastWords(before, AMOUNT_WINDOW) + " " + firstWords(after, AMOUNT_WINDOW);
                Set<String> context = contentWords(near);
                context.removeAll(everywhere.getOrDefault(folder(s.source()), Set.of()));
                for (String w : near.split("[^\\p{L}]+")) {
                    if (w.length() >= 4) {
                        spelled.putIfAbsent(stem(w.toLowerCase(Locale.ROOT)), w);
                    }
                }
                int start = s.start() + from;
                int end = s.start() + m.end();
                out.add(new Claimed(Kind.AMOUNT, "amount " + currency, s.source(), value, range[0], range[1], start,
                        end, "amount: a sum of money (\"" + written + "\" read as " + currency
                        + rangeText(range) + ")" + (otherTimes.get(k).isEmpty() ? ""
                        : "; the sum after it is its figure at another time"), currency, own == 1, context,
                        s.index(), Set.of(), Set.of(), otherTimes.get(k)));
            }
        }
        return out;
    }

    /**
     * Between a sum and the next: a few words (the sum's own time: "this year", "in 1986"), then words that set the next sum
     * against it ({@link #SET_AGAINST}: "$5 million, up from $3 million"); or a comma, "and" or "but" with another
     * time right after the next sum ("$5 million this year and $3 million a year earlier").
     */
    private static final Pattern SUM_AGAINST = Pattern.compile("^(?<gap>(?:\\s+[\\p{L}\\d'’.-]+){0,3}?)\\s*,?\\s+"
            + SET_AGAINST + "\\s*$");
    private static final Pattern SUM_AND = Pattern.compile("^(?<gap>(?:\\s+[\\p{L}\\d'’.-]+){0,3}?)"
            + "\\s*(?:,|;|,?\\s+(?:and|but|while))\\s*$");
    private static final Pattern SUM_OTHER_TIME = Pattern.compile("^\\s+" + OTHER_TIME);

    /**
     * Whether the sum {@code next} is the sum {@code m}'s figure at another time ({@link #SUM_AGAINST}), with no word
     * between them that makes it a part of the first ({@link #PART_WORDS}: "$5 million, including $3 million").
     */
    static boolean atAnotherTime(String text, MatchResult m, MatchResult next) {
        String between = text.substring(m.end(), next.start());
        Matcher a = SUM_AGAINST.matcher(between);
        Matcher b = SUM_AND.matcher(between);
        Matcher gap;
        if (a.matches()) {
            gap = a;
        } else if (b.matches() && SUM_OTHER_TIME.matcher(text.substring(next.end())).lookingAt()) {
            gap = b;
        } else {
            return false;
        }
        return !partWordIn(gap.group("gap"));
    }

    /**
     * Whether the sum {@code m} is a conversion of the sum {@code before} into another currency, in brackets right after
     * it: "an $11bn (£5.8bn) fraud", "for $11bn (£5.7bn)". The sum written first is the fact; the conversion depends on
     * the day's rate (four BBC articles give the same $11bn as £5.7bn, £5.8bn, £6bn and £8.5bn), so it is not compared.
     */
    private static boolean isConversion(String text, MatchResult before, MatchResult m) {
        return !currency(m).equals(currency(before)) && before.end() <= m.start()
                && text.substring(before.end(), m.start()).matches("\\s*\\(\\s*");
    }

    /** The currency sign of a sum of {@link #AMOUNT} or {@link #WIRE_AMOUNT}: "18 dlrs" is "$18". */
    private static String currency(MatchResult m) {
        return m.group("cur").length() == 1 ? m.group("cur") : "$";
    }

    /** Words on each side of a sum of money that say what it is of. */
    private static final int AMOUNT_WINDOW = 5;
    private static final Pattern BREAK = Pattern.compile("\\s*(?:[,;:(){}\\[\\]]|--|[—–]|\\s-\\s)\\s*");

    /** A text up to its first comma, semicolon, colon, bracket or dash. */
    private static String upToBreak(String text) {
        Matcher b = BREAK.matcher(text);
        return b.find() ? text.substring(0, b.start()) : text;
    }

    /** A text after its last comma, semicolon, colon, bracket or dash. */
    private static String afterBreak(String text) {
        Matcher b = BREAK.matcher(text);
        int from = 0;
        while (b.find()) {
            from = b.end();
        }
        return text.substring(from);
    }

    /** The least and most a written sum can mean: half a unit of its last written digit either side, then the hedge. */
    static double[] amountRange(String digits, double scale, String hedge) {
        double value = Double.parseDouble(digits) * scale;
        double unit;
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            unit = Math.pow(10, -(digits.length() - dot - 1)) * scale;
        } else {
            int zeros = 0;
            for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
                zeros++;
            }
            unit = Math.pow(10, zeros) * scale;
            if (scale == 1 && zeros == 0) {
                unit = 0; // "$5,687" is exact
            }
        }
        double low = value - 0.45 * unit;
        double high = value + 0.45 * unit;
        if (hedge == null) {
            return new double[] {low, high};
        }
        double[] h = range(Double.toString(value), hedge);
        return new double[] {Math.min(low, h[0]), Math.max(high, h[1])};
    }

    /** Per folder: the content words every source of it uses (none when it holds one source). */
    static Map<String, Set<String>> wordsOfEverySource(CorpusModel model) {
        return wordsBySourceCount(model, (in, sources) -> sources >= 2 && in.equals(sources));
    }

    /** Per folder: the story's own words ({@link #storyWords}) and the words every source uses, read in one pass. */
    record FolderWords(Map<String, Set<String>> story, Map<String, Set<String>> everywhere) {
    }

    static FolderWords folderWords(CorpusModel model, Cancel cancel) {
        Map<String, List<Source>> byFolder = new HashMap<>();
        for (Source s : model.sources()) {
            byFolder.computeIfAbsent(folder(s.id()), k -> new ArrayList<>()).add(s);
        }
        Map<String, Set<String>> story = new HashMap<>();
        Map<String, Set<String>> everywhere = new HashMap<>();
        for (Map.Entry<String, List<Source>> e : byFolder.entrySet()) {
            Map<String, Integer> in = new HashMap<>();
            for (Source s : e.getValue()) {
                cancel.check();
                for (String w : contentWords(s.text())) {
                    in.merge(w, 1, Integer::sum);
                }
            }
            int sources = e.getValue().size();
            Set<String> own = new HashSet<>();
            Set<String> every = new HashSet<>();
            in.forEach((w, k) -> {
                if (k >= 2 && k * 2 > sources) {
                    own.add(w);
                }
                if (sources >= 2 && k == sources) {
                    every.add(w);
                }
            });
            story.put(e.getKey(), own);
            everywhere.put(e.getKey(), every);
        }
        return new FolderWords(story, everywhere);
    }

    /**
     * Sums of money are one topic when they are of one thing: two sums of different sources are linked when their
     * sentences are in one claim group or the words around them share two (see {@link #comparable}); each set of
     * linked sums is a topic, named by the words its sums share ("amount: holistic retreat"). A sum linked to none
     * is a topic of its own, and so never a conflict.
     */
    static List<Claimed> amountTopics(List<Claimed> amounts, Map<String, Set<String>> groupsOfSentence,
                                      Map<String, java.time.LocalDate> published, Map<String, String> spelled) {
        return amountTopics(amounts, groupsOfSentence, published, spelled, new Cancel());
    }

    /** As {@link #amountTopics(List, Map, Map, Map)}, stopping when the query is cancelled. */
    static List<Claimed> amountTopics(List<Claimed> amounts, Map<String, Set<String>> groupsOfSentence,
                                      Map<String, java.time.LocalDate> published, Map<String, String> spelled,
                                      Cancel cancel) {
        int n = amounts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Integer, Set<String>> shared = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cancel.check();
            for (int j = i + 1; j < n; j++) {
                Claimed a = amounts.get(i);
                Claimed b = amounts.get(j);
                if (!a.source().equals(b.source()) && comparable(a, b, groupsOfSentence, published)) {
                    int ra = root(parent, i);
                    int rb = root(parent, j);
                    Set<String> into = shared.computeIfAbsent(rb, k -> new java.util.TreeSet<>());
                    if (ra != rb) {
                        parent[ra] = rb;
                        Set<String> from = shared.remove(ra);
                        if (from != null) {
                            into.addAll(from);
                        }
                    }
                    Set<String> words = new java.util.TreeSet<>(a.context());
                    words.retainAll(b.context());
                    into.addAll(words);
                }
            }
        }
        List<Claimed> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Claimed c = amounts.get(i);
            int r = root(parent, i);
            Set<String> words = shared.get(r);
            String topic = words == null ? "amount #" + i
                    : "amount (" + c.noun() + "): " + String.join(" ", words.stream().limit(4)
                            .map(w -> spelled.getOrDefault(w, w)).toList());
            out.add(new Claimed(c.kind(), topic, c.source(), c.value(), c.low(), c.high(), c.start(), c.end(),
                    c.rule(), c.noun(), c.specific(), c.context(), c.sentence(), c.verbs(), c.near()));
        }
        return out;
    }

    /** The root of {@code i} in a union-find forest, with path halving. */
    static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    // ------------------------------------------------------------------------------------------------ titles

    static List<Claimed> titles(CorpusModel model, Map<String, Source> sources, Cancel cancel) {
        Map<String, Entity> entities = new HashMap<>();
        model.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, List<Mention>> placeWords = new HashMap<>();
        for (Mention m : model.mentions()) {
            String t = m.type() == null ? "" : m.type();
            if (t.equals("NATIONALITY") || t.equals("COUNTRY") || t.equals("LOCATION") || t.equals("CITY")
                    || t.equals("STATE_OR_PROVINCE") || t.equals("ORGANIZATION")) {
                placeWords.computeIfAbsent(m.source(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Claimed> out = new ArrayList<>();
        Map<String, Sentence> sentenceOf = new HashMap<>();
        model.sentences().forEach(s -> sentenceOf.put(s.source() + "#" + s.index(), s));
        for (Mention m : model.mentions()) {
            cancel.check();
            if (m.pronoun() || !"PERSON".equals(m.type()) || m.entity() == null) {
                continue;
            }
            Sentence s = sentenceOf.get(m.source() + "#" + m.sentence());
            if (s == null || s.isBoilerplate() || m.start() < s.start() || m.end() > s.end()) {
                continue;
            }
            String text = sources.get(m.source()).text();
            String before = text.substring(s.start(), m.start());
            String after = text.substring(m.end(), s.end());
            // a title before a name is at most four words and a comma: only the last words can hold it, and only
            // when they end in a title noun or an abbreviation
            Matcher b = TITLE_BEFORE.matcher(before).region(lastTokens(before, TITLE_TOKENS), before.length());
            int ts = -1;
            int te = -1;
            if (mayEndInTitle(before) && b.find()) {
                ts = s.start() + b.start("title");
                te = s.start() + b.end("title");
            } else {
                Matcher a = TITLE_AFTER.matcher(after);
                if (a.find()) {
                    ts = m.end() + a.start("title");
                    te = m.end() + a.end("title");
                }
            }
            if (ts < 0) {
                continue;
            }
            String value = titleValue(text, ts, te, placeWords.getOrDefault(m.source(), List.of()));
            if (value.isEmpty()) {
                continue;
            }
            Entity e = entities.get(m.entity());
            String who = e == null ? m.text() : e.name();
            out.add(new Claimed(Kind.TITLE, "title of " + who, m.source(), value, 0, 0, ts, te,
                    "title: the words before or after a name of " + who + " that end in a title noun",
                    null, true, Set.of(), s.index()));
        }
        return out;
    }

    /**
     * How many whitespace-separated tokens before a name {@link #TITLE_BEFORE} is tried on: a match is at most four
     * words and a comma (no word of it holds white space), so it starts in the last five; eight leave room.
     */
    private static final int TITLE_TOKENS = 8;

    /** Where the last {@code n} tokens of a text (separated by ASCII white space, as regex {@code \\s}) start. */
    static int lastTokens(String text, int n) {
        int seen = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            if (!isSpace(text.charAt(i)) && (i == 0 || isSpace(text.charAt(i - 1))) && ++seen == n) {
                return i;
            }
        }
        return 0;
    }

    private static final List<String> TITLE_NOUN_LIST = List.of(TITLE_NOUNS.split("\\|"));
    private static final String LINE_ENDS = "\n\r\u0085\u2028\u2029";

    /**
     * Whether a text can end in a title as {@link #TITLE_BEFORE} reads it: after one line end, white space, a
     * comma and white space are set aside, it ends in a title noun (any case) or a full stop (an abbreviation). A
     * necessary condition only, cheap beside the pattern.
     */
    static boolean mayEndInTitle(String text) {
        int e = text.length();
        if (e >= 2 && text.charAt(e - 2) == '\r' && text.charAt(e - 1) == '\n') {
            e -= 2;
        } else if (e >= 1 && LINE_ENDS.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        while (e > 0 && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > 0 && text.charAt(e - 1) == ',') {
            e--;
            while (e > 0 && isSpace(text.charAt(e - 1))) {
                e--;
            }
        }
        if (e == 0) {
            return false;
        }
        if (text.charAt(e - 1) == '.') {
            return true;
        }
        String tail = text.substring(Math.max(0, e - 40), e).toLowerCase(Locale.ROOT);
        for (String noun : TITLE_NOUN_LIST) {
            if (tail.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static final Set<String> TITLE_WORDS = Set.copyOf(List.of((TITLE_MODIFIERS + "|" + TITLE_NOUNS).split("\\|")));

    /**
     * The title in lower case, abbreviations written out ("Gov." is "governor"), without possessive owners,
     * articles, names, nationality or place words.
     */
    static String titleValue(String text, int start, int end, List<Mention> places) {
        StringBuilder b = new StringBuilder();
        int pos = start;
        for (String w : text.substring(start, end).split("\\s+")) {
            int at = text.indexOf(w, pos);
            pos = at + w.length();
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[,;:]$", "");
            String full = lw.endsWith(".") ? ABBREVIATIONS.get(lw.substring(0, lw.length() - 1)) : null;
            if (full != null) {
                lw = full;
            }
            boolean place = false;
            for (Mention p : places) {
                if (p.start() < at + w.length() && at < p.end()) {
                    place = true;
                    break;
                }
            }
            if ((place && full == null && !TITLE_WORDS.contains(lw)) || lw.endsWith("'s") || lw.endsWith("’s") || lw.equals("the")
                    || lw.equals("a") || lw.equals("an") || lw.isEmpty()) {
                continue;
            }
            if (full == null && Character.isUpperCase(w.charAt(0)) && !TITLE_WORDS.contains(lw)) {
                continue; // a capitalised name inside a title: "Weekly Standard editor" is an editor
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(lw);
        }
        return b.toString().trim();
    }

    // ------------------------------------------------------------------------------------------------ dates

    /**
     * The date each source gives in a claim group that two or more sources report: DATE mentions inside the member
     * claims that name a day, a month or a year. A claim with two different dates is left out (which one is the
     * event's?).
     */
    static List<Claimed> dates(CorpusModel model, Map<String, Source> sources, Cancel cancel) {
        Map<String, List<Mention>> datesBySource = new HashMap<>();
        for (Mention m : model.mentions()) {
            if ("DATE".equals(m.type()) && dateValue(m.text()) != null) {
                datesBySource.computeIfAbsent(m.source(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Claim> claims = new HashMap<>();
        model.claims().forEach(c -> claims.put(c.id(), c));
        Set<String> reporting = new HashSet<>();
        model.sentences().stream().filter(s -> !s.isBoilerplate()).forEach(s -> reporting.add(s.source() + "#" + s.index()));
        Map<String, List<Claim>> bySentence = new HashMap<>();
        model.claims().forEach(c -> bySentence.computeIfAbsent(c.source() + "#" + c.sentence(),
                k -> new ArrayList<>()).add(c));
        List<Claimed> out = new ArrayList<>();
        for (ClaimGroup g : model.claimGroups()) {
            cancel.check();
            if (g.sources().size() < 2) {
                continue;
            }
            String topic = "date of: " + shortText(g.text());
            List<Claimed> inGroup = new ArrayList<>();
            for (String id : g.members()) {
                Claim c = claims.get(id);
                if (c == null || !reporting.contains(c.source() + "#" + c.sentence())) {
                    continue;
                }
                String rule = "date: the day, month or year a source gives in claim group " + g.id() + " (\""
                        + shortText(g.text()) + "\"), which " + g.sources().size() + " sources report; compared where "
                        + "the words around the dates meet";
                Claimed d = dateOf(c, sources, datesBySource, topic, rule);
                if (d == null) {
                    d = carriedDate(c, bySentence, sources, datesBySource, topic, rule);
                }
                if (d != null) {
                    inGroup.add(d);
                }
            }
            out.addAll(inGroup);
        }
        out.addAll(actDates(model, sources, datesBySource, reporting, cancel));
        return out;
    }

    /**
     * The dates of one act that sources tell in claims no group joins, the act named by the same main verb and
     * object ("Both political parties will hold special-election primaries in mid May" / "The primary would be held
     * on April 30": hold, primary): each claim naming one date, the claims of two sources or more, with one subject
     * where they give one, no two of them of different sources in one claim group (whose dates {@link #dates}
     * compares already).
     */
    static List<Claimed> actDates(CorpusModel model, Map<String, Source> sources,
                                  Map<String, List<Mention>> datesBySource, Set<String> reporting, Cancel cancel) {
        Map<String, List<Claim>> byAct = new LinkedHashMap<>();
        Map<String, Set<String>> doers = new HashMap<>();
        for (Claim c : model.claims()) {
            cancel.check();
            if (!reporting.contains(c.source() + "#" + c.sentence())) {
                continue;
            }
            Set<String> acts = new LinkedHashSet<>();
            for (String role : c.roles()) {
                String[] r = role.split("\\|", -1);
                // the claim's main verb: a date in "Mitt Romney joined several other Republicans Tuesday in calling
                // on … Akin" is of the joining, and "Romney had stopped short of calling on Akin … Monday" tells no call
                if (r.length > 2 && r[1].equals(c.predicate()) && !BLAND_VERBS.contains(r[1]) && !r[2].isBlank()) {
                    acts.add(r[1] + " " + r[2]);
                    if (!r[0].isBlank()) {
                        doers.computeIfAbsent(folder(c.source()) + "|" + r[1] + " " + r[2], k -> new HashSet<>())
                                .add(r[0]);
                    }
                }
            }
            for (String act : acts) {
                byAct.computeIfAbsent(folder(c.source()) + "|" + act, k -> new ArrayList<>()).add(c);
            }
        }
        List<Claimed> out = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : byAct.entrySet()) {
            cancel.check();
            List<Claim> told = e.getValue();
            Set<String> bySources = new HashSet<>();
            told.forEach(c -> bySources.add(c.source()));
            // two doers, two acts: "The group sent a letter to Rep. Ryan" (Georgetown's faculty, Thursday) / "Dozens of
            // faculty members at Notre Dame … sent a letter" (Friday)
            if (bySources.size() < 2 || sharesGroupAcross(told) || doers.getOrDefault(e.getKey(), Set.of()).size() > 1) {
                continue;
            }
            String act = e.getKey().substring(e.getKey().indexOf('|') + 1);
            for (Claim c : told) {
                Claimed d = dateOf(c, sources, datesBySource, "date of: " + act, "date: the day, month or year a "
                        + "source gives for one act, \"" + act + "\" (the same verb and object in claims of "
                        + bySources.size() + " sources); compared where the words around the dates meet");
                if (d != null) {
                    // the act is what the words around a date tell: "will hold … primaries in mid May" and "would be
                    // held on April 30" meet on it
                    Set<String> context = new HashSet<>(d.context());
                    context.add(act);
                    out.add(new Claimed(d.kind(), d.topic(), d.source(), d.value(), d.low(), d.high(), d.start(),
                            d.end(), d.rule(), d.noun(), d.specific(), context, d.sentence(), d.verbs()));
                }
            }
        }
        return out;
    }

    /** Pronouns that, as a claim's subject, go on telling of the thing the sentence before tells of. */
    private static final Set<String> CARRYING = Set.of("it", "they", "he", "she");

    /**
     * The date of the sentence before, for a claim that names none and goes on telling of the same act: its subject
     * a pronoun ({@link #CARRYING}) and its main verb a word of one claim of the sentence before, which names one
     * date ("The House resolution on the national motto passed Tuesday was introduced by Rep. Randy Forbes … | It
     * passed in a 396-9 vote.": Tuesday is the day of the 396-9 vote). The value's words are the date's own and the
     * claim's; its place and sentence are the date's. Null when the claim names a date of any kind (a relative one
     * too), or the sentence before names none or two.
     */
    static Claimed carriedDate(Claim c, Map<String, List<Claim>> bySentence, Map<String, Source> sources,
                               Map<String, List<Mention>> datesBySource, String topic, String rule) {
        String verb = c.predicate();
        if (c.subject() == null || !CARRYING.contains(c.subject().strip().toLowerCase(Locale.ROOT)) || verb == null
                || verb.length() < 3 || BLAND_VERBS.contains(verb) || c.sentence() == 0) {
            return null;
        }
        for (Mention m : datesBySource.getOrDefault(c.source(), List.of())) {
            if (m.start() < c.end() && c.start() < m.end()) {
                return null;
            }
        }
        String text = sources.get(c.source()).text();
        // the verb as the claim before writes it: a word that starts with its lemma ("passed" for "pass")
        Pattern written = Pattern.compile("(?i)\\b" + Pattern.quote(verb) + "\\p{L}*\\b");
        Claimed found = null;
        for (Claim b : bySentence.getOrDefault(c.source() + "#" + (c.sentence() - 1), List.of())) {
            Claimed d = dateOf(b, sources, datesBySource, topic, rule);
            if (d == null || !written.matcher(text.substring(b.start(), b.end())).find()) {
                continue;
            }
            if (found != null && !found.value().equals(d.value())) {
                return null;
            }
            found = d;
        }
        if (found == null) {
            return null;
        }
        String own = text.substring(c.start(), c.end());
        Set<String> context = new HashSet<>(found.context());
        context.addAll(contentWords(lowerCaseWords(own)));
        context.addAll(figuresIn(own));
        Set<String> verbs = new HashSet<>(found.verbs());
        verbs.addAll(verbsOf(c));
        verbs.add(verb);
        return new Claimed(Kind.DATE, topic, c.source(), found.value(), 0, 0, found.start(), found.end(),
                rule + "; the date of the sentence before, whose act (\"" + verb + "\") this claim, its subject \""
                        + c.subject().strip() + "\", goes on telling of", null, true, context, found.sentence(), verbs);
    }

    /** A figure of 10 or more written in digits: "396" of "396-9"; not a year (1800 to 2099). */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d,])|(?<![\\d.,])\\d+(?![\\d,])");

    /**
     * The figures of 10 or more a text writes in digits, each as a context word "#396": two tellings of one vote
     * ("It passed in a 396-9 vote" / "On Wednesday, the House voted 396-9") meet on its count, whatever their verbs.
     */
    static Set<String> figuresIn(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String digits = m.group().replace(",", "");
            if (digits.length() > 12) {
                continue;
            }
            long v = Long.parseLong(digits);
            if (v >= 10 && !(digits.length() == 4 && v >= 1800 && v <= 2099)) {
                out.add("#" + v);
            }
        }
        return out;
    }

    /** Whether two of the claims, of different sources, are in one claim group. */
    private static boolean sharesGroupAcross(List<Claim> claims) {
        for (Claim a : claims) {
            for (Claim b : claims) {
                if (a.group() != null && a.group().equals(b.group()) && !a.source().equals(b.source())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The one date (or period) a claim names, as a value of {@code topic}; null when it names none or two. A period's
     * words are the claim's whole: "Edward Brooke, a Republican, held the seat from 1966 to 1978" / "after Edward
     * Brooke, who served from 1967 to 1979" tell one period in other words.
     */
    private static Claimed dateOf(Claim c, Map<String, Source> sources, Map<String, List<Mention>> datesBySource,
                                  String topic, String rule) {
        List<Mention> inside = new ArrayList<>();
        for (Mention m : datesBySource.getOrDefault(c.source(), List.of())) {
            if (m.start() >= c.start() && m.end() <= c.end()) {
                inside.add(m);
            }
        }
        Set<String> values = new LinkedHashSet<>();
        inside.forEach(m -> values.add(dateValue(m.text())));
        String text = sources.get(c.source()).text();
        String period = values.size() == 2 && inside.size() == 2 ? period(text, inside.get(0), inside.get(1)) : null;
        if (values.size() != 1 && period == null) {
            return null;
        }
        Mention m = inside.get(0);
        int end = period == null ? m.end() : inside.get(1).end();
        int window = period == null ? DATE_WINDOW : Integer.MAX_VALUE;
        String around = lastWords(text.substring(c.start(), m.start()), window) + " "
                + firstWords(text.substring(end, c.end()), window);
        Set<String> context = contentWords(lowerCaseWords(around));
        // a figure a little further off says which act too ("On Wednesday, the House voted 396-9": which vote)
        context.addAll(figuresIn(lastWords(text.substring(c.start(), m.start()), Math.max(window, WINDOW)) + " "
                + firstWords(text.substring(end, c.end()), Math.max(window, WINDOW))));
        return new Claimed(Kind.DATE, topic, c.source(), period == null ? values.iterator().next() : period, 0, 0,
                m.start(), end, rule, null, true, context, c.sentence(), verbsOf(c));
    }

    /** The words that join the two ends of a period: "from 1967 to 1979", "1967-1979", "between 1967 and 1979". */
    private static final Pattern PERIOD_JOIN = Pattern.compile("\\s*(?:to|through|until|-|\u2013|\u2014)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD_FROM = Pattern.compile("(?i)(?:^|\\s)(from|between)\\s*$");

    /**
     * Two dates of one claim that are the ends of one period ("served from 1967 to 1979", "1966-1978", "between 1967
     * and 1979"), as "1967 to 1979"; null when they are two dates of their own ("joined in 2009 and quit in 2012").
     */
    static String period(String text, Mention first, Mention second) {
        if (second.start() < first.end()) {
            return null;
        }
        String between = text.substring(first.end(), second.start());
        String before = text.substring(Math.max(0, first.start() - 12), first.start());
        Matcher from = PERIOD_FROM.matcher(before);
        boolean opened = from.find();
        boolean joined = PERIOD_JOIN.matcher(between).matches()
                || opened && from.group(1).equalsIgnoreCase("between") && between.strip().equalsIgnoreCase("and");
        if (!joined || !opened && !between.strip().matches("[-\u2013\u2014]")) {
            return null;
        }
        String a = dateValue(first.text());
        String b = dateValue(second.text());
        return a == null || b == null ? null : a + " to " + b;
    }

    /**
     * A date named by a day or a calendar, normalised: "Monday", "Oct 18", "October", "2014", "Oct 18 2014"; null
     * for relative dates ("today", "last week", "now").
     */
    static String dateValue(String text) {
        List<String> parts = new ArrayList<>();
        Matcher w = WEEKDAY.matcher(text);
        if (w.find()) {
            String d = w.group(1).toLowerCase(Locale.ROOT);
            parts.add(Character.toUpperCase(d.charAt(0)) + d.substring(1));
        }
        Matcher mo = MONTH.matcher(text);
        if (mo.find() && !(mo.group(1).equalsIgnoreCase("may") && !Character.isUpperCase(text.charAt(mo.start())))) {
            String mon = mo.group(1).toLowerCase(Locale.ROOT).substring(0, 3);
            String name = Character.toUpperCase(mon.charAt(0)) + mon.substring(1);
            parts.add(mo.group(2) == null ? name : name + " " + Integer.parseInt(mo.group(2)));
        }
        Matcher y = YEAR.matcher(text);
        if (y.find()) {
            parts.add(y.group(1));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** Two normalised dates agree when every part both give (day name, month, day of month, year) is the same. */
    static boolean datesAgree(String a, String b) {
        boolean pa = a.contains(" to ");
        boolean pb = b.contains(" to ");
        if (pa || pb) {
            // a period agrees with a period whose ends agree; a single date is not compared with a period
            if (!(pa && pb)) {
                return true;
            }
            String[] x = a.split(" to ", 2);
            String[] y = b.split(" to ", 2);
            return datesAgree(x[0], y[0]) && datesAgree(x[1], y[1]);
        }
        String[] x = dateParts(a);
        String[] y = dateParts(b);
        for (int i = 0; i < x.length; i++) {
            if (x[i] != null && y[i] != null && !x[i].equals(y[i])) {
                return false;
            }
        }
        return true;
    }

    /** weekday, month, day of month, year of a {@link #dateValue} (null where not given). */
    private static String[] dateParts(String v) {
        String[] p = new String[4];
        String[] words = v.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.endsWith("day")) {
                p[0] = w;
            } else if (MONTHS.contains(w.toLowerCase(Locale.ROOT))) {
                p[1] = w;
                if (i + 1 < words.length && words[i + 1].length() <= 2) {
                    p[2] = words[++i];
                }
            } else if (w.length() == 4) {
                p[3] = w;
            }
        }
        return p;
    }

    private static String shortText(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= 10) {
            return text.strip();
        }
        return String.join(" ", List.of(words).subList(0, 10)) + " …";
    }
}
