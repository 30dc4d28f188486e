package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contents that ran over the next report, on all 840 PolNeAR TRAIN articles (speakers round 15): each passage is the
 * outlet's own sentence.
 */
class OtherStorySpeakersRound15Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Politico 2016): a second report with its own subject after a comma
        TestCorpora.write(dir, "undecided.txt", "While only 7 percent said they are undecided, 27 percent of those who "
                + "named a candidate said they could be persuaded to change their mind before April 26, when voters in "
                + "Pennsylvania head to the polls, along with those in Connecticut, Delaware, Maryland and Rhode "
                + "Island.\n");
        TestCorpora.write(dir, "nclb.txt", "While almost everyone agrees NCLB was a deeply flawed law, some critics "
                + "fear the new approach will leave poor and minority students with fewer protections.\n");
        // PolNeAR TRAIN (New York Times 2016): the same after ", while"
        TestCorpora.write(dir, "masoncity.txt", "After the Mason City event, several Clinton supporters said the former "
                + "president had made a good case for his wife, while other voters said they had not heard anything to "
                + "pull them away from Mr. Sanders, who also held a rally in Mason City on Wednesday night, drawing "
                + "1,110 people, about triple the size of the former president's crowd.\n");
        // PolNeAR TRAIN (HuffPost 2016): a second quotation's frame after "and"
        TestCorpora.write(dir, "likely.txt", "This sentiment was reflected in another question that asked Democrats "
                + "how likely Clinton was to defeat Trump in the general election, to which 21 percent said \u201Cnot "
                + "too likely\u201D and 14 percent said \u201Cnot at all likely.\u201D\n");
        // PolNeAR TRAIN (Breitbart 2016, from the AP): a relative clause that reports, with a subject of its own
        TestCorpora.write(dir, "mukasey.txt", "Mukasey, the Republican attorney general under former President George "
                + "W. Bush, criticized Clinton\u2019s email use, which an FBI investigation said was \u201Cextremely "
                + "careless\u201D but did not warrant criminal charges.\n");
        // PolNeAR TRAIN (New York Times 2016): the same, parsed with "which he said" as the subject of "would be"
        TestCorpora.write(dir, "lowest.txt", "Despite the announced expansion, he noted, military spending is in danger "
                + "of sinking to 1.08 percent of Germany's gross domestic product, which he said would be its lowest "
                + "ever - and well below the 2 percent that NATO member states committed to spend at the alliance's "
                + "last summit meeting, in Wales in 2014.\n");
        // PolNeAR TRAIN (HuffPost 2016): a relative clause whose subject is "who" and whose verb reports
        TestCorpora.write(dir, "cookies.txt", "Later in the broadcast, Swanson praised evangelist Franklin Graham, who "
                + "has publicly vowed not to buy Girl Scout cookies this year because of the scouting "
                + "organization\u2019s \u201Csupport of transgender rights and homosexuality.\u201D\n");
        // PolNeAR TRAIN (Breitbart 2016, from the AP; Politico 2016): a second report of the frame's subject that the
        // parser joined to a verb deep inside the first one's content
        TestCorpora.write(dir, "ginsburg.txt", "Ginsburg said in an interview with The Associated Press last week that "
                + "she didn\u2019t want to think about the possibility that Trump would be president and predicted "
                + "that Democrat Hillary Clinton will win and have a few appointments to make to the Supreme Court.\n");
        TestCorpora.write(dir, "audience.txt", "Chris Brownell, an audience member, said he makes $41,000 a year and "
                + "questioned how he would be helped by Sanders' plan to raise taxes to finance his health care "
                + "plan.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The one quote of {@code source} with {@code cue} whose speaker span is {@code speaker}. */
    private static Quote by(String source, String cue, String speaker) throws IOException {
        return TestCorpora.quoteBySpeaker(corpus, dir, source, cue, speaker);
    }

    /**
     * "While only 7 percent said they are undecided, 27 percent of those who named a candidate said …", "While almost
     * everyone agrees NCLB was a deeply flawed law, some critics fear …", "…, while other voters said …": a verb of
     * saying whose subject opens right after the comma (or after "while") and that has a clause of its own is a
     * report of its own (PolNeAR: two relations each). The first content ran to the end of the sentence and
     * swallowed the second.
     */
    @Test
    void aReportWithItsOwnSubjectAfterACommaIsItsOwn() throws IOException {
        assertEquals("they are undecided", by("undecided", "said", "7 percent").text());
        assertTrue(by("undecided", "said", "27 percent of those who named a candidate").text()
                .startsWith("they could be persuaded"));
        assertEquals("NCLB was a deeply flawed law", by("nclb", "agrees", "almost everyone").text());
        assertTrue(by("nclb", "fear", "some critics").text().startsWith("the new approach will leave"));
        Quote first = by("masoncity", "said", "several Clinton supporters");
        assertFalse(first.text().contains("other voters"), first.toString());
        assertTrue(by("masoncity", "said", "other voters").text().startsWith("they had not heard anything"));
    }

    /**
     * "… to which 21 percent said “not too likely” and 14 percent said “not at all likely.”": after "and", a subject
     * and a verb of saying that frames a quotation open a relation of their own.
     */
    @Test
    void aQuotationsFrameAfterAndIsNoPartOfTheContentBefore() {
        for (Quote q : corpus.quotes()) {
            if (q.source().startsWith("likely") && q.text().contains("not too likely")) {
                assertFalse(q.text().contains("14 percent"), q.toString());
            }
        }
    }

    /**
     * "… criticized Clinton’s email use, which an FBI investigation said was “extremely careless” …": a relative
     * clause whose verb of saying has a subject of its own is another speaker's report (PolNeAR: "Mukasey …" /
     * "criticized" / "Clinton’s email use" and "an FBI investigation" / "said").
     */
    @Test
    void aRelativeClauseWithItsOwnSpeakerEndsTheContent() throws IOException {
        assertEquals("Clinton's email use",
                by("mukasey", "criticized", "Mukasey, the Republican attorney general under former President "
                        + "George W. Bush").text());
        by("mukasey", "said", "an FBI investigation");
        Quote noted = by("lowest", "noted", "he");
        assertTrue(noted.text().endsWith("gross domestic product"), noted.toString());
        assertTrue(by("lowest", "said", "he").text().startsWith("would be its lowest ever"));
    }

    /**
     * "Swanson praised evangelist Franklin Graham, who has publicly vowed not to buy Girl Scout cookies …": a relative
     * clause whose verb reports what it attributes is a relation of its own (PolNeAR: "Swanson" / "praised" /
     * "evangelist Franklin Graham" and "who" / "vowed").
     */
    @Test
    void aRelativeClauseThatReportsIsItsOwn() throws IOException {
        assertEquals("evangelist Franklin Graham", by("cookies", "praised", "Swanson").text());
        assertTrue(by("cookies", "vowed", "who").text().startsWith("not to buy Girl Scout cookies"));
    }

    /**
     * "Ginsburg said … that she didn’t want to think about the possibility that Trump would be president and predicted
     * that …", "Chris Brownell, an audience member, said he makes $41,000 a year and questioned how …": a verb in the
     * frame's form joined by the parser to a verb of the reported clause (a verb of belief in another form on the way,
     * a clause in the place of an object) is the frame's subject's second report (PolNeAR: "Ginsburg" / "predicted",
     * "Chris Brownell, an audience member" / "questioned").
     */
    @Test
    void aSecondReportJoinedDeepInsideTheFirstIsTheFramesSubjects() throws IOException {
        assertFalse(by("ginsburg", "said", "Ginsburg").text().contains("predicted"));
        by("ginsburg", "predicted", "Ginsburg");
        assertEquals("he makes $41,000 a year", by("audience", "said", "Chris Brownell, an audience member").text());
        assertTrue(by("audience", "questioned", "Chris Brownell, an audience member").text()
                .startsWith("how he would be helped"));
    }
}
