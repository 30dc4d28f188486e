package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The boilerplate rules on real paragraphs of the shared corpora (read in place; skipped when absent). Each paragraph
 * is given to the rules as one sentence, as its layout found it.
 */
class BoilerplateRulesTest {
    private static final Path CORPORA = Path.of("../shared/corpora");

    /** A laid-out article and the reason the rules give each of its paragraphs. */
    private record Classified(Path file, List<String> paragraphs, String[] reasons) {
        String reasonOf(String paragraph) {
            int i = paragraphs.indexOf(paragraph);
            assertTrue(i >= 0, paragraph + " not in " + file);
            return reasons[i];
        }
    }

    private static Classified classify(Path file, String text) {
        ArticleLayout.Layout layout = ArticleLayout.parse(text);
        List<String> paras = new ArrayList<>();
        List<Boilerplate.Candidate> cands = new ArrayList<>();
        for (ArticleLayout.Paragraph p : layout.paragraphs()) {
            String t = p.text().text();
            paras.add(t);
            cands.add(new Boilerplate.Candidate(p.index(), t, Boilerplate.unquote(t), false));
        }
        return new Classified(file, paras, Boilerplate.classify(cands, paras, layout.meta().get("title")));
    }

    private static List<Classified> folder(String name) throws IOException {
        Path dir = CORPORA.resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(dir), dir + " is absent: skipped");
        List<Classified> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(classify(f, Decoder.decode(Files.readAllBytes(f)).text()));
            }
        }
        return out;
    }

    /** Every paragraph of the corpus that matches {@code pattern}, with the reason it was given. */
    private static List<Map.Entry<String, String>> matching(List<Classified> docs, String pattern) {
        Pattern p = Pattern.compile(pattern);
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Classified d : docs) {
            for (int i = 0; i < d.paragraphs().size(); i++) {
                if (p.matcher(d.paragraphs().get(i)).find()) {
                    out.add(new java.util.AbstractMap.SimpleEntry<>(d.file().getFileName() + ": "
                            + d.paragraphs().get(i), d.reasons()[i]));
                }
            }
        }
        return out;
    }

    private static void allAre(String reason, List<Map.Entry<String, String>> found, int atLeast) {
        assertTrue(found.size() >= atLeast, "expected at least " + atLeast + " examples, found " + found);
        found.forEach(e -> assertEquals(reason, e.getValue(), e.getKey()));
    }

    @Test
    void photoCreditsSocialHandlesCreditsAndBiosInPolitics() throws IOException {
        List<Classified> polnear = folder("polnear");
        allAre(Boilerplate.PHOTO, matching(polnear, "^(Getty|Getty/Instagram|[A-Z]\\w+ via Getty Images)\\.$"), 20);
        allAre(Boilerplate.HANDLE, matching(polnear, "^Follow [A-Z][\\w ]+ [Oo]n Twitter:? @\\w+\\.$"), 15);
        allAre(Boilerplate.CREDIT, matching(polnear, "^[A-Z]\\w+ reported from Washington\\.$"), 3);
        allAre(Boilerplate.CREDIT, matching(polnear, "contributed reporting from"), 1);
        allAre(Boilerplate.BIO, matching(polnear, "^Peter Morici is an economist"), 1);
        allAre(Boilerplate.NEWSLETTER, matching(polnear, "^Want to receive this in your inbox\\?"), 1);
        // reporting that mentions pictures, Twitter or Getty is not boilerplate
        matching(polnear, "\\b(photos?|Getty|images?)\\b").forEach(e -> {
            if (e.getKey().length() > 200 && e.getKey().matches(".*\\b(said|says)\\b.*")) {
                assertNull(e.getValue(), e.getKey());
            }
        });
    }

    @Test
    void bbcAuthorBiosAndNoBylineFromASentenceStartingWithBy() throws IOException {
        List<Classified> bbc = folder("bbc");
        allAre(Boilerplate.BIO, matching(bbc, "^[A-Z]\\w+ [A-Z]\\w+ is the editor of "), 2);
        matching(bbc, "^By [a-z0-9]").forEach(e -> assertFalse(Boilerplate.BYLINE.equals(e.getValue()), e.getKey()));
    }

    @Test
    void basilArticlesAreAlmostAllReporting() throws IOException {
        List<Classified> basil = folder("basil-dev");
        int paragraphs = 0;
        int flagged = 0;
        for (Classified d : basil) {
            paragraphs += d.paragraphs().size();
            for (int i = 1; i < d.reasons().length; i++) {
                if (d.reasons()[i] != null) {
                    flagged++;
                }
            }
        }
        assertTrue(flagged * 100 < paragraphs, flagged + " of " + paragraphs + " body paragraphs flagged");
    }

    @Test
    void aHeadlineEndingInAQuoteIsAHeadlineAndSiteNavigationIsNoReporting() throws IOException {
        // BBC: "Yukos bankruptcy 'not US matter'" (business/192), "Blair 'damaged' by Blunkett row" …
        List<Classified> bbc = folder("bbc");
        int quoted = 0;
        for (Classified d : bbc) {
            String first = d.paragraphs().get(0);
            if (first.endsWith("'") && d.paragraphs().size() > 1) {
                quoted++;
                assertEquals(Boilerplate.HEADLINE, d.reasons()[0], d.file() + ": " + first);
            }
        }
        assertTrue(quoted >= 10, "only " + quoted + " headlines ending in a quote");
        // BASIL: a New York Times page's "Site Mobile Navigation" line
        allAre(Boilerplate.NAVIGATION, matching(folder("basil-dev"), "^Site Mobile Navigation$"), 1);
    }

    private static String bbcArticle() throws IOException {
        Path f = CORPORA.resolve("bbc/politics/001.txt");
        Assumptions.assumeTrue(Files.isRegularFile(f), f + " is absent: skipped");
        return Files.readString(f);
    }

    private static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\n")));
    }

    @Test
    void aMachineSummaryBeforeTheArticleIsFlagged() throws IOException {
        List<String> lines = lines(bbcArticle());
        String headline = lines.get(0).strip();
        // the summary some tools put before a saved article, in two common shapes
        List<String> withProse = new ArrayList<>(lines);
        withProse.add(1, "");
        withProse.add(2, "The article highlights what the politicians quoted in it said and why it matters. "
                + "It also notes the reactions of their opponents.");
        Classified prose = classify(Path.of("prose"), String.join("\n", withProse));
        assertEquals(Boilerplate.HEADLINE, prose.reasons()[0]);
        assertEquals(Boilerplate.SUMMARY, prose.reasons()[1]);
        for (int i = 2; i < prose.reasons().length; i++) {
            assertNull(prose.reasons()[i], prose.paragraphs().get(i));
        }
        List<String> withPoints = new ArrayList<>(lines);
        withPoints.addAll(0, List.of("Key points:", "- Who said what about the plan", "- What happens next", ""));
        Classified points = classify(Path.of("points"), String.join("\n", withPoints));
        assertEquals(List.of(Boilerplate.SUMMARY, Boilerplate.SUMMARY, Boilerplate.SUMMARY, Boilerplate.HEADLINE),
                java.util.Arrays.asList(points.reasons()).subList(0, 4));
        assertEquals(headline, points.paragraphs().get(3));
        assertNull(points.reasons()[4]);
    }

    @Test
    void aSummaryThatSpeaksAboutTheArticleOnlyInItsMiddleIsFlaggedWhole() throws IOException {
        // seed 000 opens with a machine summary of five paragraphs; only the fourth says "The article highlights";
        // the article's own text starts with the first paragraph that quotes (‘immediately contact Beijing.’)
        Path seed;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seed = files.filter(f -> f.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        Classified c = classify(seed, Files.readString(seed));
        int about = c.paragraphs().indexOf(c.paragraphs().stream()
                .filter(t -> t.startsWith("The article highlights previous reports")).findFirst().orElseThrow());
        int dek = c.paragraphs().indexOf(c.paragraphs().stream()
                .filter(t -> t.startsWith("The Ukrainian president said he has instructed")).findFirst().orElseThrow());
        assertEquals(3, about);
        assertEquals(5, dek);
        for (int i = 0; i < dek; i++) {
            assertEquals(Boilerplate.SUMMARY, c.reasons()[i], c.paragraphs().get(i));
        }
        for (int i = dek; i < dek + 4; i++) {
            assertNull(c.reasons()[i], c.paragraphs().get(i));
        }
    }

    @Test
    void aParagraphAboutTheArticleAfterOneThatQuotesStartsNoSummary() throws IOException {
        // the same kind of sentence after the report's own quoting paragraphs: nothing before it is a summary
        List<String> lines = lines(bbcArticle());
        int quoting = 0;
        while (!lines.get(quoting).contains("\"desperate\"")) {
            quoting++;
        }
        lines.add(quoting + 1, "");
        lines.add(quoting + 2, "The article highlights what the politicians quoted in it said and why it matters.");
        Classified c = classify(Path.of("late"), String.join("\n", lines));
        assertEquals(Boilerplate.HEADLINE, c.reasons()[0]);
        for (int i = 1; i < c.reasons().length; i++) {
            assertNull(c.reasons()[i], c.paragraphs().get(i));
        }
    }

    @Test
    void aLeadLineRepeatedByTheNextParagraphAndABylineAreFlagged() throws IOException {
        List<String> lines = lines(bbcArticle());
        int first = 1;
        while (lines.get(first).isBlank()) {
            first++;
        }
        int withTwo = first;
        while (!lines.get(withTwo).contains(". ")) {
            withTwo++;
        }
        String para = lines.get(withTwo);
        String leadSentence = para.substring(0, para.indexOf(". ") + 1);
        List<String> edited = new ArrayList<>(lines);
        edited.add(withTwo, "");
        edited.add(withTwo, leadSentence); // a teaser line that the paragraph after it repeats
        edited.add(first, "");
        edited.add(first, "By Jane Doe and John Roe, Political reporters");
        Classified c = classify(Path.of("lead"), String.join("\n", edited));
        assertEquals(Boilerplate.HEADLINE, c.reasons()[0]);
        assertEquals(Boilerplate.BYLINE, c.reasonOf("By Jane Doe and John Roe, Political reporters"));
        int lead = c.paragraphs().indexOf(FormatsTest.TextNormalizerTestSupport.normalise(leadSentence));
        assertEquals(Boilerplate.REPEATED, c.reasons()[lead]);
        assertNull(c.reasons()[lead + 1], c.paragraphs().get(lead + 1));
        // a paragraph given twice: the second copy goes
        List<String> twice = new ArrayList<>(lines);
        twice.add(withTwo, "");
        twice.add(withTwo, para);
        Classified d = classify(Path.of("twice"), String.join("\n", twice));
        int at = d.paragraphs().indexOf(FormatsTest.TextNormalizerTestSupport.normalise(para));
        assertNull(d.reasons()[at]);
        assertEquals(Boilerplate.REPEATED, d.reasons()[at + 1]);
    }

    @Test
    void captionLabelsAndTrailingPhotoCredits() {
        assertTrue(Boilerplate.isCaption("Image caption The minister spoke in Brussels", 7));
        assertTrue(Boilerplate.isCaption("Ukrainian soldiers in the Donetsk region. (AP Photo/Efrem Lukatsky)", 9));
        assertTrue(Boilerplate.isCaption("Bloomberg via Getty Images.", 4));
        assertFalse(Boilerplate.isCaption("Reuters reported the deal on Monday, citing two sources.", 9));
        assertFalse(Boilerplate.isCaption("The photo shows the two men in uniform.", 8));
    }

    @Test
    void anImperativeLookingFirstWordIsNoPromptWhenTheSentenceReports() {
        // Reuters-21578 last sentences whose first word the tagger reads as a verb, and a BBC prompt
        List<String> reporting = List.of(
                "Return on common shareholders' equity was 18.6 pct last year, up from 15 pct in 1985.",
                "Feed prices at the end of January were reported 35 to 40 pct above year-ago levels, "
                        + "the department said.");
        for (String last : reporting) {
            List<String> paras = List.of("The company reported results on Thursday.", last);
            List<Boilerplate.Candidate> c = List.of(
                    new Boilerplate.Candidate(0, paras.get(0), paras.get(0), false),
                    new Boilerplate.Candidate(1, last, last, true));
            assertNull(Boilerplate.classify(c, paras, "RESULTS")[1], last);
        }
        String prompt = "Listen to the full interview on Sport on Five and the BBC Sport website from 1900 GMT.";
        List<String> paras = List.of("The coach spoke after the match on Saturday.", prompt);
        List<Boilerplate.Candidate> c = List.of(new Boilerplate.Candidate(0, paras.get(0), paras.get(0), false),
                new Boilerplate.Candidate(1, prompt, prompt, true));
        assertEquals(Boilerplate.PROMOTION, Boilerplate.classify(c, paras, null)[1]);
    }

    /** HuffPost's standing note, as it closes many of its 2016 articles in PolNeAR (one paragraph, or broken). */
    private static final String HUFFPOST_NOTE = "Editor\u2019s note: Donald Trump regularly incites political violence "
            + "and is a serial liar, rampant xenophobe, racist, misogynist and birther who has repeatedly pledged to "
            + "ban all Muslims \u2014 1.6 billion members of an entire religion \u2014 from entering the U.S.";

    @Test
    void anEditorsNoteIsBoilerplateWholeOrBrokenOverLines() {
        String report = "Despite the outrage from foreign leaders and domestic politicians, including many within his "
                + "own party, Trump has yet to apologize to the Khans.";
        String before = "\u201cThis is them trying to whistle past the graveyard,\u201d he said. \u201cMath is math.\u201d";
        Classified whole = classify(Path.of("whole"), String.join("\n\n", before, report, HUFFPOST_NOTE));
        assertEquals(java.util.Arrays.asList(null, null, Boilerplate.EDITORS_NOTE), java.util.Arrays.asList(whole.reasons()));
        // the note broken over short lines, as one article of PolNeAR dev has it: every line is the note, not a
        // subheading, and the paragraph after it is reporting again
        String broken = "Editor\u2019s note: Donald Trump regularly\nincites\npolitical violence and is a serial liar, "
                + "rampant xenophobe,\nracist, misogynist and birther who has\nrepeatedly pledged to ban all Muslims "
                + "\u2014 1.6 billion members of an entire religion \u2014 from\nentering the U.S.";
        // (one paragraph a line, some lines long, as in the article: the text is not hard-wrapped)
        Classified lines = classify(Path.of("broken"),
                String.join("\n\n", report + " " + before + "\n" + report, broken, report));
        assertEquals(9, lines.reasons().length, lines.paragraphs().toString());
        assertNull(lines.reasons()[1]);
        for (int i = 2; i <= 7; i++) {
            assertEquals(Boilerplate.EDITORS_NOTE, lines.reasons()[i], lines.paragraphs().get(i));
        }
        assertNull(lines.reasons()[8]);
        // a note alone is the text: kept
        assertNull(classify(Path.of("alone"), HUFFPOST_NOTE).reasons()[0]);
    }

    @Test
    void anEditorsNoteThatReportsIsACorrectionAndStays() {
        // The New York Times, 2015-12-14: a correction that says what an official said; the gold annotates it
        String correction = "Editor's Note: An article on Monday about Tashfeen Malik, one of the attackers in the "
                + "mass shooting in San Bernardino, Calif., reported that she had talked openly on social media about "
                + "her support for violent jihad. On Wednesday, however, the director of the Federal Bureau of "
                + "Investigation, James B. Comey, said that online communications about jihad were private messages.";
        String report = "The officials said the visa screening had missed the attacker's posts.";
        Classified c = classify(Path.of("correction"), String.join("\n\n", report, correction, report));
        assertNull(c.reasons()[1]);
        // an excerpt's introduction (Breitbart, 2015-11-19) is the outlet speaking: boilerplate
        String intro = "Editor\u2019s Note: The following is part 3 of 3 exclusive excerpts from bestselling author "
                + "Dinesh D\u2019Souza\u2019s new book. Read part 1 here, and part 2 here.";
        Classified e = classify(Path.of("excerpt"), String.join("\n\n",
                "Exclusive Excerpt: Stealing America, Part 3.", intro, report));
        assertEquals(Boilerplate.EDITORS_NOTE, e.reasons()[1]);
        assertNull(e.reasons()[2]);
    }

    @Test
    void everyEditorsNoteInPolnearIsFoundInPlace() throws IOException {
        List<Classified> docs = folder("polnear");
        // HuffPost's standing note: 21 articles of TRAIN and dev, each with its note
        List<Map.Entry<String, String>> notes = matching(docs, "^Editor.s note: Donald Trump");
        allAre(Boilerplate.EDITORS_NOTE, notes, 21);
        // the only editor's note that reports (a correction) is left to the attribution rules
        List<Map.Entry<String, String>> corrections = matching(docs, "^Editor.s Note: An article on Monday");
        assertEquals(1, corrections.size(), corrections.toString());
        assertNull(corrections.get(0).getValue());
    }
}
