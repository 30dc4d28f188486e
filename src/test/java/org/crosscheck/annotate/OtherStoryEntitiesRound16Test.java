package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 16, on the passages they were found in: the BBC's reports of Malcolm Glazer's bid for
 * Manchester United (business 209, 224, 242; sport 124), one corpus, and Reuters-21578's reuters-00319 as a guard.
 */
class OtherStoryEntitiesRound16Test {
    static Corpus glazer;
    static Corpus leftovers;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        glazer = TestCorpora.build(dir, "glazer", Map.of("bbc-business-209.txt", BBC_209, "bbc-business-224.txt",
                BBC_224, "bbc-business-242.txt", BBC_242, "bbc-sport-124.txt", SPORT_124, "reuters-00319.txt",
                REUTERS_319));
        leftovers = TestCorpora.build(dir, "leftovers", Map.of("bbc-111.txt", BBC_111, "2010_97b1305c_hpo.txt",
                HPO_97B1305C));
    }

    @Test
    void initialsOfAPersonTheSourceNamesInFullAreThatPerson() throws IOException {
        // "The whole essence of what RKS represents is Euroscepticism" (a reader's comment in BBC politics 293, an
        // organisation to NER on the whole article only): read from the corpus when it is there
        Path article = Path.of("../shared/corpora/bbc/politics/293.txt");
        Assumptions.assumeTrue(Files.isRegularFile(article), article + " is absent: skipped");
        Corpus c = TestCorpora.build(dir, "rks", Map.of("bbc-293.txt", Files.readString(article)));
        Entity rks = CorpusEntities.entity(c, "Robert Kilroy-Silk");
        assertEquals(rks.id(), mentionAt(c, "bbc-293", "The whole essence", "RKS").entity());
        assertEquals("PERSON", mentionAt(c, "bbc-293", "The whole essence", "RKS").type());
        // an organisation's initials stay its own: UKIP is no one's
        assertTrue(!CorpusEntities.entity(c, "UKIP").type().equals("PERSON"));
    }

    @Test
    void aRegionAfterATownAndAComma() {
        // "at a public meeting in Hinckley, Leicestershire last week" (111): an organisation to NER
        assertEquals("STATE_OR_PROVINCE", mentionAt(leftovers, "bbc-111", "public meeting in Hinckley",
                "Leicestershire").type());
    }

    @Test
    void thePronounOfTheNextFrameOutweighsTheListOfFirstNames() {
        // "“…,” said Hilary Shelton, director of the NAACP's Washington bureau. | “I hope it will empower …,” he
        // said." (HuffPost): "Hilary" a woman's name to the list, so "he" went to Chris Fleming, named before
        Entity shelton = CorpusEntities.entity(leftovers, "Hilary Shelton");
        assertEquals(shelton.id(), mentionAt(leftovers, "2010_97b1305c_hpo", "I hope it will empower", "he")
                .entity());
    }

    @Test
    void aNameTheTextCallsAFirmOrAClubIsAnOrganisation() {
        // "accountancy firm Grant Thornton": a person to NER
        assertEquals("ORGANIZATION", mentionAt(glazer, "bbc-business-242", "accountancy firm", "Grant Thornton")
                .type());
        // "Rival local club Manchester City": a place to NER
        assertEquals("ORGANIZATION", mentionAt(glazer, "bbc-business-224", "Rival local club", "Manchester City")
                .type());
        // "NM Rothschild, the investment bank, …": a state "NM" and a MISC "Rothschild" to NER, one name
        assertEquals("ORGANIZATION", mentionAt(glazer, "bbc-business-209", "the investment bank", "NM Rothschild")
                .type());
        assertTrue(CorpusEntities.find(glazer, "NM").isEmpty(), glazer.entities().toString());
        // guards: a person's trade before a name ("Bombay broker Dinesh Walji"), a person after "club manager"
        assertEquals("PERSON", mentionAt(glazer, "reuters-00319", "Bombay broker", "Dinesh Walji").type());
        assertEquals("PERSON", mentionAt(glazer, "bbc-business-209", "club manager", "Alex Ferguson").type());
    }

    @Test
    void oneFullNameTypedAPersonAndAPlaceIsThePerson() {
        // "Rio Ferdinand told BBC Radio Five Live" (242): a LOCATION, a row apart from sport 124's person before
        Entity rio = CorpusEntities.entity(glazer, "Rio Ferdinand");
        assertEquals("PERSON", rio.type());
        assertEquals(rio.id(), mentionAt(glazer, "bbc-business-242", "told BBC Radio Five Live", "Rio Ferdinand")
                .entity());
        assertEquals(rio.id(), mentionAt(glazer, "bbc-sport-124", "has said he is unsure", "Rio Ferdinand")
                .entity());
        assertEquals("PERSON", mentionAt(glazer, "bbc-business-242", "told BBC Radio Five Live", "Rio Ferdinand")
                .type());
    }

    @Test
    void aShortFormWithAContractedWordIsTheLongName() {
        // "The board of Man Utd is expected to meet" (209): a person "Man Utd" to NER, a row of its own before
        Entity united = CorpusEntities.entity(glazer, "Manchester United");
        assertEquals(united.id(), mentionAt(glazer, "bbc-business-209", "The board of Man Utd", "Man Utd").entity());
        assertEquals("ORGANIZATION", mentionAt(glazer, "bbc-business-209", "The board of Man Utd", "Man Utd").type());
        assertTrue(MentionRepairs.contraction("utd", "united"));
        assertTrue(MentionRepairs.contraction("dept", "department"));
        assertTrue(!MentionRepairs.contraction("uni", "united") && !MentionRepairs.contraction("utd", "unit"));
    }

    @Test
    void aPronounInAQuotationGoingOnIsNotItsSpeaker() {
        // "“I do not think …,” he told the BBC. “They can complain … They may not want him but they are going to get
        // him.”": both "him" were David Cummings's, who speaks; the only other man the passage names is Glazer
        Entity glazerRow = CorpusEntities.entity(glazer, "Malcolm Glazer");
        for (org.crosscheck.model.Mention m : glazer.mentions()) {
            if (m.source().equals("bbc-business-209") && m.pronoun() && m.text().equals("him")) {
                assertEquals(glazerRow.id(), m.entity(), m.toString());
            }
        }
        // the speaker's own "he" of the frame stays his
        assertEquals(CorpusEntities.entity(glazer, "David Cummings").id(),
                mentionAt(glazer, "bbc-business-209", "he told the BBC", "he").entity());
    }

    @Test
    void thePronounRightAfterANameOutweighsTheListOfFirstNames() {
        // "Rio Ferdinand has said he is unsure": "Rio" a woman's name to CoreNLP's list, so the "he" was no one's
        assertEquals(CorpusEntities.entity(glazer, "Rio Ferdinand").id(),
                mentionAt(glazer, "bbc-sport-124", "has said he is unsure", "he").entity());
    }

    static final String BBC_111 = """
            Kilroy launches 'Veritas' party

            Mr Kilroy-Silk announced his decision to quit UKIP at a public meeting in Hinckley, Leicestershire \
            last week. It came after months of tension as he vied unsuccessfully for the leadership of that party.
            """;

    static final String HPO_97B1305C = """
            KANSAS CITY, Mo. — Leaders of the country's largest civil rights organization accused tea party \
            activists on Tuesday of tolerating bigotry and approved a resolution condemning racism within the \
            political movement.

            The resolution was adopted during the annual convention in Kansas City of the National Association for \
            the Advancement of Colored People, spokesman Chris Fleming said. Tea party organizers disputed claims of \
            racism and called on the NAACP to withdraw the resolution.

            Debate was mostly closed to the public, but the final version "calls on the tea party and all people of \
            good will to repudiate the racist element and activities within the tea party," said Hilary Shelton, \
            director of the NAACP's Washington bureau.

            "I hope it will empower the tea party to actually look at itself and see that there are those who are \
            noticing things that I think most tea partiers don't want," he said.
            """;

    static final String BBC_209 = """
            Mixed reaction to Man Utd offer

            Shares in Manchester United were up over 5% by noon on Monday following a new offer from Malcolm Glazer.

            The board of Man Utd is expected to meet early this week to discuss the latest proposal from the US \
            tycoon that values the club at £800m ($1.5bn). Manchester United revealed on Sunday that it had received \
            a detailed proposal from Mr Glazer. A senior source at the club told the BBC: "This time it's \
            different". The board is obliged to consider this deal. But the Man Utd supporters club urged the club \
            to reject the new deal. Manchester United past and present footballers Eric Cantona and Ole Gunnar \
            Solskjaer, and club manager Sir Alex Ferguson, have lent their backing to the supporters' group, \
            Shareholders United. They have all spoken out against the bid.

            Mr Glazer's latest move is being led by Mr Glazer's two sons, Avi and Joel, according to the Financial \
            Times. A proposal was received by David Gill, United's chief executive, at the end of last week, \
            pitched at about 300p a share. David Cummings, head of UK equities for Standard Life Investments, said \
            he believed a "well funded" 300p a share bid would be enough for Mr Glazer to take control of the club. \
            "I do not think there is anything that Manchester United fans can do about it," he told the BBC. "They \
            can complain about it but it is curtains for them. They may not want him but they are going to get him."

            Mr Glazer and his family hold a stake of 28.1%. But it is not yet known whether Mr McManus and Mr \
            Magnier would support a Glazer bid. NM Rothschild, the investment bank, is advising Mr Glazer, \
            according to the Financial Times. His previous adviser, JPMorgan, quit last year when Mr Glazer went \
            ahead and voted against the appointment of three United directors to the board, against its advice.
            """;

    static final String BBC_224 = """
            Man Utd to open books to Glazer

            Manchester United's board has agreed to give US tycoon Malcolm Glazer access to its books.

            Many of Manchester United's supporters own shares in the club, and the fan-based group Shareholders \
            United is strongly opposed to any takeover by Mr Glazer. About 300 fans protested outside the Old \
            Trafford ground two days ago.

            Rival local club Manchester City has pleaded with visiting fans not to protest inside its ground when \
            the two teams play a televised match on Sunday.
            """;

    static final String BBC_242 = """
            Q&A: Malcolm Glazer and Man Utd

            The battle for control of Manchester United has taken another turn after the club confirmed it had \
            received a fresh takeover approach from US business tycoon Malcolm Glazer.

            Supporters' group Shareholders United - which has proved adept in rallying opposition to Mr Glazer's \
            campaign - said it would fight any move. "Manchester United are a debt-free company. We don't want to \
            fall into debt and we don't need to fall into debt," Shareholders United's Sean Bones told the BBC. \
            United's players also appear unhappy at the prospect of a takeover. "A lot of people want the club's \
            interest to be with people who have grown up with the club and got its interests at heart," Rio \
            Ferdinand told BBC Radio Five Live. "No-one knows what this guy will be bringing to the table."

            The key to any successful bid will be attracting the support of United's largest shareholders, the \
            Irish horse racing tycoons John Magnier and JP McManus. Through their Cubic Expression vehicle they own \
            28.9% of the club. Mr Glazer owns 28.1%. Joe McLean, a football specialist at accountancy firm Grant \
            Thornton, said the support of Mr Magnier and Mr McManus was "utterly crucial".
            """;

    static final String SPORT_124 = """
            Ferdinand casts doubt over Glazer

            Rio Ferdinand has said he is unsure of Malcolm Glazer's motives after the American billionaire launched \
            a new offer to buy Manchester United.

            The club have confirmed that the Glazer Family Partnership have submitted proposals of a third bid. "A \
            lot of people want the club's interest to be with people who have grown up with the club and have got \
            its interests at heart," said Ferdinand. "No one knows what this guy will be bringing to the table." The \
            central defender added on BBC Radio Five Live: "We will have to wait and see what Glazer comes with.
            """;

    static final String REUTERS_319 = """
            Brokers said stock market investors have started selling long-term portfolios to take advantage of a \
            proposal in the budget that reduces the holding period required to claim exemption from the capital \
            gains tax to one year from three.

            Delhi stockbroker B. D. Aggarwal said, "There is uncertainty in the market. There is going to be \
            growing selling pressure."

            But Bombay broker Dinesh Walji said the present hectic selling of shares will slow when more buyers \
            appear on the scene. "Just now there is acute nervousness in the market," he said.
            """;
}
