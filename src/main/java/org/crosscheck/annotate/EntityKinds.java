package org.crosscheck.annotate;

import static org.crosscheck.annotate.Names.STATE_ABBREVIATIONS;
import static org.crosscheck.annotate.Names.headOf;
import static org.crosscheck.annotate.Names.nameKey;

import java.util.Locale;
import java.util.Set;

/**
 * What the words around a mention say of the kind of thing it names, which NER's type does not: a state rather than
 * the city of that name ({@link #namesAState}), a city ({@link #locatesACity}), a dateline ({@link #isDateline}),
 * an institution ({@link #institutionNoun}), a company ({@link #namesACompany}). {@link EntityResolver} keys and
 * types its entities by them.
 */
final class EntityKinds {
    private EntityKinds() {
    }

    /**
     * Whether a mention of a place that is both a state and a national capital is written as the state: followed by
     * "state" ("Washington state", as news style writes it), after "state of" or a party's member and "of"
     * ("Democrat of Washington"), or beside another state in a list or after a city and a comma ("Spokane,
     * Washington").
     */
    static boolean namesAState(Doc.NMention m) {
        Doc d = m.doc;
        Doc.Tok next = m.tokTo < d.toks.size() ? d.toks.get(m.tokTo) : null;
        if (next != null && next.sent == m.sent && next.word.equalsIgnoreCase("state")) {
            return true;
        }
        if (m.tokFrom >= 2 && d.toks.get(m.tokFrom - 1).word.equalsIgnoreCase("of")
                && d.toks.get(m.tokFrom - 2).word.equalsIgnoreCase("state")) {
            return true;
        }
        if (m.tokFrom >= 2 && d.toks.get(m.tokFrom - 1).word.equals("of") && d.toks.get(m.tokFrom - 2).sent == m.sent
                && NameSynonyms.partyOfMembers(d.toks.get(m.tokFrom - 2).word) != null) {
            return true; // "Jay Inslee, Democrat of Washington": a member of Congress's party and state
        }
        for (int k : new int[] {m.tokFrom - 2, m.tokTo + 1}) {
            if (k < 0 || k >= d.toks.size() || d.toks.get(k).sent != m.sent) {
                continue;
            }
            Doc.Tok between = d.toks.get(k < m.tokFrom ? m.tokFrom - 1 : m.tokTo);
            Doc.NMention other = d.toks.get(k).mention;
            if ((between.word.equals(",") || between.word.equals("and") || between.word.equals("or"))
                    && other != null && !other.pronoun && (other.type.equals("STATE_OR_PROVINCE")
                            || k < m.tokFrom && other.type.equals("CITY") && between.word.equals(","))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a place NER took for a state is written the way news style writes a city: as a dateline, in capitals
     * at the start of the first paragraph before a dash ("WASHINGTON —"), or followed by a comma and a state
     * ("Washington, D.C.", "Peoria, Ill."). A state is not located in a state.
     */
    static boolean locatesACity(Doc.NMention m) {
        Doc d = m.doc;
        if (m.pronoun || m.tokTo + 1 >= d.toks.size()) {
            return false;
        }
        if (isDateline(m)) {
            return true;
        }
        Doc.Tok next = d.toks.get(m.tokTo);
        Doc.NMention after = d.toks.get(m.tokTo + 1).mention;
        if (!next.word.equals(",") || after == null || after.pronoun || after.tokFrom != m.tokTo + 1) {
            return false;
        }
        if (STATE_ABBREVIATIONS.containsKey(nameKey(after.text))) {
            return true;
        }
        // a state written in full after a comma is a city's state only outside a list ("Nebraska, Oklahoma and")
        Set<String> listWords = Set.of(",", "and", "or", "&");
        return after.type.equals("STATE_OR_PROVINCE") && (m.tokFrom == 0
                || !listWords.contains(d.toks.get(m.tokFrom - 1).word))
                && (after.tokTo >= d.toks.size() || !listWords.contains(d.toks.get(after.tokTo).word));
    }

    /**
     * A place in capitals at the start of the first paragraph, in the dateline before its dash ("WASHINGTON —",
     * "BEIJING, China --"; {@link Clauses#datelineEnd}).
     */
    static boolean isDateline(Doc.NMention m) {
        Doc d = m.doc;
        if (m.pronoun || d == null || m.tokTo >= d.toks.size()) {
            return false;
        }
        boolean capitals = m.text.length() >= 4 && m.text.equals(m.text.toUpperCase(Locale.ROOT));
        return capitals && d.paragraphOf(m.start) == 0 && d.paragraphStart[0] == m.start
                && Clauses.datelineEnd(d, d.sents.get(m.sent)) > m.tokTo;
    }

    /** Nouns for an institution, which a name in apposition with one names ("Georgetown, the Jesuit university"). */
    static final Set<String> INSTITUTIONS = Set.of("university", "college", "school", "academy",
            "institute", "seminary", "hospital", "museum", "foundation");

    /** The institution noun a mention stands in apposition with ("university"), or null. */
    static String institutionNoun(Doc.NMention m) {
        if (m.pronoun) {
            return null;
        }
        Doc d = m.doc;
        Doc.Tok h = headOf(d, m);
        if (h.dep.equals("appos") && h.head >= 0) {
            String noun = d.toks.get(h.head).lemma.toLowerCase(Locale.ROOT);
            if (INSTITUTIONS.contains(noun)) {
                return noun;
            }
        }
        Doc.Sent s = d.sents.get(m.sent);
        for (int i = s.tokFrom; i < s.tokTo; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.head == h.index && t.dep.equals("appos") && INSTITUTIONS.contains(t.lemma.toLowerCase(Locale.ROOT))) {
                return t.lemma.toLowerCase(Locale.ROOT);
            }
        }
        // the parser does not always see the apposition: a comma, then a noun phrase of determiners, adverbs,
        // adjectives and names ending in the institution noun ("Notre Dame, also a Catholic university,")
        if (m.tokTo < s.tokTo && d.toks.get(m.tokTo).word.equals(",")) {
            for (int i = m.tokTo + 1; i < Math.min(s.tokTo, m.tokTo + 7); i++) {
                Doc.Tok t = d.toks.get(i);
                String lemma = t.lemma.toLowerCase(Locale.ROOT);
                if (t.pos.startsWith("NN") && INSTITUTIONS.contains(lemma) && !t.pos.startsWith("NNP")) {
                    return lemma;
                }
                if (!(t.pos.equals("DT") || t.pos.startsWith("RB") || t.pos.startsWith("JJ")
                        || t.pos.startsWith("NNP") || t.pos.equals("VBN") && t.word.contains("-"))) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Nouns that say a name is a business: "the Yugansk unit", "Gazpromneft, a former unit of …". */
    private static final Set<String> COMPANY_NOUNS = Set.of("unit", "subsidiary", "division", "firm", "company",
            "bank", "lender", "insurer", "retailer", "airline", "carrier", "monopoly", "conglomerate", "producer",
            "maker", "manufacturer", "brokerage", "consortium", "corporation", "operator", "supplier", "startup");

    /** Nouns for a part of a company, which a name before them names: "the Yugansk unit". */
    private static final Set<String> PART_NOUNS = Set.of("unit", "subsidiary", "division", "affiliate");

    /**
     * Whether a mention NER took for a place (a generic LOCATION) names a company by the way the sentence uses it:
     * as the modifier of a noun for a part of a company ("its Yugansk unit"), in apposition with one ("Gazpromneft, a former unit
     * of Russian gas monopoly Gazprom"), or in a list of at least two organisations ("ABN Amro, BNP Paribas,
     * Calyon, JP Morgan Chase Bank").
     */
    static boolean namesACompany(Doc.NMention m) {
        if (m.pronoun || !m.type.equals("LOCATION")) {
            return false;
        }
        Doc d = m.doc;
        Doc.Tok h = headOf(d, m);
        if (h.head >= 0) {
            String noun = d.toks.get(h.head).lemma.toLowerCase(Locale.ROOT);
            // "a Washington, D.C., law firm" is a firm in a place; "its Yugansk unit" is the unit itself
            if (h.dep.equals("compound") && PART_NOUNS.contains(noun)
                    || h.dep.equals("appos") && COMPANY_NOUNS.contains(noun)) {
                return true;
            }
        }
        Doc.Sent s = d.sents.get(m.sent);
        int orgConjuncts = 0;
        Doc.Tok listHead = h.dep.equals("conj") && h.head >= 0 ? d.toks.get(h.head) : h;
        for (int i = s.tokFrom; i < s.tokTo; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.head == h.index && t.dep.equals("appos")
                    && COMPANY_NOUNS.contains(t.lemma.toLowerCase(Locale.ROOT))) {
                return true;
            }
            boolean inList = t == listHead || t.dep.equals("conj") && t.head == listHead.index;
            if (inList && t != h && t.mention != null && t.mention != m
                    && t.mention.type.equals("ORGANIZATION")) {
                orgConjuncts++;
            }
        }
        return orgConjuncts >= 2;
    }
}
