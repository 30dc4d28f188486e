package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into the assertions it makes, from its dependency tree (Universal Dependencies, as CoreNLP
 * gives them in {@link Doc.Tok#head} and {@link Doc.Tok#dep}).
 *
 * <p>Rules:
 * <ul>
 *   <li>A <b>reporting frame</b> ("Zelensky said …", "“…,” he added", "I think …") is a verb of saying or belief
 *   with a clausal complement (ccomp or parataxis). The frame is not a claim of its own: its complement is, with
 *   the frame's subject as the speaker and the verb as the cue. Verbs that change what is asserted ("denied",
 *   "accused", "warned") are not frames: "China has denied helping Russia" asserts a denial.</li>
 *   <li><b>Coordinated clauses</b> ("A and B", "A, but B", "A; B": conj of a predicate, or parataxis) are separate
 *   claims when the second has its own subject, or shares the first one's subject but has its own complement
 *   ("China presents itself as neutral and has denied supplying lethal aid"): then the shared subject is the
 *   second claim's subject too. A reporting frame covers every clause coordinated inside its complement. Two
 *   alternatives ("Either A, or else B") are one claim.</li>
 *   <li><b>Adverbial clauses</b> stay inside their main clause ("… as they seek to protect …", "because …"),
 *   except contrast and concession ("while", "whereas", "although", "though") with a subject of their own, which
 *   assert something beside the main clause; and participial clauses set off by a comma with a complement of
 *   their own ("…, calling the development a clear signal"), which assert a second thing of the same subject (the
 *   subject is inherited, so a participle the parser attached to the wrong verb gets the wrong subject).
 *   <b>Relative clauses</b> always stay inside: they describe a noun of the main clause.</li>
 *   <li>A second report by the same speaker ("…, adding that B") and a second "that" complement coordinated deeper
 *   ("… evidence that A and that B") are claims of their own under the same frame.</li>
 *   <li>Parser slips around quotations are absorbed: a quotation parsed as a second subject of "said", a frame
 *   verb hung below the quotation (parataxis, or an adverbial clause right after the closing mark) is the
 *   quotation's frame, an opening quote mark parsed as the root gives way to its widest word.</li>
 *   <li>A piece with fewer than {@link #MIN_WORDS} words is not split off; a sentence that is only a frame
 *   ("he said.") makes no claim, nor does a frame the sentence splitter cut off after "!" or "?" inside quotation
 *   marks ("“Who are you!” | the seven-term congressman demands.", "“…?” | Justice Ginsburg asked.").</li>
 *   <li>A question asserts nothing: a sentence ending with a question mark makes no claim, unless the question is
 *   quoted inside the reporter's sentence.</li>
 *   <li>A sentence that is a quotation and then only its frame ("“…,” Mr. Etheridge said.") keeps the frame out of
 *   its claims' contents whatever the parse, and the frame's verb and subject are the cue and speaker of the claims
 *   the parser left without one.</li>
 * </ul>
 *
 * <p>Spans: the pieces partition the sentence in order. Each piece runs from its first own word to the start of the
 * next piece (less the joining comma or conjunction); words of a frame belong to the piece they are next to.
 */
final class Clauses {
    private Clauses() {
    }

    /** Fewer words than this do not make a claim of their own. */
    static final int MIN_WORDS = 3;

    /** At most this many words in a frame that follows a quotation ("said Jon Thompson, a Republican spokesman"). */
    static final int FRAME_TAIL = 10;

    /** Verbs of saying or belief whose clausal complement is the claim; the verb itself adds nothing to it. */
    static final Set<String> FRAME_VERBS = Set.of("say", "tell", "add", "write", "state", "claim", "announce",
            "note", "explain", "report", "insist", "declare", "stress", "emphasize", "emphasise", "reveal", "confirm",
            "acknowledge", "indicate", "suggest", "assert", "argue", "post", "tweet", "comment", "remark", "observe",
            "disclose",
            "recall", "maintain", "contend", "believe", "think", "allege", "reiterate", "repeat", "testify",
            "concede", "admit", "reply", "respond", "conclude", "posit");
    /**
     * Verbs of warning, foreseeing or fearing that report what their finite complement says ("Critics worry that House
     * Republican leaders … are essentially negotiating a final deal", "Mr. Obama warned Congress that the cuts would
     * hurt the economy"), and only that: with no such complement they assert something of their subject ("Democrats
     * worry about the deficit" stays a claim).
     */
    static final Set<String> THAT_FRAME_VERBS = Set.of("warn", "caution", "predict", "worry", "fear", "relay",
            "object",
            // what a report, a poll or a court found: "An inspector general's report found, however, that she was
            // briefed on their actions as early as June 2011"
            "find");
    /** Words under which a verb of saying in an infinitive has not said anything yet ("expected to announce"). */
    private static final Set<String> EXPECTING = Set.of("expect", "plan", "intend", "prepare", "schedule", "set",
            "due", "poise", "poised", "likely", "hope", "want", "aim", "go", "seek");
    private static final Set<String> CONTRAST = Set.of("while", "whereas", "although", "though");
    /** Verbs of telling whose "how" clause is an account of what happened ({@link Tree#toldHow}). */
    private static final Set<String> TELLING_HOW = Set.of("tell", "describe", "explain", "recall", "recount");
    /** The second word of "not only", "not just" …, which deny nothing: "not only A but also B" asserts both. */
    private static final Set<String> NOT_ONLY = Set.of("only", "just", "merely", "simply");
    /** Marks of a clause that change what it asserts, kept in its content. */
    private static final Set<String> KEPT_MARKS = Set.of("if", "unless", "to");
    /** Verbs that report only after a quotation ("“…,” she continued."). */
    private static final Set<String> TAIL_FRAME_VERBS = Set.of("continue", "ask", "demand", "shout", "yell", "scream",
            "exclaim", "cry", "quip", "joke", "plead", "retort", "wonder", "whisper", "mutter", "snap");
    /**
     * Participles that say how a frame was spoken, not what else was asserted ("…,” he said, speaking on condition
     * of anonymity.", "…,” she said, responding to a question"): they stay in the frame.
     */
    private static final Set<String> FRAME_PARTICIPLES = Set.of("speak", "talk", "respond", "reply", "answer",
            "refer", "write", "appear", "sit", "stand", "read", "look");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl",
            "nsubj:xsubj");
    private static final Set<String> COMPLEMENTS = Set.of("obj", "iobj", "ccomp", "xcomp", "obl", "obl:tmod",
            "obl:npmod", "advcl", "cop", "nmod");

    /**
     * One claim of a sentence.
     *
     * @param from      first token of its span (index into {@link Doc#toks})
     * @param to        one past its last token
     * @param head      the clause's head token
     * @param content   the asserted content as text: the clause without a reporting frame, joining words and
     *                  clauses split off; with the shared subject in front when it is inherited
     * @param subject   the text of its subject phrase, or null
     * @param speakerHead head token of the frame's subject, or -1 when there is no frame
     * @param cue       the frame's verb as written, or null
     * @param roles     who does what to what in its content ({@link Roles})
     * @param inheritedSubject head token of the subject shared with the clause before it, when the clause has none
     *                  of its own ("… and urged lawmakers …": Obama), else -1
     */
    record Clause(int from, int to, int head, String content, String subject, int speakerHead, String cue,
                  List<String> roles, int inheritedSubject) {
        Clause(int from, int to, int head, String content, String subject, int speakerHead, String cue,
               List<String> roles) {
            this(from, to, head, content, subject, speakerHead, cue, roles, -1);
        }
    }

    /** A clause before its span is known. */
    private static final class Unit {
        final int head;
        final int top;
        final int speakerHead;
        final String cue;
        final int inheritedSubject;
        final List<Unit> children = new ArrayList<>();
        Unit parent;
        BitSet core;
        /** A reporting verb below the clause ("…,” he added), left out of the content; -1 when none. */
        int frame = -1;

        Unit(int head, int top, int speakerHead, String cue, int inheritedSubject) {
            this.head = head;
            this.top = top;
            this.speakerHead = speakerHead;
            this.cue = cue;
            this.inheritedSubject = inheritedSubject;
        }
    }

    /** The claims of one sentence, in order; empty when it asserts nothing on its own. */
    static List<Clause> split(Doc d, Doc.Sent s) {
        int n = s.tokTo - s.tokFrom;
        List<List<Integer>> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        int root = -1;
        for (int i = s.tokFrom; i < s.tokTo; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.head >= s.tokFrom && t.head < s.tokTo && t.head != i) {
                children.get(t.head - s.tokFrom).add(i);
            } else if (root < 0 || ("root".equals(t.dep) && !"root".equals(d.toks.get(root).dep))) {
                root = i;
            }
        }
        Tree tree = new Tree(d, s, children);
        if (tree.isQuestion() || tree.splitFrame(root) || relativeTail(d, s)) {
            return List.of();
        }
        root = tree.wordRoot(root);
        if (root < 0) {
            return List.of();
        }
        root = tree.participleRoot(root);
        root = tree.openingParticiple(root);
        root = tree.nameRoot(root);
        root = tree.relativeRoot(root);
        root = tree.frameAsClausalSubject(root);
        tree.toldThenClause();
        tree.objectThenVerb();
        tree.conjunctSpeaker();
        tree.conjunctOutOfCondition();
        tree.conjunctOutOfComplement();
        tree.frameOutOfNounPhrase(root);
        tree.participleOutOfQuotation();
        tree.relativeBackToItsNoun();
        tree.parentheticalFrame(root);
        tree.colonQuotation(root);
        Frame frame = tree.quoteThenFrame();
        tree.tail = frame;
        if (frame != null && frame.question()) {
            return List.of();
        }
        if (frame != null) {
            tree.quotedUnderFrame(frame);
        }
        if (frame == null) {
            frame = tree.closingFrame();
        }
        List<Clause> clauses = correlatives(d, falseStarts(d, s, splitTree(tree, root, frame)));
        int end = datelineEnd(d, s);
        while (end > s.tokFrom && end < s.tokTo && d.isDash(d.toks.get(end))) {
            end++; // "DANVILLE, Ky. - - Joe Biden …"
        }
        int dateline = end;
        if (dateline > s.tokFrom) {
            List<Clause> kept = new ArrayList<>();
            String place = d.body.text().substring(d.toks.get(s.tokFrom).start, d.toks.get(dateline - 1).end);
            for (Clause c : clauses) {
                if (c.to() <= dateline) {
                    continue;
                }
                if (c.speakerHead() >= s.tokFrom && c.speakerHead() < dateline) {
                    // "AMHERST, N.H. — Gov. Rick Perry of Texas on Tuesday said he would back …": the parser made the
                    // dateline's place the subject of "said" and the name its apposition; the place says nothing,
                    // the name after the dash does
                    c = new Clause(c.from(), c.to(), c.head(), c.content(), c.subject(),
                            appositionAfter(d, s, c.speakerHead(), dateline), c.cue(), c.roles(), c.inheritedSubject());
                }
                if (c.from() >= dateline) {
                    // "KANSAS CITY, Mo. — Leaders of … accused … and approved a resolution …": the second clause's
                    // shared subject runs into the dateline too
                    kept.add(c.content().startsWith(place) ? new Clause(c.from(), c.to(), c.head(),
                            afterPlace(c.content(), place), afterPlace(c.subject(), place), c.speakerHead(), c.cue(),
                            c.roles(), c.inheritedSubject()) : c);
                    continue;
                }
                // "WASHINGTON -- Real estate tycoon Donald Trump said Thursday he has doubts …": the claim opens
                // after the dateline, in its span and in its content
                kept.add(new Clause(dateline, c.to(), c.head(), afterPlace(c.content(), place),
                        afterPlace(c.subject(), place), c.speakerHead(), c.cue(), c.roles(), c.inheritedSubject()));
            }
            return kept;
        }
        return clauses;
    }

    /**
     * Whether sentence {@code s} is the tail of the sentence before it, cut off by the sentence splitter after a
     * quotation that ends with "!" or "?": it opens with a dash and a relative word, whose noun is in the sentence
     * before. NYT "Enter Ms. Lauten — a former … aide who describes herself on Twitter as loving God, cats, the
     * Daughters of the American Revolution “& all things pink, green and pearls!” — whose commentary had a sharper
     * edge." gave "- whose commentary had a sharper edge." as a claim with "whose commentary" for subject.
     */
    static boolean relativeTail(Doc d, Doc.Sent s) {
        if (s.tokTo - s.tokFrom < 3 || !d.isDash(d.toks.get(s.tokFrom))) {
            return false;
        }
        Doc.Tok w = d.toks.get(s.tokFrom + 1);
        return Set.of("WP", "WP$", "WDT").contains(w.pos) && Character.isLowerCase(w.word.charAt(0));
    }

    /**
     * The apposition of token {@code head} that stands at or after token {@code from} (the name the parser hung on a
     * dateline's place: "AMHERST, N.H. — Gov. Rick Perry of Texas …"), or -1 when there is none.
     */
    static int appositionAfter(Doc d, Doc.Sent s, int head, int from) {
        for (int k = from; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head == head && t.dep.equals("appos")) {
                return k;
            }
        }
        return -1;
    }

    /** {@code text} less the dateline {@code place} it opens with, and the dashes after it; null stays null. */
    /**
     * Whether token {@code v} of sentence {@code s} is a reporting verb heading a relative clause with no relative
     * word, which the parser left unlabelled and without its subject: a finite verb hung as {@code dep} on a word
     * before it, with no subject and no punctuation of its own, right after a noun, which is the clause's subject;
     * the verb it hangs on has a subject of its own.
     * BBC "Baikal paid 260.75bn roubles … for Yugansk - nowhere near the $27bn Russia says Yukos owes in taxes.":
     * Russia's saying describes the sum; it is neither a second report of Baikal's nor a claim of its own.
     */
    static boolean reducedRelative(Doc d, Doc.Sent s, int v) {
        Doc.Tok t = d.toks.get(v);
        if (!t.dep.equals("dep") || t.head < s.tokFrom || t.head >= v || v - 1 <= s.tokFrom
                || !Set.of("VBZ", "VBD", "VBP").contains(t.pos) || !d.toks.get(v - 1).pos.startsWith("NN")
                || d.toks.get(v - 1).inQuote != t.inQuote || !d.toks.get(t.head).pos.startsWith("VB")) {
            return false;
        }
        // the noun ends a phrase inside the clause the verb hangs on, not one opened by a coordinator or a mark:
        // "… require different standards for class certification and Justice Ruth Bader Ginsburg said it was …"
        // is a second clause whose subject the parser lost
        int n = v - 1;
        while (n > s.tokFrom && d.toks.get(n - 1).pos.startsWith("NN")) {
            n--;
        }
        if (n == s.tokFrom || d.toks.get(n - 1).pos.equals("CC") || Tree.isSeparator(d.toks.get(n - 1))
                || d.toks.get(n - 1).word.matches("\\p{Punct}|[“”‘’\"]")) {
            return false;
        }
        boolean subject = false;
        for (int k = s.tokFrom; k < s.tokTo; k++) {
            Doc.Tok c = d.toks.get(k);
            subject |= c.head == t.head && SUBJECTS.contains(c.dep);
            if (c.head == v && (SUBJECTS.contains(c.dep) || k < v && (c.dep.equals("punct") || c.dep.equals("mark")
                    || c.dep.equals("cc")))) {
                return false;
            }
        }
        return subject;
    }

    static String afterPlace(String text, String place) {
        return text == null || !text.startsWith(place) ? text
                : text.substring(place.length()).replaceFirst("^[\\s\\-\u2013\u2014]+", "");
    }

    /**
     * A speaker's false start is no claim: "“And that's the kind of -- and even putting that aside, the plaintiffs
     * needed to come forward …”" broke off after "of". A clause whose last word is a preposition, a determiner or "to"
     * right before a dash asserts nothing; nor does a clause after it that has no subject but the one it takes from
     * the broken clause ("even putting that aside").
     */
    static List<Clause> falseStarts(Doc d, Doc.Sent s, List<Clause> clauses) {
        List<Clause> kept = new ArrayList<>();
        List<int[]> broken = new ArrayList<>();
        for (Clause c : clauses) {
            int last = c.to() - 1;
            while (last > c.from() && !Character.isLetterOrDigit(d.toks.get(last).word.charAt(0))) {
                last--;
            }
            int next = last + 1;
            Doc.Tok lw = d.toks.get(last);
            boolean dash = next < s.tokTo && Set.of("--", "\u2014", "\u2013").contains(d.toks.get(next).word);
            boolean open = Set.of("IN", "DT", "TO", "PDT", "PRP$").contains(lw.pos)
                    || lw.word.equalsIgnoreCase("of");
            if (dash && open) {
                broken.add(new int[] {c.from(), c.to()});
                continue;
            }
            if (c.inheritedSubject() >= 0 && broken.stream().anyMatch(b -> c.inheritedSubject() >= b[0]
                    && c.inheritedSubject() < b[1])) {
                continue;
            }
            kept.add(c);
        }
        return kept.size() == clauses.size() ? clauses : kept;
    }

    /**
     * The two halves of a comparison of one amount with another ("the longer …, the more …") are one claim, when a
     * frame cuts the quotation between them: "“The longer we wait,” the aide said, “the more difficult it will be to
     * protect current beneficiaries …”" asserts nothing in either half alone. Two clauses one after the other, of one
     * frame, each opening with "the" and a comparative, become one.
     */
    static List<Clause> correlatives(Doc d, List<Clause> clauses) {
        if (clauses.size() < 2) {
            return clauses;
        }
        List<Clause> out = new ArrayList<>(clauses);
        for (int k = 0; k + 1 < out.size(); k++) {
            Clause a = out.get(k);
            Clause b = out.get(k + 1);
            if (a.speakerHead() != b.speakerHead() || !java.util.Objects.equals(a.cue(), b.cue())
                    || !opensWithComparative(d, a) || !opensWithComparative(d, b)) {
                continue;
            }
            List<String> roles = new ArrayList<>(a.roles());
            roles.addAll(b.roles());
            out.set(k, new Clause(a.from(), b.to(), b.head(), a.content() + ", " + b.content(), b.subject(),
                    b.speakerHead(), b.cue(), roles, b.inheritedSubject()));
            out.remove(k + 1);
        }
        return out.size() == clauses.size() ? clauses : out;
    }

    /** Whether a clause's first words are "the" and a comparative ("The longer", "the more difficult"). */
    private static boolean opensWithComparative(Doc d, Clause c) {
        int k = c.from();
        while (k < c.to() && !Character.isLetterOrDigit(d.toks.get(k).word.charAt(0))) {
            k++;
        }
        if (k + 1 >= c.to() || !d.toks.get(k).word.equalsIgnoreCase("the")) {
            return false;
        }
        Doc.Tok next = d.toks.get(k + 1);
        return next.pos.equals("JJR") || next.pos.equals("RBR");
    }

    /**
     * How many of the words in [from, to) say when, and only when: a date or time ("Wednesday", "last week", "on
     * Tuesday night"), with the preposition before it. A frame closing a sentence may end with its time
     * ("…, Secretary of State Hillary Clinton revealed Wednesday."). 0 when any word says something else.
     */
    static int whenWords(Doc d, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            Doc.Tok t = d.toks.get(k);
            if (!Character.isLetterOrDigit(t.word.charAt(0))) {
                continue;
            }
            boolean time = "DATE".equals(t.ner) || "TIME".equals(t.ner);
            boolean preposition = t.pos.equals("IN") && k + 1 < to
                    && ("DATE".equals(d.toks.get(k + 1).ner) || "TIME".equals(d.toks.get(k + 1).ner));
            if (!time && !preposition) {
                return 0;
            }
            n++;
        }
        return n;
    }

    /**
     * The end of a dateline that opens the sentence ("WASHINGTON –", "BEIJING, China --", "MIAMI (AP) —"): place words
     * in capitals, with a comma and a region or an agency in brackets, then a dash. A dateline asserts nothing, so no
     * claim is made of it alone; the sentence's own first token when there is none.
     */
    static int datelineEnd(Doc d, Doc.Sent s) {
        int k = s.tokFrom;
        int caps = 0;
        while (k < s.tokTo && k - s.tokFrom < 8) {
            String w = d.toks.get(k).word;
            if (w.length() >= 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'')
                    && w.chars().anyMatch(Character::isLetter)) {
                caps++;
            } else if (caps == 0 || !(w.equals(",") || w.equals("(") || w.equals(")") || w.equals("-LRB-")
                    || w.equals("-RRB-") || Character.isUpperCase(w.charAt(0)))) {
                break;
            }
            k++;
        }
        if (caps == 0 || k >= s.tokTo) {
            return s.tokFrom;
        }
        return d.isDash(d.toks.get(k)) ? k + 1 : s.tokFrom;
    }

    /**
     * A frame after a quotation that is the whole rest of the sentence.
     *
     * @param close    the closing quotation mark; the frame is every token from it on to {@code end}
     * @param verb     the reporting verb
     * @param speaker  the frame's subject
     * @param question the quotation is a question
     * @param end      one past the frame's last token: the sentence's end, or the comma before a participle phrase
     *                 that goes on after the frame ("…,” Akin said, citing a “tremendous outpouring of support” …)
     */
    private record Frame(int close, int verb, int speaker, boolean question, int end) {
    }

    private static List<Clause> splitTree(Tree tree, int root, Frame frame) {
        Doc.Sent s = tree.s;
        List<Unit> units = new ArrayList<>();
        tree.visit(root, root, -1, null, -1, units, null);
        // a piece that asserts nothing on its own ("he said.", "Zelensky added.") is no claim: its words go back to
        // the clause it was split from, and the clauses split from it to that clause
        for (Unit u : List.copyOf(units)) {
            BitSet core = tree.core(u);
            if (tree.words(core) < MIN_WORDS || tree.bareFrame(u.head, core) || tree.stamp(core)
                    || u.parent != null && tree.relativeAfterComma(u.head)) {
                units.remove(u);
                if (u.parent != null) {
                    u.parent.children.remove(u);
                }
                for (Unit c : u.children) {
                    c.parent = u.parent;
                    if (u.parent != null) {
                        u.parent.children.add(c);
                    }
                }
            }
        }
        if (units.isEmpty()) {
            return List.of();
        }
        for (Unit u : units) {
            u.core = tree.core(u);
        }
        // in order of their first own word (the joining comma, conjunction or quote mark left out)
        units.sort(Comparator.comparingInt(u -> tree.firstOwn(u.core)));
        // a piece that would start where the one before it starts (or cover no word at all) is no piece of its own
        for (int k = units.size() - 1; k >= 1; k--) {
            int from = tree.firstOwn(units.get(k).core);
            int prev = k - 1 == 0 ? s.tokFrom : tree.firstOwn(units.get(k - 1).core);
            if (from <= prev || tree.trimEnd(prev, from) <= prev) {
                units.remove(k);
            }
        }
        List<Clause> out = new ArrayList<>();
        // where each piece starts: its first own word, or the quotation mark right before it (in "…, concluding her
        // post by saying, “Please like and share if you agree.”" the parser hangs the mark on "saying", but it opens
        // the quotation the next piece is), never at or before the start of the piece before
        int[] starts = new int[units.size()];
        for (int k = 0; k < units.size(); k++) {
            int first = k == 0 ? s.tokFrom : tree.firstOwn(units.get(k).core);
            boolean mark = k > 0 && first - 1 > starts[k - 1] && Tree.isOpeningQuote(tree.tok(first - 1));
            starts[k] = mark ? first - 1 : first;
        }
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            int from = starts[k];
            int to = k + 1 < units.size() ? tree.trimEnd(from, starts[k + 1]) : s.tokTo;
            BitSet content = tree.subtree(u.head);
            for (Unit c : u.children) {
                content.andNot(tree.subtree(c.top));
            }
            if (u.frame >= 0) {
                content.andNot(tree.frameWords(u.frame));
            }
            int speakerHead = u.speakerHead;
            String cue = u.cue;
            int source = tree.accordingTo(u.head);
            if (source >= 0) {
                // "According to Peter Keating at Vanity Fair, $1.1 million is the estimated cost …": who it is
                // according to is the frame, not part of what is asserted, and its cue for a clause with no frame of
                // its own (the speaker comes from the report the attribution rules make of it, as before)
                content.andNot(tree.subtree(source));
                if (speakerHead < 0 && cue == null) {
                    cue = "according to";
                }
            }
            int[] aside = tree.asFrame(content);
            if (aside != null) {
                // "…, and, as TPM notes, his district is 35 percent Latino.": the aside names who says the clause
                // (the parser read "notes" as a noun); its words are no part of what is asserted, and its verb is the
                // cue of a clause that has none
                int asideFrom = aside[0] > s.tokFrom && tree.tok(aside[0] - 1).word.equals(",") ? aside[0] - 1 : aside[0];
                content.clear(asideFrom - s.tokFrom, aside[1] - s.tokFrom);
                if (speakerHead < 0 && cue == null) {
                    speakerHead = aside[3];
                    cue = tree.tok(aside[2]).word;
                }
            }
            if (frame != null) {
                // "“Tell me who you are,” Mr. Etheridge said.", parsed with the quoted words hung on "said": the
                // frame's words are no part of what is said, and its verb is the cue of a clause that has none
                content.clear(frame.close() - s.tokFrom, frame.end() - s.tokFrom);
                if (cue == null && u.head < frame.end()) {
                    speakerHead = frame.speaker();
                    cue = tree.tok(frame.verb()).word;
                }
            }
            tree.dropJoiners(content, u.head);
            String subject = tree.subjectText(u.head);
            if (subject != null && frame != null && tree.subjectOf(u.head) >= frame.close()) {
                subject = null; // the frame's subject, not the quotation's
            }
            String text = tree.text(content);
            int inherited = -1;
            if (subject == null && u.inheritedSubject >= 0) {
                subject = tree.text(tree.subjectPhrase(u.inheritedSubject));
                text = subject + " " + text;
                inherited = u.inheritedSubject;
            }
            out.add(new Clause(from, to, u.head, text, subject, speakerHead, cue,
                    Roles.of(tree.d, s, content, tree.children), inherited));
        }
        return out;
    }

    /** The sentence's tree with the operations the rules need; bit i of a set is token {@code s.tokFrom + i}. */
    private static final class Tree {
        final Doc d;
        final Doc.Sent s;
        final List<List<Integer>> children;
        /** Nouns the parser hung elsewhere that are the subject of the verb they were moved to. */
        final Set<Integer> madeSubjects = new java.util.HashSet<>();
        /** The frame after the sentence's quotation ({@link #quoteThenFrame}), once known; null before or when none. */
        Frame tail;
        /** Verbs the parser hung on a verb of saying unlabelled that are the clause it reports ({@link #objectThenVerb}). */
        final Set<Integer> madeComplements = new java.util.HashSet<>();
        /** A reporting verb the parser made the root of a clause it only interrupts, and that clause's head. */
        final java.util.Map<Integer, Integer> parenthetical = new java.util.HashMap<>();

        Tree(Doc d, Doc.Sent s, List<List<Integer>> children) {
            this.d = d;
            this.s = s;
            this.children = children;
        }

        Doc.Tok tok(int i) {
            return d.toks.get(i);
        }

        /**
         * A question asserts nothing: a sentence whose last mark (closing quotation marks and brackets aside) is a
         * question mark ("Do you fully support the Obama agenda?", "Will it be a big story?").
         */
        boolean isQuestion() {
            for (int k = s.tokTo - 1; k >= s.tokFrom; k--) {
                Doc.Tok t = tok(k);
                if (t.word.equals("?")) {
                    // "…, with one blogger asking, “Can anyone …?”": a question quoted inside the reporter's
                    // sentence leaves that sentence an assertion
                    int j = k;
                    while (j > s.tokFrom && tok(j - 1).inQuote) {
                        j--;
                    }
                    return !t.inQuote || s.tokFrom + 1 >= j && (j == s.tokFrom || isOpeningQuote(tok(s.tokFrom)))
                            || !subjectOutsideQuotes() || framedQuestion();
                }
                if (isWord(t) || !(isClosingMark(t) || t.word.equals(")") || t.word.equals("]"))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A quoted question cut by its frame: "“Is it true,” Chief Justice Roberts asked Mr. Sellers, “that Wal-Mart’s
         * pay disparity … was less than the national average?”" The sentence opens with the quotation and has at most
         * {@link #FRAME_TAIL} words outside quotation marks.
         */
        boolean framedQuestion() {
            if (!isOpeningQuote(tok(s.tokFrom))) {
                return false;
            }
            int outside = 0;
            for (int k = s.tokFrom; k < s.tokTo; k++) {
                if (!tok(k).inQuote && isWord(tok(k))) {
                    outside++;
                }
            }
            return outside <= FRAME_TAIL;
        }

        /**
         * Whether a word outside quotation marks is a subject: "Asked point-blank, “Is that picture you?”" has none,
         * and asks without asserting anything; "…, with one blogger asking, “Can anyone …?”" has one.
         */
        boolean subjectOutsideQuotes() {
            for (int k = s.tokFrom; k < s.tokTo; k++) {
                if (!tok(k).inQuote && isWord(tok(k)) && SUBJECTS.contains(tok(k).dep)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The frame of the sentence before, cut off by the sentence splitter after a quotation that ends with "!" or
         * "?": "“Who are you!” | the seven-term congressman demands." A sentence opening in lower case right after
         * such a quotation, in the same paragraph, whose verb has a subject and nothing else (no object, no clause,
         * no phrase), asserts nothing of its own; nor does one opening in upper case whose verb is one of saying, after
         * a quotation that ends with "?", "!" or "." ("“… how do you work out the back pay?” | Justice Ginsburg
         * asked.").
         */
        boolean splitFrame(int root) {
            Doc.Tok first = tok(s.tokFrom);
            if (s.index == 0 || root < 0 || !isWord(first)) {
                return false;
            }
            // "“What seems to me a very serious problem in this case is, how do you work out the back pay?” | Justice
            // Ginsburg asked.": opening in upper case, the sentence is only a frame when its verb is one of saying
            boolean lower = Character.isLowerCase(first.word.codePointAt(0));
            String lemma = tok(root).lemma == null ? "" : tok(root).lemma.toLowerCase(java.util.Locale.ROOT);
            if (!lower && !(tok(root).pos.startsWith("VB")
                    && (FRAME_VERBS.contains(lemma) || TAIL_FRAME_VERBS.contains(lemma)))) {
                return false;
            }
            Doc.Sent prev = d.sents.get(s.index - 1);
            if (prev.paragraph != s.paragraph || prev.tokTo - prev.tokFrom < 2
                    || !isClosingMark(tok(prev.tokTo - 1))
                    || !(tok(prev.tokTo - 2).word.equals("!") || tok(prev.tokTo - 2).word.equals("?")
                    || !lower && tok(prev.tokTo - 2).word.equals("."))) {
                return false;
            }
            if (hasChild(root, COMPLEMENTS) || hasChild(root, Set.of("ccomp", "xcomp", "parataxis", "conj"))) {
                return false;
            }
            // the verb may be tagged a noun ("the seven-term congressman demands" parsed as one noun phrase)
            boolean verb = false;
            for (int k = s.tokFrom; k < s.tokTo; k++) {
                verb |= tok(k).pos.startsWith("VB") || tok(k).pos.equals("MD");
            }
            return verb ? tok(root).pos.startsWith("VB") && subjectOf(root) >= 0 : root == lastWord();
        }

        int lastWord() {
            for (int k = s.tokTo - 1; k >= s.tokFrom; k--) {
                if (isWord(tok(k))) {
                    return k;
                }
            }
            return -1;
        }

        static boolean isClosingMark(Doc.Tok t) {
            return t.word.equals("\u201D") || t.word.equals("\u2019") || t.word.equals("''") || t.word.equals("\"")
                    || t.word.equals("'");
        }

        /**
         * A sentence that is a quotation followed by its frame and nothing else: "“I would if I knew who they
         * were,” he said.", "“…,” said Jon Thompson, a Republican spokesman.", "“…,” Mr. Romney said in a
         * statement." The frame's words are no part of any claim; its subject is the speaker and its verb the cue of
         * the claims that have no frame of their own; a quoted question is no claim. Null when the sentence has another
         * shape: the frame may
         * have one reporting verb and no other finite verb (participles and infinitives of a speaker's description
         * aside), and at most {@link #FRAME_TAIL} words.
         */
        Frame quoteThenFrame() {
            int k = s.tokFrom;
            while (k < s.tokTo && !isWord(tok(k)) && isOpeningQuote(tok(k))) {
                k++;
            }
            // "“There is a growing group … before year-end. | I mean, we have one house, that's it,” Corker said.":
            // a sentence that goes on with a quotation opened in the sentence before has no opening mark of its own
            boolean goesOn = k == s.tokFrom && k < s.tokTo && tok(k).inQuote;
            if (k == s.tokFrom && !goesOn || k >= s.tokTo || !tok(k).inQuote) {
                return null;
            }
            int first = k;
            while (k < s.tokTo && tok(k).inQuote) {
                k++;
            }
            if (k >= s.tokTo || !isClosingMark(tok(k))) {
                return null;
            }
            int close = k;
            // "“…,” said Mr. Mattioli, who joined Mr. Hutchinson at the news conference.", "“…,” Representative Tom
            // Cole, an Oklahoma Republican and Boehner lieutenant, said Sunday night.": what describes the speaker
            // (an apposition, a relative clause) is part of the frame, however long, and its verbs are no other claim
            BitSet described = describedSpeaker(close);
            int verb = -1;
            boolean nounVerb = false;
            int words = 0;
            int end = s.tokTo;
            BitSet circumstance = null;
            for (int j = close + 1; j < s.tokTo; j++) {
                Doc.Tok t = tok(j);
                if (verb >= 0 && t.word.equals(",") && j + 1 < s.tokTo && tok(j + 1).pos.equals("VBG")
                        && !described.get(j + 1 - s.tokFrom) && !FRAME_PARTICIPLES.contains(
                        tok(j + 1).lemma.toLowerCase(java.util.Locale.ROOT))) {
                    // "“…,” Mr. Romney said in a statement, citing former Missouri senators like …": the frame
                    // ends at the comma; the participle phrase after it is a second assertion, not the frame's
                    end = j;
                    break;
                }
                int title = quotedTitleEnd(j);
                if (title > j) {
                    // "“…,” Trump told NBC's “Today” show on Thursday.", "he told “Today.”": a programme's or
                    // paper's name in quotation marks is a word of the frame, not another quotation
                    for (int w = j + 1; w < title; w++) {
                        words += isWord(tok(w)) ? 1 : 0;
                    }
                    j = title;
                    continue;
                }
                if (t.inQuote || (isClosingMark(t) && !possessiveMark(j)) || isOpeningQuote(t)) {
                    return null;
                }
                if (described.get(j - s.tokFrom)) {
                    continue;
                }
                if (verb >= 0 && circumstance == null) {
                    circumstance = frameCircumstance(verb);
                }
                if (circumstance != null && circumstance.get(j - s.tokFrom)) {
                    continue;
                }
                if (isWord(t)) {
                    words++;
                }
                String lemma = t.lemma.toLowerCase(java.util.Locale.ROOT);
                boolean frameVerb = isFrameVerb(j) || t.pos.startsWith("VB") && TAIL_FRAME_VERBS.contains(lemma);
                // "“Who are you!” the seven-term congressman demands.": the tagger reads the verb as a plural noun
                boolean mistagged = !frameVerb && t.pos.equals("NNS") && j == lastWord() && j - 1 > close
                        && tok(j - 1).pos.startsWith("NN")
                        && (FRAME_VERBS.contains(lemma) || TAIL_FRAME_VERBS.contains(lemma));
                if (mistagged && verb < 0) {
                    verb = j;
                    nounVerb = true;
                } else if (frameVerb && verb < 0) {
                    verb = j;
                } else if (t.pos.startsWith("VB") && !t.pos.equals("VBN") && !t.pos.equals("VBG")
                        && !(j > 0 && tok(j - 1).word.equalsIgnoreCase("to")) || t.pos.equals("MD")) {
                    return null;
                }
            }
            if (verb < 0 || words > FRAME_TAIL) {
                return null;
            }
            int speaker = nounVerb ? verb - 1 : nsubjOf(verb);
            if (speaker <= close) {
                speaker = -1;
                // "…,” explained newly-minted Speaker John Boehner to the Post.": the parser makes the name after
                // the verb its object
                for (int c : kids(verb)) {
                    if (c > verb && isDep(tok(c), "obj") && tok(c).pos.startsWith("NNP")) {
                        speaker = c;
                    }
                }
            }
            if (speaker < 0) {
                // "…,” said Romney: the name right after the verb
                for (int j = verb + 1; j < s.tokTo && (tok(j).pos.startsWith("NN") || tok(j).pos.equals("PRP"));
                        j++) {
                    speaker = j;
                }
            }
            if (speaker < 0) {
                return null;
            }
            boolean question = false;
            for (int j = close - 1; j >= first && !isWord(tok(j)); j--) {
                // "?", or "!" after a question word: "“Who are you!”"
                question |= tok(j).word.equals("?") || tok(j).word.equals("!")
                        && Set.of("WP", "WRB", "WDT").contains(tok(first).pos);
            }
            return new Frame(close, verb, speaker, question, end);
        }

        /**
         * The words after a closing frame's verb that say when or how the words were spoken, not what else was
         * asserted: a prepositional phrase of the verb ("“For years I lived off my campaign,” Mr. Jackson, 47, said in
         * response to questions from the judge about the plea.") and an adverbial clause of the verb with no subject
         * of its own opened by a word of time ("“Guilty, Your Honor — I misled the American people,” Mr. Jackson said
         * when asked whether he would accept the plea deal."). They belong to the frame however long, and their verbs
         * are no second clause of the sentence.
         */
        BitSet frameCircumstance(int verb) {
            BitSet out = new BitSet();
            for (int c : kids(verb)) {
                Doc.Tok t = tok(c);
                if (c < verb || t.inQuote) {
                    continue;
                }
                boolean phrase = base(t.dep).equals("obl") && t.pos.startsWith("NN") && hasChild(c, Set.of("case"));
                boolean when = false;
                if (t.dep.equals("advcl") && subjectOf(c) < 0 && (t.pos.equals("VBN") || t.pos.equals("VBG"))) {
                    for (int k : kids(c)) {
                        when |= k < c && (isDep(tok(k), "mark") || isDep(tok(k), "advmod"))
                                && TIME_MARKS.contains(tok(k).word.toLowerCase(java.util.Locale.ROOT));
                    }
                }
                if (!phrase && !when) {
                    continue;
                }
                BitSet sub = subtree(c);
                if (contiguous(sub) && sub.nextSetBit(0) + s.tokFrom > verb) {
                    out.or(sub);
                }
            }
            return out;
        }

        /** Words that open an adverbial clause of time ("when asked whether …", "after being told …"). */
        private static final Set<String> TIME_MARKS = Set.of("when", "after", "before", "while", "once", "until");

        /**
         * Where a title in quotation marks that opens at {@code j} closes: an opening mark, one to four words that
         * open and close in upper case with only small words between ("Today", "Fox News Sunday", "Meet the
         * Press"), perhaps a full stop, and the closing mark; -1 when {@code j} opens no such title. Only the words
         * after a quotation and its closing mark are read this way, never a quotation itself.
         */
        int quotedTitleEnd(int j) {
            if (!isOpeningQuote(tok(j)) && !tok(j).word.equals("\"")) {
                return -1;
            }
            int words = 0;
            for (int k = j + 1; k < s.tokTo && k <= j + 6; k++) {
                Doc.Tok t = tok(k);
                if (isClosingMark(t)) {
                    boolean capitalisedLast = k - 1 > j && (!isWord(tok(k - 1))
                            || Character.isUpperCase(tok(k - 1).word.codePointAt(0)));
                    return words >= 1 && words <= 4 && capitalisedLast
                            && Character.isUpperCase(tok(j + 1).word.codePointAt(0)) ? k : -1;
                }
                if (isWord(t)) {
                    words++;
                    if (!Character.isUpperCase(t.word.codePointAt(0)) && !SMALL_TITLE_WORDS.contains(t.word)) {
                        return -1;
                    }
                } else if (!t.word.equals(".") && !t.word.equals("&")) {
                    return -1;
                }
            }
            return -1;
        }

        /** Small words a title in quotation marks may have between its capitalised ones ("Meet the Press"). */
        private static final Set<String> SMALL_TITLE_WORDS = Set.of("the", "of", "and", "a", "on", "in", "to");

        /**
         * A frame after the sentence's last comma that closes a sentence with no quotation in it: a subject of a few
         * words, a verb of saying and at most when it was said ("…, the Los Angeles Times reports.", "…, Secretary
         * of State Hillary Clinton revealed Wednesday."). It reports all before the comma. The parser often hangs
         * such a frame's name on the report's last noun, as an apposition; the name right before the verb is then
         * its subject.
         */
        Frame closingFrame() {
            int comma = -1;
            int quoted = -1;
            for (int k = s.tokFrom; k < s.tokTo; k++) {
                if (tok(k).inQuote || isOpeningQuote(tok(k))) {
                    quoted = k;
                } else if (tok(k).word.equals(",")) {
                    comma = k;
                }
            }
            // quoted words may stand in the report, not in the frame, and not at its start ("Ken Livingstone should
            // "stick to his guns" and not apologise for his "Nazi" comment to a Jewish reporter, Tory MP Boris
            // Johnson has insisted."): a quotation that opens the sentence is one the quote rules frame
            if (quoted >= 0 && (quoted > comma || tok(s.tokFrom).inQuote || isOpeningQuote(tok(s.tokFrom)))) {
                return null;
            }
            if (comma <= s.tokFrom || d.words(s.tokFrom, comma) < MIN_WORDS) {
                return null;
            }
            int verb = -1;
            for (int j = comma + 1; j < s.tokTo && verb < 0; j++) {
                if (isFrameVerb(j)) {
                    verb = j;
                }
            }
            if (verb < 0 || verb == comma + 1 || d.words(comma + 1, verb) > 6) {
                return null;
            }
            // "…, Tory MP Boris Johnson has insisted.": an auxiliary right before the verb
            int last = verb - 1;
            while (last > comma + 1 && tok(last).dep.startsWith("aux") && tok(last).head == verb) {
                last--;
            }
            for (int j = comma + 1; j <= last; j++) {
                String pos = tok(j).pos;
                // "…, two of the people said.": a number heads the subject
                if (!(pos.startsWith("NN") || pos.equals("DT") || pos.equals("IN") || pos.equals("POS")
                        || pos.startsWith("JJ") || pos.equals("PRP") || pos.equals("CD"))) {
                    return null;
                }
            }
            if (d.words(verb + 1, s.tokTo) > whenWords(d, verb + 1, s.tokTo)) {
                return null;
            }
            int speaker = nsubjOf(verb);
            if (speaker <= comma) {
                speaker = tok(last).pos.startsWith("NN") || tok(last).pos.equals("PRP") ? last : -1;
            }
            return speaker < 0 ? null : new Frame(comma, verb, speaker, false, s.tokTo);
        }

        /**
         * The words after the closing mark at {@code close} that describe the frame's subject: an apposition or a
         * relative clause set off by a comma after a name or noun there ("Mr. Mattioli, who joined …", "Tom Cole, an
         * Oklahoma Republican and Boehner lieutenant,"), the comma included; bit i is token {@code s.tokFrom + i}.
         */
        BitSet describedSpeaker(int close) {
            BitSet out = new BitSet();
            for (int j = close + 1; j < s.tokTo; j++) {
                Doc.Tok t = tok(j);
                // "“…,” Labrador, who is 46, said …": the parser may give a relative clause set off by commas
                // another label ("46" a dep of "Labrador"); its "who" after the comma says what it is
                if (!(t.dep.equals("appos") || t.dep.equals("acl:relcl") || relativeAfterComma(j))
                        || t.head <= close || t.head >= j
                        || !tok(t.head).pos.startsWith("NN") || t.inQuote) {
                    continue;
                }
                Doc.Tok noun = tok(t.head);
                if (!SUBJECTS.contains(noun.dep) && !(noun.head > close && noun.head < s.tokTo
                        && isFrameVerb(noun.head))) {
                    continue; // only what describes the frame's subject ("said Mr. Mattioli, who …")
                }
                BitSet sub = subtree(j);
                int from = sub.nextSetBit(0) + s.tokFrom;
                if (from - 1 <= close || !tok(from - 1).word.equals(",")) {
                    continue;
                }
                out.or(sub);
                out.set(from - 1 - s.tokFrom);
                int after = sub.length() + s.tokFrom;
                if (after < s.tokTo && tok(after).word.equals(",")) {
                    out.set(after - s.tokFrom);
                }
            }
            return out;
        }

        /**
         * Whether the mark at {@code j} is a possessive apostrophe, not a quotation mark: written right after a word
         * ending in "s" and followed by a space and a word ("“…,” FreedomWorks’ website said Friday.", which the
         * tagger reads as a closing quotation mark).
         */
        boolean possessiveMark(int j) {
            Doc.Tok t = tok(j);
            if (!(t.word.equals("'") || t.word.equals("\u2019") || t.word.equals("''")) || t.inQuote
                    || j <= s.tokFrom || j + 1 >= s.tokTo) {
                return false;
            }
            Doc.Tok before = tok(j - 1);
            Doc.Tok after = tok(j + 1);
            String body = d.body.text();
            return before.end == t.start && isWord(before) && before.word.toLowerCase(java.util.Locale.ROOT).endsWith("s")
                    && after.start > t.end && isWord(after) && body.substring(t.start, t.end).length() == 1;
        }

        /**
         * Whether the clause headed by {@code head} is a relative clause set off by a comma ("… the August 9 death of
         * 18-year-old Michael Brown, who was shot by Ferguson Police Officer Darren Wilson."), which the parser may
         * hang on the main verb as a clause of its own: its subject is "who" or "which" right after the comma. Such a
         * clause describes what it follows and stays in its clause.
         */
        boolean relativeAfterComma(int head) {
            for (int c : kids(head)) {
                Doc.Tok t = tok(c);
                if (t.dep.startsWith("nsubj") && !t.inQuote && (t.pos.equals("WP") || t.pos.equals("WDT"))
                        && (t.word.equalsIgnoreCase("who") || t.word.equalsIgnoreCase("which"))
                        && c > s.tokFrom && tok(c - 1).word.equals(",")) {
                    return true;
                }
            }
            return false;
        }

        List<Integer> kids(int i) {
            return children.get(i - s.tokFrom);
        }

        BitSet subtree(int i) {
            BitSet b = new BitSet();
            List<Integer> stack = new ArrayList<>(List.of(i));
            while (!stack.isEmpty()) {
                int t = stack.remove(stack.size() - 1);
                if (!b.get(t - s.tokFrom)) {
                    b.set(t - s.tokFrom);
                    stack.addAll(kids(t));
                }
            }
            return b;
        }

        int words(BitSet b) {
            int w = 0;
            for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
                if (isWord(tok(s.tokFrom + i))) {
                    w++;
                }
            }
            return w;
        }

        static boolean isWord(Doc.Tok t) {
            return t.word.codePoints().anyMatch(Character::isLetterOrDigit);
        }

        static boolean isDep(Doc.Tok t, String base) {
            return t.dep.equals(base) || t.dep.startsWith(base + ":");
        }

        boolean hasChild(int i, Set<String> deps) {
            for (int c : kids(i)) {
                if (deps.contains(tok(c).dep) || deps.contains(base(tok(c).dep))) {
                    return true;
                }
            }
            return false;
        }

        static String base(String dep) {
            int colon = dep.indexOf(':');
            return colon < 0 ? dep : dep.substring(0, colon);
        }

        int subjectOf(int i) {
            for (int c : kids(i)) {
                if (SUBJECTS.contains(tok(c).dep) || madeSubjects.contains(c)) {
                    return c;
                }
            }
            return -1;
        }

        String subjectText(int i) {
            int subj = subjectOf(i);
            if (subj < 0) {
                return null;
            }
            BitSet b = subjectPhrase(subj);
            int first = b.nextSetBit(0) + s.tokFrom;
            // "Larry Summers warned Wednesday that failure to pass … would significantly raise the risk …": the "that"
            // the parser made a mark of the clausal subject is the reported clause's complementizer, no part of its
            // subject, when that clause has no mark of its own ("That he lied is clear" keeps its "that")
            if (first >= s.tokFrom && first < subj && tok(first).word.equalsIgnoreCase("that")
                    && tok(first).dep.equals("mark") && tok(first).head == subj && tok(subj).dep.startsWith("csubj")
                    && tok(i).dep.equals("ccomp") && !hasChild(i, Set.of("mark")) && b.cardinality() > 1) {
                b.clear(first - s.tokFrom);
            }
            String t = text(b);
            String last = tok(s.tokFrom + b.length() - 1).word;
            // "Wal-Mart Stores Inc., the world's largest employer, …": the subject ends with an abbreviation's point
            return last.length() > 1 && last.endsWith(".") && !t.endsWith(".") && t.endsWith(last.substring(0,
                    last.length() - 1)) ? t + "." : t;
        }

        /** What describes a subject's noun after a comma: an apposition, a relative or participle clause, an age. */
        private static final Set<String> DESCRIPTIONS = Set.of("appos", "acl", "acl:relcl", "nummod", "amod",
                "nmod");

        /**
         * The words of the subject headed by {@code subj}, less what describes its noun after a comma: "Mr. Arpaio,
         * who gained wide notice for forcing inmates to wear pink underwear …, is popular in his state" has the
         * subject "Mr. Arpaio"; so "Arizona Sheriff Joe Arpaio, known for his tough and controversial stances …",
         * "Economics professor Dave Brat, the Tea Party candidate who defeated Cantor" (Dave Brat), "McCarthy, 49".
         * The comma before the description goes with it, and the one after it. A coordination ("Perry, Romney and
         * Cain"), a description with no comma before it ("the candidate who defeated Cantor") and an apposition after
         * a common noun, which may be the name ("a longtime Arpaio ally, Arizona State Sen. Russell Pearce"), stay.
         */
        BitSet subjectPhrase(int subj) {
            BitSet b = subtree(subj);
            if (subj < datelineEnd(d, s)) {
                return b; // "FERGUSON, Mo. — Attorney General Eric H. Holder Jr. arrived …": the dateline is cut after
            }
            List<Integer> kids = new ArrayList<>(kids(subj));
            kids.sort(Comparator.reverseOrder()); // the last description first: two in a row both go
            for (int c : kids) {
                Doc.Tok t = tok(c);
                boolean clause = t.dep.startsWith("acl") || relativeAfterComma(c);
                // an apposition describes a name ("Dave Brat, the Tea Party candidate …"); after a common noun it
                // may be the name ("a longtime Arpaio ally, Arizona State Sen. Russell Pearce, was defeated …")
                // and one headed by a name with no article may be the name, or the next in a list of names ("One
                // Democrat, Representative Stephen F. Lynch of Massachusetts", "Mitt Romney, Rick Perry, … and Ron
                // Paul"; not "Etheridge, a Democrat")
                boolean describesName = tok(subj).pos.startsWith("NNP") && DESCRIPTIONS.contains(t.dep)
                        && !(t.dep.equals("appos") && t.pos.startsWith("NNP") && !hasChild(c, Set.of("det")));
                if (c <= subj || t.inQuote || !(clause || describesName)) {
                    continue;
                }
                BitSet sub = subtree(c);
                int from = sub.nextSetBit(0) + s.tokFrom;
                int after = sub.length() + s.tokFrom;
                boolean closed = after < s.tokTo && tok(after).word.equals(",");
                // the description must end the subject: "Raul Labrador, a 46-year-old Mormon father of five, tea party
                // congressman and Puerto Rican-born only child …" goes on with more of the description
                boolean last = b.nextSetBit(after - s.tokFrom + (closed ? 1 : 0)) < 0;
                boolean dash = false;
                for (int k = sub.nextSetBit(0); k >= 0; k = sub.nextSetBit(k + 1)) {
                    dash |= d.isDash(tok(s.tokFrom + k));
                }
                // "Kyiv, Ukraine - Tensions are escalating …": a dateline run into the sentence, no description
                if (!contiguous(sub) || from - 1 <= subj || !tok(from - 1).word.equals(",")
                        || !b.get(from - 1 - s.tokFrom) || !last || dash) {
                    continue;
                }
                b.andNot(sub);
                b.clear(from - 1 - s.tokFrom);
                if (closed) {
                    b.clear(after - s.tokFrom);
                }
            }
            innerRelative(subj, b);
            partyLabel(subj, b);
            return b.isEmpty() ? subtree(subj) : b;
        }

        /**
         * Takes out of the subject phrase {@code b} a short part in parentheses that ends it right after the name
         * it heads: "House Majority Whip Kevin McCarthy (R-Calif.)" is "House Majority Whip Kevin McCarthy".
         */
        void partyLabel(int subj, BitSet b) {
            int last = b.length() - 1 + s.tokFrom;
            if (last <= subj || !tok(last).word.equals(")") || !tok(subj).pos.startsWith("NNP")) {
                return;
            }
            int open = last - 1;
            while (open > subj && !tok(open).word.equals("(") && last - open <= 6) {
                open--;
            }
            if (open != subj + 1 || !tok(open).word.equals("(") || last - open < 2) {
                return;
            }
            for (int k = open; k <= last; k++) {
                if (!b.get(k - s.tokFrom)) {
                    return;
                }
            }
            b.clear(open - s.tokFrom, last - s.tokFrom + 1);
        }

        /**
         * Takes out of the subject phrase {@code b} a relative clause set off by a comma (or between two dashes) that
         * ends it and describes a noun inside it, not its head: "Conservative members of the Republicans in the House,
         * where they hold a majority, had been adamant …" has the subject "Conservative members of the Republicans in
         * the House".
         */
        void innerRelative(int subj, BitSet b) {
            for (int k = b.length() - 1; k >= 0; k = k == 0 ? -1 : b.previousSetBit(k - 1)) {
                int c = s.tokFrom + k;
                Doc.Tok t = tok(c);
                if (c <= subj || t.head == subj || t.inQuote || !t.dep.equals("acl:relcl")) {
                    continue;
                }
                BitSet sub = subtree(c);
                int from = sub.nextSetBit(0) + s.tokFrom;
                int after = sub.length() + s.tokFrom;
                // a clause between two dashes is set off as one after a comma: "The path to legalization's inclusion
                // in the plan - which House Republican leaders discussed as recently as Wednesday -- could prove …"
                boolean dashed = from - 1 > subj && d.isDash(tok(from - 1)) && after < s.tokTo && d.isDash(tok(after));
                boolean closed = after < s.tokTo && (tok(after).word.equals(",") || dashed);
                if (!contiguous(sub) || from - 1 <= subj || !(tok(from - 1).word.equals(",") || dashed)
                        || !b.get(from - 1 - s.tokFrom) || !tok(from).pos.startsWith("W")
                        || b.nextSetBit(after - s.tokFrom + (closed ? 1 : 0)) >= 0) {
                    continue;
                }
                boolean dash = false;
                for (int j = sub.nextSetBit(0); j >= 0; j = sub.nextSetBit(j + 1)) {
                    dash |= d.isDash(tok(s.tokFrom + j));
                }
                if (!dash) {
                    b.andNot(sub);
                    b.clear(from - 1 - s.tokFrom);
                    if (closed) {
                        b.clear(after - s.tokFrom);
                    }
                }
                return;
            }
        }

        boolean isPredicate(int i) {
            Doc.Tok t = tok(i);
            return t.pos.startsWith("VB") || subjectOf(i) >= 0 || hasChild(i, Set.of("cop"));
        }

        /** A verb of saying or belief with a clausal complement: the complements, else an empty list. */
        List<Integer> frameContents(int i) {
            List<Integer> out = new ArrayList<>(reportedClauses(i));
            // a further reported clause with no subject of its own must be one stretch of words: in "… had fought
            // six soldiers and two of them had been taken prisoner", parsed with "two of them" hung elsewhere,
            // "had been taken prisoner" is no claim
            out.removeIf(c -> out.indexOf(c) > 0 && subjectOf(c) < 0 && !contiguous(subtree(c)));
            // a parataxis after the verb, not set off by punctuation, is words the parser lost: subjectless, or
            // a relative clause with no "that" right after its noun ("the mistakes I have made")
            out.removeIf(c -> tok(c).dep.equals("parataxis") && c > i && !afterPunctuation(c)
                    && (subjectOf(c) < 0 || afterNoun(c)) && !madeComplements.contains(c));
            return out;
        }

        static boolean contiguous(BitSet b) {
            return b.isEmpty() || b.nextClearBit(b.nextSetBit(0)) >= b.length();
        }

        private List<Integer> reportedClauses(int i) {
            Doc.Tok t = tok(i);
            if (t.pos.startsWith("VB") && THAT_FRAME_VERBS.contains(t.lemma.toLowerCase(java.util.Locale.ROOT))) {
                return thatComplements(i);
            }
            if (t.pos.startsWith("VB") && !FRAME_VERBS.contains(t.lemma.toLowerCase(java.util.Locale.ROOT))
                    && Attributor.isMannerVerb(t.lemma)) {
                return mannerQuotation(i);
            }
            if (t.pos.startsWith("VB") && !FRAME_VERBS.contains(t.lemma.toLowerCase(java.util.Locale.ROOT))
                    && TELLING_HOW.contains(t.lemma.toLowerCase(java.util.Locale.ROOT))) {
                // "described how he was stopped …": of "describe" or "recount", only the account of what happened
                List<Integer> how = new ArrayList<>();
                for (int c : kids(i)) {
                    if (tok(c).dep.equals("ccomp") && toldHow(i, c) && !negated(i) && !notYetSaid(i)
                            && words(subtree(c)) >= MIN_WORDS) {
                        how.add(c);
                    }
                }
                return how;
            }
            if (!t.pos.startsWith("VB") || !FRAME_VERBS.contains(t.lemma.toLowerCase(java.util.Locale.ROOT))) {
                return List.of();
            }
            if (t.lemma.equalsIgnoreCase("add") && kids(i).stream().anyMatch(o -> o > i && isDep(tok(o), "obl")
                    && kids(o).stream().anyMatch(k -> k == i + 1 && tok(k).word.equalsIgnoreCase("to")))) {
                // NYT "…, adding to the sense that the situation was out of control": "add to" makes more of
                // something; the clause after the noun says what the sense is, nobody says it
                return List.of();
            }
            if (negated(i)) {
                // "I don't think the Constitution is propaganda": a negated frame does not assert its complement;
                // the whole sentence, negation and all, is the claim
                return List.of();
            }
            if (notYetSaid(i)) {
                // "RNC Chairman Michael Steele is expected by some to announce that he will not seek a second term
                // …": an announcement expected or planned has not been made; the whole sentence is the claim
                return List.of();
            }
            // "The subpoenas were disclosed Thursday, the same day the … campaign announced …": what was disclosed
            // is the verb's subject; a clause beside it is no report of it (a "that" clause still is: "Some people
            // were told that they would be meeting with an official …")
            boolean passive = passiveSubject(i);
            List<Integer> out = new ArrayList<>();
            // "“A,” Zelensky said" parsed with the quotation as a second subject: the earlier subject is what is said
            int speaker = nsubjOf(i);
            if (speaker >= 0 && invertedSpeaker(i) >= 0) {
                // "… but the final version “calls on the tea party …,” said Hilary Shelton": the subject holds
                // the quotation, the name after the verb says it
                out.add(speaker);
            }
            for (int c : kids(i)) {
                if (isDep(tok(c), "nsubj") && c != speaker && c < speaker && words(subtree(c)) >= MIN_WORDS) {
                    out.add(c);
                }
            }
            for (int c : kids(i)) {
                if (passive && !tok(c).dep.equals("ccomp")) {
                    continue;
                }
                if (tail != null && c == tail.verb() && i < tail.close()) {
                    // "“We disclose user data to government …, and we review all such requests carefully,” the
                    // spokesperson said.": the closing frame, hung on a verb inside the quotation, is what reports
                    // the quotation, not what the quotation's verb reports
                    continue;
                }
                if ((tok(c).dep.equals("ccomp") || tok(c).dep.equals("parataxis") || tok(c).dep.equals("csubj")
                        || madeComplements.contains(c) || quotedDep(i, c))
                        && words(subtree(c)) >= MIN_WORDS && (!embeddedQuestion(c) || toldHow(i, c))) {
                    out.add(c);
                }
            }
            return out;
        }

        /**
         * A verb of telling whose complement says how something happened: Fox "The attorney general then described
         * how he was stopped twice on the New Jersey Turnpike and accused of speeding.", HuffPost "Holder told others
         * at the community college how he had been stopped …". The account is what is reported: the "how" clause is
         * the claim, under the frame, with the "how" left out ({@link #dropJoiners}). Only "how" as the first word of
         * a clause headed by a verb with its own subject ("how humiliating that was" asks how much, and stays), and
         * only after "tell", "describe", "explain", "recall" or "recount" (not after "ask" or "wonder"), not in the
         * infinitive.
         */
        boolean toldHow(int verb, int c) {
            // (not an infinitive: "referred to a simple test … to explain how they determined that conclusion" has
            // not given the account)
            if (!TELLING_HOW.contains(tok(verb).lemma.toLowerCase(java.util.Locale.ROOT)) || !tok(c).pos.startsWith("VB")
                    || subjectOf(c) < 0 || tok(verb).pos.equals("VB")) {
                return false;
            }
            int first = subtree(c).nextSetBit(0) + s.tokFrom;
            return tok(first).word.equalsIgnoreCase("how") && tok(first).head == c
                    && isDep(tok(first), "advmod") && first > verb;
        }

        /**
         * The finite complement clauses after a verb of {@link #THAT_FRAME_VERBS}, each with its own subject: "worry
         * that …", "warned Congress that …"; none when the verb is negated, passive or expected only.
         */
        private List<Integer> thatComplements(int i) {
            // "Ms. Nuland sent … an even more pointed e-mail, objecting that the talking points could be “abused” …":
            // a participle set off by a comma has its subject in the clause it hangs on
            boolean setOffParticiple = tok(i).pos.equals("VBG") && afterPunctuation(i)
                    && Set.of("advcl", "xcomp", "dep").contains(tok(i).dep);
            if (negated(i) || notYetSaid(i) || passiveSubject(i) || nsubjOf(i) < 0 && !setOffParticiple) {
                return List.of();
            }
            if (tok(i).lemma.equalsIgnoreCase("find") && (tail != null || closingFrame() != null)) {
                // "The classified version of a State Department review … found that it was impossible to say …,
                // Secretary of State Hillary Clinton revealed Wednesday.": a finding someone else reports stays whole,
                // under that frame
                return List.of();
            }
            for (int c : kids(i)) {
                if (c < i && tok(c).dep.equals("mark")) {
                    // "And while many predict that Steele will call it quits after his current term, his increasing
                    // seclusion … has made his forthcoming decision difficult to ascertain": a subordinate verb,
                    // which the parser may give the main clause to
                    return List.of();
                }
            }
            List<Integer> out = new ArrayList<>();
            for (int c : kids(i)) {
                // "found that …" reports; "The Obama administration found itself defending …" does not
                boolean thatMarked = kids(c).stream().anyMatch(k -> k < c && tok(k).dep.equals("mark")
                        && tok(k).word.equalsIgnoreCase("that"));
                if (c > i && tok(c).dep.equals("ccomp") && subjectOf(c) >= 0 && words(subtree(c)) >= MIN_WORDS
                        && !embeddedQuestion(c) && (tail == null || c != tail.verb())
                        && (thatMarked || !tok(i).lemma.equalsIgnoreCase("find"))) {
                    out.add(c);
                }
            }
            return out;
        }

        /**
         * A quotation after the verb that the parser hung on it as an unlabelled dependent ("leaned into him and
         * said, “Let me be clear to you.”", with "Let" a "dep" of "said"): the verb's quoted complement. Only when
         * an opening mark stands between the verb and the quotation's first word, with nothing but punctuation.
         */
        boolean quotedDep(int verb, int c) {
            // "He added: “Knowing that …, we're saying stand up …”" has the quotation as the verb's xcomp
            if (tail != null && verb == tail.verb() && c < tail.close() && tok(c).dep.equals("dep")
                    && tok(c).inQuote) {
                // "“Today, his fellow Missourians urged him …,” Mr. Romney said in a statement, …" with "urged" a
                // "dep" of "said": the quotation before a frame that follows it is what the frame reports
                return true;
            }
            if (!(tok(c).dep.equals("dep") || tok(c).dep.equals("xcomp")) || c < verb || !tok(c).inQuote) {
                return false;
            }
            int first = subtree(c).nextSetBit(0) + s.tokFrom;
            boolean opened = false;
            for (int k = verb + 1; k < first; k++) {
                if (isWord(tok(k))) {
                    return false;
                }
                opened |= isOpeningQuote(tok(k)) || tok(k).word.equals("\"");
            }
            return opened;
        }

        /**
         * The quotation a verb of saying in a manner ({@link Attributor#isMannerVerb}: complain, joke, boast) reports:
         * a clause after it, all inside quotation marks, whose opening mark comes right after a comma or colon with at
         * most a short phrase of where it was put between verb and comma (NYT "Ms. Nuland, reading the latest draft,
         * complained in an e-mail, “These don't resolve all my issues or those of my building leadership.”"). Without
         * a quotation such a verb reports nothing ("she complained about the noise"); empty then.
         */
        private List<Integer> mannerQuotation(int i) {
            if (negated(i)) {
                return List.of();
            }
            for (int c : kids(i)) {
                if (c < i || !tok(c).inQuote || !Set.of("ccomp", "parataxis", "dep").contains(tok(c).dep)
                        || words(subtree(c)) < MIN_WORDS) {
                    continue;
                }
                BitSet b = subtree(c);
                int first = b.nextSetBit(0) + s.tokFrom;
                int open = first;
                while (open > i && !isWord(tok(open - 1)) && !isOpeningQuote(tok(open - 1))
                        && !tok(open - 1).word.equals("\"")) {
                    open--;
                }
                open--;
                if (open <= i + 1 || !(isOpeningQuote(tok(open)) || tok(open).word.equals("\""))
                        || !(tok(open - 1).word.equals(",") || tok(open - 1).word.equals(":"))) {
                    continue;
                }
                int words = 0;
                for (int k = i + 1; k < open - 1; k++) {
                    if (isWord(tok(k))) {
                        words++;
                    }
                }
                if (words <= 4 && (words == 0 || tok(i + 1).pos.equals("IN"))) {
                    return List.of(c);
                }
            }
            return List.of();
        }

        /**
         * A clause that opens with "whether", "if" or a wh-word ("declined to say whether the picture was an image
         * of him", "would not say who sent it"): a question the frame leaves open, not content it reports as said.
         * It stays in its frame's claim.
         */
        boolean embeddedQuestion(int c) {
            BitSet b = subtree(c);
            for (int k = b.nextSetBit(0); k >= 0; k = b.nextSetBit(k + 1)) {
                Doc.Tok t = tok(s.tokFrom + k);
                if (!isWord(t)) {
                    continue;
                }
                // the word must open the clause itself: in "said if the bill passes he would veto it" the "if"
                // opens a condition inside the reported clause
                String w = t.word.toLowerCase(java.util.Locale.ROOT);
                if (w.equals("whether") || w.equals("if")) {
                    return t.head == c;
                }
                if (w.equals("that")) {
                    // "reported last week that reading the founding document in full appears to be a first":
                    // the tagger may read a complementizer as a wh-word (WDT); it asks nothing
                    return false;
                }
                // "who sent it", "which account sent it"; not the "when" of an adverbial clause that opens the
                // complement: "Trump said when he started considering a bid …, he thought the president was
                // native-born" reports what he thought
                // nor a wh-word that opens the clause's own subject: "“What he said is just flat wrong …,”
                // McConnell said" reports a judgment, not an open question
                return t.pos.startsWith("W") && (t.head == c || (t.head >= 0 && tok(t.head).head == c
                        && !tok(t.head).dep.equals("advcl") && !tok(t.head).dep.startsWith("csubj")));
            }
            return false;
        }

        /** The root, or when the parser made a punctuation mark the root, its widest word child. */
        int wordRoot(int root) {
            int r = root;
            while (r >= 0 && !isWord(tok(r))) {
                int best = -1;
                int size = 0;
                for (int c : kids(r)) {
                    int w = words(subtree(c));
                    if (w > size) {
                        best = c;
                        size = w;
                    }
                }
                r = best;
            }
            return r;
        }

        /** The tokens a unit owns: the subtree of its top less the subtrees of the units split from it. */
        BitSet core(Unit u) {
            BitSet b = subtree(u.top);
            for (Unit c : u.children) {
                b.andNot(subtree(c.top));
            }
            return b;
        }

        /**
         * Collects the units under {@code i}.
         *
         * @param top         the token whose subtree the unit made at {@code i} owns ({@code i}, or the verb of
         *                    the frame around it)
         * @param speakerHead the enclosing frame's subject, or -1
         * @param cue         the enclosing frame's verb, or null
         * @param inherited   the subject shared with a preceding conjunct, or -1
         * @param parent      the unit this one is split from, or null
         */
        void visit(int i, int top, int speakerHead, String cue, int inherited, List<Unit> units, Unit parent) {
            Integer interrupted = parenthetical.get(i);
            if (interrupted != null) {
                // "That world view, Santorum continued, suggests that …": the clause the frame interrupts is the
                // claim, whatever verb heads it; the frame gives its speaker and cue
                unit(interrupted, top, nsubjOf(i), tok(i).word, -1, units, parent);
                return;
            }
            List<Integer> contents = frameContents(i);
            int reporting = i;
            if (contents.isEmpty()) {
                // "The congressman … continued to allege that he was the victim …": the verb and its reporting
                // infinitive are one frame, not a claim "The congressman … continued" beside the report
                reporting = reportingInfinitive(i);
                if (reporting < 0) {
                    reporting = quotedAsSaying(i);
                }
                contents = reporting >= 0 ? frameContents(reporting) : List.of();
            }
            if (!contents.isEmpty()) {
                // the frame's words belong to its first reported clause; further ones are split from that one
                int speaker = invertedSpeaker(reporting) >= 0 ? invertedSpeaker(reporting)
                        : nsubjOf(i) >= 0 ? nsubjOf(i) : inherited;
                String verb = tok(reporting).word;
                int first = units.size();
                visit(contents.get(0), top, speaker, verb, -1, units, parent);
                Unit owner = units.get(first);
                for (int k = 1; k < contents.size(); k++) {
                    visit(contents.get(k), contents.get(k), speaker, verb, -1, units, owner);
                }
                // "Zelensky said A and called for B": the coordinated verb is a clause of its own
                for (int c : kids(i)) {
                    if (isDep(tok(c), "conj") && splits(c)) {
                        visit(c, c, -1, null, subjectOf(c) >= 0 ? -1 : speaker, units, owner);
                    }
                }
                // "“I believe that we can win this,” Akin said, citing a “tremendous outpouring of support” from
                // individual donors …": a participle phrase after the frame, set off by a comma, is a second
                // assertion of the speaker's (or a second report: "…, adding that B"), not a word of the frame
                for (int c : kids(reporting)) {
                    boolean inFrame = tail != null && tail.verb() == reporting && c < tail.end()
                            || FRAME_PARTICIPLES.contains(tok(c).lemma.toLowerCase(java.util.Locale.ROOT));
                    if (c > reporting && !inFrame && !contents.contains(c) && afterQuotedContent(contents, c)
                            && (participle(c) || !frameContents(c).isEmpty()
                            && frameContents(c).stream().allMatch(k -> k > c)
                            && Set.of("advcl", "xcomp", "dep").contains(tok(c).dep) && afterPunctuation(c))) {
                        visit(c, c, -1, null, speaker, units, owner);
                    }
                }
                return;
            }
            unit(i, top, speakerHead, cue, inherited, units, parent);
        }

        /** Whether {@code g} reports clauses that all follow it. */
        boolean secondReportVerb(int g) {
            return !frameContents(g).isEmpty() && frameContents(g).stream().allMatch(k -> k > g);
        }

        /**
         * Whether {@code g} is a report of its own set off by a comma after the verb it hangs on ("…, saying that
         * B", "…, adding that B"): a reporting verb whose reported clauses all follow it.
         */
        boolean secondReport(int g) {
            return Set.of("advcl", "dep", "parataxis").contains(tok(g).dep) && afterPunctuation(g)
                    && !frameContents(g).isEmpty() && frameContents(g).stream().allMatch(k -> k > g);
        }

        /**
         * Whether every reported clause in {@code contents} is a quotation that ends before {@code c}: a participle
         * phrase of the frame is split off only after a quotation, whose words cannot run on into it.
         */
        boolean afterQuotedContent(List<Integer> contents, int c) {
            for (int k : contents) {
                BitSet b = subtree(k);
                if (b.length() + s.tokFrom > c || !tok(k).inQuote) {
                    return false;
                }
            }
            return true;
        }

        /** The unit headed by {@code i} (no reporting frame of its own), and the units split from it. */
        void unit(int i, int top, int speakerHead, String cue, int inherited, List<Unit> units, Unit parent) {
            int subject = subjectOf(i) >= 0 ? subjectOf(i) : inherited;
            // "“We have the documents …,” he added": a frame the parser hung below the quotation
            int frame = hungFrame(i);
            if (frame >= 0 && speakerHead < 0 && cue == null) {
                speakerHead = nsubjOf(frame);
                cue = tok(frame).word;
            }
            Unit u = new Unit(i, top, speakerHead, cue, subjectOf(i) >= 0 ? -1 : inherited);
            u.frame = frame;
            units.add(u);
            if (parent != null) {
                parent.children.add(u);
                u.parent = parent;
            }
            int speaker = speakerHead >= 0 ? speakerHead : subject;
            for (int c : kids(i)) {
                Doc.Tok t = tok(c);
                if (c == frame) {
                    continue;
                }
                if (isDep(t, "conj") && splits(c) && !(c > i && frontedCondition(i))) {
                    visit(c, c, speakerHead, cue, subjectOf(c) >= 0 ? -1 : subject, units, u);
                } else if (!frameContents(c).isEmpty() && frameContents(c).stream().allMatch(k -> k > c)
                        && Set.of("advcl", "xcomp", "dep", "parataxis").contains(t.dep)
                        && !reducedRelative(d, s, c)) {
                    // "…, adding that B": a second report by the same speaker
                    visit(c, c, -1, null, speaker, units, u);
                } else if (t.dep.equals("parataxis") && subjectOf(c) >= 0 && isPredicate(c)
                        && words(subtree(c)) >= MIN_WORDS && afterPunctuation(c) && nominalSubjects(c) == 1
                        && !bareCopula(i, c) && !bareSeems(i, c)) {
                    visit(c, c, speakerHead, cue, -1, units, u);
                } else if (t.dep.equals("advcl") && subjectOf(c) >= 0 && contrast(c)
                        && words(subtree(c)) >= MIN_WORDS && !elliptical(i)) {
                    visit(c, c, speakerHead, cue, -1, units, u);
                } else if (participle(c)) {
                    // "…, calling the development a clear signal": a second assertion by the same subject
                    visit(c, c, speakerHead, cue, subject, units, u);
                } else if (isDep(t, "obj") && c > i) {
                    // NYT "Benjamin J. Rhodes … offered his first comments, saying, “We need to resolve this …”": a
                    // report set off by a comma that the parser hung on the object, not the verb, is the subject's
                    // second report as "…, adding that B" is
                    for (int g : kids(c)) {
                        if (g > c && tok(g).dep.equals("acl") && tok(g).pos.equals("VBG") && afterPunctuation(g)
                                && subtree(g).nextSetBit(0) + s.tokFrom == g && secondReportVerb(g)) {
                            visit(g, g, -1, null, speaker, units, u);
                        }
                    }
                } else if (t.dep.equals("xcomp") && c > i && subjectOf(c) < 0) {
                    // "Reince Priebus … tried to deflect questions …, saying on Fox News that “this is the platform
                    // of the Republican Party …”": a second report hung on the infinitive is the subject's too
                    for (int g : kids(c)) {
                        if (g > c && secondReport(g)) {
                            visit(g, g, -1, null, speaker, units, u);
                        }
                    }
                }
            }
            // "… evidence that A and that B": a second complement clause, with its own subject and complementizer,
            // that the parser coordinated deeper down
            for (int c : deepConjuncts(i)) {
                visit(c, c, speakerHead, cue, -1, units, u);
            }
        }

        /**
         * Whether {@code i} is a bare "is" whose complement is the clause {@code c} after its comma: "Foreign affairs
         * is, we take care of ourselves first", "The truth is, nobody knows". The parser hangs the clause on the
         * verb as a parataxis; split off, "Foreign affairs is" would be a claim with nothing said.
         */
        boolean bareCopula(int i, int c) {
            if (!tok(i).lemma.equals("be") || !tok(i).pos.startsWith("VB") || c < i) {
                return false;
            }
            for (int k : kids(i)) {
                String dep = base(tok(k).dep);
                if (k != c && !dep.equals("nsubj") && !dep.equals("punct") && !dep.equals("advmod")
                        && !dep.equals("cc")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether {@code i} is an "it seems (to me)" with nothing of its own to say, and the clause {@code c} after
         * its comma is what seems: "“It seems to me first of all, from what I understand from doctors, that's really
         * rare,” Akin told KTVI." The parser hangs the clause on "seems" as a parataxis; split off, "It seems to me
         * first of all, from what I understand from doctors" would be a claim of nothing, and "that's really rare"
         * one without its hedge.
         */
        boolean bareSeems(int i, int c) {
            String lemma = tok(i).lemma.toLowerCase(java.util.Locale.ROOT);
            if (!(lemma.equals("seem") || lemma.equals("appear")) || !tok(i).pos.startsWith("VB") || c < i) {
                return false;
            }
            int subject = subjectOf(i);
            if (subject < 0 || !tok(subject).word.equalsIgnoreCase("it")) {
                return false;
            }
            for (int k : kids(i)) {
                String dep = base(tok(k).dep);
                if (k != c && Set.of("obj", "ccomp", "xcomp", "csubj").contains(dep)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The reporting verb of an infinitive that is all {@code i} governs ("continued to allege that …", "went on to
         * say that …"): an xcomp after {@code i}, with no subject of its own, that reports a clause, where {@code i}
         * has no object; -1 when there is none.
         */
        int reportingInfinitive(int i) {
            int found = -1;
            for (int c : kids(i)) {
                String dep = tok(c).dep;
                if (dep.equals("obj") || dep.equals("iobj") || dep.equals("ccomp")) {
                    return -1;
                }
                if (dep.equals("xcomp") && c > i && found < 0 && subjectOf(c) < 0 && tok(c).pos.startsWith("VB")
                        && !frameContents(c).isEmpty()) {
                    found = c;
                }
            }
            return found;
        }

        /**
         * The "saying" of a passive "quoted … as saying" ("Sen. Charles Schumer, a New York Democrat, was quoted in
         * The Hill as saying: “…”"): the passive and its "as saying" are one frame, whose subject is the speaker, not
         * a claim "… was quoted in The Hill" beside the report; -1 when {@code i} is no such verb.
         */
        int quotedAsSaying(int i) {
            if (!tok(i).lemma.equalsIgnoreCase("quote") || !tok(i).pos.equals("VBN") || !hasChild(i, Set.of("aux:pass"))
                    || nsubjOf(i) < 0) {
                return -1;
            }
            for (int c : kids(i)) {
                if (c > i && tok(c).dep.equals("advcl") && tok(c).pos.equals("VBG")
                        && tok(c).lemma.equalsIgnoreCase("say") && tok(c - 1).word.equalsIgnoreCase("as")
                        && !frameContents(c).isEmpty()) {
                    return c;
                }
            }
            return -1;
        }

        /** A reporting verb with a subject and nothing reported, in parataxis below {@code i} (at most two deep). */
        int hungFrame(int i) {
            for (int c : kids(i)) {
                // "“A …,” the minister wrote on X" with the verb made an adverbial clause of A, and part of A its object
                if (tok(c).dep.equals("advcl") && c > i && isFrameVerb(c) && nsubjOf(c) >= 0
                        && frameContents(c).stream().allMatch(k -> k < c) && afterQuote(c)) {
                    return c;
                }
                if (!tok(c).dep.equals("parataxis")) {
                    continue;
                }
                if (isFrameVerb(c) && nsubjOf(c) >= 0 && frameContents(c).isEmpty()) {
                    return c;
                }
                for (int g : kids(c)) {
                    if (tok(g).dep.equals("parataxis") && isFrameVerb(g) && nsubjOf(g) >= 0
                            && frameContents(g).isEmpty()) {
                        return g;
                    }
                }
            }
            return -1;
        }

        /** The verb's phrase (its subject first) comes right after a closing quotation mark and comma. */
        boolean afterQuote(int verb) {
            int first = nsubjOf(verb) >= 0 ? subtree(nsubjOf(verb)).nextSetBit(0) + s.tokFrom : verb;
            for (int k = first - 1; k >= s.tokFrom && !isWord(tok(k)); k--) {
                if (isClosing(tok(k)) && !tok(k).word.equals(".")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A frame's own words: its subtree from its subject on (what the parser hung below it before the subject
         * belongs to the quotation).
         */
        BitSet frameWords(int frame) {
            BitSet b = subtree(frame);
            int first = nsubjOf(frame) >= 0 ? subtree(nsubjOf(frame)).nextSetBit(0) : frame - s.tokFrom;
            int k = first - 1;
            while (k >= 0 && b.get(k) && !isWord(tok(s.tokFrom + k))) {
                k--; // the comma and closing mark before the frame go with it
            }
            b.clear(0, k + 1);
            return b;
        }

        /**
         * An aside "as X says" set off by commas inside the content ("…, and, as TPM notes, his district is 35
         * percent Latino", "the theme that, as Axelrod said, Biden showed “passion”"): "as", a short noun phrase or
         * pronoun, a verb of saying (or its third person read as a plural noun, "notes") and at most one adverb
         * ("earlier"), with a comma (or the start of the content, or "that") before "as" and a comma after. Read from
         * the words, not the tree, which the parser breaks in several ways. Returns {first token, one past the comma
         * after it, the verb, the head of the noun phrase}, or null when the content holds no such aside.
         */
        int[] asFrame(BitSet content) {
            int first = content.nextSetBit(0);
            for (int b = first; b >= 0; b = content.nextSetBit(b + 1)) {
                int k = b + s.tokFrom;
                if (!tok(k).word.equalsIgnoreCase("as")) {
                    continue;
                }
                int before = content.previousSetBit(b - 1);
                if (before >= 0 && !tok(before + s.tokFrom).word.equals(",")
                        && !tok(before + s.tokFrom).word.equalsIgnoreCase("that")) {
                    continue;
                }
                int j = k + 1;
                int noun = -1;
                while (j < s.tokTo && j - k <= 4 && content.get(j - s.tokFrom)
                        && (tok(j).pos.startsWith("NNP") || tok(j).pos.equals("PRP") || tok(j).pos.equals("DT")
                        || tok(j).pos.startsWith("NN") && j + 1 < s.tokTo && tok(j + 1).pos.startsWith("NN"))) {
                    if (!tok(j).pos.equals("DT")) {
                        noun = j;
                    }
                    j++;
                }
                if (noun < 0 || j >= s.tokTo || !content.get(j - s.tokFrom) || !sayingWord(tok(j))) {
                    continue;
                }
                int verb = j++;
                if (j < s.tokTo && tok(j).pos.startsWith("RB") && content.get(j - s.tokFrom)) {
                    j++;
                }
                if (j < s.tokTo && tok(j).word.equals(",")) {
                    return new int[] {k, j + 1, verb, noun};
                }
            }
            return null;
        }

        /**
         * Verbs of belief, whose aside hedges the clause rather than names its source: Clinton's "placed
         * responsibility where, as I think, Ambassador Pickering said …" keeps its "as I think".
         */
        static final Set<String> BELIEF = Set.of("think", "believe");

        /**
         * A verb of saying of {@link #FRAME_VERBS}, or its third person the tagger read as a plural noun ("as TPM
         * notes"); not a verb of {@link #BELIEF}.
         */
        static boolean sayingWord(Doc.Tok t) {
            String lemma = t.lemma.toLowerCase(java.util.Locale.ROOT);
            if (t.pos.startsWith("VB")) {
                return FRAME_VERBS.contains(lemma) && !BELIEF.contains(lemma);
            }
            return t.pos.equals("NNS") && FRAME_VERBS.contains(lemma) && !BELIEF.contains(lemma) && t.word.endsWith("s");
        }

        /**
         * The noun of an "according to" phrase hung on the clause's head ("According to Peter Keating at Vanity Fair,
         * …", "…, according to the officials."): a source named as a frame; -1 when there is none.
         */
        int accordingTo(int head) {
            for (int c : kids(head)) {
                if (!isDep(tok(c), "obl") && !isDep(tok(c), "nmod")) {
                    continue;
                }
                for (int k : kids(c)) {
                    if (k < c && tok(k).dep.equals("case") && tok(k).word.equalsIgnoreCase("according")
                            && k + 1 < s.tokTo && tok(k + 1).word.equalsIgnoreCase("to")) {
                        return c;
                    }
                }
            }
            return -1;
        }

        /**
         * The name after a reporting verb whose subject before it ends with a quotation closed right before the verb:
         * "the final version “calls on the tea party …,” said Hilary Shelton, director of …" (the parser makes
         * "version" the subject and "Shelton" the object). The name's head, or -1 when the frame has another shape.
         */
        int invertedSpeaker(int verb) {
            int subject = nsubjOf(verb);
            if (subject < 0 || subject > verb) {
                return -1;
            }
            BitSet b = subtree(subject);
            int last = b.length() - 1 + s.tokFrom;
            boolean quoted = false;
            for (int k = b.nextSetBit(0); k >= 0; k = b.nextSetBit(k + 1)) {
                quoted |= tok(k + s.tokFrom).inQuote && isWord(tok(k + s.tokFrom));
            }
            if (!quoted || last >= verb) {
                return -1;
            }
            boolean closed = false;
            for (int k = last; k < verb; k++) {
                if (isWord(tok(k)) && k > last) {
                    return -1;
                }
                closed |= isClosingMark(tok(k));
            }
            if (!closed) {
                return -1;
            }
            for (int c : kids(verb)) {
                if (c > verb && isDep(tok(c), "obj") && tok(c).pos.startsWith("NNP")) {
                    return c;
                }
            }
            return -1;
        }

        /**
         * A verb of saying in an infinitive under a word of expectation or intention ("is expected to announce",
         * "plans to say", "is set to disclose"): what it would report is not yet said. A perfect infinitive ("is
         * expected to have said") reports.
         */
        boolean notYetSaid(int i) {
            // the parser may hang the infinitive as an adverbial clause ("is expected by some to announce", with
            // "some" its subject)
            if (!tok(i).dep.equals("xcomp") && !tok(i).dep.equals("advcl") || hasChild(i, Set.of("aux")) && kids(i).stream().anyMatch(
                    k -> isDep(tok(k), "aux") && tok(k).lemma.equalsIgnoreCase("have"))) {
                return false;
            }
            boolean to = kids(i).stream().anyMatch(k -> tok(k).dep.equals("mark") && tok(k).word.equalsIgnoreCase("to"));
            int h = parentOf(i);
            return to && h >= 0 && EXPECTING.contains(tok(h).lemma.toLowerCase(java.util.Locale.ROOT));
        }

        /** A verb with "not", "n't" or "never" on it: "I don't think …", "he did not say …". */
        boolean negated(int i) {
            for (int c : kids(i)) {
                String w = tok(c).word.toLowerCase(java.util.Locale.ROOT);
                if ((isDep(tok(c), "advmod") || tok(c).dep.equals("neg"))
                        && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
                    return true;
                }
            }
            return false;
        }

        boolean isFrameVerb(int i) {
            Doc.Tok t = tok(i);
            return t.pos.startsWith("VB") && FRAME_VERBS.contains(t.lemma.toLowerCase(java.util.Locale.ROOT));
        }

        /** A parataxis clause set off by punctuation ("A; B", "A: B", "A — B"), not run on. */
        /** The clause headed by {@code c} starts right after a noun. */
        boolean afterNoun(int c) {
            int first = subtree(c).nextSetBit(0) + s.tokFrom;
            return first > s.tokFrom && tok(first - 1).pos.startsWith("NN");
        }

        boolean afterPunctuation(int c) {
            int first = subtree(c).nextSetBit(0) + s.tokFrom;
            for (int k = first; k <= c; k++) {
                if (isSeparator(tok(k))) {
                    return true;
                }
                if (!isDep(tok(k), "cc")) {
                    break;
                }
            }
            return first > s.tokFrom && isSeparator(tok(first - 1));
        }

        /** A mark that sets clauses apart: comma, semicolon, colon, dash. */
        static boolean isSeparator(Doc.Tok t) {
            return t.word.matches("[,;:\u2014\u2013]|-{1,2}");
        }

        /** Conjuncts below the clause's direct dependents that have a subject and a complementizer of their own. */
        List<Integer> deepConjuncts(int i) {
            List<Integer> out = new ArrayList<>();
            List<Integer> stack = new ArrayList<>();
            for (int c : kids(i)) {
                if (Set.of("obj", "ccomp", "xcomp", "obl", "nmod").contains(tok(c).dep)) {
                    stack.add(c);
                }
            }
            while (!stack.isEmpty()) {
                int n = stack.remove(stack.size() - 1);
                for (int c : kids(n)) {
                    Doc.Tok t = tok(c);
                    if (isDep(t, "conj") && nsubjOf(c) >= 0 && hasMark(c) && isPredicate(c)
                            && words(subtree(c)) >= MIN_WORDS) {
                        out.add(c);
                    } else if (Set.of("obj", "ccomp", "xcomp", "acl", "obl", "nmod").contains(t.dep)) {
                        stack.add(c);
                    }
                }
            }
            return out;
        }

        boolean hasMark(int c) {
            for (int k : kids(c)) {
                if (tok(k).dep.equals("mark") && Set.of("that", "whether").contains(tok(k).word.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A verb of saying with nothing said: "he said.", "Zelensky added in a statement.", "he told reporters";
         * quoted words count as said even when the parser made them the verb's subject.
         */
        boolean bareFrame(int i, BitSet core) {
            Doc.Tok t = tok(i);
            if (!t.pos.startsWith("VB") || !FRAME_VERBS.contains(t.lemma.toLowerCase(java.util.Locale.ROOT))
                    || hasChild(i, Set.of("ccomp", "xcomp", "csubj")) || passiveSubject(i)) {
                return false;
            }
            int subj = nsubjOf(i);
            BitSet subject = subj < 0 ? new BitSet() : subtree(subj);
            int said = 0;
            for (int k = core.nextSetBit(0); k >= 0; k = core.nextSetBit(k + 1)) {
                Doc.Tok w = tok(s.tokFrom + k);
                if (isWord(w) && s.tokFrom + k != i && (!subject.get(k) || w.inQuote)) {
                    said++;
                }
            }
            return said <= 4;
        }

        /**
         * Whether the verb is passive with what was said, not an empty "it", for its subject ("The subpoenas were
         * disclosed Thursday"): the clause asserts something of that subject and reports nothing.
         */
        boolean passiveSubject(int i) {
            for (int c : kids(i)) {
                if (isDep(tok(c), "nsubj:pass") && !tok(c).word.equalsIgnoreCase("it")) {
                    return true;
                }
            }
            return false;
        }

        /** The verb's nominal subject; of two (a misparsed quotation and the speaker), the later one. */
        int nsubjOf(int i) {
            int last = -1;
            for (int c : kids(i)) {
                if (isDep(tok(c), "nsubj") || madeSubjects.contains(c)) {
                    last = c;
                }
            }
            return last;
        }

        /**
         * How many nominal subjects the clause headed by {@code c} has. A clause has one; two mean the parser made a
         * clause of a noun and what follows it ("I was talking about energy, this idea that man is here to serve the
         * Earth …": "idea" and "man" both subjects of "is"), which is no clause of its own.
         */
        int nominalSubjects(int c) {
            int n = 0;
            for (int k : kids(c)) {
                if (isDep(tok(k), "nsubj")) {
                    n++;
                }
            }
            return n;
        }

        /**
         * A clause whose verb is only an auxiliary, its predicate left out because the clause beside it says it
         * ("And while those factories … have fundamentally changed, the factory school has not."): "has", "is",
         * "did" or a modal with no complement of any kind. It asserts nothing without that clause.
         */
        boolean elliptical(int i) {
            Doc.Tok t = tok(i);
            String lemma = t.lemma.toLowerCase(java.util.Locale.ROOT);
            if (!(t.pos.equals("MD") || t.pos.startsWith("VB") && Set.of("have", "be", "do").contains(lemma))) {
                return false;
            }
            for (int c : kids(i)) {
                String dep = tok(c).dep;
                if (COMPLEMENTS.contains(dep) && !dep.equals("advcl") || Set.of("ccomp", "xcomp", "acomp", "conj",
                        "parataxis", "csubj").contains(base(dep))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A verb in the past tense coordinated with a verb in the present inside a condition ("Obama said economists
         * predict higher job growth … if Congress passes the agreement and urged lawmakers to examine the details
         * …"): the parser joins it to the nearest verb, but the condition's tense does not go on in it; it is a
         * second verb of the main clause, whose verb is in the past too. Moved there, with the conjuncts after it
         * ("and “get this done.”"). Only a conjunct with no subject of its own, under a condition ("if", "when",
         * "unless", "once") hung on a verb in the past.
         */
        void conjunctOutOfCondition() {
            for (int c = s.tokFrom; c < s.tokTo; c++) {
                Doc.Tok t = tok(c);
                int h = t.head;
                if (!t.dep.equals("conj") || !t.pos.equals("VBD") || h < s.tokFrom || h >= s.tokTo || h >= c
                        || subjectOf(c) >= 0) {
                    continue;
                }
                Doc.Tok cond = tok(h);
                int g = cond.head;
                if (!(cond.pos.equals("VBZ") || cond.pos.equals("VBP")) || !cond.dep.equals("advcl")
                        || g < s.tokFrom || g >= s.tokTo || !tok(g).pos.equals("VBD") || !conditionMark(h)
                        || !kids(h).contains(c)) {
                    continue;
                }
                kids(h).remove(Integer.valueOf(c));
                kids(g).add(c);
                int open = -1;
                for (int k : kids(c)) {
                    if (tok(k).dep.equals("xcomp") && tok(k).pos.startsWith("VB")) {
                        open = k;
                    }
                }
                for (int k : List.copyOf(kids(h))) {
                    if (k > c && tok(k).dep.equals("conj")) {
                        // "urged lawmakers to examine the details … and “get this done”": a base form after the
                        // moved verb's infinitive goes on with that infinitive
                        boolean infinitive = open >= 0 && open < k && tok(k).pos.equals(tok(open).pos);
                        kids(h).remove(Integer.valueOf(k));
                        kids(infinitive ? open : c).add(k);
                    }
                }
            }
        }

        /**
         * A verb of saying with a subject of its own, coordinated by "but" or "and", that the parser hung inside a noun
         * phrase of the clause before it ("It has the power to suspended or bar him from office but Mr Livingstone
         * said: "There must have been 20 instances …"": "said" a conjunct of "suspended", under "power"): it is a
         * second clause of the sentence, coordinated with the root, so the narrator's clause and the speaker's report
         * are two claims, not one claim of the speaker's.
         */
        void frameOutOfNounPhrase(int root) {
            for (int c = s.tokFrom; c < s.tokTo; c++) {
                Doc.Tok t = tok(c);
                int h = parentOf(c);
                if (!t.dep.equals("conj") || c <= root || h < 0 || h == root || !isFrameVerb(c) || nsubjOf(c) < 0
                        || !hasChild(c, Set.of("cc")) || frameContents(c).isEmpty()) {
                    continue;
                }
                boolean inNoun = false;
                for (int a = h, steps = 0; a >= 0 && a != root && steps < 10; a = parentOf(a), steps++) {
                    if (tok(a).pos.startsWith("NN")) {
                        inNoun = true;
                        break;
                    }
                }
                if (!inNoun || !tok(root).pos.startsWith("VB")) {
                    continue;
                }
                kids(h).remove(Integer.valueOf(c));
                kids(root).add(c);
                kids(root).sort(null);
            }
        }

        /**
         * A conjunct with no subject of its own whose finite verb does not agree in number with the subject of the
         * complement clause the parser put it in, but agrees with the subject of the verb that clause hangs on ("The
         * president argues that fights over the debt ceiling merely shake global confidence …, and as part of talks
         * … has called for a de facto permanent increase in the debt limit": "has" is not the fights', it is the
         * president's): moved to that verb, whose subject it shares.
         */
        void conjunctOutOfComplement() {
            for (int c = s.tokFrom; c < s.tokTo; c++) {
                Doc.Tok t = tok(c);
                int h = t.head;
                if (!t.dep.equals("conj") || !t.pos.startsWith("VB") || h < s.tokFrom || h >= s.tokTo || h >= c
                        || subjectOf(c) >= 0 || !kids(h).contains(c) || !tok(h).dep.equals("ccomp")) {
                    continue;
                }
                int g = tok(h).head;
                if (g < s.tokFrom || g >= s.tokTo || !tok(g).pos.startsWith("VB")) {
                    continue;
                }
                if (pastBesideLaterTense(c, h, g)) {
                    kids(h).remove(Integer.valueOf(c));
                    kids(g).add(c);
                    continue;
                }
                String number = finiteNumber(c);
                int inner = nsubjOf(h);
                int outer = nsubjOf(g);
                if (number == null || inner < 0 || outer < 0) {
                    continue;
                }
                String innerNumber = nounNumber(tok(inner));
                if (innerNumber != null && !innerNumber.equals(number) && number.equals(nounNumber(tok(outer)))) {
                    kids(h).remove(Integer.valueOf(c));
                    kids(g).add(c);
                }
            }
        }

        /**
         * Whether the conjunct {@code c} is a bare simple past set off by a comma ("…, but stopped short of …") in a
         * complement {@code h} whose verb is no past (a modal, "would support", or a present, "is dead") under a
         * reporting verb {@code g} in the simple past: "McCarthy … said Tuesday that he would support allowing
         * undocumented immigrants to stay in the U.S., but stopped short of calling for a path to citizenship." The
         * past goes with "said", not with "would support": the stop is the reporter's account, not what was said.
         */
        boolean pastBesideLaterTense(int c, int h, int g) {
            if (!tok(c).pos.equals("VBD") || !tok(g).pos.equals("VBD") || !isFrameVerb(g)) {
                return false;
            }
            for (int k : kids(c)) {
                if (tok(k).dep.startsWith("aux") || SUBJECTS.contains(tok(k).dep)) {
                    return false;
                }
            }
            if (!(c - 1 > h && (tok(c - 1).word.equals(",") || isDep(tok(c - 1), "cc") && c - 2 > h
                    && tok(c - 2).word.equals(",")))) {
                return false;
            }
            if (tok(h).pos.equals("VBZ") || tok(h).pos.equals("VBP")) {
                return true;
            }
            // a modal right before the verb's base form ("would support"), or a present copula ("is dead"); not a
            // perfect or a passive, whose auxiliary a participle the tagger read as a past shares ("I've been spat
            // at, pushed and threatened before")
            for (int k : kids(h)) {
                Doc.Tok a = tok(k);
                if (k < h && a.dep.equals("aux") && a.pos.equals("MD") && tok(h).pos.equals("VB")) {
                    return true;
                }
                if (k < h && a.dep.equals("cop") && (a.pos.equals("VBZ") || a.pos.equals("VBP"))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A participle phrase after a quotation's closing mark that the parser hung on a word inside the quotation
         * ("He acknowledged he “used money that shouldn't have been used,” calling the government's statement accurate
         * and saying he had …": "calling" under the quotation's last verb): the quotation's words end at its mark, so
         * the phrase is the reporting verb's, moved to the nearest verb of saying above it outside the quotation.
         */
        void participleOutOfQuotation() {
            for (int c = s.tokFrom; c < s.tokTo; c++) {
                Doc.Tok t = tok(c);
                int h = t.head;
                if (!t.pos.equals("VBG") || t.inQuote || h < s.tokFrom || h >= c || !tok(h).inQuote
                        || !Set.of("dep", "advcl", "xcomp").contains(t.dep) || subjectOf(c) >= 0
                        || !kids(h).contains(c) || !afterClosedQuotation(c)) {
                    continue;
                }
                int g = tok(h).head;
                while (g >= s.tokFrom && g < s.tokTo && (tok(g).inQuote || !isFrameVerb(g))) {
                    g = tok(g).head;
                }
                if (g >= s.tokFrom && g < s.tokTo && g < h) {
                    kids(h).remove(Integer.valueOf(c));
                    kids(g).add(c);
                }
            }
        }

        /**
         * A relative clause with no "that", right after its noun, that the parser hung on the reporting verb as a
         * parataxis ("Jackson said he had “no excuses” for his conduct and “fully accept my responsibility for the
         * improper decisions and mistakes I have made.”": "made" under "said"): moved to the noun, inside the
         * reported clause, so the claim's content does not stop at "mistakes". Only when the noun is in a reported
         * clause of that verb.
         */
        void relativeBackToItsNoun() {
            for (int c = s.tokFrom; c < s.tokTo; c++) {
                Doc.Tok t = tok(c);
                int i = t.head;
                if (!t.dep.equals("parataxis") || !t.pos.startsWith("VB") || i < s.tokFrom || i >= c
                        || !isFrameVerb(i) || !kids(i).contains(c) || afterPunctuation(c) || subjectOf(c) < 0
                        || !afterNoun(c)) {
                    continue;
                }
                int noun = subtree(c).nextSetBit(0) + s.tokFrom - 1;
                for (int k : kids(i)) {
                    if (k != c && k < noun && tok(k).dep.equals("ccomp") && subtree(k).get(noun - s.tokFrom)) {
                        kids(i).remove(Integer.valueOf(c));
                        kids(noun).add(c);
                        break;
                    }
                }
            }
        }

        /** Whether a comma and a closing quotation mark, in either order, come right before {@code c}. */
        boolean afterClosedQuotation(int c) {
            if (c - 2 < s.tokFrom) {
                return false;
            }
            Doc.Tok a = tok(c - 2);
            Doc.Tok b = tok(c - 1);
            return a.word.equals(",") && isClosingMark(b) || isClosingMark(a) && b.word.equals(",");
        }

        /** "singular" or "plural" for a verb in the present (its own form or its auxiliary's); null otherwise. */
        String finiteNumber(int v) {
            for (int k : kids(v)) {
                if (tok(k).dep.startsWith("aux") && k < v) {
                    return verbNumber(tok(k));
                }
            }
            return verbNumber(tok(v));
        }

        static String verbNumber(Doc.Tok t) {
            String w = t.word.toLowerCase(java.util.Locale.ROOT);
            if (t.pos.equals("VBZ") || w.equals("was")) {
                return "singular";
            }
            if (t.pos.equals("VBP") && !w.equals("am") || w.equals("were")) {
                return "plural";
            }
            return null;
        }

        static String nounNumber(Doc.Tok t) {
            String w = t.word.toLowerCase(java.util.Locale.ROOT);
            if (t.pos.equals("NN") || t.pos.equals("NNP") || Set.of("he", "she", "it").contains(w)) {
                return "singular";
            }
            if (t.pos.equals("NNS") || t.pos.equals("NNPS") || Set.of("we", "they").contains(w)) {
                return "plural";
            }
            return null;
        }

        /**
         * Whether a condition ("if", "unless") stands before the clause headed by {@code i}: it holds for every
         * conjunct after that clause too, which is no claim of its own without it (the NYT's Corker: "if Republicans
         * gave in …, then “all of a sudden the shift goes back to entitlements, and maybe it puts us in a place where
         * …”": the second conjunct depends on the condition as the first does).
         */
        boolean frontedCondition(int i) {
            for (int k : kids(i)) {
                if (k < i && tok(k).dep.equals("advcl") && markAmong(k, Set.of("if", "unless"))) {
                    return true;
                }
            }
            return false;
        }

        boolean conditionMark(int h) {
            return markAmong(h, Set.of("if", "when", "unless", "once"));
        }

        /** Whether the clause headed by {@code h} opens with a subordinating word ("mark") among {@code words}. */
        boolean markAmong(int h, Set<String> words) {
            for (int k : kids(h)) {
                if (tok(k).dep.equals("mark") && k < h
                        && words.contains(tok(k).word.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A speaker the parser made the last of a row of nouns: "But those two remedies require different standards for
         * class certification and Justice Ruth Bader Ginsburg said it was “a very serious problem” …" has "Ginsburg" a
         * conjunct of "certification" and "said" with no subject. A finite verb of saying with no subject, right after
         * a name (or a pronoun) that is a conjunct opening with its "and" or "but", takes that conjunct as its subject
         * ("… full of confidence and poise saying she feels no anger" has no name and no finite verb).
         */
        void conjunctSpeaker() {
            for (int v = s.tokFrom + 1; v < s.tokTo; v++) {
                Doc.Tok t = tok(v);
                int n = v - 1;
                Doc.Tok noun = tok(n);
                if (!Set.of("VBD", "VBZ", "VBP").contains(t.pos)
                        || !FRAME_VERBS.contains(t.lemma.toLowerCase(java.util.Locale.ROOT))
                        || subjectOf(v) >= 0 || !Set.of("dep", "parataxis", "conj").contains(t.dep)
                        || !hasChild(v, Set.of("ccomp")) || !noun.dep.equals("conj")
                        || !(noun.pos.startsWith("NNP") || noun.pos.equals("PRP") || "PERSON".equals(noun.ner)
                        || "ORGANIZATION".equals(noun.ner))) {
                    continue;
                }
                int h = noun.head;
                if (h < s.tokFrom || h >= n || !kids(h).contains(n)) {
                    continue;
                }
                BitSet np = subtree(n);
                int first = np.nextSetBit(0) + s.tokFrom;
                String cc = tok(first).word.toLowerCase(java.util.Locale.ROOT);
                if (!contiguous(np) || np.length() + s.tokFrom != v || !tok(first).dep.equals("cc")
                        || !(cc.equals("and") || cc.equals("but"))) {
                    continue;
                }
                kids(h).remove(Integer.valueOf(n));
                kids(v).add(n);
                madeSubjects.add(n);
            }
        }

        /**
         * A participle set off by commas after the subject, parsed as the sentence's verb: "The 10-year-old lawsuit,
         * argued in lively exchanges at the court Tuesday, claims that Wal-Mart … favors men over women" has
         * "argued" as its root, with "lawsuit" its subject and "claims" hung below it with no subject. The finite verb
         * after the second comma is the sentence's verb: the subject goes to it, and the participle's phrase under the
         * subject, which it describes. Returns the root to split from (the given one when the sentence has another
         * shape).
         */
        int participleRoot(int root) {
            Doc.Tok r = tok(root);
            if (!(r.pos.equals("VBN") || r.pos.equals("VBD")) || root - 1 <= s.tokFrom
                    || !tok(root - 1).word.equals(",")) {
                return root;
            }
            int subj = nsubjOf(root);
            if (subj < 0 || subj >= root || subtree(subj).length() + s.tokFrom != root - 1) {
                return root;
            }
            for (int v : kids(root)) {
                Doc.Tok t = tok(v);
                if (v > root && Set.of("VBZ", "VBP", "VBD").contains(t.pos) && Set.of("dep", "parataxis").contains(t.dep)
                        && subjectOf(v) < 0 && tok(v - 1).word.equals(",") && subtree(v).nextSetBit(0) + s.tokFrom == v) {
                    // the participle's phrase ends at the comma before the verb
                    BitSet phrase = subtree(root);
                    phrase.andNot(subtree(v));
                    phrase.andNot(subtree(subj));
                    for (int k = phrase.nextSetBit(v - s.tokFrom); k >= 0; k = phrase.nextSetBit(k + 1)) {
                        if (isWord(tok(k + s.tokFrom))) {
                            return root; // the sentence's closing mark aside
                        }
                    }
                    kids(root).remove(Integer.valueOf(subj));
                    kids(root).remove(Integer.valueOf(v));
                    kids(v).add(subj);
                    kids(subj).add(root);
                    return v;
                }
            }
            return root;
        }

        /**
         * A frame the parser made the clausal subject of the clause it reports: Fox "Johnson said there were six
         * arrests Wednesday, compared to 47 the previous night." ("said" the csubj of "arrests", the "there" hung on
         * "said"), HuffPost "A U.S. intelligence official told The Huffington Post the review was completed “early
         * this year.”" ("told" the csubj:pass of "completed", "the review" its object). A verb of saying, not in a
         * quotation, whose phrase is its own subject and then the verb (no mark, no wh-word: "What he said is just
         * flat wrong" and "That he lied is clear" are subjects), before the clause it is the subject of: the verb
         * becomes the root and that clause its complement. Of the words hung on the verb after it, an expletive
         * "there" and the object that is not the one told (for "tell", the object after an indirect object) go to
         * the clause as its subject; the one told and the time stay with the frame. Returns the root to split from.
         */
        int frameAsClausalSubject(int root) {
            for (int v : List.copyOf(kids(root))) {
                Doc.Tok t = tok(v);
                int subj = nsubjOf(v);
                if (v > root || !t.dep.startsWith("csubj") || !isFrameVerb(v) || t.inQuote || subj < 0 || subj > v
                        || subjectOf(root) != v && subjectOf(root) >= 0 && subjectOf(root) < v) {
                    continue;
                }
                BitSet frame = subtree(v);
                int first = frame.nextSetBit(0) + s.tokFrom;
                if (first != subtree(subj).nextSetBit(0) + s.tokFrom || kids(v).stream().anyMatch(
                        k -> tok(k).dep.equals("mark") || k < v && tok(k).pos.startsWith("W"))) {
                    continue;
                }
                for (int k = first; k < v; k++) {
                    if (tok(k).pos.startsWith("W")) {
                        first = -1;
                        break;
                    }
                }
                if (first < 0 || v + 1 >= s.tokTo) {
                    continue;
                }
                boolean tell = t.lemma.equalsIgnoreCase("tell");
                boolean told = kids(v).stream().anyMatch(k -> k > v && isDep(tok(k), "iobj"));
                int moved = -1;
                for (int c : List.copyOf(kids(v))) {
                    if (c < v || root < c) {
                        continue;
                    }
                    boolean there = tok(c).pos.equals("EX");
                    boolean object = isDep(tok(c), "obj") && (!tell || told);
                    if ((there || object) && moved < 0) {
                        moved = c;
                    }
                }
                if (moved < 0 && subjectOf(root) == v) {
                    continue; // nothing would be the clause's subject
                }
                // "Cornyn … told him the party is concerned his presence in the race could hurt …": a verb the parser
                // hung on the frame after the object, before the root, heads the reported clause, the root below it
                int head = root;
                for (int f : kids(v)) {
                    if (f > moved && moved >= 0 && f < root && tok(f).pos.startsWith("VB")
                            && Set.of("dep", "parataxis", "ccomp").contains(tok(f).dep) && subjectOf(f) < 0) {
                        head = f;
                        break;
                    }
                }
                kids(root).remove(Integer.valueOf(v));
                if (head != root) {
                    kids(v).remove(Integer.valueOf(head));
                    kids(head).add(root);
                    kids(head).sort(null);
                }
                if (moved >= 0) {
                    kids(v).remove(Integer.valueOf(moved));
                    kids(head).add(moved);
                    kids(head).sort(null);
                    madeSubjects.add(moved);
                    // "Gun-rights groups say the effort to impose more gun control measures is misguided": what the
                    // parser hung on the verb between its object and the clause belongs to that object
                    for (int c : List.copyOf(kids(v))) {
                        if (c > moved && c < head && c != head) {
                            kids(v).remove(Integer.valueOf(c));
                            kids(moved).add(c);
                        }
                    }
                    kids(moved).sort(null);
                }
                kids(v).add(head);
                kids(v).sort(null);
                madeComplements.add(head);
                return v;
            }
            return root;
        }

        /**
         * "Tell", its object, and right after the object a clause with its own subject that the parser hung on the
         * verb as parataxis: HuffPost "Holder told the students he understands “the mistrust” between some residents
         * and the police.", "Blumenthal told the Times he had misspoken at the 2008 event …". The object is the one
         * told; the clause is what was told (after a noun with no "that", a parataxis is otherwise taken for a
         * relative clause the parser lost: "the mistakes I have made"). Not after a comma or other mark.
         */
        void toldThenClause() {
            for (int v = s.tokFrom; v < s.tokTo; v++) {
                if (!isFrameVerb(v) || !tok(v).lemma.equalsIgnoreCase("tell") || tok(v).inQuote) {
                    continue;
                }
                for (int o : kids(v)) {
                    if (o < v || !(isDep(tok(o), "obj") || isDep(tok(o), "iobj")) || tok(o).inQuote) {
                        continue;
                    }
                    BitSet object = subtree(o);
                    for (int p : kids(v)) {
                        if (p > o && tok(p).dep.equals("parataxis") && tok(p).pos.startsWith("VB") && nsubjOf(p) >= 0
                                && contiguous(object) && object.length() == subtree(p).nextSetBit(0)
                                && !isSeparator(tok(object.length() - 1 + s.tokFrom))) {
                            madeComplements.add(p);
                        }
                    }
                }
            }
        }

        /**
         * A reported clause the parser split into the verb's object and an unlabelled finite verb after it: HuffPost
         * "Critics have said the role of State Department spokeswoman Victoria Nuland in revising the talking points
         * in particular shows an administration trying to protect …" (the role an object of "said", "shows" a "dep"
         * of "said"). The object is the subject of that verb, and the verb heads what is said. Only for a verb of
         * saying with nothing reported otherwise and not "tell" (whose object is the one told) unless the one told
         * is an indirect object before it ("Ryan told Fox News the campaign is trying to show …"), a noun for object,
         * and a finite verb (or one with its auxiliary: "has insisted his background will have no bearing …") with
         * no subject of its own whose phrase starts right after the object's, with no mark between.
         */
        void objectThenVerb() {
            for (int v = s.tokFrom; v < s.tokTo; v++) {
                int verb = v;
                // "Ryan told Fox News the campaign is trying to show …": after the one told (an indirect object), the
                // object of "tell" is what is told about
                boolean told = kids(v).stream().anyMatch(k -> k > verb && isDep(tok(k), "iobj"));
                if (!isFrameVerb(v) || tok(v).lemma.equalsIgnoreCase("tell") && !told || !frameContents(v).isEmpty()) {
                    continue;
                }
                // a relative clause's frame ("…, which he claimed the Republican Party was asking him to do") stays
                // inside its noun's claim, as relative clauses do (for the verb with its auxiliary, and "tell")
                boolean relative = kids(v).stream().anyMatch(k -> k < verb && tok(k).pos.startsWith("W"));
                for (int o : List.copyOf(kids(v))) {
                    if (o < v || !isDep(tok(o), "obj") || !tok(o).pos.startsWith("NN") || tok(o).inQuote) {
                        continue;
                    }
                    BitSet object = subtree(o);
                    for (int f : List.copyOf(kids(v))) {
                        // (a verb with its auxiliary is finite too: "told him the party is concerned his presence …
                        // could hurt …")
                        if (f > o && tok(f).dep.equals("dep") && (Set.of("VBZ", "VBD", "VBP").contains(tok(f).pos)
                                && !(relative && told) || !relative && tok(f).pos.startsWith("VB")
                                && kids(f).stream().anyMatch(k -> k < f
                                && isDep(tok(k), "aux") && subtree(f).nextSetBit(0) + s.tokFrom == k))
                                && subjectOf(f) < 0 && contiguous(object)
                                && object.length() == subtree(f).nextSetBit(0)
                                && !isSeparator(tok(object.length() - 1 + s.tokFrom))) {
                            kids(v).remove(Integer.valueOf(o));
                            kids(f).add(0, o);
                            madeSubjects.add(o);
                            madeComplements.add(f);
                            return;
                        }
                    }
                }
            }
        }

        /**
         * A sentence the parser rooted on the name that is its subject, with the verb of saying hung below the name:
         * NYT "Representative Raúl R. Labrador, a Republican of Idaho and once a leading immigration negotiator in the
         * House, said it would be a mistake to push forward." (the verb a conjunct of the name's apposition, with no
         * subject of its own) and "Mr. Morell, officials said, acted on his own …" (the frame "officials said" set
         * off by commas, with the clause's verb below it). The verb of saying becomes the root with the name for its
         * subject; in the second shape the frame then interrupts the clause ({@link #parentheticalFrame}). A name
         * that heads a predicate of its own (a copula, a subject) is left as it is. Returns the root to split from.
         */
        /**
         * A sentence the parser rooted on a relative clause with no "that", the verb right after the noun that ends
         * an adverbial clause with a mark ("while", "although", …) hung on it, and with the main clause after a comma
         * as its parataxis or conjunct: NYT "“And while there isn't anything normal about the life you are living
         * right now, you still can be.”" was rooted on "living", which split it into "you are living right now",
         * "there isn't anything normal about the life" and "you still can be". The verb after the comma becomes the
         * root, with the adverbial clause and the sentence's marks; the relative clause goes back to its noun.
         * Returns the root to split from.
         */
        int relativeRoot(int root) {
            Doc.Tok r = tok(root);
            int subj = nsubjOf(root);
            if (!r.pos.startsWith("VB") || subj <= s.tokFrom || subj > root || !tok(subj - 1).pos.startsWith("NN")) {
                return root;
            }
            int noun = subj - 1;
            int clause = -1;
            for (int c : kids(root)) {
                BitSet b = subtree(c);
                if (c < subj && tok(c).dep.equals("advcl") && b.get(noun - s.tokFrom)
                        && b.length() - 1 + s.tokFrom == noun
                        && kids(c).stream().anyMatch(k -> k < c && tok(k).dep.equals("mark"))) {
                    clause = c;
                }
            }
            if (clause < 0) {
                return root;
            }
            for (int p : kids(root)) {
                Doc.Tok t = tok(p);
                int first = subtree(p).nextSetBit(0) + s.tokFrom;
                if (p < root || !Set.of("parataxis", "conj").contains(t.dep) || !t.pos.startsWith("VB")
                        || nsubjOf(p) < 0 || first - 1 <= root || !tok(first - 1).word.equals(",")) {
                    continue;
                }
                // "… while there isn't anything normal about the life you are living right now, you still can be.":
                // "living" hangs on "life"; the clause after the comma is the sentence's, the "while" clause its own
                int start = subtree(clause).nextSetBit(0) + s.tokFrom;
                for (int c : List.copyOf(kids(root))) {
                    if (c == clause || c == p || c < start || c > p) {
                        kids(root).remove(Integer.valueOf(c));
                        if (c != p) {
                            kids(p).add(c);
                        }
                    }
                }
                kids(p).sort(null);
                kids(noun).add(root);
                return p;
            }
            return root;
        }

        int nameRoot(int root) {
            Doc.Tok r = tok(root);
            if (!r.pos.startsWith("NNP") || hasChild(root, Set.of("cop", "nsubj", "nsubj:pass", "csubj"))) {
                return root;
            }
            List<Integer> heads = new ArrayList<>(List.of(root));
            for (int c : kids(root)) {
                if (c > root && tok(c).dep.equals("appos")) {
                    heads.add(c);
                }
            }
            for (int h : heads) {
                for (int v : kids(h)) {
                    Doc.Tok t = tok(v);
                    if (v <= root + 1 || !t.pos.startsWith("VB") || !isFrameVerb(v)
                            || !Set.of("conj", "dep", "parataxis").contains(t.dep)) {
                        continue;
                    }
                    int speaker = nsubjOf(v);
                    if (speaker < 0 && tok(v - 1).word.equals(",") && !frameContents(v).isEmpty()
                            && frameContents(v).stream().allMatch(k -> k > v)) {
                        // "Labrador, a Republican …, said it would be a mistake …": the name is the one who said
                        kids(h).remove(Integer.valueOf(v));
                        for (int c : List.copyOf(kids(root))) {
                            if (c > v) {
                                kids(root).remove(Integer.valueOf(c));
                                kids(v).add(c);
                            }
                        }
                        kids(v).add(0, root);
                        madeSubjects.add(root);
                        return v;
                    }
                    if (h == root && speaker > root && speaker < v && tok(speaker - 1).word.equals(",")
                            && v + 1 < s.tokTo && tok(v + 1).word.equals(",")) {
                        // "Mr. Morell, officials said, acted …": the name is the subject of the clause the frame
                        // interrupts; the frame's commas and the sentence's last mark go with the frame's verb
                        kids(root).remove(Integer.valueOf(v));
                        for (int c : List.copyOf(kids(root))) {
                            if (c > root && (tok(c).dep.equals("punct") || c > v)) {
                                kids(root).remove(Integer.valueOf(c));
                                kids(v).add(c);
                            }
                        }
                        kids(v).add(0, root);
                        madeSubjects.add(root);
                        return v;
                    }
                }
            }
            return root;
        }

        /**
         * A participle's phrase that opens the sentence, parsed as its root with the main clause hung below it after
         * the comma: "Asked about his political future, he said, “I am not running for office …”" has "Asked" as the
         * root and "he said" as its parataxis, which made "Asked about his political future" a claim of no subject.
         * The main clause's verb (with a subject of its own, right after the comma that closes the phrase) is the
         * root, and the phrase goes under it: it belongs to that clause's frame. Returns the root to split from.
         */
        int openingParticiple(int root) {
            Doc.Tok r = tok(root);
            int first = s.tokFrom;
            while (first < root && !isWord(tok(first))) {
                first++;
            }
            if (!(r.pos.equals("VBN") || r.pos.equals("VBG")) || first != root || subjectOf(root) >= 0) {
                return root;
            }
            for (int v : kids(root)) {
                Doc.Tok t = tok(v);
                if (v <= root || !t.pos.startsWith("VB") || !Set.of("dep", "parataxis", "ccomp").contains(t.dep)
                        || nsubjOf(v) < 0) {
                    continue;
                }
                BitSet own = subtree(v);
                int start = own.nextSetBit(0) + s.tokFrom;
                while (start < v && !isWord(tok(start))) {
                    start++; // the comma may hang on the main verb
                }
                if (start - 1 <= root || !tok(start - 1).word.equals(",")) {
                    continue;
                }
                // the phrase is all of the root's words before the comma: none after the main clause's start
                BitSet phrase = subtree(root);
                phrase.andNot(subtree(v));
                for (int k = phrase.nextSetBit(start - s.tokFrom); k >= 0; k = phrase.nextSetBit(k + 1)) {
                    if (isWord(tok(k + s.tokFrom))) {
                        return root;
                    }
                }
                kids(root).remove(Integer.valueOf(v));
                kids(v).add(0, root);
                return v;
            }
            return root;
        }

        /**
         * A quotation's words the parser hung on the frame after it: "“I'm not standing here because I'm a person of
         * color, but because (the governor) believes I can do the job,” said Cowen, who …" makes "said" a conjunct
         * of "standing", with "but because … believes" below it, so the second half of the quotation became the
         * frame's report ("I can do the job", the governor believes). When the frame closing the sentence is a
         * conjunct or parataxis of a word inside the quotation, the frame's dependents inside the quotation go back
         * to that word, and the frame leaves it: the quotation is one clause, the frame its speaker and cue.
         */
        void quotedUnderFrame(Frame f) {
            int v = f.verb();
            int h = tok(v).head;
            if (h < s.tokFrom || h >= f.close() || !(isDep(tok(v), "conj") || tok(v).dep.equals("parataxis"))) {
                return;
            }
            List<Integer> inside = new ArrayList<>();
            for (int k : kids(v)) {
                if (k < f.close() && isWord(tok(k))) {
                    inside.add(k);
                }
            }
            if (inside.isEmpty()) {
                return;
            }
            for (int k : List.copyOf(kids(v))) {
                if (k < f.close()) {
                    kids(v).remove(Integer.valueOf(k));
                    kids(h).add(k);
                }
            }
            kids(h).remove(Integer.valueOf(v));
            kids(h).sort(null);
        }

        /**
         * A piece that is only a label in capitals and a time or date ("UPDATE: 7:19 p.m. -- The Washington Post now
         * reports …"): an update stamp, which asserts nothing.
         */
        boolean stamp(BitSet core) {
            boolean label = false;
            boolean time = false;
            for (int k = core.nextSetBit(0); k >= 0; k = core.nextSetBit(k + 1)) {
                Doc.Tok t = tok(s.tokFrom + k);
                if (!isWord(t)) {
                    continue;
                }
                if ("DATE".equals(t.ner) || "TIME".equals(t.ner)) {
                    time = true;
                } else if (t.word.length() >= 3 && t.word.equals(t.word.toUpperCase(java.util.Locale.ROOT))
                        && t.word.chars().allMatch(Character::isLetter)) {
                    label = true;
                } else {
                    return false;
                }
            }
            return label && time;
        }

        /**
         * A verb of saying whose complement is a free relative ("what she thought the daughters should have done")
         * followed by a colon and a quotation: the quotation is what was said, the free relative only names it
         * ("Ms. Lauten wrote what she thought the daughters should have done: “Rise to the occasion. …”"). The
         * parser hangs the quoted clause on the relative's verb; it goes to the verb of saying as its complement.
         */
        void colonQuotation(int root) {
            Doc.Tok r = tok(root);
            if (!r.pos.startsWith("VB") || !FRAME_VERBS.contains(r.lemma.toLowerCase(java.util.Locale.ROOT))) {
                return;
            }
            for (int c : kids(root)) {
                BitSet sub = subtree(c);
                int first = sub.nextSetBit(0) + s.tokFrom;
                if (c < root || !tok(c).dep.equals("ccomp") || !tok(first).pos.startsWith("W")
                        || !tok(first).word.equalsIgnoreCase("what")) {
                    continue;
                }
                for (int k = first + 1; k < s.tokTo; k++) {
                    int h = tok(k).head;
                    if (!tok(k).inQuote || !isWord(tok(k)) || h < s.tokFrom || h >= s.tokTo
                            || !sub.get(h - s.tokFrom) || !Set.of("dep", "parataxis", "ccomp").contains(tok(k).dep)) {
                        continue;
                    }
                    int j = k - 1;
                    while (j > first && !isWord(tok(j)) && !tok(j).word.equals(":")) {
                        j--;
                    }
                    if (!tok(j).word.equals(":") || !kids(h).contains(k)) {
                        return;
                    }
                    kids(h).remove(Integer.valueOf(k));
                    kids(root).add(k);
                    kids(root).sort(null);
                    madeComplements.add(k);
                    return;
                }
            }
        }

        /**
         * A frame set off by commas inside the clause it reports ("That world view, Santorum continued, suggests that
         * man could harm the Earth …"), parsed as the root with the clause's subject as a second subject and the
         * clause's verb below it: the subject before the first comma goes back to that verb, and the root is marked
         * as the frame of that clause. The frame is a verb of saying (or "continued", "added" …) right after its own
         * subject, between two commas, and the verb after it has no subject of its own.
         */
        void parentheticalFrame(int root) {
            Doc.Tok r = tok(root);
            String lemma = r.lemma.toLowerCase(java.util.Locale.ROOT);
            if (!r.pos.startsWith("VB") || !(FRAME_VERBS.contains(lemma) || TAIL_FRAME_VERBS.contains(lemma))) {
                return;
            }
            int comma = root + 1;
            if (lemma.equals("tell")) {
                // "Progressivism, he told the Conservative Political Action Conference, is a cancer …": the one
                // told stands between the verb and the closing comma
                for (int o : kids(root)) {
                    BitSet ob = subtree(o);
                    if (o > root && (isDep(tok(o), "obj") || isDep(tok(o), "iobj")) && contiguous(ob)
                            && ob.nextSetBit(0) + s.tokFrom == root + 1 && ob.cardinality() <= 8) {
                        comma = ob.length() + s.tokFrom;
                    }
                }
            }
            if (comma >= s.tokTo || !tok(comma).word.equals(",")) {
                return;
            }
            int speaker = nsubjOf(root);
            if (speaker < 0) {
                return;
            }
            BitSet sp = subtree(speaker);
            int spFrom = sp.nextSetBit(0) + s.tokFrom;
            if (!contiguous(sp) || sp.length() + s.tokFrom != root || spFrom - 1 <= s.tokFrom
                    || !tok(spFrom - 1).word.equals(",") || sp.cardinality() > 4) {
                return;
            }
            int first = -1;
            for (int c : kids(root)) {
                if (c < speaker && (isDep(tok(c), "nsubj") || madeSubjects.contains(c))) {
                    first = c;
                }
            }
            if (first < 0 || subtree(first).length() + s.tokFrom != spFrom - 1) {
                return;
            }
            for (int v : kids(root)) {
                if (v > comma && (tok(v).pos.startsWith("VB") || hasChild(v, Set.of("cop"))) && subjectOf(v) < 0
                        && Set.of("dep", "parataxis", "ccomp").contains(tok(v).dep)) {
                    kids(root).remove(Integer.valueOf(first));
                    kids(v).add(first);
                    parenthetical.put(root, v);
                    return;
                }
            }
        }

        /**
         * A conjunct offered as the other of two alternatives: "Either individual managers are on their own, “or else a
         * strong corporate culture tells them what to do.”" asserts neither alone. The first conjunct opens with
         * "either" (or "whether"). A conjunct with no subject of its own joined by "or" or "nor" is the other of two
         * verbs of one predicate, an alternative too: BBC "A stoppage involving civil servants, in particular, could
         * seriously disrupt or close government departments, agencies and museums, he said." is one claim.
         */
        boolean alternative(int c) {
            int h = tok(c).head;
            if (!tok(c).dep.equals("conj") || h < s.tokFrom || h >= s.tokTo) {
                return false;
            }
            if (subjectOf(c) < 0) {
                for (int k : kids(c)) {
                    String w = tok(k).word.toLowerCase(java.util.Locale.ROOT);
                    if (k < c && isDep(tok(k), "cc") && (w.equals("or") || w.equals("nor"))) {
                        return true;
                    }
                }
            }
            for (int k : kids(h)) {
                String w = tok(k).word.toLowerCase(java.util.Locale.ROOT);
                if (k < h && (w.equals("either") || w.equals("whether"))) {
                    return true;
                }
            }
            return false;
        }

        /** A conjunct that is a clause of its own: a predicate with its own subject, or with its own complement. */
        boolean splits(int c) {
            if (!isPredicate(c) || words(subtree(c)) < MIN_WORDS || alternative(c)) {
                return false;
            }
            if (subjectOf(c) >= 0) {
                return true;
            }
            // a conjunct sharing the subject must be one stretch of words: "… fought six soldiers and two of them
            // had been taken prisoner", parsed with "two of them" elsewhere, is no clause of its own
            return contiguous(subtree(c)) && tok(c).pos.startsWith("VB")
                    && (hasChild(c, COMPLEMENTS)
                    || kids(c).stream().anyMatch(k -> quotedDep(c, k) || madeComplements.contains(k)))
                    && !continuesAnotherVerb(c);
        }

        /** The token whose child {@code c} is in this tree (rules may have moved it from its parser head); -1: none. */
        int parentOf(int c) {
            for (int h = s.tokFrom; h < s.tokTo; h++) {
                if (kids(h).contains(c)) {
                    return h;
                }
            }
            return -1;
        }

        /**
         * A subjectless conjunct the parser coordinated with a verb it cannot be coordinated with, so that it shares
         * no subject with it and is no clause of its own (its words stay with the clause they are in):
         * <ul>
         * <li>a bare infinitive, or a gerund after "and", with no auxiliary, on a verb in the past or the third person
         * present: it
         * goes on with an infinitive or gerund inside that clause ("… criticized the study as “… the N.R.A.'s attempts
         * to prey on America's fears, saturate our schools … and turn them into …”"; "… took criticism … for focusing
         * … on school security, and rejecting gun control measures");</li>
         * <li>a past participle with no auxiliary on a predicate with a copula or passive auxiliary: the second half of
         * one predicate ("… is to be permanently involved and invested in a plan …");</li>
         * <li>a conjunct joined by commas alone, where no conjunct of the same verb has a coordinating conjunction
         * (a present participle aside: "…, stating that …" is a second assertion, as "…, calling …" is):
         * participles after a noun ("… was prepared by a 12-person task force, called the School Shield Program, led
         * by Hutchinson"), not a list of verb phrases.</li>
         * </ul>
         */
        boolean continuesAnotherVerb(int c) {
            int h = parentOf(c);
            if (h < 0 || hasChild(c, Set.of("aux", "cop"))) {
                return false;
            }
            String pos = tok(c).pos;
            String headPos = tok(h).pos;
            if ((pos.equals("VB") || pos.equals("VBG") && hasChild(c, Set.of("cc")))
                    && (headPos.equals("VBD") || headPos.equals("VBZ")) && !hasChild(h, Set.of("aux"))) {
                return true;
            }
            if (pos.equals("VBG")) {
                return false; // "…, stating that …": a participial clause of the subject's, as "…, calling …" is
            }
            if (pos.equals("VBN") && !headPos.startsWith("VB") && hasChild(h, Set.of("cop"))) {
                return true;
            }
            // "he was stopped twice on the New Jersey Turnpike and accused of speeding": a past participle with no
            // auxiliary on a passive one shares its "was"; split off, it would read "he accused of speeding"
            if (pos.equals("VBN") && headPos.equals("VBN") && hasChild(h, Set.of("aux:pass")) && c > h) {
                return true;
            }
            for (int k : kids(h)) {
                if (k >= c && isDep(tok(k), "conj") && hasChild(k, Set.of("cc"))) {
                    return false;
                }
            }
            return c > h;
        }

        /** A participial clause set off by a comma, with a complement of its own: "…, calling X a Y". */
        boolean participle(int c) {
            Doc.Tok t = tok(c);
            if (!t.pos.equals("VBG") || !(t.dep.equals("advcl") || t.dep.equals("xcomp") || t.dep.equals("dep"))
                    || subjectOf(c) >= 0 || hasChild(c, Set.of("mark")) || !hasChild(c, Set.of("obj", "ccomp", "obl", "xcomp"))
                    || words(subtree(c)) < MIN_WORDS + 1) {
                return false;
            }
            int h = parentOf(c);
            if (h > c && (subjectOf(h) < 0 || subjectOf(h) > c)) {
                // "At the bottom of the page, floating across her torso in bold white letters, are the words “The
                // Queen of Rage.”": before a verb whose subject comes after it (an inverted sentence opened by a
                // phrase of place), the participle describes that subject; it is no second assertion
                return false;
            }
            int first = subtree(c).nextSetBit(0) + s.tokFrom;
            return first > s.tokFrom && tok(first - 1).word.equals(",") || first == c && afterClosedQuotation(c);
        }

        boolean contrast(int c) {
            for (int k : kids(c)) {
                if (tok(k).dep.equals("mark") && CONTRAST.contains(tok(k).word.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** The first token of a unit's core that is not a joining comma, conjunction or quote mark. */
        int firstOwn(BitSet core) {
            for (int i = core.nextSetBit(0); i >= 0; i = core.nextSetBit(i + 1)) {
                Doc.Tok t = tok(s.tokFrom + i);
                if (isDep(t, "cc") || (t.dep.equals("punct") && !isOpeningQuote(t))) {
                    continue;
                }
                // an opening mark the parser hung on this clause while the words it opens are another's ("“I've
                // repeatedly said that I believe … -- he says he's Christian.", with "he's Christian" the root) is
                // where that other clause starts, not this one
                if (isOpeningQuote(t) && !core.get(i + 1) && s.tokFrom + i + 1 < s.tokTo
                        && isWord(tok(s.tokFrom + i + 1))) {
                    continue;
                }
                return s.tokFrom + i;
            }
            return s.tokFrom + Math.max(0, core.nextSetBit(0));
        }

        static boolean isOpeningQuote(Doc.Tok t) {
            return t.word.equals("“") || t.word.equals("‘") || t.word.equals("``") || t.word.equals("`");
        }

        /** {@code to} moved back over trailing commas, semicolons, dashes, conjunctions and opening quotation marks. */
        int trimEnd(int from, int to) {
            while (to - 1 > from) {
                Doc.Tok t = tok(to - 1);
                if (isDep(t, "cc") || isSeparator(t) || isOpeningQuote(t)) {
                    to--;
                } else {
                    break;
                }
            }
            return to;
        }

        static boolean isClosing(Doc.Tok t) {
            return t.word.equals("”") || t.word.equals("’") || t.word.equals("''") || t.word.equals(")")
                    || t.word.equals("\"") || t.word.equals(".") || t.word.equals("?") || t.word.equals("!");
        }

        /** Drops the leading conjunction, complementizer and punctuation attached to the clause's head. */
        void dropJoiners(BitSet content, int head) {
            for (int c : kids(head)) {
                Doc.Tok t = tok(c);
                // a condition ("if", "unless") and an infinitive's "to" are part of what is asserted
                boolean keep = t.dep.equals("mark") && KEPT_MARKS.contains(t.word.toLowerCase(java.util.Locale.ROOT));
                // "reported last week that reading the founding document in full appears …": a "that" the parser
                // left unlabelled at the clause's start is its complementizer all the same
                boolean that = t.dep.equals("dep") && t.word.equalsIgnoreCase("that")
                        && c == content.nextSetBit(0) + s.tokFrom
                        // the "how" of an account reported ("described how he was stopped …")
                        || t.word.equalsIgnoreCase("how") && c == content.nextSetBit(0) + s.tokFrom
                        && tok(head).head >= s.tokFrom && tok(head).head < s.tokTo && toldHow(tok(head).head, head);
                if ((isDep(t, "cc") || t.dep.equals("mark") && !keep || t.dep.equals("punct") || that) && c < head) {
                    content.clear(c - s.tokFrom);
                    // "they are not only investigating the shooting but also looking for …": with the "only" of
                    // "not only … but also" gone, its "not" would deny what the sentence asserts
                    if (t.dep.equals("cc:preconj") && NOT_ONLY.contains(t.word.toLowerCase(java.util.Locale.ROOT))
                            && c - 1 >= s.tokFrom && tok(c - 1).word.equalsIgnoreCase("not")
                            && (tok(c - 1).head == head || tok(c - 1).head == c)) {
                        content.clear(c - 1 - s.tokFrom);
                    }
                }
            }
            // "Larry Summers warned Wednesday that failure to pass a new tax cut compromise would significantly raise
            // the risk …", parsed with the "that" a mark of the clausal subject "to pass": the complementizer all
            // the same when it opens the content
            int first = content.nextSetBit(0) + s.tokFrom;
            if (first >= s.tokFrom && first < head && tok(first).word.equalsIgnoreCase("that")
                    && tok(first).dep.equals("mark") && tok(first).head >= s.tokFrom && tok(first).head < s.tokTo
                    && tok(tok(first).head).dep.startsWith("csubj") && tok(tok(first).head).head == head) {
                content.clear(first - s.tokFrom);
            }
        }

        /**
         * The tokens of a set as text: runs of adjacent tokens as written, runs joined by a space. A run of marks
         * alone is left out (punctuation the parser hung on the clause from elsewhere: "…, ." or "?”"), and a
         * quotation mark left without its partner is closed at the end, or dropped when it is the last or first
         * character ("serve “the national interest" → "serve “the national interest”"); so is a parenthesis.
         */
        String text(BitSet b) {
            StringBuilder out = new StringBuilder();
            String body = d.body.text();
            int i = b.nextSetBit(0);
            while (i >= 0) {
                int j = i;
                while (b.get(j + 1)) {
                    j++;
                }
                boolean words = false;
                for (int k = i; k <= j && !words; k++) {
                    words = isWord(tok(s.tokFrom + k));
                }
                if (words) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(body, tok(s.tokFrom + i).start, tok(s.tokFrom + j).end);
                }
                i = b.nextSetBit(j + 1);
            }
            // "It was the first time in a generation, according to officials, that …" without its attribution: the
            // commas on both sides of words left out are one comma, not ", ,"
            String t = out.toString().replaceAll("\\s+", " ").replaceAll("[\\s,;:.\u2014\u2013-]+$", "").strip();
            // "… within the tea party,”": the comma before a closing mark at the end closes nothing
            t = t.replaceAll("[,;:]([\"\u201d])$", "$1");
            // (also after a closing mark left without its partner has gone: "… for that comment, ,” his latest …")
            return closeParenthesis(balanceQuotes(t)).replaceAll("([,;]) [,;](?= )", "$1");
        }
    }

    /**
     * A parenthesis the content opens and its run of marks left out closed at the end: "Obama doesn't have a doctrine
     * (on foreign affairs.)" gives "Obama doesn't have a doctrine (on foreign affairs)", not "… (on foreign affairs".
     */
    static String closeParenthesis(String t) {
        int open = t.lastIndexOf('(');
        return open >= 0 && t.indexOf(')', open) < 0 && t.chars().filter(c -> c == '(').count()
                > t.chars().filter(c -> c == ')').count() ? t + ")" : t;
    }

    /**
     * Quotation marks (straight, as the analysed text has them) paired: a mark after a word is a closing one, any
     * other an opening one; a closing mark with no opening one before it is dropped, an opening one never closed is
     * closed at the end, or dropped when it opens the content.
     */
    static String balanceQuotes(String t) {
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '"') {
                out.append(c);
                continue;
            }
            boolean closing = i > 0 && !Character.isWhitespace(t.charAt(i - 1)) && t.charAt(i - 1) != '('
                    && (i + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 1)));
            if (closing && !open) {
                continue;
            }
            open = !closing;
            out.append(c);
        }
        String b = out.toString().replaceAll("\\s+", " ").replaceAll("[\\s,;:.\u2014\u2013-]+$", "").strip();
        if (open && b.endsWith("\"")) {
            // "It said something could evolve “and become more dangerous …”": the mark opens a quotation that is
            // another claim's; nothing of it is in this one
            return b.substring(0, b.length() - 1).strip();
        }
        if (open && b.startsWith("\"") && b.indexOf('"', 1) < 0) {
            return b.substring(1).strip(); // the quotation is the whole content: its marks go
        }
        return open ? b + "\"" : b;
    }
}
