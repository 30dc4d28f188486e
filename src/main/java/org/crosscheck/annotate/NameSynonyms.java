package org.crosscheck.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Names of one organisation or group that WordNet 3.1 lists (through extjwnl): two names are one when a proper-noun
 * sense of each is one synset ("GOP" and "Republican Party"; "Labour" and "Labour Party"), and a name of members is
 * its group's when WordNet files the group as the members' member holonym ("Republican": "a member of the
 * Republican Party", whose synset holds "GOP"); members are people, so the House of Representatives, a member
 * of Congress in WordNet, is not Congress. Only senses written with a capital letter count, and only when the
 * name is one of the synset's words as written (or its plural), so "Times" is not "time". When the WordNet data
 * cannot be loaded, no two names are related.
 */
final class NameSynonyms {
    /** The proper-noun senses of a name (synset offsets), and the groups those senses are members of. */
    private record Senses(Set<Long> own, Set<Long> groups, Map<Long, String> words) {
    }

    private static final Map<String, Senses> CACHE = new ConcurrentHashMap<>();

    private NameSynonyms() {
    }

    /**
     * How two names (as written) are one in WordNet, for the evidence line ("one WordNet synset: GOP, Republican
     * Party"), or null when they are not.
     */
    static String relation(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank() || a.equalsIgnoreCase(b)) {
            return null;
        }
        Senses sa = senses(a);
        Senses sb = senses(b);
        for (Long o : sa.own()) {
            if (sb.own().contains(o)) {
                return "one WordNet synset (" + sa.words().get(o) + ")";
            }
        }
        for (Long o : sa.own()) {
            if (sb.groups().contains(o)) {
                return "WordNet: " + b + ", a member of the " + sa.words().get(o);
            }
        }
        for (Long o : sb.own()) {
            if (sa.groups().contains(o)) {
                return "WordNet: " + a + ", a member of the " + sb.words().get(o);
            }
        }
        return null;
    }

    /**
     * The political party whose members a name names ("Democrats": WordNet's "Democrat" is a member of the
     * "Democratic Party", a kind of "party, political party"), as its synset's words; null when none.
     */
    static String partyOfMembers(String name) {
        Dictionary d = VerbClasses.dictionary();
        if (d == null || name == null || name.isBlank()) {
            return null;
        }
        try {
            for (Long o : senses(name).groups()) {
                Synset g = d.getSynsetAt(POS.NOUN, o);
                if (g == null) {
                    continue;
                }
                if (kindOfPoliticalParty(g)) {
                    return wordsOf(g);
                }
            }
        } catch (JWNLException e) {
            return null;
        }
        return null;
    }

    /**
     * Whether a capitalised word names a member of a political party in WordNet: a member of a party WordNet has
     * ("Democrat", "Republican"), or a person sense written with the capital whose gloss makes it a member of a party
     * ("Tory": "a member of political party in Great Britain that has been known as the Conservative Party …";
     * "Conservative": "a member of a Conservative Party"). "Frank" ("a member of the ancient Germanic peoples") is not.
     */
    static boolean isPartyMember(String word) {
        if (word == null) {
            return false;
        }
        return PARTY_MEMBER.computeIfAbsent(word, NameSynonyms::loadPartyMember);
    }

    /**
     * The name of the party a capitalised word's person sense makes its member a member of, as WordNet's gloss
     * writes it before "Party", or null: "Conservative" for "Tory" ("a member of political party in Great Britain
     * that has been known as the Conservative Party since 1834").
     */
    static String partyInMemberGloss(String word) {
        Dictionary d = VerbClasses.dictionary();
        if (d == null || word == null || word.isBlank() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        try {
            IndexWord w = d.lookupIndexWord(POS.NOUN, word);
            if (w == null) {
                return null;
            }
            for (Synset s : w.getSenses()) {
                if (!"noun.person".equals(s.getLexFileName()) || s.getGloss() == null) {
                    continue;
                }
                boolean written = false;
                for (Word x : s.getWords()) {
                    written |= x.getLemma().equals(word);
                }
                String first = s.getGloss().split("[;(]")[0];
                if (!written || !first.toLowerCase(java.util.Locale.ROOT).startsWith("a member of")) {
                    continue;
                }
                java.util.regex.Matcher m = PARTY_IN_GLOSS.matcher(first);
                if (m.find()) {
                    return m.group(1);
                }
            }
        } catch (JWNLException e) {
            return null;
        }
        return null;
    }

    private static final java.util.regex.Pattern PARTY_IN_GLOSS =
            java.util.regex.Pattern.compile("\\b((?:\\p{Lu}[\\p{L}-]*\\s)+)Party\\b");

    /** {@link #isPartyMember} by word: asked for the first word of many names ("John"), looked up in WordNet once. */
    private static final Map<String, Boolean> PARTY_MEMBER = new ConcurrentHashMap<>();

    private static boolean loadPartyMember(String word) {
        if (partyOfMembers(word) != null) {
            return true;
        }
        Dictionary d = VerbClasses.dictionary();
        if (d == null || word.isBlank() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        try {
            IndexWord w = d.lookupIndexWord(POS.NOUN, word);
            if (w == null) {
                return false;
            }
            for (Synset s : w.getSenses()) {
                if (!"noun.person".equals(s.getLexFileName())) {
                    continue;
                }
                boolean written = false;
                for (Word x : s.getWords()) {
                    written |= x.getLemma().equals(word);
                }
                String gloss = s.getGloss() == null ? "" : s.getGloss().toLowerCase(java.util.Locale.ROOT);
                if (written && gloss.startsWith("a member of") && gloss.split("[;(]")[0].contains(" party")) {
                    return true;
                }
            }
        } catch (JWNLException e) {
            return false;
        }
        return false;
    }

    /** Whether the synset is a kind of "political party" (one of its direct hypernyms holds that word). */
    private static boolean kindOfPoliticalParty(Synset g) throws JWNLException {
        for (Pointer p : g.getPointers(PointerType.HYPERNYM)) {
            for (Word x : p.getTargetSynset().getWords()) {
                if (x.getLemma().equals("political party")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether WordNet has the name (as written, or with a lower-case "party" at its end capitalised: "Labour
     * party") as a political party ("Labour Party", "Democratic Party").
     */
    static boolean isPoliticalParty(String name) {
        Dictionary d = VerbClasses.dictionary();
        if (d == null || name == null || name.isBlank()) {
            return false;
        }
        try {
            for (Long o : senses(partyCapitalised(name)).own()) {
                Synset g = d.getSynsetAt(POS.NOUN, o);
                if (g == null) {
                    continue;
                }
                if (kindOfPoliticalParty(g)) {
                    return true;
                }
            }
        } catch (JWNLException e) {
            return false;
        }
        return false;
    }

    /**
     * A name's lower-case "party" at its end capitalised, as WordNet writes parties ("Labour party", BBC style, is
     * WordNet's "Labour Party"); other names as they are.
     */
    static String partyCapitalised(String name) {
        String n = name.strip();
        return n.endsWith(" party") ? n.substring(0, n.length() - "party".length()) + "Party" : n;
    }

    private static Senses senses(String name) {
        return CACHE.computeIfAbsent(name.strip(), NameSynonyms::load);
    }

    private static Senses load(String name) {
        Set<Long> own = new HashSet<>();
        Set<Long> groups = new HashSet<>();
        Map<Long, String> words = new ConcurrentHashMap<>();
        Dictionary d = VerbClasses.dictionary();
        if (d == null || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return new Senses(own, groups, words);
        }
        String singular = name.length() > 3 && name.endsWith("s") ? name.substring(0, name.length() - 1) : null;
        try {
            IndexWord w = d.lookupIndexWord(POS.NOUN, name);
            if (w == null) {
                return new Senses(own, groups, words);
            }
            for (Synset s : w.getSenses()) {
                boolean written = false;
                for (Word x : s.getWords()) {
                    String lemma = x.getLemma();
                    if (Character.isUpperCase(lemma.charAt(0))
                            && (lemma.equals(name) || lemma.equals(singular))) {
                        written = true;
                    }
                }
                if (!written) {
                    continue;
                }
                own.add(s.getOffset());
                words.put(s.getOffset(), wordsOf(s));
                if (!"noun.person".equals(s.getLexFileName())) {
                    continue; // a member that is a person ("Republican"), not a part ("House of Representatives")
                }
                for (Pointer p : s.getPointers(PointerType.MEMBER_HOLONYM)) {
                    Synset g = p.getTargetSynset();
                    if ("noun.location".equals(g.getLexFileName())) {
                        // a place's "members" are its natives, named by a demonym: a link of its own, no other name
                        // of the place ("Liverpudlian": "a native or resident of Liverpool", BBC politics 075, made
                        // "Liverpool" an alias of "Liverpudlians")
                        continue;
                    }
                    groups.add(g.getOffset());
                }
            }
        } catch (JWNLException e) {
            // no relation from a dictionary that cannot be read
        }
        return new Senses(own, groups, words);
    }

    private static String wordsOf(Synset s) {
        StringBuilder b = new StringBuilder();
        for (Word x : s.getWords()) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(x.getLemma());
        }
        return b.toString();
    }

    private static final Map<String, Boolean> CAPITALS = new ConcurrentHashMap<>();

    /**
     * Whether WordNet has the name (as written) as an instance of a national capital ("Washington": the capital of
     * the United States, beside the state).
     */
    static boolean isNationalCapital(String name) {
        return CAPITALS.computeIfAbsent(name.strip(), NameSynonyms::loadCapital);
    }

    private static boolean loadCapital(String name) {
        try {
            for (Synset s : sensesWrittenAs(name)) {
                for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
                    if (p.getTargetSynset().getWords().stream()
                            .anyMatch(x -> x.getLemma().equals("national capital"))) {
                        return true;
                    }
                }
            }
        } catch (JWNLException e) {
            return false;
        }
        return false;
    }

    /**
     * The noun senses WordNet has for a capitalised name, each holding the name written as it is ("Washington" the
     * capital and the state, not "washington"); empty without WordNet, for a name in lower case, or for one WordNet
     * does not know.
     */
    private static List<Synset> sensesWrittenAs(String name) {
        Dictionary d = VerbClasses.dictionary();
        if (d == null || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return List.of();
        }
        try {
            IndexWord w = d.lookupIndexWord(POS.NOUN, name);
            if (w == null) {
                return List.of();
            }
            List<Synset> out = new java.util.ArrayList<>();
            for (Synset s : w.getSenses()) {
                if (s.getWords().stream().anyMatch(x -> x.getLemma().equals(name))) {
                    out.add(s);
                }
            }
            return out;
        } catch (JWNLException e) {
            return List.of();
        }
    }

    /** WordNet classes whose kinds are places of business: a noun of one of them names a business after a name. */
    private static final Set<String> BUSINESS_CLASSES = Set.of("place of business", "business establishment",
            "restaurant", "shop", "mercantile establishment", "hotel", "bar");
    private static final Map<String, Boolean> BUSINESS = new ConcurrentHashMap<>();

    /**
     * Whether a common noun (any case) has a sense that is a kind of place of business in WordNet ("diner": a
     * restaurant; "grill", "cafe", "pharmacy" …), so that "Joey's Diner" names a business, not Joey.
     */
    static boolean isBusinessNoun(String noun) {
        return BUSINESS.computeIfAbsent(noun.toLowerCase(java.util.Locale.ROOT), NameSynonyms::loadBusiness);
    }

    private static boolean loadBusiness(String noun) {
        Dictionary d = VerbClasses.dictionary();
        if (d == null || noun.isEmpty()) {
            return false;
        }
        try {
            IndexWord w = d.getIndexWord(POS.NOUN, noun);
            if (w == null) {
                return false;
            }
            for (Synset s : w.getSenses()) {
                java.util.ArrayDeque<Synset> todo = new java.util.ArrayDeque<>(List.of(s));
                Set<Long> seen = new HashSet<>();
                while (!todo.isEmpty()) {
                    Synset x = todo.poll();
                    if (!seen.add(x.getOffset()) || seen.size() > 60) {
                        continue;
                    }
                    if (x != s && x.getWords().stream().anyMatch(y -> BUSINESS_CLASSES.contains(y.getLemma()))) {
                        return true;
                    }
                    for (Pointer p : x.getPointers(PointerType.HYPERNYM)) {
                        todo.add(p.getTargetSynset());
                    }
                }
            }
        } catch (JWNLException e) {
            return false;
        }
        return false;
    }

    private static final Map<String, Long> PLACES = new ConcurrentHashMap<>();

    /**
     * The place a name names in WordNet when it names exactly one (the offset of its only noun.location sense
     * written as the name is, with a capital), or null. "America" (the United States; its other sense, the
     * continents, is filed as an object) and "U.S." (the country; its other sense is the government) have one;
     * "Russia" has four (the Soviet Union, the Soviet republic, the empire, the federation) and "New York" three
     * (the city, the state, the colony), so neither is joined to anything by this.
     */
    static Long onlyPlace(String name) {
        long o = PLACES.computeIfAbsent(name.strip(), NameSynonyms::loadPlace);
        return o < 0 ? null : o;
    }

    private static long loadPlace(String name) {
        Dictionary d = VerbClasses.dictionary();
        if (d == null || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return -1;
        }
        try {
            IndexWord w = d.lookupIndexWord(POS.NOUN, name);
            if (w == null) {
                return -1;
            }
            long found = -1;
            for (Synset s : w.getSenses()) {
                if (!"noun.location".equals(s.getLexFileName())) {
                    continue;
                }
                if (found >= 0) {
                    return -1; // a second place: which one the name means is not settled
                }
                if (s.getWords().stream().noneMatch(x -> x.getLemma().equals(name))) {
                    return -1;
                }
                found = s.getOffset();
            }
            return found;
        } catch (JWNLException e) {
            return -1;
        }
    }

    private static final Map<String, Boolean> PROPER_PLACES = new ConcurrentHashMap<>();

    /**
     * Whether WordNet has the name, written as it is with a capital, as a place (a noun.location sense): "Wall
     * Street" (a street in Manhattan); not "White", which WordNet has only as people.
     */
    static boolean isProperPlace(String name) {
        return PROPER_PLACES.computeIfAbsent(name.strip(), NameSynonyms::loadProperPlace);
    }

    private static boolean loadProperPlace(String name) {
        return sensesWrittenAs(name).stream().anyMatch(s -> "noun.location".equals(s.getLexFileName()));
    }

    /** The words of a synset, for an evidence line. */
    static String placeWords(long offset) {
        Dictionary d = VerbClasses.dictionary();
        try {
            Synset s = d == null ? null : d.getSynsetAt(POS.NOUN, offset);
            return s == null ? "" : wordsOf(s);
        } catch (JWNLException e) {
            return "";
        }
    }

    /** The synsets a name is a proper-noun sense of (WordNet offsets); empty when none. */
    static Set<Long> own(String name) {
        return senses(name).own();
    }

    /** The synsets of the groups a name's senses are members of ("Republican": the Republican Party's). */
    static Set<Long> groups(String name) {
        return senses(name).groups();
    }

    /**
     * The noun for a person that completes a title of two words or more with one more word and is, in one WordNet
     * sense, a synonym of {@code other}: "chief executive" and "CEO" give "chief executive officer" (one synset with
     * "CEO"; WordNet's own "chief executive" is the head of a government). Null when there is none.
     */
    static String personNounCompleting(String shorter, String other) {
        Dictionary d = VerbClasses.dictionary();
        String a = shorter.toLowerCase(java.util.Locale.ROOT).strip();
        if (d == null || a.split("\\s+").length < 2 || other.isBlank()) {
            return null;
        }
        try {
            IndexWord w = d.getIndexWord(POS.NOUN, other.strip());
            if (w == null) {
                return null;
            }
            for (Synset s : w.getSenses()) {
                if (!"noun.person".equals(s.getLexFileName())) {
                    continue;
                }
                for (Word x : s.getWords()) {
                    String lemma = x.getLemma().toLowerCase(java.util.Locale.ROOT);
                    if (lemma.startsWith(a + " ") && lemma.substring(a.length() + 1).matches("\\p{L}+")) {
                        return x.getLemma();
                    }
                }
            }
            return null;
        } catch (JWNLException e) {
            return null;
        }
    }

    /** A question put to WordNet, which may fail. */
    private interface Lookup<T> {
        T in(Dictionary d, String key) throws JWNLException;
    }

    /** The lookup's answer for the key, asked once; the fallback where WordNet is not there or fails. */
    private static <T> T memo(Map<String, T> cache, String key, T fallback, Lookup<T> lookup) {
        return cache.computeIfAbsent(key, k -> {
            Dictionary d = VerbClasses.dictionary();
            if (d == null) {
                return fallback;
            }
            try {
                return lookup.in(d, k);
            } catch (JWNLException e) {
                return fallback;
            }
        });
    }

    private static final Map<String, Boolean> ADJECTIVES = new ConcurrentHashMap<>();

    /**
     * Whether WordNet has the word as an adjective written in lower case ("bombastic"), and as no noun: a word a
     * sentence capitalises only because it comes first. "Olympic" (written so in WordNet) and "Republican" (a noun
     * too) are not.
     */
    static boolean isLowerCaseAdjective(String word) {
        return memo(ADJECTIVES, word.toLowerCase(java.util.Locale.ROOT), false,
                (d, w) -> d.getIndexWord(POS.NOUN, w) == null && firstSenseWrittenAs(d, POS.ADJECTIVE, w) != null);
    }

    private static final Map<String, String> NOUNS = new ConcurrentHashMap<>();

    /**
     * Whether WordNet has the words, exactly as written (capitals included, spaces between), as a noun:
     * "Constitution", "U.S. Constitution", "majority leader".
     */
    static boolean isNounAsWritten(String words) {
        return !nounFile(words).isEmpty();
    }

    /**
     * The lexicographer file of the first sense WordNet writes exactly as the words are ("noun.location" for
     * "Kursk", "noun.communication" for "Constitution"), or "" when it has none.
     */
    static String nounFile(String words) {
        return memo(NOUNS, words, "", (d, w) -> {
            Synset first = firstSenseWrittenAs(d, POS.NOUN, w);
            return first == null ? "" : first.getLexFileName();
        });
    }

    /**
     * The first sense of {@code words} (looked up exactly as given) that holds them written exactly so, capitals
     * included; null when there is none.
     */
    private static Synset firstSenseWrittenAs(Dictionary d, POS pos, String words) throws JWNLException {
        IndexWord w = d.getIndexWord(pos, words);
        if (w == null) {
            return null;
        }
        for (Synset s : w.getSenses()) {
            for (Word x : s.getWords()) {
                if (x.getLemma().equals(words)) {
                    return s;
                }
            }
        }
        return null;
    }

    private static final Map<String, Boolean> COMMON = new ConcurrentHashMap<>();

    /**
     * Whether WordNet has the word written in lower case, as a word of any part of speech ("long", "bank", "royal");
     * a surname or first name is not one, even when WordNet holds it with a capital for someone so named ("Perrin",
     * the physicist; "Dillard", the writer).
     */
    static boolean isCommonWord(String word) {
        return memo(COMMON, word.toLowerCase(java.util.Locale.ROOT), true, (d, w) -> {
            for (POS pos : POS.getAllPOS()) {
                if (firstSenseWrittenAs(d, pos, w) != null) {
                    return true;
                }
            }
            return false;
        });
    }

    private static final Map<String, Boolean> PEERAGE = new ConcurrentHashMap<>();
    private static final Set<String> NOBLES = Set.of("aristocrat", "noble", "nobleman", "noblewoman", "peer",
            "peeress");

    /**
     * Whether the word, in lower case, is a noun WordNet has for a rank of the peerage: a sense in noun.person whose
     * direct hypernym is a noble ("Lord": a male aristocrat; "baroness": a noblewoman; "baron": a noble).
     */
    static boolean isPeerageRank(String word) {
        return memo(PEERAGE, word.toLowerCase(java.util.Locale.ROOT), false, (d, w) -> {
            IndexWord iw = d.getIndexWord(POS.NOUN, w);
            if (iw == null) {
                return false;
            }
            for (Synset s : iw.getSenses()) {
                if (!"noun.person".equals(s.getLexFileName())) {
                    continue;
                }
                for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                    for (Word x : p.getTargetSynset().getWords()) {
                        if (NOBLES.contains(x.getLemma()) || x.getLemma().endsWith(" aristocrat")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    private static final Map<String, Boolean> GROUP_NOUNS = new ConcurrentHashMap<>();

    /**
     * Whether the word, in lower case, is a noun with a sense WordNet files in noun.group ("bank", "university",
     * "council", "house"): the head of an organisation's name such as "Bank of America".
     */
    static boolean isGroupNoun(String word) {
        return memo(GROUP_NOUNS, word.toLowerCase(java.util.Locale.ROOT), true, (d, w) -> {
            IndexWord iw = d.getIndexWord(POS.NOUN, w);
            return iw != null && iw.getSenses().stream().anyMatch(s -> s.getLexFileName().equals("noun.group"));
        });
    }
}
