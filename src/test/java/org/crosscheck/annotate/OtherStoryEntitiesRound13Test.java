package org.crosscheck.annotate;

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
 * Entity rules of round 13, each on the passage it was found in, as the outlet wrote it: BASIL 2012_08bb9bee (Romney
 * asks Rep. Todd Akin to quit the Senate race over his "legitimate rape" remark; Fox) and two Reuters-21578 articles
 * (reuters-00223, Japanese institutions eye foreign stocks; reuters-00238, India's budget criticised). One corpus a
 * story.
 */
class OtherStoryEntitiesRound13Test {
    static Corpus akin;
    static Corpus guards;
    static Corpus reuters;
    static Corpus ferguson;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        akin = TestCorpora.build(dir, "akin", Map.of("fox.txt", FOX_AKIN));
        guards = TestCorpora.build(dir, "guards", Map.of("fox.txt", FOX_GRIMM, "fox2.txt", FOX_STEELE,
                "breitbart.txt", BREITBART_TAXES));
        reuters = TestCorpora.build(dir, "reuters", Map.of("reuters-00223.txt", REUTERS_JAPAN));
        ferguson = TestCorpora.build(dir, "ferguson", Map.of("fox.txt", FOX_FERGUSON, "nyt.txt", NYT_FERGUSON));
    }

    private static String idOf(String name) {
        return CorpusEntities.entity(akin, name).id();
    }

    @Test
    void aPronounInAnInfinitiveIsItsControllersWhoIsTheObject() {
        // "calling on Missouri Rep. Todd Akin to give up his bid … over his controversial comments": Akin gives up the
        // bid; both "his" were Romney's, the subject of the sentence
        String akinId = idOf("Todd Akin");
        assertEquals(akinId, mentionAt(akin, "fox", "to give up his bid", "his").entity());
        assertEquals(akinId, akin.mentions().stream().filter(m -> m.source().equals("fox") && m.text().equals("his")
                && m.sentence() == mentionAt(akin, "fox", "to give up his bid", "his").sentence())
                .skip(1).findFirst().orElseThrow().entity());
        // the infinitive's own subject is the subject of the verb it completes: "the Republican congressman continued
        // to hold his ground" is no case of the rule (no object)
        assertEquals(idOf("Mitt Romney"), mentionAt(akin, "fox", "Romney added his voice", "his").entity());
    }

    @Test
    void anObjectPronounIsNotItsOwnSubjectNamedInTheSentenceBefore() {
        // "Cornyn, according to the source, told him the party is concerned …": Cornyn's before (named again in the
        // sentence before, as the subject of "has told Akin"); condition B holds the person, not the token
        assertEquals(idOf("Todd Akin"), mentionAt(akin, "fox", "according to the source, told him", "him").entity());
    }

    @Test
    void aPronounInAQuotationIsNotItsSpeaker() {
        // ""What he said is just flat wrong …," McConnell said." was McConnell's, the one named in the sentence before
        assertEquals(idOf("Todd Akin"), mentionAt(akin, "fox", "What he said is just flat wrong", "he").entity());
        assertEquals(idOf("Mitch McConnell"), mentionAt(akin, "fox", "What he said is just flat wrong", "McConnell")
                .entity());
    }

    @Test
    void theGuardsOfTheFirstVersions() {
        // a quotation of a verb's own object is no report of a speaker: "The statement said Grimm "asserts his
        // innocence …"" (a first version gave "his" to Grimm's attorney, taking Grimm for the quotation's speaker)
        assertEquals(CorpusEntities.entity(guards, "Michael Grimm").id(),
                mentionAt(guards, "fox", "asserts his innocence", "his").entity());
        // "he asked members to join him": the members join, so the subject of "asked" (Steele, by "he") is who "him"
        // is; a first version took the subject of "asked" for the subject of "join" and left "him" with no one
        assertEquals(CorpusEntities.entity(guards, "Steele").id(),
                mentionAt(guards, "fox2", "asked members to join him", "him").entity());
        // a possessive standing for its noun is no object of its verb: "So why didn't Donald Trump pay his?" (PolNeAR
        // dev, Breitbart; a first version held Trump out as the subject of "pay" and gave "his" to Tim Kaine)
        assertEquals(CorpusEntities.entity(guards, "Donald Trump").id(),
                mentionAt(guards, "breitbart", "So why didn", "his").entity());
    }

    static final String BREITBART_TAXES = """
            The Latest: Trump's leaked taxes

            The clip says Kaine "has a passion for the defending the wrong people."

            Hillary Clinton has a new campaign ad hitting Donald Trump for not paying federal income tax.

            The 30-second spot, titled "Arrogant," features a New York Times report from over the weekend that nearly \
            $1 billion in Trump company losses in the mid-1990s may have enabled him to pay zero in federal income tax \
            for 15-plus years.

            "You work hard. You pay your taxes. So why didn't Donald Trump pay his?" a narrator in the Clinton ad asks.
            """;

    @Test
    void aPointOfTheCompassBeforeACountryIsOneNameWithIt() {
        // "invest in Britain, West Germany, France": "West" was a place of its own and Germany stood for West Germany
        Mention m = mentionAt(reuters, "reuters-00223", "will now invest in Britain", "West Germany");
        Entity wg = CorpusEntities.entity(reuters, "West Germany");
        assertEquals(wg.id(), m.entity());
        assertEquals("COUNTRY", wg.type());
        assertEquals(2, CorpusEntities.mentionsOf(reuters, wg).size());
        assertTrue(CorpusEntities.find(reuters, "West").isEmpty(), reuters.entities().toString());
        assertTrue(CorpusEntities.find(reuters, "Germany").isEmpty(), reuters.entities().toString());
    }

    @Test
    void aStatesBodyWithAndWithoutStateIsOneOrganisation() {
        // Fox: "Missouri Highway Patrol Capt. Ron Johnson"; NYT: "Capt. Ronald S. Johnson of the Missouri State
        // Highway Patrol": two rows before
        Entity patrol = CorpusEntities.entity(ferguson, "Missouri State Highway Patrol");
        assertEquals(patrol.id(), mentionAt(ferguson, "fox", "He also met with", "Missouri Highway Patrol").entity());
        assertTrue(patrol.sources().containsAll(List.of("fox", "nyt")), patrol.toString());
    }

    static final String REUTERS_JAPAN = """
            ECONOMIC SPOTLIGHT - JAPAN EYEING FOREIGN STOCKS

            Yutaka Hashimoto general manager of Nippon Life Insurance Co told an economic conference that insurance \
            companies, which are responsible for 26 pct of Japanese funds in foreign securities, hold a lopsided \
            proportion of U.S. Treasuries and intend to diversify into other instruments and currencies.

            Insurance companies have put the dominant portion of their funds into the U.S., But will now invest in \
            Britain, West Germany, France and other countries, Hashimoto said.

            Investments in Hong Kong will be mostly short-term and speculative due to uncertainty about the colony's \
            long-term political stability, they added.

            Japanese investors are cautious about West Germany, particularly as German firms, like their Japanese \
            counterparts, are concerned about the recent dollar fall.
            """;

    static final String FOX_FERGUSON = """
            Holder, in Ferguson, vows 'fair and thorough' investigation into shooting

            While in Ferguson, Holder met with federal officials investigating the case, as well as Brown's parents. \
            He also met with Missouri Highway Patrol Capt. Ron Johnson, who has been in charge of security in \
            Ferguson for nearly a week. The National Guard is also helping to keep the peace.
            """;

    static final String NYT_FERGUSON = """
            Holder Vows Thorough Inquiry in Ferguson

            There were more protests planned throughout the day and into the evening, but Capt. Ronald S. Johnson of \
            the Missouri State Highway Patrol said he believed they had reached \"a turning point.\"
            """;

    static final String FOX_GRIMM = """
            Federal prosecutors plan to file charges against Rep. Grimm, attorney says

            New York Republican Rep. Michael Grimm's attorney confirmed late Friday that federal prosecutors plan to \
            file criminal charges against the congressman.

            "We are disappointed by the government's decision, but hardly surprised," said the statement from \
            Grimm's attorney, William McGinley. "From the beginning, the government has pursued a politically driven \
            vendetta against Congressman Grimm and not an independent search for the truth."

            The statement said Grimm "asserts his innocence of any wrongdoing" and "will be vindicated."
            """;

    static final String FOX_STEELE = """
            RNC Chairman Michael Steele expected to resign

            But Steele has been unpredictable, especially over recent weeks, and some close to the GOP chairman say \
            he wants to run for another term and is struggling to find enough support for a second term.

            Fox News confirmed Steele sent an e-mail to committee members Saturday night with the subject line, \
            "conference call."

            In the note, he asked members to join him "for a private conference call" Monday evening.
            """;

    static final String FOX_AKIN = """
            Romney calls on Rep. Akin to drop Senate bid over 'rape' comments

            Mitt Romney joined several other Republicans Tuesday in calling on Missouri Rep. Todd Akin to give up his \
            bid for Senate over his controversial comments on rape, as the Republican congressman continued to hold \
            his ground and vowed to stay in the race.

            Romney added his voice after five past and present Missouri Republican senators urged Akin to step aside. \
            In a statement released Tuesday afternoon, they said his presence does not serve "the national interest."

            A source within the National Republican Senatorial Committee told Fox News that Sen. John Cornyn, head of \
            the Senate GOP campaign arm, already has told Akin that if he stays in the race, the $5 million set aside \
            for the Missouri race will be withdrawn. Cornyn, according to the source, told him the party is concerned \
            his presence in the race could hurt Republicans' chances of winning the Senate majority.

            Akin made the remarks in an interview with Fox affiliate KTVI. He claimed a woman's body can typically \
            fend off pregnancy during a "legitimate rape," as he argued against allowing abortions in cases of rape, \
            claiming such pregnancies are uncommon in the first place.

            Top Senate leaders including Senate Republican Leader Mitch McConnell have condemned Akin's comments.

            "What he said is just flat wrong in addition to being wildly offensive to any victim of sexual abuse," \
            McConnell said. "Although Rep. Akin has apologized, I believe he should take time with his family to \
            consider whether this statement will prevent him from effectively representing our party in this \
            critical election."
            """;
}
