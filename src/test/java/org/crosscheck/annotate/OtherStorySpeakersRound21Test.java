package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.QuoteField.KIND;
import static org.crosscheck.annotate.TestCorpora.QuoteField.SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.SPEAKER;
import static org.crosscheck.annotate.TestCorpora.QuoteField.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers round 21, counted on all 840 PolNeAR TRAIN articles, and the BBC and BASIL stories the lead read: each
 * passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound21Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // BBC business (Yukos): a document from a place
        TestCorpora.write(dir, "baikal.txt", "Reports from Russia say Baikal has paid a deposit of nearly $1.7bn from a "
                + "Sberbank (Savings Bank) account to the Russian Federal Property Fund, for Yugansk.\n");
        // Fox News (BASIL, Akin): "add" with a thing as its object
        TestCorpora.write(dir, "voice.txt", "Romney added his voice after five past and present Missouri Republican "
                + "senators urged Akin to step aside.\n");
        // Huffington Post and Fox News (BASIL, Grimm): a person as the object of an intention, and of a question
        TestCorpora.write(dir, "threat.txt", "More recently, Grimm was in the news in January after he physically "
                + "threatened a reporter in the Capitol.\n");
        TestCorpora.write(dir, "balcony.txt", "Grimm made headlines in January after confronting a New York City cable "
                + "news station reporter who tried to question him about a long-running FBI investigation into "
                + "campaign finance on a balcony in the Capitol.\n");
        // Huffington Post (BASIL, Akin): a telling joined by the parser to another subject's verb
        TestCorpora.write(dir, "ryan.txt", "\"Why can't Mitt Romney run his race and I'll run mine?\" Akin continued.\n\n"
                + "He later confirmed that vice presidential candidate Paul Ryan called him and told him to \"give some "
                + "thought to stepping down,\" but didn't tell him to get out.\n");
        // PolNeAR dev (HuffPost, Politico 2016): a frame set off by commas, then a clause opened by a conjunction
        TestCorpora.write(dir, "lawmakers.txt", "WASHINGTON \u2015 Donald Trump\u2019s yearslong obsession with President "
                + "Barack Obama\u2019s birth is an insult to all African-Americans, top black lawmakers said Friday "
                + "afternoon, as they bristled at the continued questions about the legitimacy of the first black "
                + "president.\n");
        TestCorpora.write(dir, "fowler.txt", "It would likely take two to three weeks to convene the DNC for a special "
                + "meeting, he said, and intense wrangling could be paralyzing.\n");
        // New York Times and Huffington Post (BASIL, Lauten; the follow-up): a relative pronoun, a time phrase
        TestCorpora.write(dir, "aide.txt", "On Friday, the aide, Elizabeth Lauten, 31, who has more than 14,000 "
                + "followers on Twitter as @DCGopGirl and at the time was a spokeswoman for a little-known congressman "
                + "from Tennessee, wrote an open letter to Sasha and Malia Obama on her Facebook page, saying they "
                + "should \u201ctry showing a little class\u201d and \u201cdress like you deserve respect, not a spot "
                + "at a bar.\u201d\n");
        TestCorpora.write(dir, "enter.txt", "Enter Ms. Lauten \u2014 a former Republican National Committee new media "
                + "aide who describes herself on Twitter as loving God, cats, the Daughters of the American Revolution "
                + "\u201c& all things pink, green and pearls!\u201d \u2014 whose commentary had a sharper edge.\n");
        TestCorpora.write(dir, "staffer.txt", "A Republican staffer on Friday apologized for a Facebook post that "
                + "criticized Malia and Sasha Obama's appearance at the annual White House turkey pardon ceremony, one "
                + "of America's silliest holiday traditions.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The quotes of {@code source} with this cue, as "speaker | speaker span | kind | text". */
    private static List<String> rows(String source, String cue) throws IOException {
        return TestCorpora.quoteRows(corpus, dir, source, cue, SPEAKER, SPAN, KIND, TEXT);
    }

    /**
     * "Reports from Russia say Baikal has paid a deposit …" (BBC business): a place named bare after "from" is where
     * the reports come from, not who wrote them. Before, the speaker was "Russia".
     */
    @Test
    void aPlaceAfterFromIsNoDocumentsOwner() throws IOException {
        List<String> r = rows("baikal", "say");
        assertEquals(1, r.size(), r.toString());
        assertEquals("Reports from Russia | Reports from Russia", r.get(0).substring(0, r.get(0).indexOf(" | indirect")));
    }

    /**
     * "Romney added his voice after five past and present Missouri Republican senators urged Akin to step aside." (Fox
     * News): "add" with a noun object that holds no verb, and no clause, colon or quotation after it, adds a thing.
     * Before, "Romney | added | his voice after five past … to step aside" was a report.
     */
    @Test
    void addingAThingIsNoReport() throws IOException {
        assertEquals(List.of(), rows("voice", "added"));
    }

    /**
     * "… after he physically threatened a reporter in the Capitol." (Huffington Post): a verb of intention whose object
     * is a person, with no infinitive or clause, acts on that person; nothing is attributed. Before, "Grimm |
     * threatened | a reporter in the Capitol".
     */
    @Test
    void aPersonIsNoIntention() throws IOException {
        assertEquals(List.of(), rows("threat", "threatened"));
    }

    /**
     * "… a … reporter who tried to question him about a long-running FBI investigation …" (Fox News): the one asked is
     * no part of what is asked about (PolNeAR marks "asked Clinton about" / "her email scandal"). Before, the cue was
     * "question" and the content "him about a long-running FBI investigation …".
     */
    @Test
    void theOneAskedIsNoPartOfWhatIsAskedAbout() throws IOException {
        List<String> r = rows("balcony", "question him about");
        assertEquals(1, r.size(), rows("balcony", "question").toString());
        assertEquals(true, r.get(0).endsWith(" | indirect | a long-running FBI investigation into campaign finance on a "
                + "balcony in the Capitol"), r.get(0));
        assertEquals(List.of(), rows("balcony", "question"));
    }

    /**
     * "He later confirmed that vice presidential candidate Paul Ryan called him and told him to "give some thought to
     * stepping down," but didn't tell him to get out." (Huffington Post): the parser joins "didn't tell" to "confirmed",
     * whose subject is "He"; "He … tell him" cannot be one person, so the teller is the subject of the verb with the
     * same object before it, Paul Ryan. Before, the speaker was Akin (from "He").
     */
    @Test
    void heWhoIsToldIsNotHeWhoTells() throws IOException {
        assertEquals(List.of("Paul Ryan | vice presidential candidate Paul Ryan | indirect | him to get out"),
                rows("ryan", "tell"));
    }

    /**
     * "…, top black lawmakers said Friday afternoon, as they bristled at …" (HuffPost), "It would likely take two to
     * three weeks to convene the DNC for a special meeting, he said, and intense wrangling could be paralyzing."
     * (Politico): a clause opened by a conjunction after the frame does not keep the frame from reporting the clause
     * before it (PolNeAR: "top black lawmakers" / "said" / "Donald Trump's yearslong obsession …"). Before, neither
     * sentence gave a relation.
     */
    @Test
    void aClauseAfterTheFrameLeavesTheClauseBeforeIt() throws IOException {
        assertEquals(List.of("top black lawmakers | top black lawmakers | indirect | Donald Trump's yearslong obsession "
                + "with President Barack Obama's birth is an insult to all African-Americans"), rows("lawmakers", "said"));
        assertEquals(List.of("he | he | indirect | It would likely take two to three weeks to convene the DNC for a "
                + "special meeting"), rows("fowler", "said"));
    }

    /**
     * "On Friday, the aide, Elizabeth Lauten, 31, who has more than 14,000 followers on Twitter …, wrote an open letter
     * … on her Facebook page, saying they should “try showing a little class” …" (New York Times): the relative pronoun
     * is no speaker's name, its antecedent (the aide, named in apposition) is; and Twitter, named in the relative
     * clause, is not where this was said. Before: speaker "who", channel Twitter.
     */
    @Test
    void aRelativePronounIsNoSpeakersName() throws IOException {
        List<String> r = rows("aide", "saying");
        assertEquals(1, r.size(), r.toString());
        assertEquals("Elizabeth Lauten | the aide", r.get(0).substring(0, r.get(0).indexOf(" | indirect")));
        assertEquals(List.of("Facebook"), corpus.quotes().stream().filter(q -> q.source().startsWith("aide"))
                .map(q -> String.valueOf(q.channel())).toList());
    }

    /**
     * "Enter Ms. Lauten — a former Republican National Committee new media aide who describes herself on Twitter as
     * loving God, …" (New York Times): the aide the relative clause is about is set beside Ms. Lauten, who speaks; what
     * she describes runs through the "as" phrase past "on Twitter". Before: speaker "Committee new media aide",
     * content "herself".
     */
    @Test
    void whoAfterANounBesideANameAndTheAsPhrase() throws IOException {
        List<String> r = rows("enter", "describes");
        assertEquals(1, r.size(), r.toString());
        assertEquals("Elizabeth Lauten", r.get(0).substring(0, r.get(0).indexOf(" | ")));
        assertEquals("herself on Twitter as loving God, cats, the Daughters of the American Revolution \"& all "
                + "things pink, green and pearls!\"", r.get(0).substring(r.get(0).indexOf("indirect | ") + 11));
    }

    /**
     * "A Republican staffer on Friday apologized for a Facebook post …" (Huffington Post): the time phrase hung on the
     * subject's noun says when; it is no part of the speaker's span. Before: "A Republican staffer on Friday".
     */
    @Test
    void aTimePhraseIsNoPartOfTheSpeaker() throws IOException {
        List<String> r = rows("staffer", "apologized for");
        assertEquals(1, r.size(), r.toString());
        assertEquals("A Republican staffer | A Republican staffer", r.get(0).substring(0,
                r.get(0).indexOf(" | indirect")));
    }
}
