package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.FileProblem;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole build on the five seed articles; CoreNLP is loaded once for the class. */
class CorpusBuilderTest {
    static Corpus corpus;
    static final List<String> steps = new ArrayList<>();
    static final List<String> phases = new ArrayList<>();

    @BeforeAll
    static void build() {
        corpus = CorpusBuilder.build(Path.of("seeds"), new Progress() {
            public void start(String phase, int total) {
                phases.add(phase + " " + total);
            }

            public void step(String item) {
                steps.add(item);
            }

            public void warn(String message) {
                throw new AssertionError("no warning expected for the seeds: " + message);
            }

            public void done() { }
        });
        CorpusBuilder.Timing t = CorpusBuilder.lastTiming();
        System.out.printf("seeds: read %d ms, model load %d ms, annotate %d ms, resolve %d ms, group %d ms%n",
                t.read(), t.modelLoad(), t.annotate(), t.resolve(), t.group());
    }

    static String src(String prefix) {
        return corpus.sources().stream().map(Source::id).filter(id -> id.startsWith(prefix)).findFirst()
                .orElseThrow();
    }

    static Source source(String prefix) {
        return corpus.sources().stream().filter(s -> s.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    static List<Sentence> sentences(String prefix) {
        String id = src(prefix);
        return corpus.sentences().stream().filter(s -> s.source().equals(id)).toList();
    }

    static Entity entity(String name) {
        return corpus.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name))
                .findFirst().orElseThrow(() -> new AssertionError("no entity " + name));
    }

    /** What the analysis text of an original span should be: curly quotes straight, spaces single. */
    static String loose(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\u2018\u2019]", "'")
                .replaceAll("[\u201C\u201D]", "\"").replaceAll("[\u2013\u2014]", "-");
        return n.replaceAll("-(?=[a-z])", "").replaceAll("\\s+", "").replace("-", "");
    }

    @Test
    void progressIsReportedPerFile() {
        assertTrue(phases.contains("annotating 5"), phases.toString());
        assertTrue(steps.containsAll(corpus.sources().stream().map(Source::id).toList()));
        assertEquals(5, corpus.sources().size());
        assertTrue(corpus.problems().isEmpty());
    }

    @Test
    void hardWrappedSentenceIsOneSentenceMappedOntoTheOriginalLines() {
        Sentence s = sentences("004").stream()
                .filter(x -> x.text().startsWith("Ukrainian President Volodymyr Zelensky said Tuesday")).findFirst()
                .orElseThrow();
        assertTrue(s.text().contains("had captured two Chinese citizens fighting alongside Russian troops"),
                s.text());
        assertTrue(s.text().endsWith("a response from Ukraine's allies."), s.text());
        String original = source("004").text().substring(s.start(), s.end());
        assertEquals("Ukrainian President Volodymyr Zelensky said Tuesday that his armed forces had captured two\n"
                + "Chinese citizens fighting alongside Russian troops, adding that he would seek an explanation\n"
                + "from Beijing and a response from Ukraine\u2019s allies.", original);
        assertEquals("Zelensky Says Ukrainian Troops Captured Chinese Nationals Fighting for Russia",
                source("004").title());
    }

    @Test
    void everyOffsetPointsAtTheOriginalText() {
        for (Sentence s : corpus.sentences()) {
            String o = sourceById(s.source()).text().substring(s.start(), s.end());
            assertEquals(loose(s.text()), loose(o), s.toString());
        }
        for (Mention m : corpus.mentions()) {
            String o = sourceById(m.source()).text().substring(m.start(), m.end());
            assertEquals(loose(m.text()), loose(o), m.toString());
        }
        for (Quote q : corpus.quotes()) {
            if (q.kind().equals("indirect") || ":".equals(q.cue())) {
                continue; // reported speech and labelled words have no quotation marks of their own
            }
            String o = sourceById(q.source()).text().substring(q.start(), q.end());
            assertTrue("\"\u201C'\u2018".indexOf(o.charAt(0)) >= 0, q.toString());
            assertTrue("\"\u201D'\u2019".indexOf(o.charAt(o.length() - 1)) >= 0, q.toString());
            assertEquals(loose(q.text()), loose(o.substring(1, o.length() - 1)), q.toString());
        }
    }

    @Test
    void quoteOffsetsIncludeTheCurlyMarks() {
        Quote q = corpus.quotes().stream().filter(x -> x.source().startsWith("001") && x.text().equals("clear signal"))
                .findFirst().orElseThrow();
        assertEquals("\u201Cclear signal\u201D", source("001").text().substring(q.start(), q.end()));
        // a quote spanning a line break in the PDF text: the quoted words are part of the reported call ("called
        // for a response from … and “everyone in the world who wants peace.”"), one report whose span ends with
        // the closing mark
        Quote wrapped = corpus.quotes().stream()
                .filter(x -> x.source().startsWith("004") && x.text().contains("everyone in the world"))
                .findFirst().orElseThrow();
        assertTrue(source("004").text().substring(wrapped.start(), wrapped.end())
                .endsWith("\u201Ceveryone in the world who\nwants peace.\u201D"), wrapped.text());
    }

    @Test
    void sybihaIsOneEntityInThreeSources() {
        Entity e = entity("Andrii Sybiha");
        assertEquals("PERSON", e.type());
        assertEquals(List.of(src("001"), src("002"), src("003")), e.sources());
    }

    @Test
    void zelenskySpellingsAreOneEntity() {
        Entity e = entity("Zelensky");
        assertEquals(e, entity("Zelenskyy"));
        assertEquals(e, entity("Volodymyr Zelenskyy"));
        assertEquals("Volodymyr Zelensky", e.name(), "the most frequent full name");
        assertEquals("PERSON", e.type());
        assertEquals(5, e.sources().size());
        assertTrue(e.namesBySource().get(src("000")).contains("Zelenskyy"), e.namesBySource().toString());
        assertFalse(e.namesBySource().get(src("000")).contains("Zelensky"));
        assertTrue(e.namesBySource().get(src("001")).contains("Zelensky"));
        assertTrue(e.evidence().stream().anyMatch(l -> l.contains("spelling variant, edit distance 1")),
                e.evidence().toString());
        long people = corpus.entities().stream().filter(x -> x.name().toLowerCase().contains("zelensk")).count();
        assertEquals(1, people);
    }

    @Test
    void kievAndKyivAreOnePlace() {
        Entity e = entity("Kyiv");
        assertEquals(e, entity("Kiev"));
        assertTrue(e.evidence().stream().anyMatch(l -> l.contains("Kiev")), e.evidence().toString());
    }

    @Test
    void acronymDefinedInTextIsTheSameOrganisation() {
        Entity e = entity("SBU");
        assertEquals(e, entity("Security Service of Ukraine"));
        assertTrue(e.sources().contains(src("001")));
        assertTrue(e.evidence().stream().anyMatch(l -> l.contains("acronym defined in text")));
    }

    @Test
    void placeInitialsAreTheSamePlace() {
        // "US" (000, 001 …) and "United States" (002, 003, 004) name one country: initials of a multi-word place
        Entity e = entity("United States");
        assertEquals(e, entity("US"));
        assertTrue(e.evidence().stream().anyMatch(l -> l.contains("initials")), e.evidence().toString());
    }

    @Test
    void pronounsAreResolvedMentionsNotEntities() {
        Set<String> pronouns = Set.of("he", "him", "his", "she", "her");
        assertTrue(corpus.entities().stream().noneMatch(e -> pronouns.contains(e.name().toLowerCase())));
        String zelensky = entity("Zelensky").id();
        Mention he = corpus.mentions().stream()
                .filter(m -> m.pronoun() && m.source().startsWith("001") && m.text().equals("He")).findFirst()
                .orElseThrow();
        assertEquals(zelensky, he.entity());
        assertEquals("PERSON", he.type());
    }

    @Test
    void clearSignalQuoteIsAttributedToZelenskyInSeveralSources() {
        Entity z = entity("Zelensky");
        List<Quote> qs = corpus.quotes().stream().filter(q -> q.text().contains("clear signal")).toList();
        Set<String> sources = qs.stream().map(Quote::source).collect(Collectors.toSet());
        assertTrue(sources.size() >= 4, sources.toString());
        for (Quote q : qs) {
            assertEquals(z.id(), q.speakerEntity(), q.toString());
            assertEquals(z.name(), q.speaker());
            assertNotNull(q.why());
        }
    }

    @Test
    void quoteKindsCuesAndChannels() {
        Quote nato = corpus.quotes().stream().filter(q -> q.text().equals("decisive enabler")).findFirst()
                .orElseThrow();
        assertEquals("partial", nato.kind());
        assertEquals("NATO", nato.speaker());
        Quote telegram = corpus.quotes().stream()
                .filter(q -> q.source().startsWith("001") && q.text().startsWith("There are the prisoners"))
                .findFirst().orElseThrow();
        assertEquals("direct", telegram.kind());
        assertEquals("wrote", telegram.cue());
        assertEquals("Telegram", telegram.channel());
        Quote x = corpus.quotes().stream().filter(q -> q.text().startsWith("Chinese citizens fighting as part"))
                .findFirst().orElseThrow();
        assertEquals("Andrii Sybiha", x.speaker());
        assertEquals("X", x.channel());
        Quote press = corpus.quotes().stream().filter(q -> q.text().startsWith("I think the United States"))
                .findFirst().orElseThrow();
        assertEquals("press conference", press.channel());
        assertEquals(entity("Zelensky").id(), press.speakerEntity(), press.why());
        // 002: "The Ukrainian foreign minister has also condemned the involvement of Chinese troops following the
        // video": the video is what was condemned after, not where
        Quote condemned = corpus.quotes().stream()
                .filter(q -> q.source().startsWith("002") && "condemned".equals(q.cue())).findFirst().orElseThrow();
        assertNull(condemned.channel(), condemned.text());
    }

    @Test
    void quoteWithoutCueTakesThePreviousSpeaker() {
        // 000: "“These prisoners have documents …,” he said.\n“We have information indicating …”"
        Quote q = corpus.quotes().stream()
                .filter(x -> x.source().startsWith("000") && x.text().startsWith("We have information indicating"))
                .findFirst().orElseThrow();
        assertEquals("said", q.cue(), q.why());
        assertEquals(entity("Zelensky").id(), q.speakerEntity());
        assertTrue(q.why().contains("previous"), q.why());
    }

    @Test
    void boilerplateIsFlaggedAndExcluded() {
        List<Sentence> s000 = sentences("000");
        assertTrue(s000.stream().filter(s -> s.text().contains("Paywall Unblock")).allMatch(Sentence::isBoilerplate));
        assertTrue(s000.stream().filter(s -> s.text().startsWith("Skip the extension"))
                .allMatch(Sentence::isBoilerplate));
        assertTrue(s000.stream().filter(s -> s.text().contains("bookmark")).allMatch(Sentence::isBoilerplate));
        assertEquals("credit", s000.stream().filter(s -> s.text().startsWith("Reuters contributed")).findFirst()
                .orElseThrow().boilerplate());
        assertEquals("Reuters contributed to this report.", source("000").meta().get("credit"));
        List<Sentence> s002 = sentences("002");
        assertEquals("author bio", s002.stream().filter(s -> s.text().contains("I have covered war")).findFirst()
                .orElseThrow().boilerplate());
        assertTrue(s002.stream().filter(s -> s.text().contains("newsletter") || s.text().startsWith("Sign up"))
                .allMatch(s -> "newsletter prompt".equals(s.boilerplate())));
        List<Sentence> s004 = sentences("004");
        assertEquals("social handle", s004.stream().filter(s -> s.text().contains("@V_Zelenskiy_official"))
                .findFirst().orElseThrow().boilerplate());
        assertEquals("related link", s004.stream().filter(s -> s.text().startsWith("Related article"))
                .findFirst().orElseThrow().boilerplate());
        assertEquals("headline", s004.get(0).boilerplate());
        // reporting sentences stay reporting
        assertTrue(s000.stream().filter(s -> s.text().contains("clear signal")).noneMatch(Sentence::isBoilerplate));
        assertTrue(s002.stream().filter(s -> s.text().contains("spy agency")).noneMatch(Sentence::isBoilerplate));
    }

    @Test
    void boilerplateHasNoClaimsOrMentionsAndOnlyHeadlinesHaveQuotes() {
        // a headline is read (attributions are taken from it, 002: "…, President Volodymyr Zelensky has
        // announced"); other boilerplate holds no quotes
        for (Quote q : corpus.quotes()) {
            Sentence s = sentence(q.source(), q.sentence());
            assertTrue(!s.isBoilerplate() || "headline".equals(s.boilerplate()), q.toString());
        }
        for (Claim c : corpus.claims()) {
            assertFalse(sentence(c.source(), c.sentence()).isBoilerplate(), c.toString());
        }
        for (Mention m : corpus.mentions()) {
            assertFalse(sentence(m.source(), m.sentence()).isBoilerplate(), m.toString());
        }
        assertTrue(corpus.entities().stream().noneMatch(e -> e.name().contains("Mirror")));
    }

    @Test
    void claimsAreClausesOfReportingSentencesWithEntitiesAndSpeakers() {
        long reporting = corpus.sentences().stream().filter(s -> !s.isBoilerplate()).count();
        assertTrue(corpus.claims().size() > reporting, "some sentences make two claims");
        Claim previous = null;
        for (int i = 0; i < corpus.claims().size(); i++) {
            Claim c = corpus.claims().get(i);
            assertEquals("c" + (i + 1), c.id());
            assertNotNull(c.group());
            // each claim lies inside its sentence, claims of one sentence do not overlap, and the span is traceable
            Sentence s = sentence(c.source(), c.sentence());
            assertTrue(c.start() >= s.start() && c.end() <= s.end(), c.toString());
            if (previous != null && previous.source().equals(c.source()) && previous.sentence() == c.sentence()) {
                assertTrue(previous.end() <= c.start(), previous + " / " + c);
            }
            previous = c;
        }
        // every sentence that says something has a claim; "he said." alone would not
        Set<String> withClaims = corpus.claims().stream().map(c -> c.source() + "#" + c.sentence())
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(withClaims.size() >= reporting - 2, withClaims.size() + " of " + reporting);
        Claim six = corpus.claims().stream().filter(c -> c.text().contains("fought six Chinese soldiers"))
                .findFirst().orElseThrow();
        assertTrue(six.entities().contains(entity("Chinese").id()));
        Claim said = corpus.claims().stream()
                .filter(c -> c.text().startsWith("Ukrainian President Volodymyr Zelensky said Kiev")).findFirst()
                .orElseThrow();
        assertEquals("Volodymyr Zelensky", said.speaker());
        assertEquals("said", said.cue());
        assertTrue(said.content().startsWith("Kiev has captured two Chinese nationals"), said.content());
        assertEquals("Kiev", said.subject());
        assertTrue(corpus.groups().size() > 0);
    }

    @Test
    void idsAreSequential() {
        for (int i = 0; i < corpus.entities().size(); i++) {
            assertEquals("e" + (i + 1), corpus.entities().get(i).id());
        }
        for (int i = 0; i < corpus.quotes().size(); i++) {
            assertEquals("q" + (i + 1), corpus.quotes().get(i).id());
        }
    }

    @Test
    void fallbackEncodingAndEmptyFilesAreReportedByTheBuild(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("latin.txt"), ("Officials in Caf\u00E9 Town said on Monday that the bridge "
                + "would reopen.\n").getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("empty.txt"), "");
        List<String> warnings = new ArrayList<>();
        Corpus c = CorpusBuilder.build(dir, new Progress() {
            public void start(String phase, int total) { }

            public void step(String item) { }

            public void warn(String message) {
                warnings.add(message);
            }

            public void done() { }
        });
        assertEquals(1, c.sources().size());
        assertTrue(c.sources().get(0).text().contains("Caf\u00E9"));
        assertTrue(c.sources().get(0).notes().contains("not UTF-8: read as windows-1252"));
        List<String> paths = c.problems().stream().map(FileProblem::path).toList();
        assertEquals(List.of("empty.txt", "latin.txt"), paths);
        assertTrue(c.problems().get(0).skipped());
        assertFalse(c.problems().get(1).skipped());
        assertEquals(2, warnings.size(), warnings.toString());
    }

    private static Source sourceById(String id) {
        return corpus.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Sentence sentence(String source, int index) {
        return corpus.sentences().stream().filter(s -> s.source().equals(source) && s.index() == index).findFirst()
                .orElseThrow();
    }
}
