package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers named by a title. A subject that is a job title with the name beside it ("Kenteris's lawyer, Gregory
 * Ioannidis, reacted …"): the next sentence's "he" is the named lawyer, not the person whose lawyer he is (BBC
 * Sport's reports of the Greek sprinters' doping case, 2005). A word of a person's title that is not its head noun
 * does not stand for the person: "police" is not "Police Officer Darren Wilson" (Fox News, 2014, BASIL dev). An
 * indefinite ("a spokesman said") is someone unnamed (BBC politics, 2005). Each passage is the outlet's.
 */
class TitledSpeakersTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // BBC sport/079: the title is the subject, the name its apposition between commas
        TestCorpora.write(dir, "appeal.txt", "Wada will appeal against ruling\n\nThe pair were cleared of charges "
                + "relating to missing dope tests by the Greek Athletics Federation last week. Wada chairman Dick "
                + "Pound said: \"I am convinced the IAAF will appeal against the decision, and we will support them.\" "
                + "Kenteris's lawyer, Gregory Ioannidis, reacted angrily to Pound's comments. \"Comments like these "
                + "only help to embarrass the sporting governing bodies, create a hostage situation for the IAAF and "
                + "strengthen our case further,\" he told BBC Sport.\n");
        // BBC sport/023: the title and the name with no commas
        TestCorpora.write(dir, "hearing.txt", "Greek pair attend drugs hearing\n\nIn imposing two-year suspensions "
                + "on the duo on 22 December, the IAAF described their explanations for missing the tests as "
                + "\"unacceptable\". But Kenteris' lawyer Gregory Ioannidis told BBC Sport earlier this week he was "
                + "confident the sprinters would be cleared of the charges of failing to give information on their "
                + "location and refusing to submit to testing. \"We refute both charges as unsubstantiated and "
                + "illogical,\" he said.\n");
        // Fox News on Ferguson (BASIL dev 2014_ed8c136f)
        TestCorpora.write(dir, "ferguson.txt", "Holder says he understands mistrust of police\n\nFerguson has endured "
                + "more than a week of unrest since the August 9 death of 18-year-old Michael Brown, who was shot by "
                + "Ferguson Police Officer Darren Wilson.\n\nThe prosecutor, who is white, has insisted his background "
                + "will have no bearing on the handling of the Brown case.\n\nOn Wednesday, police said an officer had "
                + "been suspended for pointing a semi-automatic assault rifle at demonstrators, then cursing and "
                + "threatening to kill one of them.\n");
        // BBC politics/081: an unnamed spokesman before a named one
        TestCorpora.write(dir, "cards.txt", "Tory backing for ID cards\n\nThe Tories are to back controversial "
                + "government plans to introduce ID cards.\n\nAnd they pledged to assess the cost effectiveness of ID "
                + "cards and whether people's privacy would be properly protected. \"It is important to remember that "
                + "this bill will take a decade to come into full effect,\" a spokesman said.\n\nLib Dem home affairs "
                + "spokesman Mark Oaten said: \"This has all the signs of Michael Howard overruling colleagues' concerns "
                + "over ID cards.\"\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /**
     * "Kenteris's lawyer, Gregory Ioannidis, reacted angrily to Pound's comments. “Comments like these …,” he told BBC
     * Sport.": the parser makes "lawyer" the subject and the name its apposition; the pronoun went to Kenteris, the
     * first person named, because the title, tagged as a title, was taken for a second name.
     */
    @Test
    void heIsTheNamedLawyerNotHisClient() {
        assertSpeaker("appeal", "Comments like these only help", "Gregory Ioannidis");
    }

    /** "But Kenteris' lawyer Gregory Ioannidis told BBC Sport … he was confident …. “We refute both charges …,” he said." */
    @Test
    void heIsTheLawyerWithoutCommasToo() {
        assertSpeaker("hearing", "We refute both charges", "Gregory Ioannidis");
    }

    /**
     * "On Wednesday, police said an officer had been suspended …": "police" is a word of Darren Wilson's title
     * ("Ferguson Police Officer"), but not its head noun, so it does not stand for him; before, the report was his.
     */
    @Test
    void policeIsNotThePersonTitledPoliceOfficer() {
        List<Quote> q = TestCorpora.quotes(corpus, "ferguson", "an officer had been suspended");
        assertEquals(1, q.size(), corpus.quotes().toString());
        assertEquals("police", q.get(0).speaker(), q.get(0).toString());
        assertEquals(null, q.get(0).speakerEntity(), q.get(0).toString());
    }

    /**
     * "“It is important to remember …,” a spokesman said." and, a paragraph later, "Lib Dem home affairs spokesman Mark
     * Oaten said: …": "a spokesman" brings in someone unnamed (a Tory), not the spokesman the article names next;
     * before, the quotation was Oaten's.
     */
    @Test
    void anIndefiniteSpokesmanIsNotTheOneNamedNext() {
        List<Quote> q = TestCorpora.quotes(corpus, "cards", "It is important to remember");
        assertEquals(1, q.size(), corpus.quotes().toString());
        assertEquals("a spokesman", q.get(0).speaker(), q.get(0).toString());
        assertEquals(null, q.get(0).speakerEntity(), q.get(0).toString());
        assertEquals("Mark Oaten", TestCorpora.quotes(corpus, "cards", "This has all the signs").get(0).speaker());
    }

    private static void assertSpeaker(String source, String start, String speaker) {
        List<Quote> q = TestCorpora.quotes(corpus, source, start);
        assertEquals(1, q.size(), corpus.quotes().toString());
        assertEquals(speaker, q.get(0).speaker(), q.get(0).toString());
    }
}
