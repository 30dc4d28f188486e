package org.crosscheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.eval.Brat.Relation;
import org.crosscheck.eval.Brat.Span;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Test;

/** The attribution scoring on a small hand-made example built from a PolNeAR sentence (no models needed). */
class AttributionEvalTest {
    /** A PolNeAR (Breitbart) passage; the ballot-box emoji first makes code points and Java chars differ. */
    private static final String TEXT = "\uD83D\uDDF3 In offering analysis of the ongoing presidential election, "
            + "longtime Democratic pollster Pat Caddell told Breitbart News Daily host Alex Marlow on Thursday how "
            + "surprised he is that health has been at the forefront. \u201CThis is in their heads. This is in their "
            + "consciousness,\u201D said Caddell. \u201CIt is one of the things worrying them.\u201D";

    /** Offsets count code points, as in PolNeAR's files; the second content is in two pieces. */
    private static final String ANN = String.join("\n",
            "T1\tSource 61 101\tlongtime Democratic pollster Pat Caddell",
            "T2\tCue 102 106\ttold",
            "T3\tContent 157 214\thow surprised he is that health has been at the forefront",
            "T4\tAttribution 102 106\ttold",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 216 273;288 328\t\u201CThis is in their heads. This is in their consciousness,\u201D "
                    + "\u201CIt is one of the things worrying them.\u201D",
            "T6\tCue 274 278\tsaid",
            "T7\tSource 279 286\tCaddell",
            "T8\tAttribution 274 278\tsaid",
            "E2\tAttribution:T8 Source:T7 Cue:T6 Content:T5", "");

    private static Span span(String s) {
        int i = TEXT.indexOf(s);
        return new Span(i, i + s.length());
    }

    @Test
    void readsBratRelationsWithPiecesAndCodePointOffsets() {
        List<Relation> gold = Brat.parse(ANN, TEXT, "x.ann");
        assertEquals(2, gold.size());
        Relation told = gold.get(0);
        assertEquals("longtime Democratic pollster Pat Caddell",
                TEXT.substring(told.source().get(0).start(), told.source().get(0).end()));
        assertEquals(List.of(span("told")), told.cue());
        Relation said = gold.get(1);
        assertEquals(2, said.content().size());
        assertEquals("\u201CIt is one of the things worrying them.\u201D",
                TEXT.substring(said.content().get(1).start(), said.content().get(1).end()));
        assertEquals(List.of(span("Caddell.").start()), List.of(said.source().get(0).start()));
    }

    @Test
    void badLinesArePlacedByFileLineAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Brat.parse("T1\tSource 61 101\tx\nT2\tCue 102 x\tsaid\n", TEXT, "a.ann"));
        assertTrue(e.getMessage().startsWith("a.ann:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("START END"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Brat.parse("T1\tContent 10 9999\tx\n", TEXT, "b.ann"));
        assertTrue(e.getMessage().startsWith("b.ann:1:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Brat.parse("E1\tAttribution:T9 Content:T3\n", TEXT, "c.ann"));
        assertTrue(e.getMessage().contains("no T line T9"), e.getMessage());
    }

    @Test
    void aSpanTextWithLineBreaksGoesOnOverTheNextLines() {
        // as in PolNeAR's TRAIN gold: a T line whose text runs over a blank line and a line of words
        String ann = "T1\tSource 61 70\tx\n\nThe number of people in the text\nT2\tCue 71 75\tsaid\n"
                + "E1\tAttribution:T2 Source:T1 Cue:T2\n";
        List<Relation> gold = Brat.parse(ann, TEXT, "d.ann");
        assertEquals(1, gold.size());
        assertEquals(1, gold.get(0).source().size());
        // an id without its tab is still an error, placed by line
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Brat.parse("T1\tSource 61 70\tx\nT2\n", TEXT, "e.ann"));
        assertTrue(e.getMessage().startsWith("e.ann:2:"), e.getMessage());
    }

    @Test
    void trimmingIgnoresQuotationMarksSpacesAndPunctuation() {
        Span quoted = span("\u201CIt is one of the things worrying them.\u201D");
        assertEquals(List.of(span("It is one of the things worrying them")),
                AttributionEval.trim(TEXT, List.of(quoted)));
        // a cue that is only a colon keeps its colon
        assertEquals(List.of(new Span(5, 6)), AttributionEval.trim("PENCE: Well", List.of(new Span(5, 6))));
    }

    @Test
    void scoresExactAndOverlappingPartsOfPairedRelations() {
        List<Relation> gold = Brat.parse(ANN, TEXT, "x.ann");
        // 1: right cue, the name only as source (overlap, not exact), content without "how" (overlap)
        Relation p1 = new Relation(List.of(span("Pat Caddell")), List.of(span("told")),
                List.of(span("surprised he is that health has been at the forefront")));
        // 2: both pieces of the quote, source exact, no cue
        Span caddell = span("Caddell.");
        Relation p2 = new Relation(List.of(new Span(caddell.start(), caddell.start() + 7)), List.of(),
                List.of(span("\u201CThis is in their heads. This is in their consciousness,\u201D"),
                        span("\u201CIt is one of the things worrying them.\u201D")));
        // 3: nothing in gold
        Relation p3 = new Relation(List.of(span("Alex Marlow")), List.of(), List.of(span("on Thursday")));
        AttributionEval.Result r = AttributionEval.score(TEXT, gold, List.of(p1, p2, p3));
        assertEquals(2, r.paired());
        assertEquals(new AttributionEval.Score(2, 3, 2), r.get("CONTENT", false));
        assertEquals(new AttributionEval.Score(1, 3, 2), r.get("CONTENT", true));
        assertEquals(new AttributionEval.Score(2, 3, 2), r.get("SOURCE", false));
        assertEquals(new AttributionEval.Score(1, 3, 2), r.get("SOURCE", true));
        assertEquals(new AttributionEval.Score(1, 1, 2), r.get("CUE", true));
        assertEquals(2.0 / 3, r.get("CONTENT", false).precision(), 1e-9);
        assertEquals(1.0, r.get("CONTENT", false).recall(), 1e-9);
        assertEquals(0.8, r.get("CONTENT", false).f1(), 1e-9);
        AttributionEval.Result twice = r.plus(r);
        assertEquals(4, twice.get("CONTENT", false).correct());
        assertEquals(2, twice.articles());
    }

    @Test
    void oneGoldRelationPairsWithOnePrediction() {
        List<Relation> gold = Brat.parse(ANN, TEXT, "x.ann");
        Relation a = new Relation(List.of(), List.of(), List.of(span("how surprised he is")));
        Relation b = new Relation(List.of(), List.of(), List.of(span("how surprised he is that health")));
        AttributionEval.Result r = AttributionEval.score(TEXT, gold, List.of(a, b));
        assertEquals(1, r.paired());
        assertEquals(new AttributionEval.Score(1, 2, 2), r.get("CONTENT", false));
    }

    @Test
    void quotesAroundOneCueBecomeOneRelation() {
        Span first = span("\u201CThis is in their heads. This is in their consciousness,\u201D");
        Span second = span("\u201CIt is one of the things worrying them.\u201D");
        Span caddell = span("Caddell.");
        Span said = span("said");
        Quote q1 = new Quote("q1", "s", "Pat Caddell", "e1", "This is …", first.start(), first.end(), "direct",
                "said", null, 1, "", caddell.start(), caddell.start() + 7, said.start(), said.end());
        Quote q2 = new Quote("q2", "s", "Pat Caddell", "e1", "It is …", second.start(), second.end(), "direct",
                null, null, 2, "", caddell.start(), caddell.start() + 7, -1, -1);
        List<Relation> rel = AttributionEval.fromQuotes(List.of(q1, q2));
        assertEquals(1, rel.size());
        assertEquals(List.of(first, second), rel.get(0).content());
        AttributionEval.Result r = AttributionEval.score(TEXT, Brat.parse(ANN, TEXT, "x.ann"), rel);
        assertEquals(1, r.get("CONTENT", true).correct());
        assertEquals(1, r.get("SOURCE", true).correct());
        assertEquals(1, r.get("CUE", true).correct());
    }

    /**
     * A report cut by its frame between commas is one row whose span runs over the frame (NYT, PolNeAR dev: "All of
     * this, he said, could be undone at the ballot box"): its content, as PolNeAR marks it, is the two pieces around
     * the frame, without the frame's speaker, verb and commas.
     */
    @Test
    void aFrameInsideARowsSpanIsNoPartOfItsContent() {
        String text = "All of this, he said, could be undone at the ballot box.";
        int he = text.indexOf("he said");
        int said = text.indexOf("said");
        Quote q = new Quote("q1", "s", "Obama", "e1", "All of this could be undone at the ballot box", 0,
                text.indexOf('.'), "indirect", "said", null, 0, "", he, he + 2, said, said + 4);
        List<Relation> rel = AttributionEval.fromQuotes(List.of(q));
        assertEquals(List.of(new Span(0, he), new Span(said + 4, text.indexOf('.'))), rel.get(0).content());
        assertEquals(List.of(new Span(0, text.indexOf(',')), new Span(text.indexOf("could"), text.indexOf('.'))),
                AttributionEval.trim(text, rel.get(0).content()));
    }
}
