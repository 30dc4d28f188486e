package org.crosscheck.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.ingest.ArticleLayout;
import org.crosscheck.ingest.Boilerplate;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.NormalizedText;
import org.crosscheck.ingest.Progress;
import org.crosscheck.ingest.RawDocument;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimGroup;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.FileProblem;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;

/**
 * Turns a folder of articles into a {@link Corpus}: reads and normalises the files, segments them with CoreNLP,
 * finds boilerplate, entities (merged across sources), pronoun mentions, quotes with their speakers, and claims.
 * Every offset in the result points into the original decoded text of its source.
 */
public final class CorpusBuilder {
    /**
     * Fine-grained NER classes that tag common nouns ("war", "fire", "assault"), not things one can name: they are
     * not entities.
     */
    static final java.util.Set<String> NOT_REFERENTS = java.util.Set.of("CAUSE_OF_DEATH", "CRIMINAL_CHARGE");
    /** Parts of speech that alone never name anything: determiners, prepositions, conjunctions. */
    private static final java.util.Set<String> FUNCTION_TAGS = java.util.Set.of("DT", "IN", "CC", "TO", "WDT", "PDT");
    /**
     * How long the last build took, by stage, in milliseconds: reading files, loading the models (0 when already
     * loaded), annotating, resolving entities, quotes and claims, grouping claims.
     */
    public record Timing(long read, long modelLoad, long annotate, long resolve, long group, int sources) {
    }

    private static volatile Timing lastTiming;
    private static volatile long lastGroupMillis;

    private CorpusBuilder() {
    }

    /** Timing of the last {@link #build} in this JVM, or null. */
    public static Timing lastTiming() {
        return lastTiming;
    }

    /**
     * @param corpusDir a folder of articles (.txt, .md; searched recursively)
     * @param progress  told about each file and every file skipped or read with a fallback
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static Corpus build(Path corpusDir, Progress progress) {
        long t0 = System.nanoTime();
        CorpusReader.Result read;
        try {
            read = new CorpusReader().read(corpusDir, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(corpusDir + ": " + e.getMessage(), e);
        }
        List<FileProblem> problems = new ArrayList<>(read.problems());
        long t1 = System.nanoTime();
        long loadMs = 0;
        if (!read.documents().isEmpty() && Nlp.loadMillis() < 0) {
            Nlp.load();
            loadMs = Nlp.loadMillis();
        }
        long t2 = System.nanoTime();
        progress.start("annotating", read.documents().size());
        List<Doc> docs = new ArrayList<>();
        // the pipeline is shared; sources are annotated on a few threads and reported in corpus order
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "annotate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Doc>> futures = new ArrayList<>();
            for (RawDocument raw : read.documents()) {
                futures.add(pool.submit(() -> analyse(raw)));
            }
            for (int i = 0; i < futures.size(); i++) {
                RawDocument raw = read.documents().get(i);
                try {
                    Doc d = futures.get(i).get();
                    if (d.sents.isEmpty()) {
                        problems.add(new FileProblem(raw.path(), "no text to annotate: skipped", true));
                        progress.warn(raw.path() + ": no text to annotate: skipped");
                    } else {
                        docs.add(d);
                    }
                } catch (ExecutionException e) {
                    String msg = "could not be annotated (" + e.getCause() + "): skipped";
                    problems.add(new FileProblem(raw.path(), msg, true));
                    progress.warn(raw.path() + ": " + msg);
                }
                progress.step(raw.id());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("annotation interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        progress.done();
        long t3 = System.nanoTime();
        Corpus corpus = assemble(docs, problems);
        long t4 = System.nanoTime();
        long groupMs = lastGroupMillis;
        lastTiming = new Timing((t1 - t0) / 1_000_000, loadMs, (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000 - groupMs, groupMs, docs.size());
        return corpus;
    }

    // ---- per source

    /** An editor's label, a time or date with a figure, and a dash at a paragraph's start: "UPDATE: 9 p.m. --". */
    private static final java.util.regex.Pattern UPDATE_STAMP = java.util.regex.Pattern.compile(
            "([A-Za-z][A-Za-z'\u2019 ]{1,20}):[ \t]+[^\n\"\u201C\u201D:]{0,20}\\d[^\n\"\u201C\u201D:]{0,20}?[ \t]+(--|\u2014|\u2013)");

    /**
     * "UPDATE: 9 p.m. -- White House spokesman Eric Schultz said he hoped …": the stamp an editor puts before a
     * paragraph is no part of the sentence after its dash; the dash becomes a line break in the parser's text, so
     * the sentence is parsed alone and the stamp is a piece of its own, which asserts nothing ({@link Clauses}).
     */
    static void updateStamps(Doc d, char[] nlpText) {
        String t = d.body.text();
        for (int ps : d.paragraphStart) {
            java.util.regex.Matcher m = UPDATE_STAMP.matcher(t).region(ps, t.length());
            if (m.lookingAt() && Attributor.isEditorialLabel(m.group(1))) {
                for (int k = m.start(2); k < m.end(2); k++) {
                    nlpText[k] = k == m.start(2) ? '\n' : ' ';
                }
            }
        }
    }

    static Doc analyse(RawDocument raw) {
        ArticleLayout.Layout layout = ArticleLayout.parse(raw);
        NormalizedText.Builder b = NormalizedText.builder();
        int[] paraStart = new int[layout.paragraphs().size()];
        int prevEnd = 0;
        for (ArticleLayout.Paragraph p : layout.paragraphs()) {
            NormalizedText t = p.text();
            int origStart = t.originalStart(0);
            if (p.index() > 0) {
                b.append("\n\n", prevEnd, origStart);
            }
            paraStart[p.index()] = b.length();
            b.append(t);
            prevEnd = t.originalEnd(t.length());
        }
        Doc d = new Doc(raw, layout, b.build(), paraStart);
        if (d.body.text().isBlank()) {
            return d;
        }
        // quotes first: CoreNLP is given the marks with their direction, so it segments around them correctly
        d.quotes.addAll(QuoteScanner.scan(d));
        char[] nlpText = d.body.text().toCharArray();
        for (Doc.QSpan q : d.quotes) {
            boolean dbl = nlpText[q.open] == '"' || q.innerStart - q.open == 2;
            nlpText[q.open] = dbl ? '\u201C' : '\u2018';
            if (q.innerStart - q.open == 2) {
                nlpText[q.open + 1] = ' '; // '' as one mark
            }
            if (q.closed) {
                if (q.close - q.innerEnd == 2) {
                    nlpText[q.close - 2] = '\u201D';
                    nlpText[q.close - 1] = ' ';
                } else {
                    nlpText[q.close - 1] = dbl ? '\u201D' : '\u2019';
                }
            }
        }
        updateStamps(d, nlpText);
        CoreDocument cd = Nlp.annotate(new String(nlpText));
        Map<Integer, Doc.Tok> tokByStart = new HashMap<>();
        for (CoreSentence cs : cd.sentences()) {
            Doc.Sent s = new Doc.Sent();
            s.index = d.sents.size();
            s.tokFrom = d.toks.size();
            for (CoreLabel cl : cs.tokens()) {
                Doc.Tok t = new Doc.Tok();
                t.index = d.toks.size();
                t.start = cl.beginPosition();
                t.end = cl.endPosition();
                t.word = cl.originalText() != null ? cl.originalText() : cl.word();
                t.pos = cl.tag() == null ? "" : cl.tag();
                t.lemma = cl.lemma() == null ? t.word : cl.lemma();
                t.ner = cl.ner();
                t.sent = s.index;
                d.toks.add(t);
                tokByStart.put(t.start, t);
            }
            s.tokTo = d.toks.size();
            SemanticGraph tree = cs.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (tree != null) {
                for (SemanticGraphEdge e : tree.edgeIterable()) {
                    int dep = s.tokFrom + e.getDependent().index() - 1;
                    if (dep >= s.tokFrom && dep < s.tokTo) {
                        Doc.Tok t = d.toks.get(dep);
                        t.head = s.tokFrom + e.getGovernor().index() - 1;
                        t.dep = e.getRelation().toString();
                    }
                }
                for (IndexedWord r : tree.getRoots()) {
                    int root = s.tokFrom + r.index() - 1;
                    if (root >= s.tokFrom && root < s.tokTo) {
                        d.toks.get(root).dep = "root";
                    }
                }
            }
            s.start = d.toks.get(s.tokFrom).start;
            s.end = d.toks.get(s.tokTo - 1).end;
            s.paragraph = d.paragraphOf(s.start);
            s.text = d.body.text().substring(s.start, s.end);
            d.sents.add(s);
            for (CoreEntityMention em : cs.entityMentions()) {
                String type = em.entityType();
                if (type == null || type.equals("O") || em.tokens().isEmpty() || NOT_REFERENTS.contains(type)) {
                    continue;
                }
                if (em.tokens().size() == 1 && em.tokens().get(0).tag() != null
                        && em.tokens().get(0).tag().startsWith("PRP")) {
                    continue; // pronouns are mentions of people, never entities of their own
                }
                if (em.tokens().stream().allMatch(cl -> cl.tag() != null && FUNCTION_TAGS.contains(cl.tag()))) {
                    continue; // "the" cut off from "the past twenty years": no name at all
                }
                Doc.NMention m = new Doc.NMention();
                m.doc = d;
                Doc.Tok first = tokByStart.get(em.tokens().get(0).beginPosition());
                Doc.Tok last = tokByStart.get(em.tokens().get(em.tokens().size() - 1).beginPosition());
                if (first == null || last == null) {
                    continue;
                }
                m.start = first.start;
                m.end = last.end;
                m.tokFrom = first.index;
                m.tokTo = last.index + 1;
                m.text = d.body.text().substring(m.start, m.end);
                m.type = type;
                m.normValue = em.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                m.sent = s.index;
                for (int i = m.tokFrom; i < m.tokTo; i++) {
                    d.toks.get(i).mention = m;
                }
                d.mentions.add(m);
            }
            for (int i = s.tokFrom; i < s.tokTo; i++) {
                Doc.Tok t = d.toks.get(i);
                if (t.mention == null && (t.pos.equals("PRP") || t.pos.equals("PRP$"))
                        && Pronouns.isPersonalPronoun(t.word)) {
                    Doc.NMention m = new Doc.NMention();
                    m.doc = d;
                    m.start = t.start;
                    m.end = t.end;
                    m.tokFrom = t.index;
                    m.tokTo = t.index + 1;
                    m.text = t.word;
                    m.type = "PERSON";
                    m.sent = s.index;
                    m.pronoun = true;
                    t.mention = m;
                    d.mentions.add(m);
                }
            }
        }
        d.mentions.sort(Comparator.comparingInt(m -> m.start));
        // an unquoted paragraph announced by "X added:" is a quotation too; the parse did not need its marks
        d.quotes.addAll(QuoteScanner.blocksAfterColon(d));
        d.quotes.sort(Comparator.comparingInt(q -> q.open));
        for (Doc.Tok t : d.toks) {
            Doc.QSpan q = d.quoteAt(t.start);
            t.inQuote = q != null && t.start >= q.innerStart && t.end <= q.innerEnd;
        }
        for (Doc.NMention m : d.mentions) {
            m.inQuote = d.toks.get(m.tokFrom).inQuote;
        }
        markBoilerplate(d);
        // boilerplate is not counted: its mentions are dropped, its quotes are not quotes
        d.mentions.removeIf(m -> d.sents.get(m.sent).boilerplate != null);
        for (Doc.Tok t : d.toks) {
            if (t.mention != null && d.sents.get(t.sent).boilerplate != null) {
                t.mention = null;
            }
        }
        return d;
    }

    private static void markBoilerplate(Doc d) {
        List<Boilerplate.Candidate> cands = new ArrayList<>();
        for (Doc.Sent s : d.sents) {
            StringBuilder unq = new StringBuilder(s.text);
            for (Doc.QSpan q : d.quotes) {
                for (int i = Math.max(q.open, s.start); i < Math.min(q.close, s.end); i++) {
                    unq.setCharAt(i - s.start, ' ');
                }
            }
            Doc.Tok first = null;
            for (int i = s.tokFrom; i < s.tokTo; i++) {
                Doc.Tok t = d.toks.get(i);
                if (Character.isLetterOrDigit(t.word.charAt(0))) {
                    first = t;
                    break;
                }
            }
            boolean imperative = first != null && !first.inQuote && first.pos.equals("VB")
                    && d.quoteAt(s.start) == null;
            cands.add(new Boilerplate.Candidate(s.paragraph, s.text, unq.toString(), imperative));
        }
        List<String> paras = new ArrayList<>();
        for (ArticleLayout.Paragraph p : d.layout.paragraphs()) {
            paras.add(p.text().text());
        }
        String[] reasons = Boilerplate.classify(cands, paras, d.layout.meta().get("title"));
        for (int i = 0; i < reasons.length; i++) {
            d.sents.get(i).boilerplate = reasons[i];
        }
    }

    // ---- corpus

    private static Corpus assemble(List<Doc> docs, List<FileProblem> problems) {
        List<EntityResolver.Cluster> clusters = new EntityResolver().resolve(docs);
        Attributor attributor = new Attributor(docs);

        List<Source> sources = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Doc d : docs) {
            sources.add(source(d));
            for (Doc.Sent s : d.sents) {
                sentences.add(new Sentence(d.id(), s.index, s.paragraph, d.origStart(s.start), d.origEnd(s.end),
                        s.text, s.boilerplate));
            }
            for (Doc.NMention m : d.mentions) {
                mentions.add(new Mention(d.id(), m.cluster == null ? null : m.cluster.id, m.text,
                        d.origStart(m.start), d.origEnd(m.end), m.pronoun ? "PERSON" : m.type, m.sent, m.pronoun));
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (EntityResolver.Cluster c : clusters) {
            entities.add(entity(c, docs));
        }
        entities = Demonyms.link(entities);
        List<Quote> quotes = attributor.quotes();
        Map<String, List<Quote>> quotesBySource = new HashMap<>();
        for (Quote q : quotes) {
            quotesBySource.computeIfAbsent(q.source(), k -> new ArrayList<>()).add(q);
        }
        List<Claim> claims = new ArrayList<>();
        for (Doc d : docs) {
            List<Quote> reports = quotesBySource.getOrDefault(d.id(), List.of());
            for (Doc.Sent s : d.sents) {
                if (s.boilerplate != null) {
                    continue;
                }
                for (Clauses.Clause c : Clauses.split(d, s)) {
                    claims.add(claim("c" + (claims.size() + 1), d, s, c, attributor, reports));
                }
            }
        }
        List<ClaimGroup> groups;
        long g0 = System.nanoTime();
        try {
            ClaimGrouper.Grouping g = new ClaimGrouper().group(claims, entities);
            claims = g.claims();
            groups = g.groups();
        } catch (UnsupportedOperationException e) {
            groups = new ArrayList<>();
            List<Claim> grouped = new ArrayList<>();
            for (Claim c : claims) {
                String gid = "g" + (groups.size() + 1);
                groups.add(new ClaimGroup(gid, c.readable(), List.of(c.source()), List.of(c.id()),
                        "one claim per group: claim grouping is not available"));
                grouped.add(c.inGroup(gid));
            }
            claims = grouped;
        }
        lastGroupMillis = (System.nanoTime() - g0) / 1_000_000;
        return new Corpus(sources, sentences, entities, mentions, quotes, claims, groups, problems);
    }

    /**
     * One clause of a sentence as a claim: its own span, the entities mentioned in it (and the speaker of its
     * frame), the speaker (the frame's subject when it names an entity, else whoever the sentence is attributed
     * to), hedges and numbers of its span.
     */
    private static Claim claim(String id, Doc d, Doc.Sent s, Clauses.Clause c, Attributor attributor,
                               List<Quote> reports) {
        int start = d.toks.get(c.from()).start;
        int end = d.toks.get(c.to() - 1).end;
        String text = d.body.text().substring(start, end);
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Doc.NMention m : d.mentions) {
            if (m.sent == s.index && m.cluster != null && m.tokFrom >= c.from() && m.tokFrom < c.to()) {
                ids.add(m.cluster.id);
            }
        }
        String speaker = null;
        if (c.speakerHead() >= 0) {
            Doc.NMention m = speakerMention(d, s, c.speakerHead());
            if (m != null && m.cluster != null) {
                speaker = m.cluster.name;
                ids.add(m.cluster.id);
            }
        }
        Quote report = report(d, s, d.origStart(start), d.origEnd(end), attributor, reports);
        if (report != null && c.speakerHead() < 0 && inRelativeClause(d, s, c, report)) {
            // "Since then, Mr. Jackson, who has said he had no knowledge of the offer, has been dogged by questions
            // about his ethics.": the report describes the claim's subject; the claim is the reporter's
            report = null;
        }
        if (report != null && besideTheReport(d, c, report)) {
            report = null;
        }
        boolean ownVerb = speaker == null && report != null && c.inheritedSubject() >= 0 && report.cue() != null
                && report.cue().equalsIgnoreCase(d.toks.get(c.head()).word);
        if (ownVerb) {
            // "Obama said economists predict … if Congress passes the agreement and urged lawmakers to …": the
            // report's verb is the clause's own, so the subject the clause shares with the one before it made the
            // report, whoever the report rules read as its speaker (Congress, the condition's subject)
            Doc.NMention m = speakerMention(d, s, c.inheritedSubject());
            if (m != null && m.cluster != null) {
                speaker = m.cluster.name;
                ids.add(m.cluster.id);
            }
        }
        if (speaker == null && report != null && report.speakerEntity() != null && !documentFrame(d, c)) {
            speaker = report.speaker();
        }
        String cue = c.cue();
        if (ownVerb && speaker != null && cue == null) {
            cue = report.cue();
        }
        if (report != null && report.cue() != null && speaker != null && speaker.equals(report.speaker())
                && report.start() < d.origEnd(end) && report.end() > d.origStart(start)
                && (cue == null || c.speakerHead() >= 0 && d.toks.get(c.speakerHead()).inQuote)) {
            // the report's verb is the cue of a clause it covers that has none ("“And you exemplify it.”" after
            // "“…,” Mr. Blumenthal said"), and of one whose frame is the speaker's own words inside the quotation
            // ("“I think it's a blockbuster revelation,”" said Tuesday: said, not think); only a report whose words
            // the claim shares ("China presents itself as neutral … and has denied supplying lethal aid": the first
            // clause holds the denial's speaker, not its words, and is no denial)
            cue = report.cue();
        }
        if (cue == null && c.speakerHead() < 0) {
            // "“The issues at stake are too big, and this election is simply too important. | The right decision is
            // to step aside,” they said.": a claim inside a direct quotation is said with the quotation's verb, also
            // when its frame is in another sentence and its speaker names no one
            Quote q = quotedIn(reports, d.body.text(), start, end, d);
            if (q != null) {
                cue = q.cue();
            }
        }
        // the numbers are the content's: a frame's ("said Cynthia Burgiss, 22, a student …", "drawing cheers from the
        // thousands of people packed into the hall") are no figure of what was said
        return new Claim(id, d.id(), text, d.origStart(start), d.origEnd(end), s.index, null, List.copyOf(ids),
                speaker, ClaimFacts.hedges(text), ClaimFacts.numbers(c.content()), c.subject(), cue, c.content(),
                d.toks.get(c.head()).lemma.toLowerCase(java.util.Locale.ROOT), c.roles(), insideQuotation(d, c));
    }

    /**
     * Whether the clause is a second predicate of the report's speaker beside the reporting verb, not under it: it
     * shares the speaker as its subject, has no frame of its own, and its verb is not the report's ("McCarthy … said
     * Tuesday that he would support …, but stopped short of calling for a path to citizenship": the stop is the
     * reporter's account, though the report rules' span runs on over it).
     */
    static boolean besideTheReport(Doc d, Clauses.Clause c, Quote report) {
        if (c.cue() != null || c.speakerHead() >= 0 || c.inheritedSubject() < 0 || report.cueEnd() <= report.cueStart()
                || report.speakerEnd() <= report.speakerStart()) {
            return false;
        }
        Doc.Tok subject = d.toks.get(c.inheritedSubject());
        Doc.Tok verb = d.toks.get(c.head());
        int first = d.origStart(d.toks.get(c.from()).start);
        return d.origStart(subject.start) >= report.speakerStart() && d.origEnd(subject.end) <= report.speakerEnd()
                && report.cueEnd() <= first && d.origStart(verb.start) != report.cueStart()
                && !verb.word.equalsIgnoreCase(report.cue());
    }

    /**
     * Whether every word of the clause's span stands inside quotation marks and the span holds none: a piece of a
     * quotation opened before it and closed after it ("“Of course my job is to defeat Michele Bachmann and | I
     * intend to do so. | But …,” O'Neill said"), which a reader must see as quoted words.
     */
    static boolean insideQuotation(Doc d, Clauses.Clause c) {
        boolean word = false;
        for (int k = c.from(); k < c.to(); k++) {
            Doc.Tok t = d.toks.get(k);
            if (QUOTE_MARKS.contains(t.word)) {
                return false;
            }
            if (t.word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                if (!t.inQuote) {
                    return false;
                }
                word = true;
            }
        }
        return word;
    }

    private static final java.util.Set<String> QUOTE_MARKS = java.util.Set.of("\"", "``", "''", "\u201C", "\u201D",
            "\u2018", "\u2019", "`", "'");

    /**
     * The report a claim is attributed to, when its sentence is attributed to someone: the report whose content
     * shares most of the claim's words (its speaker speaks for a claim with no named frame of its own; no one when
     * that speaker is unnamed:
     * "major corporations like Marriott"); else, when the claim holds a report's speaker and its verb (a frame whose
     * content the report rules cut short), that report; else none. A sentence's attribution covers its
     * reports, not every clause of it: in "The state's two Republican senators, Jeff Flake and John McCain, called on
     * Brewer to veto it, and major corporations like Marriott, Apple and American Airlines all wrote to the
     * governor", the corporations' clause is not the senators'. {@code reports} are the quotes of the claim's source.
     */
    private static Quote report(Doc d, Doc.Sent s, int start, int end, Attributor attributor, List<Quote> reports) {
        if (attributor.claimSpeaker(d, s) == null) {
            // HuffPost "All we've heard, the Fox News host complained, is “we need a big tent. … America is not a
            // circus. …”": a quotation that a report of an earlier sentence runs on into is that report's words
            for (Quote q : reports) {
                if (q.speakerEntity() != null && q.kind().equals("indirect") && q.sentence() < s.index
                        && q.start() <= start && end <= q.end() && q.text().indexOf('"') >= 0) {
                    return q;
                }
            }
            return null;
        }
        Quote best = null;
        int most = 0;
        Quote held = null;
        for (Quote q : reports) {
            if (q.speaker() == null) {
                continue;
            }
            int shared = Math.min(end, q.end()) - Math.max(start, q.start());
            if (shared > most) {
                most = shared;
                best = q;
            }
            // the report's verb too, when known: "On Tuesday, Dukes walked out of the courthouse full of confidence
            // and poise | saying she feels no anger …" holds Dukes, but her report is the other clause's, and the
            // walk out is the reporter's
            if (held == null && q.speakerStart() >= start && q.speakerEnd() <= end
                    && (q.cueEnd() <= q.cueStart() || q.cueStart() >= start && q.cueEnd() <= end)) {
                held = q;
            }
        }
        return best != null ? best : held;
    }

    /**
     * Whether the report's verb stands in a relative clause inside the claim ("Mr. Jackson, who has said he had no
     * knowledge of the offer, has been dogged …"): a clause that describes a noun of the claim, below its head.
     */
    static boolean inRelativeClause(Doc d, Doc.Sent s, Clauses.Clause c, Quote q) {
        if (q.cueEnd() <= q.cueStart()) {
            return false;
        }
        for (int k = c.from(); k < c.to(); k++) {
            Doc.Tok t = d.toks.get(k);
            if (d.origStart(t.start) != q.cueStart()) {
                continue;
            }
            for (int h = k; h >= s.tokFrom && h < s.tokTo && h != c.head(); h = d.toks.get(h).head) {
                String dep = d.toks.get(h).dep;
                if (dep.equals("acl:relcl")) {
                    return relativeWordRightBefore(d, s, h);
                }
                if (Clauses.reducedRelative(d, s, h)) {
                    return true;
                }
                if (dep.equals("dep") || dep.equals("parataxis") || d.toks.get(h).head == h) {
                    // "Ms. Lauten, who did not respond …, later posted an apology …, saying she had …": a verb the
                    // parser hung on the relative clause unlabelled is the sentence's own, not the clause's
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether the relative clause headed by {@code verb} opens with its relative word ("who", "which", "that", "in
     * which", "when") and no comma between that word and the verb: "…, the California Republican who is chairman of
     * the House Foreign Affairs Committee, Mrs. Clinton acknowledged that …" has the main clause parsed as the
     * relative clause's verb, past a comma.
     */
    private static boolean relativeWordRightBefore(Doc d, Doc.Sent s, int verb) {
        for (int k = verb - 1; k >= s.tokFrom; k--) {
            Doc.Tok t = d.toks.get(k);
            if (t.word.equals(",")) {
                return false;
            }
            if (t.pos.startsWith("W") || t.word.equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause's own frame has a document for its subject ("“We appreciate your willingness to talk …,” the
     * letter states.", "says the letter"): what the letter states is said by no one the sentence names, whoever the
     * report rules take for the quotation's speaker (Paul Ryan, to whom the letter was sent).
     */
    private static boolean documentFrame(Doc d, Clauses.Clause c) {
        if (c.speakerHead() < 0) {
            return false;
        }
        Doc.Tok t = d.toks.get(c.speakerHead());
        return t.mention == null && t.pos.startsWith("NN") && !t.pos.startsWith("NNP") && !t.inQuote
                && IndirectSpeech.isDocumentNoun(t.lemma);
    }

    /**
     * The direct quotation (of any speaker, named or not) whose words hold all the words of the text from {@code
     * start} to {@code end} (offsets in the analysed text), when it has a cue; null when none.
     */
    private static Quote quotedIn(List<Quote> reports, String body, int start, int end, Doc d) {
        while (start < end && !Character.isLetterOrDigit(body.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(body.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return null;
        }
        int from = d.origStart(start);
        int to = d.origEnd(end);
        for (Quote q : reports) {
            if ("direct".equals(q.kind()) && q.cue() != null && !q.cue().isEmpty() && q.start() <= from
                    && q.end() >= to) {
                return q;
            }
        }
        return null;
    }

    /**
     * The mention that names the subject headed by token {@code head}. A title is no speaker: "The developer, Sharif
     * el-Gamal, a real estate investor born in New York, has said …" and "Her spokesman, Andrew Wilder, suggested …"
     * are said by the person named in apposition to it; a title with no name beside it names nobody (the speaker
     * then comes from the sentence's attribution). A number names nobody either.
     */
    static Doc.NMention speakerMention(Doc d, Doc.Sent s, int head) {
        Doc.NMention m = d.toks.get(head).mention;
        if (m != null && EntityResolver.NUMERIC.contains(m.type)) {
            // "…, two of the people said.": a number heads the subject; it names nobody
            return null;
        }
        if (m != null && !m.type.equals("TITLE") || m == null && !d.toks.get(head).pos.startsWith("NN")) {
            return m;
        }
        for (int k = s.tokFrom; k < s.tokTo; k++) {
            Doc.Tok t = d.toks.get(k);
            if (t.head == head && t.dep.equals("appos") && isPersonName(t)) {
                return t.mention;
            }
        }
        for (int k = s.tokFrom; k < s.tokTo; k++) {
            // "A lawyer for Mr. Grimm, William McGinley of Patton Boggs, confirmed …": the parser hangs the name on
            // the named person the title is for; a name in apposition to a name is the title's
            Doc.Tok t = d.toks.get(k);
            if (t.dep.equals("appos") && isPersonName(t) && t.head >= 0 && d.toks.get(t.head).head == head
                    && d.toks.get(t.head).dep.startsWith("nmod") && isPersonName(d.toks.get(t.head))
                    && d.toks.get(t.head).mention != t.mention && commaBefore(d, t.mention)) {
                return t.mention;
            }
        }
        return null;
    }

    /** A token of a person's name (not a pronoun, not a title), outside quotation marks. */
    private static boolean isPersonName(Doc.Tok t) {
        return !t.inQuote && t.mention != null && !t.mention.pronoun
                && EntityResolver.typeClass(t.mention.type).equals("PERSON");
    }

    /** Whether a comma stands right before the mention's first token. */
    private static boolean commaBefore(Doc d, Doc.NMention m) {
        return m.tokFrom > 0 && d.toks.get(m.tokFrom - 1).word.equals(",");
    }

    private static Source source(Doc d) {
        Map<String, String> meta = new LinkedHashMap<>(d.layout.meta());
        List<String> notes = new ArrayList<>(d.raw.notes());
        notes.addAll(d.layout.notes());
        String headline = null;
        String firstSentence = null;
        List<String> credits = new ArrayList<>();
        int words = 0;
        for (Doc.Sent s : d.sents) {
            if (Boilerplate.HEADLINE.equals(s.boilerplate) && s.paragraph == 0) {
                headline = headline == null ? s.text : headline + " " + s.text;
            }
            if (Boilerplate.CREDIT.equals(s.boilerplate)) {
                credits.add(s.text);
            }
            if (Boilerplate.BYLINE.equals(s.boilerplate) && s.text.regionMatches(true, 0, "by ", 0, 3)) {
                meta.putIfAbsent("author", s.text.substring(3).strip().replaceAll("[.,;:]+$", ""));
            }
            if (s.boilerplate == null) {
                if (firstSentence == null) {
                    firstSentence = s.text;
                }
                for (int i = s.tokFrom; i < s.tokTo; i++) {
                    String w = d.toks.get(i).word;
                    if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        words++;
                    }
                }
            }
        }
        if (!credits.isEmpty() && !meta.containsKey("credit")) {
            meta.put("credit", String.join(" ", credits));
        }
        if (d.raw.notes().stream().anyMatch(n -> n.contains("windows-1252"))) {
            meta.putIfAbsent("encoding", "windows-1252");
        }
        String title = meta.get("title");
        if (title == null || title.isBlank()) {
            title = headline != null ? headline : firstSentence != null ? firstSentence : d.id();
        }
        // one space between words, as the reader sees it ("Deval Patrick  picks" in a Fox header)
        title = title.replaceFirst("^#+\\s+", "").replaceAll("\\s+", " ").strip();
        if (meta.containsKey("title") && !meta.get("title").isBlank()) {
            meta.put("title", title);
        }
        return new Source(d.id(), d.raw.path(), title, words, meta, d.raw.text(), notes);
    }

    private static Entity entity(EntityResolver.Cluster c, List<Doc> docs) {
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        Map<String, LinkedHashSet<String>> bySource = new LinkedHashMap<>();
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        for (Doc.NMention m : c.mentions) {
            sources.add(m.doc.id());
            if (m.pronoun) {
                continue;
            }
            String s = Names.surface(m);
            if (!s.equals(c.name)) {
                aliases.add(s);
            }
            bySource.computeIfAbsent(m.doc.id(), k -> new LinkedHashSet<>()).add(s);
        }
        List<String> orderedSources = new ArrayList<>();
        for (Doc d : docs) {
            if (sources.contains(d.id())) {
                orderedSources.add(d.id());
            }
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        bySource.forEach((k, v) -> names.put(k, List.copyOf(v)));
        return new Entity(c.id, c.name, c.type, List.copyOf(aliases), orderedSources, c.mentions.size(), names,
                List.copyOf(c.evidence));
    }
}
