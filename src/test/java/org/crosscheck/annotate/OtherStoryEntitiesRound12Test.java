package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionsOf;
import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Entity rules of round 12, each on the passage it was found in, as the outlet wrote it: BASIL 2013_84678e18 (Lois
 * Lerner invokes the Fifth Amendment; Fox, HuffPost, NYT), two Reuters-21578 articles (reuters-00203, Fed data
 * suggest a stable policy; reuters-00209, France's growth targets) and BASIL passages of the leftovers
 * ("Democrat-held", "FreedomWorks", "ForAmerica", "Our Lady of Guadalupe", "Gonzales v. Raich"). One corpus a story;
 * the leftovers' passages share one.
 */
class OtherStoryEntitiesRound12Test {
    static Corpus irs;
    static Corpus reuters;
    static Corpus leftovers;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        irs = TestCorpora.build(dir, "irs", Map.of("fox.txt", FOX_IRS, "hpo.txt", HPO_IRS, "nyt.txt", NYT_IRS));
        reuters = TestCorpora.build(dir, "reuters", Map.of("reuters-00203.txt", REUTERS_FED,
                "reuters-00209.txt", REUTERS_FRANCE));
        leftovers = TestCorpora.build(dir, "leftovers", Map.of("fox.txt", FOX_HOUSE, "nyt.txt", NYT_CANTOR,
                "fox2.txt", FOX_BACHMANN, "nyt2.txt", NYT_LAHOOD, "hpo.txt", HPO_FERGUSON, "hpo2.txt", HPO_COLORADO, "seed.txt", SEED_UKRAINE));
    }

    @Test
    void initialsOfANameSpeltTwoWaysAreThatName() {
        // Fox: "the Federal Elections Commission" twice, "the Federal Election Commission" once, "the FEC" twice;
        // the initials matched two rows (the variant merge joins the spellings only later), so "FEC" stood alone
        Entity fec = CorpusEntities.entity(irs, "Federal Elections Commission");
        assertEquals(fec.id(), mentionAt(irs, "fox", "Under her direction", "FEC").entity());
        assertEquals(fec.id(), mentionAt(irs, "fox", "at the Federal Election Commission and", "Federal Election Commission")
                .entity());
    }

    @Test
    void aNameCutAtItsAndIsOneOrganisation() {
        // HuffPost: "the House Oversight and Government Reform Committee" was "House Oversight" and "Government
        // Reform Committee"; "Oversight and Government Reform Committee spokesman Ali Ahmad" left "Oversight" out;
        // the NYT names it "the House Committee on Oversight and Government Reform"; "The Committee has been
        // contacted …" was a row of its own ("House" alone, "a House hearing", joins the two HuffPost names)
        Entity committee = CorpusEntities.entity(irs, "House Committee on Oversight and Government Reform");
        assertEquals(committee.id(), mentionAt(irs, "hpo", "plans to invoke the Fifth Amendment",
                "House Oversight and Government Reform Committee").entity());
        assertEquals(committee.id(), mentionAt(irs, "hpo", "spokesman Ali Ahmad",
                "Oversight and Government Reform Committee").entity());
        assertEquals(committee.id(), mentionAt(irs, "hpo", "The Committee has been contacted", "Committee")
                .entity());
        assertTrue(committee.sources().containsAll(List.of("hpo", "nyt")), committee.toString());
        assertTrue(CorpusEntities.find(irs, "House Oversight").isEmpty(), irs.entities().toString());
        // "at a House hearing" is the House, no White House (a first version joined them: the one body of the NYT
        // whose name ends in "House")
        assertTrue(!CorpusEntities.entity(irs, "White House").id().equals(
                mentionAt(irs, "nyt", "declined to testify at a House hearing", "House").entity()));
    }

    @Test
    void twoPartiesNamedWithAndAreTwoGroups() {
        // NYT: "Republicans and Democrats pressed ahead …" was one organisation of that name
        assertTrue(CorpusEntities.find(irs, "Republicans and Democrats").isEmpty(), irs.entities().toString());
        Mention rep = mentionAt(irs, "nyt", "pressed ahead", "Republicans");
        Mention dem = mentionAt(irs, "nyt", "pressed ahead", "Democrats");
        assertEquals(mentionAt(irs, "nyt", "But that upset other Republicans", "Republicans").entity(), rep.entity());
        assertEquals(mentionAt(irs, "nyt", "the senior Democrat", "Democrat").entity(), dem.entity());
    }

    @Test
    void aSuperlativeOpeningTheSentenceIsNoWordOfTheName() {
        // reuters-00203: "Latest Federal Reserve data suggest …" an organisation "Latest Federal Reserve"; without
        // "Latest", WordNet's synonyms make it the Fed of the rest of the article
        assertTrue(CorpusEntities.find(reuters, "Latest Federal Reserve").isEmpty(), reuters.entities().toString());
        Entity fed = CorpusEntities.entity(reuters, "Federal Reserve");
        assertEquals(fed.id(), mentionAt(reuters, "reuters-00203", "Fed Chairman Paul Volcker", "Fed").entity());
    }

    @Test
    void aNameClosedByAndCoIsAFirm() {
        // reuters-00203: "said Scott Winningham of J.S. Winningham and Co.": a person "J.S. Winningham" to NER
        Entity firm = CorpusEntities.entity(reuters, "J.S. Winningham and Co");
        assertEquals("ORGANIZATION", firm.type());
        assertEquals("PERSON", CorpusEntities.entity(reuters, "Scott Winningham").type());
    }

    @Test
    void anAcronymSetOffByCommasAfterAnOrganisationIsItsAcronym() {
        // reuters-00209: "forecast this week by the National Statistics Institute, INSEE, Marais said": two rows
        Entity insee = CorpusEntities.entity(reuters, "National Statistics Institute");
        assertEquals(insee.id(), mentionAt(reuters, "reuters-00209", "forecast this week", "INSEE").entity());
        // the name and its acronym, one mention each
        assertEquals(2, mentionsOf(reuters, insee).size(), mentionsOf(reuters, insee).toString());
    }

    @Test
    void aPartyFusedWithAParticipleIsAMentionOfThePartysMembers() {
        // Fox 2012: "to pick off those Democrat-held seats": a MISC row "Democrat-held" apart from the Democrats
        assertTrue(CorpusEntities.find(leftovers, "Democrat-held").isEmpty(), leftovers.entities().toString());
        Mention held = mentionAt(leftovers, "fox", "those Democrat-held seats", "Democrat");
        assertEquals(mentionAt(leftovers, "fox", "Democrats face an uphill battle", "Democrats").entity(),
                held.entity());
    }

    @Test
    void aNameJoinedFromEnglishWordsIsAnOrganisation() {
        // NYT 2014: "FreedomWorks, which has provided financial support …" a place to NER; Fox 2011: "head of the
        // Media Research Center and ForAmerica" a person
        assertEquals("ORGANIZATION", CorpusEntities.entity(leftovers, "FreedomWorks").type());
        assertEquals("ORGANIZATION", CorpusEntities.entity(leftovers, "ForAmerica").type());
        // a surname joined to its particle stays a person (NYT 2012: "Obama’s transportation secretary, Ray LaHood")
        assertEquals("PERSON", CorpusEntities.entity(leftovers, "Ray LaHood").type());
    }

    @Test
    void aSayingVerbWithContentOfItsOwnIsNoFrame() {
        // NYT: "As the official, Lois Lerner, appeared under subpoena before the House Committee on Oversight and
        // Government Reform, she sternly told her questioners that …": "told" a parataxis to the parser, taken for a
        // parenthetical frame ("Saying President Obama, he said, was …"), which kept Lerner from "she"
        assertEquals(CorpusEntities.entity(irs, "Lois Lerner").id(),
                mentionAt(irs, "nyt", "she sternly told her questioners", "she").entity());
    }

    @Test
    void aCourtCaseIsOneName() {
        // HuffPost 2014: "existing jurisprudence (Gonzales v. Raich 2005) holds …": two people "Gonzales", "Raich"
        Entity raich = CorpusEntities.entity(leftovers, "Gonzales v. Raich");
        assertEquals("MISC", raich.type());
        assertTrue(CorpusEntities.find(leftovers, "Raich").isEmpty(), leftovers.entities().toString());
    }

    @Test
    void aPlaceEndingANameOfCapitalisedWordsIsPartOfIt() {
        // HuffPost 2014: "Rev. John Paul Hopping of Our Lady of Guadalupe, told HuffPost": "Guadalupe" a city
        assertEquals("ORGANIZATION", CorpusEntities.entity(leftovers, "Our Lady of Guadalupe").type());
        assertTrue(CorpusEntities.find(leftovers, "Guadalupe").isEmpty(), leftovers.entities().toString());
        // a country stays itself (seeds 003; a first version made "Foreign Affairs of Ukraine" one organisation)
        Mention ukraine = mentionAt(leftovers, "seed", "Minister of Foreign Affairs of Ukraine", "Ukraine");
        assertEquals("COUNTRY", leftovers.entities().stream().filter(e -> e.id().equals(ukraine.entity()))
                .findFirst().orElseThrow().type());
    }

    static final String FOX_IRS = """
            IRS official who refused to testify facing more scrutiny over scandal, past

            Members of Congress are calling her evasive, and question why she didn't reveal the program sooner -- \
            plus her history at the Federal Elections Commission is coming under scrutiny.

            In the 1990's, Lerner also served as chief of enforcement at the Federal Elections Commission.

            Under her direction, the FEC undertook the largest enforcement action in its history -- suing the \
            Christian Coalition for violating campaign laws. The Christian Coalition won, but in one deposition, FEC \
            lawyers asked a defendant if televangelist Pat Robertson prayed for him.

            "She was in effect being promoted for what she had done at the Federal Election Commission and now was \
            going to be expected ... to replicate that at the IRS and now we know that's exactly what happened," he \
            said.
            """;

    static final String HPO_IRS = """
            Lois Lerner, IRS Scandal Figure, Will Invoke Fifth Amendment At Oversight Hearing

            Lois Lerner, the director of the exempt organizations unit at the Internal Revenue Service, plans to \
            invoke the Fifth Amendment during her expected testimony before the House Oversight and Government \
            Reform Committee on Wednesday, the Los Angeles Times reports.

            “The Committee has been contacted by Ms. Lerner’s lawyer who stated that his client intended to invoke \
            her 5th amendment right and refuse to answer questions,” Oversight and Government Reform Committee \
            spokesman Ali Ahmad said in a statement.
            """;

    static final String NYT_IRS = """
            I.R.S. Official Invokes 5th Amendment at Hearing

            WASHINGTON — The Internal Revenue Service official who first disclosed that the agency had targeted \
            conservative groups for special scrutiny, and in doing so ignited a controversy that has ensnared the White \
            House, denied on Wednesday that she had ever provided false information to Congress. She then invoked her \
            Fifth Amendment right against self-incrimination and declined to testify at a House hearing on the \
            agency’s actions.

            As the official, Lois Lerner, appeared under subpoena before the House Committee on Oversight and \
            Government Reform, she sternly told her questioners that accusations that she had misled Congress in \
            previous testimony were false.

            After she refused on Wednesday to say anything more to the committee, despite attempts by Representative \
            Darrell Issa of California, the committee’s Republican chairman, to persuade her otherwise, Mr. Issa tried \
            to dismiss her and her lawyer. But that upset other Republicans, who said that Ms. Lerner should not be \
            let go so quickly.

            The committee also heard testimony from Douglas H. Shulman, the former I.R.S. commissioner; Neal S. \
            Wolin, the deputy secretary of the Treasury Department; and J. Russell George, the Treasury inspector \
            general who looked into the accusations of targeting. And as the hearing continued, Republicans and \
            Democrats pressed ahead with one point on which they agree these days: that an inept I.R.S. had committed \
            serious misdeeds.

            Representative Elijah E. Cummings of Maryland, the senior Democrat on the committee, also scolded the \
            agency.
            """;

    static final String REUTERS_FED = """
            FED DATA SUGGEST STABLE U.S. MONETARY POLICY

            Latest Federal Reserve data suggest that the central bank voted to maintain the existing degree of \
            pressure on banking reserves at its regular policy-making meeting two weeks ago, money market economists \
            said.

            Fed Chairman Paul Volcker told a Congressional committee last Thursday that the Fed's policy "has been \
            unchanged up to today."

            "There were wire problems at two large banks on Tuesday and Wednesday, so I am not too bothered about the \
            borrowings," said Scott Winningham of J.S. Winningham and Co. The Wednesday average rose to 946 mln dlrs \
            from 148 mln a week earlier.
            """;

    static final String REUTERS_FRANCE = """
            FRANCE FACES PRESSUE TO CHANGE POLICIES

            Both Marais and Develle said they agreed with that, so long as the government kept wages under control.

            Prices could rise 1.5 per cent in the first three months of 1987 and two per cent in the first half year, \
            fractionally more than forecast this week by the National Statistics Institute, INSEE,  Marais said. But \
            the second half year should be better, he added.
            """;

    static final String FOX_HOUSE = """
            Boehner: '1-in-3 chance' Republicans could lose House in November

            Democrats face an uphill battle in their efforts to take back the House, where Republicans hold a \
            242-190 seat advantage.

            But while Republicans have several opportunities to pick off those Democrat-held seats, three races in \
            particular could undermine those potential gains for the GOP.
            """;

    static final String NYT_CANTOR = """
            Idaho Republican, Appealing to Right, Enters Race to Replace Cantor

            FreedomWorks, which has provided financial support for Tea Party candidates, immediately began trying to \
            generate support for Mr. Labrador through its websites and email lists.
            """;

    static final String FOX_BACHMANN = """
            Bachmann Newsweek Cover Goes for Insult But Gets Criticism in Return

            Brent Bozell, head of the Media Research Center and ForAmerica, said he's not surprised by the magazine \
            cover.
            """;

    static final String NYT_LAHOOD = """
            Obama Taunts G.O.P. for Ignoring Jobs Bill

            Obama’s transportation secretary, Ray LaHood, a former Republican congressman from Illinois, appeared with \
            him at the Key Bridge and then went to the Capitol to meet with lawmakers.
            """;

    static final String HPO_FERGUSON = """
            Eric Holder Hears From The People Of Ferguson Face To Face

            “We didn’t know it was Eric Holder [coming],” Rev. John Paul Hopping of Our Lady of Guadalupe, told \
            HuffPost. “They were really nice and they were really listening.”
            """;

    static final String HPO_COLORADO = """
            Nebraska, Oklahoma File Federal Suit Against Colorado Over Marijuana Legalization

            "Despite the compelling case for legalization, and progress toward legalization at the state level, \
            ultimate success is not assured," Miron wrote. "Federal law still prohibits marijuana, and existing \
            jurisprudence (Gonzales v. Raich 2005) holds that federal law trumps state law when it comes to marijuana \
            prohibition."
            """;

    static final String SEED_UKRAINE = """
            Ukraine Captures Chinese Nationals in Russian Army, Demands Explanation from Beijing

            The Ukrainian President has instructed the Minister of Foreign Affairs to immediately contact Beijing, \
            seeking clarification on China's reaction to the situation. "I have instructed the Minister of Foreign \
            Affairs of Ukraine to immediately contact Beijing and find out how China is going to react to this."
            """;
}
