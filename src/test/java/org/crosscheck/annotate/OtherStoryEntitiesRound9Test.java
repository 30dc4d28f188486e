package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionsOf;
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
 * Entity rules of round 9, each on the passage it was found in, as the outlet wrote it: BASIL 2014_22b6e900 (Bruce
 * Braley's remarks on Chuck Grassley; Fox, HuffPost, NYT) and two Reuters-21578 articles read in this round
 * (reuters-00045, ChemLawn and Waste Management's bid; reuters-00054, durable goods orders). One corpus a story.
 */
class OtherStoryEntitiesRound9Test {
    static Corpus braley;
    static Corpus chemlawn;
    static Corpus orders;
    static Corpus weiner;
    static Corpus tower;
    static Corpus bank;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        braley = TestCorpora.build(dir, "braley", Map.of("fox.txt", FOX_BRALEY, "hpo.txt", HPO_BRALEY,
                "nyt.txt", NYT_BRALEY));
        chemlawn = TestCorpora.build(dir, "chemlawn", Map.of("reuters-00045.txt", REUTERS_CHEMLAWN));
        orders = TestCorpora.build(dir, "orders", Map.of("reuters-00054.txt", REUTERS_ORDERS));
        bank = TestCorpora.build(dir, "bank", Map.of("reuters-00004.txt", REUTERS_BANK));
        tower = TestCorpora.build(dir, "tower", Map.of("reuters-00028.txt", REUTERS_TOWER));
        weiner = TestCorpora.build(dir, "weiner", Map.of("fox.txt", FOX_WEINER, "nyt.txt", NYT_WEINER));
    }

    @Test
    void aPronounIsNoOtherSubjectOfItsOwnVerb() {
        // HuffPost: the parser makes "Harkin" and "he" both subjects of "made"; "he" went to Harkin
        Entity harkin = CorpusEntities.entity(braley, "Tom Harkin");
        assertTrue(mentionsOf(braley, harkin).stream().noneMatch(Mention::pronoun),
                mentionsOf(braley, harkin).toString());
        Entity bruce = CorpusEntities.entity(braley, "Bruce Braley");
        assertTrue(mentionsOf(braley, bruce).stream().anyMatch(m -> m.pronoun() && m.source().equals("hpo")
                && m.text().equals("he")), mentionsOf(braley, bruce).toString());
    }

    @Test
    void aBodysKindBeforeItsNameIsNoPartOfIt() {
        // Fox: "the conservative super PAC America Rising"; NYT: "America Rising, a conservative political action
        // committee"
        Entity rising = CorpusEntities.entity(braley, "America Rising");
        assertEquals(List.of("fox", "nyt"), rising.sources(), rising.toString());
        assertEquals("America Rising", rising.name());
        assertTrue(CorpusEntities.find(braley, "PAC America Rising").isEmpty(), braley.entities().toString());
    }

    @Test
    void aCommitteeNamedWithoutItsParentIsTheOnlyOneWhereTheSourceNamesTheParent() {
        // NYT: "could become chairman of the Judiciary Committee" and "if his party takes control of the Senate";
        // Fox: "serve on the Senate Judiciary Committee"
        Entity committee = CorpusEntities.entity(braley, "Senate Judiciary Committee");
        assertEquals(committee, CorpusEntities.entity(braley, "Judiciary Committee"), braley.entities().toString());
        assertTrue(committee.sources().contains("nyt"), committee.toString());
    }

    @Test
    void twoSurnamesAfterAPersonAndOfAreHisFirm() {
        // Reuters: "Analyst Rosemarie Morbelli of Ingalls and Snyder said": NER a place "Ingalls", a person "Snyder"
        Entity firm = CorpusEntities.entity(chemlawn, "Ingalls and Snyder");
        assertEquals("ORGANIZATION", firm.type());
        assertTrue(CorpusEntities.find(chemlawn, "Snyder").isEmpty(), chemlawn.entities().toString());
        assertTrue(CorpusEntities.find(chemlawn, "Ingalls").isEmpty(), chemlawn.entities().toString());
    }

    @Test
    void initialsWithPeriodsKeepTheirLastPeriod() {
        // Reuters: "ServiceMaster Companies L.P. <SVM> or Rollins Inc <ROL>": the tokenizer ends a sentence there
        Entity sm = CorpusEntities.entity(chemlawn, "ServiceMaster Companies L.P.");
        assertEquals("ServiceMaster Companies L.P.", sm.name());
    }

    @Test
    void theOpeningWordsOfACompanyAreTheCompanyInItsSource() {
        // Reuters: "said David Wyss of Data Resources Inc." … "Data Resources' Wyss said" (untagged); "said Donald
        // Maude of Midland Montagu Capital Markets Inc." … "Midland Montagu's Maude said" (a place to NER)
        Entity dri = CorpusEntities.entity(orders, "Data Resources Inc.");
        assertEquals(2, dri.mentions(), dri.toString());
        Entity midland = CorpusEntities.entity(orders, "Midland Montagu Capital Markets Inc");
        assertEquals(midland, CorpusEntities.entity(orders, "Midland Montagu"), orders.entities().toString());
        assertEquals("ORGANIZATION", midland.type());
    }

    @Test
    void anHonorificGivesAGenderTheListOfFirstNamesLacks() {
        // BASIL 2011_c21cb217. Fox: "Cordova is just one of 198 people that Weiner follows on Twitter, though he has
        // nearly 50,000 followers." CoreNLP's list has no "Gennette", so "he" went to Gennette Cordova; the NYT's
        // "Ms. Cordova" says she is a woman
        Entity cordova = CorpusEntities.entity(weiner, "Gennette Cordova");
        assertTrue(mentionsOf(weiner, cordova).stream().noneMatch(m -> m.pronoun() && m.text().equals("he")),
                mentionsOf(weiner, cordova).toString());
        Entity anthony = CorpusEntities.entity(weiner, "Anthony Weiner");
        assertTrue(mentionsOf(weiner, anthony).stream().anyMatch(m -> m.pronoun() && m.source().equals("fox")
                && m.text().equals("he") && m.sentence() == mentionsOf(weiner, cordova).get(1).sentence()),
                mentionsOf(weiner, anthony).toString());
    }

    @Test
    void capitalisedWordsBeforeATitleBeforeANameAreWordsOfIt() {
        // Reuters-00028 (round 8's leftover): "former National Security Adviser Brent Scowcroft"; NER tagged
        // "Security Adviser"
        Entity adviser = CorpusEntities.entity(tower, "National Security Adviser");
        assertEquals("TITLE", adviser.type());
        assertTrue(CorpusEntities.find(tower, "Security Adviser").isEmpty(), tower.entities().toString());
    }

    @Test
    void anOrdinalOpeningACompanysNameIsPartOfIt() {
        // Reuters-00004 (round 8's leftover): "the immediate threat of the First Interstate Bancorp <I> takeover bid"
        // and "one of the major factors leading the First Interstate withdrawing its takeover bid"
        Entity fi = CorpusEntities.entity(bank, "First Interstate Bancorp");
        assertEquals(2, fi.mentions(), fi.toString());
        assertEquals(fi, CorpusEntities.entity(bank, "First Interstate"));
    }

    static final String REUTERS_BANK = """
            TALKING POINT/BANKAMERICA <BAC> EQUITY OFFER

                Banking analysts said that with the immediate threat of the
            First Interstate Bancorp <I> takeover bid gone, BankAmerica is
            under no pressure to sell the securities into a market that
            will be nervous on bank stocks in the near term.
                BankAmerica filed the offer on January 26. It was seen as
            one of the major factors leading the First Interstate
            withdrawing its takeover bid on February 9.
            """;

    static final String REUTERS_TOWER = """
            TOWER REPORT DIMINISHES REAGAN'S HOPES OF REBOUND

                The report, which lent credence to widespread opinion in
            Washington that Reagan is not in full command of the
            government, was particularly damaging because it was prepared
            by a board of the Republican president's own choosing.
                The three-member panel made up of Tower, former National
            Security Adviser Brent Scowcroft and former Secretary of State
            Edmund Muskie, does not carry the partisan taint of criticism
            from a Congress controlled by the Democratic party.
            """;

    static final String FOX_WEINER = """
            Rep. Weiner Denies Sending Lewd Photo, Can't Say Whether Image Is Him

            Rep. Anthony Weiner, in an interview with Fox News, said Wednesday he's certain he did not send a lewd \
            photo of somebody's bulging underwear to a college student via Twitter. But the congressman repeatedly \
            declined to say whether the picture was an image of him.

            The photo in question showed a close-up shot of a man's bulging underwear. It was deleted within minutes \
            of being sent. Breitbart's BigGovernment.com first reported that it was tweeted to a Seattle woman, later \
            identified as Gennette Cordova.

            Cordova is just one of 198 people that Weiner follows on Twitter, though he has nearly 50,000 followers.
            """;

    static final String NYT_WEINER = """
            Weiner Says He Did Not Post Lewd Photo

            He said he did not know the woman who received the photo, Gennette Cordova, a student at Whatcom \
            Community College in Bellingham, Wash.; she followed him on Twitter. He said he regretted that Ms. \
            Cordova was caught in the middle of the controversy. She issued a statement over the weekend saying she \
            had never met him, and she has not spoken out since.
            """;

    static final String FOX_BRALEY = """
            Dem running for Senate in Iowa mocks Grassley as farmer 'who never went to law school'

            Iowa Democratic Rep. Bruce Braley is under fire after a video surfaced Tuesday of him mocking Sen. Chuck \
            Grassley, R-Iowa, as a “farmer from Iowa who never went to law school” — in the middle of Braley’s \
            campaign for Senate in the state known for its agriculture industry.

            The video, which was posted online by the conservative super PAC America Rising, apparently shows Braley \
            speaking to a group of lawyers at a fundraiser in Texas.

            Braley says if elected to the Senate to replace retiring Democratic Sen. Tom Harkin, he would want to \
            serve on the Senate Judiciary Committee. He said Grassley, though, would likely become chairman of that \
            committee if Republicans take the Senate.
            """;

    static final String HPO_BRALEY = """
            Democratic Senate Candidate Faces Harsh Criticism Over Farmer Comments

            Rep. Bruce Braley (D-Iowa), who is running to succeed retiring Sen. Tom Harkin (D-Iowa), faced tough \
            local coverage Tuesday after critical comments he made about Sen. Chuck Grassley (R-Iowa) were made \
            public.

            At a January fundraiser in Texas, Braley urged the attorneys present to contribute to his campaign and \
            contrasted his background with Grassley's.
            """;

    static final String NYT_BRALEY = """
            Representative Apologizes for Criticizing Iowa Senator

            The latest candidate to learn the hard way was Representative Bruce Braley, an Iowa Democrat running for \
            Senate this year. Mr. Braley apologized to Senator Charles E. Grassley, Republican of Iowa, and “anyone I \
            may have offended” after video emerged of him warning that “a farmer from Iowa who never went to law \
            school, never practiced law” could become chairman of the Judiciary Committee.

            Mr. Braley is not running against Mr. Grassley, who plans to seek a seventh term in 2016. But as the \
            ranking Republican on the Judiciary Committee, Mr. Grassley could assume the chairmanship if his party \
            takes control of the Senate this year.

            America Rising, a conservative political action committee that has vowed to use videos and opposition \
            research to attack Democratic candidates, posted the footage on YouTube on Tuesday.
            """;

    static final String REUTERS_CHEMLAWN = """
            CHEMLAWN <CHEM> RISES ON HOPES FOR HIGHER BIDS

            ChemLawn Corp <CHEM> could attract a
            higher bid than the 27 dlrs per share offered by Waste
            Management Inc <WNX>, Wall Street arbitrageurs said.
                Arbitrageurs pointed out it is difficult to resist tender
            offers for any and all shares for cash. Schlang said ChemLawn
            could try to find a white knight if does not want to be
            acquired by Waste Management.
                Analyst Rosemarie Morbelli of Ingalls and Snyder said
            ServiceMaster Companies L.P. <SVM> or Rollins Inc <ROL> were
            examples of companies that could be interested.
            """;

    static final String REUTERS_ORDERS = """
            U.S. DATA POINT TO CAPITAL SPENDING SLOWDOWN

            "It's a rather gloomy outlook for the economy, said David
            Wyss of Data Resources Inc. "I'm particularly impressed by the
            19.7 pct drop in non-defense capital goods orders because it
            may be a sign that businesses are reacting more adversely to
            tax reform than we thought."
                "The report definitely points to very sluggish capital
            spending over the next couple of quarters," said Donald Maude
            of Midland Montagu Capital Markets Inc.
                Maude pointed to a continuing decline in order backlogs as
            evidence that the outlook for new orders is not improving.
                "It suggests orders in the pipeline are depleting, which
            may quickly translate to a drop in production," Midland
            Montagu's Maude said.
                "Given these numbers, there's no reason for the Fed to
            tighten," Data Resources' Wyss said.
            """;
}
