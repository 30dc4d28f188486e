package org.crosscheck.query.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.Column;
import org.crosscheck.query.Passage;
import org.crosscheck.query.Provenance;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;

/**
 * Where sources give one thing different values: how many of a counted thing ("six Chinese soldiers" against
 * "two Chinese soldiers"), or which title a person holds ("acting foreign minister" against "foreign minister").
 *
 * <p>Counts: a number (digits or words, with a hedge such as "around" kept in the value) followed by at most two
 * modifiers and a plural noun; the topic is the noun with its capitalised modifiers ("Chinese soldiers"). Titles:
 * the words before a person's name that end in a title noun, or an appositive after it ("Sybiha, the foreign
 * minister"); nationality, place and organisation words are left out of the value, so "Ukrainian President" and
 * "President" agree, and so do "Weekly Standard editor" and "editor".
 * A topic is a conflict when its values differ between or within sources.
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

    private static final String NUMBER = "(?<num>(?i:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|"
            + String.join("|", NUMBER_WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList())
            + "|hundreds|thousands|tens of thousands|dozens|millions))";
    private static final String HEDGE = "(?:(?<hedge>about|around|approximately|roughly|nearly|almost|some|at least|more than|over|up to|fewer than|less than)\\s+)?";
    /** number, then up to two modifier words, then a plural noun (ends in s, not a verb-like "has/was"). */
    private static final Pattern COUNT = Pattern.compile("\\b" + HEDGE + NUMBER
            + "(?:\\s+of)?\\s+(?<mods>(?:[\\p{L}-]+\\s+){0,2}?)(?<noun>\\p{Ll}[\\p{Ll}-]*[^s\\W]s)\\b");

    private static final String TITLE_NOUNS = "president|minister|secretary|spokesman|spokeswoman|spokesperson|"
            + "chancellor|governor|senator|mayor|ambassador|commander|general|chief|director|chairman|chairwoman|"
            + "chair|leader|editor|king|queen|prince|official|adviser|advisor|judge|representative|congressman|"
            + "congresswoman|lawmaker|founder|head|envoy|prosecutor|sheriff|justice|premier|candidate|nominee|"
            + "ceo|executive|commissioner|attorney";
    /** Lower-case words that may stand in a title before its noun ("acting foreign minister"). */
    private static final String TITLE_MODIFIERS = "acting|foreign|prime|deputy|vice|former|interim|incoming|outgoing|"
            + "first|top|chief|senior|assistant|defence|defense|interior|finance|economy|justice|health|press|state|"
            + "army|military|security|intelligence|presidential|general|then|then-foreign|ex|co";
    /**
     * Up to four words that end in a title noun, just before a name (", " allowed between): each word before the
     * noun is capitalised ("Foreign", "Ukrainian"), a possessive owner ("Kyiv's") or a title modifier ("acting").
     */
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?<title>(?:(?:\\p{Lu}[\\p{L}'’-]*|[\\p{L}-]+['’]s|(?i:" + TITLE_MODIFIERS + "))\\s+){0,3}"
            + "(?i:" + TITLE_NOUNS + "))\\s*,?\\s*$");
    /** ", the acting foreign minister" right after a name; the words before the noun as in {@link #TITLE_BEFORE}. */
    private static final Pattern TITLE_AFTER = Pattern.compile(
            "^\\s*,\\s*(?:(?i:the|a|an)\\s+)?(?<title>(?:(?:\\p{Lu}[\\p{L}'’-]*|[\\p{L}-]+['’]s|(?i:" + TITLE_MODIFIERS
            + "))\\s+){0,3}(?i:" + TITLE_NOUNS + "))\\b");

    private Conflicts() {
    }

    /** One value a source gives for a topic. */
    record Claimed(String topic, String source, String value, String sortValue, int start, int end, String rule,
                   String noun) {
        Claimed(String topic, String source, String value, String sortValue, int start, int end, String rule) {
            this(topic, source, value, sortValue, start, end, rule, null);
        }
    }

    public static Table conflicts(CorpusModel model, Cancel cancel) {
        Map<String, Source> sources = new HashMap<>();
        model.sources().forEach(s -> sources.put(s.id(), s));
        List<Claimed> found = new ArrayList<>();
        found.addAll(counts(model, sources, cancel));
        found.addAll(titles(model, sources, cancel));
        Map<String, List<Claimed>> byTopic = new LinkedHashMap<>();
        for (Claimed c : found) {
            byTopic.computeIfAbsent(c.topic(), k -> new ArrayList<>()).add(c);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Claimed>> e : byTopic.entrySet()) {
            Set<String> values = new LinkedHashSet<>();
            e.getValue().forEach(c -> values.add(c.sortValue()));
            if (values.size() < 2) {
                continue;
            }
            for (Claimed c : e.getValue()) {
                String text = sources.get(c.source()).text().substring(c.start(), c.end());
                String sentence = sentenceAround(model, c);
                Provenance why = new Provenance(c.rule() + "; values for \"" + c.topic() + "\": " + String.join(", ", values),
                        List.of(new Passage(c.source(), c.start(), c.end(), text)));
                List<Object> v = new ArrayList<>();
                v.add(c.topic());
                v.add(c.source());
                v.add(c.value());
                v.add(sentence);
                v.add(c.start());
                v.add(c.end());
                rows.add(new Row(v, why));
            }
        }
        return new Table(List.of(
                new Column("topic", Column.Type.TEXT),
                new Column("source", Column.Type.TEXT),
                new Column("value", Column.Type.TEXT),
                new Column("text", Column.Type.TEXT),
                new Column("start", Column.Type.NUMBER),
                new Column("end", Column.Type.NUMBER)), rows);
    }

    private static String sentenceAround(CorpusModel model, Claimed c) {
        for (Sentence s : model.sentences()) {
            if (s.source().equals(c.source()) && s.start() <= c.start() && c.end() <= s.end()) {
                return s.text();
            }
        }
        return "";
    }

    static List<Claimed> counts(CorpusModel model, Map<String, Source> sources, Cancel cancel) {
        List<Claimed> out = new ArrayList<>();
        for (Sentence s : model.sentences()) {
            cancel.check();
            if (s.isBoilerplate()) {
                continue;
            }
            String original = sources.get(s.source()).text().substring(s.start(), s.end());
            Matcher m = COUNT.matcher(original);
            while (m.find()) {
                String noun = m.group("noun").toLowerCase(Locale.ROOT);
                if (noun.endsWith("ss") || noun.equals("years") || noun.equals("days") || noun.equals("months")
                        || noun.equals("times") || noun.equals("weeks") || noun.equals("hours")) {
                    continue; // durations and repetitions are not counted things
                }
                StringBuilder topic = new StringBuilder();
                for (String mod : m.group("mods").trim().split("\\s+")) {
                    if (!mod.isEmpty() && Character.isUpperCase(mod.charAt(0))) {
                        topic.append(mod).append(' ');
                    }
                }
                topic.append(PEOPLE.contains(noun) && !topic.isEmpty() ? PEOPLE_KEY : noun);
                String num = m.group("num").toLowerCase(Locale.ROOT);
                String normal = normalNumber(num);
                String hedge = m.group("hedge");
                String value = (hedge != null ? hedge.toLowerCase(Locale.ROOT) + " " : "") + normal;
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                out.add(new Claimed(topic.toString(), s.source(), value, value, start, end,
                        "count: a number before \"" + topic + "\"", noun));
            }
        }
        return labelPeople(out);
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
            out.add(new Claimed(label, c.source(), c.value(), c.sortValue(), c.start(), c.end(),
                    "count: a number before \"" + c.topic().replace(PEOPLE_KEY, c.noun()) + "\" (soldiers, nationals, "
                            + "citizens … of one nationality count as one topic)", c.noun()));
        }
        return out;
    }

    static String normalNumber(String num) {
        Long word = NUMBER_WORDS.get(num);
        if (word != null) {
            return Long.toString(word);
        }
        if (num.matches("[\\d,]+")) {
            return num.replace(",", "");
        }
        return num;
    }

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
            if (s == null || s.isBoilerplate()) {
                continue;
            }
            String text = sources.get(m.source()).text();
            String before = text.substring(s.start(), m.start());
            String after = text.substring(m.end(), s.end());
            Matcher b = TITLE_BEFORE.matcher(before);
            int ts = -1;
            int te = -1;
            if (b.find()) {
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
            out.add(new Claimed("title of " + who, m.source(), value, value, ts, te,
                    "title: the words before or after a name of " + who + " that end in a title noun"));
        }
        return out;
    }

    private static final Set<String> TITLE_WORDS = Set.copyOf(List.of((TITLE_MODIFIERS + "|" + TITLE_NOUNS).split("\\|")));

    /** The title in lower case, without possessive owners, articles, names, nationality or place words. */
    static String titleValue(String text, int start, int end, List<Mention> places) {
        StringBuilder b = new StringBuilder();
        int pos = start;
        for (String w : text.substring(start, end).split("\\s+")) {
            int at = text.indexOf(w, pos);
            pos = at + w.length();
            String lw = w.toLowerCase(Locale.ROOT);
            boolean place = false;
            for (Mention p : places) {
                if (p.start() < at + w.length() && at < p.end()) {
                    place = true;
                    break;
                }
            }
            if (place || lw.endsWith("'s") || lw.endsWith("’s") || lw.equals("the") || lw.equals("a") || lw.equals("an")
                    || lw.equals(",")) {
                continue;
            }
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !TITLE_WORDS.contains(lw.replaceAll("[,;:]$", ""))) {
                continue; // a capitalised name inside a title: "Weekly Standard editor" is an editor
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(lw.replaceAll("[,;:]$", ""));
        }
        return b.toString().trim();
    }
}
