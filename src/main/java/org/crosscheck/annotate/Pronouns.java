package org.crosscheck.annotate;

import static org.crosscheck.annotate.Names.headOf;
import static org.crosscheck.annotate.Names.personTokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.annotate.EntityResolver.Cluster;

/**
 * Resolves he/she pronouns to the named people of compatible gender before them ({@link #resolvePronouns}, the last
 * step of {@link EntityResolver#resolve}), and gives a person's gender: by CoreNLP's list of first names
 * ({@link #genderOf}) or by the honorific before a surname ({@link #honorificGender}).
 */
final class Pronouns {
    private Pronouns() {
    }

    // ---- pronouns

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");

    static boolean isPersonalPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MALE.contains(w) || FEMALE.contains(w);
    }

    /**
     * Each he/she pronoun goes to a named person of compatible gender before it: the first one named in its own
     * sentence, else, in the nearest sentence before that names one, the subject of its main verb, or the person
     * just described by an apposition, or the first one named. A person
     * on the same side of the quotation marks as the pronoun is preferred: inside a quote "he" is someone the
     * speaker talks about, outside it someone the reporter does.
     */
    static void resolvePronouns(List<Doc> docs) {
        // the people each title stands right before, in any report of the corpus ("Prime Minister Tony Blair")
        Map<String, Set<Cluster>> titleHolders = new HashMap<>();
        for (Doc d : docs) {
            for (Doc.NMention t : d.mentions) {
                Cluster named = personRightAfter(d, t);
                if (named != null) {
                    titleHolders.computeIfAbsent(Names.titleKey(t.text), k -> new HashSet<>()).add(named);
                }
            }
        }
        for (Doc d : docs) {
            d.titleHolders = titleHolders;
        }
        for (Doc d : docs) {
            Map<Integer, List<Doc.NMention>> bySentence = new HashMap<>();
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.cluster != null && m.cluster.cls.equals("PERSON")) {
                    bySentence.computeIfAbsent(m.sent, k -> new ArrayList<>()).add(m);
                }
            }
            Map<Integer, List<Doc.NMention>> pronounSubjects = new HashMap<>();
            Set<Doc.NMention> done = new HashSet<>();
            for (Doc.NMention p : d.mentions) {
                if (!p.pronoun || done.contains(p)) {
                    continue;
                }
                if (p.inQuote) {
                    // "“If his original advice … how was it that he resolved …?” he said.": the frame's own pronoun
                    // is resolved first, so that the speaker it names is no one the quotation speaks of
                    for (Doc.NMention f : framePronounsAfter(d, p)) {
                        if (done.add(f)) {
                            resolveOne(d, f, bySentence, pronounSubjects);
                        }
                    }
                }
                done.add(p);
                resolveOne(d, p, bySentence, pronounSubjects);
            }
        }
    }

    /** Resolves one he/she pronoun (see {@link #resolvePronouns}). */
    private static void resolveOne(Doc d, Doc.NMention p, Map<Integer, List<Doc.NMention>> bySentence,
            Map<Integer, List<Doc.NMention>> pronounSubjects) {
        String g = MALE.contains(p.text.toLowerCase(Locale.ROOT)) ? "MALE" : "FEMALE";
        Doc.NMention country = g.equals("FEMALE") ? countryAsHer(d, p, bySentence) : null;
        if (country != null) {
            p.cluster = country.cluster;
            country.cluster.mentions.add(p);
            return;
        }
        Doc.Tok binder = reflexiveBinder(d, p);
        if (binder != null) {
            Cluster bound = binderPerson(d, binder, p, g);
            if (bound == NOBODY) {
                return; // "asking the young man to identify himself": the unnamed man's, no one's here
            }
            if (bound != null) {
                p.cluster = bound;
                bound.mentions.add(p);
                return;
            }
        }
        Cluster bracketed = nameInBracketsAfter(d, p);
        if (bracketed != null) {
            p.cluster = bracketed;
            bracketed.mentions.add(p);
            return;
        }
        Cluster fronted = subjectOfAFrontedClause(d, p);
        if (fronted != null) {
            p.cluster = fronted;
            fronted.mentions.add(p);
            return;
        }
        Cluster found = controller(d, p, g);
        Cluster other = null;
        Set<Cluster> excluded = excludedPeople(d, p);
        if (found == null) {
            found = subjectAfterFrontedPhrase(d, p, g, excluded);
        }
        Doc.Tok unnamed = found != null ? null : unnamedPersonBefore(d, p, g);
        if (unnamed != null) {
            // "One Republican strategist said he believed …": the pronoun is the unnamed person's, or, when
            // the person is named by a title the article gave a named person before ("the president",
            // after "President Reagan"), that person's; a bare "the former governor" is left to the rest
            Doc.NMention named = appositeName(d, unnamed);
            found = named != null ? named.cluster
                    : indefinite(d, unnamed) ? null : holderOfTitle(d, unnamed, p);
            if (found == null && (newPerson(d, unnamed) || ownedByAnUnnamedOne(d, unnamed))) {
                return;
            }
        }
        if (found == null && unnamed == null && speakerAfterAnUnnamedPerson(d, p, g) != null) {
            // "A Labour spokesman denied the campaign was anti-Semitic. “As we said … a serious point,” he said.":
            // the quotation goes on from the unnamed spokesman, whose pronoun it is, not the last person named
            return;
        }
        Doc.Tok goingOn = found == null && unnamed == null ? speakerGoingOn(d, p, g) : null;
        if (goingOn != null) {
            // "Our correspondent said that he understood no deal had been offered …. There was “some possibility”
            // of the strike action being avoided, he added.": the one who adds is who spoke in the sentence
            // before, the correspondent (the man the article gave that title), not the last man named (Prescott)
            found = indefinite(d, goingOn) ? null : holderOfTitle(d, goingOn, p);
            if (found == null) {
                return;
            }
        }
        if (found == null && unnamed == null && ownedSpeakerBefore(d, p, g) != null) {
            // "Tony Blair's official spokesman declined to say whether …. He said: “…”": the spokesman speaks,
            // unnamed, not the man who owns him (before: Blair)
            return;
        }
        for (int s = p.sent; s >= 0 && found == null && (other == null || s >= p.sent - 8); s--) {
            List<Doc.NMention> same = new ArrayList<>();
            List<Doc.NMention> cands = new ArrayList<>(bySentence.getOrDefault(s, List.of()));
            if (s < p.sent) {
                for (Doc.NMention q : pronounSubjects.getOrDefault(s, List.of())) {
                    if ((q.text.equalsIgnoreCase(p.text) || sameGender(q, p))
                            && !excluded.contains(q.cluster)) {
                        cands.add(q);
                    }
                }
                cands.sort(java.util.Comparator.comparingInt(m -> m.start));
            }
            Set<Integer> ownSubjects = s == p.sent ? subjectsOfObject(d, p) : Set.of();
            if (s == p.sent) {
                Set<Integer> co = coSubjects(d, p);
                if (!co.isEmpty()) {
                    ownSubjects = new HashSet<>(ownSubjects);
                    ownSubjects.addAll(co);
                }
            }
            Set<Integer> reported = s == p.sent ? reportedBy(d, p) : Set.of();
            Set<Integer> adjuncts = s == p.sent ? subjectlessAdjuncts(d, p) : Set.of();
            for (Doc.NMention m : cands) {
                int head = headOf(d, m).index;
                if (m.start >= p.start || m.cluster.gender != null && !m.cluster.gender.equals(g)
                        || ownSubjects.contains(head) || reported.contains(head) || adjuncts.contains(head)
                        || modifiesACommonNoun(d, m) || excluded.contains(m.cluster)) {
                    continue;
                }
                if (m.inQuote == p.inQuote && (!p.inQuote || p.sent - m.sent <= 2)) {
                    same.add(m);
                } else if (other == null) {
                    other = m.cluster;
                }
            }
            Doc.Tok titled = s < p.sent && !same.isEmpty() && isMainSubject(d, p)
                    && same.stream().noneMatch(m -> isMainSubject(d, m)) ? titleOpeningASentence(d, s, p, g) : null;
            Cluster holder = titled == null ? null : holderOfTitle(d, titled, p);
            if (holder != null && !excluded.contains(holder)) {
                // "The prime minister shrugged off claims from Conservative leader Michael Howard that he led a
                // “grubby government”. He said …" (BBC politics 102): the sentence before is about the prime
                // minister, its subject; the man named inside it (Howard) is not who the next "He" goes on with
                found = holder;
            } else if (!same.isEmpty()) {
                found = s == p.sent ? boundInSentence(d, p, same, ownSubjects, excluded)
                        : preferred(d, same).cluster;
            } else if (s < p.sent && other == null) {
                // "…,” said the regional manager for one of the major oil companies … “…,” he added.":
                // the nearest sentence about a person is about an unnamed one, who keeps the pronoun (or,
                // for "the attorney general", the person the article gave that title before)
                Doc.Tok u = unnamedMainSubject(d, s, p, g);
                if (u != null && ((found = indefinite(d, u) ? null : holderOfTitle(d, u, p)) != null
                        || newPerson(d, u))) {
                    break;
                }
            }
        }
        Cluster c = found != null ? found : other;
        if (c != null) {
            p.cluster = c;
            c.mentions.add(p);
            if (isMainSubject(d, p)) {
                // "He said Obama was “clearly” taking a side … | “…,” he told Fox News.": the pronoun that
                // is the subject of a sentence's main verb carries its person on to the next sentence, as a
                // name there would; a person named further on in that sentence is not who it is about
                pronounSubjects.computeIfAbsent(p.sent, k -> new ArrayList<>()).add(p);
            }
        }
    }

    /**
     * The person of the same pronoun that is the subject of an adverbial clause fronted before the pronoun's own verb:
     * "When he refused to support prime minister Harold Wilson and Dame Barbara Castle over the latter's trade union
     * manifesto, In Place of Strife, in 1968, he said: …" (BBC politics 400: the second "he" went to Wilson, the last
     * man named; both are Callaghan's). The pronoun is the subject of its verb, the clause ("When …", "After …",
     * "As …") hangs on that verb and comes before the pronoun, and its subject is the same pronoun, already resolved.
     * Null otherwise.
     */
    static Cluster subjectOfAFrontedClause(Doc d, Doc.NMention p) {
        Doc.Tok pt = d.toks.get(p.tokFrom);
        if (p.tokTo - p.tokFrom != 1 || !pt.dep.startsWith("nsubj") || pt.head < 0) {
            return null;
        }
        Doc.Sent s = d.sents.get(p.sent);
        for (int k = s.tokFrom; k < p.tokFrom; k++) {
            Doc.Tok q = d.toks.get(k);
            Doc.NMention qm = q.mention;
            if (qm == null || !qm.pronoun || qm.cluster == null || !qm.text.equalsIgnoreCase(p.text)
                    || qm.inQuote != p.inQuote || !q.dep.startsWith("nsubj") || q.head < 0 || q.head >= p.tokFrom) {
                continue;
            }
            Doc.Tok clause = d.toks.get(q.head);
            if (clause.dep.equals("advcl") && clause.head == pt.head) {
                return qm.cluster;
            }
        }
        return null;
    }

    /**
     * The person an editor names in brackets right after a pronoun: "“That's what he (Lord Goldsmith) said and that's
     * what I say,” Mr Blair told …" and "“… set out his [Lord Goldsmith's] view …”" (BBC politics 184, 324, 327,
     * 328): the bracket holds nothing but a person's name (a title before it and a possessive "'s" after it allowed)
     * of a person of the corpus. Null otherwise.
     */
    static Cluster nameInBracketsAfter(Doc d, Doc.NMention p) {
        int k = p.tokTo;
        if (k + 2 >= d.toks.size() || d.toks.get(k).sent != p.sent) {
            return null;
        }
        String open = d.toks.get(k).word;
        String close = open.equals("(") || open.equals("-LRB-") ? ")"
                : open.equals("[") || open.equals("-LSB-") ? "]" : null;
        if (close == null) {
            return null;
        }
        int from = k + 1;
        while (from < k + 3 && from < d.toks.size() && Character.isUpperCase(d.toks.get(from).word.charAt(0))
                && (d.toks.get(from).mention == null || "TITLE".equals(d.toks.get(from).mention.type))) {
            from++; // a title before the name: "(Lord Goldsmith)"
        }
        Doc.NMention m = from < d.toks.size() ? d.toks.get(from).mention : null;
        if (m == null || m.pronoun || m.tokFrom != from || m.cluster == null || !m.cluster.cls.equals("PERSON")) {
            return null;
        }
        int end = m.tokTo;
        if (end < d.toks.size() && d.toks.get(end).word.equals("'s")) {
            end++;
        }
        if (end >= d.toks.size()) {
            return null;
        }
        String w = d.toks.get(end).word;
        boolean closes = w.equals(close) || close.equals(")") && w.equals("-RRB-") || close.equals("]")
                && w.equals("-RSB-");
        return closes ? m.cluster : null;
    }

    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

    /** The answer of {@link #binderPerson} for a reflexive bound by an unnamed person: no one's. */
    private static final Cluster NOBODY = new Cluster("PERSON");

    /**
     * The token that binds a reflexive (binding theory's condition A): the subject of the reflexive's own verb, the
     * noun a relative clause's "who" stands for ("the man, who appears to be in his early 20s and who identifies
     * himself as a student"), or, for an infinitive with no subject of its own, the object of the verb it completes
     * ("asking the young man to identify himself"), else that verb's subject. Null for a pronoun that is no reflexive
     * object of a verb, or when no such token is found.
     */
    static Doc.Tok reflexiveBinder(Doc d, Doc.NMention p) {
        String w = p.text.toLowerCase(Locale.ROOT);
        if (!w.endsWith("self")) {
            return null;
        }
        Doc.Sent sent = d.sents.get(p.sent);
        Doc.Tok t = d.toks.get(p.tokFrom);
        if (!(t.dep.equals("obj") || t.dep.equals("iobj")) || t.head < sent.tokFrom || t.head >= sent.tokTo) {
            return null;
        }
        Doc.Tok verb = d.toks.get(t.head);
        for (int guard = 0; guard < 6 && verb.pos.startsWith("VB"); guard++) {
            final int vi = verb.index;
            Doc.Tok subj = null;
            Doc.Tok obj = null;
            for (int k = sent.tokFrom; k < sent.tokTo; k++) {
                Doc.Tok c = d.toks.get(k);
                if (c.head == vi && c.dep.startsWith("nsubj") && !c.dep.contains("pass")) {
                    subj = c;
                } else if (c.head == vi && (c.dep.equals("obj") || c.dep.equals("iobj")) && k != p.tokFrom) {
                    obj = c;
                }
            }
            if (subj != null) {
                if (!(subj.word.equalsIgnoreCase("who") || subj.word.equalsIgnoreCase("that"))) {
                    return subj;
                }
                Doc.Tok rel = verb;
                // a relative clause joined to another ("who appears … and who identifies himself", which the
                // parser may hang on the first as a conjunct or a complement) is about the same noun
                for (int up = 0; up < 4 && (rel.dep.equals("conj") || rel.dep.equals("xcomp"))
                        && rel.head >= sent.tokFrom
                        && rel.head < sent.tokTo; up++) {
                    rel = d.toks.get(rel.head);
                }
                return rel.dep.startsWith("acl:relcl") && rel.head >= sent.tokFrom && rel.head < sent.tokTo
                        ? d.toks.get(rel.head) : null;
            }
            if (verb.head < sent.tokFrom || verb.head >= sent.tokTo) {
                return null;
            }
            if (verb.dep.equals("xcomp") && d.hasChild(sent, vi, c -> c.dep.equals("mark")
                    && c.word.equalsIgnoreCase("to"))) {
                Doc.Tok governor = d.toks.get(verb.head);
                for (int k = sent.tokFrom; k < sent.tokTo; k++) {
                    Doc.Tok c = d.toks.get(k);
                    if (c.head == governor.index && (c.dep.equals("obj") || c.dep.equals("iobj"))) {
                        return c; // object control: "asks him to identify himself"
                    }
                }
                verb = governor; // subject control: "he wanted to defend himself"
            } else if (verb.dep.equals("conj")) {
                verb = d.toks.get(verb.head);
            } else {
                return null;
            }
        }
        return null;
    }

    /**
     * Who a reflexive's binder is: a named person of compatible gender (the name's head), a pronoun's person
     * ({@link #NOBODY} when that pronoun went to no one), {@link #NOBODY} for a common noun that first means a person
     * and is neither a title nor owned by or in apposition with a name ("the young man", "the reporter"); null when
     * the other rules should decide.
     */
    private static Cluster binderPerson(Doc d, Doc.Tok b, Doc.NMention p, String g) {
        Doc.NMention m = b.mention;
        if (m != null) {
            if (m.pronoun) {
                if (!(sameGender(m, p) || m.text.equalsIgnoreCase(p.text)) || m.tokFrom != b.index
                        || m.start >= p.start) {
                    return null;
                }
                return m.cluster != null && m.cluster.cls.equals("PERSON") ? m.cluster : NOBODY;
            }
            if (m.cluster != null && m.cluster.cls.equals("PERSON") && headOf(d, m).index == b.index
                    && (m.cluster.gender == null || m.cluster.gender.equals(g))) {
                return m.cluster;
            }
            return null;
        }
        Doc.Sent s = d.sents.get(b.sent);
        String lemma = b.lemma == null ? b.word.toLowerCase(Locale.ROOT) : b.lemma.toLowerCase(Locale.ROOT);
        if (!b.pos.equals("NN") || b.inQuote != p.inQuote || !PersonNouns.isPerson(lemma)
                || (g.equals("MALE") ? FEMALE_NOUNS.contains(lemma) : MALE_NOUNS.contains(lemma))
                || appositeName(d, b) != null || d.hasChild(s, b.index, c -> (c.dep.equals("nmod:poss")
                        || c.dep.equals("compound")) && c.mention != null)
                || d.hasChild(s, b.index, c -> c.dep.equals("det") && DEMONSTRATIVES.contains(
                        c.word.toLowerCase(Locale.ROOT)))) {
            // "this guy has already proven himself to be unstable" (PolNeAR dev, Politico): a demonstrative points
            // back at someone, mostly named, whom the other rules find
            return null;
        }
        return NOBODY;
    }

    /**
     * A "her" or "she" inside a quotation is the country the quotation names just before it, in its own sentence or
     * the one before, when neither sentence names a person it could be ("Faith made America strong. It can make
     * her strong again."): the old usage of speeches, where a country is "she". A person of no known gender there
     * (CoreNLP's list has no "Barack") keeps the pronoun from the country, as does any earlier "she" or "her" of
     * those sentences. Null when there is no such country.
     */
    private static Doc.NMention countryAsHer(Doc d, Doc.NMention p, Map<Integer, List<Doc.NMention>> bySentence) {
        if (!p.inQuote) {
            return null;
        }
        for (int s = p.sent; s >= Math.max(0, p.sent - 1); s--) {
            for (Doc.NMention m : bySentence.getOrDefault(s, List.of())) {
                if (m.start < p.start && (m.cluster.gender == null || m.cluster.gender.equals("FEMALE"))) {
                    return null;
                }
            }
        }
        Doc.NMention out = null;
        for (Doc.NMention m : d.mentions) {
            if (m.start >= p.start) {
                break;
            }
            if (m.sent < p.sent - 1) {
                continue;
            }
            if (m.pronoun && FEMALE.contains(m.text.toLowerCase(Locale.ROOT)) && m.cluster != null
                    && m.cluster.cls.equals("PERSON")) {
                return null;
            }
            if (!m.pronoun && m.inQuote && "COUNTRY".equals(m.type) && m.cluster != null) {
                out = m;
            }
        }
        return out;
    }

    /** Nouns for a person of one gender, which a pronoun of the other cannot mean. */
    private static final Set<String> MALE_NOUNS = Set.of("man", "father", "husband", "son", "brother", "boy",
            "spokesman", "chairman", "congressman", "businessman", "uncle", "nephew", "grandfather");
    private static final Set<String> FEMALE_NOUNS = Set.of("woman", "mother", "wife", "daughter", "sister", "girl",
            "lady", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "aunt", "niece", "grandmother");

    /**
     * An unnamed person the pronoun's clause is about, before it in its sentence: going up the clauses the pronoun
     * belongs to, the first that has a subject (or, for a clause with none, the object that controls it: "expected
     * the president to announce it when he addresses the nation") decides. When that is a singular common noun that
     * first means a person in WordNet ("strategist", "manager", "governor"), of no other gender, on the same side
     * of the quotation marks, the pronoun is that person's, not the last named one's ("One Republican strategist
     * said he believed Regan would not be the only …", Reuters; "said the regional manager … who spoke on
     * condition that he not be named"). Not a noun a name stands in apposition to or a name owns ("A separate
     * attendee, Molyrik Welch, noted …", "McCulloch's father"). The noun's token; null when a name, a pronoun or no
     * person decides.
     */
    static Doc.Tok unnamedPersonBefore(Doc d, Doc.NMention p, String g) {
        Doc.Sent sent = d.sents.get(p.sent);
        Doc.Tok pt = d.toks.get(p.tokFrom);
        int v = pt.head;
        // the tokens the pronoun hangs under: a subject among them contains the pronoun ("a judge presiding over a
        // lawsuit against him"), and is not who it means
        Set<Integer> above = new HashSet<>();
        for (int h = v, guard = 0; h >= sent.tokFrom && h < sent.tokTo && guard < 30; h = d.toks.get(h).head, guard++) {
            above.add(h);
        }
        // an object pronoun is not the subject of its own verb ("the president would hand him …"); "him" the parser
        // makes the subject of an infinitive ("invited him to visit her") is the object of the verb above it
        boolean object = pt.dep.equals("obj") || pt.dep.equals("iobj") || p.text.equalsIgnoreCase("him");
        int ownVerb = object && pt.dep.startsWith("nsubj") && v >= sent.tokFrom && v < sent.tokTo
                ? d.toks.get(v).head : v;
        boolean own = false;
        for (int guard = 0; v >= sent.tokFrom && v < sent.tokTo && guard < 10; guard++) {
            Doc.Tok vt = d.toks.get(v);
            Doc.Tok subj = null;
            Doc.Tok obj = null;
            boolean namedObject = false;
            for (int k = sent.tokFrom; k < p.tokFrom; k++) {
                Doc.Tok c = d.toks.get(k);
                if (c.head != v) {
                    continue;
                }
                if (c.dep.startsWith("nsubj") && object && (v == ownVerb || own)) {
                    // an object pronoun's own subject is not its person, nor (in apposition) what that subject
                    // names: left to the other rules ("Suu Kyi, a Nobel Peace Prize winner …, invited him")
                    return null;
                }
                if (c.dep.startsWith("nsubj") && !above.contains(k)) {
                    subj = c;
                } else if (c.dep.equals("obj") || c.dep.equals("iobj")) {
                    obj = c;
                    namedObject |= c.mention != null && (c.mention.pronoun || "PERSON".equals(c.mention.type));
                }
            }
            // a verb joined to the object pronoun's own verb shares its subject ("who had spent 15 years …,
            // personally invited him", a "dep" to the parser)
            own = object && (v == ownVerb || own) && (vt.dep.equals("conj") || vt.dep.equals("dep"));
            if (v < p.tokFrom && (vt.mention != null && !vt.mention.pronoun && "PERSON".equals(vt.mention.type)
                    || vt.pos.equals("NN") && PersonNouns.isPerson(vt.lemma == null ? vt.word : vt.lemma))) {
                // the pronoun hangs under a person before it ("neither the Democratic presidential nominee nor her
                // campaign"): that person is there for it, and the other rules weigh it
                return null;
            }
            if (namedObject) {
                // "A reporter for USA Today spotted Stein and her press secretary": a person named as the verb's
                // object is there for the pronoun, which the other rules weigh
                return null;
            }
            if (subj == null && vt.dep.equals("xcomp") && vt.head >= 0) {
                // the object of the verb an infinitive completes is its subject: "expected the president to …"
                for (int k = sent.tokFrom; k < p.tokFrom; k++) {
                    Doc.Tok c = d.toks.get(k);
                    if (c.head == vt.head && c.dep.equals("obj")) {
                        subj = c;
                    }
                }
            }
            if (subj != null) {
                if ((subj.word.equalsIgnoreCase("who") || subj.word.equalsIgnoreCase("that"))
                        && vt.dep.startsWith("acl:relcl") && vt.head >= 0) {
                    subj = d.toks.get(vt.head);
                    // "the regional manager for one of the major oil companies who spoke …": the parser hangs the
                    // relative clause on the last noun; the person is the noun that noun's phrase belongs to
                    for (int up = 0; up < 3 && !unnamedPerson(subj, p, g) && subj.dep.startsWith("nmod")
                            && subj.head >= sent.tokFrom && subj.head < sent.tokTo; up++) {
                        subj = d.toks.get(subj.head);
                    }
                }
                Doc.Tok n = subj;
                // "McCulloch's father …": a noun a name or pronoun owns is no unnamed person to the pronoun; nor a
                // description of someone ("portrayed himself as a shrewd manipulator of the tax code who …")
                boolean owned = d.hasChild(sent, n.index, c -> c.dep.equals("nmod:poss")
                        && c.mention != null && (c.mention.pronoun || "PERSON".equals(c.mention.type)));
                boolean description = d.hasChild(sent, n.index, c -> c.dep.equals("cop")
                        || c.dep.equals("case") && c.word.equalsIgnoreCase("as"));
                return !owned && !description && unnamedPerson(n, p, g) ? n : null;
            }
            if (obj != null && (obj.mention != null && (obj.mention.pronoun || "PERSON".equals(obj.mention.type)))) {
                return null;
            }
            v = vt.head;
        }
        return null;
    }

    /**
     * A sentence's main verb: the root, or (the parser's reading of "A Labour spokesman denied the campaign was
     * anti-Semitic", which makes "denied" the clausal subject of "anti-Semitic") the root's clausal subject.
     */
    private static final Set<String> MAIN_VERB = Set.of("root", "csubj");

    /**
     * The unnamed person a pronoun speaker of a quotation stands for, when the quotation opens a sentence right after
     * one whose main subject brings in that person: "A Labour spokesman denied the campaign was anti-Semitic. “As we
     * said at the time … This poster is making a serious point,” he said." (BBC politics 228; 331: "A Labour
     * spokesman later said … “This has been up on the website for two weeks …,” he said."). The pronoun is the
     * subject of a verb after the quotation's closing mark (only a comma between), outside quotation marks; the
     * sentence before the quotation opens has as the subject of its main verb, before the verb, a singular noun for a
     * person with an indefinite determiner ("a", "one" …), of no other gender, with no name in apposition or owning
     * it. Round 6's rule (a subject set after its verb, "…,” said the regional manager") leaves out a subject before
     * its verb because a "he" in the next sentence's own words often means someone else; here the quotation that
     * follows is the unnamed person's, and its frame's pronoun is the speaker. The noun's token, or null.
     */
    static Doc.Tok speakerAfterAnUnnamedPerson(Doc d, Doc.NMention p, String g) {
        Doc.Tok pt = d.toks.get(p.tokFrom);
        if (p.inQuote || p.tokTo - p.tokFrom != 1 || !pt.dep.startsWith("nsubj") || p.tokFrom < 2) {
            return null;
        }
        String text = d.body.text();
        Doc.QSpan quote = null;
        for (Doc.QSpan q : d.quotes) {
            if (q.closed && q.close <= p.start && text.substring(q.close, p.start).matches("[\\s,]*")) {
                quote = q;
            }
        }
        if (quote == null) {
            return null;
        }
        int opening = -1;
        for (Doc.Sent s : d.sents) {
            if (s.start <= quote.open && quote.open < s.end) {
                opening = s.index;
            }
        }
        if (opening < 1 || !text.substring(d.sents.get(opening).start, quote.open).isBlank()) {
            return null;
        }
        Doc.Sent before = d.sents.get(opening - 1);
        Doc.Tok c = subjectBeforeMainVerb(d, before);
        if (c == null) {
            return null;
        }
        boolean named = d.hasChild(before, c.index, x -> (x.dep.equals("appos") || x.dep.equals("nmod:poss"))
                && x.mention != null);
        return !named && indefinite(d, c) && unnamedPersonOutsideQuotes(c, g) ? c : null;
    }

    /**
     * The first subject, outside quotation marks, of sentence {@code s}'s main verb ({@link #MAIN_VERB}) set before
     * that verb, or null.
     */
    private static Doc.Tok subjectBeforeMainVerb(Doc d, Doc.Sent s) {
        for (int k = s.tokFrom; k < s.tokTo; k++) {
            Doc.Tok c = d.toks.get(k);
            if (c.dep.startsWith("nsubj") && c.head >= s.tokFrom && c.head < s.tokTo
                    && MAIN_VERB.contains(d.toks.get(c.head).dep) && c.index < c.head && !c.inQuote) {
                return c;
            }
        }
        return null;
    }

    /** Whether token {@code n} is a noun for a person a pronoun of gender {@code g} outside quotation marks can be. */
    private static boolean unnamedPersonOutsideQuotes(Doc.Tok n, String g) {
        Doc.NMention asIf = new Doc.NMention();
        asIf.inQuote = false;
        return unnamedPerson(n, asIf, g);
    }

    /**
     * The words naming the unnamed person a speaking pronoun stands for, when the sentence before brings that person
     * in as the subject of its main verb ("A Labour spokesman denied …. “…,” he said."; "Tony Blair's official
     * spokesman declined …. He said: “…”"), or when its own clause's subject is a noun for a person owned by a title
     * or a body ("the prime minister's spokesman was asked … about his view on …"): the noun with the words before it
     * that hang on it, as the indexes of its
     * first and last tokens. Null otherwise. The row then names who speaks as the text does; the speaker's span stays
     * the pronoun.
     */
    static int[] unnamedAntecedent(Doc.NMention m) {
        Doc d = m.doc;
        if (d == null) {
            return null;
        }
        String g = MALE.contains(m.text.toLowerCase(Locale.ROOT)) ? "MALE" : "FEMALE";
        Doc.Tok n = speakerAfterAnUnnamedPerson(d, m, g);
        if (n == null) {
            n = ownedSpeakerBefore(d, m, g);
        }
        if (n == null) {
            n = speakerGoingOn(d, m, g);
        }
        if (n == null) {
            // "the prime minister's spokesman was asked … about his view on …": the pronoun the owned noun keeps
            Doc.Tok u = unnamedPersonBefore(d, m, g);
            n = u != null && appositeName(d, u) == null && holderOfTitle(d, u, m) == null
                    && ownedByAnUnnamedOne(d, u) ? u : null;
        }
        if (n == null) {
            return null;
        }
        Doc.Sent s = d.sents.get(n.sent);
        int from = n.index;
        for (int k = n.index - 1; k >= s.tokFrom; k--) {
            int h = k;
            for (int guard = 0; h != n.index && h >= s.tokFrom && h < s.tokTo && guard < 10; guard++) {
                h = d.toks.get(h).head;
            }
            if (h != n.index) {
                break;
            }
            from = k;
        }
        return new int[] {from, n.index};
    }

    /**
     * The speaker a pronoun that "adds" goes on from: "Our correspondent said that he understood no deal had been
     * offered in that meeting …. There was “some possibility” of the strike action being avoided, he added." (BBC
     * politics 294: the "he" went to John Prescott, the last man named). The pronoun is the subject of "add" (or
     * "continue"), outside quotation marks; the sentence right before has a verb of saying as its main verb, whose
     * subject, before it, is a noun for a person or a title, of no other gender, with no name in apposition or owning
     * it. The noun's token, or null.
     */
    static Doc.Tok speakerGoingOn(Doc d, Doc.NMention p, String g) {
        Doc.Tok pt = d.toks.get(p.tokFrom);
        if (p.inQuote || p.tokTo - p.tokFrom != 1 || !pt.dep.startsWith("nsubj") || pt.head < 0 || p.sent < 1) {
            return null;
        }
        Doc.Tok verb = d.toks.get(pt.head);
        String lemma = verb.lemma == null ? verb.word.toLowerCase(Locale.ROOT) : verb.lemma.toLowerCase(Locale.ROOT);
        if (!lemma.equals("add") && !lemma.equals("continue")) {
            return null;
        }
        Doc.Sent before = d.sents.get(p.sent - 1);
        Doc.Tok c = subjectBeforeMainVerb(d, before);
        if (c == null || !Attributor.isCueVerb(d.toks.get(c.head))) {
            return null;
        }
        boolean named = d.hasChild(before, c.index, x -> (x.dep.equals("appos") || x.dep.equals("nmod:poss"))
                && x.mention != null && !x.mention.pronoun);
        return !named && unnamedPersonOutsideQuotes(c, g) ? c : null;
    }

    /**
     * The unnamed person a pronoun that speaks stands for, when the sentence before has that person, owned by a named
     * one, as the subject of its main verb: "On Monday, Tony Blair's official spokesman declined to say whether the
     * prime minister backed the plans. He said: “…”" (BBC politics 042: the quotation went to Blair). The pronoun is
     * the subject of a verb of saying, outside quotation marks; the sentence right before has as the subject of its
     * main verb, before the verb, a noun for a person (or a title) of no other gender, owned by a named person
     * ("Blair's") and with no name in apposition to it ("Kenteris's lawyer, Gregory Ioannidis, …" is Ioannidis).
     * The noun's token, or null.
     */
    static Doc.Tok ownedSpeakerBefore(Doc d, Doc.NMention p, String g) {
        Doc.Tok pt = d.toks.get(p.tokFrom);
        if (p.inQuote || p.tokTo - p.tokFrom != 1 || !pt.dep.startsWith("nsubj") || pt.head < 0 || p.sent < 1
                || !Attributor.isCueVerb(d.toks.get(pt.head))) {
            return null;
        }
        Doc.Sent before = d.sents.get(p.sent - 1);
        Doc.Tok c = subjectBeforeMainVerb(d, before);
        if (c == null) {
            return null;
        }
        boolean owned = d.hasChild(before, c.index, x -> x.dep.equals("nmod:poss") && x.mention != null
                && !x.mention.pronoun && "PERSON".equals(x.mention.type));
        boolean named = d.hasChild(before, c.index, x -> x.dep.equals("appos") && x.mention != null);
        return owned && !named && unnamedPersonOutsideQuotes(c, g) ? c : null;
    }

    /**
     * The subject of sentence {@code s}'s main verb (or of a verb of saying set in it as a parenthesis), set after
     * the verb as a quotation's speaker ("“…,” said the regional manager"), when it is an unnamed person the pronoun
     * could be, with no name in apposition to it or owning it; null otherwise.
     */
    private static Doc.Tok unnamedMainSubject(Doc d, int s, Doc.NMention p, String g) {
        Doc.Sent sent = d.sents.get(s);
        for (int k = sent.tokFrom; k < sent.tokTo; k++) {
            Doc.Tok c = d.toks.get(k);
            if (!c.dep.startsWith("nsubj") || c.head < sent.tokFrom || c.head >= sent.tokTo) {
                continue;
            }
            Doc.Tok v = d.toks.get(c.head);
            boolean main = v.dep.equals("root") || v.dep.equals("parataxis") && v.head >= 0
                    && d.toks.get(v.head).dep.equals("root");
            // only a subject set after its verb, as a quotation's speaker is ("…,” said the regional manager"): a
            // subject before it ("one questioner claimed that …") is often answered by the next sentence's "he"
            if (main && c.index > v.index && unnamedPerson(c, p, g) && !d.hasChild(sent, c.index,
                    x -> (x.dep.equals("appos") || x.dep.equals("nmod:poss")) && x.mention != null)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The subject of a sentence's main verb, set before it, when it is a title with "the" and no name ("The prime
     * minister shrugged off claims …"), or null.
     */
    private static Doc.Tok titleOpeningASentence(Doc d, int s, Doc.NMention p, String g) {
        Doc.Sent sent = d.sents.get(s);
        for (int k = sent.tokFrom; k < sent.tokTo; k++) {
            Doc.Tok c = d.toks.get(k);
            if (!c.dep.equals("nsubj") || c.head < sent.tokFrom || c.head >= sent.tokTo || c.index > c.head
                    || !d.toks.get(c.head).dep.equals("root") || c.mention == null
                    || !"TITLE".equals(c.mention.type) || !unnamedPerson(c, p, g)) {
                continue;
            }
            boolean definite = d.hasChild(sent, c.index, x -> x.dep.equals("det") && x.word.equalsIgnoreCase("the"));
            boolean named = d.hasChild(sent, c.index, x -> (x.dep.equals("appos") || x.dep.equals("nmod:poss")
                    || x.dep.equals("compound") || x.dep.equals("flat")) && x.mention != null && x.mention != c.mention);
            return definite && !named ? c : null;
        }
        return null;
    }

    /**
     * The named person a noun for a person stands in apposition with, either way round ("John Bentel, a tech staffer
     * at the State Department who told his subordinates …"; "The daughter of Aung San, …, Suu Kyi"), or null.
     */
    private static Doc.NMention appositeName(Doc d, Doc.Tok n) {
        Doc.Sent s = d.sents.get(n.sent);
        if (n.dep.equals("appos") && n.head >= s.tokFrom && n.head < s.tokTo) {
            Doc.Tok h = d.toks.get(n.head);
            if (h.mention != null && !h.mention.pronoun && h.mention.cluster != null
                    && h.mention.cluster.cls.equals("PERSON")) {
                return h.mention;
            }
        }
        for (int k = s.tokFrom; k < s.tokTo; k++) {
            Doc.Tok c = d.toks.get(k);
            if (c.head == n.index && c.dep.equals("appos") && c.mention != null && !c.mention.pronoun
                    && c.mention.cluster != null && c.mention.cluster.cls.equals("PERSON")) {
                return c.mention;
            }
        }
        return null;
    }

    /** Whether a noun has an indefinite determiner or "one" ("A spokeswoman for Hillary Clinton": no holder). */
    private static boolean indefinite(Doc d, Doc.Tok n) {
        return d.hasChild(d.sents.get(n.sent), n.index, c -> c.index < n.index
                && (c.dep.equals("det") || c.dep.equals("nummod"))
                && INDEFINITE.contains(c.word.toLowerCase(Locale.ROOT)));
    }

    /** Determiners and numbers that bring a new person into the story ("a spokesman", "One Republican strategist"). */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "some");

    /**
     * Whether a noun for a person brings someone new into the story: with an indefinite determiner ("One
     * Republican strategist said …"), or described after the noun by a phrase or a relative clause ("the regional
     * manager for one of the major oil companies who spoke …"; not an "of" phrase, which is mostly part of a title:
     * "the former secretary of state"). A bare definite noun is mostly another name for
     * someone named before ("Gary Johnson's doctor … The former New Mexico governor is a triathlete … He
     * released …"), whom the other rules find.
     */
    private static boolean newPerson(Doc d, Doc.Tok n) {
        Doc.Sent s = d.sents.get(n.sent);
        return indefinite(d, n)
                || d.hasChild(s, n.index, c -> c.index > n.index && (c.dep.startsWith("acl")
                        || c.dep.startsWith("nmod") && !d.hasChild(s, c.index, x -> x.dep.equals("case")
                                && x.word.equalsIgnoreCase("of"))));
    }

    /**
     * Whether a noun for a person is owned by a title, a body or a common noun, not by a name or a pronoun: "Later the
     * prime minister's spokesman was asked by journalists about his view on Mr Campbell's use of abusive language"
     * (BBC politics 009: "his" went to Campbell, named in the sentence before). The spokesman is someone the article
     * does not name, whose pronoun it is; a noun a name owns ("McCulloch's father"), or a relative "whose" that
     * stands for a name ("the Steele, whose spokesman … insisting that he merely meant …", BASIL), is left to the
     * other rules.
     */
    private static boolean ownedByAnUnnamedOne(Doc d, Doc.Tok n) {
        return d.hasChild(d.sents.get(n.sent), n.index, c -> c.index < n.index && c.dep.equals("nmod:poss")
                && !(c.mention != null && (c.mention.pronoun || "PERSON".equals(c.mention.type)))
                && !c.pos.equals("PRP$") && !c.pos.equals("WP$"));
    }

    private static boolean unnamedPerson(Doc.Tok n, Doc.NMention p, String g) {
        if (!n.pos.equals("NN") || n.inQuote != p.inQuote || n.mention != null && !"TITLE".equals(n.mention.type)) {
            return false;
        }
        String lemma = n.lemma == null ? n.word.toLowerCase(Locale.ROOT) : n.lemma.toLowerCase(Locale.ROOT);
        if (g.equals("MALE") ? FEMALE_NOUNS.contains(lemma) : MALE_NOUNS.contains(lemma)) {
            return false;
        }
        return PersonNouns.isPerson(lemma) || n.mention != null;
    }

    /** The person named right after a title mention ("Prime Minister Tony Blair"), or null. */
    private static Cluster personRightAfter(Doc d, Doc.NMention title) {
        if (title.pronoun || !"TITLE".equals(title.type) || title.tokTo >= d.toks.size()) {
            return null;
        }
        Doc.NMention next = d.toks.get(title.tokTo).mention;
        return next != null && !next.pronoun && next.tokFrom == title.tokTo && next.cluster != null
                && next.cluster.cls.equals("PERSON") ? next.cluster : null;
    }

    /**
     * The person an unnamed title stands for: the last person named right after that title (its key, "Gov." and
     * "governor" one) before the pronoun in the article ("Gov. Jay Nixon of Missouri …", then "the governor"), or
     * null.
     */
    private static Cluster holderOfTitle(Doc d, Doc.Tok noun, Doc.NMention p) {
        if (noun.mention == null || !"TITLE".equals(noun.mention.type)) {
            return null;
        }
        String key = Names.titleKey(noun.mention.text);
        Cluster holder = null;
        for (Doc.NMention t : d.mentions) {
            if (t.start >= p.start) {
                break;
            }
            Cluster named = personRightAfter(d, t);
            if (named != null && Names.titleKey(t.text).equals(key)) {
                holder = named;
            }
        }
        if (holder == null && d.titleHolders != null) {
            // "Mr Blair told BBC Radio 4's Today programme …. … the prime minister would want one of his “praetorian
            // guard” … back alongside him" (BBC politics 206, where no title stands before his name): the person
            // named in this report whom another report of the corpus names right after the title ("Prime Minister
            // Tony Blair", 102), the last one before the pronoun
            Set<Cluster> elsewhere = d.titleHolders.getOrDefault(key, Set.of());
            for (Doc.NMention m : d.mentions) {
                if (m.start >= p.start) {
                    break;
                }
                if (!m.pronoun && m.cluster != null && elsewhere.contains(m.cluster)) {
                    holder = m.cluster;
                }
            }
        }
        return holder;
    }

    /**
     * In the pronoun's own sentence: the person who is the subject of a clause the pronoun's clause belongs to
     * ("Following President Obama's comments …, his likely GOP rival Mitt Romney said he maintains …": Romney, the
     * subject of "said", not Obama, named first), or a pronoun subject already resolved there; failing that, the
     * first person named in the sentence.
     */
    private static Cluster boundInSentence(Doc d, Doc.NMention p, List<Doc.NMention> same,
                                           Set<Integer> ownSubjects, Set<Cluster> excluded) {
        Doc.Sent sent = d.sents.get(p.sent);
        int v = d.toks.get(p.tokFrom).head;
        for (int guard = 0; v >= sent.tokFrom && v < sent.tokTo && guard < 10; guard++) {
            for (int k = sent.tokFrom; k < p.tokFrom; k++) {
                Doc.Tok c = d.toks.get(k);
                if (c.head != v || !c.dep.startsWith("nsubj")) {
                    continue;
                }
                if (c.mention != null && c.mention.pronoun && c.mention.cluster != null && c.mention.tokFrom == k
                        && c.mention.inQuote == p.inQuote && sameGender(c.mention, p) && !ownSubjects.contains(k)
                        && !excluded.contains(c.mention.cluster)) {
                    return c.mention.cluster;
                }
                for (Doc.NMention m : same) {
                    if (subjectToken(d, m, false).index == k) {
                        return m.cluster;
                    }
                }
            }
            v = d.toks.get(v).head;
        }
        return same.get(0).cluster;
    }

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr");

    /**
     * The person a pronoun in a phrase put before the subject looks ahead to (cataphora): "Speaking at the trial of his
     * former boss Bernard Ebbers, Scott Sullivan said he lied to the board …" (BBC business 114: "his" is
     * Sullivan's), "After a week that left his presidency shaken and his popularity at a new low, Ronald Reagan and
     * his new chief of staff today begin …" (Reuters-00386). The sentence opens with a preposition, a subordinating
     * word or a participle; the pronoun, outside quotation marks, is the first word in it for a person (no name, no
     * pronoun of the other gender before); the phrase ends at the first comma after the pronoun, with no quotation
     * mark before it; right after the comma (an honorific allowed) a person's name of compatible gender begins,
     * followed by a verb (an adverb allowed before it: "Realising his error, Mr Campbell then e-mailed …"), "and"
     * or a comma. The phrase is the one the pronoun stands in: no comma before the pronoun (seeds 000: "In his
     * nightly video address, he said Ukraine's top commander, Oleksandr Syrskyi, had …": "he" is not Syrskyi). Null
     * otherwise.
     */
    static Cluster subjectAfterFrontedPhrase(Doc d, Doc.NMention p, String g, Set<Cluster> excluded) {
        if (p.inQuote) {
            return null;
        }
        Doc.Sent sent = d.sents.get(p.sent);
        String pos = d.toks.get(sent.tokFrom).pos;
        if (!(pos.equals("IN") || pos.equals("VBG") || pos.equals("VBN"))) {
            return null;
        }
        for (int k = sent.tokFrom; k < p.tokFrom; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.word.equals(",")) {
                return null; // "In his nightly video address, he said Ukraine's top commander, Oleksandr Syrskyi, …"
            }
            boolean samePronoun = t.mention != null && t.mention.pronoun
                    && (MALE.contains(t.mention.text.toLowerCase(Locale.ROOT)) == g.equals("MALE"));
            if (t.mention != null && !samePronoun && (t.mention.pronoun || "PERSON".equals(t.mention.type))
                    || t.word.matches("[\"\u201C\u201D]")) {
                return null; // a person named first, or a pronoun of the other gender ("his" is hers)
            }
        }
        int comma = -1;
        for (int k = p.tokTo; k < sent.tokTo && comma < 0; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.word.matches("[\"\u201C\u201D]")) {
                return null;
            }
            if (t.word.equals(",")) {
                comma = k;
            }
        }
        if (comma < 0) {
            return null;
        }
        int at = comma + 1;
        if (at < sent.tokTo && HONORIFICS.contains(NameVariants.fold(d.toks.get(at).word))) {
            at++;
        }
        if (at >= sent.tokTo) {
            return null;
        }
        Doc.NMention m = d.toks.get(at).mention;
        if (m == null || m.pronoun || m.tokFrom <= comma || m.tokFrom > at || m.cluster == null || !m.cluster.cls.equals("PERSON")
                || m.cluster.gender != null && !m.cluster.gender.equals(g) || excluded.contains(m.cluster)
                || m.tokTo >= sent.tokTo) {
            return null;
        }
        Doc.Tok next = d.toks.get(m.tokTo);
        if (next.pos.equals("RB") && m.tokTo + 1 < sent.tokTo && d.toks.get(m.tokTo + 1).pos.startsWith("VB")) {
            // "Realising his error, Mr Campbell then e-mailed Mr McFadyen …" (BBC politics 009): an adverb between
            // the subject and its verb
            next = d.toks.get(m.tokTo + 1);
        }
        boolean subject = next.pos.startsWith("VB") || next.pos.equals("MD") || next.word.equals("and")
                || next.word.equals(",");
        return subject ? m.cluster : null;
    }

    /**
     * The person who controls the clause of a pronoun: a pronoun in an infinitive with no subject of its own that
     * completes a verb with a person as its object is that person's ("Mitt Romney joined several other Republicans
     * Tuesday in calling on Missouri Rep. Todd Akin to give up his bid for Senate over his controversial comments":
     * Akin gives up the bid, so "his" is Akin's, not Romney's; "urged him to step aside and give up his seat"). The
     * object is a name of compatible gender, or a pronoun already resolved. Null otherwise.
     */
    static Cluster controller(Doc d, Doc.NMention p, String g) {
        Doc.Sent sent = d.sents.get(p.sent);
        Doc.Tok t = d.toks.get(p.tokFrom);
        if (t.dep.startsWith("nsubj")) {
            return null;
        }
        // up from the pronoun to the verb of its clause
        int v = t.head;
        for (int guard = 0; v >= sent.tokFrom && v < sent.tokTo && !d.toks.get(v).pos.startsWith("VB")
                && guard < 8; guard++) {
            Doc.Tok n = d.toks.get(v);
            if (n.dep.equals("acl") || n.dep.startsWith("acl:") || n.dep.equals("ccomp") || n.dep.equals("advcl")) {
                return null; // a clause of its own on the way up
            }
            v = n.head;
        }
        if (v < sent.tokFrom || v >= sent.tokTo) {
            return null;
        }
        Doc.Tok verb = d.toks.get(v);
        for (int guard = 0; verb.dep.equals("conj") && guard < 4; guard++) {
            final int vi = verb.index;
            if (d.hasChild(sent, vi, c -> c.dep.startsWith("nsubj")) || verb.head < sent.tokFrom) {
                return null;
            }
            verb = d.toks.get(verb.head);
        }
        final int vi = verb.index;
        if (!verb.dep.equals("xcomp") || verb.head < sent.tokFrom || verb.head >= sent.tokTo
                || d.hasChild(sent, vi, c -> c.dep.startsWith("nsubj"))
                || !d.hasChild(sent, vi, c -> c.dep.equals("mark") && c.word.equalsIgnoreCase("to"))) {
            return null;
        }
        int governor = verb.head;
        for (int k = sent.tokFrom; k < verb.index; k++) {
            Doc.Tok c = d.toks.get(k);
            if (c.head != governor || !(c.dep.equals("obj") || c.dep.equals("iobj")) || c.mention == null
                    || c.mention.cluster == null || !c.mention.cluster.cls.equals("PERSON")) {
                continue;
            }
            Doc.NMention m = c.mention;
            if (m.pronoun ? !(sameGender(m, p) || m.text.equalsIgnoreCase(p.text))
                    : m.cluster.gender != null && !m.cluster.gender.equals(g)) {
                return null;
            }
            return headOf(d, m).index == k ? m.cluster : null;
        }
        return null;
    }

    /**
     * The people a pronoun cannot be wherever they are named: the subject of the pronoun's own verb when the pronoun
     * is its object (binding theory's condition B, which {@link #subjectsOfObject} applies to the pronoun's sentence:
     * "Cornyn, according to the source, told him the party is concerned …" is not Cornyn, named again in the
     * sentence before), and, inside a quotation, whoever the sentence names as its speaker (""What he said is just
     * flat wrong …," McConnell said.": a speaker says "I" of himself), named or given by a pronoun already resolved
     * ("“The attorney general may never have presented his answer as a summary …,” he said.", BBC politics 327: not
     * Robin Cook, who speaks).
     */
    static Set<Cluster> excludedPeople(Doc d, Doc.NMention p) {
        Set<Cluster> out = new HashSet<>();
        String w = p.text.toLowerCase(Locale.ROOT);
        if (w.endsWith("self")) {
            return out; // "Richard Blumenthal defended himself": a reflexive is its subject (condition A)
        }
        // a possessive is no object of its own verb, however the parser hangs it: "So why didn't Donald Trump pay
        // his?" is Trump's
        boolean possessive = w.equals("his") || w.equals("hers") || d.toks.get(p.tokFrom).pos.equals("PRP$");
        for (int k : possessive ? Set.<Integer>of() : subjectsOfObject(d, p)) {
            Doc.NMention m = d.toks.get(k).mention;
            if (m != null && !m.pronoun && m.cluster != null && m.cluster.cls.equals("PERSON")
                    && headOf(d, m).index == k) {
                out.add(m.cluster);
            }
        }
        Doc.Sent own = d.sents.get(p.sent);
        if (!p.inQuote && !possessive && p.tokFrom >= own.tokFrom + 3
                && d.toks.get(p.tokFrom - 1).word.equals(",")) {
            // "Of Obama, he said, "I want him to do well."" (HuffPost 2011_005a2961): the person a fronted "of" or
            // "about" names is the topic of the pronoun's words, not the pronoun
            String opener = d.toks.get(own.tokFrom).word;
            Doc.NMention topic = d.toks.get(own.tokFrom + 1).mention;
            if ((opener.equals("Of") || opener.equals("About")) && topic != null && !topic.pronoun
                    && topic.tokFrom == own.tokFrom + 1 && topic.tokTo == p.tokFrom - 1 && topic.cluster != null) {
                out.add(topic.cluster);
            }
        }
        if (p.inQuote) {
            Doc.Sent sent = d.sents.get(p.sent);
            for (int k = sent.tokFrom; k < sent.tokTo; k++) {
                Doc.Tok c = d.toks.get(k);
                Doc.NMention m = c.mention;
                if (!c.dep.startsWith("nsubj") || c.head < sent.tokFrom || c.head >= sent.tokTo || m == null
                        || m.inQuote || m.cluster == null || !m.cluster.cls.equals("PERSON")
                        || headOf(d, m).index != k || !Attributor.isCueVerb(d.toks.get(c.head))
                        || !reportsClauseOf(d, sent, c.head, p.tokFrom)) {
                    continue;
                }
                boolean namedInside = false; // a text about oneself in the third person: "Labrador says this about
                for (Doc.NMention q : d.mentions) { // himself on his website: "…, Raúl Labrador moved with his mother …""
                    namedInside |= q.sent == p.sent && q.inQuote && !q.pronoun && q.cluster == m.cluster
                            && q.start < p.start;
                }
                if (!namedInside) {
                    out.add(m.cluster);
                }
            }
            Cluster speaker = speakerOfQuotationGoingOn(d, p);
            if (speaker != null) {
                out.add(speaker);
            }
        }
        return out;
    }

    /**
     * The pronouns after {@code p} in its sentence, outside quotation marks, that are the subject of a verb of saying
     * whose reported clause holds {@code p}: the frame of the quotation {@code p} stands in ("“… how was it that he
     * resolved any such doubts …?” he said.", BBC politics 327).
     */
    private static List<Doc.NMention> framePronounsAfter(Doc d, Doc.NMention p) {
        List<Doc.NMention> out = new ArrayList<>();
        Doc.Sent sent = d.sents.get(p.sent);
        for (Doc.NMention f : d.mentions) {
            if (!f.pronoun || f.sent != p.sent || f.start <= p.start || f.inQuote || f.tokTo - f.tokFrom != 1) {
                continue;
            }
            Doc.Tok t = d.toks.get(f.tokFrom);
            if (frameSubject(d, sent, t) && reportsClauseOf(d, sent, t.head, p.tokFrom)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The person who speaks the quotation a pronoun stands in, when the quotation goes on from a sentence before that
     * names its speaker: "“I do not think there is anything that Manchester United fans can do about it,” he told
     * the BBC. “They can complain about it … They may not want him but they are going to get him.”" (BBC business
     * 209: "him" is Glazer, not David Cummings, who speaks). Back from the pronoun's sentence, in its paragraph, each
     * sentence opening inside quotation marks continues the one before when that one quotes too, up to three
     * sentences; the first whose frame has a person (named, or a pronoun already resolved) as the subject of a verb of
     * saying, outside the marks, gives the speaker. Null when the pronoun's own sentence has a frame, or none is found.
     */
    static Cluster speakerOfQuotationGoingOn(Doc d, Doc.NMention p) {
        Doc.Tok own = d.toks.get(p.tokFrom);
        if (p.tokFrom == d.sents.get(p.sent).tokFrom && own.dep.startsWith("nsubj") && own.head >= 0
                && Attributor.isCueVerb(d.toks.get(own.head))) {
            return null; // "He added: …" inside marks left open (NYT 2013_526cabb7): a frame, no quoted word
        }
        for (int s = p.sent; s > p.sent - 4 && s >= 0; s--) {
            Doc.Sent sent = d.sents.get(s);
            if (s < p.sent) {
                Cluster c = frameSpeaker(d, sent);
                if (c != null) {
                    // a speaker named inside the quotation before the pronoun is spoken of in the third person:
                    // "“… against Congressman Grimm … Congressman Grimm asserts his innocence”" (HuffPost
                    // 2014_33521e65, his lawyer speaking)
                    for (Doc.NMention q : d.mentions) {
                        if (!q.pronoun && q.inQuote && q.cluster == c && q.sent >= s && q.start < p.start) {
                            return null;
                        }
                    }
                    return c;
                }
            } else if (hasFrame(d, sent)) {
                return null;
            }
            if (s == 0 || !opensInQuote(d, sent) || d.sents.get(s - 1).paragraph != sent.paragraph
                    || !quotes(d, d.sents.get(s - 1))) {
                return null;
            }
        }
        return null;
    }

    private static boolean opensInQuote(Doc d, Doc.Sent sent) {
        for (int k = sent.tokFrom; k < sent.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (Character.isLetterOrDigit(t.word.charAt(0))) {
                return t.inQuote;
            }
        }
        return false;
    }

    private static boolean quotes(Doc d, Doc.Sent sent) {
        for (int k = sent.tokFrom; k < sent.tokTo; k++) {
            if (d.toks.get(k).inQuote && Character.isLetterOrDigit(d.toks.get(k).word.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence has a verb of saying outside quotation marks with a subject outside them. */
    private static boolean hasFrame(Doc d, Doc.Sent sent) {
        for (int k = sent.tokFrom; k < sent.tokTo; k++) {
            if (frameSubject(d, sent, d.toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is the subject of a verb of saying, both outside quotation marks, in the sentence. */
    private static boolean frameSubject(Doc d, Doc.Sent sent, Doc.Tok c) {
        return c.dep.startsWith("nsubj") && !c.inQuote && c.head >= sent.tokFrom && c.head < sent.tokTo
                && !d.toks.get(c.head).inQuote && Attributor.isCueVerb(d.toks.get(c.head));
    }

    /** The person a sentence's frame gives as the subject of its verb of saying, outside quotation marks, or null. */
    private static Cluster frameSpeaker(Doc d, Doc.Sent sent) {
        for (int k = sent.tokFrom; k < sent.tokTo; k++) {
            Doc.Tok c = d.toks.get(k);
            Doc.NMention m = c.mention;
            if (!frameSubject(d, sent, c)) {
                continue;
            }
            if (m != null && m.cluster != null && m.cluster.cls.equals("PERSON") && headOf(d, m).index == k) {
                return m.cluster;
            }
        }
        return null;
    }

    /**
     * Whether token {@code tok} is in a clause verb {@code verb} reports (its complement, a parenthesis, a clause
     * the parser hangs on it), not in its own object ("Grimm "asserts his innocence"": "his" is Grimm's).
     */
    private static boolean reportsClauseOf(Doc d, Doc.Sent sent, int verb, int tok) {
        int k = tok;
        for (int guard = 0; k >= sent.tokFrom && k < sent.tokTo && guard < 60; guard++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head == verb) {
                return Set.of("ccomp", "parataxis", "dep", "csubj", "advcl", "xcomp").contains(t.dep);
            }
            k = t.head;
        }
        return false;
    }

    /**
     * The tokens of the clauses with no subject of their own that hang on the verb whose subject is pronoun {@code p}:
     * such a clause's understood subject is the pronoun's person, and a name in it is someone else ("Amplifying the
     * Romney campaign message, he said …": not Romney; "After meeting Obama, he said"). Empty for a pronoun that is
     * no subject.
     */
    private static Set<Integer> subjectlessAdjuncts(Doc d, Doc.NMention p) {
        Doc.Tok t = d.toks.get(p.tokFrom);
        if (!t.dep.equals("nsubj") || t.head < 0) {
            return Set.of();
        }
        Doc.Sent sent = d.sents.get(p.sent);
        Set<Integer> out = new HashSet<>();
        for (int k = sent.tokFrom; k < sent.tokTo; k++) {
            Doc.Tok c = d.toks.get(k);
            if (c.head == t.head && c.dep.equals("advcl") && c.pos.startsWith("VB")
                    && !d.hasChild(sent, k, x -> x.dep.startsWith("nsubj"))) {
                out.addAll(subtree(d, sent, k));
            }
        }
        return out;
    }

    /**
     * A name that only modifies a common noun, alone or in a list of such names ("the Romney and Obama campaigns",
     * "the Romney team"): words inside a compound are no antecedents of a pronoun (they name a campaign or a team,
     * not the person), so "“He stole $700 billion from Medicare …,” said RNC Chair Reince Priebus" does not go back
     * to the Romney of "the Romney team has responded by noting that Obama took more than $700 billion".
     */
    static boolean modifiesACommonNoun(Doc d, Doc.NMention m) {
        Doc.Tok h = headOf(d, m);
        for (int guard = 0; h.dep.equals("conj") && h.head >= 0 && guard < 5; guard++) {
            Doc.Tok up = d.toks.get(h.head);
            if (up.mention == null || up.mention.pronoun) {
                break;
            }
            h = headOf(d, up.mention);
        }
        return h.dep.equals("compound") && h.head > h.index && d.toks.get(h.head).pos.startsWith("NN")
                && !d.toks.get(h.head).pos.startsWith("NNP") && d.toks.get(h.head).mention == null;
    }

    /** Whether two he/she pronouns are of one gender ("he" and "his", not "he" and "her"). */
    private static boolean sameGender(Doc.NMention a, Doc.NMention b) {
        return MALE.contains(a.text.toLowerCase(Locale.ROOT)) == MALE.contains(b.text.toLowerCase(Locale.ROOT));
    }

    /**
     * The token that stands for a name in its clause: the name's head, or the noun it describes when the parser
     * hangs the name on a descriptive noun ("his likely GOP rival Mitt Romney said": "rival" is the subject). For a
     * pronoun in a later sentence ({@code titles}), that noun may be a job title the article tags as one
     * ("Kenteris's lawyer, Gregory Ioannidis, reacted …. “…,” he told BBC Sport": the lawyer). Within the
     * pronoun's own sentence a title does not count: "Boehner's chief of staff, Mike Sommers, and his policy
     * director" is Boehner's director, and "Mr. Obama's transportation secretary, Ray LaHood, … appeared with him"
     * is with Obama.
     */
    private static Doc.Tok subjectToken(Doc d, Doc.NMention m) {
        return subjectToken(d, m, true);
    }

    private static Doc.Tok subjectToken(Doc d, Doc.NMention m, boolean titles) {
        Doc.Tok h = headOf(d, m);
        if ((h.dep.equals("dep") || h.dep.equals("appos")) && h.head >= 0 && h.head < m.tokFrom
                && d.toks.get(h.head).dep.startsWith("nsubj") && d.toks.get(h.head).sent == h.sent
                && (titles ? nameless(d.toks.get(h.head)) : d.toks.get(h.head).mention == null)) {
            return d.toks.get(h.head);
        }
        return h;
    }

    /**
     * The subjects an object pronoun cannot mean: "him" is not the subject of its own verb ("Mr. Clinton was at the
     * White House … to have lunch with Mr. Obama and join him": not Clinton), which a verb with no subject of its
     * own shares with the verb it is joined to or completes. Token indexes; empty for a pronoun that is no object.
     */
    private static Set<Integer> subjectsOfObject(Doc d, Doc.NMention p) {
        Doc.Tok t = d.toks.get(p.tokFrom);
        if (!(t.dep.equals("obj") || t.dep.equals("iobj")) || t.head < 0) {
            return Set.of();
        }
        Set<Integer> out = new HashSet<>();
        Doc.Sent sent = d.sents.get(p.sent);
        int v = t.head;
        for (int guard = 0; v >= 0 && guard < 6; guard++) {
            Doc.Tok verb = d.toks.get(v);
            for (int k = sent.tokFrom; k < sent.tokTo; k++) {
                Doc.Tok c = d.toks.get(k);
                if (c.head == v && c.dep.startsWith("nsubj")) {
                    out.add(k);
                }
            }
            if (!out.isEmpty() || !(verb.dep.equals("conj") || verb.dep.equals("xcomp")
                    || verb.dep.equals("advcl"))) {
                break; // a verb with a subject of its own, or one that shares no subject with the verb above
            }
            final int governor = verb.head;
            if (verb.dep.equals("xcomp") && governor >= 0 && d.hasChild(sent, governor,
                    c -> (c.dep.equals("obj") || c.dep.equals("iobj")) && c.index < verb.index)) {
                break; // "he asked members to join him": the object of "asked" joins, not its subject
            }
            v = verb.head;
        }
        return out;
    }

    /**
     * The other subjects the parser hangs on the verb whose subject is pronoun {@code p}: a verb has one subject, and
     * a pronoun is never bound by a co-argument of its own verb (binding theory's condition B), so a second subject
     * there is the subject of a clause the parser misread, not the pronoun's person. HuffPost 2014: "Rep. Bruce
     * Braley (D-Iowa), who is running to succeed retiring Sen. Tom Harkin (D-Iowa), faced tough local coverage
     * Tuesday after critical comments he made about Sen. Chuck Grassley (R-Iowa) were made public." makes "Harkin"
     * and "he" both subjects of "made". Token indexes; empty for a pronoun that is no subject.
     */
    static Set<Integer> coSubjects(Doc d, Doc.NMention p) {
        Doc.Tok t = d.toks.get(p.tokFrom);
        if (!t.dep.startsWith("nsubj") || t.head < 0) {
            return Set.of();
        }
        Doc.Sent sent = d.sents.get(p.sent);
        Set<Integer> out = new HashSet<>();
        for (int k = sent.tokFrom; k < sent.tokTo; k++) {
            Doc.Tok c = d.toks.get(k);
            if (k != t.index && c.head == t.head && c.dep.startsWith("nsubj")) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Whether a token is no name: a plain noun, or a job title tagged as one ("Kenteris's lawyer, Gregory Ioannidis,
     * reacted": the title "lawyer" is the subject and the name its apposition).
     */
    private static boolean nameless(Doc.Tok t) {
        return t.mention == null || t.mention.cluster != null && t.mention.cluster.cls.equals("TITLE");
    }

    /**
     * Of the compatible people named in a sentence before the pronoun's: the subject of its main verb, else the
     * last one just described by an apposition ("…concerns Henry Crespo, president of …"), else the subject of
     * another clause, else the first named.
     */
    private static Doc.NMention preferred(Doc d, List<Doc.NMention> cands) {
        for (Doc.NMention m : cands) {
            if (isMainSubject(d, m)) {
                return m;
            }
        }
        for (Doc.NMention m : cands) {
            Doc.Tok h = subjectToken(d, m);
            if (h.dep.equals("nsubj") && h.head >= 0 && d.toks.get(h.head).dep.equals("conj")) {
                return m;
            }
        }
        if (cands.size() > 1) {
            for (int i = cands.size() - 1; i >= 0; i--) {
                Doc.NMention m = cands.get(i);
                for (int k = m.tokTo; k < d.toks.size() && k < m.tokTo + 3; k++) {
                    Doc.Tok t = d.toks.get(k);
                    if (t.sent != m.sent) {
                        break;
                    }
                    if (t.dep.equals("appos") && t.head >= m.tokFrom && t.head < m.tokTo) {
                        return m;
                    }
                }
            }
        }
        for (Doc.NMention m : cands) {
            // "If last year's … speech - delivered by radio host Rush Limbaugh - was defined by urging President
            // Barack Obama to fail, Beck's stood out …": the subject of a clause before an agent or an object
            if (subjectToken(d, m).dep.equals("nsubj")) {
                return m;
            }
        }
        return cands.get(0);
    }

    /**
     * A mention that is the subject of its sentence's main verb, or of a verb of saying set in the sentence as a
     * parenthesis ("The real problem, he said, is progressivism": the parser makes "said" a parataxis of the root).
     */
    private static boolean isMainSubject(Doc d, Doc.NMention m) {
        Doc.Tok h = subjectToken(d, m);
        if (!h.dep.equals("nsubj") || h.head < 0) {
            return false;
        }
        Doc.Tok v = d.toks.get(h.head);
        return v.dep.equals("root") || v.dep.equals("parataxis") && Attributor.isCueVerb(v) && v.head >= 0
                && d.toks.get(v.head).dep.equals("root");
    }

    /**
     * The tokens of what a subject pronoun reports, when it is the subject of a verb of saying: the verb's clausal
     * complement ("he said Obama was …"), or, when the verb of saying is a parenthesis, the clause it is set in
     * ("Saying President Obama, he said, was “too simple an answer.”"). A name there is not the speaker: the speaker
     * would have said "I" (the reporter's "he" c-commands the name; binding theory's condition C). Empty otherwise.
     */
    static Set<Integer> reportedBy(Doc d, Doc.NMention p) {
        Doc.Tok t = d.toks.get(p.tokFrom);
        if (!t.dep.startsWith("nsubj") || t.head < 0) {
            return Set.of();
        }
        Doc.Tok v = d.toks.get(t.head);
        if (!Attributor.isCueVerb(v)) {
            return Set.of();
        }
        Doc.Sent sent = d.sents.get(p.sent);
        Set<Integer> out = new HashSet<>();
        for (int k = sent.tokFrom; k < sent.tokTo; k++) {
            Doc.Tok c = d.toks.get(k);
            if (c.head == v.index && (c.dep.equals("ccomp") || c.dep.equals("parataxis"))) {
                out.addAll(subtree(d, sent, k));
            }
        }
        // a frame reports the clause it is set in and says nothing of its own: "she sternly told her questioners
        // that accusations … were false" (NYT 2013, a parataxis to the parser after "As the official, Lois Lerner,
        // appeared …,") has its own object and content, and Lerner there is who "she" is
        boolean ownContent = d.hasChild(sent, v.index, c -> c.dep.equals("obj") || c.dep.equals("ccomp")
                || c.dep.equals("xcomp"));
        if (v.dep.equals("parataxis") && v.head >= sent.tokFrom && v.head < sent.tokTo
                && setOff(d, sent, p.tokFrom) && !ownContent) {
            Set<Integer> frame = subtree(d, sent, v.index);
            for (int k : subtree(d, sent, v.head)) {
                if (!frame.contains(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * Whether a parenthetical frame starting at token {@code from} is set off from the clause it is set in: a comma,
     * dash, colon or quotation mark right before it ("Saying President Obama, he said, was …"; "… is wrong, he
     * said."). The parser also makes a parataxis of "he says" inside a noun phrase ("to boost turnout - something he
     * says will boost their cause", BBC politics 200), which is no frame around the clause it hangs on.
     */
    private static boolean setOff(Doc d, Doc.Sent sent, int from) {
        return from > sent.tokFrom
                && d.toks.get(from - 1).word.matches("[,:;\u2014\u2013\"\u201C\u201D\u2018\u2019'(-]+");
    }

    /** The tokens of a sentence under token {@code top} in the dependency tree, itself included. */
    private static Set<Integer> subtree(Doc d, Doc.Sent sent, int top) {
        Set<Integer> out = new HashSet<>();
        for (int k = sent.tokFrom; k < sent.tokTo; k++) {
            int h = k;
            for (int guard = 0; h >= 0 && guard < 60; guard++) {
                if (h == top) {
                    out.add(k);
                    break;
                }
                h = d.toks.get(h).head;
            }
        }
        return out;
    }

    private static Map<String, String> genders;

    /**
     * The gender a source's pronouns give a surname it uses alone: for each mention that is the surname alone, the
     * first "he" or "she" (any case of either) after it, in its sentence or the next, outside quotation marks, with
     * no other person named between ("President Obama spoke at the White House … He also mentioned …"). Null when
     * no such pronoun follows or the pronouns disagree.
     */
    static String pronounGenderOfSurname(Doc d, String surname) {
        Map<Integer, Doc.NMention> people = new HashMap<>();
        for (Doc.NMention x : d.mentions) {
            if (!x.pronoun && "PERSON".equals(x.type)) {
                people.put(x.tokFrom, x);
            }
        }
        Set<String> found = new HashSet<>();
        for (Doc.NMention x : people.values()) {
            String[] t = personTokens(x.text);
            if (t.length != 1 || !t[0].equals(surname)) {
                continue;
            }
            for (int i = x.tokTo; i < d.toks.size() && d.toks.get(i).sent <= x.sent + 1; i++) {
                Doc.NMention other = people.get(i);
                if (other != null && other != x) {
                    String[] ot = personTokens(other.text);
                    if (ot.length == 0 || !ot[ot.length - 1].equals(surname)) {
                        break;
                    }
                }
                Doc.Tok tok = d.toks.get(i);
                String w = tok.word.toLowerCase(Locale.ROOT);
                if (!tok.inQuote && (MALE.contains(w) || FEMALE.contains(w))) {
                    found.add(MALE.contains(w) ? "MALE" : "FEMALE");
                    break;
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * The gender the pronouns right after a person's name give the person, against nothing else: for each mention
     * of the person, the first "he" or "she" (any case) after it in its sentence, outside quotation marks, with no
     * other person named between. A mention only counts where no other person is named before it in its source (a
     * "he" there can be no one else's: "Rio Ferdinand has said he is unsure of Malcolm Glazer's motives", BBC sport
     * 124), or where the mention is the speaker of a verb of saying and the pronoun the speaker of the next
     * sentence's, no one named between. Null when no such pronoun follows, or when any pronoun so placed, after any
     * mention, disagrees.
     */
    static String pronounGenderAfterName(Cluster c) {
        Set<String> found = new HashSet<>();
        boolean alone = false;
        for (Doc.NMention x : c.mentions) {
            if (x.pronoun || x.doc == null) {
                continue;
            }
            Doc d = x.doc;
            boolean first = true;
            for (Doc.NMention o : d.mentions) {
                if (o.start >= x.start) {
                    break;
                }
                first &= o.pronoun || !"PERSON".equals(o.type) || o.cluster != null && o.cluster.root() == c.root();
            }
            // a speaker's frame, and the next sentence's frame with a pronoun as its speaker: "“…,” said Hilary
            // Shelton, director of the NAACP's Washington bureau. | “I hope it will empower the tea party …,” he
            // said." (HuffPost, BASIL 2010_97b1305c; "Hilary" a woman's name to the list)
            Doc.Tok head = headOf(d, x);
            // (the parser makes the name after "said" its object: "…,” said Hilary Shelton")
            boolean speaks = head.head >= 0 && Attributor.isCueVerb(d.toks.get(head.head))
                    && (head.dep.startsWith("nsubj") || head.dep.equals("obj") && head.head < head.index
                            && d.toks.get(head.head).lemma.equals("say"));
            int last = speaks ? x.sent + 1 : x.sent;
            for (int i = x.tokTo; i < d.toks.size() && d.toks.get(i).sent <= last; i++) {
                Doc.Tok tok = d.toks.get(i);
                if (tok.mention != null && !tok.mention.pronoun && "PERSON".equals(tok.mention.type)) {
                    break;
                }
                String w = tok.word.toLowerCase(Locale.ROOT);
                if (!tok.inQuote && (w.equals("he") || w.equals("she"))) {
                    if (tok.sent == x.sent) {
                        found.add(w.equals("he") ? "MALE" : "FEMALE");
                        alone |= first;
                    } else if (tok.dep.startsWith("nsubj") && tok.head >= 0
                            && Attributor.isCueVerb(d.toks.get(tok.head))) {
                        found.add(w.equals("he") ? "MALE" : "FEMALE");
                        alone = true;
                    }
                    break;
                }
            }
        }
        return alone && found.size() == 1 ? found.iterator().next() : null;
    }

    /** The value {@link #genders} holds for a first name the list gives both genders ("Jordan", "Terry", "Pat"). */
    private static final String BOTH = "BOTH";

    /**
     * The gender CoreNLP's list of first names gives the first word of a person's name, or null: a name the list does
     * not hold, or holds as both a man's and a woman's (289 names on lines of their own, "Jordan", "Terry", "Ashley":
     * before, the last line read won, so these were all men or all women by the order of the file).
     */
    static String genderOf(String fullName) {
        String g = listed(fullName);
        return BOTH.equals(g) ? null : g;
    }

    /** Whether the first word of {@code fullName} is in CoreNLP's list of first names, of either or both genders. */
    static boolean isFirstName(String fullName) {
        return listed(fullName) != null;
    }

    private static synchronized String listed(String fullName) {
        if (genders == null) {
            genders = new HashMap<>();
            try (InputStream in = EntityResolver.class.getClassLoader()
                    .getResourceAsStream("edu/stanford/nlp/models/dcoref/namegender.combine.txt")) {
                if (in != null) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    String line;
                    while ((line = r.readLine()) != null) {
                        String[] f = line.split("\t");
                        if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                            genders.merge(f[0].toLowerCase(Locale.ROOT), f[1], (a, b) -> a.equals(b) ? a : BOTH);
                        }
                    }
                }
            } catch (IOException e) {
                // no gender list: every person is of unknown gender
            }
        }
        String[] t = personTokens(fullName);
        if (t.length < 2) {
            return null;
        }
        return genders.get(t[0]);
    }

    private static final Map<String, String> HONORIFIC_GENDER = Map.of("mr", "MALE", "mrs", "FEMALE", "ms", "FEMALE",
            "miss", "FEMALE");

    /**
     * The gender a person noun of one gender right before a name gives it, the name in apposition to the noun ("his
     * wife Audrey", BBC politics 400; "spokeswoman Jane Smith"): MALE or FEMALE, or null. The noun is lower-case, in
     * the same sentence, a singular common noun.
     */
    static String genderOfNounBefore(Doc.NMention m) {
        if (m.pronoun || m.tokFrom == 0) {
            return null;
        }
        Doc.Tok t = m.doc.toks.get(m.tokFrom - 1);
        if (t.sent != m.sent || !t.pos.equals("NN") || !Character.isLowerCase(t.word.charAt(0))) {
            return null;
        }
        return MALE_NOUNS.contains(t.word) ? "MALE" : FEMALE_NOUNS.contains(t.word) ? "FEMALE" : null;
    }

    /** The gender an honorific in or right before a mention gives ("Mr. Jackson": MALE), or null. */
    static String honorificGender(Doc.NMention m) {
        String first = NameVariants.fold(m.text).split("\\s+")[0];
        if (HONORIFIC_GENDER.containsKey(first)) {
            return HONORIFIC_GENDER.get(first);
        }
        if (m.tokFrom > 0) {
            Doc.Tok t = m.doc.toks.get(m.tokFrom - 1);
            if (t.sent == m.sent) {
                return HONORIFIC_GENDER.get(NameVariants.fold(t.word));
            }
        }
        return null;
    }
}
