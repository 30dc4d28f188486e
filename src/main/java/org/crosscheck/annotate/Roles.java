package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who does what to what in a claim: for each verb of its content, from the dependency tree, its subject, its
 * object and its prepositional arguments ("Zelensky demanded an explanation from Beijing": Zelensky | demand |
 * explanation | from Beijing). The grouper compares claims by these roles beside their words: two claims that give
 * the same object and the same prepositional argument ("seek an explanation from Beijing" / "demanded an
 * explanation from Beijing") report one act in other words.
 *
 * <p>Each role is a lemma, or "eN" for a token of a mention of entity N, so "the Ukrainian leader" and "Zelensky"
 * agree when the entity stage put them in one entity. Rules: a passive subject is the object and the "by" agent the
 * subject ("Two Chinese were captured by Ukraine" = "Ukraine captured two Chinese"); a verb without a subject of its
 * own takes its governor's: an infinitive complement ("instructed the minister to contact Beijing") the governor's
 * object when it has one, else its subject; a coordinated verb the first verb's subject. A number on the object is
 * part of the object ("3000 troops" and "11000 troops" are different objects). Verbs of relative clauses and
 * reporting frames are left out: they describe a noun or attribute the claim.
 */
final class Roles {
    private final Doc d;
    private final Doc.Sent s;
    /** For each token of the sentence, its dependents in token order: the tree the clause splitter built. */
    private final List<List<Integer>> children;

    private Roles(Doc d, Doc.Sent s, List<List<Integer>> children) {
        this.d = d;
        this.s = s;
        this.children = children;
    }

    private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj");

    /**
     * The roles of the verbs whose tokens are in {@code content}, each as "SUBJECT|VERB|OBJECT|ARG;ARG" (ARG =
     * "preposition role"; any part empty when absent).
     *
     * @param content  bit i is token {@code s.tokFrom + i}
     * @param children for each token of the sentence, its dependents in token order
     */
    static List<String> of(Doc d, Doc.Sent s, BitSet content, List<List<Integer>> children) {
        return new Roles(d, s, children).of(content);
    }

    private List<String> of(BitSet content) {
        List<String> out = new ArrayList<>();
        for (int b = content.nextSetBit(0); b >= 0; b = content.nextSetBit(b + 1)) {
            int i = s.tokFrom + b;
            Doc.Tok t = d.toks.get(i);
            if (!t.pos.startsWith("VB") || t.dep.equals("aux") || t.dep.startsWith("aux:") || t.dep.equals("cop")
                    || Clauses.FRAME_VERBS.contains(lemma(t)) || describesANoun(i)) {
                continue;
            }
            String subject = subject(i, 0);
            String object = "";
            TreeSet<String> args = new TreeSet<>();
            for (int k : kids(i)) {
                Doc.Tok c = d.toks.get(k);
                switch (c.dep) {
                    case "obj" -> object = object(k);
                    case "nsubj:pass" -> object = object(k);
                    case "obl:agent" -> subject = role(k);
                    default -> {
                        if (c.dep.equals("obl") && passive(i) && hasCase(k, "by")) {
                            subject = role(k); // the agent of a passive
                        } else if ((c.dep.equals("obl") || c.dep.startsWith("obl:") && !c.dep.equals("obl:tmod"))
                                && !hasCase(k, "according")) {
                            // "…, according to the budget office": who says so, not an argument of the verb
                            addArg(k, args);
                        }
                    }
                }
            }
            // the object's own prepositional arguments ("an explanation from Beijing")
            for (int k : kids(i)) {
                if (d.toks.get(k).dep.equals("obj")) {
                    for (int m : kids(k)) {
                        if (d.toks.get(m).dep.equals("nmod")) {
                            addArg(m, args);
                        }
                    }
                }
            }
            if (object.isEmpty() && args.isEmpty() && subject.isEmpty()) {
                continue;
            }
            out.add(subject + "|" + verb(i) + "|" + object + "|" + String.join(";", args));
        }
        return out;
    }

    /** Whether verb {@code i} is in a relative clause or a participle that describes a noun ("Beijing, who …"). */
    private boolean describesANoun(int i) {
        for (int k = i, n = 0; k >= s.tokFrom && k < s.tokTo && n < 20; k = d.toks.get(k).head, n++) {
            Doc.Tok t = d.toks.get(k);
            if (t.dep.startsWith("acl") || k != i && (t.pos.equals("WP") || t.pos.equals("WDT") || t.pos.equals("WP$"))
                    || withAbsolute(k)) {
                return true;
            }
            for (int c : kids(k)) {
                if (d.toks.get(c).dep.startsWith("nsubj") && d.toks.get(c).pos.startsWith("W")) {
                    return true; // "who are accused"
                }
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} is a participle the parser reads as a clause of its own marked by a "with" that follows
     * the verb it hangs on, with its own subject: in "Holder met with federal officials investigating the case" the
     * participle describes the officials (who investigate), and the sentence does not tell that they investigate as
     * a claim of its own.
     */
    private boolean withAbsolute(int k) {
        Doc.Tok t = d.toks.get(k);
        if (!t.dep.startsWith("advcl") || !(t.pos.equals("VBG") || t.pos.equals("VBN"))) {
            return false;
        }
        boolean with = false;
        boolean subject = false;
        for (int c : kids(k)) {
            Doc.Tok ct = d.toks.get(c);
            // "with" right after the verb it hangs on is that verb's preposition ("met with"), not an absolute's
            // mark: "With AARP potentially backing off its opposition, other groups are poised …" and "…, with
            // police searching his car" tell what AARP and the police do
            with |= ct.dep.equals("mark") && ct.word.equalsIgnoreCase("with") && c - 1 == t.head;
            subject |= ct.dep.startsWith("nsubj");
        }
        return with && subject;
    }

    private boolean passive(int i) {
        for (int k : kids(i)) {
            String dep = d.toks.get(k).dep;
            if (dep.equals("nsubj:pass") || dep.equals("aux:pass")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasCase(int k, String word) {
        for (int c : kids(k)) {
            if (d.toks.get(c).dep.equals("case") && d.toks.get(c).word.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private void addArg(int k, TreeSet<String> args) {
        String r = role(k);
        if (r.isEmpty()) {
            return;
        }
        for (int c : kids(k)) {
            if (d.toks.get(c).dep.equals("case")) {
                args.add(d.toks.get(c).word.toLowerCase(Locale.ROOT) + " " + r);
                return;
            }
        }
    }

    /** The subject of verb {@code i}: its own, or inherited from its governor. */
    private String subject(int i, int depth) {
        for (int k : kids(i)) {
            if (SUBJECTS.contains(d.toks.get(k).dep)) {
                return role(k);
            }
            if (d.toks.get(k).dep.equals("nsubj:pass")) {
                for (int a : kids(i)) {
                    if (d.toks.get(a).dep.equals("obl:agent") || d.toks.get(a).dep.equals("obl")
                            && hasCase(a, "by")) {
                        return role(a);
                    }
                }
                return "";
            }
        }
        Doc.Tok t = d.toks.get(i);
        int g = t.head;
        if (depth > 3 || g < s.tokFrom || g >= s.tokTo) {
            return "";
        }
        boolean infinitive = false;
        for (int k : kids(i)) {
            if (d.toks.get(k).dep.equals("mark") && d.toks.get(k).word.equalsIgnoreCase("to")) {
                infinitive = true;
            }
        }
        if (t.dep.equals("xcomp") || t.dep.equals("advcl") && infinitive) {
            for (int k : kids(g)) {
                if (d.toks.get(k).dep.equals("obj")) {
                    return role(k);
                }
            }
            return subject(g, depth + 1);
        }
        if (t.dep.equals("conj")) {
            return subject(g, depth + 1);
        }
        return "";
    }

    /**
     * The verb's lemma with its particle when WordNet knows the two as one verb ("bowing out" → "bow out", "struck
     * down" → "strike down", "turning up" → "turn up"): a phrasal verb means something else than its verb alone.
     */
    private String verb(int i) {
        String lemma = lemma(d.toks.get(i));
        for (int k : kids(i)) {
            Doc.Tok c = d.toks.get(k);
            if (c.dep.equals("compound:prt")) {
                String phrasal = lemma + " " + c.word.toLowerCase(Locale.ROOT);
                return VerbClasses.known(phrasal) ? phrasal : lemma;
            }
        }
        return lemma;
    }

    /** The object's role, with a number it is counted by ("3000 troops" → "troop#3000"). */
    private String object(int k) {
        String r = role(k);
        for (int c : kids(k)) {
            if (d.toks.get(c).dep.equals("nummod")) {
                return r + "#" + ClaimGrouper.number(d.toks.get(c).word);
            }
        }
        return r;
    }

    /** An entity ("e12") when the token is part of a mention of one, else its lemma; "" for a bare pronoun. */
    private String role(int k) {
        Doc.Tok t = d.toks.get(k);
        if (t.mention != null && t.mention.cluster != null && t.mention.cluster.id != null) {
            return "e" + t.mention.cluster.id.replaceAll("\\D", "");
        }
        if (t.pos.startsWith("PRP") || t.pos.startsWith("W") || t.pos.equals("DT")) {
            return "";
        }
        return lemma(t);
    }

    private static String lemma(Doc.Tok t) {
        return (t.lemma == null ? t.word : t.lemma).toLowerCase(Locale.ROOT);
    }

    private List<Integer> kids(int i) {
        return children.get(i - s.tokFrom);
    }
}
