package org.crosscheck.annotate;

import static org.crosscheck.annotate.EntityResolver.PLACE;
import static org.crosscheck.annotate.EntityResolver.TRACE;
import static org.crosscheck.annotate.EntityResolver.typeClass;
import static org.crosscheck.annotate.MentionRepairs.WORD_LIST_TYPES;
import static org.crosscheck.annotate.MentionRepairs.demonymOfAPlace;
import static org.crosscheck.annotate.Names.isCapitalisedWord;
import static org.crosscheck.annotate.Names.matchesAt;
import static org.crosscheck.annotate.Names.nameKey;
import static org.crosscheck.annotate.Names.orgWords;
import static org.crosscheck.annotate.Names.personTokens;
import static org.crosscheck.annotate.Names.replaceMentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names NER missed: words it left untagged, or cut into pieces of other types, that are names by the corpus's own
 * evidence (a name WordNet and the corpus capitalise, an outlet of the corpus, a long name tagged elsewhere, a
 * source's lower-case spelling of a name others capitalise, a spelling variant of a name tagged elsewhere). Run by
 * {@link EntityResolver#resolve}, the first two from {@link MentionRepairs#repairMentions}.
 */
final class MissedNames {
    private MissedNames() {
    }

    /**
     * A word NER leaves untagged is a name when WordNet writes it with a capital letter, as the corpus does inside
     * sentences (twice or more, and more often than in lower case): "reading the U.S. Constitution aloud", "any
     * portion of the Constitution". A country's name right before it is taken in when WordNet has the two as one
     * name ("U.S. Constitution"); the name synonyms then join the short and the long form.
     */
    static void namesWordNetCapitalises(List<Doc> docs) {
        Map<String, Integer> capitalised = new HashMap<>();
        Map<String, Integer> lower = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.Tok t : d.toks) {
                if (t.word.length() < 2 || !Character.isLetter(t.word.charAt(0))
                        || d.sents.get(t.sent).boilerplate != null) {
                    continue;
                }
                if (Character.isLowerCase(t.word.charAt(0))) {
                    lower.merge(t.word.toLowerCase(Locale.ROOT), 1, Integer::sum);
                } else if (t.index > d.sents.get(t.sent).tokFrom
                        && !d.toks.get(t.index - 1).word.matches("[\"\u201C\u2018'(:-]+")) {
                    capitalised.merge(t.word.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        for (Doc d : docs) {
            for (Doc.Tok t : d.toks) {
                String key = t.word.toLowerCase(Locale.ROOT);
                if (t.mention != null || !t.pos.startsWith("NNP") || !t.word.matches("\\p{Lu}\\p{Ll}+")
                        || t.index == d.sents.get(t.sent).tokFrom || d.sents.get(t.sent).boilerplate != null
                        || capitalised.getOrDefault(key, 0) < (TRACE ? 1 : 2)
                        || lower.getOrDefault(key, 0) >= capitalised.get(key)
                        || !NameSynonyms.isNounAsWritten(t.word)) {
                    continue;
                }
                Doc.Tok next = t.index + 1 < d.toks.size() ? d.toks.get(t.index + 1) : null;
                if (next != null && next.sent == t.sent && (next.mention != null || isCapitalisedWord(next.word)
                        || next.word.matches("\\p{Lu}\\."))) {
                    continue; // a word of a longer name ("Kursk Oblasts", "The North Koreans", "Christopher J. Dodd")
                }
                if (TRACE) {
                    System.err.println("trace-wordnet-capital\t" + d.id() + "\t" + t.word + "\tcapitalised="
                            + capitalised.get(key) + "\tlower=" + lower.getOrDefault(key, 0) + "\t"
                            + d.sents.get(t.sent).text.replaceAll("\\s+", " "));
                    if (capitalised.get(key) < 2) {
                        continue;
                    }
                }
                // WordNet's file gives the kind: a place ("Kursk"), a body of people, else a name of another kind
                String file = NameSynonyms.nounFile(t.word);
                String type = file.equals("noun.location") ? "LOCATION"
                        : file.equals("noun.group") ? "ORGANIZATION" : "MISC";
                Doc.NMention place = d.toks.get(t.index - 1).mention;
                if (place != null && !place.pronoun && place.type.equals("COUNTRY") && place.tokTo == t.index
                        && NameSynonyms.isNounAsWritten(place.text + " " + t.word)) {
                    replaceMentions(d, place.tokFrom, t.index + 1, type).retypedWhy =
                            "a name WordNet writes with a capital letter, as the corpus does: " + place.text + " "
                                    + t.word;
                } else {
                    replaceMentions(d, t.index, t.index + 1, type).retypedWhy =
                            "a name WordNet writes with a capital letter, as the corpus does: " + t.word;
                }
            }
        }
    }

    /**
     * The outlets of the corpus (each source's "outlet" field) are organisations wherever a text names one in its
     * words, tagged or not: "an AARP spokeswoman said in an email to HuffPost" (HuffPost's own text, where NER left
     * "HuffPost" untagged). The name must be written as the field writes it, capitalised, and cover every mention
     * it overlaps.
     */
    static void outletNames(List<Doc> docs) {
        Set<List<String>> outlets = new LinkedHashSet<>();
        for (Doc d : docs) {
            String outlet = d.layout == null ? null : d.layout.meta().get("outlet");
            if (outlet != null && !outlet.isBlank() && Character.isUpperCase(outlet.strip().charAt(0))) {
                outlets.add(List.of(outlet.strip().split("\\s+")));
            }
        }
        for (List<String> words : outlets) {
            for (Doc d : docs) {
                for (int i = 0; i + words.size() <= d.toks.size(); i++) {
                    int from = i;
                    int to = i + words.size();
                    if (!matchesAt(d, from, words) || d.toks.get(to - 1).sent != d.toks.get(from).sent
                            || d.sents.get(d.toks.get(from).sent).boilerplate != null) {
                        continue;
                    }
                    boolean inside = true;
                    boolean same = false;
                    for (int k = from; k < to; k++) {
                        Doc.NMention m = d.toks.get(k).mention;
                        if (m != null && (m.pronoun || m.tokFrom < from || m.tokTo > to)) {
                            inside = false;
                        }
                        same |= m != null && m.tokFrom == from && m.tokTo == to && m.type.equals("ORGANIZATION");
                    }
                    if (inside && !same) {
                        replaceMentions(d, from, to, "ORGANIZATION").retypedWhy =
                                "the name of an outlet of the corpus, " + String.join(" ", words);
                    }
                }
            }
        }
    }

    // ---- names NER missed

    /**
     * A name of several words that NER tagged as an organisation or a place somewhere in the corpus is that
     * organisation or place wherever the same words appear, when NER cut them into pieces of other types there or
     * left them untagged: "Sam's Club" in "4,300 Wal-Mart and Sam's Club stores", where NER saw a person "Sam" and
     * a thing "Club". Words inside a longer name stay in it.
     */
    static void propagateLongNames(List<Doc> docs) {
        Map<String, Map<List<String>, Map<String, Integer>>> byFirst = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                String cls = typeClass(m.type);
                if (m.pronoun || m.tokTo - m.tokFrom < 2 || !(cls.equals("ORGANIZATION") || cls.equals("PLACE"))) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (int i = m.tokFrom; i < m.tokTo; i++) {
                    words.add(d.toks.get(i).word);
                }
                byFirst.computeIfAbsent(words.get(0), k -> new HashMap<>())
                        .computeIfAbsent(words, k -> new HashMap<>()).merge(m.type, 1, Integer::sum);
            }
        }
        if (byFirst.isEmpty()) {
            return;
        }
        // the words that follow each name in the corpus: a name cut before its last word never stands alone
        Map<String, Set<String>> followedBy = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun) {
                    followedBy.computeIfAbsent(m.text, k -> new HashSet<>()).add(m.tokTo < d.toks.size()
                            ? d.toks.get(m.tokTo).word.toLowerCase(Locale.ROOT) : "");
                }
            }
        }
        for (Doc d : docs) {
            for (int i = 0; i < d.toks.size(); i++) {
                Map<List<String>, Map<String, Integer>> names = byFirst.get(d.toks.get(i).word);
                if (names == null || d.sents.get(d.toks.get(i).sent).boilerplate != null) {
                    continue;
                }
                List<String> best = null;
                for (List<String> words : names.keySet()) {
                    if ((matchesAt(d, i, words) || cutBeforeItsLastWord(d, i, words, followedBy))
                            && (best == null || words.size() > best.size())) {
                        best = words;
                    }
                }
                if (best == null) {
                    continue;
                }
                int from = i;
                int to = i + best.size();
                Doc.NMention here = d.toks.get(from).mention;
                if (here != null && here.tokFrom == from && here.tokTo == to) {
                    continue; // tagged already
                }
                boolean inside = true;
                for (int k = from; k < to && inside; k++) {
                    Doc.NMention t = d.toks.get(k).mention;
                    inside = t == null || !t.pronoun && t.tokFrom >= from && t.tokTo <= to;
                }
                if (!inside) {
                    continue;
                }
                String type = names.get(best).entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey).orElseThrow();
                replaceMentions(d, from, to, type);
                i = to - 1;
            }
        }
    }

    /**
     * Whether the words stand at {@code at} but for their last, written there in lower case right after a mention
     * that NER ended before it: "an inspection team from the International Olympic committee" (BBC politics 186,
     * "International Olympic" an organisation cut before "committee") where the corpus has "International Olympic
     * Committee" tagged whole. Three words or more, so that a party's "Labour party" is not taken for its name; and
     * the cut name must never stand alone in the corpus (every mention of it is followed by that word): "the Tea
     * Party movement", "White House press secretary" keep the names "Tea Party" and "White House" that stand alone
     * elsewhere, though the corpus also has "Tea Party Movement" and "White House Press".
     */
    private static boolean cutBeforeItsLastWord(Doc d, int at, List<String> words,
            Map<String, Set<String>> followedBy) {
        int n = words.size();
        if (n < 3 || at + n > d.toks.size() || !matchesAt(d, at, words.subList(0, n - 1))) {
            return false;
        }
        Doc.Tok last = d.toks.get(at + n - 1);
        Doc.NMention before = d.toks.get(at + n - 2).mention;
        return last.sent == d.toks.get(at).sent && last.mention == null && Character.isLowerCase(last.word.charAt(0))
                && last.word.equals(words.get(n - 1).toLowerCase(Locale.ROOT)) && before != null && !before.pronoun
                && before.tokTo == at + n - 1 && before.tokFrom >= at
                && followedBy.getOrDefault(before.text, Set.of()).equals(Set.of(last.word));
    }

    /**
     * House styles differ on capitals for movements and programmes: HuffPost writes "the tea party" where Fox and
     * the NYT write "Tea Party". Words a source writes only in lower case, never capitalised, are the name another
     * source of the corpus capitalises, when that name has two words or more and is an organisation, a group or a
     * movement (not a person or a place, whose lower-case words are common nouns), and the source writes them so
     * twice or more.
     */
    static void namesInLowerCase(List<Doc> docs) {
        Map<String, String> names = new HashMap<>();
        Map<String, Set<String>> capitalisedIn = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !(m.type.equals("ORGANIZATION") || WORD_LIST_TYPES.contains(m.type))) {
                    continue;
                }
                String[] w = orgWords(m.text);
                boolean capitals = w.length >= 2;
                for (String x : w) {
                    capitals &= isCapitalisedWord(x) && x.chars().anyMatch(Character::isLowerCase);
                }
                if (capitals) {
                    String k = String.join(" ", w).toLowerCase(Locale.ROOT);
                    names.putIfAbsent(k, m.type);
                    capitalisedIn.computeIfAbsent(k, x -> new HashSet<>()).add(d.id());
                }
            }
        }
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String k : names.keySet()) {
            byFirstWord.computeIfAbsent(k.substring(0, k.indexOf(' ')), x -> new ArrayList<>()).add(k);
        }
        for (Doc d : docs) {
            Map<String, List<Integer>> found = new LinkedHashMap<>();
            for (int k = 0; k < d.toks.size(); k++) {
                for (String name : byFirstWord.getOrDefault(d.toks.get(k).word, List.of())) {
                    if (capitalisedIn.get(name).contains(d.id())) {
                        continue;
                    }
                    String[] w = name.split(" ");
                    if (k + w.length > d.toks.size()) {
                        continue;
                    }
                    boolean match = true;
                    for (int i = 0; i < w.length && match; i++) {
                        Doc.Tok t = d.toks.get(k + i);
                        match = t.word.equals(w[i]) && t.mention == null && t.sent == d.toks.get(k).sent
                                && d.sents.get(t.sent).boilerplate == null;
                    }
                    if (match && k > 0 && d.toks.get(k - 1).word.equalsIgnoreCase("of")) {
                        break; // "the minister of foreign affairs of Ukraine": the words complete a title
                    }
                    if (match) {
                        found.computeIfAbsent(name, x -> new ArrayList<>()).add(k);
                        break;
                    }
                }
            }
            // a style is what a source does throughout: once may be the common words ("units of the armed
            // forces"), twice or more is how the source writes the name
            for (Map.Entry<String, List<Integer>> e : found.entrySet()) {
                if (e.getValue().size() < 2) {
                    continue;
                }
                int n = e.getKey().split(" ").length;
                for (int k : e.getValue()) {
                    Doc.NMention m = replaceMentions(d, k, k + n, names.get(e.getKey()));
                    m.retypedWhy = "written in lower case throughout this source, a name other sources capitalise";
                }
            }
        }
    }

    /**
     * A surname the tagger read as a common noun: a capitalised word tagged a common noun (NN, or NNS for a surname
     * that reads as a plural: "Sellers said …" after "Joseph Sellers", BASIL 2011) and left untagged by NER that is
     * exactly the surname of a person the same article named in full before it is a mention of a person ("Attorney
     * General Eric Holder said …", then "Holder made the comments …", "…," Holder said." with "Holder" an NN:
     * "holder" is an English noun). The full name must open with a first name CoreNLP's
     * list knows ("Patriot Coal", a company NER took for a person, gives no "Coal"). Not where the word has a
     * determiner ("the holder") or modifies another noun as a compound ("Price increases"). A proper noun of two or
     * three letters NER left untagged counts too ("Singapore's Finance Minister Richard Hu …", then "Last March Hu
     * cut corporation tax …", Reuters-00898): {@link #propagateNames} takes no word so short.
     */
    static void surnamesTaggedAsCommonNouns(List<Doc> docs) {
        for (Doc d : docs) {
            Map<String, Integer> firstFull = new HashMap<>();
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && typeClass(m.type).equals("PERSON")) {
                    String[] t = personTokens(m.text);
                    // a name NER took for a person's ("Patriot Coal") gives no surname: its first word must be a
                    // first name
                    if (t.length >= 2 && !t[t.length - 1].contains(" ") && Pronouns.isFirstName(m.text)) {
                        firstFull.putIfAbsent(t[t.length - 1], m.end);
                    }
                }
            }
            if (firstFull.isEmpty()) {
                continue;
            }
            for (Doc.Tok t : d.toks) {
                Doc.Sent s = d.sents.get(t.sent);
                boolean shortProperNoun = t.pos.equals("NNP") && t.word.length() >= 2 && t.word.length() <= 3;
                if (t.mention != null || !(t.pos.equals("NN") || t.pos.equals("NNS") || shortProperNoun)
                        || !"O".equals(t.ner) || t.word.length() < 3 && !shortProperNoun
                        || !Character.isUpperCase(t.word.charAt(0))
                        || !t.word.substring(1).equals(t.word.substring(1).toLowerCase(Locale.ROOT))
                        || s.boilerplate != null || t.dep.equals("compound")) {
                    continue;
                }
                Integer full = firstFull.get(NameVariants.fold(t.word));
                if (full == null || full > t.start || d.hasChild(s, t.index, c -> c.dep.equals("det"))) {
                    continue;
                }
                if (TRACE) {
                    System.err.println("trace surname-as-noun: " + t.word + " | " + s.text);
                }
                Doc.NMention m = replaceMentions(d, t.index, t.index + 1, "PERSON");
                m.retypedWhy = "a common noun to the tagger, but the surname of a person named in full before it";
            }
        }
    }

    /**
     * A name NER left untagged is a person's when it is the subject of a copula whose predicate is a noun for a person
     * or a title: "Piers Freelove is senior benefit officer on the picket line at Companies House, in Cardiff." (BBC
     * politics 210; the "He said:" after it is his). Two or three capitalised proper nouns, all untagged, the last the
     * subject ("nsubj") of a singular noun with a "be" copula whose first sense WordNet files under noun.person
     * ("officer", "spokesman") or that is a title's mention. An organisation is kept out by the words of the name: its
     * last word must not be an English word (WordNet's, in lower case: "Sky Plus is the market leader", "Companies
     * House") unless its first word is a first name CoreNLP's list knows ("John Baker"), and no word of it may be a
     * noun for a body of people ("House", "Union"). Not with a determiner ("The Acme Group is a supplier").
     */
    static void peopleBeforeAPersonPredicate(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.Tok t : d.toks) {
                Doc.Sent s = d.sents.get(t.sent);
                if (!t.dep.equals("nsubj") || t.head < 0 || s.boilerplate != null || !nameWordUntagged(t)) {
                    continue;
                }
                int from = t.index;
                while (from - 1 >= s.tokFrom && t.index - from < 2 && d.toks.get(from - 1).head == t.index
                        && d.toks.get(from - 1).dep.equals("compound") && nameWordUntagged(d.toks.get(from - 1))) {
                    from--;
                }
                if (from == t.index || from - 1 >= s.tokFrom && (d.toks.get(from - 1).mention != null
                        || isCapitalisedWord(d.toks.get(from - 1).word))) {
                    continue; // one word, or part of a longer name
                }
                Doc.Tok head = d.toks.get(t.head);
                boolean title = head.mention != null && !head.mention.pronoun && head.mention.type.equals("TITLE");
                if (!head.pos.equals("NN") || !(title || PersonNouns.isPerson(head.lemma))
                        || !d.hasChild(s, head.index, c -> c.dep.equals("cop") && c.lemma.equals("be"))
                        || d.hasChild(s, t.index, c -> c.dep.equals("det"))) {
                    continue;
                }
                String first = d.toks.get(from).word;
                String name = d.body.text().substring(d.toks.get(from).start, t.end);
                boolean bodyWord = false;
                for (int k = from; k <= t.index; k++) {
                    bodyWord |= NameSynonyms.isGroupNoun(d.toks.get(k).word);
                }
                if (bodyWord || NameSynonyms.isCommonWord(t.word) && !Pronouns.isFirstName(name)) {
                    continue;
                }
                if (TRACE) {
                    System.err.println("trace person-before-predicate: " + name + " | " + first + " | "
                            + s.text.replaceAll("\\s+", " "));
                }
                replaceMentions(d, from, t.index + 1, "PERSON").retypedWhy =
                        "the subject of \"be\" and a noun for a person: " + name + " is " + head.word;
            }
        }
    }

    private static boolean nameWordUntagged(Doc.Tok t) {
        return t.mention == null && "O".equals(t.ner) && t.pos.equals("NNP")
                && t.word.matches("\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?|Mc\\p{Lu}\\p{Ll}+");
    }

    /**
     * A capitalised word the tagger took for a common noun (NN, NNS) inside a sentence, not after an opening mark:
     * "Senior Labour backbencher Martin O'Neill" (BBC politics 206), "labour" to the tagger and no name to NER.
     * {@link #propagateNames} gives it the type of an organisation the corpus names so ("if Labour won", 112).
     */
    private static boolean commonNounInside(Doc d, Doc.Tok t) {
        return (t.pos.equals("NN") || t.pos.equals("NNS")) && t.index > d.sents.get(t.sent).tokFrom
                && t.word.matches("\\p{Lu}\\p{Ll}+")
                && !d.toks.get(t.index - 1).word.matches("[\"\u201C\u2018'(:\u2014\u2013-]+");
    }

    /**
     * The members of a party named in the plural are the party's group: "The Tories and the Lib Dems have called for
     * a second inquiry" (BBC politics 102), "the Tories have warned" (206), where NER left "Tories" untagged (it
     * tags it an organisation in other reports). A capitalised plural proper noun (NNPS), untagged, not a sentence's
     * first word, whose singular WordNet has as a member of a political party ("Tory") is an organisation; round
     * 21's merge then joins "Tory" and the party's name to it.
     */
    static void pluralPartyMembers(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.Tok t : d.toks) {
                if (t.mention != null || !t.pos.equals("NNPS") || !t.word.matches("\\p{Lu}\\p{Ll}+s")
                        || t.index == d.sents.get(t.sent).tokFrom || d.sents.get(t.sent).boilerplate != null) {
                    continue;
                }
                String singular = t.word.endsWith("ies") ? t.word.substring(0, t.word.length() - 3) + "y"
                        : t.word.substring(0, t.word.length() - 1);
                if (!NameSynonyms.isPartyMember(singular)) {
                    continue;
                }
                replaceMentions(d, t.index, t.index + 1, "ORGANIZATION").retypedWhy =
                        "the plural of a party's member (" + singular + "): the party's group";
            }
        }
    }

    /**
     * A capitalised proper noun that NER left untagged but that is (a spelling variant of) a one-word name tagged
     * elsewhere in the corpus gets that name's type: "Kyiv" where only "Kiev" was recognised. Not a common word in a
     * quoted line in title case, capitalised by the line.
     */
    static void propagateNames(List<Doc> docs) {
        Map<String, Map<String, Integer>> known = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                String cls = typeClass(m.type);
                if (m.pronoun || !(cls.equals("PERSON") || cls.equals("PLACE") || cls.equals("ORGANIZATION"))) {
                    continue;
                }
                String[] toks = cls.equals("PERSON") ? personTokens(m.text) : new String[] {nameKey(m.text)};
                if (toks.length == 0 || toks[toks.length - 1].contains(" ")) {
                    continue;
                }
                known.computeIfAbsent(toks[toks.length - 1], k -> new HashMap<>()).merge(m.type, 1, Integer::sum);
            }
        }
        Map<Character, List<String>> byInitial = new HashMap<>();
        for (String k : known.keySet()) {
            if (k.length() >= 4) {
                byInitial.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(k);
            }
        }
        Map<String, String> memo = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.Tok t : d.toks) {
                if (t.mention != null || !(t.pos.startsWith("NNP") || commonNounInside(d, t)) || t.word.length() < 4
                        || !Character.isUpperCase(t.word.charAt(0)) || t.word.equals(t.word.toUpperCase(Locale.ROOT))
                        || d.sents.get(t.sent).boilerplate != null) {
                    continue;
                }
                String w = NameVariants.fold(t.word);
                if (w.isEmpty()) {
                    continue;
                }
                String match = known.containsKey(w) ? w : memo.computeIfAbsent(w, x -> {
                    for (String k : byInitial.getOrDefault(x.charAt(0), List.of())) {
                        if (Math.abs(k.length() - x.length()) <= 2 && NameVariants.variant(k, x) != null) {
                            return k;
                        }
                    }
                    return "";
                });
                if (match.isEmpty()) {
                    match = null;
                }
                if (match == null) {
                    continue;
                }
                // a common word in a quoted line in title case ("Who has ever called a man 'The King of Rage?'") is
                // capitalised by the line, not as a name
                if (NameSynonyms.isCommonWord(t.word) && MentionRepairs.titleCaseQuotations(d).stream()
                        .anyMatch(l -> l[0] <= t.start && t.end <= l[1])) {
                    continue;
                }
                String type = known.get(match).entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey).orElseThrow();
                if (!t.pos.startsWith("NNP") && (!w.equals(match) || !type.equals("ORGANIZATION"))) {
                    continue; // a capitalised common noun takes only an organisation's name, as written
                }
                if (PLACE.contains(type) && !w.equals(match) && demonymOfAPlace(t.word, Set.of(match)) != null) {
                    // "the Californian had all but sewed up the votes": a demonym, not a spelling of the place
                    replaceMentions(d, t.index, t.index + 1, "NATIONALITY");
                    continue;
                }
                replaceMentions(d, t.index, t.index + 1, type);
            }
        }
    }
}
