package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.entity;
import static org.crosscheck.annotate.CorpusEntities.find;
import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.crosscheck.annotate.CorpusEntities.mentionsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 15, each on the passage it was found in, as the outlet wrote it: BBC entertainment on the
 * 2005 Oscars (064, 078, 081, 086), one corpus; HuffPost on Lois Lerner's pleading the Fifth (BASIL
 * 2013_84678e18); BBC business on the WorldCom trial (059); and guards on Fox's report on the Benghazi cable (BASIL
 * 2013_1bb79cc1).
 */
class OtherStoryEntitiesRound15Test {
    static Corpus oscars;
    static Corpus guards;
    static Corpus lerner;
    static Corpus worldcom;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        oscars = TestCorpora.build(dir, "oscars", Map.of("bbc-064.txt", BBC_064, "bbc-078.txt", BBC_078,
                "bbc-081.txt", BBC_081, "bbc-086.txt", BBC_086));
        guards = TestCorpora.build(dir, "guards", Map.of("fox.txt", FOX_BENGHAZI));
        lerner = TestCorpora.build(dir, "lerner", Map.of("hpo.txt", HPO_LERNER));
        worldcom = TestCorpora.build(dir, "worldcom", Map.of("bbc-059.txt", BBC_059));
    }

    @Test
    void aRoleNounAfterBestIsAPrizesCategoryNotATitle() {
        // "the best director prize", "named best supporting actress": NER tagged the nouns titles
        assertTrue(oscars.mentions().stream().noneMatch(m -> m.text().equals("actress")), oscars.mentions()::toString);
        assertTrue(oscars.mentions().stream().noneMatch(m -> m.source().equals("bbc-078")
                && m.text().equals("director")));
        // a title before a person's name stays
        assertEquals("TITLE", mentionAt(oscars, "bbc-064", "and director Mike Leigh", "director").type());
    }

    @Test
    void anAmountInCapitalisedWordsOpensAName() {
        // "Clint Eastwood's boxing drama Million Dollar Baby": an amount "Million Dollar" to NER, "Baby" left out
        var baby = entity(oscars, "Million Dollar Baby");
        assertEquals("MISC", baby.type());
        assertTrue(mentionsOf(oscars, baby).size() >= 6, mentionsOf(oscars, baby)::toString);
        assertFalse(find(oscars, "Million Dollar").isPresent());
    }

    @Test
    void aCapitalisedTitleAfterACapitalisedTheNamesAWork() {
        // "UK critics still favour The Aviator for best film": "Aviator" a title to NER; the sentence that opens
        // with "The Aviator" is the same work
        var aviator = entity(oscars, "The Aviator");
        assertEquals("MISC", aviator.type());
        assertEquals(aviator.id(), mentionAt(oscars, "bbc-064", "favour The Aviator", "The Aviator").entity());
        assertEquals(aviator.id(), mentionAt(oscars, "bbc-064", "leads the shortlist", "The Aviator").entity());
        assertFalse(find(oscars, "Aviator").isPresent());
    }

    @Test
    void theNameBeforeStarAndAPersonIsAWork() {
        // "Vera Drake star Imelda Staunton", "Ray star Jamie Foxx", "Sideways star Thomas Hayden Church"
        assertEquals("MISC", mentionAt(oscars, "bbc-086", "Vera Drake star Imelda Staunton", "Vera Drake").type());
        assertEquals("MISC", mentionAt(oscars, "bbc-086", "Ray star Jamie Foxx", "Ray").type());
        assertEquals("MISC", mentionAt(oscars, "bbc-086", "Sideways star Thomas Hayden Church", "Sideways").type());
        assertEquals("PERSON", mentionAt(oscars, "bbc-086", "Vera Drake star Imelda Staunton", "Imelda Staunton")
                .type());
    }

    @Test
    void aPersonsNameEndsBeforeAPreposition() {
        // "for his performance as Ray Charles in Ray": one person "Ray Charles in Ray" to NER
        Mention charles = mentionAt(oscars, "bbc-078", "as Ray Charles in Ray", "Ray Charles");
        assertEquals(entity(oscars, "Ray Charles").id(), charles.entity());
        assertFalse(find(oscars, "Ray Charles in Ray").isPresent());
        assertEquals("MISC", mentionAt(oscars, "bbc-078", "as Ray Charles in Ray", "Ray").type());
    }

    @Test
    void aPossessiveEndingOpensNoName() {
        // "at Hollywood's Kodak Theatre": "'s Kodak Theatre" once, apart from "Kodak Theatre"
        assertEquals(entity(oscars, "Kodak Theatre").id(),
                mentionAt(oscars, "bbc-078", "Hollywood's Kodak Theatre", "Kodak Theatre").entity());
    }

    @Test
    void aWordTaggedAThingMoreOftenIsThatThing() {
        // "the best actress Oscar at Bet 365": a person "Oscar" to NER, the award in every other place
        assertEquals(entity(oscars, "Oscars").id(), mentionAt(oscars, "bbc-086", "best actress Oscar", "Oscar")
                .entity());
    }

    @Test
    void aFirstNameAndSurnameInAListOfPeopleIsAPerson() {
        // "Former Academy Award winners Gwyneth Paltrow, Dustin Hoffman and Halle Berry": a place to NER
        assertEquals("PERSON", entity(oscars, "Gwyneth Paltrow").type());
        // an organisation in a list whose other name NER first took for a person ("Ansar" and "Al" are first
        // names of CoreNLP's list) stays: a first version made Al Qaeda a person
        assertEquals("ORGANIZATION",
                mentionAt(guards, "fox", "the presence of Al Qaeda and Ansar al-Sharia", "Al Qaeda").type());
    }

    @Test
    void aCapitalisedOrdinalAfterTheBeforeNoNounIsAName() {
        // "Lerner announced her plans to plead the Fifth" (HuffPost, BASIL 2013_84678e18): an ORDINAL to NER
        assertEquals("MISC", mentionAt(lerner, "hpo", "plans to plead the Fifth", "Fifth").type());
        assertEquals("MISC", mentionAt(lerner, "hpo", "will be pleading the Fifth", "Fifth").type());
    }

    @Test
    void aNameAfterAPluralCommonNounIsNoOnePersons() {
        // "external auditors Arthur Andersen had approved WorldCom's accounting" (BBC business 059): a person to NER
        assertEquals("ORGANIZATION", mentionAt(worldcom, "bbc-059", "external auditors Arthur Andersen",
                "Arthur Andersen").type());
        assertEquals("ORGANIZATION", mentionAt(worldcom, "bbc-059", "Andersen had given", "Andersen").type());
        // a person after a singular noun stays a person
        assertEquals("PERSON", mentionAt(worldcom, "bbc-059", "former WorldCom chief Bernie Ebbers",
                "Bernie Ebbers").type());
    }

    static final String HPO_LERNER = """
            Lois Lerner, the director of the exempt organizations unit at the Internal Revenue Service, plans to invoke \
            the Fifth Amendment during her expected testimony before the House Oversight and Government Reform Committee \
            on Wednesday, the Los Angeles Times reports.

            Lerner announced her plans to plead the Fifth during her testimony in a letter from her lawyer, William \
            Taylor III, to the committee. "She has not committed any crime or made any misrepresentation but under the \
            circumstances she has no choice but to take this course," the letter addressed to Chairman Darrell Issa \
            (R-Calif.) reads, according to the Los Angeles Times.

            Since she will be pleading the Fifth, Taylor has asked the committee that she be excused from testifying. \
            The letter from Taylor states that her testimony would "have no purpose other than to embarrass or burden \
            her."
            """;

    static final String BBC_059 = """
            Worldcom ex-boss launches defence

            Lawyers defending former WorldCom chief Bernie Ebbers against a battery of fraud charges have called a \
            company whistleblower as their first witness.

            Prosecution lawyers have argued that Mr Ebbers orchestrated a series of accounting tricks at WorldCom, \
            ordering employees to hide expenses and inflate revenues to meet Wall Street earnings estimates. But Ms \
            Cooper, who now runs her own consulting business, told a jury in New York on Wednesday that external \
            auditors Arthur Andersen had approved WorldCom's accounting in early 2001 and 2002. She said Andersen had \
            given a "green light" to the procedures and practices used by WorldCom. Mr Ebber's lawyers have said he was \
            unaware of the fraud, arguing that auditors did not alert him to any problems.
            """;

    static final String FOX_BENGHAZI = """
            Cable warned of militias in Benghazi

            The cable, sent under Ambassador Chris Stevens' signature and marked SECRET, warned the office of \
            Secretary of State Clinton that the CIA advised "ten Islamist militias and AQ training camps (were) \
            within Benghazi."

            In addition to identifying the presence of Al Qaeda and Ansar al-Sharia in Benghazi, the groups \
            ultimately blamed for the assault, a key section of the cable, which remains classified, seemed to \
            foreshadow the attack itself.
            """;

    static final String BBC_064 = """
            Hollywood ready for Oscars night

            Hollywood is preparing for the biggest night in the film world's calendar, the 77th Academy Awards, on \
            Sunday.

            A host of stars are expected to grace the red carpet outside Los Angeles' Kodak Theatre, including Johnny \
            Depp, Cate Blanchett and Leonardo DiCaprio. British actors in attendance include nominees Clive Owen, Imelda \
            Staunton, Kate Winslet and director Mike Leigh. The Aviator leads the shortlist, but critics believe the \
            night may belong to Clint Eastwood's Million Dollar Baby. A recent poll of US pundits found Eastwood's \
            boxing drama had become the new favourite to win best film over the Howard Hughes biopic.

            If the 74-year-old does win, he will become the oldest person ever to be named best director at the \
            ceremony. UK critics still favour The Aviator for best film, but believe the best director title will \
            generate a close fought battle between Eastwood and Martin Scorsese.
            """;

    static final String BBC_078 = """
            Baby becomes new Oscar favourite

            Clint Eastwood's boxing drama Million Dollar Baby has become the new favourite to win best picture at the \
            Oscars on Sunday.

            According to pundits, the film has overtaken previous favourite The Aviator, with Eastwood also tipped to \
            take the best director award. Its star Hilary Swank is favourite to win best actress while Jamie Foxx is \
            tipped to win best actor for Ray. Million Dollar Baby has seven nominations while The Aviator has 11. The \
            Aviator has scored a best director nomination for Martin Scorsese, who has never won an Oscar, while stars \
            Leonardo DiCaprio and Cate Blanchett are both nominated for acting Oscars.

            "If you look at the Oscars race, The Aviator should be ahead," said awards pundit Tom O'Neil. "It is the \
            most nominated film, and the most nominated movie has won best picture 18 times out of the last 20 years. \
            "But the reality is Million Dollar Baby is the dark horse. People feel emotionally about it and Clint is a \
            beloved Hollywood chum of the Academy voters," he said. Anne Thompson of the Hollywood Reporter said that \
            Million Dollar Baby was "heart-wrenching". "It's very emotional, it even makes grown men cry," she said. \
            "The Aviator is a gorgeous movie, but it's colder."

            In the acting categories, Foxx is regarded as almost unbeatable for his performance as Ray Charles in Ray. \
            "The performance is based on a real person who was a showbusiness hero with a handicap, who recently died," \
            O'Neil said. "He has unstoppable momentum among the voters." Hilary Swank is the favourite to win best \
            actress for the second time in six years. She previously won in 1999 for her performance in Boys Don't Cry. \
            In the supporting categories, Cate Blanchett is tipped to win for her performance as Katharine Hepburn in \
            The Aviator, while Morgan Freeman is favourite to take home his first ever Oscar, for Million Dollar Baby. \
            The Oscars will take place at Hollywood's Kodak Theatre on 27 February.
            """;

    static final String BBC_081 = """
            Oscars race enters final furlong

            The race for the Oscars entered its final stages as the deadline for voters to choose their winners passed.

            The 5,808 Academy voters had until Tuesday afternoon to return their ballots - any late submissions will not \
            be included in the count. The next five days will be spent counting the voting forms and preparing the \
            winners' envelopes. Best actor nominee Leonardo DiCaprio is to present a statuette for the first time at the \
            LA ceremony on Sunday.

            The 30-year-old actor, who is nominated for playing Howard Hughes in The Aviator, will join other hopefuls \
            such as co-star Cate Blanchett, Natalie Portman and Kate Winslet as Oscar presenters. The only people who \
            will know the Oscar winners before they are revealed at the ceremony will be the auditors who are in charge \
            of looking after the ballot count.

            After collating the results, they are responsible for sealing the results in the famous golden envelopes \
            which will be revealed by a host of celebrity presenters at the ceremony. Former Academy Award winners \
            Gwyneth Paltrow, Dustin Hoffman and Halle Berry will also present prizes. The event at the Kodak Theatre \
            will be attended by 3,300 people, including some of the best-known names in film, and organisers say they \
            expect it will be watched on television by one billion people around the world. One current concern is the \
            torrential rain which has lashed Los Angeles for the past week, flooding suburbs and causing mudslides. It \
            is hoped the forecast for Sunday, for cool weather but no rain, will prove accurate. "The last time it \
            rained on Oscars night was in the mid-to-late 1980s," said Oscars communications director John Pavlik. "We \
            have had rain up until the day before the show many times, but for some reason the Oscar gods always shine \
            on Sunday and we hope they will do so again this year," he added.
            """;

    static final String BBC_086 = """
            Bookmakers back Aviator for Oscar

            The Aviator has been tipped by UK bookmakers as the favourite to win the best film award at this year's \
            Oscars.

            Ray star Jamie Foxx is clear favourite in the best actor category while Million Dollar Baby's Hilary Swank \
            is tipped to win the best actress prize. Bookmakers predict Cate Blanchett will be named best supporting \
            actress. William Hill and Ladbrokes have given The Aviator 4/9 and 8/13 odds of winning best film, with \
            Million Dollar Baby in second place at 9/4.

            Bet Direct and Bet 365 also tip The Aviator, with the majority of bookmakers regarding Finding Neverland as \
            the outsider. The Aviator is also widely tipped to win the best director prize for Martin Scorsese. British \
            star Clive Owen is second favourite at William Hill to take the best supporting actor award, for his \
            performance in Closer. The favourite in that category is Sideways star Thomas Hayden Church. Vera Drake star \
            Imelda Staunton has 5/1 odds of winning the best actress Oscar at Bet 365 and William Hill, ahead of fellow \
            UK star Kate Winslet who has odds of 25/1 at William Hill.

            Mike Leigh is the outsider in the best director category for Vera Drake, a position he holds jointly with \
            Ray's Taylor Hackford at bookmakers VC Bet. This year's Academy Awards will be handed out in Hollywood on 27 \
            February. X Factor judge Sharon Osbourne will present Sky television's live coverage of the event. \
            Meanwhile, Clive Owen's best supporting actor nomination has led a bookmaker to shorten his odds of becoming \
            the next James Bond. He has moved from 4/1 to 5/2 favourite to play 007, with Hugh Jackman and Ewan McGregor \
            joint second favourite. "Clive Owen's nomination has sparked a betting frenzy from James Bond fans, who feel \
            that his heightened global recognition will have done his chances of becoming the next Bond a world of \
            good," said William Hill spokesman Rupert Adams.
            """;
}
