package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 17, on the passages they were found in: the BBC's reports of the WorldCom trial (business
 * 059, 114), Reuters-21578's reuters-00340 and reuters-00386, and a BASIL passage (NYT 2014_c99adbdd) as a check.
 */
class OtherStoryEntitiesRound17Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round17", Map.of("bbc-business-059.txt", BBC_059, "bbc-business-114.txt",
                BBC_114, "reuters-00340.txt", REUTERS_340, "reuters-00386.txt", REUTERS_386, "2014_c99adbdd_nyt.txt",
                NYT_C99ADBDD));
    }

    private static List<Mention> inSentence(String source, String context, String word) {
        Mention first = mentionAt(corpus, source, context, word);
        return corpus.mentions().stream().filter(m -> m.source().equals(source) && m.sentence() == first.sentence()
                && m.text().equals(word)).toList();
    }

    @Test
    void aPronounInAPhraseBeforeTheSubjectIsTheSubject() {
        // "Speaking at the trial of his former boss Bernard Ebbers, Scott Sullivan said …" (114): no one's before
        Entity sullivan = CorpusEntities.entity(corpus, "Scott Sullivan");
        assertEquals(sullivan.id(), mentionAt(corpus, "bbc-business-114", "Speaking at the trial", "his").entity());
        // "After a week that left his presidency shaken and his popularity at a new low, Ronald Reagan and his new
        // chief of staff today begin …" (00386): both no one's before
        Entity reagan = CorpusEntities.entity(corpus, "Ronald Reagan");
        List<Mention> his = inSentence("reuters-00386", "After a week that left", "his");
        assertEquals(3, his.size(), his.toString());
        his.forEach(m -> assertEquals(reagan.id(), m.entity(), m.toString()));
        // "For his part, Mr. Boehner has remained firm …" (NYT): David Brat, named in the sentence before, before
        Entity boehner = CorpusEntities.entity(corpus, "John A. Boehner");
        assertEquals(boehner.id(), mentionAt(corpus, "2014_c99adbdd_nyt", "For his part", "his").entity());
    }

    @Test
    void anAgeIsANumber() {
        // "Gates, a 43-year old career spy agency bureaucrat" (00386): a DURATION to NER
        assertEquals("NUMBER", mentionAt(corpus, "reuters-00386", "career spy agency", "43-year old").type());
        // a span of years stays one: "Mr Ebbers could face a jail sentence of 85 years" (059)
        assertEquals("DURATION", mentionAt(corpus, "bbc-business-059", "jail sentence", "85 years").type());
    }

    @Test
    void anItalianCompanyNamedWithItsLegalFormIsTheNameWithout() {
        // "firms such as Fiat S.P.A." and "warns Fiat managing director Cesare Romiti" (00340): two rows before
        Entity fiat = CorpusEntities.entity(corpus, "Fiat S.P.A.");
        assertEquals(fiat.id(), mentionAt(corpus, "reuters-00340", "managing director", "Fiat").entity());
        // a word "Spa" is no legal form
        assertEquals("bath spa", Names.bareCompanyName("Bath Spa"));
    }

    @Test
    void aFirmNamedAfterAPersonIsCalledByTheSurname() {
        // "external auditors Arthur Andersen …" then "She said Andersen had given a "green light"" (059)
        Entity andersen = CorpusEntities.entity(corpus, "Arthur Andersen");
        assertEquals(andersen.id(), mentionAt(corpus, "bbc-business-059", "green light", "Andersen").entity());
        // the firm is no person of the same source
        assertNotEquals(andersen.id(), CorpusEntities.entity(corpus, "Cynthia Cooper").id());
    }

    static final String BBC_059 = """
            Worldcom ex-boss launches defence

            Lawyers defending former WorldCom chief Bernie Ebbers against a battery of fraud charges have called a \
            company whistleblower as their first witness.

            Cynthia Cooper, WorldCom's ex-head of internal accounting, alerted directors to irregular accounting \
            practices at the US telecoms giant in 2002. Her warnings led to the collapse of the firm following the \
            discovery of an $11bn (£5.7bn) accounting fraud. Mr Ebbers has pleaded not guilty to charges of fraud \
            and conspiracy.

            But Ms Cooper, who now runs her own consulting business, told a jury in New York on Wednesday that \
            external auditors Arthur Andersen had approved WorldCom's accounting in early 2001 and 2002. She said \
            Andersen had given a "green light" to the procedures and practices used by WorldCom. Mr Ebbers could \
            face a jail sentence of 85 years if convicted of all the charges he is facing.
            """;

    static final String BBC_114 = """
            WorldCom director admits lying

            The former chief financial officer at US telecoms firm WorldCom has admitted before a New York court \
            that he used to lie to fellow board members.

            Speaking at the trial of his former boss Bernard Ebbers, Scott Sullivan said he lied to the board to \
            cover up the hole in WorldCom's finances. Mr Ebbers is on trial for fraud and conspiracy in relation to \
            WorldCom's collapse in 2002. He pleads not guilty.
            """;

    static final String REUTERS_340 = """
            Profits of private sector firms such as Fiat S.P.A., <FIAT.M> and <ING. C. Olivetti and C. S.P.A.> are \
            booming, the major state industries are back in the black after years of losses, inflation has \
            nosedived and the trade and balance of payments deficits have been slashed.

            "We must not forget that ours is still a vulnerable economy," warns Fiat managing director Cesare Romiti.
            """;

    static final String REUTERS_386 = """
            After a week that left his presidency shaken and his popularity at a new low, Ronald Reagan and his new \
            chief of staff today begin trying to revive an administration tattered by the Iran-contra arms scandal.

            White House officials are checking to see how much support Gates, a 43-year old career spy agency \
            bureaucrat, would have if his nomination is submitted to the full Senate for a vote, Senate Republican \
            leader Robert Dole said.
            """;

    static final String NYT_C99ADBDD = """
            Mr. McCarthy has been preparing for months to move up from No. 3 in the Republican leadership to No. 2 in \
            the event that Speaker John A. Boehner of Ohio would retire after the November elections.

            Some grumbled that the campaign by the college professor David Brat to unseat Mr. Cantor had ousted the \
            one member of House Republican leadership willing to listen to the House’s most conservative members.

            For his part, Mr. Boehner has remained firm that he wanted to get it done quickly and minimize \
            disruption.
            """;
}
