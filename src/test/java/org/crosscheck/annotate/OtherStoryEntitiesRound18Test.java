package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.crosscheck.annotate.CorpusEntities.mentionsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 18, on the passages they were found in: the BBC's reports of the attorney general's advice on
 * the Iraq war (politics 184, 324, 327), Reuters-21578 00458 (Nigel Lawson and Dilson Funaro) and a BASIL report
 * (HuffPost 2011_005a2961, Donald Trump on Obama).
 */
class OtherStoryEntitiesRound18Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    static final String BBC_184 = """
            Blair rejects Iraq advice calls

            Tony Blair has rejected calls for the publication of advice on the legality of the Iraq war amid growing \
            calls for an investigation.

            The prime minister told his monthly press conference the matter had been dealt with by the Attorney \
            General. Mr Blair said the statement was a "fair summary" of Lord Goldsmith's opinion.

            "That's what he (Lord Goldsmith) said and that's what I say. He has dealt with this time and time and time \
            again," Mr Blair told his monthly news conference in Downing Street.

            Mr Mates added: "And this may be one of those special occasions... when it would be in the public interest \
            to see the advice which the attorney general gave to the prime minister." In a book published this week, \
            Philippe Sands QC, a member of Cherie Blair's Matrix Chambers, says Lord Goldsmith warned Tony Blair on 7 \
            March 2003 that the Iraq war could be illegal without a second UN resolution sanctioning military action.
            """;

    static final String BBC_327 = """
            Goldsmith denies war advice claim

            The attorney general has denied his statement to Parliament about the legality of the Iraq war was \
            drafted by Downing Street officials.

            Former foreign secretary Robin Cook said Lord Goldsmith's admission that his parliamentary answer was not \
            a summary of his legal opinion suggested Parliament may have been misled. "The attorney general may never \
            have presented his answer as a summary, but others certainly did," he said.

            Mr Mates added: "This may be one of those special occasions... when it would be in the public interest to \
            see the advice which the attorney general gave to the prime minister."

            The Conservatives and Liberal Democrats say they still want the publication of the full legal advice \
            given by the Attorney General. Lib Dem foreign affairs spokesman Sir Menzies Campbell said Lord \
            Goldsmith's statement still did not clear up the outstanding issues. "If his original advice of 7 March \
            accepted that military action might be illegal, how was it that he resolved any such doubts by the time \
            the Parliamentary answer was published on 17 March?" he said. "Only the fullest disclosure will now do."
            """;

    static final String REUTERS_00458 = """
            U.K. SAYS HAS NO ROLE IN BRAZIL MORATORIUM TALKS

            U.K. Chancellor of the Exchequer Nigel Lawson has told Brazil's Finance Minister Dilson Funaro that \
            negotiations on Brazil's debt to commercial banks are a matter for the commercial banks themselves, a \
            Treasury spokesman said.

            The spokesman said the Chancellor had emphasised in talks this morning with Funaro the need for the \
            Brazilian authorities to be able to present a convincing economic program to the country's creditors.
            """;

    static final String HPO_TRUMP = """
            Trump: Obama Should Show Birth Certificate

            Donald Trump said Thursday that President Barack Obama should release his birth certificate.

            Of Obama, he said, "I want him to do well. ... I love this country, but this country is going to hell."
            """;

    static final String HPO_SUMMERS = """
            Summers: Failure To Pass Tax Deal Increases Double Dip Risk

            It wasn't quite the metaphorical flare of mushroom cloud imagery, but outgoing senior economic adviser \
            Larry Summers offered a fairly dire assessment of the stakes in the tax cut debate.

            A double dip recession?

            "What I said it would significantly increase the risk," Summers replied.

            The message was hardly subtle. But it certainly was debatable. Summers himself, downplayed the \
            significance of continuing the Bush tax cuts back in September.
            """;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round18", Map.of("184.txt", BBC_184, "327.txt", BBC_327,
                "reuters-00458.txt", REUTERS_00458, "2011_005a2961_hpo.txt", HPO_TRUMP,
                "2010_df5fe55a_hpo.txt", HPO_SUMMERS));
    }

    private static String entityOf(String source, String context, String word) {
        return mentionAt(corpus, source, context, word).entity();
    }

    @Test
    void aPronounInAQuotationIsNotTheSpeakerAPronounOfItsFrameGives() {
        String goldsmith = CorpusEntities.entity(corpus, "Goldsmith").id();
        // "“If his original advice … how was it that he resolved any such doubts …?” he said." (327): before,
        // "his" and "he" were Menzies Campbell's, who speaks
        assertEquals(goldsmith, entityOf("327", "how was it that", "his"));
        assertEquals(goldsmith, entityOf("327", "how was it that", "he"));
        // the frame's own "he" is still Campbell's
        Entity campbell = CorpusEntities.entity(corpus, "Menzies Campbell");
        assertTrue(mentionsOf(corpus, campbell).stream().anyMatch(m -> m.text().equals("he")
                && m.sentence() == mentionAt(corpus, "327", "how was it that", "his").sentence()));
        // "“The attorney general may never have presented his answer as a summary …,” he said." (327): Robin
        // Cook's before
        assertEquals(goldsmith, entityOf("327", "may never have presented", "his"));
        assertEquals(CorpusEntities.entity(corpus, "Robin Cook").id(), entityOf("327", "may never have presented",
                "he"));
    }

    @Test
    void aPersonNamedInBracketsAfterAPronounIsThePronouns() {
        // "“That's what he (Lord Goldsmith) said and that's what I say." (184): Tony Blair's before, who speaks
        assertEquals(CorpusEntities.entity(corpus, "Goldsmith").id(),
                entityOf("184", "That's what he", "he"));
    }

    @Test
    void aPersonAFrontedOfNamesIsNotTheSubjectPronounAfterIt() {
        // "Of Obama, he said, "I want him to do well."" (HuffPost 2011_005a2961): "he" is Trump, "him" Obama
        Entity trump = CorpusEntities.entity(corpus, "Donald Trump");
        Entity obama = CorpusEntities.entity(corpus, "Barack Obama");
        assertEquals(trump.id(), entityOf("2011_005a2961_hpo", "Of Obama", "he"));
        assertEquals(obama.id(), entityOf("2011_005a2961_hpo", "Of Obama", "him"));
    }

    @Test
    void aModalOrAVerbIsNoDate() {
        // "“This may be one of those special occasions …”" (327), "this may" (184): a DATE, the row of the month
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase("this may")),
                corpus.mentions().toString());
        assertEquals("DATE", mentionAt(corpus, "184", "In a book published this week", "this week").type());
        // "to be able to present a convincing economic program" (Reuters-21578 00458): "present" a DATE before
        int sent = mentionAt(corpus, "reuters-00458", "convincing economic program", "Funaro").sentence();
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.source().equals("reuters-00458")
                && m.sentence() == sent && m.text().equals("present")));
        // a time in the same sentence stays: "this morning"
        assertEquals("TIME", mentionAt(corpus, "reuters-00458", "convincing economic program", "this morning").type());
    }

    @Test
    void aSecondBeforeANounIsAnOrdinal() {
        // "without a second UN resolution sanctioning military action" (184): "a second" a DURATION before
        Mention m = mentionAt(corpus, "184", "without a second UN resolution", "second");
        assertEquals("ORDINAL", m.type());
    }

    @Test
    void twoCapitalsAfterAPersonsNameAreNoState() {
        // "Philippe Sands QC, a member of Cherie Blair's Matrix Chambers" (184): "QC" (Queen's Counsel) a
        // STATE_OR_PROVINCE before, Quebec
        int sent = mentionAt(corpus, "184", "Philippe Sands QC", "Philippe Sands").sentence();
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.source().equals("184") && m.sentence() == sent
                && m.text().equals("QC")));
        assertEquals("PERSON", mentionAt(corpus, "184", "Philippe Sands QC", "Philippe Sands").type());
    }

    @Test
    void aSurnameTakenForATimeIsThePerson() {
        // "“…,” Summers replied.", "Summers himself, downplayed …" (BASIL 2010_df5fe55a, HuffPost): the DATE
        // "summer" and a SET before
        String summers = CorpusEntities.entity(corpus, "Larry Summers").id();
        Mention replied = mentionAt(corpus, "2010_df5fe55a_hpo", "Summers replied", "Summers");
        assertEquals("PERSON", replied.type());
        assertEquals(summers, replied.entity());
        assertEquals(summers, entityOf("2010_df5fe55a_hpo", "Summers himself", "Summers"));
        // a month in the same source stays a date
        assertEquals("DATE", mentionAt(corpus, "2010_df5fe55a_hpo", "Summers himself", "September").type());
    }
}
