package org.crosscheck.annotate;

import static org.crosscheck.annotate.EntityResolver.NUMERIC;
import static org.crosscheck.annotate.EntityResolver.PLACE;
import static org.crosscheck.annotate.Names.COMPANY_FORMS;
import static org.crosscheck.annotate.Names.bareCompanyName;
import static org.crosscheck.annotate.Names.dropMention;
import static org.crosscheck.annotate.Names.isCapitalisedWord;
import static org.crosscheck.annotate.Names.nameKey;
import static org.crosscheck.annotate.Names.personTokens;
import static org.crosscheck.annotate.Names.replaceMentions;
import static org.crosscheck.annotate.Names.surface;
import static org.crosscheck.annotate.Names.titleKey;
import static org.crosscheck.annotate.Pronouns.genderOf;
import static org.crosscheck.annotate.Pronouns.isFirstName;
import static org.crosscheck.annotate.TitleRepairs.beforePerson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the mentions NER cut or typed against the way names are written, document by document and across the
 * corpus, before {@link EntityResolver} groups them ({@link #repairMentions}: the rules run in a fixed order, each
 * on the mentions the ones before it left; those of titles are in {@link TitleRepairs}, those that find names NER
 * missed in {@link MissedNames}). Keeps the types the NER model gives a name on its own ({@link #nerAlone}), asked
 * once per name.
 */
final class MentionRepairs {
    private final Map<String, String> nerTypes = new HashMap<>();

    /**
     * The type the NER model gives the first word of a name on its own when it tags all its words as places or
     * nationalities (the parser is not run), else null.
     */
    String nerAlone(String name) {
        String type = nerTypes.computeIfAbsent(name, n -> {
            var doc = Nlp.annotateNames(n);
            if (doc.tokens().isEmpty()) {
                return "";
            }
            String first = doc.tokens().get(0).ner();
            boolean all = doc.tokens().stream().allMatch(t -> t.ner() != null
                    && (PLACE.contains(t.ner()) || t.ner().equals("NATIONALITY")));
            return all ? first : "";
        });
        return type.isEmpty() ? null : type;
    }

    // ---- mentions NER cut wrongly

    /** Words naming a division of a country; after a place name they are part of it ("Middlesex County"). */
    private static final Map<String, String> ADMIN_WORDS = adminWords();
    /** A place and a lower-case word in one token: "Colorado-grown", "Gibraltar-based", "Kansas City-area". */
    private static final Pattern PLACE_COMPOUND =
            Pattern.compile("(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*)-\\p{Ll}+");

    private static Map<String, String> adminWords() {
        Map<String, String> m = new HashMap<>();
        for (String w : List.of("county", "counties", "parish", "borough", "township")) {
            m.put(w, "LOCATION");
        }
        for (String w : List.of("province", "provinces", "oblast", "oblasts", "prefecture", "krai", "governorate")) {
            m.put(w, "STATE_OR_PROVINCE");
        }
        return Map.copyOf(m);
    }

    /**
     * A partnership named by its partners' surnames, as law and accounting firms are: at least three capitalised
     * words joined by commas, the last two by "&" or "and", closed by "&" or a legal form ("Mintz, Levin, Cohn,
     * Ferris, Glovsky and Popeo PC", "Mintz, Levin, Cohn, Ferris, Glovsky & Popeo"). NER reads it as people and
     * places; it is one organisation.
     */
    private static void partnershipNames(Doc d) {
        for (int i = 0; i < d.toks.size(); i++) {
            int k = i;
            int names = 0;
            boolean ampersand = false;
            int end = -1;
            int from = i;
            while (k < d.toks.size() && d.toks.get(k).sent == d.toks.get(i).sent) {
                Doc.Tok t = d.toks.get(k);
                if (!isCapitalisedWord(t.word) || t.mention != null && t.mention.pronoun) {
                    break;
                }
                names++;
                Doc.Tok sep = k + 1 < d.toks.size() ? d.toks.get(k + 1) : null;
                if (sep != null && sep.word.equals(",") && names < 12) {
                    k += 2;
                    continue;
                }
                if (sep != null && names >= 2 && (sep.word.equals("&") || sep.word.equals("and"))
                        && k + 2 < d.toks.size() && d.toks.get(k + 2).sent == t.sent
                        && COMPANY_FORMS.contains(NameVariants.fold(d.toks.get(k + 2).word))) {
                    // "Birr, Wilson and Co.": partners closed by "and Co."
                    names++;
                    ampersand = true;
                    end = k + 3;
                    break;
                }
                if (sep != null && (sep.word.equals("&") || sep.word.equals("and")) && k + 2 < d.toks.size()
                        && isCapitalisedWord(d.toks.get(k + 2).word)) {
                    // "Merrill Lynch, Pierce, Fenner and Smith": the partners' names after an organisation NER
                    // tagged, the first of them its last word
                    Doc.NMention org = d.toks.get(i).mention;
                    if (sep.word.equals("and") && org != null && !org.pronoun && org.type.equals("ORGANIZATION")
                            && org.tokTo == i + 1 && org.tokFrom < i && k + 3 <= d.toks.size()
                            && onlySurnamesAfter(d, i + 1, k + 3)) {
                        from = org.tokFrom;
                    }
                    ampersand = sep.word.equals("&") || from < i;
                    names++;
                    end = k + 3;
                    if (end < d.toks.size() && COMPANY_FORMS.contains(NameVariants.fold(d.toks.get(end).word))) {
                        ampersand = true;
                        end++;
                    }
                }
                break;
            }
            if (end > 0 && names >= 3 && ampersand && d.toks.get(end - 1).sent == d.toks.get(i).sent) {
                boolean inside = true;
                for (int j = from; j < end && inside; j++) {
                    Doc.NMention m = d.toks.get(j).mention;
                    // a list of countries or states ("Britain, France & Germany") is no firm
                    inside = m == null || m.tokFrom >= from && m.tokTo <= end && !m.type.equals("COUNTRY")
                            && !m.type.equals("STATE_OR_PROVINCE") && !m.type.equals("NATIONALITY");
                }
                if (inside) {
                    replaceMentions(d, from, end, "ORGANIZATION");
                    i = end - 1;
                }
            }
        }
    }

    /**
     * An organisation's name and a person's right after it, which NER took for one organisation: BBC, "The outgoing
     * head of the troubled Child Support Agency Doug Smith also earns an honour" (the agency's head, Doug Smith). The
     * mention's last two words are a first name of CoreNLP's list (of one gender) and a capitalised word that is no
     * group noun; the words before, two or more, end with a capitalised noun WordNet files as a group ("Agency",
     * "Office", "Party"). The mention is cut into the organisation and the person.
     */
    private static void organisationThenPerson(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !m.type.equals("ORGANIZATION") || !d.mentions.contains(m) || m.tokTo - m.tokFrom < 4) {
                continue;
            }
            String head = d.toks.get(m.tokTo - 3).word;
            String first = d.toks.get(m.tokTo - 2).word;
            String last = d.toks.get(m.tokTo - 1).word;
            if (!isCapitalisedWord(head) || !isCapitalisedWord(first) || !isCapitalisedWord(last)
                    || genderOf(first + " X") == null || !NameSynonyms.isGroupNoun(head)
                    || NameSynonyms.isGroupNoun(first) || NameSynonyms.isGroupNoun(last)
                    || d.toks.get(m.tokTo - 1).sent != d.toks.get(m.tokFrom).sent) {
                continue;
            }
            int from = m.tokFrom;
            int to = m.tokTo;
            dropMention(d, m);
            Doc.NMention o = replaceMentions(d, from, to - 2, "ORGANIZATION");
            o.retypedWhy = "an organisation's name ending in a group noun, before a person's name";
            Doc.NMention p = replaceMentions(d, to - 2, to, "PERSON");
            p.retypedWhy = "a first name and a surname after an organisation's name";
        }
    }

    /**
     * A person's name, "of" and the firm, which NER took for one organisation: Reuters-00110, "said Perrin Long of
     * Lipper Analytical"; reuters-00144, "said Dillard Spriggs of Petroleum Analysis Ltd". An organisation named
     * "X of Y" has a noun for a body before "of" ("Bank of America", "University of Chicago"); here the words before
     * "of" are two or three capitalised words (a middle initial allowed) whose first is a first name in CoreNLP's
     * list or a word no dictionary holds, whose last is no noun WordNet files as a group, and which the document
     * never names as an organisation by themselves; what follows "of" opens with a capital and is no place. The
     * mention is cut into a person and an organisation.
     */
    private static void personOfOrganisation(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !m.type.equals("ORGANIZATION") || !d.mentions.contains(m)) {
                continue;
            }
            int of = -1;
            for (int i = m.tokFrom + 2; i < m.tokTo - 1 && i <= m.tokFrom + 3; i++) {
                if (d.toks.get(i).word.equals("of")) {
                    of = i;
                    break;
                }
            }
            if (of < 0 || !isCapitalisedWord(d.toks.get(of + 1).word)) {
                continue;
            }
            String first = d.toks.get(m.tokFrom).word;
            String last = d.toks.get(of - 1).word;
            boolean namesOnly = true;
            for (int i = m.tokFrom; i < of; i++) {
                String w = d.toks.get(i).word;
                namesOnly &= isCapitalisedWord(w) || i != m.tokFrom && i != of - 1 && w.matches("\\p{Lu}\\.?");
            }
            String person = d.body.text().substring(m.start, d.toks.get(of - 1).end);
            String firm = d.body.text().substring(d.toks.get(of + 1).start, m.end);
            if (!namesOnly || first.equals("The") || !(genderOf(first + " X") != null
                    || !NameSynonyms.isCommonWord(first)) || NameSynonyms.isGroupNoun(last)
                    || NameSynonyms.isProperPlace(firm)
                    || d.mentions.stream().anyMatch(x -> x != m && !x.pronoun && x.text.equals(person)
                            && x.type.equals("ORGANIZATION"))) {
                continue;
            }
            int from = m.tokFrom;
            int to = m.tokTo;
            dropMention(d, m);
            Doc.NMention p = replaceMentions(d, from, of, "PERSON");
            p.retypedWhy = "a first name or no dictionary word, and a surname, before \"of\" and a firm: a person";
            Doc.NMention o = replaceMentions(d, of + 1, to, "ORGANIZATION");
            o.retypedWhy = "the firm after a person's name and \"of\"";
        }
    }

    /**
     * A person's name does not follow a capitalised "The" inside a sentence: that "The" opens the name of a work or
     * a body (the NYT's "in an interview first posted online by the newspaper The Hill", where NER tagged "Hill" a
     * person). The mention takes in "The"; it is an organisation when the noun right before it has a sense WordNet
     * files as a group ("newspaper": the firm that publishes one), otherwise a name of no known type.
     */
    private static void personNameAfterCapitalisedThe(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || m.tokFrom < 2) {
                continue;
            }
            // a capitalised title after it names a work too: "UK critics still favour The Aviator for best film"
            // (BBC entertainment), where NER tagged "Aviator" a title; one before a person's name stays a title
            boolean workAsTitle = m.type.equals("TITLE") && Character.isUpperCase(m.text.charAt(0))
                    && !TitleRepairs.beforePerson(d, m);
            if (!m.type.equals("PERSON") && !workAsTitle) {
                continue;
            }
            Doc.Tok the = d.toks.get(m.tokFrom - 1);
            Doc.Tok before = d.toks.get(m.tokFrom - 2);
            if (!the.word.equals("The") || the.mention != null || the.sent != m.sent || before.sent != m.sent
                    || !Character.isLetterOrDigit(before.word.charAt(0))) {
                continue;
            }
            String type = before.pos.startsWith("NN") && Character.isLowerCase(before.word.charAt(0))
                    && NameSynonyms.isGroupNoun(before.lemma != null ? before.lemma : before.word)
                    ? "ORGANIZATION" : "MISC";
            Doc.NMention n = replaceMentions(d, m.tokFrom - 1, m.tokTo, type);
            n.retypedWhy = WORK_AFTER_THE;
        }
    }

    /**
     * One word NER tagged a person in one place and a name of no known type (an award, an event) elsewhere in the
     * corpus is that thing when no person of the corpus is named in full with it: "the best actress Oscar at Bet 365"
     * (BBC, a person "Oscar" to NER) beside "has never won an Oscar" (MISC). A word that is a first or last name of a
     * person the corpus names in full stays a person.
     */
    private static void peopleNamedAsThingsElsewhere(List<Doc> docs) {
        Map<String, Integer> miscCount = new HashMap<>();
        Map<String, Integer> personCount = new HashMap<>();
        Set<String> nameWords = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun) {
                    continue;
                }
                if (m.type.equals("MISC") && m.tokTo - m.tokFrom == 1) {
                    miscCount.merge(m.text, 1, Integer::sum);
                } else if (m.type.equals("PERSON")) {
                    String[] t = personTokens(m.text);
                    if (t.length >= 2) {
                        nameWords.addAll(Arrays.asList(t));
                    } else if (m.tokTo - m.tokFrom == 1) {
                        personCount.merge(m.text, 1, Integer::sum);
                    }
                }
            }
        }
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("PERSON") && m.tokTo - m.tokFrom == 1
                        && miscCount.getOrDefault(m.text, 0) > personCount.getOrDefault(m.text, 0)
                        && !nameWords.contains(NameVariants.fold(m.text))) {
                    m.type = "MISC";
                    m.retypedWhy = "a word the corpus tags a name of no known type more often, and no person's name";
                }
            }
        }
    }

    private static final String WORK_AFTER_THE =
            "a capitalised \"The\" inside a sentence opens the name of a work or a body, not a person's";

    /**
     * The name of a work or a body found after a capitalised "The" inside a sentence is the same name where a
     * sentence opens with it and NER took its noun for a title: "The Aviator leads the shortlist" (BBC), after
     * "favour The Aviator for best film" in the same corpus.
     */
    private static void titlesOpeningWithTheAsWorks(List<Doc> docs) {
        Map<String, String> works = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && WORK_AFTER_THE.equals(m.retypedWhy)) {
                    works.putIfAbsent(m.text, m.type);
                }
            }
        }
        if (works.isEmpty()) {
            return;
        }
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !d.mentions.contains(m) || !m.type.equals("TITLE") || m.tokFrom < 1
                        || !Character.isUpperCase(m.text.charAt(0)) || TitleRepairs.beforePerson(d, m)) {
                    continue;
                }
                Doc.Tok the = d.toks.get(m.tokFrom - 1);
                String type = works.get("The " + m.text);
                if (type != null && the.word.equals("The") && the.mention == null && the.sent == m.sent) {
                    replaceMentions(d, m.tokFrom - 1, m.tokTo, type).retypedWhy =
                            "the name of a work or a body the corpus writes after a capitalised \"The\" elsewhere";
                }
            }
        }
    }

    /**
     * A sentence's first word, capitalised only because it comes first, is no part of an organisation's name the
     * corpus names without it: the NYT's "Local Republican Party affiliates are less organized …", where Fox names
     * "Republican Party". The word must be one WordNet writes in lower case and never with a capital, and the rest
     * (two words or more) a name NER tagged an organisation elsewhere in the corpus.
     */
    private static void cutSentenceOpeningWord(Doc d, Set<String> organisationNames) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !m.type.equals("ORGANIZATION") || !d.mentions.contains(m) || m.tokTo - m.tokFrom < 3
                    || d.sents.get(m.sent).tokFrom != m.tokFrom) {
                continue;
            }
            String first = d.toks.get(m.tokFrom).word;
            String rest = d.body.text().substring(d.toks.get(m.tokFrom + 1).start, m.end);
            if (!isCapitalisedWord(first) || !organisationNames.contains(rest)
                    || !NameSynonyms.isCommonWord(first) || NameSynonyms.isNounAsWritten(first)) {
                continue;
            }
            int to = m.tokTo;
            dropMention(d, m);
            Doc.NMention n = replaceMentions(d, m.tokFrom + 1, to, "ORGANIZATION");
            n.retypedWhy = "\"" + first + "\" opens the sentence, a word written in lower case, before the name "
                    + rest;
        }
    }

    /** Types of a single word that may be a partner's surname in a firm's name (no city, state or nation). */
    private static final Set<String> PARTNER_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");

    /**
     * Two surnames joined by "and" right after a person and "of" or "at" are the firm the person works for:
     * Reuters-00045, "Analyst Rosemarie Morbelli of Ingalls and Snyder said …", where NER saw a place "Ingalls" and
     * a person "Snyder". A person's affiliation is an organisation or a place; two single words that are neither a
     * city, state or country (for NER and WordNet) nor a first name are partners' names. Round 1's partnership rule
     * needs three names, "&" or a legal form, which a firm of two partners often goes without.
     */
    private static void firmOfTwoPartners(Doc d) {
        for (int i = 1; i + 4 <= d.toks.size(); i++) {
            Doc.Tok prep = d.toks.get(i);
            Doc.NMention person = d.toks.get(i - 1).mention;
            if (!(prep.word.equals("of") || prep.word.equals("at"))
                    || person == null || person.pronoun || !person.type.equals("PERSON") || person.tokTo != i
                    || !d.toks.get(i + 2).word.equals("and")) {
                continue;
            }
            Doc.Tok a = d.toks.get(i + 1);
            Doc.Tok b = d.toks.get(i + 3);
            Doc.Tok after = i + 4 < d.toks.size() ? d.toks.get(i + 4) : null;
            if (b.sent != prep.sent || !partnerName(a) || !partnerName(b) || after != null && after.sent == b.sent
                    && (isCapitalisedWord(after.word) || after.word.equals("&") || after.word.equals(","))) {
                continue;
            }
            Doc.NMention m = replaceMentions(d, i + 1, i + 4, "ORGANIZATION");
            m.retypedWhy = "two surnames joined by \"and\" after a person and \"" + prep.word
                    + "\": the firm the person works for";
            i += 3;
        }
    }

    /**
     * A name NER took for a person, closed by "and Co." or "& Co.", is a firm named after its founder:
     * reuters-00203, "said Scott Winningham of J.S. Winningham and Co.", where NER saw a person "J.S. Winningham"
     * ("Goldman, Sachs and Co." and "Birr, Wilson and Co.", of two names or more, round 8's rule takes). Only
     * "Co"/"Company" after "and" or "&", right after the person's last word, in the same sentence.
     */
    private static void nameAndCompany(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !m.type.equals("PERSON") || !d.mentions.contains(m) || m.tokTo + 2 > d.toks.size()) {
                continue;
            }
            Doc.Tok and = d.toks.get(m.tokTo);
            Doc.Tok co = d.toks.get(m.tokTo + 1);
            String w = NameVariants.fold(co.word).replace(".", "");
            if (and.sent != m.sent || co.sent != m.sent || !(and.word.equals("and") || and.word.equals("&"))
                    || !(w.equals("co") || w.equals("company")) || !Character.isUpperCase(co.word.charAt(0))) {
                continue;
            }
            Doc.NMention n = replaceMentions(d, m.tokFrom, m.tokTo + 2, "ORGANIZATION");
            n.retypedWhy = "a name closed by \"" + and.word + " " + co.word + "\": a firm named after its founder";
        }
    }

    private static final Pattern CAMEL_PART = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** Prepositions that open an advocacy group's joined name ("ForAmerica"); WordNet has no prepositions. */
    private static final Set<String> JOINED_PREPOSITIONS = Set.of("for", "on", "to", "with", "by");
    /** The particles of surnames written joined to the rest ("MacArthur", "VanDyke", "DeMint", "LaHood"). */
    private static final Set<String> SURNAME_PARTICLES = Set.of("mac", "mc", "van", "von", "der", "den", "del", "de",
            "di", "da", "du", "la", "le", "st", "fitz", "ben");

    /**
     * A one-word name joined from two or more capitalised words, each an English word WordNet writes in lower case
     * (or a preposition), or a place, is the name of an organisation, however NER types it: "FreedomWorks" (a place
     * to NER on BASIL dev), "ForAmerica" (a person). A person's name joined so opens with a particle ("MacArthur",
     * "DeMint") or a part no dictionary holds ("LeBron", "McConnell"); those stay.
     */
    private static void joinedWordsAsOrganisations(Doc d) {
        for (Doc.NMention m : d.mentions) {
            if (m.pronoun || m.tokTo - m.tokFrom != 1 || !(m.type.equals("PERSON") || PLACE.contains(m.type))) {
                continue;
            }
            Matcher pm = CAMEL_PART.matcher(m.text);
            List<String> parts = new ArrayList<>();
            int at = 0;
            while (pm.find() && pm.start() == at) {
                parts.add(pm.group());
                at = pm.end();
            }
            if (at != m.text.length() || parts.size() < 2
                    || SURNAME_PARTICLES.contains(parts.get(0).toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean words = true;
            boolean common = false;
            for (String p : parts) {
                String lower = p.toLowerCase(Locale.ROOT);
                boolean word = lower.length() >= 3 && NameSynonyms.isCommonWord(lower)
                        || JOINED_PREPOSITIONS.contains(lower);
                common |= word;
                words &= word || NameSynonyms.isProperPlace(p);
            }
            if (words && common) {
                m.retypedWhy = "a name joined from the words " + String.join(", ", parts) + ": an organisation";
                m.type = "ORGANIZATION";
                m.normValue = null;
            }
        }
    }

    /**
     * One organisation's name NER cut at its "and": "the House Oversight and Government Reform Committee" (HuffPost
     * 2013), an organisation "House Oversight" and another "Government Reform Committee"; "Oversight and Government
     * Reform Committee spokesman Ali Ahmad", "Oversight" left untagged. The words before "and" (an organisation NER
     * tagged, or capitalised words it left untagged, not the sentence's first) end in an English word WordNet writes
     * in lower case that names no body ("oversight"; not "Goldman Sachs", whose last word is no English word, nor
     * "the Senate and House committees", whose "Senate" is a body); the organisation after "and" ends in a noun for
     * a body ("committee", "commission"), follows "and" right away and is the name's end.
     */
    private static void organisationsCutAtAnd(Doc d) {
        for (Doc.NMention b : List.copyOf(d.mentions)) {
            if (b.pronoun || !b.type.equals("ORGANIZATION") || !d.mentions.contains(b) || b.tokFrom < 2) {
                continue;
            }
            Doc.Tok and = d.toks.get(b.tokFrom - 1);
            Doc.Tok last = d.toks.get(b.tokFrom - 2);
            Doc.Tok headB = d.toks.get(b.tokTo - 1);
            if (!and.word.equals("and") || and.sent != b.sent || last.sent != b.sent
                    || !Character.isUpperCase(last.word.charAt(0)) || !last.word.chars().allMatch(Character::isLetter)
                    || !NameSynonyms.isGroupNoun(headB.word) || !Character.isUpperCase(headB.word.charAt(0))
                    || !Character.isUpperCase(b.text.charAt(0))
                    || !NameSynonyms.isCommonWord(last.word) || NameSynonyms.isGroupNoun(last.word)) {
                continue;
            }
            int from;
            Doc.NMention a = last.mention;
            if (a != null) {
                if (a.pronoun || !a.type.equals("ORGANIZATION") || a.tokTo != b.tokFrom - 1) {
                    continue;
                }
                from = a.tokFrom;
            } else {
                // untagged capitalised words, none the sentence's first or right after an opening mark
                from = b.tokFrom - 2;
                int sentFrom = d.sents.get(b.sent).tokFrom;
                while (from - 1 > sentFrom && d.toks.get(from - 1).mention == null
                        && isCapitalisedWord(d.toks.get(from - 1).word)) {
                    from--;
                }
                boolean first = from == sentFrom
                        || d.toks.get(from - 1).word.matches("[\"\u201C\u2018'(]+");
                if (first || d.toks.get(from - 1).mention != null) {
                    continue;
                }
            }
            Doc.NMention m = replaceMentions(d, from, b.tokTo, "ORGANIZATION");
            m.retypedWhy = "one name cut at its \"and\" (\"" + last.word + "\" names no body)";
        }
    }

    /**
     * A public body named by its noun, "of" or "for", and two fields joined by "and" is one organisation: "the
     * Department of Work and Pensions where 2,000 jobs are threatened" (BBC politics 210), where NER tagged
     * "Department of Work" and left "Pensions" out, and "A Department for Work and Pensions spokeswoman" (156),
     * where it tagged none of it. The name opens with a capitalised noun for a body (WordNet's noun.group:
     * "Department", "Ministry") and "of" or "for"; its other words are capitalised, untagged (or the one
     * organisation NER cut at "and"), and each side of "and" is one English word written in lower case elsewhere
     * ("work", "pensions"), so that two names ("the Bank of England and Barclays") stay apart. The word after the
     * name is no capitalised word.
     */
    private static void bodiesCutAtAnd(Doc d) {
        for (int k = 2; k + 1 < d.toks.size(); k++) {
            Doc.Tok and = d.toks.get(k);
            Doc.Tok before = d.toks.get(k - 1);
            Doc.Tok after = d.toks.get(k + 1);
            if (!and.word.equals("and") || before.sent != and.sent || after.sent != and.sent
                    || after.mention != null || !isCapitalisedWord(after.word) || !fieldWord(before.word)
                    || !fieldWord(after.word)) {
                continue;
            }
            if (k + 2 < d.toks.size() && d.toks.get(k + 2).sent == and.sent
                    && (isCapitalisedWord(d.toks.get(k + 2).word) || d.toks.get(k + 2).word.equals("and"))) {
                continue;
            }
            int from;
            Doc.NMention cut = before.mention;
            if (cut != null) {
                if (cut.pronoun || !cut.type.equals("ORGANIZATION") || cut.tokTo != k) {
                    continue;
                }
                from = cut.tokFrom;
            } else {
                int j = k - 1;
                int sentFrom = d.sents.get(and.sent).tokFrom;
                while (j - 1 >= sentFrom) {
                    Doc.Tok t = d.toks.get(j - 1);
                    boolean word = t.mention == null && isCapitalisedWord(t.word);
                    boolean preposition = (t.word.equals("of") || t.word.equals("for")) && j - 2 >= sentFrom
                            && d.toks.get(j - 2).mention == null && isCapitalisedWord(d.toks.get(j - 2).word);
                    if (!word && !preposition) {
                        break;
                    }
                    j--;
                }
                from = j;
            }
            Doc.Tok head = d.toks.get(from);
            if (from + 2 >= k || !isCapitalisedWord(head.word) || !NameSynonyms.isGroupNoun(head.word)
                    || !(d.toks.get(from + 1).word.equals("of") || d.toks.get(from + 1).word.equals("for"))) {
                continue;
            }
            replaceMentions(d, from, k + 2, "ORGANIZATION").retypedWhy =
                    "a body's noun, \"" + d.toks.get(from + 1).word + "\" and two fields joined by \"and\": one name";
        }
    }

    /**
     * An organisation of two words, a person's surname and a place, both named so elsewhere in the document, is the
     * two names run together: "But Lawson told Funaro Brazil had to solve its problems with the banks" (Reuters-00950;
     * "Dilson Funaro" and "Brazil" are named before), an organisation "Funaro Brazil" to NER. The first word is the
     * last word of a person's name of two words or more in the document, the second a place's whole name there
     * (a city, state or country); the mention becomes a person and a place.
     */
    private static void personAndPlaceRunTogether(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !m.type.equals("ORGANIZATION") || !d.mentions.contains(m) || m.tokTo - m.tokFrom != 2) {
                continue;
            }
            String first = d.toks.get(m.tokFrom).word;
            String second = d.toks.get(m.tokFrom + 1).word;
            boolean surname = d.mentions.stream().anyMatch(x -> !x.pronoun && x.type.equals("PERSON")
                    && x.tokTo - x.tokFrom >= 2 && d.toks.get(x.tokTo - 1).word.equals(first));
            String place = d.mentions.stream().filter(x -> !x.pronoun && x != m && TOWN_OR_LAND.contains(x.type)
                    && x.text.equals(second)).map(x -> x.type).findFirst().orElse(null);
            if (!surname || place == null) {
                continue;
            }
            int from = m.tokFrom;
            dropMention(d, m);
            replaceMentions(d, from, from + 1, "PERSON").retypedWhy = "a surname run together with a place";
            replaceMentions(d, from + 1, from + 2, place).retypedWhy = "a place run together with a surname";
        }
    }

    /**
     * A peer's territorial designation: after a rank of the peerage (a noun WordNet has for a noble: "Lord",
     * "Baroness"), one or two capitalised words, "of" and capitalised words, the words before "of" are the peer's
     * name and those after it a place: "Lord Nicholls of Birkenhead, in his ruling, said" (BBC politics 224, where
     * NER made "Birkenhead" a person), "the then Lord Chancellor, Lord Irvine of Lairg" ("Irvine" a city). The words
     * of the name must be proper nouns to the tagger and no title ("Lord Chancellor of …" is no peer's name).
     */
    private static void peersOfAPlace(Doc d) {
        for (int i = 0; i + 3 < d.toks.size(); i++) {
            Doc.Tok rank = d.toks.get(i);
            if (!isCapitalisedWord(rank.word) || !NameSynonyms.isPeerageRank(rank.word)) {
                continue;
            }
            int of = i + 1;
            while (of < d.toks.size() && of - i <= 3 && d.toks.get(of).sent == rank.sent
                    && isCapitalisedWord(d.toks.get(of).word) && d.toks.get(of).pos.startsWith("NNP")
                    && (d.toks.get(of).mention == null || !d.toks.get(of).mention.type.equals("TITLE"))) {
                of++;
            }
            if (of == i + 1 || of - i > 3 || of + 1 >= d.toks.size() || !d.toks.get(of).word.equals("of")) {
                continue;
            }
            int end = of + 1;
            while (end < d.toks.size() && d.toks.get(end).sent == rank.sent && isCapitalisedWord(d.toks.get(end).word)
                    && d.toks.get(end).pos.startsWith("NNP")) {
                end++;
            }
            if (end == of + 1) {
                continue;
            }
            int from = i + 1;
            int to = end;
            Doc.NMention name = d.toks.get(from).mention;
            // a person's name ending before "of" is kept as it is, with the words before it ("Tory Lord Campbell of
            // Alloway": later rules take the party out)
            boolean nameKept = name != null && name.type.equals("PERSON") && name.tokTo == of && name.tokFrom <= from;
            Doc.NMention place = d.toks.get(of + 1).mention;
            boolean placeKept = place != null && PLACE.contains(place.type) && place.tokFrom == of + 1
                    && place.tokTo == end;
            if (nameKept && placeKept) {
                continue;
            }
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (!m.pronoun && m.tokFrom < to && m.tokTo > from && (m != name || !nameKept)
                        && (m != place || !placeKept)) {
                    dropMention(d, m);
                }
            }
            if (!nameKept) {
                replaceMentions(d, from, of, "PERSON").retypedWhy = "a peer's name before \"of\" and a place";
            }
            if (!placeKept) {
                replaceMentions(d, of + 1, end, "LOCATION").retypedWhy = "a peer's territorial designation";
            }
            i = end - 1;
        }
    }

    /** A capitalised word that is an English word written in lower case, or the plural of one ("Pensions"). */
    private static boolean fieldWord(String word) {
        if (!isCapitalisedWord(word)) {
            return false;
        }
        return NameSynonyms.isCommonWord(word)
                || word.endsWith("s") && NameSynonyms.isCommonWord(word.substring(0, word.length() - 1));
    }

    /**
     * A company named by two words joined by "and", closed by its legal form, is one organisation: "The price of
     * Hongkong and Shanghai Hotels Ltd's stock soared" (Reuters-00960), where NER made a place "Hongkong" and an
     * organisation "Shanghai Hotels Ltd". The organisation after "and" ends in a legal form ("Ltd", "Corp", "Co")
     * and follows "and" right away; before "and" stands one capitalised word, a place's name or untagged (not an
     * organisation: "Barclays and Lloyds Bank PLC" are two); and the organisation's name without its legal form is
     * never named alone in the document (a company named alone is a company of its own).
     */
    private static void companiesCutAtAnd(Doc d) {
        for (Doc.NMention b : List.copyOf(d.mentions)) {
            if (b.pronoun || !b.type.equals("ORGANIZATION") || !d.mentions.contains(b) || b.tokFrom < 2
                    || b.tokTo - b.tokFrom < 2) {
                continue;
            }
            Doc.Tok and = d.toks.get(b.tokFrom - 1);
            Doc.Tok a = d.toks.get(b.tokFrom - 2);
            String lastB = d.toks.get(b.tokTo - 1).word.replace(".", "").toLowerCase(Locale.ROOT);
            if (!and.word.equals("and") || a.sent != b.sent || !COMPANY_FORMS.contains(lastB)
                    || !isCapitalisedWord(a.word) || a.index == d.sents.get(a.sent).tokFrom) {
                continue;
            }
            Doc.NMention am = a.mention;
            if (am != null && (am.pronoun || am.tokTo - am.tokFrom != 1 || !PLACE.contains(am.type))) {
                continue;
            }
            if (am == null && !"O".equals(a.ner)) {
                continue;
            }
            String bare = bareCompanyName(b.text);
            boolean alone = d.mentions.stream().anyMatch(x -> x != b && !x.pronoun
                    && nameKey(x.text).equals(bare));
            if (alone) {
                continue;
            }
            replaceMentions(d, a.index, b.tokTo, "ORGANIZATION").retypedWhy =
                    "two words joined by \"and\" before a legal form: one company";
        }
    }

    /**
     * Two parties' members named in one breath are two groups: "Republicans and Democrats pressed ahead" (NYT 2013),
     * one organisation to NER. A mention "A and B" whose two sides are each members of a political party in WordNet
     * ("Republicans", "Democrats") is cut into two mentions of that type.
     */
    private static void partiesJoinedByAnd(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || m.tokTo - m.tokFrom != 3 || !d.toks.get(m.tokFrom + 1).word.equals("and")) {
                continue;
            }
            String a = d.toks.get(m.tokFrom).word;
            String b = d.toks.get(m.tokFrom + 2).word;
            if (NameSynonyms.partyOfMembers(a) == null || NameSynonyms.partyOfMembers(b) == null
                    || NameSynonyms.partyOfMembers(a).equals(NameSynonyms.partyOfMembers(b))) {
                continue;
            }
            String type = m.type;
            int from = m.tokFrom;
            dropMention(d, m);
            replaceMentions(d, from, from + 1, type).retypedWhy = "one of two parties named with \"and\"";
            replaceMentions(d, from + 2, from + 3, type).retypedWhy = "one of two parties named with \"and\"";
        }
    }

    /**
     * A superlative opening a sentence is no word of the organisation named after it: "Latest Federal Reserve data
     * suggest …" (reuters-00203), an organisation "Latest Federal Reserve" to NER. Round 10's rule for a sentence's
     * first word needs the rest named elsewhere; a superlative (JJS, RBS: "Latest", "Biggest") opens no name of
     * three words or more.
     */
    private static void superlativeOpeningAnOrganisation(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            Doc.Tok t = d.toks.get(m.tokFrom);
            if (m.pronoun || !m.type.equals("ORGANIZATION") || m.tokTo - m.tokFrom < 3
                    || m.tokFrom != d.sents.get(m.sent).tokFrom || !(t.pos.equals("JJS") || t.pos.equals("RBS"))) {
                continue;
            }
            dropMention(d, m);
            replaceMentions(d, m.tokFrom + 1, m.tokTo, "ORGANIZATION").retypedWhy =
                    "without the superlative that opens its sentence (\"" + t.word + "\")";
        }
    }

    /** Whether a token opens with a capital and holds a letter ("Wal-Mart", "Plessy"; not "," or "v."). */
    private static boolean capitalised(Doc.Tok t) {
        return !t.word.isEmpty() && Character.isUpperCase(t.word.charAt(0)) && t.word.chars().anyMatch(Character::isLowerCase)
                && t.word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.' || c == '\'');
    }

    /**
     * A court case is one name: "Plessy v. Ferguson" (PolNeAR dev; "Ferguson" a place, round 11), "Gonzales v.
     * Raich" (HuffPost 2014, two people), "Roe v. Wade". Capitalised words on both sides of "v." (on the right also
     * "of" or "the" before a capitalised word: "Brown v. Board of Education"), up to four a side, in one sentence,
     * are a MISC mention; a mention that reaches outside them leaves it alone. Not "vs.", which news writes for a
     * contest ("Ready for Trump vs. Clinton?", PolNeAR dev: two people).
     */
    private static void caseNames(Doc d) {
        for (int i = 1; i + 1 < d.toks.size(); i++) {
            Doc.Tok v = d.toks.get(i);
            if (!v.word.equals("v.") || d.sents.get(v.sent).boilerplate != null) {
                continue;
            }
            int sentFrom = d.sents.get(v.sent).tokFrom;
            int sentTo = d.sents.get(v.sent).tokTo;
            int from = i;
            while (from - 1 >= sentFrom && i - from < 4 && capitalised(d.toks.get(from - 1))) {
                from--;
            }
            int to = i + 1;
            while (to < sentTo && to - i <= 5) {
                Doc.Tok t = d.toks.get(to);
                if (capitalised(t)) {
                    to++;
                } else if ((t.word.equals("of") || t.word.equals("the")) && to > i + 1 && to + 1 < sentTo
                        && capitalised(d.toks.get(to + 1))) {
                    to += 2;
                } else {
                    break;
                }
            }
            if (from == i || to == i + 1) {
                continue;
            }
            boolean inside = true;
            for (int k = from; k < to && inside; k++) {
                Doc.NMention m = d.toks.get(k).mention;
                inside = m == null || !m.pronoun && m.tokFrom >= from && m.tokTo <= to;
            }
            if (!inside) {
                continue;
            }
            Doc.NMention m = replaceMentions(d, from, to, "MISC");
            m.retypedWhy = "two parties' names with \"" + v.word + "\" between: a court case";
            i = to - 1;
        }
    }

    /**
     * A place after "of" that ends a name of capitalised words NER left untagged is part of that name: "the Rev.
     * John Paul Hopping of Our Lady of Guadalupe" (HuffPost 2014), where NER made "Guadalupe" a city, is a parish,
     * an organisation. Two capitalised words or more before "of", none the sentence's first or after an opening mark
     * ("The Gulf of Mexico" stays a place: one word, and the sentence's first); a city or a place, not a country or a
     * state ("the Minister of Foreign Affairs of Ukraine", seeds 003: the country stays a mention of its own).
     */
    private static void namesOfAPlaceAfterOf(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !(m.type.equals("CITY") || m.type.equals("LOCATION")) || !d.mentions.contains(m)
                    || m.tokFrom < 3
                    || !d.toks.get(m.tokFrom - 1).word.equals("of")) {
                continue;
            }
            int sentFrom = d.sents.get(m.sent).tokFrom;
            int from = m.tokFrom - 1;
            while (from - 1 > sentFrom && d.toks.get(from - 1).mention == null
                    && isCapitalisedWord(d.toks.get(from - 1).word) && m.tokFrom - from < 6) {
                from--;
            }
            Doc.Tok before = d.toks.get(from - 1);
            if (m.tokFrom - 1 - from < 2 || before.sent != m.sent
                    || before.word.matches("[\"\u201C\u2018'(]+")) {
                continue;
            }
            Doc.NMention n = replaceMentions(d, from, m.tokTo, "ORGANIZATION");
            n.retypedWhy = "a place ending a name of capitalised words and \"of\"";
        }
    }

    /** The nouns for an institution that its place may follow with "of" ("Bank of America"). */
    private static final Set<String> INSTITUTION_NOUNS = Set.of("Bank", "University", "College", "Institute");

    /**
     * An organisation whose name ends in a noun for an institution, then "of" and a place, is one organisation with
     * the place: "said Clemente Escano, vice president of the Union Bank of Switzerland" (Reuters-00898) was an
     * organisation "Union Bank" and a country "Switzerland", where NER kept "Industrial Bank of Japan" (00889) whole.
     * The place's mention opens right after "of" and ends the name; the organisation's last word is "Bank",
     * "University", "College" or "Institute" ("the Minister of Foreign Affairs of Ukraine" keeps its country).
     */
    private static void institutionsOfAPlace(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !m.type.equals("ORGANIZATION") || !d.mentions.contains(m) || m.tokTo + 1 >= d.toks.size()
                    || !INSTITUTION_NOUNS.contains(d.toks.get(m.tokTo - 1).word)
                    || !d.toks.get(m.tokTo).word.equals("of")) {
                continue;
            }
            Doc.NMention place = d.toks.get(m.tokTo + 1).mention;
            if (place == null || place.pronoun || !PLACE.contains(place.type) || place.tokFrom != m.tokTo + 1
                    || place.sent != m.sent) {
                continue;
            }
            replaceMentions(d, m.tokFrom, place.tokTo, "ORGANIZATION").retypedWhy =
                    "an institution's noun, \"of\" and a place: one organisation";
        }
    }

    /** A single capitalised word that may be a partner's surname: no place, nationality or first name. */
    private static boolean partnerName(Doc.Tok t) {
        if (!isCapitalisedWord(t.word) || t.mention != null && (t.mention.pronoun
                || t.mention.tokTo - t.mention.tokFrom != 1 || !PARTNER_TYPES.contains(t.mention.type))) {
            return false;
        }
        return !isFirstName(t.word + " " + t.word) && !NameSynonyms.isProperPlace(t.word);
    }

    /**
     * Whether tokens {@code from} to {@code to} hold only single capitalised words NER tagged as people or left
     * untagged, commas and "and": surnames of partners, not a list of companies or places.
     */
    private static boolean onlySurnamesAfter(Doc d, int from, int to) {
        for (int j = from; j < to; j++) {
            Doc.Tok t = d.toks.get(j);
            if (t.word.equals(",") || t.word.equals("and")) {
                continue;
            }
            if (!isCapitalisedWord(t.word) || t.mention != null && (t.mention.pronoun
                    || !t.mention.type.equals("PERSON") || t.mention.tokTo - t.mention.tokFrom != 1)) {
                return false;
            }
        }
        return true;
    }

    /** Types whose names are lower case by nature. */
    private static final Set<String> WRITTEN_AS_IS = Set.of("URL", "EMAIL", "HANDLE");

    /** Whether no word of a mention has a capital letter but a leading "The". */
    private static boolean noCapitalBeyondThe(Doc d, Doc.NMention m) {
        for (int i = m.tokFrom; i < m.tokTo; i++) {
            String w = d.toks.get(i).word;
            if (i == m.tokFrom && w.equals("The")) {
                continue;
            }
            if (w.codePoints().anyMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fixes mentions NER cut or typed against the way names are written: a lower-case "ideology" ("democracy",
     * "free market") is no name, nor a lower-case adjective taken for a title ("general" in "general election"); a place fused with a participle ("Colorado-grown") is a mention of the place; a
     * place followed by "County" or "Oblast" is one place with it ("Middlesex County", not "Middlesex" and
     * "County"), and a name ending in such a word is a place, not an organisation ("Kursk Oblasts").
     */
    void repairMentions(List<Doc> docs) {
        Map<String, String> knownPlaces = new HashMap<>();
        Map<String, String> knownGroups = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && PLACE.contains(m.type)) {
                    knownPlaces.putIfAbsent(nameKey(m.text), m.type);
                } else if (!m.pronoun && WORD_LIST_TYPES.contains(m.type) && !m.text.contains("-")) {
                    knownGroups.putIfAbsent(nameKey(m.text), m.type);
                }
            }
        }
        // a word's place when it is a demonym of one ("" when none): looked up once per word, not once per mention
        Map<String, String> demonyms = new HashMap<>();
        java.util.function.Function<String, String> demonym = w -> {
            String place = demonyms.computeIfAbsent(w,
                    x -> java.util.Objects.requireNonNullElse(demonymOfAPlace(x, knownPlaces.keySet()), ""));
            return place.isEmpty() ? null : place;
        };
        Set<String> titleWords = new HashSet<>();
        Map<String, String> adjectiveTypes = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("TITLE") && m.tokTo - m.tokFrom == 1
                        && Character.isUpperCase(m.text.charAt(0)) && beforePerson(d, m)) {
                    titleWords.add(titleKey(m.text));
                } else if (!m.pronoun && (m.type.equals("RELIGION") || m.type.equals("NATIONALITY"))
                        && m.tokTo - m.tokFrom == 1) {
                    adjectiveTypes.putIfAbsent(m.text, m.type);
                }
            }
        }
        // "Arizonan John McCain": a demonym of a place of the corpus before a person's name is no part of it
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("PERSON") && m.tokTo - m.tokFrom >= 3) {
                    String w = d.toks.get(m.tokFrom).word;
                    if (!adjectiveTypes.containsKey(w) && demonym.apply(w) != null) {
                        adjectiveTypes.put(w, "NATIONALITY");
                    }
                }
            }
        }
        // words the corpus writes in lower case inside a sentence, and those it capitalises there
        Set<String> lowerWords = new HashSet<>();
        Set<String> capitalisedInside = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.Tok t : d.toks) {
                if (t.word.isEmpty() || !Character.isLetter(t.word.charAt(0))) {
                    continue;
                }
                if (Character.isLowerCase(t.word.charAt(0))) {
                    lowerWords.add(t.word);
                } else if (t.index > d.sents.get(t.sent).tokFrom
                        && !d.toks.get(t.index - 1).word.matches("[\"\u201C\u2018'(:-]+")) {
                    capitalisedInside.add(t.word);
                }
            }
        }
        // the organisations NER named with two words or more, anywhere in the corpus
        Set<String> organisationNames = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("ORGANIZATION") && m.tokTo - m.tokFrom >= 2) {
                    organisationNames.add(m.text);
                }
            }
        }
        MissedNames.namesWordNetCapitalises(docs);
        MissedNames.outletNames(docs);
        thingsNamedAfterPeople(docs);
        for (Doc d : docs) {
            personOfOrganisation(d);
            organisationThenPerson(d);
            partnershipNames(d);
            firmOfTwoPartners(d);
            nameAndCompany(d);
            joinedWordsAsOrganisations(d);
            organisationsCutAtAnd(d);
            bodiesCutAtAnd(d);
            companiesCutAtAnd(d);
            personAndPlaceRunTogether(d);
            peersOfAPlace(d);
            partiesJoinedByAnd(d);
            superlativeOpeningAnOrganisation(d);
            caseNames(d);
            namesOfAPlaceAfterOf(d);
            institutionsOfAPlace(d);
            companiesWithLegalForm(d);
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (!m.pronoun && d.mentions.contains(m) && !NUMERIC.contains(m.type)
                        && !WRITTEN_AS_IS.contains(m.type)) {
                    trimEdges(d, m);
                }
            }
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (!m.pronoun && d.mentions.contains(m) && m.type.equals("PERSON")) {
                    TitleRepairs.splitLeadingTitle(d, m, titleWords, adjectiveTypes);
                }
            }
            personNameAfterCapitalisedThe(d);
            cutSentenceOpeningWord(d, organisationNames);
            joinPlacePieces(d);
            compassPointsBeforePlaces(d);
            holidaysOpeningANameOfAnEvent(d);
            placesOnARoute(d);
            businessesNamedAfterPeople(d);
            numberedNames(d);
            amountsOpeningNames(d);
            personsCutAtPrepositions(d);
            namesCutAtTimeWords(d);
            worksBeforeTheirStars(d);
            peopleInListsOfPeople(d);
            ordinalsNamingAlone(d);
            firmsAfterPluralNouns(d);
            firmsNamedByTheirNoun(d);
            publicationsNamedByTheirFrequency(d);
            programmesInQuotationMarks(d);
            programmesOfABroadcaster(d);
            sitesNamedByTheirDomain(d);
            pairOpeningAName(d);
            regionsAfterTowns(d);
            abbreviationsModifyingANoun(d);
            lawNames(d);
            TitleRepairs.titleAbbreviationsBeforeNames(d);
            TitleRepairs.namesAfterTitles(d);
            TitleRepairs.titlesWithTheWordBefore(d);
            nicknamesAfterInitials(d);
            cutAdjectivesBeforeNouns(d);
            TitleRepairs.cutTitleBeforeAddress(d);
            TitleRepairs.prizeCategories(d);
            joinNamesOpeningWithOf(d);
            wordsOfATitleCaseQuotation(d);
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !d.mentions.contains(m)) {
                    continue;
                }
                boolean adjective = m.tokTo - m.tokFrom == 1 && d.toks.get(m.tokFrom).pos.startsWith("JJ");
                if (!m.type.equals("TITLE") && !NUMERIC.contains(m.type) && !WRITTEN_AS_IS.contains(m.type)
                        && noCapitalBeyondThe(d, m)) {
                    // "The states" (of Nebraska and Oklahoma) taken for the United States: no word of a name
                    dropMention(d, m);
                    continue;
                }
                if (m.type.equals("IDEOLOGY") && Character.isLowerCase(m.text.charAt(0))
                        || m.type.equals("TITLE") && adjective && Character.isLowerCase(m.text.charAt(0))) {
                    dropMention(d, m);
                    continue;
                }
                String firstWord = d.toks.get(m.tokFrom).word;
                if (m.type.equals("IDEOLOGY") && m.tokTo - m.tokFrom == 1 && m.tokFrom == d.sents.get(m.sent).tokFrom
                        && lowerWords.contains(firstWord.toLowerCase(Locale.ROOT))
                        && !capitalisedInside.contains(firstWord)) {
                    // "Conservative Republicans in the House pleaded …": capitalised only as the sentence's first
                    // word, and written "conservative" everywhere else in the corpus
                    dropMention(d, m);
                    continue;
                }
                if (m.type.equals("MISC") && adjective && m.tokFrom == d.sents.get(m.sent).tokFrom
                        && !capitalisedInside.contains(firstWord) && m.tokTo < d.sents.get(m.sent).tokTo
                        && Character.isLowerCase(d.toks.get(m.tokTo).word.charAt(0))
                        && NameSynonyms.isLowerCaseAdjective(firstWord)) {
                    // "Bombastic conservative talk show host Glenn Beck closed …": an adjective capitalised only
                    // because it opens the sentence, before a common noun phrase
                    dropMention(d, m);
                    continue;
                }
                Matcher ofPlace = MEMBER_OF_PLACE.matcher(m.text);
                String placeType = !ofPlace.matches() ? null
                        : knownPlaces.containsKey(nameKey(ofPlace.group(2))) ? knownPlaces.get(nameKey(ofPlace.group(2)))
                        : (m.type.equals("ORGANIZATION") || m.type.equals("MISC") || m.type.equals("IDEOLOGY"))
                                && afterPersonAndComma(d, m) ? nerAlone(ofPlace.group(2)) : null;
                if ((m.type.equals("ORGANIZATION") || m.type.equals("MISC") || m.type.equals("IDEOLOGY"))
                        && placeType != null && afterPersonAndComma(d, m)) {
                    // "said Representative Patrick T. McHenry, Republican of North Carolina": the person's party
                    // and state, no organisation's name
                    int from = m.tokFrom;
                    int to = m.tokTo;
                    dropMention(d, m);
                    replaceMentions(d, from, from + 1, "MISC").retypedWhy =
                            "a person's party before \"of\" and a state, in apposition with the person";
                    replaceMentions(d, from + 2, to, placeType);
                    continue;
                }
                if (m.text.startsWith("then-") && !NUMERIC.contains(m.type)) {
                    // "then-Majority Leader Eric Cantor": "then-" marks a title held at the time, not a name
                    dropMention(d, m);
                    continue;
                }
                if (PLACE.contains(m.type) && nameKey(m.text).split(" ").length == 1) {
                    String place = demonym.apply(surface(m).replaceFirst("^(?i)the\\s+", ""));
                    if (place != null) {
                        // "the Californian" (a person from California), which NER took for the state
                        m.type = "NATIONALITY";
                        m.retypedWhy = "the demonym of " + place;
                        continue;
                    }
                }
                Matcher pc = PLACE_COMPOUND.matcher(m.text);
                if (!PLACE.contains(m.type) && !m.type.equals("PERSON") && !NUMERIC.contains(m.type)
                        && pc.matches()) {
                    String place = pc.group(1);
                    String type = knownPlaces.get(nameKey(place));
                    if (type == null) {
                        type = nerAlone(place);
                    }
                    if (type == null && knownGroups.containsKey(nameKey(place))) {
                        // "the Republican-led House Ways and Means Committee": the party, named elsewhere
                        type = knownGroups.get(nameKey(place));
                    }
                    if (type == null && Character.isLowerCase(place.charAt(place.length() - 1))
                            && knownGroups.containsKey(nameKey(place) + "s")) {
                        // "those Democrat-held seats" (Fox 2012): a member of a group the corpus names in the
                        // plural ("Democrats"), which the merge rules join the singular to
                        type = knownGroups.get(nameKey(place) + "s");
                    }
                    int to = m.tokFrom;
                    while (to < m.tokTo && d.toks.get(to).end <= m.start + place.length()) {
                        to++;
                    }
                    if (type != null && (PLACE.contains(type) || WORD_LIST_TYPES.contains(type))) {
                        if (to > m.tokFrom && d.toks.get(to - 1).end == m.start + place.length()) {
                            // the tokenizer split the hyphen off: the mention is the place's tokens
                            dropMention(d, m);
                            replaceMentions(d, m.tokFrom, to, type);
                        } else {
                            m.text = place;
                            m.end = m.start + place.length();
                            m.type = type;
                            m.normValue = null;
                        }
                    }
                    continue;
                }
                if (PLACE.contains(m.type) && m.tokTo - m.tokFrom >= 2 && m.tokFrom > 0
                        && d.toks.get(m.tokFrom - 1).mention != null
                        && d.toks.get(m.tokFrom - 1).mention.type.equals("TITLE")
                        && d.toks.get(m.tokFrom - 1).sent == m.sent
                        && Character.isUpperCase(d.toks.get(m.tokFrom - 1).word.charAt(0))
                        && isFirstName(m.text)) {
                    // "New York City Mayor Michael Bloomberg": a first name after a capitalised title is a person's
                    m.type = "PERSON";
                    continue;
                }
                String lastWord = d.toks.get(m.tokTo - 1).word;
                String admin = ADMIN_WORDS.get(lastWord.toLowerCase(Locale.ROOT));
                if ((m.type.equals("ORGANIZATION") || m.type.equals("MISC")) && m.tokTo - m.tokFrom >= 2
                        && admin != null && Character.isUpperCase(lastWord.charAt(0))) {
                    m.type = admin;
                    continue;
                }
                if (PLACE.contains(m.type) && m.tokTo < d.toks.size()) {
                    Doc.Tok next = d.toks.get(m.tokTo);
                    String nextAdmin = ADMIN_WORDS.get(next.word.toLowerCase(Locale.ROOT));
                    if (next.sent == m.sent && nextAdmin != null && Character.isUpperCase(next.word.charAt(0))
                            && (next.mention == null || PLACE.contains(next.mention.type)
                                    && next.mention.tokTo - next.mention.tokFrom == 1)) {
                        replaceMentions(d, m.tokFrom, m.tokTo + 1, nextAdmin);
                    }
                }
            }
        }
        cutLowerCaseNounsAfterNames(docs);
        retagCompanyNames(docs);
        joinAdjacentWordNames(docs);
        retagGroupNames(docs);
        splitJoinedOrganisations(docs);
        surnamesOfPeopleNamedBefore(docs);
        titlesOpeningWithTheAsWorks(docs);
        peopleNamedAsThingsElsewhere(docs);
        TitleRepairs.dropRoleNouns(docs);
    }

    /**
     * One word made of a person's surname and a common noun is a thing named after that person, not the person:
     * "to pay for ObamaCare" (NER: a person) where the corpus names Obama; "care" is a noun. The surname must be the
     * last word of a person's name in the corpus (three letters or more), and the rest a noun WordNet writes in
     * lower case, so "McCain", "DeMint", "LaBolt" (no person "Mc", "De", "La") stay people.
     */
    private static void thingsNamedAfterPeople(List<Doc> docs) {
        Set<String> surnames = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                String[] t = m.pronoun || !m.type.equals("PERSON") ? new String[0] : personTokens(m.text);
                if (t.length >= 1 && t[t.length - 1].length() >= 3) {
                    surnames.add(t[t.length - 1]);
                }
            }
        }
        Map<String, String> things = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !m.type.equals("PERSON") || m.tokTo - m.tokFrom != 1) {
                    continue;
                }
                String w = m.text;
                String lower = w.toLowerCase(Locale.ROOT);
                // each beginning of the word that is a surname (folded to lower case), at least three letters left
                for (int cut = 3; cut + 3 <= w.length(); cut++) {
                    String surname = lower.substring(0, cut);
                    String rest = surnames.contains(surname) ? w.substring(cut) : null;
                    if (rest != null && rest.chars().allMatch(Character::isLetter)
                            && rest.substring(1).chars().allMatch(Character::isLowerCase)
                            && NameSynonyms.isNounAsWritten(rest.toLowerCase(Locale.ROOT))) {
                        m.type = "MISC";
                        m.retypedWhy = "a thing named after a person: " + w.substring(0, surname.length())
                                + " and the noun \""
                                + rest.toLowerCase(Locale.ROOT) + "\" in one word";
                        things.put(w.toLowerCase(Locale.ROOT), m.retypedWhy);
                        break;
                    }
                }
            }
        }
        // the same word where NER left it untagged ("To pay for ObamaCare." in another source) is the same thing
        for (Doc d : docs) {
            for (Doc.Tok t : d.toks) {
                String why = t.mention == null && Character.isUpperCase(t.word.charAt(0))
                        ? things.get(t.word.toLowerCase(Locale.ROOT)) : null;
                if (why != null && d.sents.get(t.sent).boilerplate == null) {
                    replaceMentions(d, t.index, t.index + 1, "MISC").retypedWhy = why;
                }
            }
        }
    }

    /**
     * A common noun in lower case that NER took in at the end of a name is no word of it when the corpus writes the
     * name without it: "Vanity Fair magazine" (Fox) is "Vanity Fair" (HuffPost). Proper names are capitalised; the
     * noun says what kind of thing the name is.
     */
    private static void cutLowerCaseNounsAfterNames(List<Doc> docs) {
        Set<String> names = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && (m.type.equals("ORGANIZATION") || m.type.equals("MISC"))) {
                    names.add(m.text);
                }
            }
        }
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || m.tokTo - m.tokFrom < 2
                        || !(m.type.equals("ORGANIZATION") || m.type.equals("MISC"))) {
                    continue;
                }
                Doc.Tok last = d.toks.get(m.tokTo - 1);
                if (!last.pos.equals("NN") || !Character.isLowerCase(last.word.charAt(0))) {
                    continue;
                }
                String bare = d.body.text().substring(m.start, d.toks.get(m.tokTo - 2).end);
                if (names.contains(bare)) {
                    String type = m.type;
                    dropMention(d, m);
                    replaceMentions(d, m.tokFrom, m.tokTo - 1, type).retypedWhy =
                            "\"" + last.word + "\" in lower case after the name, which the corpus writes without it";
                }
            }
        }
    }

    /** One capitalised word, "of" and a name: "Republican of North Carolina", "Democrat of California". */
    private static final Pattern MEMBER_OF_PLACE = Pattern.compile("(\\p{Lu}\\p{L}+) of (\\p{Lu}.*)");

    /** Whether a mention stands right after a person's name and a comma, in apposition with the person. */
    private static boolean afterPersonAndComma(Doc d, Doc.NMention m) {
        if (m.tokFrom < 2 || !d.toks.get(m.tokFrom - 1).word.equals(",")) {
            return false;
        }
        Doc.NMention before = d.toks.get(m.tokFrom - 2).mention;
        return before != null && !before.pronoun && before.type.equals("PERSON") && before.sent == m.sent;
    }

    /**
     * A one-word name NER took for a person is a place when it starts a route to a place ("driving from, you know,
     * Appleton to Green Bay to Janesville to Milwaukee": the parser hangs "to Green Bay" on "Appleton") and is no first
     * name in CoreNLP's list: it is of the kind of the place it leads to.
     */
    private static void placesOnARoute(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !m.type.equals("PERSON") || m.tokTo - m.tokFrom != 1
                    || isFirstName(m.text + " X")) {
                continue;
            }
            Doc.Sent sent = d.sents.get(m.sent);
            for (int k = m.tokTo; k < sent.tokTo; k++) {
                Doc.Tok c = d.toks.get(k);
                if (c.head != m.tokFrom || !c.dep.startsWith("nmod") || c.mention == null || c.mention.pronoun
                        || !PLACE.contains(c.mention.type)
                        || !d.hasChild(sent, k, x -> x.dep.equals("case") && x.word.equalsIgnoreCase("to"))) {
                    continue;
                }
                m.type = c.mention.type;
                m.retypedWhy = "a place, the start of a route: \"" + m.text + " to " + c.mention.text + "\"";
                break;
            }
        }
    }

    /**
     * A first name in the possessive before a capitalised noun for a place of business is the business's name:
     * "Appearing at Joey's Diner here, …" named no person Joey (NER: a person "Joey" and a thing "Diner").
     */
    private static void businessesNamedAfterPeople(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !m.type.equals("PERSON") || m.tokTo - m.tokFrom != 1
                    || m.tokTo + 1 >= d.toks.size()) {
                continue;
            }
            Doc.Tok pos = d.toks.get(m.tokTo);
            Doc.Tok noun = d.toks.get(m.tokTo + 1);
            if (noun.sent != m.sent || !(pos.word.equals("'s") || pos.word.equals("\u2019s"))
                    || !isCapitalisedWord(noun.word) || noun.word.equals(noun.word.toUpperCase(Locale.ROOT))
                    || noun.mention != null && (noun.mention.tokTo - noun.mention.tokFrom != 1
                            || !(noun.mention.type.equals("MISC") || noun.mention.type.equals("ORGANIZATION")))
                    || !isFirstName(m.text + " X") || !NameSynonyms.isBusinessNoun(noun.word)) {
                continue;
            }
            Doc.NMention biz = replaceMentions(d, m.tokFrom, m.tokTo + 2, "ORGANIZATION");
            biz.retypedWhy = "a first name in the possessive before \"" + noun.word + "\", a place of business";
        }
    }

    /** Endings that make a demonym of a place's name: "Californian", "Arizonan", "Texan", "Japanese". */
    private static final List<String> DEMONYM_ENDINGS = List.of("n", "an", "ian", "ese", "ish", "i", "er", "ite");

    /**
     * The place (folded, as in {@code places}) whose demonym a word is ("Californian": "california"), or null: the
     * place's name, less at most its last letter, and a demonym's ending ("Indiana" is no demonym of India).
     */
    static String demonymOfAPlace(String word, Set<String> places) {
        String w = NameVariants.fold(word);
        if (w.length() < 5 || w.contains(" ") || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        for (String p : places) {
            if (p.contains(" ") || p.length() < 4 || p.equals(w)) {
                continue;
            }
            for (String stem : List.of(p, p.substring(0, p.length() - 1))) {
                if (w.startsWith(stem) && DEMONYM_ENDINGS.contains(w.substring(stem.length()))) {
                    return p;
                }
            }
        }
        return null;
    }

    /** "43-year old", "31-year-old", "two-year-old": an age written with "old" after years. */
    private static final java.util.regex.Pattern AGE =
            java.util.regex.Pattern.compile("(?i)(\\d+|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old");

    /**
     * An age is a number, not a span of time: NER types "a 43-year old career spy agency bureaucrat"
     * (Reuters-00386) and "the 31-year-old" (BBC sport 089) a DURATION, while the same ages written after a name
     * ("Mr Sullivan, 42,") are NUMBERs. A DURATION mention that is nothing but a number of years followed by "old"
     * becomes a NUMBER, valued as the number when written in digits; "two years" (no "old") stays a DURATION.
     */
    static void agesTypedAsDurations(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !"DURATION".equals(m.type)) {
                    continue;
                }
                java.util.regex.Matcher a = AGE.matcher(m.text.strip());
                if (!a.matches()) {
                    continue;
                }
                m.type = "NUMBER";
                m.normValue = a.group(1).chars().allMatch(Character::isDigit) ? a.group(1) + ".0" : null;
                m.retypedWhy = "an age (years followed by \"old\"), a number, not a span of time";
            }
        }
    }

    /**
     * Values NER read into words that are no value, and an ordinal NER read as a span: a DATE or TIME holding a modal
     * verb ("“This may be one of those special occasions”", BBC politics 184, 327, 328: "This may" a DATE, the row of
     * the month) or that is one verb alone ("to be able to present a convincing economic program", Reuters-21578
     * 00458: "present" a DATE) is dropped; "a second" as a DURATION before a noun or an adjective ("without a second
     * UN resolution", BBC politics 184) is the ordinal "second". "Wait a second." stays a duration. A multiplicative
     * adverb alone ("once", "twice", "thrice": a count of times, a closed class like the modals) is no date either: "He
     * once travelled to Idi Amin's Uganda in 1975" (BBC politics 400), "Mr. Romney is once again being forced to …"
     * (NYT 2012_08bb9bee); SUTime reads "once" as "the past", and the year beside it stays.
     */
    /** The multiplicative adverbs of English, a closed class: how many times, not when. */
    private static final Set<String> MULTIPLICATIVES = Set.of("once", "twice", "thrice");

    static void valuesOfVerbsAndOrdinals(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun) {
                    continue;
                }
                if ("DATE".equals(m.type) || "TIME".equals(m.type)) {
                    boolean modal = false;
                    for (int k = m.tokFrom; k < m.tokTo; k++) {
                        modal |= d.toks.get(k).pos.equals("MD") && Character.isLowerCase(d.toks.get(k).word.charAt(0));
                    }
                    Doc.Tok only = d.toks.get(m.tokFrom);
                    if (modal || m.tokTo - m.tokFrom == 1 && (only.pos.startsWith("VB") || only.pos.startsWith("JJ")
                            || MULTIPLICATIVES.contains(only.word)) && Character.isLowerCase(only.word.charAt(0))) {
                        dropMention(d, m);
                    }
                } else if ("DURATION".equals(m.type) && m.tokTo - m.tokFrom == 2 && m.tokTo < d.toks.size()
                        && d.toks.get(m.tokFrom).word.equalsIgnoreCase("a")
                        && d.toks.get(m.tokFrom + 1).word.equals("second")) {
                    Doc.Tok next = d.toks.get(m.tokTo);
                    if (next.sent == m.sent && (next.pos.startsWith("NN") || next.pos.startsWith("JJ"))) {
                        dropMention(d, m);
                        Doc.NMention o = replaceMentions(d, m.tokFrom + 1, m.tokTo, "ORDINAL");
                        o.normValue = "2.0";
                        o.retypedWhy = "\"a second\" before a noun: an ordinal, not a span of time";
                    }
                }
            }
        }
    }

    /**
     * The noun "time" is no date: "who … at the time was a spokeswoman for a little-known congressman" (NYT
     * 2014_96b7046f: a DATE "time"). A DATE or TIME mention that is the one lower-case word "time" or "times" (the
     * noun itself, with no number, day or unit beside it in the mention) is dropped; "this time" and "at times" name
     * no day either, and a mention with another word in it ("the time of the vote" is none) is not touched.
     */
    static void timeNounsAsDates(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (!m.pronoun && ("DATE".equals(m.type) || "TIME".equals(m.type)) && m.tokTo - m.tokFrom == 1
                        && (m.text.equals("time") || m.text.equals("times"))) {
                    dropMention(d, m);
                }
            }
        }
    }

    /** Lower-case prefixes that make an adjective of a stance out of a name. */
    private static final Pattern STANCE_ADJECTIVE = Pattern.compile("(anti|pro|non)-\\p{Lu}\\p{L}*");

    /**
     * An adjective of a stance made from a name is no name: "Labour has been accused of using anti-Semitic images"
     * (BBC politics 331; 228, 332: a MISC row "anti-Semitic" of six mentions, and "anti-Jewish"). A one-word MISC
     * mention written in lower case as "anti-", "pro-" or "non-" and a capitalised word, an adjective (JJ), is
     * dropped, as a lower-case IDEOLOGY is ("anti-Semitism"). A capitalised "Anti-Defamation League" is not touched.
     */
    static void stanceAdjectives(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (!m.pronoun && "MISC".equals(m.type) && m.tokTo - m.tokFrom == 1
                        && d.toks.get(m.tokFrom).pos.startsWith("JJ") && STANCE_ADJECTIVE.matcher(m.text).matches()) {
                    dropMention(d, m);
                }
            }
        }
    }

    /** Types NER gives a word of a name that opens a longer one it did not know: a faith, a creed, a people. */
    private static final Set<String> OPENING_ADJECTIVE_TYPES = Set.of("RELIGION", "IDEOLOGY", "NATIONALITY");

    /**
     * A faith's, a creed's or a people's word right before a one-word MISC name opens that name: "The prime minister
     * told the Jewish Chronicle" (BBC politics 316, 331: "Jewish" a RELIGION and "Chronicle" a MISC row of three
     * mentions). The first is one capitalised word, the second one capitalised singular proper noun (NNP) with one
     * space between; they become one MISC name. A plural after it is a people ("African Americans", joined by
     * {@link #joinAdjacentWordNames} its own way) and stays as it is.
     */
    static void namesOpenedByAnAdjectiveOfAFaith(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !d.mentions.contains(m) || !OPENING_ADJECTIVE_TYPES.contains(m.type)
                        || m.tokTo - m.tokFrom != 1 || m.tokTo >= d.toks.size() || !isCapitalisedWord(m.text)) {
                    continue;
                }
                Doc.NMention n = nextOneSpaceAfter(d, m);
                if (n == null || !n.type.equals("MISC") || n.tokTo - n.tokFrom != 1
                        || !d.toks.get(n.tokFrom).pos.equals("NNP") || !isCapitalisedWord(n.text)) {
                    continue;
                }
                replaceMentions(d, m.tokFrom, n.tokTo, "MISC").retypedWhy =
                        "a word of a faith, a creed or a people opening a name NER cut after it";
            }
        }
    }

    /**
     * A name NER typed MISC right before a day it typed a date or a duration, every word of it capitalised and none a
     * number, is one name of a day: "the same time as Holocaust Day" (BBC politics 228: "Holocaust" a MISC and "Day"
     * a DURATION), "his government that had introduced the Holocaust Memorial Day" (316: "Memorial Day" a DATE). One
     * MISC name; a day of the week or a month alone after the name ("Holocaust Monday") is left as it is.
     */
    static void namedDays(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !d.mentions.contains(m) || !m.type.equals("MISC") || m.tokTo >= d.toks.size()
                        || !isCapitalisedWord(d.toks.get(m.tokFrom).word)) {
                    continue;
                }
                Doc.NMention n = nextOneSpaceAfter(d, m);
                if (n == null || !(n.type.equals("DATE") || n.type.equals("DURATION"))
                        || n.tokTo - n.tokFrom == 1 && DAYS_AND_MONTHS.contains(n.text)) {
                    continue;
                }
                boolean words = true;
                for (int k = n.tokFrom; k < n.tokTo; k++) {
                    Doc.Tok t = d.toks.get(k);
                    words &= isCapitalisedWord(t.word) && t.pos.startsWith("NNP") && !t.word.matches(".*\\d.*");
                }
                if (words) {
                    replaceMentions(d, m.tokFrom, n.tokTo, "MISC").retypedWhy =
                            "a name before a day NER typed a date, one name of a day";
                }
            }
        }
    }

    /**
     * A creed NER named in the plural, capitalised, is a party or a group of its members, an organisation: "Neither
     * the Conservatives nor the Liberal Democrats wished to comment" (BBC politics 316: an IDEOLOGY "Liberal
     * Democrats"). The mention's last word is a capitalised noun ending in "s" (not "ss"); a singular
     * ("a Liberal Democrat peer", "Conservative") is an adjective or a member, and stays an ideology.
     */
    static void pluralCreedsAsGroups(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !m.type.equals("IDEOLOGY") || !Character.isUpperCase(m.text.charAt(0))) {
                    continue;
                }
                Doc.Tok last = d.toks.get(m.tokTo - 1);
                if (last.pos.startsWith("NN") && last.word.endsWith("s") && !last.word.endsWith("ss")
                        && isCapitalisedWord(last.word)) {
                    m.type = "ORGANIZATION";
                    m.retypedWhy = "a creed named in the plural: a party or a group of its members";
                }
            }
        }
    }

    /**
     * A one-word name NER typed MISC in some sentences and a person in more is the person: "the character Fagin in
     * Charles Dickens' Oliver Twist" (a PERSON, BBC politics 316, 331, 332: six times) and "steer clear of the Fagin
     * or flying pig images", "a “21st Century Fagin”" (332: MISC twice) were two rows. The MISC mention is one
     * capitalised proper noun (NNP, not an adjective) with no determiner before it ("steer clear of the Fagin or
     * flying pig images" is the name used of the images, and stays MISC: as a person it took the pronoun of "the
     * Tory leader … his record" further on); the corpus tags the same word alone as a person more often than as MISC,
     * and never alone as an organisation or a place. A word joined by a hyphen is part of another name
     * ("Townsend-Saunders said", HuffPost 2014_ed8c136f: "Townsend" MISC, not the Kelly Townsend of another event).
     */
    static void miscTagsOfAPersonsName(List<Doc> docs) {
        Map<String, int[]> counts = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || m.tokTo - m.tokFrom != 1) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(m.text, k -> new int[3]);
                if (m.type.equals("PERSON")) {
                    c[0]++;
                } else if (m.type.equals("MISC")) {
                    c[1]++;
                } else if (m.type.equals("ORGANIZATION") || PLACE.contains(m.type)) {
                    c[2]++;
                }
            }
        }
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !m.type.equals("MISC") || m.tokTo - m.tokFrom != 1
                        || !d.toks.get(m.tokFrom).pos.equals("NNP") || !isCapitalisedWord(m.text)) {
                    continue;
                }
                int[] c = counts.get(m.text);
                String text = d.body.text();
                boolean hyphened = m.end < text.length() && text.charAt(m.end) == '-'
                        || m.start > 0 && text.charAt(m.start - 1) == '-';
                if (c != null && c[0] > c[1] && c[2] == 0 && !hyphened && (m.tokFrom == 0
                        || !d.toks.get(m.tokFrom - 1).pos.equals("DT"))) {
                    m.type = "PERSON";
                    m.retypedWhy = "the word is a person's name in more sentences, and never a place's or a body's";
                }
            }
        }
    }

    /**
     * A party's word for its member right before a title is the party's label, no person: "information about Tory
     * leader Michael Howard's past" (BBC politics 196, where NER typed "Tory" a PERSON) and "Liam Fox, Tory
     * co-chairman, said …" (009, where the corpus's PERSON "Tory" had been carried to the untagged word) made a
     * person "Tory" of four mentions. The mention is one capitalised word WordNet has as a member of a political party
     * ("a member of political party in Great Britain that has been known as the Conservative Party"), typed a person,
     * and the next word opens a title's mention in the same sentence. It becomes MISC, the type of the label before a
     * full name ("Tory Dominic Grieve"), which the resolver joins to the party.
     */
    static void partyLabelsBeforeATitle(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !m.type.equals("PERSON") || m.tokTo - m.tokFrom != 1 || m.tokTo >= d.toks.size()
                        || !m.text.matches("\\p{Lu}\\p{Ll}+") || !NameSynonyms.isPartyMember(m.text)) {
                    continue;
                }
                Doc.Tok next = d.toks.get(m.tokTo);
                if (next.sent == d.toks.get(m.tokFrom).sent && next.mention != null
                        && next.mention.tokFrom == next.index && next.mention.type.equals("TITLE")) {
                    m.type = "MISC";
                    m.retypedWhy = "a party's word for its member, before a title: the party's label";
                }
            }
        }
    }

    /** The types of a place NER may give a town's name in one sentence and an organisation's in another. */
    private static final Set<String> TOWN_OR_LAND = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY");

    /**
     * A one-word organisation that modifies a common noun after it, in a source that names the same word as a
     * city, a state or a country, is that place: "Elected for a Cardiff constituency at the 1945 general election,
     * he represented Cardiff seats for more than 40 years." (BBC politics 400; "Lord Callaghan of Cardiff" a CITY,
     * the two others ORGANIZATION, so the row was an organisation). The mention is the compound modifier of a
     * lower-case noun (NN, NNS) right after it.
     */
    static void placesTaggedAsOrganisationsBeforeANoun(List<Doc> docs) {
        for (Doc d : docs) {
            Map<String, String> places = new HashMap<>();
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && TOWN_OR_LAND.contains(m.type) && m.tokTo - m.tokFrom == 1) {
                    places.putIfAbsent(m.text, m.type);
                }
            }
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !m.type.equals("ORGANIZATION") || m.tokTo - m.tokFrom != 1
                        || !places.containsKey(m.text) || m.tokTo >= d.toks.size()) {
                    continue;
                }
                Doc.Tok t = d.toks.get(m.tokFrom);
                Doc.Tok next = d.toks.get(m.tokTo);
                if (t.dep.equals("compound") && t.head == next.index && next.mention == null
                        && (next.pos.equals("NN") || next.pos.equals("NNS"))
                        && Character.isLowerCase(next.word.charAt(0))) {
                    m.type = places.get(m.text);
                    m.retypedWhy = "the source names the word as a place, and here it modifies a common noun";
                }
            }
        }
    }

    /** The types of a mention that names a place or a people: no word of a name ending in a country. */
    private static final Set<String> PLACE_OR_PEOPLE = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION",
            "NATIONALITY", "PERSON");

    /**
     * A country's name that is the last word of a longer capitalised name, after "the", is no mention of the
     * country: "the annual naming of the National Thanksgiving Turkey" (NYT 2014_96b7046f: a COUNTRY "Turkey"). The
     * one-word COUNTRY mention has a determiner "the" of its own, and the word right before it in the sentence is a
     * capitalised proper noun that modifies it (a compound), inside no mention of a place, people or person: the
     * country's word is the head of another name. "the United States", "South Korea" (one mention) and "Pakistan
     * and Turkey" are not touched.
     */
    static void countriesEndingALongerName(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !"COUNTRY".equals(m.type) || m.tokTo - m.tokFrom != 1 || m.tokFrom == 0) {
                    continue;
                }
                Doc.Tok before = d.toks.get(m.tokFrom - 1);
                if (before.sent != m.sent || !before.pos.startsWith("NNP") || before.head != m.tokFrom
                        || !before.dep.startsWith("compound") || !Character.isUpperCase(before.word.charAt(0))
                        || before.mention != null && PLACE_OR_PEOPLE.contains(before.mention.type)) {
                    continue;
                }
                boolean the = false;
                for (int k = d.sents.get(m.sent).tokFrom; k < m.tokFrom; k++) {
                    Doc.Tok t = d.toks.get(k);
                    the |= t.head == m.tokFrom && t.dep.equals("det") && t.word.equalsIgnoreCase("the");
                }
                if (the) {
                    dropMention(d, m);
                }
            }
        }
    }

    /**
     * An organisation named "the Xs of the Y Z" that NER cut into pieces is one name: "the Daughters of the American
     * Revolution" (NYT 2014_96b7046f: a NATIONALITY "American", linked to America, and a MISC "Revolution"). A
     * capitalised plural noun inside the sentence, in no mention, after "the" and followed by "of the" and a
     * run of capitalised words one of which NER tagged a NATIONALITY or MISC (and none a person), is the name of an
     * organisation from "Xs" to the run's end: a plural head names the members ("Sons of …", "Friends of …").
     */
    static void organisationsOfTheMembers(List<Doc> docs) {
        for (Doc d : docs) {
            for (int i = 1; i + 3 < d.toks.size(); i++) {
                Doc.Tok h = d.toks.get(i);
                if (!(h.pos.equals("NNPS") || h.pos.equals("NNS")) || h.mention != null || !Character.isUpperCase(h.word.charAt(0))
                        || !d.toks.get(i - 1).word.equalsIgnoreCase("the") || d.toks.get(i - 1).sent != h.sent
                        || !d.toks.get(i + 1).word.equals("of") || !d.toks.get(i + 2).word.equalsIgnoreCase("the")) {
                    continue;
                }
                int end = i + 3;
                boolean tagged = false;
                boolean other = false;
                while (end < d.toks.size()) {
                    Doc.Tok t = d.toks.get(end);
                    boolean nationality = t.mention != null && "NATIONALITY".equals(t.mention.type);
                    if (t.sent != h.sent || !Character.isUpperCase(t.word.charAt(0))
                            || !(t.pos.startsWith("NNP") || nationality)) {
                        break;
                    }
                    if (t.mention != null) {
                        tagged |= nationality || "MISC".equals(t.mention.type);
                        other |= "PERSON".equals(t.mention.type) || t.mention.tokFrom < i + 3;
                    }
                    end++;
                }
                Doc.Tok last = d.toks.get(end - 1);
                if (end == i + 3 || !tagged || other || last.mention != null && last.mention.tokTo > end) {
                    continue;
                }
                Doc.NMention o = replaceMentions(d, i, end, "ORGANIZATION");
                o.retypedWhy = "\"the " + h.word + " of the …\": one name, an organisation of its members";
                i = end - 1;
            }
        }
    }

    /** Plural nouns for the members of a family. */
    private static final Set<String> FAMILY_PLURALS = Set.of("daughters", "sons", "children", "girls", "boys", "kids",
            "sisters", "brothers", "siblings", "twins", "grandchildren", "family", "clan");

    /**
     * A surname right before a plural noun of family names the family, not one member of it: "a picture of the
     * unenthused Obama daughters", the BuzzFeed title "The Obama Girls Could Not Be More Bored …" (NYT 2014_96b7046f:
     * both "Obama" mentions of Malia Obama). A one-word PERSON mention followed in the sentence by "daughters",
     * "sons", "children", "girls", "family" … (any case) is dropped; "Obama's daughters" (the father) and "Obama
     * supporters" are not touched.
     */
    static void surnamesOfFamilies(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !"PERSON".equals(m.type) || m.tokTo - m.tokFrom != 1 || m.tokTo >= d.toks.size()) {
                    continue;
                }
                Doc.Tok next = d.toks.get(m.tokTo);
                if (next.sent == m.sent && next.mention == null
                        && FAMILY_PLURALS.contains(next.word.toLowerCase(Locale.ROOT))) {
                    dropMention(d, m);
                }
            }
        }
    }

    /**
     * A one-word name NER tagged MISC and the number right after it are one name: "Yukos filing for Chapter 11
     * bankruptcy protection" (BBC business 314, a MISC row "Chapter" and a NUMBER "11"), "Windows 95", "Apollo 11".
     * The word is a singular noun, capitalised, the number one to three digits in the same sentence, no unit or "percent"
     * after it.
     */
    static void numberedMiscNames(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !"MISC".equals(m.type) || m.tokTo - m.tokFrom != 1 || m.tokTo >= d.toks.size()) {
                    continue;
                }
                Doc.Tok w = d.toks.get(m.tokFrom);
                Doc.Tok n = d.toks.get(m.tokTo);
                if (!(w.pos.equals("NNP") || w.pos.equals("NN")) || !Character.isUpperCase(w.word.charAt(0))
                        || n.sent != m.sent
                        || !n.pos.equals("CD") || !n.word.matches("\\d{1,3}")
                        || n.mention != null && !"NUMBER".equals(n.mention.type)) {
                    continue;
                }
                Doc.Tok after = m.tokTo + 1 < d.toks.size() ? d.toks.get(m.tokTo + 1) : null;
                if (after != null && after.sent == m.sent && (after.word.equals("%")
                        || after.word.toLowerCase(Locale.ROOT).startsWith("percent"))) {
                    continue;
                }
                Doc.NMention o = replaceMentions(d, m.tokFrom, m.tokTo + 1, "MISC");
                o.retypedWhy = "a name and its number are one name";
            }
        }
    }

    /**
     * A person's surname NER took for a time: "Summers said that he doesn't think …", "“…,” Summers replied.",
     * "Summers himself, downplayed …" (BASIL 2010_df5fe55a, Fox and HuffPost, after "Larry Summers": a SET or the
     * DATE "summer"). A one-word DATE, TIME or SET, capitalised, that is the last word of a person's name of two words
     * or more in the same source, and is the subject of a verb or stands right before a verb or a reflexive, is that
     * person. "in May", "since May" (a month, the subject of nothing) stay dates beside a "Theresa May".
     */
    static void surnamesTakenForTimes(List<Doc> docs) {
        for (Doc d : docs) {
            Set<String> surnames = new HashSet<>();
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && "PERSON".equals(m.type) && m.tokTo - m.tokFrom >= 2) {
                    surnames.add(d.toks.get(m.tokTo - 1).word);
                }
            }
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || m.tokTo - m.tokFrom != 1
                        || !("DATE".equals(m.type) || "TIME".equals(m.type) || "SET".equals(m.type))) {
                    continue;
                }
                Doc.Tok t = d.toks.get(m.tokFrom);
                if (!Character.isUpperCase(t.word.charAt(0)) || !surnames.contains(t.word)) {
                    continue;
                }
                Doc.Tok next = m.tokTo < d.toks.size() ? d.toks.get(m.tokTo) : null;
                boolean beforeVerb = next != null && next.sent == m.sent && (next.pos.startsWith("VB")
                        || next.word.toLowerCase(Locale.ROOT).endsWith("self"));
                if (t.dep.startsWith("nsubj") || beforeVerb) {
                    m.type = "PERSON";
                    m.normValue = null;
                    m.retypedWhy = "the surname of a person named in full in the source, the subject of a verb";
                }
            }
        }
    }

    /**
     * Two capitals NER took for a state or province that follow a person's name with no comma, or "a" ("Philippe
     * Sands QC, a member of Cherie Blair's Matrix Chambers", "Philippe Sands, a QC and international law professor",
     * BBC politics 184, 324: Queen's Counsel, no Quebec) are a rank after a name, no place: dropped. A state written
     * after a comma ("Dedham, Mass.") or in a party tag is not touched.
     */
    static void postNominalsTakenForStates(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !"STATE_OR_PROVINCE".equals(m.type) || m.tokTo - m.tokFrom != 1 || m.tokFrom == 0
                        || !m.text.matches("\\p{Lu}{2}")) {
                    continue;
                }
                Doc.Tok before = d.toks.get(m.tokFrom - 1);
                if (before.sent != m.sent) {
                    continue;
                }
                boolean afterPerson = before.mention != null && !before.mention.pronoun
                        && "PERSON".equals(before.mention.type);
                if (afterPerson || before.word.equalsIgnoreCase("a")) {
                    dropMention(d, m);
                }
            }
        }
    }

    /**
     * An adjective capitalised only because it opens the sentence is no word of the name after it: "Presumptive GOP
     * presidential nominee Mitt Romney on Tuesday joined …" (HuffPost 2012_08bb9bee: an ORGANIZATION "Presumptive
     * GOP"). The mention (an organisation or MISC) starts the sentence with an adjective the corpus writes in lower
     * case and never with a capital inside a sentence, and the words after it are a name the corpus tags on its own
     * ("GOP"); the mention becomes those words.
     */
    static void sentenceOpeningAdjectives(List<Doc> docs) {
        Set<String> capitalisedInside = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.Tok t : d.toks) {
                if (t.word.isEmpty()) {
                    continue;
                }
                if (Character.isLowerCase(t.word.charAt(0))) {
                    lowerCase.add(t.word);
                } else if (t.index > d.sents.get(t.sent).tokFrom && Character.isUpperCase(t.word.charAt(0))) {
                    capitalisedInside.add(t.word.toLowerCase(Locale.ROOT));
                }
            }
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun) {
                    names.add(nameKey(m.text));
                }
            }
        }
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !("ORGANIZATION".equals(m.type) || "MISC".equals(m.type))
                        || m.tokTo - m.tokFrom < 2 || m.tokFrom != d.sents.get(m.sent).tokFrom) {
                    continue;
                }
                Doc.Tok first = d.toks.get(m.tokFrom);
                String lower = first.word.toLowerCase(Locale.ROOT);
                if (!first.pos.startsWith("JJ") || !Character.isUpperCase(first.word.charAt(0))
                        || !lowerCase.contains(lower) || capitalisedInside.contains(lower)) {
                    continue;
                }
                String rest = d.body.text().substring(d.toks.get(m.tokFrom + 1).start, m.end);
                if (!names.contains(nameKey(rest))) {
                    continue;
                }
                String type = m.type;
                dropMention(d, m);
                Doc.NMention o = replaceMentions(d, m.tokFrom + 1, m.tokTo, type);
                o.retypedWhy = "\"" + first.word + "\" opens the sentence: an adjective, no word of the name";
            }
        }
    }

    /**
     * A person's name that NER ran on over a dash into the pronoun that takes the sentence up again: "But here's old
     * Ken - he's been crass, he's been insensitive …" (BBC politics 075: one PERSON mention "Ken - he"). A PERSON
     * mention whose last word is a personal pronoun in lower case (PRP) right after a dash is the name before the dash.
     */
    static void namesRunIntoAPronounAfterADash(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !m.type.equals("PERSON") || m.tokTo - m.tokFrom < 3) {
                    continue;
                }
                Doc.Tok last = d.toks.get(m.tokTo - 1);
                Doc.Tok dash = d.toks.get(m.tokTo - 2);
                if (!last.pos.equals("PRP") || last.word.isEmpty() || !Character.isLowerCase(last.word.charAt(0))
                        || !EntityResolver.DASHES.contains(dash.word)) {
                    continue;
                }
                dropMention(d, m);
                replaceMentions(d, m.tokFrom, m.tokTo - 2, "PERSON").retypedWhy =
                        "the name before a dash, without the pronoun after it (\"" + last.word + "\")";
            }
        }
    }

    /**
     * A person's name a writer's bracket cuts in two: "now it looks like (Libyan strongman Muammar) al-Qaddafi is
     * going to beat the United States" (Fox 2011_005a2961, quoting Trump with the words in brackets added): NER
     * tagged "Muammar" and left "al-Qaddafi" untagged. A PERSON mention inside a bracket that closes right after it,
     * followed in the same sentence by one untagged proper noun (capitalised, or an Arabic article "al-" or "el-"
     * and a capitalised word), is one name with that word, as NER made of HuffPost's "(Libyan strongman Moammar)
     * Gadhafi".
     */
    static void namesCutByABracket(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !"PERSON".equals(m.type) || m.tokTo + 1 >= d.toks.size()) {
                    continue;
                }
                Doc.Tok close = d.toks.get(m.tokTo);
                int end = m.tokTo + 1;
                // the article is its own token, and the hyphen too: "al", "-", "Qaddafi"
                if (end + 2 < d.toks.size() && d.toks.get(end).word.matches("[ae]l")
                        && d.toks.get(end + 1).word.equals("-") && d.toks.get(end + 1).start == d.toks.get(end).end
                        && d.toks.get(end + 2).start == d.toks.get(end + 1).end) {
                    end += 2;
                }
                Doc.Tok next = d.toks.get(end);
                if (!(close.word.equals(")") || close.word.equals("-RRB-")) || next.sent != m.sent
                        || !next.pos.startsWith("NNP") || !next.word.matches("\\p{Lu}\\p{Ll}+")) {
                    continue;
                }
                boolean untagged = true;
                for (int k = m.tokTo + 1; k <= end; k++) {
                    untagged &= d.toks.get(k).mention == null;
                }
                if (!untagged) {
                    continue;
                }
                boolean opened = false;
                for (int k = m.tokFrom - 1; k >= d.sents.get(m.sent).tokFrom; k--) {
                    String w = d.toks.get(k).word;
                    if (w.equals("(") || w.equals("-LRB-")) {
                        opened = true;
                        break;
                    }
                    if (w.equals(")") || w.equals("-RRB-")) {
                        break;
                    }
                }
                if (!opened) {
                    continue;
                }
                Doc.NMention o = replaceMentions(d, m.tokFrom, end + 1, "PERSON");
                o.text = withoutLoneBrackets(o.text);
                o.retypedWhy = "a name the bracket cut: \"" + m.text + "\" and \"" + next.word + "\"";
            }
        }
    }

    /**
     * A surname NER tags a person before a plural proper noun it leaves untagged, the surname a modifier of that
     * noun, names a company with it: "Henderson said 1987's results would be boosted by Glidden Paints, which ICI
     * bought last November …" (Reuters-21578 00730: "Glidden" a PERSON, "Paints" nothing), as "Glidden Paints" is one
     * organisation. The same word alone elsewhere in that source ("the largest being Glidden"), with no title or
     * honorific before it, and in no person's full name of the source, is that company too: before, "He said that
     * more acquisitions may be made" went to it. Returns each such word with the name it opens (name keys), for
     * the resolver to join them.
     */
    static Map<String, String> companiesNamedAfterAPerson(List<Doc> docs) {
        Map<String, String> openings = new HashMap<>();
        for (Doc d : docs) {
            Set<String> companies = new HashSet<>();
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !"PERSON".equals(m.type) || m.tokTo >= d.toks.size()) {
                    continue;
                }
                Doc.Tok last = d.toks.get(m.tokTo - 1);
                Doc.Tok next = d.toks.get(m.tokTo);
                if (next.sent != m.sent || next.mention != null || !next.pos.equals("NNPS")
                        || !next.word.matches("\\p{Lu}\\p{Ll}+") || !last.dep.equals("compound")
                        || last.head != next.index) {
                    continue;
                }
                dropMention(d, m);
                Doc.NMention o = replaceMentions(d, m.tokFrom, m.tokTo + 1, "ORGANIZATION");
                o.retypedWhy = "a name before the plural noun \"" + next.word + "\": a company, not a person";
                if (m.tokTo - m.tokFrom == 1) {
                    companies.add(m.text);
                    openings.put(nameKey(m.text), nameKey(o.text));
                }
            }
            if (companies.isEmpty()) {
                continue;
            }
            Set<String> personWords = new HashSet<>();
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && "PERSON".equals(m.type) && m.tokTo - m.tokFrom >= 2) {
                    for (int k = m.tokFrom; k < m.tokTo; k++) {
                        personWords.add(d.toks.get(k).word);
                    }
                }
            }
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !"PERSON".equals(m.type) || m.tokTo - m.tokFrom != 1 || !companies.contains(m.text)
                        || personWords.contains(m.text)) {
                    continue;
                }
                if (titledOrHonoured(d, m)) {
                    continue;
                }
                m.type = "ORGANIZATION";
                m.retypedWhy = "the first word of a company this source names after a person, used alone";
            }
        }
        return openings;
    }

    /** Whether a title or an honorific stands right before the name, in its sentence ("Mr. Baikal", "Sen. Fox"). */
    private static boolean titledOrHonoured(Doc d, Doc.NMention m) {
        if (m.tokFrom == 0) {
            return false;
        }
        Doc.Tok before = d.toks.get(m.tokFrom - 1);
        String b = NameVariants.fold(before.word).replace(".", "");
        return before.sent == m.sent && (Names.isHonorific(b) || Names.TITLE_ABBREVIATIONS.containsKey(b)
                || before.mention != null && "TITLE".equals(before.mention.type));
    }

    /** Nouns for a part of a company, which the name right before them names: "Fox affiliate KTVI". */
    private static final Set<String> COMPANY_PARTS = Set.of("affiliate", "subsidiary", "unit", "division");

    /**
     * A name NER tags a person that stands right before a noun for a part of a company is that company: "Akin made
     * the remarks in an interview with Fox affiliate KTVI." (Fox 2012_08bb9bee: "Fox" a PERSON, so "He" after it
     * could go to the network), "Romney told Denver Fox affiliate KDVR-TV." (HuffPost 2012_8dc7ccfe: a PERSON "Denver
     * Fox"). No title or honorific before the name, the noun lower-case and singular.
     */
    static void companiesTaggedAsPeople(List<Doc> docs) {
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !"PERSON".equals(m.type) || m.tokTo >= d.toks.size()) {
                    continue;
                }
                Doc.Tok next = d.toks.get(m.tokTo);
                if (next.sent != m.sent || !next.pos.equals("NN") || !COMPANY_PARTS.contains(next.word)) {
                    continue;
                }
                if (titledOrHonoured(d, m)) {
                    continue;
                }
                m.type = "ORGANIZATION";
                m.retypedWhy = "a name right before \"" + next.word + "\": a company, not a person";
            }
        }
    }

    /**
     * A one-word name NER tags a person that the corpus never gives a first name, title or honorific, and that is a
     * place by its use: the corpus tags the same word a place elsewhere ("FERGUSON, Mo. --" in a dateline, then
     * "the St. Louis suburb of Ferguson", "protests in Ferguson", all persons to NER), or a preposition "in",
     * "near" or "outside" places it, with no possessive on it ("In nearby Clayton, a grand jury began …"). Every
     * mention of that word NER tagged a person becomes that place. A town named after a person ("Ferguson") is
     * the reason NER reads it as one; without this, the pronouns of the story's people go to the town.
     */
    static void placesTaggedAsPeople(List<Doc> docs) {
        Map<String, String> placeType = new HashMap<>();
        Set<String> personWords = new HashSet<>();
        Map<String, List<Doc.NMention>> singles = new HashMap<>();
        Set<String> placed = new HashSet<>();
        Set<String> titled = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun) {
                    continue;
                }
                if (PLACE.contains(m.type)) {
                    placeType.putIfAbsent(nameKey(m.text), m.type);
                } else if (m.type.equals("PERSON")) {
                    String[] t = personTokens(m.text);
                    if (t.length >= 2) {
                        personWords.addAll(Arrays.asList(t));
                    } else if (t.length == 1 && m.tokTo - m.tokFrom == 1 && !t[0].isEmpty()) {
                        singles.computeIfAbsent(t[0], k -> new ArrayList<>()).add(m);
                        Doc.Tok w = d.toks.get(m.tokFrom);
                        Doc.Sent s = d.sents.get(m.sent);
                        if (m.tokFrom > s.tokFrom) {
                            Doc.Tok before = d.toks.get(m.tokFrom - 1);
                            String b = NameVariants.fold(before.word).replace(".", "");
                            if (Names.isHonorific(b) || before.mention != null && before.mention.type.equals("TITLE")
                                    || Names.TITLE_ABBREVIATIONS.containsKey(b)) {
                                titled.add(t[0]);
                            }
                        }
                        if (d.hasChild(s, w.index, c -> c.dep.startsWith("case")
                                && IN_A_PLACE.contains(c.word.toLowerCase(Locale.ROOT)))
                                && !d.hasChild(s, w.index, c -> c.dep.equals("case") && c.pos.equals("POS"))) {
                            placed.add(t[0]);
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, List<Doc.NMention>> e : singles.entrySet()) {
            String w = e.getKey();
            if (personWords.contains(w) || titled.contains(w)
                    || !placeType.containsKey(w) && !placed.contains(w)) {
                continue;
            }
            String type = placeType.getOrDefault(w, "LOCATION");
            for (Doc.NMention m : e.getValue()) {
                m.retypedWhy = "tagged PERSON, but a place: " + (placeType.containsKey(w)
                        ? "the corpus tags the word " + type : "placed by \"in\"") + ", and never named a person's";
                m.type = type;
                m.normValue = null;
            }
        }
    }

    /**
     * A place's name NER cut before its last word, a common noun it tagged a place of its own: "Outside the St.
     * Louis County Justice Center" gave "St. Louis County Justice" and "Center", "returned to West Florissant
     * Avenue" gave "West Florissant" and "Avenue". A one-word place mention right after a place mention, with
     * nothing between them, whose word WordNet writes in lower case and never as a place with its capital
     * ("center", "avenue"; not "Mexico"), is the last word of the first: the two are one place.
     */
    static void placesCutBeforeTheirNoun(List<Doc> docs) {
        for (Doc d : docs) {
            for (int i = 0; i + 1 < d.mentions.size(); i++) {
                Doc.NMention a = d.mentions.get(i);
                Doc.NMention b = d.mentions.get(i + 1);
                if (a.pronoun || b.pronoun || !PLACE.contains(a.type) || !PLACE.contains(b.type)
                        || b.tokFrom != a.tokTo || b.tokTo - b.tokFrom != 1 || a.sent != b.sent
                        || d.toks.get(b.tokFrom).start != d.toks.get(a.tokTo - 1).end + 1
                        || !isCapitalisedWord(b.text) || !NameSynonyms.isCommonWord(b.text)
                        || NameSynonyms.isProperPlace(b.text)) {
                    continue;
                }
                String type = a.type;
                Doc.NMention m = replaceMentions(d, a.tokFrom, b.tokTo, type);
                m.retypedWhy = "one place: NER cut the name before its last word, \"" + b.text + "\"";
            }
        }
    }

    /** Prepositions that put what follows them in a place, never a person ("in Ferguson", "near Clayton"). */
    private static final Set<String> IN_A_PLACE = Set.of("in", "near", "outside");

    /** Prepositions that place what follows them: a name after one is read as a place ("in Labrador"). */
    private static final Set<String> PLACING = Set.of("in", "at", "near", "from", "to", "into", "across",
            "throughout", "outside", "inside", "around", "toward", "towards", "within", "via");

    /**
     * A word alone that is the surname of a person the same article has named in full before it is that person,
     * whatever NER typed it (a place, a title, MISC): by news convention a person is named in full once and by
     * surname after ("Rep. Raul Labrador said Friday …", then "Labrador, of Idaho, would be …", which NER read as
     * a city; "Cantor's lack of popularity", read as the title cantor; "told The Huffington Post that Holder said",
     * read as an organisation, when the corpus names no organisation with the word elsewhere). Not where the
     * sentence places the word
     * (after "in", "at", "from" …, unless an adjective governs the word: "activists angry at Cantor") or where a
     * person's name follows it (then it is a title).
     */
    private static void surnamesOfPeopleNamedBefore(List<Doc> docs) {
        // an organisation NER named with this one word more than once in the corpus, or as a word of a longer
        // organisation's name, is one ("Bloomberg reported …"); a word it tagged an organisation once is a slip
        Map<String, Integer> orgUses = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("ORGANIZATION")) {
                    String[] w = nameKey(m.text).split(" ");
                    for (String x : w) {
                        orgUses.merge(x, w.length == 1 ? 1 : 2, Integer::sum);
                    }
                }
            }
        }
        for (Doc d : docs) {
            Map<String, Doc.NMention> firstFull = new HashMap<>();
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("PERSON")) {
                    String[] t = personTokens(m.text);
                    if (t.length >= 2) {
                        firstFull.putIfAbsent(t[t.length - 1], m);
                    }
                }
            }
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || m.tokTo - m.tokFrom != 1 || !(PLACE.contains(m.type) || m.type.equals("TITLE")
                        || m.type.equals("MISC") || m.type.equals("ORGANIZATION")
                        && orgUses.getOrDefault(nameKey(m.text), 0) == 1)
                        || !Character.isUpperCase(m.text.charAt(0))) {
                    continue;
                }
                Doc.NMention full = firstFull.get(nameKey(m.text));
                if (full == null || full.start >= m.start || beforePerson(d, m)) {
                    continue;
                }
                Doc.Tok w = d.toks.get(m.tokFrom);
                Doc.Sent s = d.sents.get(m.sent);
                // a preposition on a word an adjective governs places nothing: "activists angry at Cantor"
                boolean afterAdjective = w.head >= 0 && d.toks.get(w.head).pos.startsWith("JJ");
                if (!afterAdjective && d.hasChild(s, w.index, t -> t.dep.startsWith("case")
                        && PLACING.contains(t.word.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                m.retypedWhy = "tagged " + m.type + ", but the surname of " + full.text + ", named in full before it";
                m.type = "PERSON";
                m.normValue = null;
            }
        }
    }

    /** Types NER's word lists give word by word: two such names side by side may be one name NER did not know. */
    static final Set<String> WORD_LIST_TYPES = Set.of("IDEOLOGY", "RELIGION", "MISC");

    /**
     * Two capitalised names of one word-list type with only a space between them are one name ("centrist think
     * tank Third Way": NER gave "Third" and "Way", two ideologies). The joined name is an organisation where the
     * text calls it a group, by a group noun before it ("think tank Third Way") or in apposition after it ("Third
     * Way, a moderate Democratic group"), and then in every source; otherwise it keeps the type.
     */
    private static void joinAdjacentWordNames(List<Doc> docs) {
        List<Doc.NMention> joined = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (Doc d : docs) {
            for (int i = 0; i + 1 < d.mentions.size(); i++) {
                Doc.NMention a = d.mentions.get(i);
                Doc.NMention b = d.mentions.get(i + 1);
                // "the struggle of African Americans": a nationality before a people's name in the plural is one
                // name with it, not the nationality and the people
                boolean ofOrigin = a.type.equals("NATIONALITY") && a.tokTo - a.tokFrom == 1
                        && (b.type.equals("MISC") || b.type.equals("NATIONALITY")) && b.tokTo - b.tokFrom == 1
                        && d.toks.get(b.tokFrom).pos.equals("NNPS");
                if (a.pronoun || b.pronoun || b.tokFrom != a.tokTo || !a.type.equals(b.type) && !ofOrigin
                        || !WORD_LIST_TYPES.contains(a.type) && !ofOrigin || a.sent != b.sent
                        || !Character.isUpperCase(a.text.charAt(0)) || !Character.isUpperCase(b.text.charAt(0))
                        || !d.body.text().substring(a.end, b.start).equals(" ")) {
                    continue;
                }
                Doc.NMention m = replaceMentions(d, a.tokFrom, b.tokTo, ofOrigin ? "MISC" : a.type);
                if (ofOrigin) {
                    m.retypedWhy = "a nationality before a people's name in the plural, one name";
                }
                joined.add(m);
                if (calledAGroup(d, m)) {
                    groups.add(nameKey(m.text));
                }
                i = d.mentions.indexOf(m);
            }
        }
        for (Doc.NMention m : joined) {
            if (groups.contains(nameKey(m.text))) {
                m.retypedWhy = "two names of NER's word lists side by side, which the text calls a group";
                m.type = "ORGANIZATION";
            }
        }
    }

    /** Nouns for a body of people a text may call a name by, before it or in apposition after it. */
    private static final Set<String> GROUP_CUES = Set.of("group", "organization", "organisation", "tank",
            "coalition", "association", "lobby", "committee", "movement", "network", "party");

    private static boolean calledAGroup(Doc d, Doc.NMention m) {
        if (m.tokFrom > 0) {
            Doc.Tok before = d.toks.get(m.tokFrom - 1);
            if (before.sent == m.sent && before.pos.startsWith("NN") && !before.pos.startsWith("NNP")
                    && GROUP_CUES.contains(before.lemma.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        Doc.Sent s = d.sents.get(m.sent);
        if (m.tokTo < s.tokTo && d.toks.get(m.tokTo).word.equals(",")) {
            for (int i = m.tokTo + 1; i < Math.min(s.tokTo, m.tokTo + 7); i++) {
                Doc.Tok t = d.toks.get(i);
                if (t.pos.startsWith("NN") && !t.pos.startsWith("NNP")) {
                    return GROUP_CUES.contains(t.lemma.toLowerCase(Locale.ROOT));
                }
                if (!(t.pos.equals("DT") || t.pos.startsWith("RB") || t.pos.startsWith("JJ") || t.pos.startsWith("NNP"))) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Nouns for a group of people acting together, before whose name or in apposition with it a name is a group. */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "organization", "organisation", "militia",
            "network", "faction", "movement", "brigade");

    /**
     * A name NER took for a person is a group's where the text calls it one: right after a noun for a group ("the
     * group Ansar al-Sharia") or set off by commas after it ("another terrorist group, Ansar al-Sharia, was left
     * in"); the same name elsewhere in the corpus is that group too.
     */
    private static void retagGroupNames(List<Doc> docs) {
        Set<String> groups = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !m.type.equals("PERSON") || m.tokFrom < 2) {
                    continue;
                }
                Doc.Tok before = d.toks.get(m.tokFrom - 1);
                boolean comma = before.word.equals(",");
                Doc.Tok noun = comma ? d.toks.get(m.tokFrom - 2) : before;
                Doc.Tok after = m.tokTo < d.toks.size() ? d.toks.get(m.tokTo) : null;
                if (noun.sent == m.sent && GROUP_NOUNS.contains(noun.word) && noun.pos.startsWith("NN")
                        && (!comma || after != null && after.sent == m.sent && after.word.equals(","))) {
                    groups.add(nameKey(m.text));
                }
            }
        }
        peopleToOrganisations(docs, groups);
    }

    /**
     * NER joins two organisations listed with "and" into one name ("the International Red Cross and United
     * Nations"): where the words after "and" name an organisation on their own elsewhere in the corpus and the words
     * before it are a name of two words or more, the mention is cut in two.
     */
    private static void splitJoinedOrganisations(List<Doc> docs) {
        Set<String> orgs = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("ORGANIZATION") && !m.text.contains(" and ")) {
                    orgs.add(nameKey(m.text));
                }
            }
        }
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !m.type.equals("ORGANIZATION")) {
                    continue;
                }
                for (int k = m.tokFrom + 2; k < m.tokTo - 1; k++) {
                    Doc.Tok and = d.toks.get(k);
                    if (!and.word.equals("and")) {
                        continue;
                    }
                    String right = d.body.text().substring(d.toks.get(k + 1).start, m.end);
                    int from = m.tokFrom;
                    if (d.toks.get(from).word.equalsIgnoreCase("the")) {
                        from++;
                    }
                    if (orgs.contains(nameKey(right)) && k - from >= 2
                            && Character.isUpperCase(d.toks.get(k + 1).word.charAt(0))) {
                        int to = m.tokTo;
                        dropMention(d, m);
                        replaceMentions(d, m.tokFrom, k, "ORGANIZATION");
                        replaceMentions(d, k + 1, to, "ORGANIZATION");
                        break;
                    }
                }
            }
        }
    }

    /**
     * An organisation's name ends in a noun: an adjective NER tagged as (the end of) an organisation before a
     * lower-case noun is no name ("a Congressional staff member", "Republican Congressional candidates"; the tagger
     * reads a capitalised "-onal" word as a proper noun at times). The words before it stay, as the adjective of a
     * group when they are one ("Republican"); a one-word party adjective stays to join its party.
     */
    private static void cutAdjectivesBeforeNouns(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !m.type.equals("ORGANIZATION") || m.tokTo >= d.toks.size()) {
                continue;
            }
            Doc.Tok next = d.toks.get(m.tokTo);
            if (next.sent != m.sent || !next.pos.startsWith("NN") || !Character.isLowerCase(next.word.charAt(0))) {
                continue;
            }
            int to = m.tokTo;
            while (to > m.tokFrom && adjectiveOfAName(d.toks.get(to - 1))) {
                to--;
            }
            if (to == m.tokTo || m.tokTo - m.tokFrom == 1 && !d.toks.get(m.tokFrom).word.endsWith("al")) {
                continue; // "the former Democratic representative": a party's adjective, left to join the party
            }
            int from = m.tokFrom;
            boolean allAdjectives = to == from;
            dropMention(d, m);
            if (allAdjectives && m.tokTo - from >= 2) {
                to = from + 1; // "Republican Congressional candidates": the party's adjective stays
            }
            if (to > from) {
                replaceMentions(d, from, to, "ORGANIZATION");
            }
        }
    }

    /** An adjective by the tagger, or by its ending when the tagger took a capitalised one for a proper noun. */
    private static boolean adjectiveOfAName(Doc.Tok t) {
        return !t.word.contains("-") && (t.pos.equals("JJ") || t.pos.equals("NNP") && t.word.endsWith("onal"));
    }

    /**
     * A word NER took for a nationality or a thing between a person's initials and surname is a nickname in the name
     * ("Representative C. A. Dutch Ruppersberger"): initials never stand alone.
     */
    private static void nicknamesAfterInitials(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || m.tokTo - m.tokFrom != 1 || m.tokTo >= d.toks.size()
                    || !(m.type.equals("NATIONALITY") || m.type.equals("MISC") || PLACE.contains(m.type))) {
                continue;
            }
            Doc.Tok next = d.toks.get(m.tokTo);
            Doc.NMention person = next.mention;
            int to;
            if (person != null && !person.pronoun && person.type.equals("PERSON") && person.tokFrom == m.tokTo) {
                to = person.tokTo;
            } else if (person == null && next.sent == m.sent && "O".equals(next.ner) && next.pos.equals("NNP")
                    && Character.isUpperCase(next.word.charAt(0)) && !next.word.endsWith(".")) {
                to = m.tokTo + 1; // a surname NER left untagged here (it tags it elsewhere)
            } else {
                continue;
            }
            int from = m.tokFrom;
            while (from > 0 && d.toks.get(from - 1).sent == m.sent && d.toks.get(from - 1).word.matches("[A-Z]\\.")
                    && (d.toks.get(from - 1).mention == null || d.toks.get(from - 1).mention.type.equals("PERSON"))) {
                from--;
            }
            if (from < m.tokFrom) {
                Doc.NMention initials = d.toks.get(from).mention;
                replaceMentions(d, initials != null ? Math.min(from, initials.tokFrom) : from, to, "PERSON");
            }
        }
    }

    /**
     * A name opens with a capitalised word, never with "of": a mention NER began at "of" ("of the Seas") is the end of
     * a name whose head is the capitalised word before it ("the Navigator of the Seas cruise", where NER took
     * "Navigator" for a title). The two are one name; an organisation or a place when NER said so of either part.
     */
    private static void joinNamesOpeningWithOf(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || m.tokFrom == 0 || NUMERIC.contains(m.type)
                    || !d.toks.get(m.tokFrom).word.equals("of")) {
                continue;
            }
            Doc.Tok head = d.toks.get(m.tokFrom - 1);
            Doc.NMention before = head.mention;
            if (head.sent != m.sent || !Character.isUpperCase(head.word.charAt(0)) || !head.pos.startsWith("NN")
                    || before != null && (before.pronoun || before.tokTo != m.tokFrom
                            || !(before.type.equals("TITLE") || before.type.equals("MISC")))) {
                continue;
            }
            int from = before != null ? before.tokFrom : m.tokFrom - 1;
            String type = m.type.equals("TITLE") || m.type.equals("PERSON") ? "MISC" : m.type;
            replaceMentions(d, from, m.tokTo, type);
        }
    }

    /** A name NER took for a person is a company's when the corpus names it with a legal form ("Granny Sayz"). */
    private static void retagCompanyNames(List<Doc> docs) {
        Set<String> companies = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                String bare = m.type.equals("ORGANIZATION") ? bareCompanyName(m.text) : null;
                if (bare != null && !bare.equals(nameKey(m.text).replace(",", "").replaceAll("\\s+", " "))) {
                    companies.add(bare);
                }
            }
        }
        peopleToOrganisations(docs, companies);
    }

    /**
     * Every mention tagged a person whose name (by {@link Names#nameKey}) is in {@code names} becomes an
     * organisation.
     */
    private static void peopleToOrganisations(List<Doc> docs, Set<String> names) {
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("PERSON") && names.contains(nameKey(m.text))) {
                    m.type = "ORGANIZATION";
                }
            }
        }
    }

    /** A party and a state as news style tags a politician: "R-Wis.", "D-Mo.", "I-Vt.". */
    private static final Pattern PARTY_STATE_TAG = Pattern.compile("[DRI]-\\p{Lu}[\\p{L}.]*");
    /** Joining words that a name never ends with: "Upper East Side of" is "Upper East Side" (of Manhattan). */
    private static final Set<String> NEVER_LAST = Set.of("of", "the", "and", "&", "for", "on", "in", "at", "de");

    /**
     * A mention's first and last tokens must be words: marks NER took in ("Grimm \"", ", D.C.") and a joining
     * word before the next name ("Upper East Side of" Manhattan) are cut off; a bracket with no partner inside a
     * name is dropped from its text ("(Libyan strongman Moammar) Gadhafi" names Moammar Gadhafi). A party-state
     * tag ("R-Wis.") is evidence of a party and a state, not a name.
     */
    private static void trimEdges(Doc d, Doc.NMention m) {
        int from = m.tokFrom;
        int to = m.tokTo;
        // a possessive ending opens no name: "at Hollywood's Kodak Theatre" (BBC), where the place before it went
        // its own way and left "'s Kodak Theatre"
        while (from < to && (!hasLetterOrDigit(d.toks.get(from).word) || d.toks.get(from).pos.equals("POS"))) {
            from++;
        }
        while (to > from && (!hasLetterOrDigit(d.toks.get(to - 1).word)
                || NEVER_LAST.contains(d.toks.get(to - 1).word))) {
            to--;
        }
        if (from == to || PARTY_STATE_TAG.matcher(d.body.text().substring(d.toks.get(from).start,
                d.toks.get(to - 1).end)).matches()) {
            dropMention(d, m);
            return;
        }
        if (from != m.tokFrom || to != m.tokTo) {
            for (int i = m.tokFrom; i < m.tokTo; i++) {
                if (i < from || i >= to) {
                    d.toks.get(i).mention = null;
                }
            }
            m.tokFrom = from;
            m.tokTo = to;
            m.start = d.toks.get(from).start;
            m.end = d.toks.get(to - 1).end;
            m.text = d.body.text().substring(m.start, m.end);
        }
        m.text = withoutLoneBrackets(m.text);
    }

    /** A name's text with a bracket that has no partner in it dropped: "Moammar) Gadhafi" is "Moammar Gadhafi". */
    static String withoutLoneBrackets(String name) {
        String text = name;
        for (String[] pair : new String[][] {{"(", ")"}, {"[", "]"}}) {
            if (text.contains(pair[0]) != text.contains(pair[1])) {
                text = text.replace(pair[0], " ").replace(pair[1], " ");
            }
        }
        return text.equals(name) ? name : text.replaceAll("\\s+", " ").strip();
    }

    static boolean hasLetterOrDigit(String w) {
        return w.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Words for a street or a square, which after a title-cased word end a place's name ("Second Avenue"). */
    private static final Set<String> THOROUGHFARES = Set.of("avenue", "street", "road", "boulevard", "lane",
            "square", "drive", "plaza", "highway", "parkway");

    private static final Set<String> CALENDAR_WORDS = Set.of("jan", "january", "feb", "february", "mar", "march",
            "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Nouns that end the name of a body of people: "the 17 February Brigade" is a group, not a date. */
    private static final Set<String> BODY_NOUNS = Set.of("brigade", "battalion", "regiment", "army", "movement",
            "committee", "commission", "coalition", "council", "party", "front", "group", "alliance", "union",
            "association", "society", "foundation", "institute", "league");

    /** A capitalised word that can stand in a name before a number: not a date's word, not a person or a place. */
    private static boolean numberNameWord(Doc.Tok t) {
        String w = t.word;
        // "the Senate's No. 3 Democrat": an abbreviation before a number is a rank or a count, no name
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLetter)
                && !w.endsWith(".") && !w.equalsIgnoreCase("no") && !w.equalsIgnoreCase("nos")
                && t.pos.startsWith("NN") && !CALENDAR_WORDS.contains(NameVariants.fold(w))
                && (t.ner == null || t.ner.equals("O") || t.ner.equals("ORGANIZATION") || t.ner.equals("MISC"));
    }

    /** Lower-case prepositions no person's name holds (particles such as "de", "van", "bin" are no prepositions). */
    private static final Set<String> NO_NAME_PREPOSITIONS = Set.of("in", "at", "on", "for", "with", "from", "into");

    /**
     * A person's name holds no preposition: "for his performance as Ray Charles in Ray" (BBC entertainment), where NER
     * tagged "Ray Charles in Ray" one person. The name ends before the preposition; the capitalised words after it,
     * where a person stands in some place or work, are a name of no known type.
     */
    private static void personsCutAtPrepositions(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !m.type.equals("PERSON")) {
                continue;
            }
            for (int i = m.tokFrom + 1; i < m.tokTo - 1; i++) {
                Doc.Tok t = d.toks.get(i);
                if (NO_NAME_PREPOSITIONS.contains(t.word) && t.pos.equals("IN")
                        && isCapitalisedWord(d.toks.get(i - 1).word) && isCapitalisedWord(d.toks.get(i + 1).word)) {
                    int from = m.tokFrom;
                    int to = m.tokTo;
                    dropMention(d, m);
                    replaceMentions(d, from, i, "PERSON").retypedWhy = "a person's name ends before a preposition";
                    replaceMentions(d, i + 1, to, "MISC").retypedWhy =
                            "the words after a preposition NER ran a person's name into";
                    break;
                }
            }
        }
    }

    /** Lower-case words of time and cause that join clauses or phrases and that no name holds. */
    private static final Set<String> NO_NAME_LINKS = Set.of("after", "before", "since", "until", "while", "when",
            "during", "because", "although");

    /**
     * A name holds no word that says when or why: "took their case to the House of Lords after the Court of Appeal
     * backed …" (BBC politics), which NER tagged as one organisation. The name ends before the word; the capitalised
     * words after it (a leading "the" aside) are a second name of the same type.
     */
    private static void namesCutAtTimeWords(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || NUMERIC.contains(m.type) || WRITTEN_AS_IS.contains(m.type)) {
                continue;
            }
            for (int i = m.tokFrom + 1; i < m.tokTo - 1; i++) {
                Doc.Tok t = d.toks.get(i);
                if (!NO_NAME_LINKS.contains(t.word) || !isCapitalisedWord(d.toks.get(i - 1).word)) {
                    continue;
                }
                int second = d.toks.get(i + 1).word.equalsIgnoreCase("the") ? i + 2 : i + 1;
                if (second >= m.tokTo || !isCapitalisedWord(d.toks.get(second).word)) {
                    continue;
                }
                int from = m.tokFrom;
                int to = m.tokTo;
                String type = m.type;
                dropMention(d, m);
                replaceMentions(d, from, i, type).retypedWhy = "a name ends before \"" + t.word + "\"";
                replaceMentions(d, second, to, type).retypedWhy = "the name after \"" + t.word
                        + "\", which NER ran into the one before";
                break;
            }
        }
    }

    /**
     * A name NER tagged a place (of no known kind) in a list of people is a person's when it is a first name of
     * CoreNLP's list and a surname: "Former Academy Award winners Gwyneth Paltrow, Dustin Hoffman and Halle Berry"
     * (BBC entertainment), "Gwyneth Paltrow" a place to NER. A list here is names one comma or "and" apart, and the
     * names on both sides of this one (or the one side it has) are people named by a first name and a surname
     * ("Al Qaeda and Ansar al-Sharia", where NER first took the second for a person, is no such list, nor is
     * an organisation retyped: "Al" and "Ansar" are first names of the list); a name of two or three capitalised
     * words.
     */
    private static void peopleInListsOfPeople(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !m.type.equals("LOCATION")
                    || m.tokTo - m.tokFrom < 2 || m.tokTo - m.tokFrom > 3 || !Pronouns.isFirstName(m.text)) {
                continue;
            }
            boolean words = true;
            for (int i = m.tokFrom; i < m.tokTo && words; i++) {
                words = isCapitalisedWord(d.toks.get(i).word);
            }
            Doc.NMention before = listNeighbour(d, m, -1);
            Doc.NMention after = listNeighbour(d, m, 1);
            boolean people = (before != null || after != null) && (before == null || fullPersonName(before))
                    && (after == null || fullPersonName(after));
            if (words && people) {
                m.type = "PERSON";
                m.retypedWhy = "a first name and a surname in a list of people";
            }
        }
    }

    /** A person's name of two words or more whose first is a first name of CoreNLP's list. */
    private static boolean fullPersonName(Doc.NMention m) {
        return m.type.equals("PERSON") && m.tokTo - m.tokFrom >= 2 && Pronouns.isFirstName(m.text);
    }

    /** The name one comma or "and" before ({@code dir} -1) or after (+1) a mention in its sentence, or null. */
    private static Doc.NMention listNeighbour(Doc d, Doc.NMention m, int dir) {
        int k = dir < 0 ? m.tokFrom - 1 : m.tokTo;
        if (k < 0 || k >= d.toks.size() || d.toks.get(k).sent != m.sent) {
            return null;
        }
        String w = d.toks.get(k).word;
        if (!w.equals(",") && !w.equals("and")) {
            return null;
        }
        int n = k + dir;
        if (n < 0 || n >= d.toks.size() || d.toks.get(n).sent != m.sent) {
            return null;
        }
        Doc.NMention o = d.toks.get(n).mention;
        return o == null || o.pronoun || (dir < 0 ? o.tokTo != n + 1 : o.tokFrom != n) ? null : o;
    }

    /**
     * A capitalised ordinal inside a sentence, right after "the" and before no noun, names something by its number
     * alone: "Lerner announced her plans to plead the Fifth" (HuffPost, BASIL 2013_84678e18; the Fifth Amendment),
     * an ORDINAL to NER. An ordinal before a noun ("the First Family", "the Second Amendment") is left as it is.
     */
    private static void ordinalsNamingAlone(Doc d) {
        for (Doc.NMention m : d.mentions) {
            if (m.pronoun || !m.type.equals("ORDINAL") || m.tokTo - m.tokFrom != 1 || m.tokFrom < 1
                    || !d.toks.get(m.tokFrom).word.matches("\\p{Lu}\\p{Ll}+")) {
                continue;
            }
            Doc.Tok the = d.toks.get(m.tokFrom - 1);
            Doc.Tok next = m.tokTo < d.toks.size() ? d.toks.get(m.tokTo) : null;
            if (the.sent != m.sent || !the.word.equals("the")
                    || next != null && next.sent == m.sent && (next.pos.startsWith("NN") || next.pos.startsWith("JJ")
                            || Character.isUpperCase(next.word.charAt(0)))) {
                continue;
            }
            m.type = "MISC";
            m.retypedWhy = "a capitalised ordinal after \"the\" and before no noun names something by its number";
        }
    }

    /**
     * A name right after a plural common noun is no one person's: "external auditors Arthur Andersen had approved
     * WorldCom's accounting" (BBC business 059), a person to NER, is the firm. A person is named after a singular
     * noun ("auditor John Smith"); a list of people after a plural ("lawmakers John Boehner and Nancy Pelosi",
     * "critics Rush Limbaugh, Glenn Beck") is left as it is. The name's last word alone in the same source is the
     * firm too.
     */
    private static void firmsAfterPluralNouns(Doc d) {
        for (Doc.NMention m : d.mentions) {
            if (m.pronoun || !m.type.equals("PERSON") || m.tokTo - m.tokFrom < 2 || m.tokFrom < 1) {
                continue;
            }
            Doc.Tok before = d.toks.get(m.tokFrom - 1);
            if (before.sent != m.sent || !before.pos.equals("NNS") || before.mention != null
                    || !before.word.matches("\\p{Ll}+") || listNeighbour(d, m, 1) != null
                    || m.tokTo < d.toks.size() && d.toks.get(m.tokTo).sent == m.sent
                            && (d.toks.get(m.tokTo).word.equals(",") || d.toks.get(m.tokTo).word.equals("and"))) {
                continue;
            }
            m.type = "ORGANIZATION";
            m.retypedWhy = "a name right after a plural common noun is no one person's";
            // the firm's last word alone in the same source ("She said Andersen had given a \"green light\"") is
            // the firm, when no person of the source is named in full with it
            String last = d.toks.get(m.tokTo - 1).word;
            boolean person = d.mentions.stream().anyMatch(o -> !o.pronoun && o.type.equals("PERSON")
                    && o.tokTo - o.tokFrom >= 2 && d.toks.get(o.tokTo - 1).word.equals(last));
            for (Doc.NMention o : d.mentions) {
                if (!person && !o.pronoun && o.type.equals("PERSON") && o.tokTo - o.tokFrom == 1
                        && o.text.equals(last)) {
                    o.type = "ORGANIZATION";
                    o.retypedWhy = "the last word of a firm's name the source gives after a plural common noun";
                }
            }
        }
    }

    /**
     * Nouns for a business or a club that a text puts right before its name or in apposition after it ("accountancy
     * firm Grant Thornton", "NM Rothschild, the investment bank"). No noun that also names a person's trade
     * ("broker", "bookmaker", "publisher": "Bombay broker Dinesh Walji").
     */
    private static final Set<String> FIRM_NOUNS = Set.of("firm", "company", "club", "bank", "airline", "carrier",
            "retailer", "insurer", "consultancy", "conglomerate", "manufacturer", "carmaker", "chain", "newspaper");

    /** Types NER gives a firm's or a club's name that are not an organisation's. */
    private static final Set<String> FIRM_MISTYPES = Set.of("PERSON", "LOCATION", "CITY", "STATE_OR_PROVINCE",
            "MISC");

    /**
     * A name the text calls a firm or a club is an organisation: right after a singular noun for one ("Joe McLean, a
     * football specialist at accountancy firm Grant Thornton", a person to NER; "Rival local club Manchester City",
     * a place; BBC business 242 and 224), or before a comma and "the" with such a noun as the head of the apposition
     * ("NM Rothschild, the investment bank, is advising Mr Glazer": a state "NM" and a MISC "Rothschild" to NER, one
     * name; BBC business 209). The noun must be the last of its phrase ("club manager Sir Alex Ferguson" names a
     * person; "the bank's chairman" no firm). The mention is retyped, and the same name elsewhere in its source.
     */
    private static void firmsNamedByTheirNoun(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !FIRM_MISTYPES.contains(m.type)) {
                continue;
            }
            Doc.Sent s = d.sents.get(m.sent);
            boolean before = false;
            if (m.tokFrom > s.tokFrom) {
                Doc.Tok b = d.toks.get(m.tokFrom - 1);
                before = b.pos.equals("NN") && b.mention == null && FIRM_NOUNS.contains(b.word);
            }
            int from = m.tokFrom;
            // capitalised words NER left out of the name right after it ("NM", a state, then "Rothschild")
            int to = m.tokTo;
            while (!before && to < s.tokTo && d.toks.get(to).mention == null && d.toks.get(to).pos.equals("NNP")
                    && isCapitalisedWord(d.toks.get(to).word) && d.toks.get(to - 1).end + 1 == d.toks.get(to).start) {
                to++;
            }
            boolean after = false;
            if (!before && to + 2 < s.tokTo && d.toks.get(to).word.equals(",")
                    && d.toks.get(to + 1).word.equalsIgnoreCase("the")) {
                for (int i = to + 2; i < Math.min(s.tokTo, to + 6); i++) {
                    Doc.Tok t = d.toks.get(i);
                    if (t.pos.equals("NN") && FIRM_NOUNS.contains(t.word)) {
                        Doc.Tok next = i + 1 < s.tokTo ? d.toks.get(i + 1) : null;
                        after = next == null || next.word.matches("[,.;:\u2014\u2013-]+");
                        break;
                    }
                    if (!(t.pos.startsWith("JJ") || t.pos.equals("NN") && t.mention == null || t.pos.equals("NNP"))) {
                        break;
                    }
                }
                // "NM Rothschild": the name's words NER tagged apart, one space before it, one name with it
                while (after && from > s.tokFrom) {
                    Doc.Tok p = d.toks.get(from - 1);
                    if (p.mention == null || p.mention.pronoun || !FIRM_MISTYPES.contains(p.mention.type)
                            && !p.mention.type.equals("ORGANIZATION") || p.end + 1 != d.toks.get(from).start) {
                        break;
                    }
                    from = p.mention.tokFrom;
                }
            }
            if (!before && !after && m.tokTo < s.tokTo && to == m.tokTo) {
                // "Thanou told To Vima newspaper in her first interview" (BBC sport 089, a person "Vima" to NER):
                // the noun right after the name, the last of its phrase, when no longer name in the source ends
                // with it as a person's ("a Murdoch newspaper" after "Rupert Murdoch" is his); a place before the
                // noun, or a name after "a", is where the firm is or whose it is ("a Bridgeport newspaper", NYT)
                Doc.Tok n = d.toks.get(m.tokTo);
                String det = m.tokFrom > s.tokFrom ? d.toks.get(m.tokFrom - 1).word.toLowerCase(Locale.ROOT) : "";
                Doc.Tok n2 = m.tokTo + 1 < s.tokTo ? d.toks.get(m.tokTo + 1) : null;
                String last = d.toks.get(m.tokTo - 1).word;
                after = (m.type.equals("PERSON") || m.type.equals("MISC")) && !det.equals("a") && !det.equals("an")
                        && n.pos.equals("NN") && n.mention == null && FIRM_NOUNS.contains(n.word)
                        && (n2 == null || !n2.pos.startsWith("NN") && !n2.pos.equals("POS"))
                        && d.mentions.stream().noneMatch(o -> o != m && !o.pronoun && o.type.equals("PERSON")
                                && o.tokTo - o.tokFrom > m.tokTo - m.tokFrom
                                && d.toks.get(o.tokTo - 1).word.equals(last));
            }
            if (!before && !after) {
                continue;
            }
            Doc.NMention firm = from < m.tokFrom || to > m.tokTo ? replaceMentions(d, from, to, "ORGANIZATION") : m;
            String name = firm.text;
            firm.type = "ORGANIZATION";
            firm.retypedWhy = "the text calls the name a firm or a club";
            for (Doc.NMention o : d.mentions) {
                if (o != firm && !o.pronoun && FIRM_MISTYPES.contains(o.type) && o.text.equals(name)) {
                    o.type = "ORGANIZATION";
                    o.retypedWhy = "a name the source calls a firm or a club elsewhere";
                }
            }
        }
    }

    /** Value types NER gives a capitalised word of frequency ("Daily", "Weekly") that opens a publication's name. */
    private static final Set<String> FREQUENCY_TYPES = Set.of("SET", "TIME");
    /** Types NER gives the word after it, when the two are one name: none, a title, a thing, an organisation. */
    private static final Set<String> AFTER_FREQUENCY = Set.of("TITLE", "MISC", "ORGANIZATION");

    /**
     * A capitalised word of frequency NER typed a value, inside a sentence after a determiner and before a
     * capitalised name word, opens a publication's name: "O'Neill said to The Daily Caller" ("Daily" a SET and
     * "Caller" a TITLE to NER), "on its Daily Beast Web site", and a word of the time of day NER typed a time: "a
     * Jewish reporter from the city's Evening Standard newspaper" (BBC politics 316: a TIME "Evening", "Standard"
     * untagged). The word after is one word, or the name NER tagged
     * from it (a title, a thing or an organisation). A day is no frequency: "in a Friday Facebook post" names Facebook.
     */
    private static void publicationsNamedByTheirFrequency(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !FREQUENCY_TYPES.contains(m.type) || m.tokTo - m.tokFrom != 1
                    || m.tokFrom == d.sents.get(m.sent).tokFrom || m.tokTo >= d.sents.get(m.sent).tokTo) {
                continue;
            }
            Doc.Tok t = d.toks.get(m.tokFrom);
            Doc.Tok before = d.toks.get(m.tokFrom - 1);
            Doc.Tok next = d.toks.get(m.tokTo);
            if (!isCapitalisedWord(t.word) || !(before.pos.equals("DT") || before.pos.equals("PRP$")
                    || before.pos.equals("POS")) || !isCapitalisedWord(next.word) || !next.pos.startsWith("NNP")) {
                continue;
            }
            int to = next.index + 1;
            if (next.mention != null) {
                if (next.mention.pronoun || !AFTER_FREQUENCY.contains(next.mention.type)
                        || next.mention.tokFrom != next.index) {
                    continue;
                }
                to = next.mention.tokTo;
            }
            replaceMentions(d, m.tokFrom, to, "ORGANIZATION").retypedWhy = "\"" + t.word + "\", typed " + m.type
                    + ", opens a publication's name after \"" + before.word + "\"";
        }
    }

    /**
     * A quotation that is nothing but a few capitalised words, one of them a time NER found, names a programme or a
     * work: ABC's "This Week", NBC's "Today" show, CNN's "American Morning", a "Daily Show" sketch (a DATE, a TIME, a
     * SET to NER). The words become one name, a thing; a quotation of a sentence ("Today, his fellow Missourians
     * urged him …") has words in lower case and stays as it was, and so does one with a person's name.
     */
    private static void programmesInQuotationMarks(Doc d) {
        String text = d.body.text();
        for (Doc.QSpan q : d.quotes) {
            if (!q.closed) {
                continue;
            }
            int from = -1;
            int to = -1;
            boolean time = false;
            boolean ok = true;
            for (Doc.Tok t : d.toks) {
                if (t.start < q.innerStart || t.end > q.innerEnd) {
                    continue;
                }
                if (!hasLetterOrDigit(t.word)) {
                    continue;
                }
                if (!isCapitalisedWord(t.word) && !TITLE_CASE_SMALL.contains(t.word) || from >= 0 && t.index != to
                        || t.mention != null && (t.mention.pronoun || t.mention.type.equals("PERSON"))) {
                    ok = false;
                    break;
                }
                if (from < 0) {
                    from = t.index;
                }
                to = t.index + 1;
                time |= t.mention != null && FREQUENCY_OR_TIME.contains(t.mention.type);
            }
            if (!ok || !time || from < 0 || to - from > 4 || !isCapitalisedWord(d.toks.get(from).word)
                    || !text.substring(d.toks.get(to - 1).end, q.innerEnd).matches("[\\s,.?!]*")
                    || !text.substring(q.innerStart, d.toks.get(from).start).isBlank()) {
                continue;
            }
            if (nameRunsAcross(d, from, to)) {
                continue;
            }
            replaceMentions(d, from, to, "MISC").retypedWhy =
                    "a quotation of capitalised words only, with a time in it: a programme's or a work's name";
        }
    }

    private static final Set<String> FREQUENCY_OR_TIME = Set.of("DATE", "TIME", "SET");

    /** Whether a name (no pronoun) overlaps tokens {@code from}..{@code to} (exclusive) and runs past either bound. */
    private static boolean nameRunsAcross(Doc d, int from, int to) {
        return d.mentions.stream().anyMatch(m -> !m.pronoun && m.tokFrom < to && m.tokTo > from
                && (m.tokFrom < from || m.tokTo > to));
    }

    /** The nouns a broadcaster's programme is called by after its name. */
    private static final Set<String> PROGRAMME_NOUNS = Set.of("programme", "program", "show", "series");

    /**
     * A broadcaster's programme named between the broadcaster's possessive and a noun for a programme: "Mr Mandelson
     * … told BBC Radio 4's Today programme: …" (BBC politics 196, 297) made an organisation "BBC Radio", a number
     * "4" and a date "Today". A number of one or two digits right after an organisation and before "'s" is the
     * station's, part of its name ("BBC Radio 4"); the one to three capitalised words after the possessive, before a
     * lower-case "programme", "program", "show" or "series", are the programme's name, a thing (MISC), whatever NER
     * typed them (a date, a time, a person), unless another name runs across their bounds.
     */
    private static void programmesOfABroadcaster(Doc d) {
        for (int k = 0; k + 1 < d.toks.size(); k++) {
            Doc.Tok poss = d.toks.get(k);
            if (!poss.pos.equals("POS") || k == 0) {
                continue;
            }
            Doc.Tok owner = d.toks.get(k - 1);
            Doc.NMention org = owner.mention;
            Doc.NMention before = k >= 2 ? d.toks.get(k - 2).mention : null;
            boolean station = owner.word.matches("\\d{1,2}") && before != null && before.type.equals("ORGANIZATION")
                    && before.tokTo == k - 1 && (org == null || org.type.equals("NUMBER") && org.tokFrom == k - 1
                    && org.tokTo == k);
            if (station) {
                org = before;
            } else if (org == null || !org.type.equals("ORGANIZATION") || org.tokTo != k) {
                continue;
            }
            int from = k + 1;
            int to = from;
            while (to < d.toks.size() && to - from < 3 && d.toks.get(to).sent == poss.sent
                    && isCapitalisedWord(d.toks.get(to).word)) {
                to++;
            }
            if (to == from || to >= d.toks.size() || d.toks.get(to).sent != poss.sent
                    || !PROGRAMME_NOUNS.contains(d.toks.get(to).word)) {
                continue;
            }
            if (nameRunsAcross(d, from, to)) {
                continue;
            }
            if (org.tokTo == k - 1) {
                // the station's number: "BBC Radio 4"
                replaceMentions(d, org.tokFrom, k, "ORGANIZATION").retypedWhy =
                        "a number right after a broadcaster's name, before its possessive: the station's";
            }
            replaceMentions(d, from, to, "MISC").retypedWhy =
                    "capitalised words between a broadcaster's possessive and a noun for a programme: its name";
        }
    }

    /** A bare domain written with a capital, no scheme, no path: "FoxNews.com", "BigGovernment.com". */
    private static final Pattern SITE_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'\u2019&-]*\\.(com|org|net|co\\.uk)");

    /**
     * A web address that is nothing but a domain written with a capital names the site, an organisation, the way the
     * text uses it: "NOW confirmed to FoxNews.com on Tuesday" (a URL to NER) is the "FoxNews.com" of "Bozell told
     * FoxNews.com" (an organisation to NER), one row. An address with a scheme or a path stays a URL, and so does one
     * in lower case ("biggovernment.com"), which as an organisation would be dropped as no name.
     */
    private static void sitesNamedByTheirDomain(Doc d) {
        for (Doc.NMention m : d.mentions) {
            if (!m.pronoun && m.type.equals("URL") && SITE_NAME.matcher(m.text).matches()) {
                m.type = "ORGANIZATION";
                m.retypedWhy = "a domain written with a capital: the site's name";
            }
        }
    }

    /** Words that pair two names ("Both Time and Newsweek"), no part of the first. */
    private static final Set<String> PAIR_WORDS = Set.of("both", "either", "neither");

    /**
     * "Both", "Either" or "Neither" opening a name, with "and", "or" or "nor" after it in the sentence, pairs two
     * names and is no word of the first: "Both Time and Newsweek have been doing this" (a thing "Both Time" to NER)
     * names Time. What is left takes the type of the name after the joining word when NER typed it a thing.
     */
    private static void pairOpeningAName(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || NUMERIC.contains(m.type) || m.tokTo - m.tokFrom < 2
                    || !PAIR_WORDS.contains(d.toks.get(m.tokFrom).word.toLowerCase(Locale.ROOT))
                    || m.tokTo >= d.sents.get(m.sent).tokTo || !isCapitalisedWord(d.toks.get(m.tokFrom + 1).word)) {
                continue;
            }
            Doc.Tok join = d.toks.get(m.tokTo);
            if (!(join.word.equals("and") || join.word.equals("or") || join.word.equals("nor"))) {
                continue;
            }
            String type = m.type;
            Doc.Tok other = m.tokTo + 1 < d.sents.get(m.sent).tokTo ? d.toks.get(m.tokTo + 1) : null;
            if (type.equals("MISC") && other != null && other.mention != null && !other.mention.pronoun
                    && other.mention.tokFrom == other.index && !NUMERIC.contains(other.mention.type)) {
                type = other.mention.type;
            }
            int to = m.tokTo;
            String word = d.toks.get(m.tokFrom).word;
            dropMention(d, m);
            replaceMentions(d, m.tokFrom + 1, to, type).retypedWhy = "\"" + word + "\" pairs this name with the next";
        }
    }

    /** Words a title-case line leaves in lower case. */
    private static final Set<String> TITLE_CASE_SMALL = Set.of("a", "an", "the", "of", "on", "in", "at", "to", "for",
            "and", "or", "by", "with", "from", "as");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])['\u2018]([^'\u2018\u2019\"\u201C\u201D]{3,120}?)['\u2019](?![\\p{L}\\p{N}])");

    /**
     * In a quoted line written in title case (a headline, a cover line: “How Creepy Is Princess Diana’s Ghost on the
     * Cover of Newsweek?”, "The Queen of Rage") a capital is no evidence of a name: a title NER found there names
     * no one unless a person's name follows it ("Creepy Is Princess" is cut to "Princess", before "Diana"; "Queen"
     * is dropped), and a common word NER took for a thing ("Ghost") is dropped. People, places and organisations
     * stay. The line must have three words or more, each capitalised but the small words of title case.
     */
    private static void wordsOfATitleCaseQuotation(Doc d) {
        for (int[] span : titleCaseQuotations(d)) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (m.pronoun || !d.mentions.contains(m) || m.start < span[0] || m.end > span[1]) {
                    continue;
                }
                if (m.type.equals("TITLE")) {
                    // the tagger reads all of a title-case line as names ("Creepy Is Princess"): the title is its
                    // last word, with the words joined to it by "of" ("Secretary of State")
                    int from = m.tokTo - 1;
                    while (from - 2 >= m.tokFrom && d.toks.get(from - 1).word.equals("of")) {
                        from -= 2;
                    }
                    Doc.Tok after = m.tokTo < d.toks.size() ? d.toks.get(m.tokTo) : null;
                    boolean person = after != null && after.mention != null && !after.mention.pronoun
                            && after.mention.type.equals("PERSON");
                    int to = m.tokTo;
                    if (person && from == m.tokFrom) {
                        continue;
                    }
                    dropMention(d, m);
                    if (person) {
                        replaceMentions(d, from, to, "TITLE").retypedWhy =
                                "the title before a name in a title-case quotation, cut of the line's other words";
                    }
                } else if (m.type.equals("MISC") && m.tokTo - m.tokFrom == 1
                        && NameSynonyms.isCommonWord(m.text) && !NameSynonyms.isNounAsWritten(m.text)) {
                    dropMention(d, m);
                }
            }
        }
    }

    /** The spans (body offsets, marks left out) of the quotations in double or single marks written in title case. */
    static List<int[]> titleCaseQuotations(Doc d) {
        String text = d.body.text();
        List<int[]> spans = new ArrayList<>();
        for (Doc.QSpan q : d.quotes) {
            if (q.closed && titleCase(text.substring(q.innerStart, q.innerEnd))) {
                spans.add(new int[] {q.innerStart, q.innerEnd});
            }
        }
        Matcher sq = SINGLE_QUOTED.matcher(text);
        while (sq.find()) {
            if (titleCase(sq.group(1))) {
                spans.add(new int[] {sq.start(1), sq.end(1)});
            }
        }
        return spans;
    }

    /** Whether a line is in title case: three words or more, each capitalised but title case's small words. */
    private static boolean titleCase(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 3) {
            return false;
        }
        int capitals = 0;
        for (String w : words) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(bare.charAt(0))) {
                capitals++;
            } else if (!TITLE_CASE_SMALL.contains(bare)) {
                return false;
            }
        }
        return capitals >= 2;
    }

    /**
     * Two capitals NER reads as a state's abbreviation, between "a" or "an" and a common noun they modify, are no
     * place: "I always said we needed a PR person" (BBC sport 089, "PR" Puerto Rico to NER), "a PA system". The
     * mention is dropped.
     */
    private static void abbreviationsModifyingANoun(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !m.type.equals("STATE_OR_PROVINCE") || m.tokTo - m.tokFrom != 1
                    || !m.text.matches("[A-Z]{2}")) {
                continue;
            }
            Doc.Sent s = d.sents.get(m.sent);
            if (m.tokFrom <= s.tokFrom || m.tokTo >= s.tokTo) {
                continue;
            }
            String before = d.toks.get(m.tokFrom - 1).word.toLowerCase(Locale.ROOT);
            Doc.Tok after = d.toks.get(m.tokTo);
            if ((before.equals("a") || before.equals("an")) && after.pos.equals("NN") && after.mention == null
                    && Character.isLowerCase(after.word.charAt(0))) {
                dropMention(d, m);
            }
        }
    }

    /**
     * A town and its region, as news style places a town: "at a public meeting in Hinckley, Leicestershire last week"
     * (BBC politics 111: "Leicestershire" an organisation to NER; the same words in 281 a region). A one-word
     * organisation right after a city and a comma, the city right after "in", "at", "near", "from" or "outside", and
     * no verb or possessive after it ("In London, Barclays said …" is the bank), is a region.
     */
    private static void regionsAfterTowns(Doc d) {
        for (Doc.NMention m : d.mentions) {
            if (m.pronoun || !m.type.equals("ORGANIZATION") || m.tokTo - m.tokFrom != 1 || m.tokFrom < 3) {
                continue;
            }
            Doc.Tok comma = d.toks.get(m.tokFrom - 1);
            Doc.NMention town = d.toks.get(m.tokFrom - 2).mention;
            if (!comma.word.equals(",") || town == null || town.pronoun || !town.type.equals("CITY")
                    || town.tokFrom < 1 || comma.sent != m.sent) {
                continue;
            }
            Doc.Tok prep = d.toks.get(town.tokFrom - 1);
            Doc.Tok next = m.tokTo < d.toks.size() ? d.toks.get(m.tokTo) : null;
            if (prep.sent != m.sent || !Set.of("in", "at", "near", "from", "outside").contains(prep.word.toLowerCase(
                    Locale.ROOT)) || prep.index == d.sents.get(m.sent).tokFrom
                    || next != null && next.sent == m.sent && (next.pos.startsWith("VB") || next.pos.equals("POS")
                            || next.pos.equals("MD"))) {
                continue;
            }
            m.type = "STATE_OR_PROVINCE";
            m.retypedWhy = "a region after a town and a comma";
        }
    }

    /** Nouns for the player of a part, which stand between the name of a work and the player's name. */
    private static final Set<String> STAR_NOUNS = Set.of("star", "co-star", "costar");

    /**
     * The name right before "star" and a person's name is the work the person stars in, not a person: "Ray star
     * Jamie Foxx", "Vera Drake star Imelda Staunton", "Sideways star Thomas Hayden Church" (BBC entertainment),
     * where NER took "Ray" and "Vera Drake" for people and left "Sideways" untagged. A name NER tagged a person
     * becomes a name of no known type; capitalised words it left untagged (none the sentence's first, none a noun
     * WordNet writes in lower case: "Rock star Bono", "Pop star") are taken as one. Organisations and places before
     * "star" ("Chelsea star", "Hollywood star") stay as they are.
     */
    private static void worksBeforeTheirStars(Doc d) {
        for (Doc.Tok star : d.toks) {
            if (!STAR_NOUNS.contains(star.word) || star.index < 1 || star.index + 1 >= d.toks.size()) {
                continue;
            }
            Doc.Tok after = d.toks.get(star.index + 1);
            Doc.Tok before = d.toks.get(star.index - 1);
            if (after.sent != star.sent || before.sent != star.sent || after.mention == null
                    || after.mention.pronoun || !after.mention.type.equals("PERSON")
                    || after.mention.tokFrom != after.index || star.mention != null) {
                continue;
            }
            Doc.NMention work = before.mention;
            if (work != null) {
                if (!work.pronoun && work.type.equals("PERSON") && work.tokTo == star.index) {
                    work.type = "MISC";
                    work.retypedWhy = "the name right before \"" + star.word + "\" and a person's name is a work";
                }
                continue;
            }
            int sentStart = d.sents.get(star.sent).tokFrom;
            int from = star.index;
            while (from - 1 > sentStart && from > star.index - 4) {
                Doc.Tok t = d.toks.get(from - 1);
                if (t.mention != null || t.ner != null && !t.ner.equals("O") || !isCapitalisedWord(t.word)
                        || d.toks.get(from - 2).word.matches("[\"\u201C\u2018'(:\u2014\u2013-]+")) {
                    break;
                }
                from--;
            }
            if (from == star.index || from - 1 == sentStart && d.toks.get(from - 1).mention == null
                    && isCapitalisedWord(d.toks.get(from - 1).word)) {
                continue; // none, or the first word of the sentence is one of them
            }
            if (star.index - from == 1 && NameSynonyms.isNounAsWritten(before.word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            replaceMentions(d, from, star.index, "MISC").retypedWhy =
                    "capitalised words right before \"" + star.word + "\" and a person's name name a work";
        }
    }

    /**
     * An amount written in capitalised words with no digit, right before capitalised words NER left untagged, opens
     * a name: "Clint Eastwood's boxing drama Million Dollar Baby" (BBC entertainment), where NER tagged "Million
     * Dollar" an amount of money and left "Baby" out. The words together are a name of no known type; the untagged
     * words must be nouns (no verb, no sentence's next clause).
     */
    private static void amountsOpeningNames(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !(m.type.equals("MONEY") || m.type.equals("NUMBER"))) {
                continue;
            }
            boolean words = true;
            for (int i = m.tokFrom; i < m.tokTo && words; i++) {
                words = d.toks.get(i).word.matches("\\p{Lu}\\p{Ll}+");
            }
            int to = m.tokTo;
            while (words && to < d.toks.size() && to - m.tokTo < 3) {
                Doc.Tok t = d.toks.get(to);
                if (t.sent != m.sent || t.mention != null || t.ner != null && !t.ner.equals("O")
                        || !t.word.matches("\\p{Lu}\\p{Ll}+") || !t.pos.startsWith("NN")) {
                    break;
                }
                to++;
            }
            if (!words || to == m.tokTo) {
                continue;
            }
            replaceMentions(d, m.tokFrom, to, "MISC").retypedWhy =
                    "an amount in capitalised words before capitalised words NER left untagged opens a name";
        }
    }

    /**
     * A thing named by a number, which NER reads as a date or a number: a capitalised noun or an acronym right before
     * a number ("Senate Bill 1062", "SB 1062", "Park 51", "Amendment 64") names a bill, a law, a project; a date
     * right before capitalised words that NER left untagged and that end in a noun for a body of people is a
     * group's name ("the 17 February Brigade"). Months and weekdays are a date's own words and never count.
     */
    private static void numberedNames(Doc d) {
        // "his state's controversial SB1070 immigration law": capital letters and digits in one token name a
        // thing (a bill, a flight, a model), which NER leaves untagged or takes for a number
        for (Doc.Tok t : d.toks) {
            if (CODE_NAME.matcher(t.word).matches() && d.sents.get(t.sent).boilerplate == null
                    && (t.mention == null || !t.mention.pronoun && NUMERIC.contains(t.mention.type)
                            && t.mention.tokFrom == t.index && t.mention.tokTo == t.index + 1)) {
                replaceMentions(d, t.index, t.index + 1, "MISC").retypedWhy =
                        "capital letters and digits in one word, a numbered name";
            }
        }
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !(m.type.equals("DATE") || m.type.equals("NUMBER"))) {
                continue;
            }
            Doc.Tok first = d.toks.get(m.tokFrom);
            Doc.Tok before = m.tokFrom > 0 ? d.toks.get(m.tokFrom - 1) : null;
            if (first.word.matches("\\d+") && before != null && before.sent == m.sent && before.mention == null
                    && numberNameWord(before)) {
                int from = m.tokFrom - 1;
                while (from > 0 && d.toks.get(from - 1).sent == m.sent && numberNameWord(d.toks.get(from - 1))
                        && !d.toks.get(from - 1).pos.equals("NNPS")) {
                    from--;
                }
                Doc.NMention cut = d.toks.get(from).mention;
                if (cut != null && cut.tokFrom < from) {
                    from = cut.tokTo; // a name that began further left is not taken in part
                }
                int rest = m.tokFrom + 1;
                while (rest < m.tokTo && !hasLetterOrDigit(d.toks.get(rest).word)) {
                    rest++;
                }
                boolean restIsDate = rest < m.tokTo && (m.tokTo - rest > 1
                        || d.toks.get(rest).pos.startsWith("NN") || d.toks.get(rest).pos.equals("CD"));
                dropMention(d, m);
                if (restIsDate) {
                    // "SB 1062, last week": the date after the number stays a date
                    Doc.NMention date = replaceMentions(d, rest, m.tokTo, m.type);
                    date.normValue = m.normValue;
                }
                replaceMentions(d, from, m.tokFrom + 1, "MISC");
                continue;
            }
            int to = m.tokTo;
            while (to < d.toks.size() && d.toks.get(to).sent == m.sent && d.toks.get(to).mention == null
                    && d.toks.get(to).ner != null && d.toks.get(to).ner.equals("O") && numberNameWord(d.toks.get(to))
                    && d.toks.get(to).start == d.toks.get(to - 1).end + 1) {
                to++;
            }
            if (to > m.tokTo && m.type.equals("DATE")
                    && BODY_NOUNS.contains(d.toks.get(to - 1).word.toLowerCase(Locale.ROOT))) {
                dropMention(d, m);
                replaceMentions(d, m.tokFrom, to, "ORGANIZATION");
            }
        }
    }

    /**
     * Capital letters, then digits, in one word: "SB1070", "HR3590"; two capitals or more and one digit ("MI6",
     * "MI5"), not one and one ("Q3" of a quarter, "A4" of a paper size).
     */
    private static final Pattern CODE_NAME = Pattern.compile("\\p{Lu}{1,4}-?\\d{2,5}|\\p{Lu}{2,4}\\d");

    /** Nouns that end the name of a law or a treaty: "First Amendment", "Hatch Act". */
    private static final Set<String> LAW_NOUNS = Set.of("act", "amendment", "treaty", "accord", "accords");

    /**
     * NER leaves most laws untagged, or tags their number word alone ("First" an ordinal): capitalised words ending
     * in a noun that names a law, inside a sentence, are one name ("The First Amendment protects …", "an agency
     * that looks at violations of the Hatch Act"). So are capitalised words ending in "District", a place, when no
     * capitalised word follows ("blanketed Virginia's Seventh Congressional District with fliers"; not "District
     * Court").
     */
    private static void lawNames(Doc d) {
        for (int k = 1; k < d.toks.size(); k++) {
            Doc.Tok t = d.toks.get(k);
            String lower = t.word.toLowerCase(Locale.ROOT);
            boolean district = lower.equals("district") && (k + 1 >= d.toks.size()
                    || d.toks.get(k + 1).sent != t.sent || !isCapitalisedWord(d.toks.get(k + 1).word));
            // NER's MISC on the law noun alone ("the 18th Amendment": an ordinal and a MISC "Amendment") is taken in
            boolean lawNounAlone = t.mention != null && !t.mention.pronoun && t.mention.type.equals("MISC")
                    && t.mention.tokFrom == k && t.mention.tokTo == k + 1;
            if (!LAW_NOUNS.contains(lower) && !district || !Character.isUpperCase(t.word.charAt(0))
                    || t.mention != null && !lawNounAlone) {
                continue;
            }
            int from = k;
            while (from > 0) {
                Doc.Tok b = d.toks.get(from - 1);
                boolean word = b.sent == t.sent && !b.word.isEmpty() && (Character.isUpperCase(b.word.charAt(0))
                        || Character.isDigit(b.word.charAt(0)) && b.ner != null && b.ner.equals("ORDINAL"))
                        && !b.pos.equals("DT") && !b.pos.equals("IN") && !b.pos.equals("CC")
                        && (b.mention == null || NUMERIC.contains(b.mention.type)
                                || b.mention.type.equals("MISC") || b.mention.type.equals("ORGANIZATION"));
                if (!word) {
                    break;
                }
                from--;
            }
            if (from == k || from == d.sents.get(t.sent).tokFrom && from == k - 1
                    && d.toks.get(from).mention == null && !d.toks.get(from).pos.startsWith("NNP")) {
                continue; // "Act" alone, or a sentence's first word before it that is no name
            }
            for (int i = from; i < k; i++) {
                Doc.NMention inside = d.toks.get(i).mention;
                if (inside != null && (inside.tokFrom < from || inside.tokTo > k + 1)) {
                    from = -1; // a name that goes on past the law's words
                    break;
                }
            }
            if (from >= 0) {
                if (lawNounAlone) {
                    dropMention(d, t.mention);
                }
                replaceMentions(d, from, k + 1, district ? "LOCATION" : "MISC");
            }
        }
    }

    /**
     * A place's name NER cut in two: a place (or a word it took for a title) directly followed by one capitalised
     * word it tagged as a place is one place: "Trump Tower" (a place "Trump" and a city "Tower"), "Second Avenue"
     * (a title "Second" and a place "Avenue"); a place directly followed by a country is one place when WordNet
     * writes the two words together as a place's name ("Latin America"); a point of the compass before a country is
     * left to {@link #compassPointsBeforePlaces}, which keeps the country's type ("West Germany").
     */
    private static void joinPlacePieces(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || m.tokTo >= d.toks.size()) {
                continue;
            }
            Doc.Tok nt = d.toks.get(m.tokTo);
            Doc.NMention n = nt.mention;
            if (n == null || n.pronoun || n.tokFrom != m.tokTo || n.tokTo - n.tokFrom != 1 || nt.sent != m.sent
                    || !isCapitalisedWord(nt.word)) {
                continue;
            }
            if (n.type.equals("COUNTRY") && m.type.equals("LOCATION") && m.end + 1 == n.start
                    && !COMPASS_POINTS.contains(m.text)
                    && "noun.location".equals(NameSynonyms.nounFile(m.text + " " + n.text))) {
                // "West German bank exposure to Latin America" (Reuters-00950): a place "Latin" and the country
                // "America" (then the United States'), where WordNet writes the two words as one place's name
                replaceMentions(d, m.tokFrom, n.tokTo, "LOCATION").retypedWhy =
                        "a place and a country WordNet writes as one place: " + m.text + " " + n.text;
                continue;
            }
            if (!(n.type.equals("CITY") || n.type.equals("LOCATION"))) {
                continue;
            }
            boolean place = PLACE.contains(m.type) && !m.type.equals("COUNTRY");
            boolean street = m.type.equals("TITLE") && m.tokTo - m.tokFrom == 1
                    && THOROUGHFARES.contains(nt.word.toLowerCase(Locale.ROOT));
            if (place || street) {
                replaceMentions(d, m.tokFrom, n.tokTo, "LOCATION");
            }
        }
    }

    /** The points of the compass that open the names of countries, and of their people ("West German"). */
    private static final Set<String> COMPASS_POINTS = Set.of("North", "South", "East", "West");

    /**
     * A point of the compass NER tagged apart, right before a country, a place or a nationality, is one name with
     * it, of the second's type: "But will now invest in Britain, West Germany, France and other countries" (Reuters
     * 1987) made "West" a place of its own and left Germany for West Germany; a country or a nationality keeps its
     * type, anything else is a place ("North Florida"). Only a space between them, in one sentence; the point written with a capital and tagged a place or MISC. Not before "America" or "American":
     * NER types the country's short name a country, and "North America", "South America" are continents (a first
     * version made "South America" a country, and the corpus joined it to South Africa).
     */
    private static void compassPointsBeforePlaces(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || m.tokTo - m.tokFrom != 1 || m.tokTo >= d.toks.size()
                    || !COMPASS_POINTS.contains(m.text) || !(PLACE.contains(m.type) || m.type.equals("MISC"))) {
                continue;
            }
            Doc.NMention n = nextOneSpaceAfter(d, m);
            if (n == null || !(PLACE.contains(n.type) || n.type.equals("NATIONALITY"))
                    || !isCapitalisedWord(d.toks.get(m.tokTo).word) || n.text.startsWith("America")) {
                continue;
            }
            // "West Germany", "South Sudan" are countries and "East European" a nationality; "North Florida" is a
            // part of a state, a place
            String type = n.type.equals("COUNTRY") || n.type.equals("NATIONALITY") ? n.type : "LOCATION";
            Doc.NMention joined = replaceMentions(d, m.tokFrom, n.tokTo, type);
            joined.retypedWhy = "a point of the compass before a place, one name with it";
        }
    }

    /**
     * The mention (not a pronoun) that starts at the token right after {@code m}, in its sentence, one space after
     * it; null when there is none. {@code m} ends before the text does.
     */
    private static Doc.NMention nextOneSpaceAfter(Doc d, Doc.NMention m) {
        Doc.Tok nt = d.toks.get(m.tokTo);
        Doc.NMention n = nt.mention;
        if (n == null || n.pronoun || n.tokFrom != m.tokTo || nt.sent != m.sent
                || !d.body.text().substring(m.end, n.start).equals(" ")) {
            return null;
        }
        return n;
    }

    private static final Set<String> DAYS_AND_MONTHS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    /**
     * A holiday NER tagged a date right before a capitalised MISC name is the first word of that name, the name of
     * an event: "“The Easter Egg Roll with my kids,” he said." (the NYT; "Easter" a date and "Egg Roll" a MISC row
     * before). Not a day of the week or a month ("On Tuesday Republican leaders …"), and only one space between.
     */
    private static void holidaysOpeningANameOfAnEvent(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !m.type.equals("DATE") || m.tokTo - m.tokFrom != 1
                    || m.tokTo >= d.toks.size() || !isCapitalisedWord(m.text) || DAYS_AND_MONTHS.contains(m.text)) {
                continue;
            }
            Doc.NMention n = nextOneSpaceAfter(d, m);
            if (n == null || !n.type.equals("MISC")) {
                continue;
            }
            boolean capitalised = true;
            for (int k = n.tokFrom; k < n.tokTo; k++) {
                capitalised &= isCapitalisedWord(d.toks.get(k).word);
            }
            if (capitalised) {
                Doc.NMention joined = replaceMentions(d, m.tokFrom, n.tokTo, "MISC");
                joined.retypedWhy = "a holiday opening the name of an event, one name with it";
            }
        }
    }

    /**
     * A company named with its legal form after a comma ("Granny Sayz, L.L.C.") is one organisation, wherever
     * NER tagged its name (here a person); the legal form alone ("L.L.C.") is no name.
     */
    private static void companiesWithLegalForm(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || m.tokTo - m.tokFrom != 1
                    || !COMPANY_FORMS.contains(NameVariants.fold(m.text.replace(".", "")))) {
                continue;
            }
            int comma = m.tokFrom - 1;
            Doc.NMention before = comma >= 1 && d.toks.get(comma).word.equals(",")
                    ? d.toks.get(comma - 1).mention : null;
            int from = -1;
            if (before != null && !before.pronoun && before.tokTo == comma && !NUMERIC.contains(before.type)
                    && !PLACE.contains(before.type)) {
                from = before.tokFrom;
            } else if (before == null && comma >= 1) {
                // a name NER left untagged: the capitalised words before the comma
                int k = comma;
                while (k - 1 >= d.sents.get(m.sent).tokFrom && d.toks.get(k - 1).mention == null
                        && isCapitalisedWord(d.toks.get(k - 1).word) && !d.toks.get(k - 1).pos.equals("DT")) {
                    k--;
                }
                from = k < comma && k > d.sents.get(m.sent).tokFrom ? k : -1;
            }
            if (from >= 0) {
                replaceMentions(d, from, m.tokTo, "ORGANIZATION");
            } else {
                dropMention(d, m);
            }
        }
    }
    /**
     * Classes whose names may be written as a clipped short form: organisations, groups, parties and faiths, the
     * classes whose names the entity resolver joins by their other forms.
     */
    private static final Set<String> CLIPPED_CLASSES = EntityResolver.SYNONYM_CLASSES;

    /**
     * Whether the long names a short name clips ({@link #clips}) are one name: at least one, and the singular and
     * plural of one long form ("Liberal Democrat", "Liberal Democrats") counted as one.
     */
    static boolean oneLongForm(Collection<String> fits) {
        return !fits.isEmpty() && fits.stream().map(l -> l.replaceFirst("s$", "")).distinct().count() == 1;
    }

    /**
     * Whether {@code shortName} is a clipped form of {@code longName}: as many words, each the start of the long
     * name's word in the same place (a plural "s" of both set aside), at least one shorter, and every word shortened
     * to two letters or more of a word of four or more, by two letters or more (not a spelling's last letter,
     * "Zelensky" of "Zelenskyy"): "Lib Dems" and "Lib Dem" of "Liberal Democrats". Both are
     * folded name keys.
     */
    static boolean clips(String shortName, String longName) {
        String[] s = shortName.split(" ");
        String[] l = longName.split(" ");
        if (s.length < 2 || s.length != l.length) {
            return false;
        }
        boolean clipped = false;
        for (int i = 0; i < s.length; i++) {
            String a = s[i];
            String b = l[i];
            if (a.equals(b) || b.equals(a + "s") || a.equals(b + "s")) {
                continue;
            }
            if (a.length() > 2 && a.endsWith("s") && b.endsWith("s")) {
                a = a.substring(0, a.length() - 1);
            }
            if (a.length() < 2 || b.length() < 4 || a.length() + 2 > b.length()
                    || !b.startsWith(a) && !contraction(a, b) || !a.chars().allMatch(Character::isLetter)) {
                return false;
            }
            clipped = true;
        }
        return clipped;
    }

    /**
     * Whether {@code a} is a contraction of {@code b} as abbreviations drop inner letters: three letters or more, the
     * first and last of the word, the rest in its order, not a start of it ("utd" of "united", "dept" of
     * "department", "intl" of "international").
     */
    static boolean contraction(String a, String b) {
        if (a.length() < 3 || a.length() + 2 > b.length() || b.startsWith(a) || a.charAt(0) != b.charAt(0)
                || a.charAt(a.length() - 1) != b.charAt(b.length() - 1)) {
            return false;
        }
        int j = 1;
        for (int i = 1; i < a.length() - 1; i++) {
            int k = b.indexOf(a.charAt(i), j);
            if (k < 0 || k >= b.length() - 1) {
                return false;
            }
            j = k + 1;
        }
        return true;
    }

    /** Whether a short name clips a long one with at least one word contracted ("man utd" of "manchester united"). */
    static boolean clipsWithContraction(String shortName, String longName) {
        if (!clips(shortName, longName)) {
            return false;
        }
        String[] s = shortName.split(" ");
        String[] l = longName.split(" ");
        for (int i = 0; i < s.length; i++) {
            if (contraction(s[i], l[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clipped short form of a name the corpus writes in full takes in the capitalised words before it that NER
     * left untagged: "Lib Dem spokesman Mark Oaten" (BBC; "Dem" an IDEOLOGY, "Lib" untagged) is one name "Lib Dem"
     * of the "Liberal Democrats" elsewhere, typed as the long form is. Only one long form may fit; the words taken
     * in are in the same sentence, one space apart. The entity resolver then joins the short form to the long.
     */
    static void clippedShortForms(List<Doc> docs) {
        Map<String, String> longForms = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && CLIPPED_CLASSES.contains(m.type) && m.tokTo - m.tokFrom >= 2
                        && Names.orgWords(m.text).length >= 2) {
                    longForms.putIfAbsent(Names.nameKey(m.text), m.type);
                }
            }
        }
        // a short form written elsewhere ("Lib Dems") is no long form of its own
        longForms.keySet().removeIf(s -> longForms.keySet().stream().anyMatch(l -> clips(s, l)));
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                if (!m.pronoun && m.type.equals("PERSON") && m.tokTo - m.tokFrom >= 2) {
                    // "The board of Man Utd is expected to meet" (BBC business 209, a person to NER): a contracted
                    // word ("Utd") is no person's name; the short form of the one long name it clips is that name's
                    String name = Names.nameKey(m.text);
                    List<String> fits = longForms.keySet().stream().filter(l -> clipsWithContraction(name, l))
                            .toList();
                    if (oneLongForm(fits)) {
                        m.type = longForms.get(fits.get(0));
                        m.retypedWhy = "a short form of \"" + fits.get(0) + "\" with a contracted word";
                    }
                }
                if (m.pronoun || !d.mentions.contains(m) || !CLIPPED_CLASSES.contains(m.type)) {
                    continue;
                }
                int from = m.tokFrom;
                while (from > m.tokFrom - 2 && clippedWord(d, m, from - 1, from)) {
                    from--;
                }
                int to = m.tokTo;
                while (to < m.tokTo + 2 && clippedWord(d, m, to, to - 1)) {
                    to++;
                }
                span:
                for (int f = m.tokFrom; f >= from; f--) {
                    for (int t = m.tokTo; t <= to; t++) {
                        if (f == m.tokFrom && t == m.tokTo) {
                            continue;
                        }
                        String name = Names.nameKey(d.body.text().substring(d.toks.get(f).start,
                                d.toks.get(t - 1).end));
                        List<String> fits = longForms.keySet().stream().filter(l -> clips(name, l)).toList();
                        if (oneLongForm(fits)) {
                            Doc.NMention joined = replaceMentions(d, f, t, longForms.get(fits.get(0)));
                            joined.retypedWhy = "a clipped short form of \"" + fits.get(0)
                                    + "\", with the words beside it";
                            break span;
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether token {@code k} may be a word of a clipped short form beside mention {@code m} (token {@code near} its
     * neighbour on the side of {@code m}): a capitalised word of the same sentence, one space away, no determiner ("The Lib
     * Dems"), untagged or a one-word name of an organisation or group ("Lib" an ORGANIZATION, "Dem" an IDEOLOGY).
     */
    private static boolean clippedWord(Doc d, Doc.NMention m, int k, int near) {
        if (k < 0 || k >= d.toks.size()) {
            return false;
        }
        Doc.Tok t = d.toks.get(k);
        Doc.Tok n = d.toks.get(near);
        Doc.NMention o = t.mention;
        return t.sent == m.sent && isCapitalisedWord(t.word) && !t.pos.equals("DT")
                && (k < near ? n.start - t.end : t.start - n.end) == 1
                && (o == null || !o.pronoun && o.tokTo - o.tokFrom == 1 && CLIPPED_CLASSES.contains(o.type));
    }
}
