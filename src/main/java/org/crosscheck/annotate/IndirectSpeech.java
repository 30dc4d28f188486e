package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Quote;

/**
 * Reported speech without quotation marks, as quotes of kind {@code indirect}: "Zelensky said Kiev has captured two
 * Chinese nationals" (speaker, reporting verb, the reported clause after it, with or without "that"), "…, officials
 * said." (the clause before it), "according to X, …" and "…, according to X". Rules over part-of-speech tags: the
 * subject is the noun phrase, name or pronoun right before the verb (or right after it in "…, said X"); a clause is
 * reported only when it holds a verb or opens with a complementizer, so "he said nothing" is not a quote.
 */
final class IndirectSpeech {
    /** Reporting verbs and verbs of belief, as lemmas. */
    static final Set<String> VERBS = Set.of("say", "tell", "claim", "add", "state", "announce", "accuse", "reveal",
            "confirm", "acknowledge", "deny", "warn", "argue", "insist", "report", "write", "believe", "think",
            "note", "explain", "suggest", "assert", "allege", "predict", "promise", "vow", "pledge", "admit",
            "concede", "contend", "maintain", "declare", "indicate", "estimate", "find", "show", "conclude",
            "stress", "emphasize", "emphasise", "insinuate", "imply", "hint", "testify", "tweet", "post", "recall",
            "complain", "boast", "brag", "agree", "disclose", "worry", "fear", "hope", "expect",
            "feel", "know", "charge", "counter", "respond", "reply", "observe", "remark", "mention", "point",
            "speculate", "assure", "inform", "remind", "caution", "signal", "repeat", "reiterate",
            // more verbs of communication and of judgement (manner of speaking, complaint, mental state)
            "lament", "bemoan", "joke", "quip", "muse", "recount", "interject", "proclaim", "exclaim", "retort",
            "grumble", "gripe", "scoff", "marvel", "confide", "affirm", "attest", "opine", "theorize", "theorise",
            "posit", "reason", "forecast", "foresee", "anticipate", "envision", "imagine", "assume", "presume",
            "suspect", "doubt", "wonder", "recognize", "recognise", "concur", "dispute", "clarify", "elaborate",
            "swear", "guarantee", "advise", "remember",
            // "objecting that the talking points could be “abused” …"
            "object",
            // rulings and orders: "the board … ruled that he met the citizenship criteria", "ordered that his name be
            // certified", "ordered the State Department to make monthly releases"
            "rule", "order");
    /** Verbs whose object is what is attributed: "called for an end to …", "cited a report …". */
    private static final Set<String> NP_VERBS = Set.of("call", "cite", "criticize", "criticise", "attack", "praise",
            "blame", "want", "urge", "question", "demand", "propose", "reject", "condemn", "dismiss", "endorse",
            "oppose", "ask", "describe", "defend", "accuse", "deny", "acknowledge", "announce", "promise", "pledge",
            "vow", "support", "back", "favor", "favour", "slam", "blast", "applaud", "welcome", "mock", "show",
            "report", "prefer", "tweet", "decry", "lament", "bemoan", "deride", "assail", "chide", "rip",
            "savage", "repudiate", "denounce", "disavow", "herald", "hail", "tout", "celebrate", "cheer", "credit",
            "commend", "fault", "scold", "rebuke", "lambaste", "excoriate", "berate", "ridicule", "belittle",
            "disparage", "insult", "challenge", "embrace", "champion", "recommend", "request", "express", "voice",
            "liken", "characterize", "characterise", "portray", "depict", "denigrate", "lampoon", "taunt", "dispute",
            "reaffirm",
            // what is taken up or repeated: "Mrs. Clinton echoed the criticism", "discussed legislation he was
            // introducing", "highlighted polls that show him …", "compared her to a religious heretic"
            "echo", "highlight", "discuss", "compare", "thank",
            // "He also mentioned the violence in his Chicago hometown", "She also congratulated Bernie Sanders for
            // competing hard …", "EgyptAir also confirmed the news about …", "Republicans … offered their thoughts
            // and prayers to the victims", "The agency lists the population of the town …" (PolNeAR marks the object)
            "mention", "congratulate", "confirm", "offer", "list", "reference");
    /**
     * Verbs whose participle, set off by a comma after a frame, reports its object or the question after it: "“…,”
     * Mr. Brown said, recalling a visit to his church by Rafael Cruz", "Ms. Acosta said, explaining how a government
     * outlay … could be justified", "quoting Comey's statement". Only so: "he recalled the night" alone is a memory.
     */
    private static final Set<String> PARTICIPLE_OBJECT = Set.of("recall", "explain", "quote", "paraphrase",
            "invoke", "cite", "reference");
    /**
     * What an author puts out with words in it: "issued a statement saying …", "sent out a press release saying …"
     * (not "a sign saying …", whose words are the sign's).
     */
    private static final Set<String> MESSAGE_NOUNS = Set.of("statement", "release", "message", "email", "e-mail",
            "letter", "memo", "note", "tweet", "text", "ad", "advertisement", "notice", "post", "appeal", "op-ed");
    /** Verbs of opinion whose object and "as" phrase are what is attributed: "sees Clinton as the candidate …". */
    private static final Set<String> AS_VERBS = Set.of("see", "view", "regard");
    /**
     * Verbs of stance whose content is the object of a preposition: "voted for Clinton", "sided with the union",
     * "called for an end to …", "agreed with Mr. Trump", "voted in favor of the bill".
     */
    private static final java.util.Map<String, Set<String>> PREP_VERBS = java.util.Map.ofEntries(
            java.util.Map.entry("call", Set.of("for", "on", "upon")),
            java.util.Map.entry("ask", Set.of("for", "about")),
            java.util.Map.entry("respond", Set.of("to")),
            java.util.Map.entry("reply", Set.of("to")),
            java.util.Map.entry("talk", Set.of("about")),
            java.util.Map.entry("comment", Set.of("on")),
            java.util.Map.entry("rail", Set.of("against")),
            java.util.Map.entry("complain", Set.of("about", "of")),
            java.util.Map.entry("brag", Set.of("about")),
            java.util.Map.entry("boast", Set.of("about", "of")),
            java.util.Map.entry("joke", Set.of("about")),
            java.util.Map.entry("write", Set.of("about")),
            java.util.Map.entry("tweet", Set.of("about")),
            // adjectives of attitude with a copula: "Davis was critical of all the candidates"
            java.util.Map.entry("critical", Set.of("of")), java.util.Map.entry("supportive", Set.of("of")),
            java.util.Map.entry("skeptical", Set.of("of", "about")), java.util.Map.entry("hostile", Set.of("to")),
            java.util.Map.entry("angry", Set.of("about", "at", "with")), java.util.Map.entry("worried", Set.of("about")),
            java.util.Map.entry("nervous", Set.of("about")), java.util.Map.entry("concerned", Set.of("about")),
            java.util.Map.entry("optimistic", Set.of("about")), java.util.Map.entry("pessimistic", Set.of("about")),
            java.util.Map.entry("enthusiastic", Set.of("about")), java.util.Map.entry("upbeat", Set.of("about")),
            java.util.Map.entry("wary", Set.of("of")), java.util.Map.entry("leery", Set.of("of", "about")),
            java.util.Map.entry("cynical", Set.of("about")), java.util.Map.entry("dismissive", Set.of("of")),
            java.util.Map.entry("proud", Set.of("of")), java.util.Map.entry("fond", Set.of("of")),
            java.util.Map.entry("opposed", Set.of("to")), java.util.Map.entry("irritated", Set.of("about", "by")),
            java.util.Map.entry("vote", Set.of("for", "against")),
            java.util.Map.entry("side", Set.of("with", "against")),
            java.util.Map.entry("agree", Set.of("with")),
            java.util.Map.entry("campaign", Set.of("for", "against")),
            java.util.Map.entry("advocate", Set.of("for")),
            java.util.Map.entry("lobby", Set.of("for", "against")),
            java.util.Map.entry("speak", Set.of("against", "about", "of")),
            java.util.Map.entry("argue", Set.of("for", "against")),
            java.util.Map.entry("point", Set.of("to")),
            java.util.Map.entry("refer", Set.of("to")),
            java.util.Map.entry("allude", Set.of("to")),
            // "Ted Cruz apologized for his campaign's suggestion …"
            java.util.Map.entry("apologize", Set.of("for", "to")),
            java.util.Map.entry("apologise", Set.of("for", "to")),
            // "More recently, first ladies have focused on causes"
            java.util.Map.entry("focus", Set.of("on")));
    /** Adjectives that head a noun phrase of people: "most of his competitors said", "many argue". */
    private static final Set<String> QUANTIFIERS = Set.of("most", "many", "few", "several", "some", "more", "fewer",
            "half", "third", "quarter", "majority", "others");
    /** Verbs of showing, and what shows by depicting: a picture or a recording (see {@link #depicts}). */
    private static final Set<String> SHOWING = Set.of("show", "depict");
    private static final Set<String> PICTURES = Set.of("video", "footage", "photo", "photograph", "picture", "image",
            "clip", "film", "tape", "videotape", "recording", "camera", "screenshot", "livestream", "broadcast");
    /** Verbs of support and opposition, whose participle may describe its source ("super PACs backing Mr. Cruz"). */
    private static final Set<String> SUPPORT_VERBS = Set.of("support", "back", "endorse", "oppose", "favor", "favour",
            "prefer", "vote", "side", "campaign", "advocate", "lobby");
    /** Verbs of intention whose infinitive (or object and infinitive) is what is attributed: "wants to …". */
    private static final Set<String> INTENT_VERBS = Set.of("want", "plan", "intend", "hope", "expect", "seek",
            "decline", "refuse", "agree", "threaten", "vow", "pledge", "promise", "decide", "offer");
    /** Nouns of saying, belief and intention whose owner is the source: "Trump's claim that …", "her plan to …". */
    private static final Set<String> NOUN_CUES = Set.of("claim", "statement", "assertion", "allegation", "complaint",
            "suggestion", "argument", "warning", "promise", "pledge", "vow", "finding", "belief", "view",
            "contention", "insistence", "accusation", "charge", "announcement", "prediction", "assessment",
            "conclusion", "admission", "denial", "remark", "comment", "plan", "proposal", "decision", "call",
            "refusal", "threat", "hope", "fear", "insinuation", "suspicion", "position", "opinion", "assurance",
            "estimate", "intention", "desire", "goal", "demand", "recommendation", "criticism", "declaration",
            "support", "opposition", "attack", "endorsement", "vote", "backing", "praise", "objection", "plea",
            "commitment", "response", "stance");
    /** Nouns of stance whose content is the object of a preposition: "his support for …", "Trump's attacks on …". */
    private static final java.util.Map<String, Set<String>> PREP_NOUNS = java.util.Map.ofEntries(
            java.util.Map.entry("call", Set.of("for")), java.util.Map.entry("support", Set.of("for", "of")),
            java.util.Map.entry("opposition", Set.of("to")), java.util.Map.entry("attack", Set.of("on", "against")),
            java.util.Map.entry("criticism", Set.of("of")), java.util.Map.entry("endorsement", Set.of("of", "for")),
            java.util.Map.entry("position", Set.of("on")), java.util.Map.entry("stance", Set.of("on")),
            java.util.Map.entry("response", Set.of("to")), java.util.Map.entry("assessment", Set.of("of")),
            java.util.Map.entry("view", Set.of("of", "on")), java.util.Map.entry("comment", Set.of("on", "about")),
            java.util.Map.entry("remark", Set.of("on", "about")),
            java.util.Map.entry("vote", Set.of("for", "against", "on")), java.util.Map.entry("backing", Set.of("of")),
            java.util.Map.entry("praise", Set.of("for", "of")), java.util.Map.entry("objection", Set.of("to")),
            java.util.Map.entry("plea", Set.of("for")), java.util.Map.entry("commitment", Set.of("to")),
            java.util.Map.entry("demand", Set.of("for")));
    /** Documents of measurement that report what the sentence states: "In a CNN poll, Trump leads …". */
    private static final Set<String> POLL_NOUNS = Set.of("poll", "survey", "study", "report", "analysis",
            "census", "audit", "tally", "average", "projection", "filing", "forecast");
    /** Documents that state things: "the report, which concluded that …", "the bill, which calls for …". */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("poll", "survey", "study", "report", "analysis",
            "audit", "filing", "forecast", "law", "bill", "ruling", "memo", "letter", "statement", "document", "ad",
            "accord", "agreement", "resolution", "platform", "proposal", "plan", "order", "decision", "lawsuit",
            "complaint", "petition", "review", "investigation", "editorial", "article", "story", "book");
    /** Whether a noun's lemma names a document that states things ("letter", "statement", "report"). */
    static boolean isDocumentNoun(String lemma) {
        return DOCUMENT_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Relations of a verb's dependents that are what it reports: a clause, an infinitive, an object. */
    private static final Set<String> CLAUSE_DEPS = Set.of("ccomp", "xcomp");
    /** Verbs of asking and causing whose object does what the infinitive after it says: "prompted Mr. Biden to …". */
    private static final Set<String> OBJECT_CONTROL = Set.of("prompt", "urge", "ask", "press", "push", "force",
            "encourage", "invite", "persuade", "convince", "challenge", "compel", "pressure", "implore", "beg", "dare",
            "cause", "inspire", "lead", "get", "tell");
    /** Verbs of saying that take no object of their own, so that a noun right after them in "“…,” said X" is X. */
    private static final Set<String> INVERTED_BY_OBJECT = Set.of("say", "add", "write", "continue", "note",
            "explain", "reply", "recall", "declare", "insist", "quip", "state", "tweet", "remark", "argue", "warn",
            "conclude", "respond", "observe", "concede", "reiterate", "predict", "joke", "complain", "agree",
            "counter", "retort", "exclaim", "muse", "boast", "lament", "shout", "chant", "yell", "scream");
    /** Verbs that take the person told before the reported clause. */
    private static final Set<String> OBJECT_VERBS = Set.of("tell", "warn", "assure", "inform", "remind", "accuse",
            "promise", "caution", "show");
    /** Words that open a relative clause set off by a comma: "X, who said …", "the group, which expects …". */
    private static final Set<String> RELATIVE_WORDS = Set.of("who", "which", "whose", "whom");
    private static final Set<String> COMPLEMENTIZER = Set.of("that", "whether", "if", "how", "why", "what", "when",
            "where", "who");
    /** Forms of "say" that are verbs whatever the tagger says ("Clinton says" is sometimes tagged a plural noun). */
    private static final Set<String> SAYS = Set.of("says", "said");
    private static final Set<String> SKIP = Set.of("RB", "RBR", "RBS", "MD", "RP");
    private static final Set<String> AUX = Set.of("have", "be", "do", "also", "not", "n't", "repeatedly", "later",
            "then", "further", "never", "once");

    private final Attributor attributor;
    private final Doc d;
    private final Set<Integer> usedCues;
    /** Verbs of saying found joined to an earlier frame by "and"/"but" ({@link #joinedSaying}): the frame's speaker. */
    private final java.util.Map<Integer, Speaker> joinedSpeakers = new java.util.HashMap<>();

    IndirectSpeech(Attributor attributor, Doc d, Set<Integer> usedCues) {
        this.attributor = attributor;
        this.d = d;
        this.usedCues = usedCues;
    }

    /** A speaker found for a cue: its token span, the entity and a name to show. */
    private record Speaker(int from, int to, EntityResolver.Cluster entity, String name, String rule) {
    }

    List<Quote> find() {
        List<Quote> out = new ArrayList<>();
        for (Doc.Sent s : d.sents) {
            boolean headline = Attributor.isHeadline(s);
            if (s.boilerplate != null && !headline) {
                continue;
            }
            int coveredTo = -1;
            int colon = Attributor.isTitleLine(s) ? Attributor.headlineLabel(d, s) : -1;
            if (colon >= 0) {
                // "Sanders: Endorsements prove Clinton 'candidate of the establishment.'" (a quote right after the
                // colon is already this speaker's, with this cue)
                Attributor.Attr a = attributor.labelled(d, s.start, d.toks.get(colon - 1).end);
                if (!usedCues.contains(a.cueStart())) {
                    Quote q = quote(s, new Speaker(s.tokFrom, colon, a.entity(), a.subjectText(), a.why()), colon + 1,
                            s.tokTo, colon, colon + 1, ":");
                    if (q != null) {
                        out.add(q);
                    }
                }
                continue;
            }
            java.util.regex.Matcher label = Attributor.LABEL.matcher(d.body.text()).region(s.start, s.end);
            if (!headline && d.quoteAt(s.start) == null && label.lookingAt() && d.paragraphStart[s.paragraph] == s.start
                    && !Attributor.isEditorialLabel(label.group(1))) {
                // "PENCE: Well, look, …" in a transcript
                Attributor.Attr a = attributor.labelled(d, label.start(1), label.end(1));
                // the speaker's turn runs to the end of the paragraph; what is reported inside it is part of it
                int end = s.end;
                for (int k = s.index + 1; k < d.sents.size() && d.sents.get(k).paragraph == s.paragraph; k++) {
                    end = d.sents.get(k).end;
                }
                String text = d.body.text().substring(label.end(), end).strip();
                if (text.split("\\s+").length >= 3) {
                    out.add(new Quote(null, d.id(), a.subjectText(), a.entity() == null ? null : a.entity().id, text,
                            d.origStart(label.end()), d.origEnd(end), "indirect", ":", null, s.index, a.why(),
                            d.origStart(a.speakerStart()), d.origEnd(a.speakerEnd()), d.origStart(a.cueStart()),
                            d.origEnd(a.cueEnd())));
                    continue;
                }
            }
            int sentenceFirst = out.size();
            for (int i = s.tokFrom; i < s.tokTo; i++) {
                Doc.Tok t = d.toks.get(i);
                if (i < coveredTo || t.inQuote || d.quoteAt(t.start) != null || usedCues.contains(t.start)) {
                    continue;
                }
                Quote q = null;
                Quote asked = askedOpening(s, i);
                if (asked != null) {
                    q = asked;
                } else if (t.word.equalsIgnoreCase("according") && i + 1 < s.tokTo
                        && d.toks.get(i + 1).word.equalsIgnoreCase("to")) {
                    List<Quote> acc = according(s, i);
                    if (!acc.isEmpty()) {
                        q = acc.get(acc.size() - 1);
                        out.addAll(acc.subList(0, acc.size() - 1));
                    }
                } else if ((t.pos.startsWith("VB") || SAYS.contains(t.word.toLowerCase(Locale.ROOT)))
                        && !addsTo(s, i)
                        && (VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))
                        || NP_VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))
                        || INTENT_VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))
                        || PREP_VERBS.containsKey(t.lemma.toLowerCase(Locale.ROOT))
                        || AS_VERBS.contains(t.lemma.toLowerCase(Locale.ROOT)) && objectAs(s, i) != null
                        || t.pos.equals("VBG") && PARTICIPLE_OBJECT.contains(t.lemma.toLowerCase(Locale.ROOT)))
                        || thatClausePredicate(s, i) || attitudeAdjective(s, i)) {
                    List<Quote> tree = treeVerb(s, i);
                    if (tree != null && !tree.isEmpty()) {
                        q = tree.get(tree.size() - 1);
                        out.addAll(tree.subList(0, tree.size() - 1));
                    } else if (tree == null && !INTENT_VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))
                            && (VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))
                            || NP_VERBS.contains(t.lemma.toLowerCase(Locale.ROOT)))) {
                        q = verb(s, i);
                    }
                }
                if (q == null && t.pos.startsWith("NN") && NOUN_CUES.contains(t.lemma.toLowerCase(Locale.ROOT))) {
                    q = nounCue(s, i);
                }
                if (q == null && t.lemma.equalsIgnoreCase("make") && t.pos.startsWith("VB")) {
                    q = madeClear(s, i);
                }
                if (q == null && t.pos.startsWith("VB")
                        && LIGHT_VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))) {
                    q = nounOfSayingAsObject(s, i);
                }
                if (q == null && t.word.equalsIgnoreCase("for") && t.dep.equals("case")) {
                    q = forWhom(s, i);
                }
                if (q == null && t.word.equalsIgnoreCase("in") && t.dep.equals("case")) {
                    List<Quote> poll = inPoll(s, i);
                    if (!poll.isEmpty()) {
                        q = poll.get(poll.size() - 1);
                        out.addAll(poll.subList(0, poll.size() - 1));
                    }
                }
                if (q != null && questionToTheReader(s, q)) {
                    q = null;
                }
                if (q != null && q.kind().equals("indirect")) {
                    q = endBeforeJoinedReport(s, i, q);
                    q = endBeforeMainClause(s, i, q);
                    q = endBeforeSecondAbsolute(s, i, q);
                    q = endWithRelativeClause(s, i, q);
                    q = endBeforeRelativeReport(s, i, q);
                }
                if (q != null) {
                    out.add(q);
                    for (int k = i; k < s.tokTo; k++) {
                        if (d.toks.get(k).start < d.body.length() && d.origStart(d.toks.get(k).start) < q.end()) {
                            coveredTo = k + 1;
                        }
                    }
                }
            }
            dropUnrealisedInsideReport(s, out.subList(sentenceFirst, out.size()));
        }
        return out;
    }

    /**
     * "Ken Livingstone should "stick to his guns" and not apologise for his "Nazi" comment to a Jewish reporter, Tory MP
     * Boris Johnson has insisted.": a verb under a negation or a modal ("should … not apologise for") that lies inside
     * what another frame of the sentence reports is part of that report, an act urged or denied, not a report of its
     * own. The modal may be the one its conjunct shares ("should stick … and not apologise").
     */
    private void dropUnrealisedInsideReport(Doc.Sent s, List<Quote> rows) {
        if (rows.size() < 2) {
            return;
        }
        List<Quote> drop = new ArrayList<>();
        for (Quote q : rows) {
            int c = tokenAt(s, q.cueStart());
            if (c < 0 || !unrealised(s, c)) {
                continue;
            }
            for (Quote r : rows) {
                if (r != q && !drop.contains(r) && r.start() <= q.cueStart() && q.cueStart() < r.end()
                        && (r.cueStart() < q.start() || r.cueStart() >= q.end())) {
                    drop.add(q);
                    break;
                }
            }
        }
        rows.removeAll(drop);
    }

    /** The token of sentence {@code s} that starts at the original offset {@code orig}, or -1. */
    private int tokenAt(Doc.Sent s, int orig) {
        for (int k = s.tokFrom; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.start < d.body.length() && d.origStart(t.start) == orig) {
                return k;
            }
        }
        return -1;
    }

    /** A verb with "not", "n't" or "never", or a modal of its own or of the verb it is a conjunct of. */
    private boolean unrealised(Doc.Sent s, int v) {
        java.util.function.Predicate<Doc.Tok> modal = k -> k.dep.startsWith("aux") && k.pos.equals("MD");
        if (d.hasChild(s, v, k -> k.dep.startsWith("advmod") && NEGATIONS.contains(k.word.toLowerCase(Locale.ROOT)))
                || d.hasChild(s, v, modal)) {
            return true;
        }
        Doc.Tok t = d.toks.get(v);
        return t.dep.equals("conj") && t.head >= s.tokFrom && d.hasChild(s, t.head, modal)
                && !d.hasChild(s, v, k -> k.dep.startsWith("aux") || k.dep.startsWith("nsubj"));
    }

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    /**
     * "Do you support Donald Trump? Like the page:": a question put to the reader, with "you" as the speaker,
     * reports no one's view. Not in a paragraph opened by an interview's "Q" ("Q: But he's a socialist. Do you think a
     * socialist can win a general election?"), where "you" is the one asked.
     */
    private boolean questionToTheReader(Doc.Sent s, Quote q) {
        int first = s.index;
        while (first > 0 && d.sents.get(first - 1).paragraph == s.paragraph) {
            first--;
        }
        if (q.speakerStart() < 0 || !d.toks.get(s.tokTo - 1).word.equals("?")
                || d.sents.get(first).text.startsWith("Q")) {
            return false;
        }
        for (int k = s.tokFrom; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (d.origStart(t.start) == q.speakerStart()) {
                return t.word.equalsIgnoreCase("you") && d.origEnd(t.end) == q.speakerEnd();
            }
        }
        return false;
    }

    /**
     * "Clinton …, declaring it “another super Tuesday for our campaign” and said it was another step closer to winning
     * the White House", "… sought to bolster his credibility …, and suggesting that he would do whatever it took …":
     * a verb of saying inside the content of the report at {@code i}, right after "and" or "but", with no subject of
     * its own and the same speaker as that report, is the speaker's second report: the first content ends before the
     * conjunction (the second is found when the scan reaches its verb). Else {@code q} unchanged.
     */
    private Quote endBeforeJoinedReport(Doc.Sent s, int i, Quote q) {
        int first = -1;
        for (int k = i + 1; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            int at = d.origStart(t.start);
            if (at < q.start()) {
                continue;
            }
            if (first < 0) {
                first = k;
            }
            if (at >= q.end()) {
                break;
            }
            String lemma = t.lemma.toLowerCase(Locale.ROOT);
            if (t.inQuote || !t.pos.startsWith("VB") || !(VERBS.contains(lemma) || NP_VERBS.contains(lemma)
                    || PREP_VERBS.containsKey(lemma)) || d.hasChild(s, k, c -> c.dep.startsWith("nsubj"))) {
                continue;
            }
            int c = k - 1;
            while (c > first && d.toks.get(c).pos.startsWith("RB")) {
                c--;
            }
            Doc.Tok cc = d.toks.get(c);
            if (c <= first || !(cc.word.equalsIgnoreCase("and") || cc.word.equalsIgnoreCase("but"))) {
                continue;
            }
            List<Quote> second = treeVerb(s, k);
            if (second == null || second.isEmpty()) {
                continue;
            }
            Quote two = second.get(second.size() - 1);
            if (two.speakerStart() != q.speakerStart() || two.speakerEnd() != q.speakerEnd()) {
                continue;
            }
            return cutAt(q, first, c);
        }
        return q;
    }

    /** The content [first, end) of {@code q} as a quote of its own, or {@code q} when nothing is left. */
    private Quote cutAt(Quote q, int first, int end) {
        while (end - 1 > first && isComma(d.toks.get(end - 1))) {
            end--;
        }
        if (end <= first || d.words(first, end) < 1) {
            return q;
        }
        int from = d.toks.get(first).start;
        int to = d.toks.get(end - 1).end;
        String text = d.body.text().substring(from, to).strip();
        return new Quote(q.id(), q.source(), q.speaker(), q.speakerEntity(), text, q.start(), d.origEnd(to),
                q.kind(), q.cue(), q.channel(), q.sentence(), q.why(), q.speakerStart(), q.speakerEnd(),
                q.cueStart(), q.cueEnd());
    }

    /** The first token of {@code q}'s content after {@code i}, and the token its content ends before. */
    private int[] contentTokens(Doc.Sent s, int i, Quote q) {
        int first = -1;
        int end = -1;
        for (int k = i + 1; k < s.tokTo; k++) {
            int at = d.origStart(d.toks.get(k).start);
            if (at < q.start()) {
                continue;
            }
            if (at >= q.end()) {
                break;
            }
            if (first < 0) {
                first = k;
            }
            end = k + 1;
        }
        return first < 0 ? null : new int[] {first, end};
    }

    /**
     * "And while many predict that Steele will call it quits after his current term, his increasing seclusion … has
     * made his forthcoming decision difficult to ascertain.", "While some … have directly announced their intentions
     * to work toward insuring Steele's termination at the committee, other Republicans have simply lined up behind …":
     * a report inside an adverbial clause that opens the sentence (after "while", "although", "when" …, at most a
     * conjunction before it) says no more than that clause: its content ends at the comma after which a subject and
     * a finite verb start the main clause (no other subordinator, relative word or quotation mark on the way).
     */
    private Quote endBeforeMainClause(Doc.Sent s, int i, Quote q) {
        int o = s.tokFrom;
        if (o < s.tokTo && d.toks.get(o).pos.equals("CC")) {
            o++;
        }
        if (o >= i || !CIRCUMSTANCE_MARK.contains(d.toks.get(o).word.toLowerCase(Locale.ROOT))) {
            return q;
        }
        int[] c = contentTokens(s, i, q);
        if (c == null) {
            return q;
        }
        for (int k = c[0] + 1; k < c[1] - 2; k++) {
            Doc.Tok t = d.toks.get(k);
            String w = t.word.toLowerCase(Locale.ROOT);
            if (t.inQuote || CIRCUMSTANCE_MARK.contains(w) && t.dep.equals("mark") || RELATIVE_WORDS.contains(w)) {
                return q;
            }
            if (!t.word.equals(",")) {
                continue;
            }
            boolean noun = false;
            for (int j = k + 1; j < c[1] && j <= k + 12; j++) {
                Doc.Tok u = d.toks.get(j);
                String uw = u.word.toLowerCase(Locale.ROOT);
                if (u.inQuote || isComma(u) || RELATIVE_WORDS.contains(uw) || COMPLEMENTIZER.contains(uw)
                        || u.pos.equals("CC") && j == k + 1) {
                    break;
                }
                if ((FINITE.contains(u.pos) || u.pos.equals("MD")) && j > k + 1) {
                    if (noun) {
                        return cutAt(q, c[0], k);
                    }
                    break;
                }
                if (u.pos.startsWith("VB") && !u.dep.equals("amod")) {
                    break;
                }
                noun |= u.pos.startsWith("NN") || u.pos.equals("PRP");
            }
        }
        return q;
    }

    /**
     * "Labour's Mr Livingstone, who says he is "standing by" his remarks, had accused an Evening Standard journalist of
     * …": a report inside a relative clause set off by a comma after its noun says no more than that clause. Its
     * content ends at its first comma when a finite verb (or a modal), with nothing but adverbs before it, takes up
     * the main clause whose subject the noun is there.
     */
    private Quote endWithRelativeClause(Doc.Sent s, int i, Quote q) {
        int rel = i - 1;
        while (rel > s.tokFrom && (d.toks.get(rel).pos.startsWith("RB") || d.toks.get(rel).pos.equals("MD")
                || AUX.contains(d.toks.get(rel).lemma.toLowerCase(Locale.ROOT)))) {
            rel--;
        }
        if (rel - 1 < s.tokFrom || !RELATIVE_WORDS.contains(d.toks.get(rel).word.toLowerCase(Locale.ROOT))
                || !isComma(d.toks.get(rel - 1))) {
            return q;
        }
        int[] c = contentTokens(s, i, q);
        if (c == null) {
            return q;
        }
        for (int k = c[0] + 1; k < c[1] - 1; k++) {
            if (!isComma(d.toks.get(k)) || d.toks.get(k).inQuote) {
                continue;
            }
            int v = k + 1;
            while (v < c[1] && d.toks.get(v).pos.startsWith("RB")) {
                v++;
            }
            if (v < c[1] && (FINITE.contains(d.toks.get(v).pos) || d.toks.get(v).pos.equals("MD"))
                    && !d.toks.get(v).inQuote) {
                return cutAt(q, c[0], k);
            }
            return q; // only the first comma can close the clause ("…, who said the plan, which …, was flawed")
        }
        return q;
    }

    /**
     * "But Trump notably made no mention of Jeb Bush, who announced he is suspending his campaign earlier in the
     * evening." (Breitbart): a relative clause set off by a comma inside a content that is a report of its own
     * ({@link #relativeReport}: a verb of saying or belief with a subject of its own, or "who"/"which" and what it
     * attributes after it) is no part of that content, whatever rule found the content (an object, a noun's
     * preposition, a light verb), as the clause rules already cut it: the content ends before the comma, and the
     * clause's report is found when the scan reaches its verb.
     */
    private Quote endBeforeRelativeReport(Doc.Sent s, int i, Quote q) {
        int[] c = contentTokens(s, i, q);
        if (c == null) {
            return q;
        }
        for (int k = c[0] + 1; k < c[1]; k++) {
            if (relativeReport(s, k, c[1])) {
                return cutAt(q, c[0], k);
            }
        }
        return q;
    }

    /**
     * "…, with some saying it makes Bachmann look "crazy" and one blogger asking, "Can anyone …?"": a reporting
     * participle with a subject of its own (a short noun phrase right after "and") inside the content of a report
     * made with a participle is a second report: the first content ends before the conjunction.
     */
    private Quote endBeforeSecondAbsolute(Doc.Sent s, int i, Quote q) {
        if (!d.toks.get(i).pos.equals("VBG")) {
            return q;
        }
        int[] c = contentTokens(s, i, q);
        if (c == null) {
            return q;
        }
        for (int k = c[0] + 1; k < c[1]; k++) {
            Doc.Tok t = d.toks.get(k);
            String lemma = t.lemma.toLowerCase(Locale.ROOT);
            if (t.inQuote || !t.pos.equals("VBG") || !(VERBS.contains(lemma) || NP_VERBS.contains(lemma))) {
                continue;
            }
            int a = k - 1;
            boolean noun = false;
            while (a > c[0] && k - a <= 4 && !d.toks.get(a).word.equalsIgnoreCase("and")) {
                Doc.Tok u = d.toks.get(a);
                if (!(u.pos.startsWith("NN") || u.pos.equals("DT") || u.pos.equals("CD") || u.pos.startsWith("JJ")
                        || u.pos.equals("PRP$"))) {
                    break;
                }
                noun |= u.pos.startsWith("NN");
                a--;
            }
            if (noun && a > c[0] && d.toks.get(a).word.equalsIgnoreCase("and") && !d.toks.get(a).inQuote) {
                return cutAt(q, c[0], a);
            }
        }
        return q;
    }

    /** Words after an opening "Asked" that open what was asked. */
    private static final Set<String> ASKED_WHAT = Set.of("if", "whether", "about", "what", "why", "how", "who", "whom",
            "which", "where", "when", "to");
    /** Words that may stand before an opening "Asked". */
    private static final Set<String> BEFORE_ASKED = Set.of("and", "but", "when", "later", "also", "once");

    /**
     * "Asked if he was ever bullied, the Republican presidential candidate said no.", "Asked about her own vote …,
     * Sarandon said …": a participle "Asked" opening the sentence (at most a conjunction or "when" before it), with
     * what was asked after it up to the comma where the main clause starts. The question is a report of its own with
     * no speaker (the sentence does not say who asked); its cue is "Asked" ("Asked about" when "about" opens the
     * question, which is then no part of the content). Null when the sentence does not open so.
     */
    private Quote askedOpening(Doc.Sent s, int i) {
        Doc.Tok t = d.toks.get(i);
        if (!t.word.equalsIgnoreCase("asked") || t.inQuote || i + 2 >= s.tokTo
                || !(t.pos.equals("VBN") || t.pos.equals("VBD"))) {
            return null;
        }
        if (i != s.tokFrom && !(i == s.tokFrom + 1
                && BEFORE_ASKED.contains(d.toks.get(s.tokFrom).word.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        String next = d.toks.get(i + 1).word.toLowerCase(Locale.ROOT);
        if (!ASKED_WHAT.contains(next)) {
            return null;
        }
        int cueTo = next.equals("about") ? i + 2 : i + 1;
        int comma = -1;
        for (int k = cueTo + 1; k < s.tokTo - 2 && comma < 0; k++) {
            // a comma set inside a closing mark ("on the CBS News program “Face the Nation,” Mr. Santorum …") ends
            // the question as well
            if (isComma(d.toks.get(k)) && (!d.toks.get(k).inQuote || isClosingQuote(d.toks.get(k + 1)))) {
                comma = k;
            }
        }
        if (comma < 0 || d.words(cueTo, comma) < 2) {
            return null;
        }
        int start = d.toks.get(cueTo).start;
        int end = d.toks.get(comma - 1).end;
        int[] whole = wholeQuotations(d, s, start, end);
        String text = d.body.text().substring(whole[0], whole[1]).strip();
        String cue = d.body.text().substring(t.start, d.toks.get(cueTo - 1).end);
        return new Quote(null, d.id(), null, null, text, d.origStart(whole[0]), d.origEnd(whole[1]), "indirect", cue,
                null, s.index, "indirect speech: an opening '" + cue + "' with what was asked, up to the comma where"
                        + " the main clause starts; the sentence does not say who asked", -1, -1,
                d.origStart(t.start), d.origEnd(d.toks.get(cueTo - 1).end));
    }

    // ---- "according to X"

    private List<Quote> according(Doc.Sent s, int i) {
        int from = i + 2;
        int to = from;
        while (to < s.tokTo && to - from < 12) {
            Doc.Tok t = d.toks.get(to);
            if (t.word.equals(",") || t.word.equals(".") || t.word.equals(";") || t.pos.startsWith("VB")
                    && !t.pos.equals("VBN") && !t.pos.equals("VBG") || t.inQuote) {
                break;
            }
            to++;
        }
        if (to == from) {
            return List.of();
        }
        Speaker sp = speakerIn(from, to, "'according to' names the source");
        int cFrom;
        int cTo;
        // the clause the phrase stands in opens at the sentence's start or after a colon or semicolon ("And it hasn't
        // gone unnoticed: According to recent polls, Trump holds …")
        int open = s.tokFrom;
        for (int k = i - 1; k > s.tokFrom; k--) {
            String w = d.toks.get(k).word;
            if ((w.equals(":") || w.equals(";")) && !d.toks.get(k).inQuote) {
                open = k + 1;
                break;
            }
        }
        if (onlyLeading(open, i)) {
            // "According to …, X", "But, according to the poll, 46 percent of Republican voters … remain undecided"
            cFrom = to;
            while (cFrom < s.tokTo && d.toks.get(cFrom).word.equals(",")) {
                cFrom++;
            }
            cTo = s.tokTo;
        } else {
            List<Quote> pieces = accordingInside(s, i, to, open, sp);
            if (pieces != null) {
                return pieces;
            }
            cFrom = open;
            cTo = i;
        }
        Quote q = quote(s, sp, cFrom, cTo, i, i + 2, "according to");
        return q == null ? List.of() : List.of(q);
    }

    /**
     * "The implication, according to the Sanders aide, is that Clinton cheated …": a phrase set off by commas inside
     * the clause it hangs on (its noun an oblique of that clause's predicate) attributes the whole clause, in two
     * pieces around it. Null when the phrase is not so placed.
     */
    private List<Quote> accordingInside(Doc.Sent s, int i, int to, int open, Speaker sp) {
        if (i - 1 <= open || !isComma(d.toks.get(i - 1)) || to >= s.tokTo || !isComma(d.toks.get(to))
                || trailing(s, to + 1)) {
            return null;
        }
        int noun = d.toks.get(i).head;
        if (noun < s.tokFrom || noun >= s.tokTo || !d.toks.get(noun).dep.startsWith("obl")) {
            return null;
        }
        int pred = d.toks.get(noun).head;
        if (pred < to || pred >= s.tokTo) {
            return null;
        }
        int[] clause = subtree(s, pred);
        if (clause[0] >= i - 1 || clause[1] <= to + 1) {
            return null;
        }
        Quote before = quote(s, sp, Math.max(clause[0], open), i - 1, i, i + 2, "according to", 1);
        Quote after = quote(s, sp, to + 1, clause[1], i, i + 2, "according to", 1);
        if (before == null || after == null || d.words(Math.max(clause[0], open), i - 1) + d.words(to + 1, clause[1]) < 3) {
            return null;
        }
        return List.of(before, after);
    }

    // ---- "made clear that …"

    /** Verbs whose object can be a noun of saying that carries the report: "made no mention of …". */
    private static final Set<String> LIGHT_VERBS = Set.of("make", "avoid", "carry");
    /** Nouns of saying after a light verb, with the prepositions (or "that") that open what they report. */
    private static final java.util.Map<String, Set<String>> LIGHT_NOUNS = java.util.Map.of(
            "mention", Set.of("of"), "reference", Set.of("to"), "case", Set.of("for", "against", "that"),
            "point", Set.of("that"), "plea", Set.of("for"), "appeal", Set.of("for", "to"));

    /**
     * "Trump made no mention of God, religion or his faith", "Clinton avoided all mention of primary challenger Bernie
     * Sanders", "he also made a reference to Comey's testimony", "Republicans have made the case that she is too close
     * to Wall Street banks": a noun of saying as the object of a light verb is that verb's subject's report; the cue
     * runs from the verb to the preposition, the content is what follows.
     */
    private Quote nounOfSayingAsObject(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        if (v.inQuote || v.dep.isEmpty() || hasChild(s, i, "aux:pass")) {
            return null;
        }
        for (int n = i + 1; n < s.tokTo && n <= i + 5; n++) {
            Doc.Tok noun = d.toks.get(n);
            if (noun.head != i || !noun.dep.equals("obj")) {
                continue;
            }
            Set<String> opens = LIGHT_NOUNS.get(noun.lemma.toLowerCase(Locale.ROOT));
            if (opens == null || !noun.pos.startsWith("NN") || noun.inQuote) {
                return null;
            }
            for (int k = i + 1; k < n; k++) {
                if (d.toks.get(k).head != n && !SKIP.contains(d.toks.get(k).pos)) {
                    return null; // "made Clinton's case": only the noun's own words ("no", "all", "a specific")
                }
            }
            int[] content = null;
            int cueTo = n + 1;
            for (int c = n + 1; c < s.tokTo && content == null; c++) {
                Doc.Tok x = d.toks.get(c);
                boolean ofNoun = x.head == n && x.dep.startsWith("nmod") || x.head == i && x.dep.startsWith("obl");
                boolean clause = x.head == n && (x.dep.startsWith("acl") || x.dep.equals("ccomp"))
                        || x.head == i && x.dep.equals("ccomp");
                if (!ofNoun && !clause) {
                    continue;
                }
                int[] r = subtree(s, c);
                Doc.Tok first = d.toks.get(r[0]);
                String w = first.word.toLowerCase(Locale.ROOT);
                if (r[0] != n + 1) {
                    break;
                }
                if (ofNoun && first.dep.equals("case") && opens.contains(w)) {
                    cueTo = r[0] + 1;
                    content = new int[]{r[0] + 1, r[1]};
                } else if (clause && w.equals("that") && opens.contains("that")) {
                    content = r;
                } else {
                    break;
                }
            }
            if (content == null) {
                return null;
            }
            Speaker sp = treeSubject(s, i, 0);
            if (sp == null) {
                return null;
            }
            String cue = d.body.text().substring(v.start, d.toks.get(cueTo - 1).end).toLowerCase(Locale.ROOT);
            return quote(s, sp, content[0], content[1], i, cueTo, cue, 1);
        }
        return null;
    }

    /**
     * "some Republicans made clear that they would like to see him come around …", "officials with the Democratic
     * Congressional Campaign Committee made clear Monday they have no plans …", "made it clear that …": the verb's
     * subject states the clause (the parser hangs it on "made" or on "clear"); the cue is "made clear".
     */
    private Quote madeClear(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        if (v.inQuote || v.dep.isEmpty() || hasChild(s, i, "aux:pass")) {
            return null;
        }
        int clear = i + 1;
        if (clear < s.tokTo && d.toks.get(clear).word.equalsIgnoreCase("it")) {
            clear++;
        }
        if (clear >= s.tokTo || !d.toks.get(clear).word.equalsIgnoreCase("clear")) {
            return null;
        }
        int clause = -1;
        for (int c = clear + 1; c < s.tokTo && clause < 0; c++) {
            Doc.Tok t = d.toks.get(c);
            if ((t.head == i || t.head == clear) && t.dep.equals("ccomp")) {
                clause = c;
            }
        }
        if (clause < 0) {
            return null;
        }
        int[] r = subtree(s, clause);
        if (r[0] <= clear) {
            return null;
        }
        Speaker sp = treeSubject(s, i, 0);
        if (sp == null) {
            return null;
        }
        String cue = d.body.text().substring(v.start, d.toks.get(clear).end).toLowerCase(Locale.ROOT);
        return quote(s, sp, r[0], beforeParticiple(s, i, r[0], r[1]), i, clear + 1, cue, 2);
    }

    // ---- "For most Democrats today, …"

    /**
     * "For most Democrats today, the Clinton years remain the good old days", "For other students of the genre, though,
     * it's a step too far …": people named by a "for" phrase that opens the sentence, set off by a comma, hold the view
     * the rest of its clause states (the phrase an oblique of that clause's predicate). Only people: a person or an
     * organisation by name, a pronoun, or a plural noun whose first sense is a person ("voters", "students") or a
     * group named by its creed ("Democrats"); "For years, …", "For now, …" and "For the first time" name none.
     */
    private Quote forWhom(Doc.Sent s, int i) {
        int noun = d.toks.get(i).head;
        if (noun <= i || noun >= s.tokTo || !d.toks.get(noun).dep.startsWith("obl") || d.toks.get(i).inQuote
                || !onlyLeading(s.tokFrom, i) || d.toks.get(i + 1).word.equalsIgnoreCase("all")) {
            return null;
        }
        Doc.Tok n = d.toks.get(noun);
        int pred = n.head;
        int[] r = subtree(s, noun);
        if (r[0] != i || r[1] >= s.tokTo || !isComma(d.toks.get(r[1])) || pred <= r[1] || pred >= s.tokTo
                || d.toks.get(pred).inQuote) {
            return null;
        }
        boolean people = n.mention != null ? n.mention.pronoun || canSpeak(n.mention)
                && !EntityResolver.typeClass(n.mention.type).equals("PLACE")
                : (n.pos.equals("NNS") || n.pos.equals("NNPS")) && PersonNouns.isPerson(n.lemma.toLowerCase(Locale.ROOT));
        if (!people && (n.pos.equals("NNPS") || n.pos.equals("NNS")) && n.ner != null
                && GROUP_NER.contains(n.ner)) {
            people = true;
        }
        if (!people || isNoSpeaker(n)) {
            return null;
        }
        Speaker sp = headSpeaker(s, noun, i + 1, r[1]);
        if (sp == null) {
            return null;
        }
        int[] clause = subtree(s, pred);
        int from = r[1] + 1;
        while (from + 1 < clause[1] && d.toks.get(from).pos.startsWith("RB") && isComma(d.toks.get(from + 1))) {
            from += 2; // "…, though, it's a step too far"
        }
        return quote(s, sp, from, clause[1], i, i + 1, "for");
    }

    /** NER classes of a plural noun that names people by their creed or nation ("Democrats", "Americans"). */
    private static final Set<String> GROUP_NER = Set.of("IDEOLOGY", "NATIONALITY", "RELIGION");

    /** Only punctuation, conjunctions and adverbs in [from, to): "But,", "However,", "And so". */
    private boolean onlyLeading(int from, int to) {
        for (int k = from; k < to; k++) {
            Doc.Tok t = d.toks.get(k);
            if (Character.isLetterOrDigit(t.word.charAt(0)) && !t.pos.equals("CC") && !t.pos.startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    // ---- a reporting verb

    private Quote verb(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        String lemma = v.lemma.toLowerCase(Locale.ROOT);
        if (dismissedPerson(s, i)) {
            return null;
        }
        int j = i - 1;
        boolean passive = false;
        while (j >= s.tokFrom && (SKIP.contains(d.toks.get(j).pos)
                || AUX.contains(d.toks.get(j).lemma.toLowerCase(Locale.ROOT)) || isTime(s, j))) {
            if (d.toks.get(j).lemma.equalsIgnoreCase("be")) {
                passive = true;
            }
            j--;
        }
        if (v.pos.equals("VBN") && (passive || j < s.tokFrom || !isAuxHave(i))) {
            return null; // "was told", "the claims made": not a speaker reporting
        }
        if (v.pos.equals("VBG") && (j < s.tokFrom || !d.toks.get(j).word.equals(","))) {
            return null; // "saying" only as "…, saying …"
        }
        Speaker sp = joinedSpeakers.get(i);
        boolean inverted = false;
        if (sp != null) {
            // a verb of saying joined to an earlier frame: that frame's subject
        } else if (v.pos.equals("VBG")) {
            sp = clauseSubject(s, j);
        } else if (j >= s.tokFrom) {
            sp = subjectEndingAt(s, j);
        }
        // "…, said Mr. Burman"; a capitalised verb inside a line ("Ukraine Captures …, Demands Explanation from
        // Beijing") is a Title-Case headline's, and the noun after it no speaker
        if (sp == null && !v.pos.equals("VBG") && (j < s.tokFrom || isComma(d.toks.get(j)))
                && (i == s.tokFrom || !Character.isUpperCase(v.word.charAt(0)))) {
            sp = subjectAfter(s, i + 1);
            inverted = sp != null;
        }
        if (sp == null) {
            return null;
        }
        // the reported clause after the verb
        int after = inverted ? sp.to : i + 1;
        // "…, said David Autor, a professor of economics at M.I.T., who is one of …": a relative clause on the
        // subject of an inverted frame describes the speaker; what is reported is the clause before the verb
        boolean described = inverted && relativeOnSubject(s, sp);
        int c = described ? -1 : contentAfter(s, after, lemma);
        if (c >= 0) {
            int end = joinedFrame(s, i, c, trailingAttribution(s, c));
            end = beforeParticiple(s, i, c, end);
            for (int k = c + 1; k + 2 < end; k++) {
                int joined = joinedSaying(s, i, k, end);
                if (joined >= 0) {
                    end = cutBeforeConjunction(k, c);
                    joinedSpeakers.put(joined, sp);
                    break;
                }
                // "Bob said there was “some reporting” … that a terrorist group … was involved, but he said he played
                // no role …": a report with a subject of its own after the conjunction, whatever the parser hung it on
                if ((d.toks.get(k).word.equalsIgnoreCase("and") || d.toks.get(k).word.equalsIgnoreCase("but"))
                        && reportOpensAfter(s, k, end)) {
                    end = cutBeforeConjunction(k, c);
                    break;
                }
            }
            return quote(s, sp, c, end, i, i + 1, v.word.toLowerCase(Locale.ROOT));
        }
        // or before it: "…, officials said." / "…, said the spokesman." (not a relative clause on a noun of the
        // subject: "…, a contention Ms. Lerner's lawyer disputed." describes "contention")
        int left = inverted ? i : sp.from;
        if (left - 1 > s.tokFrom && isComma(d.toks.get(left - 1))
                && (described || trailing(s, inverted ? sp.to : i + 1) || closingAside(s, inverted ? sp.to : i + 1))
                && !(v.dep.startsWith("acl") && v.head >= left && v.head < i)) {
            return quote(s, sp, s.tokFrom, left - 1, i, i + 1, v.word.toLowerCase(Locale.ROOT));
        }
        // or what is called for, cited, criticised: "Clinton called for an end to the program"
        if (!inverted && NP_VERBS.contains(lemma) && !v.pos.equals("VBG")) {
            int k = i + 1;
            int cueTo = i + 1;
            if (k < s.tokTo && (lemma.equals("call") || lemma.equals("ask")) && (d.toks.get(k).word.equals("for")
                    || d.toks.get(k).word.equals("on"))) {
                k++;
                cueTo = k;
            }
            if (k < s.tokTo && (d.toks.get(k).pos.equals("DT") || d.toks.get(k).pos.startsWith("NN")
                    || d.toks.get(k).pos.startsWith("JJ") || d.toks.get(k).pos.equals("PRP$")
                    || d.toks.get(k).pos.equals("TO") && lemma.equals("want"))) {
                String cue = d.body.text().substring(v.start, d.toks.get(cueTo - 1).end).toLowerCase(Locale.ROOT);
                return quote(s, sp, k, trailingAttribution(s, k), i, cueTo, cue);
            }
        }
        return null;
    }

    /**
     * The verb of a second report of the frame at {@code i}, joined to it by the "and" or "but" at {@code k} inside
     * that frame's content (before {@code to}), or -1: "Conway rejected the idea that the changes amounted to a
     * shake-up and said that Mr. Manafort was not being diminished", "Her campaign also announced new support from
     * African American mothers who have lost children to gun violence and said some of the women would campaign …",
     * "Cruz has supported increasing the number of H-1B visas … but has since said he now believes …". Right after
     * the conjunction (adverbs and an auxiliary aside, so with no subject of its own) comes a verb of saying in the
     * frame's tense, with a clause or a quotation after it. Whatever the parser hung that verb on (a noun of the
     * content, its relative clause, a word deep inside), its subject is the frame's.
     */
    private int joinedSaying(Doc.Sent s, int i, int k, int to) {
        Doc.Tok cc = d.toks.get(k);
        if (cc.inQuote || !(cc.word.equalsIgnoreCase("and") || cc.word.equalsIgnoreCase("but"))) {
            return -1;
        }
        int v = k + 1;
        String aux = null;
        while (v < to && !d.toks.get(v).inQuote && (d.toks.get(v).pos.startsWith("RB")
                || aux == null && Set.of("has", "have", "had").contains(d.toks.get(v).word.toLowerCase(Locale.ROOT)))) {
            if (!d.toks.get(v).pos.startsWith("RB")) {
                aux = d.toks.get(v).word.toLowerCase(Locale.ROOT);
            }
            v++;
        }
        if (v + 1 >= to) {
            return -1;
        }
        Doc.Tok t = d.toks.get(v);
        if (t.inQuote || !Attributor.isCueVerb(t) || !(aux == null ? t.pos.matches("VB[DZP]?") : t.pos.equals("VBN"))) {
            return -1;
        }
        // "… call upon individuals … to interpret the significance of the milestone and explain its consequences": a
        // bare verb may be the conjunct of an infinitive before it
        for (int c = i + 1; t.pos.equals("VB") && c + 1 < k; c++) {
            if (d.toks.get(c).pos.equals("TO") && d.toks.get(c + 1).pos.startsWith("VB")) {
                return -1;
            }
        }
        String tense = tense(aux == null ? t.word : aux, aux == null ? t.pos : "");
        String frameTense = frameTense(s, i);
        if (tense == null || !tense.equals(frameTense)) {
            return -1;
        }
        // what it reports: a clause ("that …", "he now believes …"), a quotation, or the person told and a clause
        // (a quotation after it is left to the quotation's own frame: "He praised those who left but said, “…”")
        int after = v + 1;
        while (after < to && (isComma(d.toks.get(after)) || d.toks.get(after).word.equals(":"))) {
            after++;
        }
        if (after >= to || d.toks.get(after).pos.equals("``") || d.toks.get(after).inQuote) {
            return -1;
        }
        after = v + 1;
        return contentAfter(s, after, t.lemma.toLowerCase(Locale.ROOT)) >= 0 || hasChild(s, v, "ccomp") ? v : -1;
    }

    /** "present" or "past" for a finite verb's word and tag (or an auxiliary's word, with no tag), else null. */
    private static String tense(String word, String pos) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Set.of("has", "have", "does", "do", "is", "are", "am").contains(w) || pos.equals("VBZ")
                || pos.equals("VBP") || pos.equals("VB")) {
            return "present";
        }
        if (Set.of("had", "did", "was", "were").contains(w) || pos.equals("VBD")) {
            return "past";
        }
        return null;
    }

    /** The tense of the frame verb at {@code i}: its auxiliary's if one stands right before it, else its own. */
    private String frameTense(Doc.Sent s, int i) {
        int j = i - 1;
        while (j >= s.tokFrom && (d.toks.get(j).pos.startsWith("RB") || d.toks.get(j).word.equalsIgnoreCase("all"))) {
            j--;
        }
        Doc.Tok v = d.toks.get(i);
        String w = j >= s.tokFrom ? d.toks.get(j).word.toLowerCase(Locale.ROOT) : "";
        if (j >= s.tokFrom && (d.toks.get(j).pos.equals("MD")
                || Set.of("has", "have", "had", "does", "do", "did").contains(w))) {
            return d.toks.get(j).pos.equals("MD") ? null : tense(d.toks.get(j).word, "");
        }
        return v.pos.equals("VBN") || v.pos.equals("VBG") ? null : tense(v.word, v.pos);
    }

    /** Where a content ends before the conjunction at {@code k}: before it and the commas before it. */
    private int cutBeforeConjunction(int k, int from) {
        int end = k;
        while (end > from + 1 && isComma(d.toks.get(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * Where the content [from, to) of the reporting verb at {@code i} ends before a reporting participle after a comma
     * ("Packer said the increased focus on Trump is taking a toll on the front-runner, pointing to Cruz's victories
     * …", "Trump said things “should be wrapped up by Cleveland,” referring to the party's July convention"), which
     * opens an attribution of its own; else {@code to}.
     */
    private int beforeParticiple(Doc.Sent s, int i, int from, int to) {
        for (int k = Math.max(from, i + 1); k + 1 < to; k++) {
            int cut = participleCut(s, k, to);
            if (cut >= 0) {
                return cut;
            }
            if (k > from && reportOpensAfter(s, k, to)) {
                return k;
            }
        }
        return to;
    }

    /**
     * Whether a relative clause after the comma at {@code k} (before {@code to}) is a report with a subject of its own
     * ("Mukasey … criticized Clinton's email use, which an FBI investigation said was “extremely careless”", "…, which
     * he said would be its lowest ever") or with the relative word as its subject and what it attributes after its
     * verb ("Swanson praised evangelist Franklin Graham, who has publicly vowed not to buy …"). Its speaker is not
     * the frame's: the content before the comma ends there, and the clause is a relation of its own.
     */
    private boolean relativeReport(Doc.Sent s, int k, int to) {
        if (!isComma(d.toks.get(k)) || d.toks.get(k).inQuote || k + 3 >= to) {
            return false;
        }
        Doc.Tok rel = d.toks.get(k + 1);
        if (!(rel.pos.equals("WDT") || rel.pos.equals("WP")) || rel.inQuote) {
            return false;
        }
        // the relative clause's verb: the relative word may be the subject of the clause it reports ("which he said
        // would be its lowest ever")
        int v = -1;
        for (int c = k + 2; c < to && c - k <= 8 && v < 0; c++) {
            Doc.Tok x = d.toks.get(c);
            if (x.dep.equals("acl:relcl") && x.head <= k && subtree(s, c)[0] == k + 1) {
                v = c;
            }
            // "…, which I said was not a prison sentence", parsed with "which I said" as the subject of "was"
            if (x.dep.equals("csubj") && x.head > c && x.head < to && subtree(s, c)[0] == k + 1
                    && subtree(s, x.head)[0] == k + 1) {
                v = c;
            }
        }
        if (v < 0) {
            return false;
        }
        Doc.Tok t = d.toks.get(v);
        if (!t.pos.startsWith("VB") || t.inQuote || !VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int c = k + 1; c < v; c++) {
            Doc.Tok x = d.toks.get(c);
            if (x.head == v && x.dep.equals("nsubj")) {
                return !x.pos.startsWith("W") || attributesAfter(s, v);
            }
        }
        return false;
    }

    /**
     * Whether a report of its own opens right after the comma at {@code k} (before {@code to}): a verb of saying or
     * belief whose subject starts right after the comma and that has a clause of its own after it ("While only 7
     * percent said they are undecided, 27 percent of those who named a candidate said they could be persuaded …",
     * "Since June 16, when he asked supporters to run for office, at least 21,000 said they would", "While almost
     * everyone agrees NCLB was a deeply flawed law, some critics fear the new approach will leave …", "…, while other
     * voters said they had not heard anything …"); after "and" or "but", only a verb that frames a quotation ("21
     * percent said “not too likely” and 14 percent said “not at all likely.”"). Whatever the parser hung it on, it is
     * not part of the content before the comma. A relative clause ("…, most of whom say …") describes a noun of that
     * content and stays.
     */
    private boolean reportOpensAfter(Doc.Sent s, int k, int to) {
        Doc.Tok sep = d.toks.get(k);
        if (comparedWithReport(s, k, to)) {
            return true;
        }
        boolean conj = sep.word.equalsIgnoreCase("and") || sep.word.equalsIgnoreCase("but");
        if (!(isComma(sep) || conj) || sep.inQuote || k + 2 >= to) {
            return false;
        }
        // "…, while other voters said they had not heard anything …"
        int open = k + 1;
        if (!conj && CONTRAST.contains(d.toks.get(open).word.toLowerCase(Locale.ROOT))) {
            open++;
        }
        // (the content may end before such a verb already: the parser hung nothing on it)
        for (int v = open + 1; conj && v < s.tokTo && v - k <= 8; v++) {
            if (unparsedSaying(s, open, v, s.tokTo)) {
                return true;
            }
        }
        for (int v = open + 1; v < to && v - k <= 14; v++) {
            Doc.Tok t = d.toks.get(v);
            if (t.inQuote || isComma(t)) {
                return false;
            }
            // (a verb inside the subject, "27 percent of those who named a candidate", is passed over)
            if (!t.pos.startsWith("VB") || !VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))
                    || t.dep.startsWith("acl") || !subjectRightBefore(s, v)) {
                continue;
            }
            int subject = -1;
            for (int c = open; c < v && subject < 0; c++) {
                if (d.toks.get(c).head == v && d.toks.get(c).dep.equals("nsubj")) {
                    subject = c;
                }
            }
            if (subject < 0 || subtree(s, subject)[0] != open) {
                return false;
            }
            // after "and" or "but", only a frame of a quotation ("21 percent said “not too likely” and 14 percent
            // said “not at all likely.”"): a clause joined so may be part of what the first speaker said
            int q = v + 1;
            while (q < to && (d.toks.get(q).word.equals(":") || isComma(d.toks.get(q)))) {
                q++;
            }
            if (q < to && d.toks.get(q).pos.equals("``")) {
                return true;
            }
            if (conj) {
                // "…, and more than 4 in 10 said billionaire Donald Trump would be best at handling the economy",
                // "… and one in four said the party was outright hostile …": a verb of saying whose subject opens
                // right after the conjunction, with a clause of its own that has its own subject, is a second report
                return Attributor.isCueVerb(t) && clauseWithSubject(s, v, to);
            }
            // "…, while other voters said they had not heard anything …", parsed with the reported clause as the
            // head of the verb that reports it
            Doc.Tok h = t.head > v + 1 && t.head < to ? d.toks.get(t.head) : null;
            int verb = v;
            if (h != null && h.pos.startsWith("VB") && (t.dep.equals("advcl") || t.dep.equals("dep"))
                    && d.hasChild(s, t.head, x -> x.dep.startsWith("nsubj") && x.index > verb)) {
                return true;
            }
            for (int c = v + 1; c < to; c++) {
                Doc.Tok x = d.toks.get(c);
                if (x.head == v && (x.dep.equals("ccomp") || (x.dep.equals("xcomp") || x.dep.equals("dep"))
                        && x.pos.startsWith("VB") && hasChild(s, c, "aux"))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether the verb of saying at {@code v}, after "and" or "but" and a counted subject [open, v) that opens right
     * after the conjunction, is a second report that the parser did not read as a verb: "One in three said the party
     * doesn't care very much about the Latino community and one in four said the party was outright hostile …" (the
     * second "said" parsed as punctuation). The subject is a number with its "in"/"of" phrase ("one in four", "55
     * percent of voters", "half"), the verb a finite verb of saying with no dependents of its own in the parse, and a
     * clause with its subject follows it. The verb's speaker is that subject ({@link #joinedSpeakers}).
     */
    private boolean unparsedSaying(Doc.Sent s, int open, int v, int to) {
        Doc.Tok t = d.toks.get(v);
        if (!Attributor.isCueVerb(t) || !FINITE.contains(t.pos) || t.dep.startsWith("nsubj") || t.dep.equals("root")
                || d.hasChild(s, v, c -> true) || v + 2 >= to || !startsClause(s, v + 1)) {
            return false;
        }
        boolean counted = false;
        for (int c = open; c < v; c++) {
            Doc.Tok x = d.toks.get(c);
            String w = x.word.toLowerCase(Locale.ROOT);
            if (x.inQuote || !(x.pos.equals("CD") || x.pos.startsWith("NN") || x.pos.startsWith("JJ")
                    || x.pos.equals("DT") || w.equals("in") || w.equals("of") || w.equals("%"))) {
                return false;
            }
            counted |= x.pos.equals("CD") || w.equals("half") || w.equals("percent");
        }
        if (!counted || !(d.toks.get(open).pos.equals("CD") || QUANTIFIERS.contains(d.toks.get(open).lemma
                .toLowerCase(Locale.ROOT)) || d.toks.get(open).word.equalsIgnoreCase("half"))) {
            return false;
        }
        joinedSpeakers.put(v, speakerIn(open, v, "a counted subject after 'and'/'but' before a verb of saying the"
                + " parser did not read as one"));
        return true;
    }

    /**
     * Whether ", compared with" (or "to") after the comma at {@code k} opens a counted group that reports something
     * of its own ("Seventy-four percent of Democratic registered voters say they have a favorable view of Clinton,
     * compared with 64 percent who say the same of Sanders", "…, compared with four in 10 who said they preferred
     * someone with political experience"): a relative "who" followed by a verb of saying or belief within the next
     * words. That report is not the first group's; it is a relation of its own, whose source is "who".
     */
    private boolean comparedWithReport(Doc.Sent s, int k, int to) {
        if (!isComma(d.toks.get(k)) || k + 4 >= to || !d.toks.get(k + 1).word.equalsIgnoreCase("compared")
                || !Set.of("with", "to").contains(d.toks.get(k + 2).word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int c = k + 3; c + 1 < to && c - k <= 12; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.inQuote || isComma(t) || t.pos.startsWith("VB")) {
                return false;
            }
            if (t.word.equalsIgnoreCase("who")) {
                int v = c + 1;
                while (v < to && d.toks.get(v).pos.startsWith("RB")) {
                    v++;
                }
                Doc.Tok verb = v < to ? d.toks.get(v) : null;
                return verb != null && !verb.inQuote && verb.pos.startsWith("VB")
                        && VERBS.contains(verb.lemma.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether the verb at {@code v} has a clause ({@code ccomp}) before {@code to} with a subject of its own. */
    private boolean clauseWithSubject(Doc.Sent s, int v, int to) {
        for (int c = v + 1; c < to; c++) {
            if (d.toks.get(c).head == v && d.toks.get(c).dep.equals("ccomp")
                    && (hasChild(s, c, "nsubj") || hasChild(s, c, "nsubj:pass") || hasChild(s, c, "expl"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a content that runs to {@code to} ends when a reporting participle follows the comma at token {@code k}:
     * at the comma ("…, pointing to Cruz's victories"), or after the closing quotation mark when the comma stands
     * inside it ("…,” referring to the party's July convention"); -1 when no such participle follows.
     */
    private int participleCut(Doc.Sent s, int k, int to) {
        if (!isComma(d.toks.get(k))) {
            return -1;
        }
        if (reportingParticiple(s, k + 1)) {
            return k;
        }
        // "…, essentially conceding that …"
        if (k + 2 < to && d.toks.get(k + 1).pos.startsWith("RB") && !d.toks.get(k + 1).inQuote
                && reportingParticiple(s, k + 2)) {
            return k;
        }
        return k + 2 < to && isClosingQuote(d.toks.get(k + 1)) && reportingParticiple(s, k + 2) ? k + 2 : -1;
    }

    /**
     * Where the content [from, to) of the reporting verb at {@code i} ends before a second reporting verb joined to it
     * ("Suu Kyi, 70, said it was too early to congratulate winners but added, “I think …”"): at that verb's
     * conjunction and commas; else {@code to}.
     */
    private int joinedFrame(Doc.Sent s, int i, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head == i && t.dep.equals("conj") && t.pos.startsWith("VB") && !t.inQuote
                    && VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))) {
                int end = k;
                while (end > from + 1 && (isComma(d.toks.get(end - 1)) || d.toks.get(end - 1).dep.equals("cc"))) {
                    end--;
                }
                return end;
            }
        }
        return to;
    }

    /** Where "…, the source added." or "…, said the source." ends a clause: its comma, else the sentence end. */
    private int trailingAttribution(Doc.Sent s, int from) {
        for (int m = from + 1; m < s.tokTo - 1; m++) {
            if (!isComma(d.toks.get(m)) || d.toks.get(m).inQuote) {
                continue;
            }
            for (int k = m + 1; k < s.tokTo && k - m <= 7; k++) {
                Doc.Tok t = d.toks.get(k);
                if (t.pos.startsWith("VB")) {
                    if (VERBS.contains(t.lemma.toLowerCase(Locale.ROOT)) && trailing(s, k + 1)
                            && (k == m + 1 || !d.toks.get(k - 1).pos.equals("IN"))) {
                        return m;
                    }
                    break;
                }
                if (!(Attributor.isNpTag(t.pos) || t.pos.startsWith("PRP") || SKIP.contains(t.pos))) {
                    break;
                }
            }
        }
        return s.tokTo;
    }

    /** "Sanders on Tuesday said", "Clinton last week told": a date between subject and verb is no subject. */
    private boolean isTime(Doc.Sent s, int j) {
        Doc.Tok t = d.toks.get(j);
        if ("DATE".equals(t.ner) || "TIME".equals(t.ner)) {
            return true;
        }
        return (t.word.equalsIgnoreCase("on") || t.word.equalsIgnoreCase("last")) && j + 1 < s.tokTo
                && ("DATE".equals(d.toks.get(j + 1).ner) || "TIME".equals(d.toks.get(j + 1).ner));
    }

    private boolean isAuxHave(int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String l = d.toks.get(j).lemma.toLowerCase(Locale.ROOT);
            if (l.equals("have")) {
                return true;
            }
            if (!SKIP.contains(d.toks.get(j).pos)) {
                return false;
            }
        }
        return false;
    }

    /** Only punctuation, adverbs and a short place/time phrase follow: "…, he said on Thursday." */
    /** Words that open a clause set off by a comma after a frame: "…, officials said, as they …", "…, he said, and …". */
    private static final Set<String> ASIDE_OPENERS = Set.of("as", "while", "because", "and", "but", "though",
            "although", "when", "after", "before", "since", "even", "so", "adding", "noting");

    /**
     * "…, top black lawmakers said Friday afternoon, as they bristled at the continued questions …", "It would likely
     * take two to three weeks …, he said, and intense wrangling could be paralyzing": after a frame set off by a comma,
     * a few words with no verb, then a comma and a clause opened by a conjunction that goes on to the end of the
     * sentence; the frame reports the clause before it.
     */
    private boolean closingAside(Doc.Sent s, int from) {
        int words = 0;
        for (int k = from; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.inQuote || d.quoteAt(t.start) != null) {
                return false;
            }
            if (isComma(t)) {
                if (k + 2 >= s.tokTo || !ASIDE_OPENERS.contains(d.toks.get(k + 1).word.toLowerCase(Locale.ROOT))) {
                    return false;
                }
                for (int m = k + 2; m < s.tokTo; m++) {
                    if (d.toks.get(m).pos.startsWith("VB") && !d.toks.get(m).inQuote) {
                        return true;
                    }
                }
                return false;
            }
            if (t.pos.startsWith("VB") || ++words > 6) {
                return false;
            }
        }
        return false;
    }

    private boolean trailing(Doc.Sent s, int from) {
        int words = 0;
        for (int k = from; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.pos.startsWith("VB") || t.inQuote) {
                return false;
            }
            if (Character.isLetterOrDigit(t.word.charAt(0))) {
                words++;
            }
        }
        return words <= 6;
    }

    /**
     * Where the reported clause after the verb starts, or -1: at a complementizer within a short stretch of
     * adverbials (and the person told, for tell-like verbs), else right after the verb when what follows has a verb.
     */
    private int contentAfter(Doc.Sent s, int from, String lemma) {
        int k = from;
        while (k < s.tokTo && SKIP.contains(d.toks.get(k).pos)) {
            k++;
        }
        if (k < s.tokTo && d.toks.get(k).word.equals(":")) {
            k++;
        }
        if (k >= s.tokTo) {
            return -1;
        }
        boolean object = OBJECT_VERBS.contains(lemma);
        Doc.Tok first = d.toks.get(k);
        boolean adverbial = first.pos.equals("IN") || first.pos.equals("TO") || first.word.equals(",");
        if (object || adverbial) {
            for (int m = k; m < s.tokTo && m - k < 14; m++) {
                Doc.Tok t = d.toks.get(m);
                String w = t.word.toLowerCase(Locale.ROOT);
                if (m > k && COMPLEMENTIZER.contains(w) && (w.equals("that") || !t.pos.startsWith("IN")
                        || w.equals("whether") || w.equals("if"))) {
                    return hasClause(s, m + 1) ? m : -1;
                }
                if (t.pos.startsWith("VB") || t.word.equals(".") || t.inQuote) {
                    break;
                }
            }
        }
        String w = first.word.toLowerCase(Locale.ROOT);
        if (COMPLEMENTIZER.contains(w)) {
            return hasClause(s, k + 1) ? k : -1;
        }
        if (first.word.equals(",") || first.word.equals(".") || first.word.equals(";")) {
            return -1;
        }
        if (object) {
            // "told reporters the wall would be built": skip the person told
            int m = k;
            while (m < s.tokTo && (d.toks.get(m).pos.startsWith("NN") || d.toks.get(m).pos.startsWith("PRP")
                    || d.toks.get(m).pos.equals("DT") || d.toks.get(m).pos.equals("JJ"))) {
                m++;
                if (d.toks.get(m - 1).pos.startsWith("PRP") || d.toks.get(m - 1).pos.startsWith("NNP")
                        && (m >= s.tokTo || !d.toks.get(m).pos.startsWith("NNP"))) {
                    break;
                }
            }
            k = m;
            if (k >= s.tokTo) {
                return -1;
            }
        }
        return startsClause(s, k) ? k : -1;
    }

    /** A subject followed by a finite verb within a few tokens: "Kiev has captured …", "the wall would be …". */
    private boolean startsClause(Doc.Sent s, int k) {
        Doc.Tok t = d.toks.get(k);
        if (!(t.pos.startsWith("NN") || t.pos.startsWith("PRP") || t.pos.equals("DT") || t.pos.equals("JJ")
                || t.pos.equals("CD") || t.pos.equals("EX"))) {
            return false;
        }
        for (int m = k + 1; m < s.tokTo && m - k <= 10; m++) {
            Doc.Tok x = d.toks.get(m);
            if (x.pos.equals("MD") || x.pos.equals("VBD") || x.pos.equals("VBZ") || x.pos.equals("VBP")) {
                return true;
            }
            boolean prenominal = m + 1 < s.tokTo && d.toks.get(m + 1).pos.startsWith("NN");
            if (x.word.equals(",") || x.word.equals(".") || x.word.equals(";") || x.pos.equals("VB")
                    || x.pos.equals("VBG") && !prenominal || x.pos.equals("IN") && m == k + 1) {
                return false;
            }
        }
        return false;
    }

    private boolean hasClause(Doc.Sent s, int from) {
        for (int m = from; m < s.tokTo && m - from <= 14; m++) {
            if (d.toks.get(m).pos.startsWith("VB") || d.toks.get(m).pos.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    // ---- the dependency tree

    /**
     * A reporting, belief or intention verb read off the dependency tree: its subject (the whole noun phrase under
     * nsubj, apposition included; for "…, saying", "… and added" and "who said", the subject of the verb it hangs
     * on) and what it reports (the clause under ccomp, the infinitive under xcomp with its object, the object of
     * verbs such as "called for"; or, for "…, he said." hung on the clause as parataxis, the clause it hangs on).
     * The last quote returned is the one at the verb; a clause split by the verb ("The move, he said, was …")
     * gives two pieces. Null when the tree does not show both a subject and a content; empty when it does but the
     * content is too short to report.
     */
    private List<Quote> treeVerb(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        String lemma = v.lemma.toLowerCase(Locale.ROOT);
        if (v.inQuote || v.dep.isEmpty() || dismissedPerson(s, i)) {
            return null;
        }
        if (v.pos.equals("VBN") && hasChild(s, i, "aux:pass")) {
            return passive(s, i);
        }
        List<Quote> hung = participleOnItsClause(s, i);
        if (hung != null) {
            return hung;
        }
        List<Quote> asSubject = participleAsSubject(s, i);
        if (asSubject != null) {
            return asSubject;
        }
        Speaker sp = joinedSpeakers.containsKey(i) ? joinedSpeakers.get(i) : treeSubject(s, i, 0);
        if (sp == null) {
            return null;
        }
        if (SHOWING.contains(lemma) && depicts(sp)) {
            return List.of(); // nothing reported, and no older rule either
        }
        if (freeRelative(s, i, sp)) {
            return List.of();
        }
        int cueTo = i + 1;
        // "called for", "pointed to": the particle or preposition is part of the cue
        int[] content = null;
        // a clause after the verb before one the parser hung on it from before ("Like other owners who foresee …,
        // Mr. Schmidt said he was building …")
        boolean clauseAfter = false;
        for (int c = i + 1; c < s.tokTo && !clauseAfter; c++) {
            clauseAfter = d.toks.get(c).head == i && d.toks.get(c).dep.equals("ccomp");
        }
        for (int c = s.tokFrom; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head != i || c < i && (!t.dep.equals("ccomp") || clauseAfter)) {
                continue;
            }
            // "some critics fear the new approach will leave poor and minority students with fewer protections":
            // a clause with an auxiliary that the parser hangs on a verb of belief without naming the relation (its
            // subject taken for the verb's object) is the clause it reports
            boolean unnamed = t.dep.equals("dep") && c > i + 1 && t.pos.startsWith("VB") && VERBS.contains(lemma)
                    && hasChild(s, c, "aux") && !t.inQuote;
            if (t.dep.equals("ccomp") || t.dep.equals("xcomp") && !v.pos.equals("VBG")
                    || t.dep.equals("parataxis") && VERBS.contains(lemma) && colonBetween(i, c)
                    || gerundComplement(s, i, c) || unnamed || toldThenClause(s, i, c)) {
                int[] r = subtree(s, c);
                for (int o = i + 1; unnamed && o < r[0]; o++) {
                    if (d.toks.get(o).head == i && d.toks.get(o).dep.equals("obj")) {
                        r[0] = subtree(s, o)[0];
                        break;
                    }
                }
                // (only right after the verb: "pointed to Carson's updated comments … have been making …" reports
                // the object of its preposition)
                if (unnamed && (r[0] <= i || !onlyLeading(i + 1, r[0]))) {
                    continue;
                }
                if (t.dep.equals("xcomp")) {
                    // "wants voters to know …": the object before the infinitive is part of what is wanted; so is
                    // the one called on ("called on allies in the United States and Europe to protest")
                    for (int o = i + 1; o < r[0]; o++) {
                        if (d.toks.get(o).head == i && d.toks.get(o).dep.equals("obj")) {
                            r[0] = subtree(s, o)[0];
                            break;
                        }
                        if (d.toks.get(o).head == i && d.toks.get(o).dep.startsWith("obl")
                                && subtree(s, o)[0] == i + 1 && d.toks.get(i + 1).word.equalsIgnoreCase("on")) {
                            r[0] = i + 2; // the preposition stays with the cue's verb
                            break;
                        }
                    }
                }
                // "called Palin a “clown” on his radio show when commenting on …": after the noun or adjective a
                // verb calls its object, a phrase of place or time tells where it was said, not what
                if (t.dep.equals("xcomp") && (t.pos.startsWith("NN") || t.pos.startsWith("JJ"))
                        && NP_VERBS.contains(lemma)) {
                    for (int k = c + 1; k < r[1]; k++) {
                        Doc.Tok x = d.toks.get(k);
                        if (x.head == c && (x.dep.startsWith("nmod") || x.dep.startsWith("obl")
                                || x.dep.startsWith("acl") || x.dep.equals("advcl")) && !whatIsAttributed(s, k)) {
                            r[1] = subtree(s, k)[0];
                            break;
                        }
                    }
                }
                if (t.dep.equals("ccomp") && OBJECT_VERBS.contains(lemma) && r[0] == i + 1) {
                    r[0] = Math.max(r[0], afterHearer(s, c, r));
                }
                content = r;
                break;
            }
        }
        if (content != null && content[0] > i) {
            // "confirmed they had fought six soldiers and two of them had been taken prisoner", parsed with the last
            // words as a subjectless parataxis of the verb: words that follow the content with no punctuation
            // between are still the content
            for (int c = content[1]; c < s.tokTo; c++) {
                Doc.Tok t = d.toks.get(c);
                if (t.head != i || !t.dep.equals("parataxis")) {
                    continue;
                }
                int[] words = subtree(s, c);
                if (words[0] == content[1] && !hasChild(s, c, "nsubj") && !hasChild(s, c, "nsubj:pass")) {
                    content[1] = words[1];
                    break;
                }
            }
        }
        // "Alabama Sen. Jeff Sessions, a prominent Trump supporter, said Clinton's acceptance of donations … was
        // akin to extortion.": the parser made "Sessions said Clinton's acceptance …" the clausal subject of the
        // reported clause's predicate; a verb of saying with a subject of its own, so parsed, reports the words from
        // after it to the end of that predicate's clause (not so an inverted frame set off by commas: "Part of the
        // problem …, say experts like Paul Bauman, …, is the ground itself")
        if (content == null && v.dep.equals("csubj") && VERBS.contains(lemma) && v.head > i + 1
                && v.head < s.tokTo && subjectRightBefore(s, i)
                && (d.toks.get(i + 1).pos.matches("NN.*|DT|PRP\\$?|JJ.*|CD")
                || d.toks.get(subtree(s, i)[0]).pos.startsWith("W") && !d.toks.get(subtree(s, i)[0]).inQuote)) {
            // (also "…, which he said would be its lowest ever": the relative word is the reported clause's subject)
            int[] clause = subtree(s, v.head);
            if (clause[0] <= subtree(s, i)[0]) {
                content = new int[]{i + 1, clause[1]};
            }
        }
        if (content == null && (NP_VERBS.contains(lemma) || INTENT_VERBS.contains(lemma)
                || PREP_VERBS.containsKey(lemma))) {
            for (int c = i + 1; c < s.tokTo; c++) {
                Doc.Tok t = d.toks.get(c);
                if (t.head != i) {
                    continue;
                }
                if (t.dep.equals("compound:prt") && c == cueTo) {
                    cueTo = c + 1;
                    continue;
                }
                if (isComma(t) && content != null) {
                    break; // what follows a comma is no longer the object's
                }
                // "Mr. Rubin asked the students if they were always so preternaturally serious", "He asked if they
                // planned to attend the caucuses": what is asked is the question, not the one asked (the parser
                // hangs the question on the verb as an adverbial clause)
                if (lemma.equals("ask") && c > i && (isQuestion(s, c) || quotedQuestion(s, c))) {
                    content = subtree(s, c);
                    break;
                }
                if (t.dep.equals("obj") && !NP_VERBS.contains(lemma) && INTENT_VERBS.contains(lemma)
                        && personObject(t) && !hasChild(s, i, "xcomp") && !hasChild(s, i, "ccomp")) {
                    // "after he physically threatened a reporter in the Capitol": a person is no intention; the verb
                    // acts on the one it names
                    break;
                }
                if (t.dep.equals("obj") && (NP_VERBS.contains(lemma) || INTENT_VERBS.contains(lemma))) {
                    content = subtree(s, c);
                    int[] clause = clauseReadAsObject(s, i, content);
                    if (clause != null) {
                        content = clause;
                        break;
                    }
                    int[] about = personAskedAbout(s, i, t, content);
                    if (about != null) {
                        // "who tried to question him about a long-running FBI investigation", "asked Clinton about
                        // her email scandal": the one asked is no part of what is asked about; the cue runs to "about"
                        cueTo = about[0];
                        content = about;
                        break;
                    }
                    continue;
                }
                if (content != null) {
                    // "criticized Clinton for having ties to Wall Street", "accused China of hacking …"
                    if (t.dep.startsWith("obl") || t.dep.equals("advcl") || t.dep.equals("xcomp")) {
                        if (!whatIsAttributed(s, c)) {
                            if (asPhraseAfter(s, i, c)) {
                                // "who describes herself on Twitter as loving God, …": where it was said, between
                                // the object and the "as" phrase that says what the object is called
                                continue;
                            }
                            break;
                        }
                        content[1] = Math.max(content[1], subtree(s, c)[1]);
                        continue;
                    }
                    break;
                }
                if (t.dep.equals("obl") && PREP_VERBS.containsKey(lemma)) {
                    int[] r = subtree(s, c);
                    Doc.Tok p = d.toks.get(r[0]);
                    if (r[0] == cueTo && p.dep.equals("case")
                            && PREP_VERBS.get(lemma).contains(p.word.toLowerCase(Locale.ROOT))) {
                        cueTo = r[0] + 1;
                        content = new int[]{r[0] + 1, r[1]};
                        // "who were angry about the Iraq War, radicals who …": an adjective's object ends at a comma
                        for (int k = content[0]; v.pos.startsWith("JJ") && k < content[1]; k++) {
                            if (isComma(d.toks.get(k))) {
                                content[1] = k;
                            }
                        }
                        break;
                    }
                    // "voted in favor of the bill", "spoke out in support of …"
                    if (r[0] == cueTo && p.word.equalsIgnoreCase("in") && r[0] + 3 < r[1]
                            && Set.of("favor", "favour", "support").contains(
                            d.toks.get(r[0] + 1).word.toLowerCase(Locale.ROOT))
                            && d.toks.get(r[0] + 2).word.equalsIgnoreCase("of")) {
                        cueTo = r[0] + 3;
                        content = new int[]{r[0] + 3, r[1]};
                        break;
                    }
                }
                // "the prince called for Trump to drop out of the race", "called on the Obama administration to block
                // the deal", "Trump calls for bringing back surveillance …": the parser makes the preposition the
                // mark of a clause hung on the verb; what is called for is that clause
                if (t.dep.equals("advcl") && PREP_VERBS.containsKey(lemma) && !t.inQuote) {
                    int[] r = subtree(s, c);
                    Doc.Tok p = d.toks.get(r[0]);
                    if (r[0] == cueTo && p.head == c && p.dep.equals("mark") && r[0] + 1 < r[1]
                            && !p.word.equalsIgnoreCase("to")
                            && PREP_VERBS.get(lemma).contains(p.word.toLowerCase(Locale.ROOT))) {
                        cueTo = r[0] + 1;
                        content = new int[]{r[0] + 1, r[1]};
                        break;
                    }
                }
            }
        }
        if (content == null && AS_VERBS.contains(lemma)) {
            content = objectAs(s, i);
        }
        if (content == null && v.pos.equals("VBG") && PARTICIPLE_OBJECT.contains(lemma)
                && (commaBefore(s, i) || i == s.tokFrom)) {
            content = participleObject(s, i);
        }
        boolean proForm = false;
        if (content == null && VERBS.contains(lemma)) {
            content = proFormContent(s, i);
            proForm = content != null;
        }
        String cue = d.body.text().substring(v.start, d.toks.get(cueTo - 1).end).toLowerCase(Locale.ROOT);
        if (content != null) {
            // "…, according to a campaign official" closing the clause is an attribution of its own
            for (int k = Math.max(content[0], i + 1); k + 2 < content[1]; k++) {
                // "Conway rejected the idea that the changes amounted to a shake-up and said that Mr. Manafort was
                // not being diminished": a second verb of saying of the frame's subject
                int joined = k > content[0] ? joinedSaying(s, i, k, content[1]) : -1;
                if (joined >= 0) {
                    content[1] = cutBeforeConjunction(k, content[0]);
                    joinedSpeakers.put(joined, sp);
                    break;
                }
                if (isComma(d.toks.get(k)) && d.toks.get(k + 1).word.equalsIgnoreCase("according")
                        && d.toks.get(k + 2).word.equalsIgnoreCase("to")) {
                    content[1] = k;
                    break;
                }
                // "…, telling reporters that …", "…, adding …", "…,” referring to the party's July convention": a
                // reporting participle opens an attribution
                int participle = participleCut(s, k, content[1]);
                if (participle >= 0) {
                    content[1] = participle;
                    break;
                }
                // "…, 27 percent of those who named a candidate said they could be persuaded …", "criticized
                // Clinton's email use, which an FBI investigation said was “extremely careless”": a report of its own
                if (k > i && k > content[0] && (reportOpensAfter(s, k, content[1])
                        || relativeReport(s, k, content[1]))) {
                    content[1] = k;
                    break;
                }
                // "she says she will not be voting for Mr. Trump and considers him a racist": a second verb of the
                // frame's subject that the parser joined to the reported clause's verb ends the content
                if (k > i && k > content[0] && misattachedConjunct(s, k) == i) {
                    int cut = k;
                    while (cut > content[0] && (d.toks.get(cut - 1).dep.equals("cc") || isComma(d.toks.get(cut - 1))
                            || d.toks.get(cut - 1).head == k && SKIP.contains(d.toks.get(cut - 1).pos)
                            || d.toks.get(cut - 1).head == k && d.toks.get(cut - 1).dep.startsWith("aux"))) {
                        cut--;
                    }
                    if (cut > content[0]) {
                        content[1] = cut;
                        break;
                    }
                }
                // "…, the Los Angeles Times reports.": a frame closing the sentence reports all before it
                if (k > i && isComma(d.toks.get(k)) && closingFrame(s, k + 1) >= 0) {
                    content[1] = k;
                    break;
                }
                // "While Boehner cast that as a significant concession, Obama said it didn't go far enough": the
                // parser made the report after the comma the first verb's clause; it is a relation of its own
                if (k > i && isComma(d.toks.get(k)) && reportAfterComma(s, k, content)) {
                    content[1] = k;
                    break;
                }
                // "Nearly a third say they don't know, …, and one in five say it's not an improvement", parsed with
                // the second report as a conjunct inside the first one's clause: it is a relation of its own
                int c = conjoinedReport(s, k, content);
                if (c > i && c > content[0]) {
                    content[1] = c;
                    break;
                }
                // "Sanders said that some middle-class families would pay “slightly more” in taxes, an acknowledgment
                // that advisers to Clinton quickly trumpeted": a noun phrase with "a", "an" or "something" that closes
                // the content after a comma or dash is the reporter's comment on what was said, not part of it
                if (k > i && k > content[0] && closingComment(s, k, content[1])) {
                    content[1] = k;
                    break;
                }
                // "He said that Clinton is playing the “women's card” and said that Rubio is “weak like a baby.”":
                // the same reporting verb again, joined by the parser to the verb of the first report's clause, is
                // a second report of the same subject
                if (k > i && parallelFrame(s, k) == i) {
                    int from = Math.min(k, subtree(s, k)[0]); // with its own "and, on Oct. 18,"
                    while (from > content[0] && (isComma(d.toks.get(from - 1))
                            || d.toks.get(from - 1).dep.equals("cc") || d.toks.get(from - 1).pos.startsWith("RB"))) {
                        from--;
                    }
                    if (from > content[0]) {
                        content[1] = from;
                        break;
                    }
                }
            }
            Quote q = quote(s, sp, content[0], content[1], i, cueTo, cue,
                    proForm || NP_VERBS.contains(lemma) && !INTENT_VERBS.contains(lemma) || cueTo > i + 1 ? 1 : 2);
            return q == null ? List.of() : List.of(q);
        }
        // "…, he said." / "The move, he said, was …": the verb hangs on the clause it reports
        if (VERBS.contains(lemma) && v.dep.equals("parataxis") && v.head >= s.tokFrom && v.head < s.tokTo) {
            int[] whole = subtree(s, v.head);
            int[] own = subtree(s, i);
            List<Quote> out = new ArrayList<>();
            // "Lois Lerner, …, plans to invoke the Fifth Amendment …, the Los Angeles Times reports.": the parser
            // hangs the frame on a word deep inside (and words of the clause on the frame); it reports the whole
            // sentence before it
            for (int c = s.tokFrom; c < i; c++) {
                Doc.Tok t = d.toks.get(c);
                if (t.head == i && t.dep.startsWith("nsubj")) {
                    int fs = subtree(s, c)[0];
                    if (fs - 1 > s.tokFrom && isComma(d.toks.get(fs - 1)) && closingFrame(s, fs) == i) {
                        Quote q = quote(s, sp, s.tokFrom, fs - 1, i, cueTo, cue, 1);
                        return q == null ? List.of() : List.of(q);
                    }
                    break;
                }
            }
            Quote before = own[0] > whole[0] ? quote(s, sp, whole[0], own[0], i, cueTo, cue, 1) : null;
            Quote after = own[1] < whole[1] ? quote(s, sp, own[1], whole[1], i, cueTo, cue, 1) : null;
            if (before != null && after != null
                    && (d.words(whole[0], own[0]) >= 3 || d.words(own[1], whole[1]) >= 3)) {
                out.add(before);
                out.add(after);
            } else if (before != null && d.words(whole[0], own[0]) >= 3) {
                out.add(before);
            } else if (after != null && d.words(own[1], whole[1]) >= 3) {
                out.add(after);
            }
            return out;
        }
        return null;
    }

    /**
     * The reporting verb whose subject a verb joined by "and" or "but" to the verb of that report's clause really has,
     * or -1: "some Democratic strategists fear that Clinton has already missed a unique opportunity and warn that …",
     * "she says she will not be voting for Mr. Trump and considers him a racist". The parser joins the second verb to
     * the reported clause's; when it has no subject of its own, and its form (tense and number, with its auxiliary)
     * is the frame's and not the clause's, it is a second verb of the frame's subject. Not "he said Trump lied and
     * insulted veterans", where the form fits both.
     */
    private int misattachedConjunct(Doc.Sent s, int k) {
        Doc.Tok v = d.toks.get(k);
        if (!v.dep.equals("conj") || !v.pos.startsWith("VB") || v.inQuote || v.head < s.tokFrom || v.head >= k
                || hasChild(s, k, "nsubj") || hasChild(s, k, "nsubj:pass") || hasChild(s, k, "mark")) {
            return -1;
        }
        String lemma = v.lemma.toLowerCase(Locale.ROOT);
        if (!(VERBS.contains(lemma) || NP_VERBS.contains(lemma) || PREP_VERBS.containsKey(lemma))) {
            return -1;
        }
        boolean joined = false;
        for (int c = subtree(s, k)[0]; c < k; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head == k && t.dep.equals("cc") && Set.of("and", "but").contains(t.word.toLowerCase(Locale.ROOT))) {
                joined = true;
            }
        }
        Doc.Tok h = d.toks.get(v.head);
        if (!joined || !h.pos.startsWith("VB") && !hasChild(s, v.head, "cop") || !h.dep.equals("ccomp")
                || h.head < s.tokFrom || h.head >= v.head) {
            return -1;
        }
        int frame = h.head;
        Doc.Tok f = d.toks.get(frame);
        if (!f.pos.startsWith("VB") || f.inQuote || !VERBS.contains(f.lemma.toLowerCase(Locale.ROOT))) {
            return -1;
        }
        String form = form(s, k);
        return form != null && form.equals(form(s, frame)) && !form.equals(form(s, v.head)) ? frame : -1;
    }

    /**
     * The form of a finite verb: its tag, or its first auxiliary's word with its own tag ("had VBN", "will VB");
     * a bare VB is read as VBP (the tagger's "warn" for "and warn"). Null for a participle or an infinitive.
     */
    private String form(Doc.Sent s, int k) {
        Doc.Tok v = d.toks.get(k);
        for (int c = subtree(s, k)[0]; c < k; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head == k && (t.dep.equals("aux") || t.dep.equals("aux:pass") || t.dep.equals("cop"))) {
                return t.word.equalsIgnoreCase("to") ? null : t.word.toLowerCase(Locale.ROOT) + " " + v.pos;
            }
        }
        if (v.pos.equals("VBG") || v.pos.equals("VBN")) {
            return null;
        }
        return v.pos.equals("VB") ? "VBP" : v.pos;
    }

    /** Words that open an indirect question: "if they planned to attend", "whether this differed …", "why …". */
    private static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "how", "why", "what", "who", "when",
            "where", "which");

    /**
     * A yes-or-no question whose words after "if" or "whether" are quoted: Fox "Rep. Joseph Crowley, D-N.Y., asked her
     * if she could “comment briefly on the status …”" asks the question, not "her" (the one asked).
     */
    private boolean quotedQuestion(Doc.Sent s, int c) {
        Doc.Tok t = d.toks.get(c);
        if (!t.inQuote || !(t.dep.equals("advcl") || t.dep.equals("ccomp"))) {
            return false;
        }
        Doc.Tok first = d.toks.get(subtree(s, c)[0]);
        String w = first.word.toLowerCase(Locale.ROOT);
        return !first.inQuote && first.head == c && first.dep.equals("mark") && (w.equals("if") || w.equals("whether"));
    }

    /** Whether dependent {@code c} is a clause that opens with a word of {@link #QUESTION_WORDS}, outside quotes. */
    private boolean isQuestion(Doc.Sent s, int c) {
        Doc.Tok t = d.toks.get(c);
        if (t.inQuote || !(t.dep.equals("advcl") || t.dep.equals("ccomp") || t.dep.equals("dep"))) {
            return false;
        }
        int[] r = subtree(s, c);
        Doc.Tok first = d.toks.get(r[0]);
        String w = first.word.toLowerCase(Locale.ROOT);
        // (an adverbial "when" or "where" clause tells the time or place of the asking: "… to ask when Trump shot back")
        return r[0] < c && !first.inQuote && QUESTION_WORDS.contains(w)
                && !(t.dep.equals("advcl") && (w.equals("when") || w.equals("where")))
                && (first.head == c || first.dep.equals("mark") || first.pos.startsWith("W"));
    }

    /**
     * What a participle of {@link #PARTICIPLE_OBJECT} reports: its object ("recalling a visit to his church"), or
     * the question right after it, whatever the parser calls it ("explaining how a government outlay … could be
     * justified", "explaining why he disagrees …"); null when it has neither before a comma.
     */
    private int[] participleObject(Doc.Sent s, int i) {
        for (int c = i + 1; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (isComma(t) && t.head == i || t.inQuote && t.head != i) {
                return null;
            }
            if (t.head != i) {
                continue;
            }
            int[] r = subtree(s, c);
            if (t.dep.equals("obj") && (t.pos.startsWith("NN") || t.pos.equals("CD") || t.pos.equals("DT"))
                    && r[0] == i + 1) {
                // "explaining the firings amounted to 1 percent …": a clause read as an object is left to the rules
                // for clauses
                return clauseReadAsObject(s, i, r) == null ? r : null;
            }
            if (r[0] == i + 1 && d.toks.get(i + 1).pos.startsWith("W") && r[1] > c
                    && (t.dep.equals("dep") || t.dep.equals("advcl") || t.dep.equals("ccomp"))) {
                return r;
            }
        }
        return null;
    }

    /** Prepositions of time and place: a phrase they open after a verb's object tells when or where it was said. */
    private static final Set<String> CIRCUMSTANCE = Set.of("on", "in", "at", "during", "after", "before", "since",
            "until", "amid", "across", "throughout");
    /** Subordinators of time, cause and condition: a clause they open after a verb's object is no part of it. */
    private static final Set<String> CIRCUMSTANCE_MARK = Set.of("while", "when", "as", "if", "because", "though",
            "although", "once", "where", "after", "before", "since", "until", "whereas");

    /**
     * Whether the phrase at {@code c}, after a verb's object, is part of what the verb attributes ("criticized Clinton
     * for having ties to Wall Street", "accused China of hacking …") rather than when, where or why it was said
     * ("called Palin a “clown” on his radio show when commenting on her speech").
     */
    /**
     * The character ranges, as [start, end) pairs, of the relative clauses in the sentence that do not hold the cue:
     * "the aide, …, who has more than 14,000 followers on Twitter …, wrote an open letter … on her Facebook page,
     * saying …" was said on Facebook; Twitter is where the aide has followers.
     */
    private int[] otherRelatives(Doc.Sent s, int cue) {
        List<Integer> r = new ArrayList<>();
        for (int k = s.tokFrom; k < s.tokTo; k++) {
            if (d.toks.get(k).dep.equals("acl:relcl")) {
                int[] t = subtree(s, k);
                if (cue < t[0] || cue >= t[1]) {
                    r.add(d.toks.get(t[0]).start);
                    r.add(d.toks.get(t[1] - 1).end);
                }
            }
        }
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether verb {@code i} has, after its dependent {@code c}, an oblique opened by "as" ("describes X … as Y"). */
    private boolean asPhraseAfter(Doc.Sent s, int i, int c) {
        for (int k = c + 1; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head == i && t.dep.startsWith("obl") && !t.inQuote) {
                int from = subtree(s, k)[0];
                Doc.Tok p = d.toks.get(from);
                return p.head == k && p.dep.equals("case") && p.word.equalsIgnoreCase("as");
            }
        }
        return false;
    }

    private boolean whatIsAttributed(Doc.Sent s, int c) {
        Doc.Tok t = d.toks.get(c);
        if (t.dep.equals("xcomp")) {
            return true;
        }
        if (Set.of("DATE", "TIME", "DURATION", "SET").contains(t.ner == null ? "" : t.ner)
                || t.dep.equals("obl:tmod")) {
            return false;
        }
        for (int k = subtree(s, c)[0]; k < c; k++) {
            Doc.Tok x = d.toks.get(k);
            if (x.head == c && x.dep.equals("case")) {
                return !CIRCUMSTANCE.contains(x.word.toLowerCase(Locale.ROOT));
            }
            if (x.head == c && x.dep.equals("mark")) {
                return !CIRCUMSTANCE_MARK.contains(x.word.toLowerCase(Locale.ROOT));
            }
        }
        return !t.dep.equals("advcl");
    }

    /**
     * Whether token {@code k}, right after a comma, is a participle that attributes: a verb of saying ("…, telling
     * reporters that …", "…, adding …"), or one whose object or preposition is what is attributed ("…, calling them
     * “very boring tax returns”", "…, applauding America's leadership in the process", "…, referring to the party's
     * July convention"). What it says is a relation of its own, not part of the content before the comma.
     */
    private boolean reportingParticiple(Doc.Sent s, int k) {
        Doc.Tok t = d.toks.get(k);
        if (!t.pos.equals("VBG") || t.inQuote) {
            return false;
        }
        String lemma = t.lemma.toLowerCase(Locale.ROOT);
        return VERBS.contains(lemma) || NP_VERBS.contains(lemma) && !INTENT_VERBS.contains(lemma)
                || PREP_VERBS.containsKey(lemma) && k + 1 < s.tokTo
                && PREP_VERBS.get(lemma).contains(d.toks.get(k + 1).word.toLowerCase(Locale.ROOT));
    }

    /**
     * The reporting verb of a frame that runs from token {@code from} to the end of the sentence, subject then verb
     * ("the Los Angeles Times reports."), or -1: at most six words, the verb's subject before it, nothing but
     * punctuation after it.
     */
    private int closingFrame(Doc.Sent s, int from) {
        int verb = -1;
        for (int k = from; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.inQuote) {
                return -1;
            }
            if (t.pos.startsWith("VB") && VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))) {
                verb = k;
                break;
            }
        }
        if (verb <= from || d.words(from, verb) > 6
                || d.words(verb + 1, s.tokTo) > Clauses.whenWords(d, verb + 1, s.tokTo)
                || d.toks.get(verb).dep.startsWith("acl")) {
            return -1;
        }
        // the words before the verb are its subject ("…, a contention Ms. Lerner's lawyer disputed." describes a noun)
        for (int k = from; k < verb; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head == verb && t.dep.startsWith("nsubj")) {
                return subtree(s, k)[0] == from ? verb : -1;
            }
        }
        // "…, Secretary of State Hillary Clinton revealed Wednesday.": the parser may hang the name on the noun before
        // the comma, as an apposition, and leave the verb without a subject; a name that can speak, right before a
        // verb that has no subject of its own, is the subject
        for (int k = s.tokFrom; k < s.tokTo; k++) {
            if (d.toks.get(k).head == verb && d.toks.get(k).dep.startsWith("nsubj")) {
                return -1;
            }
        }
        Doc.NMention name = d.toks.get(verb - 1).mention;
        if (name == null || name.pronoun || !canSpeak(name) || name.tokFrom < from) {
            return -1;
        }
        for (int k = from; k < verb; k++) {
            String pos = d.toks.get(k).pos;
            if (!(pos.startsWith("NN") || pos.equals("IN") || pos.equals("DT") || pos.equals("POS")
                    || pos.startsWith("JJ"))) {
                return -1;
            }
        }
        return verb;
    }

    /**
     * Whether the content [from, to) is headed by a reporting verb whose subject opens right after the comma at
     * {@code comma} and that reports a clause of its own: the parser took a second report for the first verb's
     * clause ("cast that as a significant concession, Obama said it didn't go far enough").
     */
    private boolean reportAfterComma(Doc.Sent s, int comma, int[] content) {
        for (int v = comma + 2; v < content[1]; v++) {
            Doc.Tok t = d.toks.get(v);
            if (t.head >= content[0] && t.head < content[1]) {
                continue;
            }
            // the content's own head
            if (!t.pos.startsWith("VB") || t.inQuote || !VERBS.contains(t.lemma.toLowerCase(Locale.ROOT))
                    || !hasChild(s, v, "ccomp")) {
                return false;
            }
            for (int c = comma + 1; c < v; c++) {
                Doc.Tok n = d.toks.get(c);
                if (n.head == v && n.dep.equals("nsubj")) {
                    return subtree(s, c)[0] == comma + 1;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * "Obama, while saying he personally supports same-sex marriage, also said …": the parser hangs the participle on
     * the verb of the clause it reports (as a discourse word), and that clause on the main verb. The participle
     * reports that clause (its subject and all, to the end of its words); who reports is the main verb's subject.
     * Null when {@code i} is no such participle.
     */
    private List<Quote> participleOnItsClause(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        int h = v.head;
        if (!v.pos.equals("VBG") || !(v.dep.equals("discourse") || v.dep.equals("dep"))
                || !VERBS.contains(v.lemma.toLowerCase(Locale.ROOT)) || h <= i + 1 || h >= s.tokTo) {
            return null;
        }
        Doc.Tok clause = d.toks.get(h);
        boolean subjectBetween = false;
        for (int c = i + 1; c < h; c++) {
            subjectBetween |= d.toks.get(c).head == h && d.toks.get(c).dep.startsWith("nsubj");
        }
        int main = clause.head;
        if (!clause.pos.startsWith("VB") || !subjectBetween || main < s.tokFrom || main >= s.tokTo
                || !d.toks.get(main).pos.startsWith("VB")
                || !(clause.dep.equals("advcl") || clause.dep.equals("conj"))) {
            return null;
        }
        Speaker sp = treeSubject(s, main, 1);
        if (sp == null || sp.to > i) {
            return null;
        }
        int end = subtree(s, h)[1];
        if (main > h && end > main) {
            return null;
        }
        Quote q = quote(s, sp, i + 1, end, i, i + 1, v.word.toLowerCase(Locale.ROOT));
        return q == null ? null : List.of(q);
    }

    /**
     * "Sanders defended his call …, saying the positives in economic stimulus would outweigh the potential
     * downsides", "Clinton said, while arguing the U.S. should increase its special operations forces …": the parser
     * makes the participle of saying the subject of the clause it reports; after a comma or "while" / "by" it is the
     * participle of the verb the clause hangs on, whose subject says it, and the clause after it is what is said.
     */
    private List<Quote> participleAsSubject(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        int h = v.head;
        if (!v.pos.equals("VBG") || !v.dep.equals("nsubj") || v.inQuote
                || !VERBS.contains(v.lemma.toLowerCase(Locale.ROOT)) || h <= i + 1 || h >= s.tokTo
                || i - 1 < s.tokFrom) {
            return null;
        }
        Doc.Tok before = d.toks.get(i - 1);
        boolean opens = isComma(before) || before.dep.equals("mark") && before.head == h
                && Set.of("while", "by").contains(before.word.toLowerCase(Locale.ROOT));
        Doc.Tok clause = d.toks.get(h);
        int main = clause.head;
        if (!opens || clause.inQuote || main < s.tokFrom || main >= i || !d.toks.get(main).pos.startsWith("VB")
                || !Set.of("advcl", "ccomp", "conj", "parataxis", "dep").contains(clause.dep)) {
            return null;
        }
        int[] whole = subtree(s, h);
        if (whole[0] < (isComma(before) ? i : i - 1)) {
            return null; // the clause holds words before the participle: not a clause it opens
        }
        Speaker sp = treeSubject(s, main, 1);
        if (sp == null || sp.to > i) {
            return null;
        }
        Quote q = quote(s, sp, i + 1, whole[1], i, i + 1, v.word.toLowerCase(Locale.ROOT));
        return q == null ? List.of() : List.of(q);
    }

    /** Subordinators of contrast: the clause they open is set against the one before, not part of it. */
    private static final Set<String> CONTRAST = Set.of("while", "whereas", "although", "though");

    /**
     * Where a reporting verb at {@code k} with a subject of its own, joined to a word of the content [from, to) as a
     * conjunct, an adverbial clause or a clause set off by a semicolon, starts its clause ("and one in five say …",
     * "…, and more than 4 in 10 said billionaire Donald Trump would be best at handling the economy", "…, while
     * nine in 10 said they thought …", "…; 29 percent … said they believe …"); -1 when {@code k} is no such verb.
     * Its clause is a {@code ccomp}, an {@code xcomp} ("said [Trump] would be best"), or a pro-form.
     */
    private int conjoinedReport(Doc.Sent s, int k, int[] content) {
        Doc.Tok t = d.toks.get(k);
        String lemma = t.lemma.toLowerCase(Locale.ROOT);
        boolean says = VERBS.contains(lemma);
        if (!(t.dep.equals("conj") || t.dep.equals("advcl") || t.dep.equals("parataxis")) || !t.pos.startsWith("VB")
                || t.inQuote || t.head < content[0] || t.head >= content[1]
                || !says && !(NP_VERBS.contains(lemma) || INTENT_VERBS.contains(lemma)
                || PREP_VERBS.containsKey(lemma))) {
            return -1;
        }
        int subject = -1;
        int clause = -1;
        for (int c = content[0]; c < content[1]; c++) {
            Doc.Tok x = d.toks.get(c);
            if (x.head == k && x.dep.equals("nsubj") && c < k) {
                subject = c;
            } else if (x.head == k && x.dep.equals("ccomp") && c > k) {
                clause = c;
            } else if (x.head == k && x.dep.equals("xcomp") && c > k && hasChild(s, c, "aux")) {
                clause = c; // "said billionaire Donald Trump would be best …" (the parser's object and xcomp)
            }
        }
        if (clause < 0 && says && proFormContent(s, k) != null) {
            clause = k + 1; // "…, and three-quarters said the same of Sanders"
        }
        if (clause < 0 && attributesAfter(s, k)) {
            // "…, while 9 percent found it to be a deterrent", "…, while about 4 in 10 want one with political
            // experience": a verb whose object, infinitive or preposition is what is attributed
            clause = k + 1;
        }
        if (subject < 0 || clause < 0) {
            return -1;
        }
        int from = subtree(s, k)[0];
        // an adverbial clause of time or cause is part of what is reported ("he was “kind of riding the fence”
        // until Haley said she was backing the Florida senator"); one of contrast is a second report. A clause
        // after a colon explains the first ("…: 42% of Ohioans say they don't know …"); one after a semicolon is a
        // second
        if (t.dep.equals("advcl") && !(from < k && CONTRAST.contains(d.toks.get(from).word.toLowerCase(Locale.ROOT))
                && d.toks.get(from).head == k)
                || t.dep.equals("parataxis") && !(from > content[0] && d.toks.get(from - 1).word.equals(";"))) {
            return -1;
        }
        while (from > content[0] && (isComma(d.toks.get(from - 1)) || d.toks.get(from - 1).dep.equals("cc")
                || d.toks.get(from - 1).word.equals(";"))) {
            from--;
        }
        return from;
    }

    /** Finite verb forms: a verb in one of them has a tense of its own. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    /** Whether the participle at {@code v} has "have" as its auxiliary ("has released"). */
    private boolean perfect(Doc.Sent s, int v) {
        return d.toks.get(v).pos.equals("VBN")
                && d.hasChild(s, v, c -> c.dep.equals("aux") && c.lemma.equalsIgnoreCase("have"));
    }

    /** Whether the verb at {@code v} has a personal pronoun of the third person as its subject. */
    private boolean pronounSubject(Doc.Sent s, int v) {
        return d.hasChild(s, v, c -> c.dep.equals("nsubj") && THIRD_PERSON.contains(c.word.toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");

    /**
     * Whether the verb at {@code k} has after it what it attributes: a clause (a verb of saying or belief), an object
     * (a verb whose object is what is attributed: "calls her “…”"), an infinitive (a verb of intention) or the object
     * of its preposition ("called on Sanders …").
     */
    private boolean attributesAfter(Doc.Sent s, int k) {
        String lemma = d.toks.get(k).lemma.toLowerCase(Locale.ROOT);
        boolean says = VERBS.contains(lemma);
        boolean object = NP_VERBS.contains(lemma) && !INTENT_VERBS.contains(lemma);
        boolean intent = INTENT_VERBS.contains(lemma);
        Set<String> preps = PREP_VERBS.get(lemma);
        for (int c = k + 1; c < s.tokTo; c++) {
            Doc.Tok x = d.toks.get(c);
            if (x.head != k || x.inQuote && !(object && x.dep.equals("obj"))) {
                continue;
            }
            // ("questioned how he would be helped by Sanders' plan": a verb whose object is what it attributes
            // attributes a clause in its place too)
            if ((says || object) && x.dep.equals("ccomp") || (says || intent) && x.dep.equals("xcomp")
                    || object && x.dep.equals("obj")) {
                return true;
            }
            if (preps != null && x.dep.startsWith("obl")) {
                int first = subtree(s, c)[0];
                if (first > k && d.toks.get(first).dep.equals("case")
                        && preps.contains(d.toks.get(first).word.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code i} has a subject whose words (an apposition and its commas too) end right before it,
     * auxiliaries and adverbs aside ("Aides have also suggested").
     */
    private boolean subjectRightBefore(Doc.Sent s, int i) {
        // (the nearest: "… a terrorist group known as Ansar al-Sharia was involved, but he said he played no role …"
        // is parsed with both "group" and "he" subjects of the second "said")
        for (int c = i - 1; c >= s.tokFrom; c--) {
            if (d.toks.get(c).head == i && d.toks.get(c).dep.equals("nsubj")) {
                for (int k = subtree(s, c)[1]; k < i; k++) {
                    Doc.Tok t = d.toks.get(k);
                    if (t.head != i || !(t.dep.startsWith("aux") || t.dep.equals("advmod"))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the tokens [k + 1, to) after the comma or dash at {@code k} are one indefinite noun phrase set off at the
     * end of a content: "…, an acknowledgment that advisers to Clinton quickly trumpeted", "…, an event that Carson
     * says led him to Christ", "…, something that Trump mocked", "… — a controversial proposal he has raised at
     * various points during his campaign". The phrase comments on what was said; PolNeAR leaves it out of the
     * content (and marks a report inside it as a relation of its own).
     */
    private boolean closingComment(Doc.Sent s, int k, int to) {
        Doc.Tok p = d.toks.get(k);
        if (!(isComma(p) || p.word.equals("-") || p.word.equals("--") || p.word.equals("\u2014")
                || p.word.equals("\u2013")) || k + 2 >= to || p.inQuote) {
            return false;
        }
        String w = d.toks.get(k + 1).word.toLowerCase(Locale.ROOT);
        if (!(w.equals("a") || w.equals("an") || w.equals("something")) || d.toks.get(k + 1).inQuote) {
            return false;
        }
        int end = to;
        while (end > k + 2 && d.toks.get(end - 1).pos.matches("[.,:]|``|''|-RRB-")) {
            end--;
        }
        for (int h = k + 1; h < end; h++) {
            Doc.Tok t = d.toks.get(h);
            if (t.head < k + 1 || t.head >= end) {
                int[] r = subtree(s, h);
                return (t.pos.startsWith("NN") || w.equals("something") && h == k + 1) && r[0] == k + 1
                        && r[1] >= end;
            }
        }
        return false;
    }

    /**
     * The reporting verb whose report the verb at {@code k} repeats, or -1: "He said that Clinton is playing the
     * “women's card big league” and said that Rubio is “weak like a baby.”" is parsed with the second "said" as a
     * conjunct of "playing", inside the first report's clause. A verb of saying with a clause of its own and no
     * subject, joined to the verb of a reported clause whose frame is the same word ("said … and said"), is that
     * frame's second report, not something the first report's subject did. A joined verb that is no repetition of the
     * frame ("said that Clinton attacked Trump and accused him of …") keeps the parser's reading.
     */
    private int parallelFrame(Doc.Sent s, int k) {
        Doc.Tok t = d.toks.get(k);
        if (!t.dep.equals("conj") || !t.pos.startsWith("VB") || t.inQuote || t.head < s.tokFrom || t.head >= k
                || hasChild(s, k, "nsubj") || hasChild(s, k, "nsubj:pass")) {
            return -1;
        }
        boolean clause = false;
        for (int c = k + 1; c < s.tokTo && !clause && VERBS.contains(t.lemma.toLowerCase(Locale.ROOT)); c++) {
            clause = d.toks.get(c).head == k && d.toks.get(c).dep.equals("ccomp");
        }
        // "Clinton adds that she has released 30 years of tax returns and called on Sanders and Donald Trump to do
        // the same": any verb that attributes (its object, infinitive or preposition after it), in the frame's finite
        // form, where it cannot be the reported clause's second verb (that verb's form differs: "has released …
        // and called"), or where that clause's subject is a pronoun for the frame's ("He says he respects Clinton
        // and calls her …")
        boolean act = !clause && (FINITE.contains(t.pos) || t.pos.equals("VBN") && perfect(s, t.head))
                && !hasChild(s, k, "aux:pass") && attributesAfter(s, k);
        if (!clause && !act) {
            return -1;
        }
        // up from the verb it is joined to, through the words of one reported clause, to that clause's frame
        // ("said that she didn't want to think about the possibility that Trump would be president and predicted
        // that …": a verb of belief on the way whose form is not the joined verb's cannot be what it repeats)
        int h = t.head;
        for (int n = 0; n < 6 && h >= s.tokFrom && h < k; n++) {
            Doc.Tok x = d.toks.get(h);
            if (VERBS.contains(x.lemma.toLowerCase(Locale.ROOT)) && (x.pos.equals(t.pos) || !x.pos.startsWith("VB"))
                    || x.head < s.tokFrom || x.head >= s.tokTo) {
                return -1;
            }
            Doc.Tok f = d.toks.get(x.head);
            if (clause && x.dep.equals("ccomp") && f.pos.equals(t.pos) && !f.inQuote && x.head < h
                    && (NP_VERBS.contains(f.lemma.toLowerCase(Locale.ROOT))
                    || PREP_VERBS.containsKey(f.lemma.toLowerCase(Locale.ROOT)))) {
                return x.head;
            }
            if (x.dep.equals("ccomp") && f.pos.startsWith("VB") && VERBS.contains(f.lemma.toLowerCase(Locale.ROOT))) {
                if (act) {
                    Doc.Tok joined = d.toks.get(t.head);
                    return !f.inQuote && x.head < h && (f.pos.equals(t.pos) && !joined.pos.equals(t.pos)
                            || pronounSubject(s, t.head)) ? x.head : -1;
                }
                return (f.word.equalsIgnoreCase(t.word) || f.pos.equals(t.pos)) && !f.inQuote && x.head < h
                        ? x.head : -1;
            }
            h = x.head;
        }
        return -1;
    }

    /**
     * "Sanders supports raising the minimum wage", "Mr. Kasich reported having $1.3 million": a gerund right after the
     * verb (adverbs aside) that the parser hangs on it without naming the relation is its clausal complement.
     */
    private boolean gerundComplement(Doc.Sent s, int i, int c) {
        Doc.Tok t = d.toks.get(c);
        if (c <= i || !t.dep.equals("dep") || !t.pos.equals("VBG") || t.inQuote) {
            return false;
        }
        for (int k = i + 1; k < c; k++) {
            if (!d.toks.get(k).pos.startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A passive reporting verb with its agent: "The plan was rejected by the committee" (the subject is what is
     * attributed), "It was reported by Reuters that …" (the clause is). Without a "by" agent there is no source.
     */
    private List<Quote> passive(Doc.Sent s, int i) {
        String lemma = d.toks.get(i).lemma.toLowerCase(Locale.ROOT);
        int agent = -1;
        int clause = -1;
        int subject = -1;
        for (int c = s.tokFrom; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head != i) {
                continue;
            }
            if ((t.dep.equals("obl:agent") || t.dep.equals("obl") && c - 1 > i
                    && d.toks.get(subtree(s, c)[0]).word.equalsIgnoreCase("by")) && c > i && agent < 0) {
                agent = c;
            } else if (t.dep.equals("ccomp") && c > i) {
                clause = c;
            } else if (t.dep.equals("nsubj:pass")) {
                subject = c;
            }
        }
        if (agent < 0 || d.toks.get(agent).inQuote) {
            return null;
        }
        int[] a = subtree(s, agent);
        int from = a[0];
        while (from < a[1] && (d.toks.get(from).dep.equals("case") || d.toks.get(from).word.equalsIgnoreCase("by"))) {
            from++;
        }
        if (from >= a[1] || a[0] <= i && a[1] > i) {
            return null;
        }
        Speaker sp = headSpeaker(s, agent, from, a[1]);
        if (sp == null) {
            return null;
        }
        int[] content = null;
        if (clause >= 0) {
            content = subtree(s, clause);
        } else if (subject >= 0 && NP_VERBS.contains(lemma) && !d.toks.get(subject).pos.startsWith("W")) {
            content = subtree(s, subject);
            if (content[1] > i) {
                return null;
            }
        }
        if (content == null) {
            return null;
        }
        String cue = d.toks.get(i).word.toLowerCase(Locale.ROOT);
        Quote q = quote(s, sp, content[0], content[1], i, i + 1, cue, 1);
        return q == null ? List.of() : List.of(q);
    }

    /**
     * A noun of saying or intention with its owner and what it holds: "Trump's claim that Mexico will pay",
     * "the committee's decision to subpoena …", "his call for a ban". The owner (a possessive) is the source; the
     * clause, infinitive or "for" phrase hung on the noun is the content.
     */
    private Quote nounCue(Doc.Sent s, int i) {
        Doc.Tok n = d.toks.get(i);
        if (n.inQuote || n.dep.isEmpty()) {
            return null;
        }
        int owner = -1;
        int[] content = null;
        int cueTo = i + 1;
        for (int c = s.tokFrom; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head != i) {
                continue;
            }
            if (t.dep.equals("nmod:poss") && c < i) {
                owner = c;
            } else if (c > i && content == null && (t.dep.equals("acl") || t.dep.equals("ccomp"))) {
                int[] r = subtree(s, c);
                Doc.Tok first = d.toks.get(r[0]);
                String w = first.word.toLowerCase(Locale.ROOT);
                if (r[0] == i + 1 && (w.equals("that") && first.dep.equals("mark")
                        || w.equals("to") && first.dep.equals("mark"))) {
                    content = r;
                }
            } else if (c > i && content == null && t.dep.equals("nmod")
                    && PREP_NOUNS.containsKey(n.lemma.toLowerCase(Locale.ROOT))) {
                int[] r = subtree(s, c);
                if (r[0] == i + 1 && d.toks.get(r[0]).dep.equals("case") && PREP_NOUNS.get(
                        n.lemma.toLowerCase(Locale.ROOT)).contains(d.toks.get(r[0]).word.toLowerCase(Locale.ROOT))) {
                    cueTo = r[0] + 1;
                    content = new int[]{r[0] + 1, r[1]};
                }
            }
        }
        if (owner < 0 || content == null || d.toks.get(owner).inQuote) {
            return null;
        }
        int[] o = subtree(s, owner);
        Doc.Tok h = d.toks.get(owner);
        Speaker sp;
        // "Ryan reiterated his support for Mr. Trump", "Clinton has tried to explain her support for the deal", "Hammond
        // … hesitated to repeat his previous criticism of the New York mogul": a noun of stance owned by a pronoun, the
        // object of a verb that has a subject, is that subject's report, the verb its cue and the whole noun phrase
        // what is reported (so PolNeAR marks it, also when the pronoun is someone else's: "Rubio has railed against
        // Christie, taking aim at his past support for Supreme Court Justice Sonia Sotomayor"); a noun with a clause
        // stays the pronoun's report ("repeated her claim that Sanders had voted …", "laid out his belief that …")
        if (h.pos.equals("PRP$") && o[0] == owner && cueTo > i + 1
                && (n.dep.equals("obj") || n.dep.startsWith("obl"))
                && n.head >= s.tokFrom && n.head < owner && d.toks.get(n.head).pos.startsWith("VB")
                && !d.toks.get(n.head).inQuote) {
            int verb = n.head;
            Speaker subject = treeSubject(s, verb, 0);
            if (subject != null && subject.to <= verb) {
                int vTo = verb + 1;
                while (vTo < owner && (d.toks.get(vTo).head == verb && d.toks.get(vTo).dep.equals("compound:prt")
                        || d.toks.get(vTo).head == i && d.toks.get(vTo).dep.equals("case"))) {
                    vTo++; // "taking aim at": the preposition before the noun phrase is the cue's
                }
                String cue = d.body.text().substring(d.toks.get(verb).start, d.toks.get(vTo - 1).end)
                        .toLowerCase(Locale.ROOT);
                return quote(s, subject, owner, content[1], verb, vTo, cue, 2);
            }
        }
        if (h.pos.equals("PRP$")) {
            sp = h.mention != null ? mentionSpeaker(s, h.mention, "owner of the noun")
                    : new Speaker(owner, owner + 1, null, h.word, "owner of the noun");
        } else {
            sp = headSpeaker(s, owner, o[0], o[1]);
        }
        if (sp == null) {
            return null;
        }
        String cue = d.body.text().substring(n.start, d.toks.get(cueTo - 1).end).toLowerCase(Locale.ROOT);
        content[1] = beforeParticiple(s, i, content[0], content[1]);
        return quote(s, sp, content[0], content[1], i, cueTo, cue, cueTo > i + 1 ? 1 : 2);
    }

    /**
     * "In a new CNN poll, Trump leads …", "… is leading in the polls", "Bush remains mired in fourth in most surveys",
     * "Cruz came in second in January polls, although …": a poll, survey or study introduced by "in" on the verb of a
     * clause (or on an infinitive or participle that completes it) is the source of that clause; "in" is the cue.
     * Opening the sentence, the content is the rest of it; later on, the content is the clause from its subject to
     * the end, without the poll's phrase, stopping at a comma or at a clause joined to it. Not for verbs that report
     * by themselves ("said in a report that …": that relation is the verb's).
     */
    private List<Quote> inPoll(Doc.Sent s, int i) {
        Doc.Tok in = d.toks.get(i);
        if (in.head < s.tokFrom || in.head >= s.tokTo) {
            return List.of();
        }
        int noun = in.head;
        Doc.Tok n = d.toks.get(noun);
        if (!n.pos.startsWith("NN") || !POLL_NOUNS.contains(n.lemma.toLowerCase(Locale.ROOT)) || n.inQuote
                || !n.dep.startsWith("obl") || n.head < s.tokFrom || n.head >= s.tokTo) {
            return List.of();
        }
        int[] r = subtree(s, noun);
        if (r[0] != i) {
            return List.of();
        }
        if (i == s.tokFrom) {
            if (!d.toks.get(n.head).dep.equals("root")) {
                return List.of();
            }
            // "In a poll released Wednesday, …": the source runs to the comma that closes the opening phrase
            int spTo = r[1];
            int comma = r[1];
            while (comma < n.head && !isComma(d.toks.get(comma))) {
                comma++;
            }
            if (comma < n.head) {
                spTo = comma;
            }
            Speaker sp = headSpeaker(s, noun, i + 1, spTo);
            Quote q = sp == null ? null : quote(s, sp, spTo, s.tokTo, i, i + 1, "in", 3);
            return q == null ? List.of() : List.of(q);
        }
        // the clause: climb from an infinitive or participle to the verb it completes ("continues to lead in polls")
        int verb = n.head;
        for (int k = 0; k < 3 && d.toks.get(verb).dep.equals("xcomp") && d.toks.get(verb).head >= s.tokFrom
                && d.toks.get(verb).head < s.tokTo; k++) {
            verb = d.toks.get(verb).head;
        }
        Doc.Tok v = d.toks.get(verb);
        if (!Set.of("root", "advcl", "conj", "parataxis").contains(v.dep) || v.inQuote || reports(v)
                || reports(d.toks.get(n.head))) {
            return List.of();
        }
        int subject = -1;
        for (int c = s.tokFrom; c < i; c++) {
            Doc.Tok t = d.toks.get(c);
            if ((t.head == verb || t.head == n.head) && (t.dep.equals("nsubj") || t.dep.equals("nsubj:pass"))) {
                subject = c;
                break;
            }
        }
        if (subject < 0 || verb > i) {
            return List.of();
        }
        int cFrom = subtree(s, subject)[0];
        int clauseEnd = subtree(s, verb)[1];
        int cTo = r[1];
        while (cTo < clauseEnd && !isComma(d.toks.get(cTo)) && !d.toks.get(cTo).word.equals(";")
                && !opensJoinedClause(s, cTo, verb)) {
            cTo++;
        }
        Speaker sp = headSpeaker(s, noun, i + 1, r[1]);
        if (sp == null) {
            return List.of();
        }
        List<Quote> out = new ArrayList<>();
        Quote before = quote(s, sp, cFrom, i, i, i + 1, "in", 2);
        if (before == null) {
            return List.of();
        }
        out.add(before);
        Quote after = cTo > r[1] ? quote(s, sp, r[1], cTo, i, i + 1, "in", 1) : null;
        if (after != null) {
            out.add(after);
        }
        return out;
    }

    /** A verb that reports or judges by itself ("said in a report", "found in a study"). */
    static boolean reports(Doc.Tok v) {
        String l = v.lemma.toLowerCase(Locale.ROOT);
        return VERBS.contains(l) || NP_VERBS.contains(l) || INTENT_VERBS.contains(l) || PREP_VERBS.containsKey(l);
    }

    /** Token {@code k} opens a clause or conjunct joined to the verb's clause ("and …", "although …"). */
    private boolean opensJoinedClause(Doc.Sent s, int k, int verb) {
        Doc.Tok t = d.toks.get(k);
        if (t.dep.equals("cc") || t.dep.equals("mark")) {
            return true;
        }
        for (int c = k; c < s.tokTo; c++) {
            Doc.Tok x = d.toks.get(c);
            if (x.head == verb && Set.of("conj", "advcl", "parataxis", "ccomp").contains(x.dep)) {
                return subtree(s, c)[0] == k;
            }
        }
        return false;
    }

    /**
     * Any other verb or adjective whose subject is a person, an organisation, a personal pronoun or a plural noun
     * and whose complement is a clause opening with "that": "realized that …", "were optimistic that …".
     */
    private boolean thatClausePredicate(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        if (v.inQuote || !(v.pos.startsWith("VB") || v.pos.startsWith("JJ"))
                || NOT_ATTRIBUTING.contains(v.lemma.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean clause = false;
        Doc.Tok subject = null;
        for (int c = s.tokFrom; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head != i) {
                continue;
            }
            if (t.dep.equals("ccomp") && c > i) {
                Doc.Tok first = d.toks.get(subtree(s, c)[0]);
                clause = first.word.equalsIgnoreCase("that") && first.dep.equals("mark") && first.pos.equals("IN")
                        && (t.pos.startsWith("VB") || t.pos.equals("MD") || hasChild(s, c, "cop"));
            } else if (t.dep.equals("nsubj")) {
                subject = t;
            } else if (t.word.equalsIgnoreCase("so") || t.word.equalsIgnoreCase("such")) {
                return false; // "so high that …": a result, not a report
            }
        }
        return clause && subject != null && speakingSubject(subject);
    }

    /** "Davis … was critical of …": an adjective of attitude with a copula and a person, body or people as subject. */
    private boolean attitudeAdjective(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        if (v.inQuote || !v.pos.startsWith("JJ") || !PREP_VERBS.containsKey(v.lemma.toLowerCase(Locale.ROOT))
                || !hasChild(s, i, "cop")) {
            return false;
        }
        for (int c = s.tokFrom; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head == i && t.dep.equals("nsubj")) {
                return speakingSubject(t);
            }
        }
        return false;
    }

    /** A subject that can hold a view: a person, an organisation, a pronoun, a plural noun, "who". */
    private static boolean speakingSubject(Doc.Tok subject) {
        if (subject.inQuote) {
            return false;
        }
        if (subject.mention != null) {
            String cls = EntityResolver.typeClass(subject.mention.type);
            return subject.mention.pronoun || cls.equals("PERSON") || cls.equals("ORGANIZATION");
        }
        String w = subject.word.toLowerCase(Locale.ROOT);
        return subject.pos.equals("NNS") || subject.pos.equals("NNPS") || w.equals("they") || w.equals("we")
                || w.equals("i") || w.equals("who");
    }

    /** Verbs with a "that" clause that attribute nothing: "make sure that", "ensure that", "mean that". */
    private static final Set<String> NOT_ATTRIBUTING = Set.of("be", "have", "do", "make", "ensure", "mean",
            "require", "seem", "appear", "happen", "matter", "so", "such");

    /** The attribution the tree gives a reporting verb at token {@code i} (its subject), or null. */
    Attributor.Attr treeAttribution(int i, String cueWord) {
        Doc.Sent s = d.sents.get(d.toks.get(i).sent);
        if (d.toks.get(i).dep.isEmpty()) {
            return null;
        }
        Speaker sp = treeSubject(s, i, 0);
        if (sp == null) {
            return null;
        }
        return new Attributor.Attr(null, sp.name, sp.entity, cueWord, "reporting verb '" + cueWord + "': " + sp.rule,
                d.toks.get(sp.from).start, d.toks.get(sp.to - 1).end, -1, -1);
    }

    /**
     * Whether the token at {@code c} follows a quoted clause closed by a comma ("…are over,” he added"), not a quoted
     * word ("The four “loopholes” he cited are …").
     */
    private boolean afterQuotedClause(Doc.Sent s, int c) {
        if (c - 2 < s.tokFrom) {
            return false;
        }
        Doc.Tok a = d.toks.get(c - 2);
        Doc.Tok b = d.toks.get(c - 1);
        return isComma(a) && b.pos.equals("''") || a.pos.equals("''") && isComma(b);
    }

    /**
     * Whether verb {@code i}, with its subject {@code sp}, heads a free relative that is itself the object or clause
     * of a verb of saying: "Ms. Lauten wrote what she thought the daughters should have done: “Rise to the occasion.
     * …”" ("what" before the subject, hung on the verb, and the verb hung as a clause or object on "wrote"). What
     * she thought is what she wrote, reported by "wrote": no relation of its own. Under another verb the free
     * relative may be the only report ("Mr. Boehner delivered what aides called a wake-up call to his troops").
     */
    private boolean freeRelative(Doc.Sent s, int i, Speaker sp) {
        Doc.Tok v = d.toks.get(i);
        if (!(v.dep.equals("ccomp") || v.dep.equals("obj")) || v.head < s.tokFrom || v.head >= sp.from
                || !Attributor.isCueVerb(d.toks.get(v.head))) {
            return false;
        }
        for (int c = v.head + 1; c < sp.from; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.word.equalsIgnoreCase("what") && t.pos.equals("WP") && t.head == i && !t.inQuote) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The five unions which met Mr Prescott want the government to withdraw these regulations." (BBC): the parser
     * hangs the main verb on the verb of the subject's relative clause, as a clause it takes, and gives it that
     * clause's object as subject. When that relative clause's verb takes no clause (not a verb of saying or belief),
     * its noun heads the sentence and the "subject" is right after the relative verb, the subject is the noun with its
     * relative clause ("The five unions which met Mr Prescott"), not the object. Null otherwise.
     */
    private Speaker subjectWithRelativeClause(Doc.Sent s, int i, int subject) {
        Doc.Tok v = d.toks.get(i);
        if (!v.dep.equals("ccomp") || v.head < s.tokFrom || v.head >= i) {
            return null;
        }
        int rel = v.head;
        Doc.Tok r = d.toks.get(rel);
        if (!r.dep.equals("acl:relcl") || !r.pos.startsWith("VB") || r.head < s.tokFrom || r.head >= rel
                || VERBS.contains(r.lemma.toLowerCase(Locale.ROOT))
                || !d.toks.get(r.head).dep.equals("root") || !d.toks.get(r.head).pos.startsWith("NN")) {
            return null;
        }
        int[] obj = subtree(s, subject);
        if (obj[0] != rel + 1 || obj[1] != i) {
            return null;
        }
        int noun = r.head;
        return headSpeaker(s, noun, subtree(s, noun)[0], i);
    }

    /** The subject of the verb at {@code i}, from the tree, or null. */
    private Speaker treeSubject(Doc.Sent s, int i, int depth) {
        boolean quotedSubject = false;
        for (int c = s.tokFrom; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head == i && (t.dep.equals("nsubj") || t.dep.equals("nsubj:xsubj"))) {
                if (t.inQuote) {
                    // "“The discussions … are over,” he added, noting that …": the parser may give the frame's verb
                    // the quotation's subject as well as its own after the closing mark; that one is who speaks
                    quotedSubject = true;
                    continue;
                }
                if (quotedSubject && !afterQuotedClause(s, c)) {
                    return null;
                }
                int[] r = subtree(s, c);
                int name = nameAfterLoneTitle(s, i, c, r);
                if (name >= 0) {
                    int[] nr = subtree(s, name);
                    return headSpeaker(s, d.toks.get(name).mention.tokTo - 1, c, nr[1]);
                }
                if (laterSubject(s, i, r[1])) {
                    // "Leaning into her urban message, she added …": the parser gives the verb a second subject; the
                    // phrase before the comma opens the sentence, the subject is the one nearer the verb
                    continue;
                }
                if (r[0] <= i && r[1] > i) {
                    return null;
                }
                Speaker relative = subjectWithRelativeClause(s, i, c);
                if (relative != null) {
                    return relative;
                }
                if (depth < 2 && destinationBeforeInfinitive(s, i, r)) {
                    // "has taken to Facebook to blast her older sibling": the parser makes the place gone to the
                    // subject of the infinitive; who blasts is the subject of the verb it hangs on
                    int h = d.toks.get(i).head;
                    return h >= s.tokFrom && h < s.tokTo && d.toks.get(h).pos.startsWith("VB")
                            ? treeSubject(s, h, depth + 1) : null;
                }
                return headSpeaker(s, c, r[0], r[1]);
            }
        }
        if (quotedSubject) {
            return null;
        }
        Doc.Tok v = d.toks.get(i);
        // "“…,” reads a statement from Senate Majority Leader Harry Reid's office": a text that reads its words is
        // parsed as the object when it follows the verb; it is who speaks
        if (v.lemma.equalsIgnoreCase("read")) {
            for (int c = i + 1; c < s.tokTo; c++) {
                Doc.Tok t = d.toks.get(c);
                if (t.head == i && t.dep.equals("obj") && !t.inQuote && t.pos.startsWith("NN")) {
                    int[] r = subtree(s, c);
                    return headSpeaker(s, c, r[0], r[1]);
                }
            }
            // "“…,” the letter addressed to Chairman Darrell Issa (R-Calif.) reads": parsed with "addressed" as the
            // main verb, whose subject is the text
            for (int c = s.tokFrom; c < i; c++) {
                Doc.Tok t = d.toks.get(c);
                if (t.dep.equals("nsubj") && !t.inQuote && t.pos.startsWith("NN")
                        && DOCUMENT_NOUNS.contains(t.lemma.toLowerCase(Locale.ROOT))) {
                    int[] r = subtree(s, c);
                    return headSpeaker(s, c, r[0], Math.min(r[1], i));
                }
            }
        }
        // "“If Hillary does win New Hampshire, it will be by a margin as close as Iowa,” said one New Hampshire
        // Democrat.": in an inverted frame right after the quote, the parser may take a speaker that is no name for the
        // verb's object; a verb of saying that has no clause after it and follows the closing mark or comma has its
        // object as the speaker
        if (INVERTED_BY_OBJECT.contains(v.lemma.toLowerCase(Locale.ROOT)) && v.pos.startsWith("VB")
                && !v.pos.equals("VBG") && i - 1 >= s.tokFrom
                && (isComma(d.toks.get(i - 1)) || d.toks.get(i - 1).pos.equals("''"))
                && !clauseAfter(s, i)) {
            for (int c = i + 1; c < s.tokTo; c++) {
                Doc.Tok t = d.toks.get(c);
                if (t.head == i && t.dep.equals("obj") && !t.inQuote && t.pos.startsWith("NN")) {
                    int[] r = subtree(s, c);
                    if (r[0] == i + 1) {
                        return headSpeaker(s, c, r[0], r[1]);
                    }
                    break;
                }
            }
        }
        // "The Arizona Super Bowl Host Committee came out against SB 1062, stating, “…”": a reporting participle
        // after a comma that the parser hangs on the noun before it has the subject of the verb above that noun
        if (depth < 2 && v.pos.equals("VBG") && i - 1 >= s.tokFrom && isComma(d.toks.get(i - 1))
                && (v.dep.equals("amod") || v.dep.equals("acl") || v.dep.equals("dep"))
                && (Attributor.isCueVerb(v) || NP_VERBS.contains(v.lemma.toLowerCase(Locale.ROOT))
                || PREP_VERBS.containsKey(v.lemma.toLowerCase(Locale.ROOT)))
                && v.head >= s.tokFrom && v.head < i && d.toks.get(v.head).pos.startsWith("NN")) {
            int h = d.toks.get(v.head).head;
            for (int n = 0; n < 3 && h >= s.tokFrom && h < s.tokTo; n++) {
                Doc.Tok up = d.toks.get(h);
                if (up.pos.startsWith("VB")) {
                    return treeSubject(s, h, depth + 1);
                }
                h = up.head;
            }
        }
        // "Black Lives Matter issued a statement saying it took the action …", "Rubio's campaign sent out a press
        // release saying Murphy owes …": a participle of saying that describes a statement, a release or a message
        // the sentence's verb puts out has that verb's subject (not the first person named after it)
        if (depth < 2 && v.pos.equals("VBG") && (v.dep.equals("acl") || v.dep.equals("dep"))
                && Attributor.isCueVerb(v) && v.head >= s.tokFrom && v.head < i) {
            Doc.Tok noun = d.toks.get(v.head);
            // ("sent out a text message to supporters saying: …": hung on whom it was sent to)
            boolean sentTo = noun.dep.equals("obl") && noun.head >= s.tokFrom && noun.head < noun.index
                    && hasObject(s, noun.head, MESSAGE_NOUNS);
            if ((MESSAGE_NOUNS.contains(noun.lemma.toLowerCase(Locale.ROOT)) && noun.dep.equals("obj") || sentTo)
                    && !noun.inQuote && noun.head >= s.tokFrom && noun.head < noun.index
                    && d.toks.get(noun.head).pos.startsWith("VB")) {
                Speaker sp = treeSubject(s, noun.head, depth + 1);
                if (sp != null) {
                    return sp;
                }
            }
            // ("The town released a statement Wednesday saying …": hung on the verb that puts it out)
            if (noun.pos.startsWith("VB") && v.dep.equals("dep") && hasObject(s, v.head, MESSAGE_NOUNS)) {
                Speaker sp = treeSubject(s, v.head, depth + 1);
                if (sp != null) {
                    return sp;
                }
            }
        }
        // "“…,” said Devine, suggesting that …": a participle after an inverted frame, whatever the parser hung it
        // on, has the frame's subject
        if (depth == 0 && v.pos.equals("VBG") && i - 2 >= s.tokFrom && isComma(d.toks.get(i - 1))) {
            Doc.NMention m = d.toks.get(i - 2).mention;
            if (m != null && !m.pronoun && canSpeak(m) && m.tokFrom - 1 >= s.tokFrom) {
                Doc.Tok cue = d.toks.get(m.tokFrom - 1);
                if (Attributor.isCueVerb(cue) && !cue.inQuote && !subjectBefore(s, cue.index)) {
                    return mentionSpeaker(s, m, "subject of the frame '" + cue.word + " " + m.text
                            + "' the participle follows");
                }
            }
        }
        // "“…,” said Eric Herzik, who chairs the political science department …, citing another reason …": a
        // participle after a comma that the parser hangs on the relative clause of the frame's subject has that subject
        if (depth == 0 && v.pos.equals("VBG") && commaBefore(s, i) && v.head >= s.tokFrom && v.head < i
                && d.toks.get(v.head).dep.equals("acl:relcl")) {
            int n = d.toks.get(v.head).head;
            Doc.Tok subject = n >= s.tokFrom && n < s.tokTo ? d.toks.get(n) : null;
            if (subject != null && subject.dep.equals("nsubj") && subject.head >= s.tokFrom && subject.head < n
                    && Attributor.isCueVerb(d.toks.get(subject.head)) && !d.toks.get(subject.head).inQuote) {
                Speaker sp = treeSubject(s, subject.head, depth + 1);
                if (sp != null) {
                    return sp;
                }
            }
        }
        // "“Israel was sold out by Kerry and Obama,” Trump said in August, referring to Secretary of State John F.
        // Kerry": a participle after the frame of a quotation that the parser hangs on the quotation's own verb has
        // the frame's subject
        if (depth == 0 && v.pos.equals("VBG") && v.head >= s.tokFrom && v.head < s.tokTo
                && d.toks.get(v.head).inQuote) {
            int frameVerb = frameBeforeParticiple(s, i);
            if (frameVerb >= 0) {
                Speaker sp = treeSubject(s, frameVerb, depth + 1);
                if (sp != null) {
                    return sp;
                }
            }
        }
        // "… said that Clinton is playing … and said that Rubio is …": a second report joined to the first one's
        // clause has the first one's subject
        int frame = depth < 2 ? parallelFrame(s, i) : -1;
        if (frame >= 0) {
            return treeSubject(s, frame, depth + 1);
        }
        // "he says he would release his information for 2014 on Friday, calling them “very boring tax returns”": a
        // participle after a comma that the parser hangs on the verb of a reported clause closes that clause; it is
        // the frame's subject who calls or refers, not the clause's
        if (depth < 2 && v.pos.equals("VBG") && (v.dep.equals("dep") || v.dep.startsWith("advcl"))
                && commaBefore(s, i) && v.head >= s.tokFrom && v.head < i) {
            Doc.Tok h = d.toks.get(v.head);
            if (h.pos.startsWith("VB") && h.dep.equals("ccomp") && h.head >= s.tokFrom && h.head < v.head
                    && Attributor.isCueVerb(d.toks.get(h.head)) && !d.toks.get(h.head).inQuote) {
                Speaker frameSubject = treeSubject(s, h.head, depth + 1);
                if (frameSubject != null) {
                    return frameSubject;
                }
            }
        }
        // "she says she will not be voting for Mr. Trump and considers him a racist": a verb the parser joined to
        // the reported clause's verb, in the frame's tense and number rather than that clause's, is the frame's
        int joinedFrame = depth < 2 ? misattachedConjunct(s, i) : -1;
        if (joinedFrame >= 0) {
            return treeSubject(s, joinedFrame, depth + 1);
        }
        // "…, saying …", "… and added …", "declined to say": the subject of the verb this one hangs on
        if (depth < 2 && v.head >= s.tokFrom && v.head < s.tokTo && (v.dep.equals("conj")
                || v.dep.equals("xcomp") || (v.dep.equals("advcl") || v.dep.equals("acl")) && v.pos.equals("VBG")
                || participleAfterComma(s, i))) {
            Doc.Tok h = d.toks.get(v.head);
            // "it prompted Mr. Biden to describe his own tragedy", "urged him to say": after a verb of asking or
            // causing, the object of the verb the infinitive completes is who does it (not so after "used the term to
            // describe …", an infinitive of purpose, or "promised him to …")
            if (v.dep.equals("xcomp") && h.pos.startsWith("VB") && v.head < i
                    && OBJECT_CONTROL.contains(h.lemma.toLowerCase(Locale.ROOT))) {
                if (SUPPORT_VERBS.contains(v.lemma.toLowerCase(Locale.ROOT))) {
                    // "He is even trying to persuade other people of color to support Trump's campaign": whom one
                    // urges to support someone has not said they do; the report is the urging
                    return null;
                }
                for (int c = v.head + 1; c < i; c++) {
                    Doc.Tok o = d.toks.get(c);
                    if (o.head == v.head && o.dep.equals("obj") && !o.inQuote
                            && (o.pos.startsWith("NN") || o.pos.equals("PRP"))) {
                        int[] r = subtree(s, c);
                        if (r[1] <= i) {
                            return headSpeaker(s, c, r[0], r[1]);
                        }
                    }
                }
            }
            if (h.pos.startsWith("VB") || h.pos.equals("MD")) {
                Speaker inherited = treeSubject(s, v.head, depth + 1);
                if (v.dep.equals("conj") && inherited != null && boundObject(s, i, inherited)) {
                    return subjectOfSameObject(s, v.head, i);
                }
                return inherited;
            }
        }
        // "Mr. Trump has slightly improved his standing, with 30 percent of voters saying they have a positive view of
        // him": after "with", the noun phrase the participle describes is who says it
        if (v.dep.equals("acl") && v.pos.equals("VBG") && v.head >= s.tokFrom && v.head < i
                && hasCase(s, v.head, "with") && !d.toks.get(v.head).inQuote) {
            Doc.Tok n = d.toks.get(v.head);
            int from = subtree(s, v.head)[0];
            while (from < v.head && (d.toks.get(from).dep.equals("case") || d.toks.get(from).dep.equals("cc"))) {
                from++;
            }
            if ((n.pos.startsWith("NN") || n.pos.equals("CD") || n.pos.equals("PRP")) && subtree(s, i)[0] > v.head) {
                return headSpeaker(s, v.head, from, subtree(s, i)[0]);
            }
        }
        // "super PACs backing Mr. Cruz", "One pastor supporting Mr. Cruz, Darran Whiting, …": the noun the
        // participle describes, without the participle's phrase
        if (v.dep.equals("acl") && v.pos.equals("VBG") && v.head >= s.tokFrom && v.head < i
                && SUPPORT_VERBS.contains(v.lemma.toLowerCase(Locale.ROOT)) && !isComma(d.toks.get(i - 1))) {
            Doc.Tok n = d.toks.get(v.head);
            int[] np = subtree(s, v.head);
            int[] own = subtree(s, i);
            int from = np[0];
            while (from < v.head && (d.toks.get(from).dep.equals("case") || d.toks.get(from).dep.equals("cc"))) {
                from++; // "to a super PAC backing …": the preposition is not part of the source
            }
            if ((n.pos.startsWith("NN") || n.pos.equals("CD") || n.pos.equals("DT")) && !n.inQuote
                    && own[0] > v.head) {
                return headSpeaker(s, v.head, from, own[0]);
            }
        }
        return null;
    }

    /** The object pronoun that cannot be the same person as the subject pronoun of its own verb. */
    private static final java.util.Map<String, String> BOUND = java.util.Map.of("him", "he", "her", "she");

    /**
     * Whether the verb at {@code i} has as its object "him" ("her") while the subject it takes from the verb it is
     * joined to is "he" ("she"): "He … confirmed that … Paul Ryan called him and told him to …, but didn't tell him to
     * get out" (the parser joins "tell" to "confirmed"): he who is told is not he who tells.
     */
    private boolean boundObject(Doc.Sent s, int i, Speaker subject) {
        if (subject.to - subject.from != 1) {
            return false;
        }
        String he = d.toks.get(subject.from).word.toLowerCase(Locale.ROOT);
        for (int c = i + 1; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head == i && (t.dep.equals("obj") || t.dep.equals("iobj")) && t.pos.equals("PRP") && !t.inQuote
                    && he.equals(BOUND.get(t.word.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a verb between {@code from} and {@code i} that has the same object pronoun as the verb at
     * {@code i} and a subject of its own ("Paul Ryan called him"); null when there is none.
     */
    private Speaker subjectOfSameObject(Doc.Sent s, int from, int i) {
        String object = null;
        for (int c = i + 1; c < s.tokTo && object == null; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head == i && (t.dep.equals("obj") || t.dep.equals("iobj")) && t.pos.equals("PRP")) {
                object = t.word.toLowerCase(Locale.ROOT);
            }
        }
        Speaker found = null;
        for (int k = from + 1; k < i; k++) {
            Doc.Tok t = d.toks.get(k);
            if (!t.pos.equals("PRP") || !t.word.equalsIgnoreCase(object) || !t.dep.equals("obj") || t.inQuote) {
                continue;
            }
            int verb = t.head;
            for (int c = s.tokFrom; c < verb; c++) {
                Doc.Tok n = d.toks.get(c);
                if (n.head == verb && n.dep.equals("nsubj") && !n.inQuote && !n.pos.equals("PRP")) {
                    int[] r = subtree(s, c);
                    found = headSpeaker(s, c, r[0], r[1]);
                }
            }
        }
        return found;
    }

    /**
     * The verb of saying that frames a quotation right before the participle at {@code i} ("“…,” Trump said in August,
     * referring to …", "“…,” Clinton told AIPAC, referring to …", "“…,” Devine said, instead seeking to …"): the
     * participle follows a comma (and perhaps an adverb), and between the verb and the comma there is no other verb
     * and nothing quoted; -1 when there is none.
     */
    private int frameBeforeParticiple(Doc.Sent s, int i) {
        int k = i - 1;
        while (k >= s.tokFrom && d.toks.get(k).pos.startsWith("RB")) {
            k--;
        }
        if (k < s.tokFrom || !isComma(d.toks.get(k))) {
            return -1;
        }
        for (k--; k >= s.tokFrom; k--) {
            Doc.Tok t = d.toks.get(k);
            if (t.inQuote || t.pos.equals("''") || t.pos.equals("``") || t.word.equals(";") || t.word.equals(":")) {
                return -1;
            }
            if (t.pos.startsWith("VB") || t.pos.equals("MD")) {
                return Attributor.isCueVerb(t) ? k : -1;
            }
        }
        return -1;
    }

    /** Whether the verb at {@code v} has an object whose lemma is one of {@code nouns}. */
    private boolean hasObject(Doc.Sent s, int v, Set<String> nouns) {
        for (int c = v + 1; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head == v && t.dep.equals("obj") && nouns.contains(t.lemma.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb at {@code v} has a subject outside quotation marks before it ("Clinton told AIPAC"). */
    private boolean subjectBefore(Doc.Sent s, int v) {
        for (int c = s.tokFrom; c < v; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head == v && t.dep.startsWith("nsubj") && !t.inQuote) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code i} has another subject after token {@code from} and before it, with a comma between
     * ("Leaning into her urban message, she added", "Surveying rust-belt desolation in upstate New York, Williamson
     * concludes").
     */
    private boolean laterSubject(Doc.Sent s, int i, int from) {
        if (from >= i || !isComma(d.toks.get(from))) {
            return false;
        }
        for (int c = from + 1; c < i; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head == i && t.dep.equals("nsubj") && !t.inQuote) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb at {@code i} has a clause after it (the quotation before an inverted frame is before it). */
    private boolean clauseAfter(Doc.Sent s, int i) {
        return d.hasChild(s, i, c -> c.index > i && (c.dep.equals("ccomp") || c.dep.equals("xcomp")));
    }

    /** A comma right before token {@code i}, or inside the closing quotation mark before it ("“…,” referring"). */
    private boolean commaBefore(Doc.Sent s, int i) {
        int before = i - 1 >= s.tokFrom && d.toks.get(i - 1).pos.equals("''") ? i - 2 : i - 1;
        return before >= s.tokFrom && isComma(d.toks.get(before));
    }

    /**
     * "an Internet video surfaced showing North Carolina Rep. Bob Etheridge in a physical confrontation": a picture
     * shows what it depicts; it reports nothing. True when the head of the subject [from, to) is a picture or a
     * recording.
     */
    private boolean depicts(Speaker sp) {
        for (int k = sp.from(); k < sp.to(); k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head < sp.from() || t.head >= sp.to()) {
                return PICTURES.contains(t.lemma.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * "took to Facebook to blast …", "turned to Twitter to announce …": the subject [from, to) the parser gives the
     * infinitive at {@code i} follows "to" and is followed by the infinitive's own "to".
     */
    private boolean destinationBeforeInfinitive(Doc.Sent s, int i, int[] subj) {
        if (subj[0] - 1 < s.tokFrom || !d.toks.get(subj[0] - 1).word.equalsIgnoreCase("to") || subj[1] >= i) {
            return false;
        }
        for (int k = subj[1]; k < i; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head == i && t.dep.equals("mark") && t.word.equalsIgnoreCase("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…,'' he said, referring to faith-driven voters": an -ing form after a comma that the parser hangs on the main
     * verb before it without naming the relation is a participle whose subject is that verb's.
     */
    private boolean participleAfterComma(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        // the comma may stand inside the closing quotation mark: "rated the Obama ad as “false,” noting that …"
        int before = i - 1 >= s.tokFrom && d.toks.get(i - 1).pos.equals("''") ? i - 2 : i - 1;
        if (!(v.dep.equals("dep") && v.pos.equals("VBG") && v.head < i && before >= s.tokFrom
                && isComma(d.toks.get(before)))) {
            return false;
        }
        // "“…,” she said, adding that …": the verb it hangs on may itself hang on the quotation's verb
        Doc.Tok h = d.toks.get(v.head);
        return h.dep.equals("root") || Attributor.isCueVerb(h) && !h.inQuote;
    }

    /**
     * Whose document the noun at {@code head} is, within its phrase [from, to): the person or body it is from or of,
     * directly or through the office they head ("a statement from Senate Majority Leader Harry Reid's office", "the
     * senator's letter"); null when none is named.
     */
    private EntityResolver.Cluster documentOwner(Doc.Sent s, int head, int from, int to) {
        for (int c = from; c < to; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head != head || !(t.dep.equals("nmod") || t.dep.equals("nmod:poss"))) {
                continue;
            }
            if (t.dep.equals("nmod") && !hasCase(s, c, "from") && !hasCase(s, c, "of")) {
                continue;
            }
            Doc.Tok owner = t;
            if (owner.mention == null && owner.pos.startsWith("NN")) {
                for (int g = from; g < to; g++) {
                    Doc.Tok p = d.toks.get(g);
                    if (p.head == c && p.dep.equals("nmod:poss") && p.mention != null) {
                        owner = p;
                        break;
                    }
                }
            }
            if (owner == t && t.dep.equals("nmod") && hasCase(s, c, "from") && placeWithoutArticle(s, c)) {
                // "Reports from Russia say …": a place named bare after "from" is where the document comes from, not
                // who wrote it ("a statement from the White House" keeps its owner)
                continue;
            }
            if (owner.mention != null && !owner.mention.pronoun && owner.mention.cluster != null
                    && canSpeak(owner.mention)) {
                return owner.mention.cluster;
            }
        }
        return null;
    }

    /**
     * "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said he suspected …": the parser may take the object of the
     * apposition's preposition for the verb's subject. A subject that opens right after a preposition is no subject;
     * the person named before the comma that opens the apposition speaks, with the apposition in the source's span.
     * Null when the words before the subject are not so.
     */
    private Speaker nameBeforePrepositionalSubject(Doc.Sent s, int from, int to, String rule) {
        int p = from - 1;
        if (p - 2 < s.tokFrom || !(d.toks.get(p).pos.equals("IN") || d.toks.get(p).pos.equals("TO"))) {
            return null;
        }
        int k = p - 1;
        while (k > s.tokFrom && p - k <= 6 && Attributor.isNpTag(d.toks.get(k).pos) && !d.toks.get(k).inQuote) {
            k--;
        }
        if (k == p - 1 || !isComma(d.toks.get(k)) || !d.toks.get(p - 1).pos.startsWith("NN")) {
            return null;
        }
        Doc.NMention name = d.toks.get(k - 1).mention;
        if (name == null || name.pronoun || name.tokTo != k || !isPersonName(name) || !canSpeak(name)) {
            return null;
        }
        Speaker m = mentionSpeaker(s, name, rule + ", the name before an apposition whose preposition's object the"
                + " parse made the subject");
        return new Speaker(Attributor.npStart(d, s, name.tokFrom), to, m.entity, m.name, m.rule);
    }

    /** A place's name with no article before it ("Russia", "Moscow"; not "the White House"). */
    private boolean placeWithoutArticle(Doc.Sent s, int noun) {
        Doc.NMention m = d.toks.get(noun).mention;
        return m != null && !m.pronoun && EntityResolver.typeClass(m.type).equals("PLACE")
                && !d.hasChild(s, noun, c -> c.dep.equals("det"));
    }

    private boolean hasCase(Doc.Sent s, int noun, String word) {
        return d.hasChild(s, noun, c -> c.dep.equals("case") && c.word.equalsIgnoreCase(word));
    }

    /**
     * "The former UN commissioner … told Radio 4's Today the government's response would be scrutinised": the parser
     * may hang the one told, a name right after a verb such as "told", on the reported clause as an unnamed
     * dependent; it heard the words and is no part of them. Returns the token after that name when the clause
     * [r[0], r[1]) headed by {@code head} opens with it and its own subject follows, else -1.
     */
    private int afterHearer(Doc.Sent s, int head, int[] r) {
        for (int k = r[0]; k < head; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head != head || !t.dep.equals("dep") || t.mention == null || t.mention.pronoun) {
                continue;
            }
            int[] hearer = subtree(s, k);
            if (hearer[0] != r[0] || hearer[1] >= head) {
                return -1;
            }
            for (int h = hearer[0]; h < hearer[1]; h++) {
                Doc.Tok x = d.toks.get(h);
                if (x.mention == null && !x.pos.equals("POS")) {
                    return -1; // only a name (with its possessive) is taken for the hearer
                }
            }
            for (int n = hearer[1]; n < head; n++) {
                if (d.toks.get(n).head == head && d.toks.get(n).dep.startsWith("nsubj")) {
                    return hearer[1];
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * "On Thursday, Lord Bingham - a senior law lord - said …": the parser may make a capitalised title alone the
     * subject of the verb and hang the person's name right after it on the verb as well; the name is who speaks, not
     * the title (which would be read as whoever last held it). Returns the name's first token, or -1.
     */
    private int nameAfterLoneTitle(Doc.Sent s, int verb, int subject, int[] r) {
        int next = subject + 1;
        if (r[0] != subject || r[1] != next || next >= verb) {
            return -1;
        }
        Doc.Tok title = d.toks.get(subject);
        Doc.Tok name = d.toks.get(next);
        boolean titleAlone = title.pos.equals("NNP") && (title.mention == null || !title.mention.pronoun
                && !EntityResolver.typeClass(title.mention.type).equals("PERSON"));
        return titleAlone && name.head == verb && name.mention != null && name.mention.tokFrom == next
                && !name.mention.pronoun && EntityResolver.typeClass(name.mention.type).equals("PERSON") ? next : -1;
    }

    /** A speaker for the noun phrase [from, to) whose head is token {@code head}. */
    private Speaker headSpeaker(Doc.Sent s, int head, int from, int to) {
        int dateline = Clauses.datelineEnd(d, s);
        if (head < dateline) {
            // "WASHINGTON -- The classified version of a … review … found …": the parser made the dateline the head
            // of the subject; the subject is the noun phrase after the dash
            int real = -1;
            for (int k = dateline; k < to && real < 0; k++) {
                if (d.toks.get(k).head == head && d.toks.get(k).pos.startsWith("NN")) {
                    real = k;
                }
            }
            if (real < 0) {
                return null;
            }
            head = real;
        }
        from = Math.max(from, dateline);
        while (from < to && !Character.isLetterOrDigit(d.toks.get(from).word.charAt(0))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(d.toks.get(to - 1).word.charAt(0))) {
            to--;
        }
        // "“…,” said a longtime adviser to Trump, who declined to be identified": a relative clause or a participle
        // set off by a comma after the head tells more about the speaker; it is no part of the source's span and
        // reports on its own ("who declined", "asking for anonymity")
        for (int k = head + 1; k + 1 < to; k++) {
            Doc.Tok next = d.toks.get(k + 1);
            if (isComma(d.toks.get(k)) && !inWord(k) && !next.inQuote
                    && (RELATIVE_WORDS.contains(next.word.toLowerCase(Locale.ROOT)) && !supportClause(k + 2, to)
                    || next.pos.equals("VBG")
                    && (next.dep.equals("acl") || next.dep.equals("advcl") || next.dep.equals("dep")))) {
                to = k;
                break;
            }
        }
        // "A Republican staffer on Friday apologized …": a phrase of time hung on the head at the end of the subject
        // says when, not who; it is no part of the source's span
        for (int k = head + 1; k + 1 < to; k++) {
            Doc.Tok p = d.toks.get(k);
            if (p.pos.equals("IN") && timeOnly(k + 1, to) && p.head > k && p.head < to
                    && d.toks.get(p.head).head == head) {
                to = k;
                break;
            }
        }
        // the words before the head of a noun phrase hold no comma ("a tactic Democrats hope …" misparsed)
        for (int k = head - 1; k >= from; k--) {
            if (isComma(d.toks.get(k)) && !inWord(k) || Set.of("VBD", "VBZ", "VBP").contains(d.toks.get(k).pos)) {
                from = k + 1;
                break;
            }
        }
        if (from >= to) {
            return null;
        }
        Doc.Tok h = d.toks.get(head);
        if (isNoSpeaker(h)) {
            return null; // "Tuesday, saying …": a date or number parsed as the subject
        }
        String rule = "subject of the reporting verb in the parse";
        Speaker before = nameBeforePrepositionalSubject(s, from, to, rule);
        if (before != null) {
            return before;
        }
        String w = h.word.toLowerCase(Locale.ROOT);
        Doc.NMention titled = nameAfterOrganisationsTitle(h, to);
        if (titled != null) {
            Speaker m = mentionSpeaker(s, titled, rule + ", the name after the title that follows '" + h.mention.text
                    + "'");
            return new Speaker(from, to, m.entity, m.name, m.rule);
        }
        if (h.mention != null && canSpeak(h.mention)) {
            Speaker m = mentionSpeaker(s, h.mention, rule);
            return new Speaker(from, to, m.entity, m.name, m.rule);
        }
        if (w.equals("that") || w.equals("which")) {
            // "a super PAC that backed Mr. Rubio", "the Convention, which opposed the bill": the relative pronoun
            // stands for a group or a named body; a relative clause about a single thing has no speaker
            Doc.Tok noun = antecedent(h);
            if (noun != null && noun.mention != null && !noun.mention.pronoun && canSpeak(noun.mention)) {
                Speaker m = mentionSpeaker(s, noun.mention, rule + ", '" + h.word + "'");
                return new Speaker(from, to, m.entity, m.name, m.rule);
            }
            if (noun != null && (noun.pos.equals("NNS") || noun.pos.equals("NNPS") || noun.pos.equals("NNP")
                    || DOCUMENT_NOUNS.contains(noun.lemma.toLowerCase(Locale.ROOT))) && !isNoSpeaker(noun)) {
                return new Speaker(from, to, null, noun.word, rule + ", '" + h.word + "' = '" + noun.word + "'");
            }
            return null;
        }
        // "Kyiv's foreign minister Andrii Sybiha" parsed with the title as head: the name hung on it. Only a name after
        // the head: one before it modifies the head and is not who speaks ("the Obama campaign said", "a Romney
        // campaign aide said", "Rubio spokesman Alex Conant said"). Not a plural head: one person's name is no
        // apposition to it ("Spokesmen for the office of the United States attorney in Brooklyn, Loretta E. Lynch,
        // and for the New York F.B.I. office declined to comment": the name is the attorney's)
        boolean pluralHead = h.pos.equals("NNS") || h.pos.equals("NNPS");
        for (int k = head + 1; k < to && !pluralHead; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head == head && (t.dep.equals("appos") || t.dep.equals("compound") || t.dep.startsWith("flat")
                    || t.dep.equals("dep"))
                    && t.mention != null && !t.mention.pronoun && canSpeak(t.mention)
                    && EntityResolver.typeClass(t.mention.type).equals("PERSON")) {
                Speaker m = mentionSpeaker(s, t.mention, rule + ", the name in apposition to '" + h.word + "'");
                return new Speaker(from, to, m.entity, m.name, m.rule);
            }
        }
        if (w.equals("who")) {
            // "X, who said …": the person the relative clause is about
            Doc.Tok noun = antecedent(h);
            if (noun != null && noun.mention != null && canSpeak(noun.mention)) {
                Speaker m = mentionSpeaker(s, noun.mention, rule + ", 'who'");
                return new Speaker(from, to, m.entity, m.name, m.rule);
            }
            Doc.NMention named = noun == null ? null : nameInApposition(s, noun);
            if (named != null) {
                // "Enter Ms. Lauten — a former … aide who describes herself …": the person the noun is set beside
                Speaker m = mentionSpeaker(s, named, rule + ", 'who' = '" + noun.word + "', in apposition to a name");
                return new Speaker(from, to, m.entity, m.name, m.rule);
            }
            if (noun != null && noun.pos.startsWith("NN") && !isNoSpeaker(noun)) {
                // "aides to House conservatives who oppose the plan": the people the clause is about
                String np = nounWithModifiers(noun);
                return new Speaker(from, to, null, np, rule + ", 'who' = '" + np + "'");
            }
            Doc.NMention member = noun == null ? null : memberAmong(s, noun);
            if (member != null) {
                // "The Prime Minister Tony Blair is among those who have called for an apology": one of them
                Speaker m = mentionSpeaker(s, member, rule + ", 'who' = '" + noun.word + "', whom '" + member.text
                        + "' is among");
                return new Speaker(from, to, m.entity, m.name, m.rule);
            }
            String group = noun == null ? null : countedGroup(noun);
            if (group != null) {
                // "All three, who have repeatedly denied the allegations": the counted people the clause is about
                return new Speaker(from, to, null, group, rule + ", 'who' = '" + group + "'");
            }
            return new Speaker(from, to, null, h.word, rule + ", 'who'");
        }
        if (h.pos.equals("PRP")) {
            Attributor.Referent r = Attributor.referent(d, s, head);
            if (r != null && r.organisation() != null) {
                return new Speaker(from, to, r.organisation(), r.organisation().name, rule + ", pronoun '" + h.word
                        + "' = the organisation that is the subject just before");
            }
            if (r != null) {
                return new Speaker(from, to, null, r.phrase(), rule + ", pronoun '" + h.word + "' = '" + r.phrase()
                        + "', the plural noun before it");
            }
            return new Speaker(from, to, null, h.word, rule + ", pronoun '" + h.word + "'");
        }
        // "most of his competitors", "many", "few": a quantity of people heads the phrase
        if (!h.pos.startsWith("NN") && !h.pos.equals("CD") && !h.pos.equals("DT")
                && !(h.pos.startsWith("JJ") && QUANTIFIERS.contains(w))) {
            return null;
        }
        EntityResolver.Cluster entity = null;
        // "the Kremlin's spokesman" and "officials" are not the names in them; a title taken by a named person is
        int k = head;
        while (k - 1 >= from && Attributor.isNpTag(d.toks.get(k - 1).pos) && !d.toks.get(k - 1).pos.equals("POS")) {
            k--;
        }
        entity = attributor.descriptor(d, k, head);
        if (entity == null && DOCUMENT_NOUNS.contains(h.lemma.toLowerCase(Locale.ROOT))) {
            entity = documentOwner(s, head, from, to);
        }
        // a phrase set off by dashes after the head stays in the source's span (as an apposition does) but names no
        // part of the speaker ("One of the highest-profile Republicans in the House – where reform will live or die
        // this year – said")
        int nameTo = to;
        for (int n = head + 1; n < to; n++) {
            if (d.isDash(d.toks.get(n))) {
                nameTo = n;
                break;
            }
        }
        String phrase = d.body.text().substring(d.toks.get(from).start, d.toks.get(nameTo - 1).end);
        return new Speaker(from, to, entity, entity != null ? entity.name : phrase,
                entity != null ? rule + ", '" + phrase + "' taken as the person so titled" : rule);
    }

    /**
     * Whether the first verb in [from, to) is one of support ("…, who endorsed Mr. Rubio, said"): such a relative
     * clause tells which side the speaker is on, as a title would, and stays in the source (on all 840 PolNeAR TRAIN
     * articles 4 of 15 such clauses were a relation of the gold).
     */
    private boolean supportClause(int from, int to) {
        for (int k = from; k < to; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.pos.startsWith("VB")) {
                return SUPPORT_VERBS.contains(t.lemma.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    private boolean colonBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (d.toks.get(k).word.equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** A noun with the compound nouns and adjectives right before it that hang on it ("House conservatives"). */
    /**
     * "Add to" and a noun with no clause of the verb's own: the verb means increase, not say ("the authorities shifted
     * their response almost daily, adding to the sense that the situation was out of control"). "He added to reporters
     * that …" is told to people and stays a report; the parser often hangs the noun's clause on the verb, so the
     * noun, not the clause, decides.
     */
    /**
     * "Romney added his voice after five past and present Missouri Republican senators urged Akin to step aside": "add"
     * with a noun object right after it (opened by a possessive or an article) that holds no verb, and no clause of
     * its own, no colon and no quotation after it, adds a thing; it says nothing.
     */
    private boolean addsAThing(Doc.Sent s, int i) {
        Doc.Tok first = d.toks.get(i + 1);
        if (first.inQuote || !(first.pos.equals("PRP$") || first.pos.equals("DT"))) {
            return false;
        }
        int obj = -1;
        for (int c = s.tokFrom; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head != i) {
                continue;
            }
            if (CLAUSE_DEPS.contains(t.dep) || t.dep.equals("parataxis") || t.dep.startsWith("ccomp")) {
                return false;
            }
            if (t.dep.equals("obj") && c > i) {
                obj = c;
            }
        }
        if (obj < 0 || !d.toks.get(obj).pos.startsWith("NN") || d.toks.get(obj).inQuote) {
            return false;
        }
        int[] r = subtree(s, obj);
        if (r[0] != i + 1) {
            return false;
        }
        for (int k = r[0]; k < r[1]; k++) {
            if (d.toks.get(k).pos.startsWith("VB")) {
                return false;
            }
        }
        for (int k = i + 1; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.word.equals(":") || t.inQuote || d.quoteAt(t.start) != null) {
                return false;
            }
        }
        return true;
    }

    private boolean addsTo(Doc.Sent s, int i) {
        Doc.Tok v = d.toks.get(i);
        if (!v.lemma.equalsIgnoreCase("add") || i + 1 >= s.tokTo) {
            return false;
        }
        Doc.Tok to = d.toks.get(i + 1);
        if (addsAThing(s, i)) {
            return true;
        }
        if (!to.word.equalsIgnoreCase("to") || !to.dep.equals("case") || to.head < s.tokFrom || to.head >= s.tokTo
                || d.toks.get(to.head).head != i || !d.toks.get(to.head).pos.startsWith("NN")) {
            return false;
        }
        Doc.Tok noun = d.toks.get(to.head);
        return !(noun.mention != null && canSpeak(noun.mention)) && !personNoun(noun);
    }

    /**
     * The person a sentence says is among the people a relative clause is about: "The Prime Minister Tony Blair is among
     * those who have called for an apology" (the subject of "is among those", or a name hung on that subject). Null
     * when the noun is not "those" after "among", or the subject names no one who can speak.
     */
    private Doc.NMention memberAmong(Doc.Sent s, Doc.Tok noun) {
        if (noun.inQuote || !noun.word.equalsIgnoreCase("those") || !hasCase(s, noun.index, "among")) {
            return null;
        }
        for (int k = s.tokFrom; k < noun.index; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head != noun.index || !t.dep.startsWith("nsubj")) {
                continue;
            }
            if (t.mention != null && !t.mention.pronoun && canSpeak(t.mention)) {
                return t.mention;
            }
            for (int j = s.tokFrom; j < noun.index; j++) {
                Doc.Tok n = d.toks.get(j);
                if (n.head == k && (n.dep.equals("dep") || n.dep.equals("appos") || n.dep.startsWith("flat"))
                        && n.mention != null && !n.mention.pronoun && isPersonName(n.mention) && canSpeak(n.mention)) {
                    return n.mention;
                }
            }
        }
        return null;
    }

    /**
     * A number or a quantifier that stands for people with the words that count it ("All three", "the two", "both"):
     * the phrase, or null when the token is a bare number (an age: "Thanou, 30, who won …") or no such word.
     */
    private String countedGroup(Doc.Tok noun) {
        String w = noun.word.toLowerCase(Locale.ROOT);
        if (noun.inQuote || !(noun.pos.equals("CD") || w.equals("both") || w.equals("all"))) {
            return null;
        }
        int k = noun.index;
        while (k - 1 >= 0 && d.toks.get(k - 1).head == noun.index && d.toks.get(k - 1).sent == noun.sent
                && Set.of("det", "det:predet", "amod").contains(d.toks.get(k - 1).dep) && !d.toks.get(k - 1).inQuote) {
            k--;
        }
        if (noun.pos.equals("CD") && (k == noun.index || !noun.word.chars().allMatch(Character::isLetter))) {
            return null;
        }
        return d.body.text().substring(d.toks.get(k).start, noun.end);
    }

    private String nounWithModifiers(Doc.Tok noun) {
        int k = noun.index;
        while (k - 1 >= 0 && d.toks.get(k - 1).head == noun.index
                && Set.of("compound", "amod").contains(d.toks.get(k - 1).dep) && !d.toks.get(k - 1).inQuote) {
            k--;
        }
        return d.body.text().substring(d.toks.get(k).start, noun.end);
    }

    /**
     * The noun a relative pronoun stands for: the head of its relative clause's head; or, when the parser did not
     * make the clause relative ("some other Republicans, who have openly accused …" hung on the sentence as "dep"),
     * the noun right before the comma that opens it. Null when there is neither.
     */
    private Doc.Tok antecedent(Doc.Tok pronoun) {
        Doc.Tok rel = pronoun.head >= 0 ? d.toks.get(pronoun.head) : null;
        if (rel != null && rel.dep.equals("acl:relcl") && rel.head >= 0) {
            return d.toks.get(rel.head);
        }
        int comma = pronoun.index - 1;
        if (rel != null && comma >= 0 && d.toks.get(comma).sent == pronoun.sent && d.toks.get(comma).mention != null
                && !d.toks.get(comma).mention.pronoun) {
            // "… drew the ire of Justice Antonin Scalia who said he was whipsawed": a name right before "who", with
            // no comma, and the clause hung elsewhere by the parser
            return Names.headOf(d, d.toks.get(comma).mention);
        }
        if (rel == null || comma - 1 < 0 || !isComma(d.toks.get(comma)) || d.toks.get(comma - 1).sent != pronoun.sent) {
            return null;
        }
        Doc.Tok noun = d.toks.get(comma - 1);
        if (noun.mention != null && !noun.mention.pronoun) {
            return Names.headOf(d, noun.mention);
        }
        return noun.pos.startsWith("NN") && !noun.inQuote ? noun : null;
    }

    /**
     * A person's name set beside a common noun: the name in apposition to it ("the aide, Elizabeth Lauten, 31"), or the
     * name it is in apposition to ("Ms. Lauten — a former … aide"). Null when there is none.
     */
    private Doc.NMention nameInApposition(Doc.Sent s, Doc.Tok noun) {
        if (!noun.pos.startsWith("NN") || noun.inQuote) {
            return null;
        }
        for (int k = noun.index + 1; k < s.tokTo && k - noun.index < 6; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head == noun.index && t.dep.equals("appos") && isPersonName(t.mention)) {
                return t.mention;
            }
        }
        if ((noun.dep.equals("appos") || noun.dep.equals("dep")) && noun.head >= s.tokFrom && noun.head < noun.index) {
            Doc.Tok h = d.toks.get(noun.head);
            if (isPersonName(h.mention) && h.mention.tokTo - 1 == h.index) {
                for (int k = h.index + 1; k < noun.index; k++) {
                    Doc.Tok p = d.toks.get(k);
                    if (isComma(p) || p.word.equals("-") || p.word.equals("\u2014") || p.pos.equals(":")
                            || p.pos.equals("HYPH")) {
                        return h.mention;
                    }
                }
            }
        }
        return null;
    }

    private static boolean isPersonName(Doc.NMention m) {
        return m != null && !m.pronoun && canSpeak(m) && EntityResolver.typeClass(m.type).equals("PERSON");
    }

    /** Only words of a date or time in [from, to), with their determiners: "Friday", "last week". */
    private boolean timeOnly(int from, int to) {
        boolean time = false;
        for (int k = from; k < to; k++) {
            Doc.Tok t = d.toks.get(k);
            if ("DATE".equals(t.ner) || "TIME".equals(t.ner)) {
                time = true;
            } else if (!t.pos.equals("DT")) {
                return false;
            }
        }
        return time;
    }

    /** Words that stand for a whole reported clause after a verb of saying or belief. */
    private static final Set<String> PRO_CLAUSES = Set.of("so", "yes", "no", "otherwise", "likewise");

    /**
     * What a verb of saying or belief reports when a pro-form stands for the clause: "three-quarters said the same of
     * Sanders", "26 percent said the same", "46 percent of voters said yes", "I think so". "The same" is the verb's
     * object (with what follows it: "of Sanders", or a phrase "for"/"about"/"of" hung on the verb right after it); "so",
     * "yes", "no" stand right after the verb and end its clause. Null when there is none.
     */
    private int[] proFormContent(Doc.Sent s, int i) {
        if (i + 1 >= s.tokTo) {
            return null;
        }
        Doc.Tok next = d.toks.get(i + 1);
        String w = next.word.toLowerCase(Locale.ROOT);
        if (next.inQuote) {
            return null;
        }
        if (PRO_CLAUSES.contains(w)) {
            boolean ends = i + 2 >= s.tokTo || !Character.isLetterOrDigit(d.toks.get(i + 2).word.charAt(0))
                    && !d.toks.get(i + 2).word.equals("-") || d.toks.get(i + 2).pos.equals("CC");
            return ends ? new int[]{i + 1, i + 2} : null;
        }
        if (!w.equals("the") || i + 2 >= s.tokTo) {
            return null;
        }
        Doc.Tok same = d.toks.get(i + 2);
        if (!same.word.equalsIgnoreCase("same") || same.head != i || !same.dep.equals("obj")) {
            return null;
        }
        int[] r = subtree(s, i + 2);
        // "said the same for Sanders", the phrase hung on the verb: what the same is said of
        if (r[1] < s.tokTo) {
            Doc.Tok p = d.toks.get(r[1]);
            String pw = p.word.toLowerCase(Locale.ROOT);
            if ((pw.equals("of") || pw.equals("for") || pw.equals("about")) && p.dep.equals("case")
                    && p.head > r[1] && p.head < s.tokTo && d.toks.get(p.head).head == i) {
                r[1] = Math.max(r[1], subtree(s, p.head)[1]);
            }
        }
        return r;
    }

    /**
     * "developers see golf courses as wasted space", "He views Mr. Trump as a poisonous candidate": the object of the
     * verb together with the phrase opening with "as" after it, or null when the verb has no such pair.
     */
    private int[] objectAs(Doc.Sent s, int i) {
        int obj = -1;
        for (int c = i + 1; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head != i) {
                continue;
            }
            if (t.dep.equals("obj") && obj < 0 && !t.inQuote) {
                obj = c;
                continue;
            }
            if (obj >= 0) {
                int[] r = subtree(s, c);
                int[] o = subtree(s, obj);
                if (r[0] == o[1] && d.toks.get(r[0]).word.equalsIgnoreCase("as") && r[1] - r[0] >= 2) {
                    return new int[]{o[0], r[1]};
                }
                return null;
            }
        }
        // "as" phrase parsed inside the object's subtree: "see black votes as key"
        if (obj >= 0) {
            int[] o = subtree(s, obj);
            for (int k = obj + 1; k < o[1] - 1; k++) {
                if (d.toks.get(k).word.equalsIgnoreCase("as") && d.toks.get(k).head != obj
                        && (d.toks.get(k).dep.equals("case") || d.toks.get(k).dep.equals("mark"))) {
                    return o;
                }
            }
        }
        return null;
    }

    private boolean hasChild(Doc.Sent s, int i, String dep) {
        return d.hasChild(s, i, t -> t.dep.equals(dep));
    }

    /**
     * HuffPost "Holder told the students he understands “the mistrust” between some residents and the police.": the
     * parser hangs the clause told on "tell" as parataxis. A finite verb with its own subject, not in a quotation,
     * whose phrase starts right after the object of "tell" (the one told), with no mark between, is what was told
     * (as {@code Clauses.Tree.toldThenClause} reads it for the claim).
     */
    private boolean toldThenClause(Doc.Sent s, int verb, int c) {
        Doc.Tok t = d.toks.get(c);
        if (!d.toks.get(verb).lemma.equalsIgnoreCase("tell") || !t.dep.equals("parataxis") || c < verb
                || !t.pos.startsWith("VB") || t.inQuote || !hasChild(s, c, "nsubj")) {
            return false;
        }
        int from = subtree(s, c)[0];
        for (int o = verb + 1; o < from; o++) {
            Doc.Tok x = d.toks.get(o);
            if (x.head == verb && (x.dep.equals("obj") || x.dep.equals("iobj")) && subtree(s, o)[1] == from
                    && !isComma(d.toks.get(from - 1)) && d.toks.get(from - 1).pos.matches("NN.*|PRP")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He hopes the situation will prompt increased dialogue …" parsed with "the situation" as the object of "hopes":
     * a verb that takes a clause, whose object is followed at once by a modal or a finite verb, reports the clause
     * that object is the subject of. Returns that clause's tokens, or null when the object is only an object.
     */
    private int[] clauseReadAsObject(Doc.Sent s, int verb, int[] object) {
        String lemma = d.toks.get(verb).lemma.toLowerCase(Locale.ROOT);
        if (!VERBS.contains(lemma) && !INTENT_VERBS.contains(lemma) || object[1] >= s.tokTo) {
            return null;
        }
        int v = object[1];
        String pos = d.toks.get(v).pos;
        if (pos.equals("MD")) {
            while (v + 1 < s.tokTo && v - object[1] < 3 && !d.toks.get(v).pos.startsWith("VB")) {
                v++;
            }
            if (!d.toks.get(v).pos.startsWith("VB")) {
                return null;
            }
        } else if (!pos.equals("VBZ") && !pos.equals("VBD") && !pos.equals("VBP")) {
            return null;
        }
        int[] r = subtree(s, v);
        int end = r[0] <= verb ? s.tokTo : Math.max(object[1], r[1]);
        while (end - 1 > object[1] && d.toks.get(end - 1).pos.equals(".")) {
            end--;
        }
        return new int[] {object[0], end};
    }

    /** The tokens [from, to) of the subtree under token {@code i} (trees from the parser are projective). */
    private int[] subtree(Doc.Sent s, int i) {
        int from = i;
        int to = i + 1;
        boolean grew = true;
        boolean[] in = new boolean[s.tokTo - s.tokFrom];
        in[i - s.tokFrom] = true;
        while (grew) {
            grew = false;
            for (int c = s.tokFrom; c < s.tokTo; c++) {
                Doc.Tok t = d.toks.get(c);
                if (!in[c - s.tokFrom] && t.head >= s.tokFrom && t.head < s.tokTo && in[t.head - s.tokFrom]) {
                    in[c - s.tokFrom] = true;
                    from = Math.min(from, c);
                    to = Math.max(to, c + 1);
                    grew = true;
                }
            }
        }
        return new int[]{from, to};
    }

    // ---- speakers

    /** The subject whose last token is {@code j}: a name (with its titles), a pronoun, "who", or a noun phrase. */
    private Speaker subjectEndingAt(Doc.Sent s, int j) {
        Doc.Tok t = d.toks.get(j);
        if (t.inQuote || isNoSpeaker(t)) {
            return null;
        }
        // "some close to the GOP chairman say he wants …": the object of an adjective's preposition completes the
        // adjective's phrase, which is who speaks
        if (t.pos.startsWith("NN")) {
            int head = t.mention != null && t.mention.tokTo - 1 == j ? t.mention.tokFrom : j;
            int prep = Attributor.npStart(d, s, head) - 1;
            if (prep - 1 >= s.tokFrom && (d.toks.get(prep).pos.equals("IN") || d.toks.get(prep).pos.equals("TO"))
                    && d.toks.get(prep - 1).pos.startsWith("JJ") && !d.toks.get(prep - 1).inQuote
                    && prep - 2 >= s.tokFrom && d.toks.get(prep - 2).pos.equals("DT")) {
                int from = prep - 2;
                return new Speaker(from, j + 1, null, d.body.text().substring(d.toks.get(from).start, t.end),
                        "a phrase of an adjective and its preposition before the reporting verb");
            }
        }
        if (t.mention != null && t.mention.tokTo - 1 == j && canSpeak(t.mention)) {
            // "the chairman of the Joint Chiefs of Staff confirmed": the person the name completes speaks
            int of = Attributor.npStart(d, s, t.mention.tokFrom) - 1;
            if (of - 1 >= s.tokFrom && d.toks.get(of).word.equalsIgnoreCase("of") && !t.mention.pronoun
                    && personNoun(d.toks.get(of - 1))) {
                int from = Attributor.npStart(d, s, of - 1);
                EntityResolver.Cluster person = attributor.descriptor(d, from, of - 1);
                String phrase = d.body.text().substring(d.toks.get(from).start, t.end);
                return new Speaker(from, j + 1, person, person != null ? person.name : phrase,
                        "subject before the reporting verb, a person ('" + d.toks.get(of - 1).word + "') of a name"
                                + (person != null ? ", taken as the person so titled" : ""));
            }
            return mentionSpeaker(s, t.mention, "subject before the reporting verb");
        }
        String w = t.word.toLowerCase(Locale.ROOT);
        if (t.pos.equals("PRP") && !w.equals("it") || w.equals("who") && t.pos.startsWith("W")) {
            Speaker ante = null;
            if (w.equals("who")) {
                int k = j - 1;
                if (k >= s.tokFrom && isComma(d.toks.get(k))) {
                    k--;
                }
                if (k >= s.tokFrom && d.toks.get(k).mention != null && canSpeak(d.toks.get(k).mention)) {
                    ante = mentionSpeaker(s, d.toks.get(k).mention, "");
                }
                // "the aide, Elizabeth Lauten, 31, who has … followers …, wrote …": a relative pronoun is no
                // speaker's name; its antecedent, further back, names who speaks
                Doc.Tok noun = ante == null ? antecedent(t) : null;
                if (noun != null && noun.index < k && noun.sent == t.sent) {
                    Doc.NMention named = noun.mention != null && canSpeak(noun.mention) ? noun.mention
                            : nameInApposition(s, noun);
                    if (named != null) {
                        Speaker m = mentionSpeaker(s, named, "");
                        int from = Attributor.npStart(d, s, noun.index);
                        return new Speaker(from, noun.index + 1, m.entity, m.name,
                                "'" + t.word + "' before the reporting verb, = '" + noun.word + "'"
                                        + (named != noun.mention ? ", in apposition to '" + named.text + "'" : ""));
                    }
                }
            }
            return new Speaker(j, j + 1, ante == null ? null : ante.entity, ante == null ? t.word : ante.name,
                    "'" + t.word + "' before the reporting verb");
        }
        if (isComma(t)) {
            // "Pat Caddell, a longtime pollster, said": the name before the apposition, with the apposition
            for (int k = j; k > s.tokFrom && j - k < 30; k--) {
                if (d.toks.get(k).inQuote) {
                    return null;
                }
                Doc.Tok n = d.toks.get(k - 1);
                if (isComma(d.toks.get(k)) && n.mention != null && n.mention.tokTo - 1 == k - 1
                        && canSpeak(n.mention) && !n.mention.pronoun && !governed(s, n.mention)) {
                    Speaker m = mentionSpeaker(s, n.mention, k == j ? "name in apposition before the reporting verb"
                            : "name before an apposition before the reporting verb");
                    // "The state's campaign chairman, Phil Lovas, said": the title before the name too
                    int from = m.from;
                    if (k == j && from - 2 >= s.tokFrom && isComma(d.toks.get(from - 1))
                            && d.toks.get(from - 2).pos.startsWith("NN")) {
                        int t0 = from - 2;
                        while (t0 - 1 >= s.tokFrom && Attributor.isNpTag(d.toks.get(t0 - 1).pos)
                                && !d.toks.get(t0 - 1).inQuote && from - t0 < 8) {
                            t0--;
                        }
                        from = t0;
                    }
                    // "Podesta, who said the project was vetted by his firm's counsel, said …": a relative clause
                    // set off after the name tells more about the speaker and reports on its own; it is no part of
                    // the source's span (as in the parse's subject, headSpeaker)
                    int to = k < j && RELATIVE_WORDS.contains(d.toks.get(k + 1).word.toLowerCase(Locale.ROOT)) ? k : j;
                    return new Speaker(from, to, m.entity, m.name, m.rule);
                }
            }
            return null;
        }
        if (t.pos.startsWith("NN")) {
            int k = j;
            while (k - 1 >= s.tokFrom && j - k < 6 && !d.toks.get(k - 1).inQuote
                    && Attributor.isNpTag(d.toks.get(k - 1).pos)) {
                k--;
                if (d.toks.get(k).pos.equals("DT")) {
                    break;
                }
            }
            // "The former first lady and U.S. senator said": two nouns for persons joined by "and", opening the
            // sentence, name one speaker by two titles (the parser may split them); the phrase is the whole
            int and = k - 1;
            if (personNoun(t) && and - 1 > s.tokFrom && d.toks.get(and).word.equalsIgnoreCase("and")
                    && !d.toks.get(and).inQuote && personNoun(d.toks.get(and - 1))) {
                int from = and - 1;
                while (from - 1 >= s.tokFrom && and - from < 6 && !d.toks.get(from - 1).inQuote
                        && Attributor.isNpTag(d.toks.get(from - 1).pos)
                        && (d.toks.get(from - 1).mention == null || !canSpeak(d.toks.get(from - 1).mention))) {
                    from--;
                }
                if (from == s.tokFrom && !d.toks.get(from).word.equalsIgnoreCase("a")
                        && !d.toks.get(from).word.equalsIgnoreCase("an")) {
                    return speakerIn(from, j + 1, "two titles of one person joined by 'and' before the reporting verb");
                }
            }
            return speakerIn(k, j + 1, "noun phrase before the reporting verb");
        }
        return null;
    }

    /**
     * A name that is the object of a preposition ("the mayor of Mesa", "chief executive of the Greater Phoenix
     * Economic Council", "including New York City Mayor Michael Bloomberg", "a negotiator in the House, said")
     * completes another noun phrase; it is not
     * the phrase in apposition to the subject, so it is not who speaks.
     */
    private boolean governed(Doc.Sent s, Doc.NMention m) {
        int before = Attributor.npStart(d, s, m.tokFrom) - 1;
        if (before < s.tokFrom) {
            return false;
        }
        Doc.Tok t = d.toks.get(before);
        return t.pos.equals("IN") || t.pos.equals("TO") || t.dep.equals("case");
    }

    /**
     * Whether the rest of the sentence after the subject {@code sp} of an inverted frame is a relative clause on that
     * subject, after its apposition or "of" phrase, if any ("Defending that terrain is squarely within the Biden
     * wheelhouse, said a handful of Democrats who point to his strong relationships with organized labor …", "…,
     * said DeSantis, who was elected to the U.S. House in 2012."): the clause hangs on a noun from the subject up to
     * the relative word and runs to the end of the sentence.
     */
    private boolean relativeOnSubject(Doc.Sent s, Speaker sp) {
        for (int r = sp.to; r < s.tokTo && r - sp.to <= 16; r++) {
            Doc.Tok t = d.toks.get(r);
            if (t.inQuote || t.pos.startsWith("VB") || t.pos.equals("MD")) {
                return false;
            }
            if (!(t.pos.equals("WP") || t.pos.equals("WDT") || t.pos.equals("WP$"))) {
                continue;
            }
            for (int c = r + 1; c < s.tokTo; c++) {
                Doc.Tok x = d.toks.get(c);
                if (x.dep.startsWith("acl") && x.head >= sp.from && x.head < r) {
                    int[] sub = subtree(s, c);
                    if (sub[0] > r) {
                        continue;
                    }
                    for (int k = sub[1]; k < s.tokTo; k++) {
                        if (Character.isLetterOrDigit(d.toks.get(k).word.charAt(0))) {
                            return false;
                        }
                    }
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** "…, said Mr. Obama", "…, said the spokesman": a name or noun phrase right after the verb. */
    private Speaker subjectAfter(Doc.Sent s, int from) {
        int to = from;
        while (to < s.tokTo && to - from < 8 && !d.toks.get(to).inQuote
                && (Attributor.isNpTag(d.toks.get(to).pos) || d.toks.get(to).mention != null)) {
            to++;
        }
        if (to == from || !d.toks.get(to - 1).pos.startsWith("NN")) {
            return null;
        }
        return speakerIn(from, to, "subject after the reporting verb");
    }

    /** For "…, saying …": the subject at the start of the clause. */
    private Speaker clauseSubject(Doc.Sent s, int before) {
        for (int i = s.tokFrom; i < before; i++) {
            Doc.Tok t = d.toks.get(i);
            if (t.inQuote || t.pos.startsWith("VB") || t.pos.equals("MD")) {
                return i > s.tokFrom ? subjectEndingAt(s, i - 1) : null;
            }
        }
        return null;
    }

    /** The speaker named in tokens [from, to): its first speaking mention, else the phrase itself. */
    private Speaker speakerIn(int from, int to, String rule) {
        EntityResolver.Cluster entity = null;
        String name = null;
        // "A U.S. intelligence official", "a C.I.A. spokesman": a noun for a person heads the phrase, and the name
        // before it says whom the person works for; the name does not speak
        boolean personHead = personNoun(d.toks.get(to - 1));
        if (personHead) {
            rule = rule + ", a person ('" + d.toks.get(to - 1).word + "'), not the name in the phrase";
        }
        for (int k = from; k < to && !personHead; k++) {
            Doc.NMention m = d.toks.get(k).mention;
            if (m != null && canSpeak(m)) {
                entity = m.cluster;
                name = m.cluster != null ? m.cluster.name : m.pronoun ? null : m.text;
                break;
            }
        }
        String phrase = d.body.text().substring(d.toks.get(from).start, d.toks.get(to - 1).end);
        if (entity == null && name == null) {
            entity = attributor.descriptor(d, from, to - 1);
            name = entity != null ? entity.name : phrase;
            if (entity != null) {
                rule = rule + ", '" + phrase + "' taken as the person so titled";
            }
        }
        return new Speaker(from, to, entity, name, rule);
    }

    /** A common noun, in no speaking name, whose first sense is a person ("official", "chairman"). */
    /**
     * The words asked about after a person asked ("question him about X"): an oblique of the verb opened by "about"
     * right after the person's phrase, as [first word after "about", end); null when there is none.
     */
    private int[] personAskedAbout(Doc.Sent s, int i, Doc.Tok obj, int[] objWords) {
        if (!personObject(obj) || objWords[1] >= s.tokTo || !d.toks.get(objWords[1]).word.equalsIgnoreCase("about")) {
            return null;
        }
        Doc.Tok about = d.toks.get(objWords[1]);
        if (!about.dep.equals("case") || about.head < s.tokFrom || about.head >= s.tokTo
                || d.toks.get(about.head).head != i || !d.toks.get(about.head).dep.startsWith("obl")) {
            return null;
        }
        int[] r = subtree(s, about.head);
        return r[0] == objWords[1] && r[1] > r[0] + 1 ? new int[]{r[0] + 1, r[1]} : null;
    }

    /**
     * Whether the verb at {@code i} dismisses a person: "Mr. Issa tried to dismiss her and her lawyer", "he dismissed
     * her again" ("her" tagged as a possessive). A person dismissed is sent away, not spoken of; "dismissed him as a
     * clown" still says what he is called.
     */
    private boolean dismissedPerson(Doc.Sent s, int i) {
        if (!d.toks.get(i).lemma.equalsIgnoreCase("dismiss")) {
            return false;
        }
        for (int c = i + 1; c < s.tokTo; c++) {
            Doc.Tok t = d.toks.get(c);
            if (t.head == i && t.dep.equals("obj")) {
                // "he dismissed them, saying “Frankly, I'd just as soon not use this”" (the talking points): "them"
                // may be things, so only "him" and "her" stand for a person among the pronouns
                String w = t.word.toLowerCase(Locale.ROOT);
                boolean person = t.pos.startsWith("PRP") ? !t.inQuote && (w.equals("him") || w.equals("her"))
                        : personObject(t);
                return person && !asPhraseAfter(s, i, c);
            }
        }
        return false;
    }

    /** A person as a verb's object: a person's name, a personal pronoun, a noun of people ("a reporter"). */
    private static boolean personObject(Doc.Tok t) {
        if (t.inQuote) {
            return false;
        }
        if (t.mention != null && !t.mention.pronoun) {
            return EntityResolver.typeClass(t.mention.type).equals("PERSON");
        }
        String w = t.word.toLowerCase(Locale.ROOT);
        return t.pos.equals("PRP") && Set.of("him", "her", "them", "me", "us").contains(w)
                || (t.pos.equals("NN") || t.pos.equals("NNS")) && PersonNouns.isPerson(t.lemma);
    }

    private static boolean personNoun(Doc.Tok t) {
        // (a lower-case word tagged as a proper noun is a common one: "U.S. senator")
        return (t.pos.equals("NN") || t.pos.equals("NNS")
                || t.pos.equals("NNP") && Character.isLowerCase(t.word.charAt(0)))
                && (t.mention == null || !canSpeak(t.mention))
                && PersonNouns.isPerson(t.lemma);
    }

    /**
     * The person named at the end of a subject that opens with an organisation and its title for that person ("The
     * National Organization for Women President Terry O'Neill said"), or null. The parser may make the organisation
     * the head and hang the titled name on it; the organisation is where the person works, the person speaks.
     */
    private Doc.NMention nameAfterOrganisationsTitle(Doc.Tok h, int to) {
        Doc.NMention org = h.mention;
        if (org == null || org.pronoun || !EntityResolver.typeClass(org.type).equals("ORGANIZATION")) {
            return null;
        }
        Doc.NMention name = d.toks.get(to - 1).mention;
        if (name == null || name.pronoun || name.tokTo != to || name.tokFrom <= org.tokTo
                || !EntityResolver.typeClass(name.type).equals("PERSON")) {
            return null;
        }
        for (int k = org.tokTo; k < name.tokFrom; k++) {
            Doc.NMention t = d.toks.get(k).mention;
            if (t == null || !t.type.equals("TITLE")) {
                return null; // only a title between them: "the Obama campaign's ad against Romney" is no one's title
            }
        }
        return name;
    }

    private Speaker mentionSpeaker(Doc.Sent s, Doc.NMention m, String rule) {
        int from = m.pronoun ? m.tokFrom : Attributor.npStart(d, s, m.tokFrom);
        if (m.pronoun) {
            Attributor.PronounSpeaker p = attributor.pronounSpeaker(m);
            return new Speaker(from, m.tokTo, p.person(), p.name() != null ? p.name() : m.text, rule + p.why());
        }
        return new Speaker(from, m.tokTo, m.cluster, m.cluster != null ? m.cluster.name : m.text, rule);
    }

    private static boolean canSpeak(Doc.NMention m) {
        if (m.pronoun) {
            return true;
        }
        if (EntityKinds.isDateline(m)) {
            return false; // "WASHINGTON -- Arizona Gov. Jan Brewer (R) announced": where the report was filed from
        }
        String cls = EntityResolver.typeClass(m.type);
        return cls.equals("PERSON") || cls.equals("ORGANIZATION") || cls.equals("PLACE");
    }

    // ---- helpers

    /** Named-entity classes that never speak: dates, times, sums of money (counts and shares can: "64 percent"). */
    private static final Set<String> NO_SPEAKER_NER = Set.of("DATE", "TIME", "DURATION", "SET", "MONEY");

    private static boolean isNoSpeaker(Doc.Tok t) {
        return t.ner != null && NO_SPEAKER_NER.contains(t.ner);
    }

    /** A hyphen joining the words on either side of it with no space ("more-recent"). */
    private boolean inWord(int k) {
        return d.toks.get(k).word.equals("-") && k > 0 && k + 1 < d.toks.size()
                && d.toks.get(k - 1).end == d.toks.get(k).start && d.toks.get(k).end == d.toks.get(k + 1).start;
    }

    private static boolean isComma(Doc.Tok t) {
        return t.word.equals(",") || t.word.equals("--") || t.word.equals("-");
    }

    private Quote quote(Doc.Sent s, Speaker sp, int cFrom, int cTo, int cueFrom, int cueTo, String cue) {
        return quote(s, sp, cFrom, cTo, cueFrom, cueTo, cue, 3);
    }

    /** A quote of kind indirect for the content [cFrom, cTo), or null when it has fewer than minWords words. */
    private Quote quote(Doc.Sent s, Speaker sp, int cFrom, int cTo, int cueFrom, int cueTo, String cue,
                        int minWords) {
        while (cTo > cFrom && !Character.isLetterOrDigit(d.toks.get(cTo - 1).word.charAt(0))
                && !isClosingQuote(d.toks.get(cTo - 1))) {
            cTo--;
        }
        // "WASHINGTON -- The classified version … found …, Secretary of State Hillary Clinton revealed Wednesday.":
        // where the report was filed from is no part of what is reported
        cFrom = Math.max(cFrom, Clauses.datelineEnd(d, s));
        while (cFrom < cTo && (isComma(d.toks.get(cFrom)) || d.toks.get(cFrom).word.equals(":"))) {
            cFrom++;
        }
        if (d.words(cFrom, cTo) < minWords) {
            return null;
        }
        int start = d.toks.get(cFrom).start;
        int end = d.toks.get(cTo - 1).end;
        int[] whole = wholeQuotations(d, s, start, end);
        start = whole[0];
        end = whole[1];
        String text = d.body.text().substring(start, end).strip();
        String why = "indirect speech: " + sp.rule + " '" + d.body.text().substring(d.toks.get(sp.from).start,
                d.toks.get(sp.to - 1).end) + "', cue '" + cue + "'";
        return new Quote(null, d.id(), sp.name, sp.entity == null ? null : sp.entity.id, text, d.origStart(start),
                d.origEnd(end), "indirect", cue, Attributor.channel(d, s.index, s.index, otherRelatives(s, cueFrom)),
                s.index, why,
                d.origStart(d.toks.get(sp.from).start), d.origEnd(d.toks.get(sp.to - 1).end),
                d.origStart(d.toks.get(cueFrom).start), d.origEnd(d.toks.get(cueTo - 1).end));
    }

    /**
     * The content [start, end) widened so that a quotation it cuts is whole: "… during a "legitimate rape," as he
     * argued" gives a content ending after "rape", inside the marks; it ends after the closing mark instead. A
     * content that starts inside a quotation ("our country" was being …) starts at its opening mark. Only marks and
     * punctuation are added, never words, and never past the sentence.
     */
    static int[] wholeQuotations(Doc d, Doc.Sent s, int start, int end) {
        String t = d.body.text();
        for (Doc.QSpan q : d.quotes) {
            if (!q.closed) {
                continue;
            }
            if (q.open >= start && q.open < end && q.close > end && q.close <= s.end
                    && t.substring(end, q.close).codePoints().noneMatch(Character::isLetterOrDigit)) {
                end = q.close;
            }
            if (q.close > start && q.close <= end && q.open < start && q.open >= s.start
                    && t.substring(q.open, start).codePoints().noneMatch(Character::isLetterOrDigit)) {
                start = q.open;
            }
        }
        return new int[] {start, end};
    }

    private static boolean isClosingQuote(Doc.Tok t) {
        return t.word.equals("\u201D") || t.word.equals("''") || t.word.equals("\"") || t.word.equals("\u2019");
    }
}
