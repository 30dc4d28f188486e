package org.crosscheck.annotate;

import static org.crosscheck.annotate.MentionRepairs.hasLetterOrDigit;
import static org.crosscheck.annotate.Names.TITLE_ABBREVIATIONS;
import static org.crosscheck.annotate.Names.dropMention;
import static org.crosscheck.annotate.Names.headOf;
import static org.crosscheck.annotate.Names.isCapitalisedWord;
import static org.crosscheck.annotate.Names.replaceMentions;
import static org.crosscheck.annotate.Names.titleKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The repairs of titles and of the names they stand before: a title NER took into a person's name or ran together
 * with a form of address, an abbreviated or capitalised title it left untagged, the name after a title it missed,
 * and role nouns the corpus never uses as titles. Run from {@link MentionRepairs#repairMentions}, and
 * {@link #capitalisedWordsOfTitles} by {@link EntityResolver#resolve} after the repairs.
 */
final class TitleRepairs {
    private TitleRepairs() {
    }

    /**
     * A role noun after "best" names a prize's category, not anyone's title: "the best director prize", "named best
     * supporting actress", "to win best actress" (BBC entertainment on the Oscars), where NER tagged "director" and
     * "actress" titles. Lower-case words between "best" and the noun ("supporting") are words of the category. A
     * capitalised title ("Best Director") stays.
     */
    static void prizeCategories(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !m.type.equals("TITLE")
                    || !Character.isLowerCase(m.text.charAt(0))) {
                continue;
            }
            int k = m.tokFrom - 1;
            while (k >= 0 && m.tokFrom - k <= 3 && d.toks.get(k).sent == m.sent
                    && !d.toks.get(k).word.equalsIgnoreCase("best") && d.toks.get(k).mention == null
                    && d.toks.get(k).word.matches("\\p{Ll}+") && (d.toks.get(k).pos.startsWith("JJ")
                            || d.toks.get(k).pos.equals("VBG") || d.toks.get(k).pos.startsWith("NN"))) {
                k--;
            }
            if (k >= 0 && d.toks.get(k).sent == m.sent && d.toks.get(k).word.equalsIgnoreCase("best")
                    && d.toks.get(k).mention == null) {
                dropMention(d, m);
            }
        }
    }

    /**
     * A title NER ran together with the form of address after it ("civil rights leader Rev. Jesse Jackson" gave
     * "leader Rev."): the form of address, which stands before the name, is the title.
     */
    static void cutTitleBeforeAddress(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !m.type.equals("TITLE") || m.tokTo - m.tokFrom < 2
                    || !Character.isLowerCase(m.text.charAt(0))) {
                continue;
            }
            String last = NameVariants.fold(d.toks.get(m.tokTo - 1).word);
            if (CLERICAL.contains(last) || TITLE_ABBREVIATIONS.containsKey(last)
                    && d.toks.get(m.tokTo - 1).word.endsWith(".")) {
                dropMention(d, m);
                replaceMentions(d, m.tokTo - 1, m.tokTo, "TITLE");
            }
        }
    }

    /**
     * A word NER tagged a title is one only when the corpus uses it as one somewhere: capitalised inside a
     * sentence ("Chairman Ryan", "Bishop"), right before a person's name ("reporter Michael Scotto"), or in
     * apposition to a person ("Kelly Townsend, a founder of …"). Role nouns used only as common nouns ("not a
     * candidate for president", "where is the doctor", "her chief lieutenant") are no titles.
     */
    static void dropRoleNouns(List<Doc> docs) {
        Set<String> titles = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("TITLE") && usedAsTitle(d, m)) {
                    titles.add(titleKey(m.text));
                }
            }
        }
        for (Doc d : docs) {
            for (Doc.NMention m : List.copyOf(d.mentions)) {
                String key = m.pronoun ? "" : titleKey(m.text);
                // "the race for House majority leader": a title of two words stays when its last word is a title
                // the corpus gives someone ("then-Majority Leader Eric Cantor")
                if (!m.pronoun && m.type.equals("TITLE") && !titles.contains(key)
                        && !(m.retypedWhy != null && titles.contains(key.substring(key.lastIndexOf(' ') + 1)))) {
                    dropMention(d, m);
                }
            }
        }
    }

    private static boolean usedAsTitle(Doc d, Doc.NMention m) {
        Doc.Sent s = d.sents.get(m.sent);
        int firstWord = s.tokFrom;
        while (firstWord < s.tokTo && !hasLetterOrDigit(d.toks.get(firstWord).word)) {
            firstWord++;
        }
        if (Character.isUpperCase(m.text.charAt(0)) && m.tokFrom != firstWord || beforePerson(d, m)) {
            return true;
        }
        Doc.Tok h = headOf(d, m);
        Doc.Tok gov = h.head >= 0 ? d.toks.get(h.head) : null;
        if (h.dep.equals("conj") && gov != null && gov.dep.equals("appos") && gov.head >= 0) {
            gov = d.toks.get(gov.head); // "Ryan, a Catholic and chairman of …"
            return isPersonToken(gov);
        }
        if (h.dep.equals("appos") && gov != null && isPersonToken(gov)) {
            return true;
        }
        for (int i = s.tokFrom; i < s.tokTo; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.head == h.index && t.dep.equals("appos") && isPersonToken(t)) {
                return true;
            }
        }
        if (d.hasChild(s, h.index, t -> t.dep.equals("case") && t.word.equalsIgnoreCase("as"))) {
            return false; // "As a Harvard Law School student, Wilkins said …": a role once held, no title
        }
        // the parser does not always see the apposition: the title's noun phrase, a comma and a name ("an Israeli
        // rabbi, Yoshiyahu Yosef Pinto", "A spokesman in Grimm's Washington office, Nick Iacono,")
        for (int i = m.tokTo; i < Math.min(s.tokTo - 1, m.tokTo + 8); i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.word.equals(",")) {
                return isPersonToken(d.toks.get(i + 1));
            }
            if (t.pos.startsWith("VB") || t.pos.equals("WDT") || t.pos.equals("WP") || t.pos.equals("CC")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPersonToken(Doc.Tok t) {
        return t.mention != null && !t.mention.pronoun && t.mention.type.equals("PERSON") || "PERSON".equals(t.ner);
    }

    /** Whether a person's name starts right after a mention. */
    static boolean beforePerson(Doc d, Doc.NMention m) {
        if (m.tokTo >= d.toks.size()) {
            return false;
        }
        Doc.Tok t = d.toks.get(m.tokTo);
        return t.sent == m.sent && (t.mention != null && !t.mention.pronoun && t.mention.type.equals("PERSON")
                || "PERSON".equals(t.ner));
    }

    /** Words of address for clergy, which NER takes into the name they stand before ("Father Thomas J. Reese"). */
    private static final Set<String> CLERICAL = Set.of("father", "fr", "bishop", "archbishop", "cardinal", "rabbi",
            "imam", "reverend", "rev", "pastor", "monsignor", "msgr", "deacon");

    /**
     * Honours of knighthood written before a name: "Dame Barbara Castle" (BBC politics 400), which NER took into the
     * name where it left "Sir" out of "Sir John Harvey-Jones" (Reuters-00730). A title, as a clergy's word is.
     */
    private static final Set<String> HONOURS = Set.of("sir", "dame");

    /**
     * A person's name does not begin with a title or an adjective of faith or nationality: "Bishop Jenky" is the
     * title Bishop and the person Jenky, "Jesuit Father Thomas J. Reese" the religion Jesuit, the title Father and
     * the person Thomas J. Reese. A word counts as a title when it is a word of address for clergy or NER tagged it
     * a title elsewhere in the corpus; as an adjective when NER tagged it a religion or nationality elsewhere; as a
     * party label when WordNet has it as a member of a political party ("Tory Dominic Grieve").
     */
    static void splitLeadingTitle(Doc d, Doc.NMention m, Set<String> titleWords,
            Map<String, String> adjectiveTypes) {
        while (m.tokTo - m.tokFrom >= 2) {
            Doc.Tok first = d.toks.get(m.tokFrom);
            Doc.Tok next = d.toks.get(m.tokFrom + 1);
            if (!Character.isUpperCase(next.word.charAt(0))) {
                return;
            }
            String key = titleKey(first.word);
            String type = CLERICAL.contains(key) || HONOURS.contains(key) || titleWords.contains(key) ? "TITLE"
                    : m.tokTo - m.tokFrom >= 3 ? adjectiveTypes.get(first.word) : null;
            if (type == null && m.tokTo - m.tokFrom >= 3 && first.word.matches("\\p{Lu}\\p{Ll}+")
                    && NameSynonyms.isPartyMember(first.word)) {
                // "but Tory Dominic Grieve branded …" (BBC): WordNet's "Tory" is a member of a political party, a
                // label before the name, no word of it
                type = "MISC";
            }
            if (type == null || !Character.isUpperCase(first.word.charAt(0))) {
                return;
            }
            m.tokFrom++;
            m.start = next.start;
            m.text = d.body.text().substring(m.start, m.end);
            replaceMentions(d, first.index, first.index + 1, type);
        }
    }

    /**
     * A news-style title abbreviation right before a person's name is a title even where NER left it untagged
     * ("establishment-backed Sen. Arlen Specter").
     */
    static void titleAbbreviationsBeforeNames(Doc d) {
        for (int k = 0; k + 1 < d.toks.size(); k++) {
            Doc.Tok t = d.toks.get(k);
            Doc.Tok next = d.toks.get(k + 1);
            if (t.mention == null && t.word.endsWith(".") && Character.isUpperCase(t.word.charAt(0))
                    && TITLE_ABBREVIATIONS.containsKey(NameVariants.fold(t.word)) && next.sent == t.sent
                    && next.mention != null && next.mention.tokFrom == k + 1 && next.mention.type.equals("PERSON")) {
                replaceMentions(d, k, k + 1, "TITLE");
            }
        }
    }

    /**
     * A one-word title and the common noun before it are one title when WordNet has the two words as one noun: NER
     * tags "leader" alone in "Eric Cantor, the House majority leader" and "Leader" alone in "House Majority Leader
     * Eric Cantor"; WordNet has "majority leader". A noun NER put at the end of an organisation's name before the
     * title ("House Majority") leaves that name.
     */
    static void titlesWithTheWordBefore(Doc d) {
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !m.type.equals("TITLE") || m.tokTo - m.tokFrom != 1
                    || m.tokFrom == 0) {
                continue;
            }
            Doc.Tok before = d.toks.get(m.tokFrom - 1);
            if (before.sent != m.sent || !before.pos.startsWith("NN") || !before.word.matches("\\p{L}+")) {
                continue;
            }
            Doc.NMention org = before.mention;
            if (org != null && (org.pronoun || !org.type.equals("ORGANIZATION") || org.tokTo != m.tokFrom
                    || org.tokTo - org.tokFrom < 2)) {
                continue;
            }
            String compound = before.word.toLowerCase(Locale.ROOT) + " " + m.text.toLowerCase(Locale.ROOT);
            if (!NameSynonyms.isNounAsWritten(compound)) {
                continue;
            }
            if (org != null) {
                int from = org.tokFrom;
                int to = org.tokTo - 1;
                String type = org.type;
                dropMention(d, org);
                replaceMentions(d, from, to, type);
            }
            dropMention(d, m);
            replaceMentions(d, m.tokFrom - 1, m.tokTo, "TITLE").retypedWhy =
                    "one noun in WordNet: \"" + compound + "\"";
        }
    }

    /**
     * A title before a person's name is written with capitals throughout, so capitalised words NER left untagged
     * right before a capitalised title there are words of it: Reuters-00028, "a panel made up of Tower, former
     * National Security Adviser Brent Scowcroft and former Secretary of State Edmund Muskie", where NER tagged
     * "Security Adviser". A sentence's first word, and a word after an opening mark, are capitalised for another
     * reason and stay out; a word NER tagged (a nationality, an organisation) is no part of the title, nor is a word
     * of a name the corpus gives elsewhere: the rule runs after long names are carried to their untagged mentions
     * ("Weekly Standard Editor Bill Kristol" keeps the Weekly Standard). Not in a quoted line in title case (a
     * headline), where every word is capitalised. One "and" is crossed when a single capitalised untagged word stands
     * before it after a word with no capital: "announced by Work and Pensions Secretary Alan Smith" (BBC politics 156;
     * was "Pensions Secretary"), not "Blair and Foreign Secretary …" (a name NER tagged).
     */
    static void capitalisedWordsOfTitles(Doc d) {
        List<int[]> titleCaseLines = MentionRepairs.titleCaseQuotations(d);
        for (Doc.NMention m : List.copyOf(d.mentions)) {
            if (m.pronoun || !d.mentions.contains(m) || !m.type.equals("TITLE") || !beforePerson(d, m)
                    || !Character.isUpperCase(m.text.charAt(0))
                    || titleCaseLines.stream().anyMatch(l -> l[0] <= m.start && m.end <= l[1])) {
                // in a title-case line ("How Creepy Is Princess Diana's Ghost …?") every word has a capital
                continue;
            }
            int from = m.tokFrom;
            int sentStart = d.sents.get(m.sent).tokFrom;
            boolean crossedAnd = false;
            while (from - 1 > sentStart) {
                Doc.Tok t = d.toks.get(from - 1);
                Doc.Tok prev = d.toks.get(from - 2);
                if (!crossedAnd && from < m.tokFrom && t.word.equals("and") && from - 2 > sentStart
                        && untaggedCapitalised(prev) && !d.toks.get(from - 3).word.equals("and")
                        && !isCapitalisedWord(d.toks.get(from - 3).word)
                        && !d.toks.get(from - 3).word.matches("[\"\u201C\u2018'(\\[:\u2014\u2013-]+")) {
                    // two fields of one office joined by "and": "Work and Pensions Secretary Alan Smith"
                    crossedAnd = true;
                    from--;
                    continue;
                }
                if (t.mention != null || !isCapitalisedWord(t.word) || !"O".equals(t.ner) && t.ner != null
                        || prev.word.matches("[\"\u201C\u2018'(\\[:\u2014\u2013-]+")) {
                    break;
                }
                from--;
            }
            if (from < m.tokFrom) {
                int to = m.tokTo;
                dropMention(d, m);
                replaceMentions(d, from, to, "TITLE").retypedWhy =
                        "capitalised words before a capitalised title before a name are words of the title";
            }
        }
    }

    private static boolean untaggedCapitalised(Doc.Tok t) {
        return t.mention == null && isCapitalisedWord(t.word) && ("O".equals(t.ner) || t.ner == null);
    }

    /**
     * Two or three capitalised words NER left untagged right after a title are a person's name, by the news convention
     * of a title before a full name ("delivered by radio host Rush Limbaugh -": "Rush" is a common noun to the
     * tagger). The words must stand alone: no tagged word among them (but a first word NER tagged MISC alone, as in
     * "novelist Ayn Rand") and a word that is no name after them.
     */
    static void namesAfterTitles(Doc d) {
        List<int[]> titles = new ArrayList<>();
        for (Doc.NMention m : d.mentions) {
            if (!m.pronoun && m.type.equals("TITLE")) {
                titles.add(new int[] {m.tokTo, m.sent});
            }
        }
        // a capitalised word NER left untagged that can name an office held by a person, right after an
        // organisation's name ("said RNC Chair Reince Priebus"): a title too, for this rule
        for (Doc.Tok t : d.toks) {
            Doc.NMention org = t.index > 0 ? d.toks.get(t.index - 1).mention : null;
            if (t.mention == null && org != null && !org.pronoun && org.type.equals("ORGANIZATION")
                    && org.sent == t.sent && t.pos.equals("NNP") && isCapitalisedWord(t.word)
                    && (t.ner == null || t.ner.equals("O")) && PersonNouns.canBePerson(t.word)) {
                titles.add(new int[] {t.index + 1, t.sent});
            }
        }
        for (int[] title : titles) {
            int from = title[0];
            int sent = title[1];
            // the words taken are untagged, so no name made here takes in another title's words
            Doc.Tok last = d.toks.get(from - 1);
            String titleText = last.mention != null ? last.mention.text : last.word;
            int to = from;
            // NER may tag the first word alone as a word of its lists ("novelist Ayn Rand": "Ayn" MISC, "Rand"
            // untagged): that word is taken in when untagged capitalised words follow it
            Doc.NMention first = from < d.toks.size() ? d.toks.get(from).mention : null;
            boolean miscFirst = first != null && !first.pronoun && first.type.equals("MISC")
                    && first.tokFrom == from && first.tokTo == from + 1 && first.sent == sent
                    && d.toks.get(from).pos.equals("NNP");
            while (to < d.toks.size() && to - from < 4) {
                Doc.Tok t = d.toks.get(to);
                boolean tagged = (t.mention != null || t.ner != null && !t.ner.equals("O")) && !(miscFirst && to == from);
                if (t.sent != sent || tagged || t.word.length() < 2
                        || !t.word.matches("\\p{Lu}\\p{Ll}+(?:['’-]\\p{L}+)?")
                        || !(t.pos.startsWith("NN") || t.pos.equals("JJ"))) {
                    break;
                }
                to++;
            }
            int n = to - from;
            if (n < 2 || n > 3 || to < d.toks.size() && d.toks.get(to).sent == sent
                    && isCapitalisedWord(d.toks.get(to).word)) {
                continue;
            }
            replaceMentions(d, from, to, "PERSON").retypedWhy =
                    "capitalised words NER left untagged, right after the title \"" + titleText + "\"";
        }
    }
}
