package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a claim hedges and which numbers it states, normalised: "two" = 2, "approximately 11,000" = ~11000,
 * "thousands" = the range 2000..9999, "1,500 … at a time" = 1500 at a time.
 */
final class ClaimFacts {
    private ClaimFacts() {
    }

    /** Words that make an assertion less than certain, or second-hand. Longest first, matched as whole words. */
    private static final List<String> HEDGES = List.of(
            "it remains unclear whether", "it is unclear whether", "it was unclear whether", "unclear whether",
            "it is not clear whether", "not immediately clear", "could not be independently verified",
            "could not be verified", "are believed to", "is believed to", "were believed to", "was believed to",
            "believed to", "are thought to", "is thought to", "thought to", "is said to", "are said to",
            "appeared to", "appears to", "seemed to", "seems to",
            // "it seemed that some of that energy had gone from the streets", "the police also seemed more
            // restrained": a verb of seeming hedges with or without its "to"; "it appears" is no more than it seems
            // ("appeared" alone is also "appeared on television", and stays out)
            "it appears", "it appeared", "seemed", "seems", "seem", "reportedly", "allegedly", "alleged", "apparently",
            "purportedly", "purported", "suspected", "unconfirmed", "unverified", "possibly", "probably", "likely",
            "may have", "might have", "could have", "estimated", "according to");
    private static final Pattern HEDGE = Pattern.compile("(?<![\\p{L}])(" + String.join("|",
            HEDGES.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}])(the|a|an|his|her|its|their|our|your)\\s+$");
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("^\\s+\\p{Lu}");

    /**
     * Whether the adjective "likely" at {@code start..end} stands before a noun it describes rather than hedging the
     * claim: after a determiner ("the likely nominee") or before a capitalised word ("likely Republican voters",
     * "likely GOP voters"); "he will likely run", "is likely to", "most likely, …" stay hedges.
     */
    private static boolean modifiesNoun(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 8), start);
        String after = text.substring(end, Math.min(text.length(), end + 3));
        return DETERMINER_BEFORE.matcher(before).find() || CAPITALISED_AFTER.matcher(after).find();
    }

    static List<String> hedges(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = HEDGE.matcher(text);
        while (m.find()) {
            String h = m.group(1).toLowerCase(Locale.ROOT);
            if (h.equals("likely") && modifiesNoun(text, m.start(1), m.end(1))) {
                continue; // "likely Republican voters", "the likely nominee": an adjective of a noun, no hedge
            }
            found.add(h);
        }
        return List.copyOf(found);
    }

    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L), Map.entry("hundred", 100L), Map.entry("thousand", 1000L),
            Map.entry("million", 1_000_000L), Map.entry("billion", 1_000_000_000L),
            Map.entry("trillion", 1_000_000_000_000L), Map.entry("dozen", 12L));
    /**
     * A scale word after a figure: written out ("1.6 million"), as wire copy writes it ("15.8 mln", "1.2 bln"), or
     * short after a sum of money ("$54m", "£5.7bn", "$2tn", "$300k").
     */
    private static final Map<String, Long> SCALES = Map.ofEntries(Map.entry("thousand", 1_000L),
            Map.entry("million", 1_000_000L), Map.entry("billion", 1_000_000_000L),
            Map.entry("trillion", 1_000_000_000_000L), Map.entry("mln", 1_000_000L), Map.entry("bln", 1_000_000_000L),
            Map.entry("k", 1_000L), Map.entry("m", 1_000_000L), Map.entry("mn", 1_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("tn", 1_000_000_000_000L));

    /** The factor of a scale word of {@link #SCALES}, in any case. */
    private static long scale(String word) {
        return SCALES.get(word.toLowerCase(Locale.ROOT));
    }
    /**
     * A number written in words, as one figure: "two million" (2000000, not 2 and 1000000), "two hundred and fifty",
     * "twenty-five", "three dozen", a lone "thousand".
     */
    private static String wordNumber() {
        String units = "one|two|three|four|five|six|seven|eight|nine";
        String teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
        String tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
        String below100 = "(?:(?:" + tens + ")(?:[-\\s](?:" + units + ")(?![\\p{L}-]))?|" + teens + "|" + units + ")";
        String below1000 = "(?:" + below100 + "(?:\\s+hundred(?:\\s+(?:and\\s+)?" + below100 + ")?)?|hundred)";
        return "(?:" + below1000 + "(?:\\s+(?:thousand|million|billion|trillion|dozen)(?![\\p{L}]))?"
                + "|thousand|million|billion|trillion|dozen)";
    }

    /**
     * Whether the scale word alone at [start, end) ("Million", "Hundred", "Dozen": no figure before it) is written
     * with a capital and followed by a capitalised word, as in the name of a work or an event ("Million Dollar Baby",
     * "the Hundred Years' War"). A count is not written so: "a million people", "Two Chinese soldiers" (no scale
     * word alone) stay numbers.
     */
    private static boolean inName(String text, int start, int end) {
        String w = text.substring(start, end);
        if (!w.matches("(?:Hundred|Thousand|Million|Billion|Trillion|Dozen)")) {
            return false;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next > end && next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    /** The value of a number {@link #wordNumber()} matched. */
    private static long wordValue(String words) {
        long total = 0;
        long current = 0;
        for (String w : words.toLowerCase(Locale.ROOT).split("[-\\s]+")) {
            if (w.equals("and")) {
                continue;
            }
            long v = WORDS.get(w);
            if (w.equals("hundred") || w.equals("dozen")) {
                current = Math.max(current, 1) * v;
            } else if (v >= 1000) {
                total += Math.max(current, 1) * v;
                current = 0;
            } else {
                current += v;
            }
        }
        return total + current;
    }

    /** Plural round numbers that name a range rather than a value. */
    private static final Map<String, long[]> VAGUE = Map.of(
            "dozens", new long[] {24, 99},
            "hundreds", new long[] {200, 999},
            "thousands", new long[] {2_000, 9_999},
            "tens of thousands", new long[] {20_000, 99_999},
            "hundreds of thousands", new long[] {200_000, 999_999},
            "millions", new long[] {2_000_000, 999_999_999});
    private static final String APPROX = "approximately|about|around|roughly|nearly|almost|some|an estimated|estimated";
    private static final String BOUND = "more than|over|at least|up to|fewer than|less than|under|as many as";
    /*
     * Figures joined by a slash are a date or a name ("the 9/12 Project", "9/11 families"), and a figure before a
     * letter-and-digit code is a code's name ("501 c3,4,5 organizations", "501(c)(4) groups", "401(k)"): no counts.
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,]|\\d:|\\d/)"
            + "(?:(?<approx>" + APPROX + ")\\s+|(?<bound>" + BOUND + ")\\s+)?"
            + "(?:(?<vague>tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions)"
            + "|(?<digits>(?>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?))"
            + "(?:\\s+(?<scale>million|billion|trillion|thousand|mln|bln)|\\s?(?<short>bn|mn|tn|m|k))?"
            + "|(?<word>" + wordNumber() + "))(?<percent>\\s?%|\\s+per\\s?cent|\\s+pct)?(?![\\p{L}\\p{N}]|:\\d\\d|/\\d"
            + "|\\s?\\(\\p{L}\\)|\\s\\p{L}\\d)"
            + "(?<rate>[^.;]{0,60}?\\bat a time\\b)?", Pattern.CASE_INSENSITIVE);

    /** A month's name or its abbreviation, capitalised, right before a day ("Oct. 18", "September 3", "Dec. 16-18"). */
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?<![\\p{L}])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
            + "Sept|Oct|Nov|Dec)(?:[a-z]*)\\.?\\s+(?:\\d{1,2}\\s?[-–]\\s?)?$");
    /** A month's name right after a day ("18 October", "16-18 December"). */
    private static final Pattern MONTH_AFTER = Pattern.compile("^(?:\\s?[-–]\\s?\\d{1,2})?\\s+(?:January|February|March|"
            + "April|May|June|July|August|September|October|November|December)(?![\\p{L}])");

    /** Whether the digits {@code d} at [start, end) are a day of a month named right before or after them. */
    private static boolean isDayOfMonth(String text, int start, int end, String d) {
        if (d.length() > 2) {
            return false;
        }
        int day = Integer.parseInt(d);
        if (day < 1 || day > 31) {
            return false;
        }
        return MONTH_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find()
                || MONTH_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 18))).find();
    }

    /** Whether a currency sign stands right before the digits at {@code start} ("$54", "US$ 5", "£5.7"). */
    private static boolean isMoney(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.getType(text.charAt(i)) == Character.CURRENCY_SYMBOL;
    }

    /** A word "number" or "No." right before a figure makes it a rank ("the number two", "No. 2"). */
    private static final Pattern RANK_BEFORE = Pattern.compile("(?<![\\p{L}])(?i:number|No\\.)\\s+$");

    private static boolean isRank(String text, int start) {
        return RANK_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
    }

    /** One figure of a range: digits with an optional scale word. */
    private static final String FIGURE = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
            + "(?:\\s+(million|billion|trillion|thousand|mln|bln))?";
    /** Two figures that bound a number: "from 500,000 to 1.6 million", "between 1.5 and 2 million". */
    private static final Pattern RANGE = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?:from|between)\\s+" + FIGURE
            + "\\s+(?:to|and)\\s+" + FIGURE + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    /**
     * Every number the claim states, as "2", "~11000", ">3000", "2000..9999 (thousands)", "1500 at a time",
     * "500000..1600000" (a range: "from 500,000 to 1.6 million"); years (1900–2099 standing alone, and a range of
     * them) and ordinals are left out.
     */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher rm = RANGE.matcher(text);
        List<int[]> ranges = new ArrayList<>();
        List<String> rangeValues = new ArrayList<>();
        while (rm.find()) {
            String[] d = {rm.group(1).replace(",", ""), rm.group(3).replace(",", "")};
            String[] scale = {rm.group(2), rm.group(4)};
            if (scale[0] == null && scale[1] == null && d[0].matches("(19|20)\\d\\d")
                    && d[1].matches("(19|20)\\d\\d")) {
                continue; // "from 2010 to 2012": years
            }
            double low = Double.parseDouble(d[0]);
            double high = Double.parseDouble(d[1]);
            if (scale[0] == null && scale[1] != null && low < high) {
                scale[0] = scale[1]; // "between 1.5 and 2 million"
            }
            low *= scale[0] == null ? 1 : scale(scale[0]);
            high *= scale[1] == null ? 1 : scale(scale[1]);
            if (low > high) {
                continue;
            }
            ranges.add(new int[] {rm.start(), rm.end()});
            rangeValues.add(Math.round(low) + ".." + Math.round(high));
        }
        Matcher m = NUMBER.matcher(text);
        int nextRange = 0;
        while (m.find()) {
            while (nextRange < ranges.size() && ranges.get(nextRange)[1] <= m.start()) {
                out.add(rangeValues.get(nextRange++));
            }
            if (nextRange < ranges.size() && ranges.get(nextRange)[0] <= m.start()) {
                continue; // a figure of the range
            }
            String approx = m.group("approx");
            String bound = m.group("bound");
            String value;
            if (m.group("vague") != null) {
                String v = m.group("vague").toLowerCase(Locale.ROOT);
                long[] r = VAGUE.get(v);
                value = r[0] + ".." + r[1] + " (" + v + ")";
            } else if (m.group("digits") != null) {
                String d = m.group("digits").replace(",", "");
                if (m.group("scale") == null && m.group("short") == null && m.group("percent") == null
                        && m.group("digits").matches("(19|20)\\d\\d") && approx == null && bound == null) {
                    continue; // a year
                }
                if (m.group("scale") == null && m.group("percent") == null && approx == null && bound == null
                        && isDayOfMonth(text, m.start(), m.end(), d)) {
                    continue; // "on Oct. 18", "18 October": a date
                }
                if (m.group("short") != null && !isMoney(text, m.start("digits"))) {
                    continue; // "100m", "5k" without a currency sign: metres, a race, not a sum
                }
                String scaleWord = m.group("short") != null ? m.group("short") : m.group("scale");
                if (scaleWord != null) {
                    d = Long.toString(Math.round(Double.parseDouble(d) * scale(scaleWord)));
                } else if (approx == null && bound == null && isRank(text, m.start())) {
                    continue; // "WorldCom's former number two", "No. 2": a rank
                }
                value = d.replaceFirst("\\.0+$", ""); // "$3,544.00" is 3544
            } else {
                String w = m.group("word").toLowerCase(Locale.ROOT);
                if (w.equals("one") && approx == null && bound == null) {
                    continue; // "one of the", "one day": rarely a count worth comparing
                }
                if (approx == null && bound == null && isRank(text, m.start())) {
                    continue; // "the number two": a rank
                }
                if (approx == null && bound == null && inName(text, m.start("word"), m.end("word"))) {
                    continue; // "Million Dollar Baby has seven nominations": a title, not a count
                }
                value = Long.toString(wordValue(w));
            }
            if (m.group("percent") != null) {
                value = value + "%"; // "68%", "Thirty per cent": a share, not a count
            }
            if (approx != null) {
                value = "~" + value;
            } else if (bound != null) {
                String b = bound.toLowerCase(Locale.ROOT);
                value = (b.startsWith("fewer") || b.startsWith("less") || b.startsWith("under") || b.startsWith("up to")
                        || b.startsWith("as many as")
                        ? "<=" : ">=") + value;
            }
            if (m.group("rate") != null) {
                value = value + " at a time";
            }
            out.add(value);
        }
        while (nextRange < ranges.size()) {
            out.add(rangeValues.get(nextRange++));
        }
        return List.copyOf(out);
    }
}
