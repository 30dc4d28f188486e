package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Entity rules found by reading two more BASIL dev events (2011 AARP and Social Security cuts; 2014 Dave Brat beats
 * Eric Cantor) and the leftovers of round 4 (2011 Sheriff Arpaio endorses Perry; 2014 Labrador runs for majority
 * leader): each passage is as the outlet wrote it. One corpus a story, so that one story's names do not decide
 * another's.
 */
class OtherStoryEntitiesRound5Test {
    static Corpus brat;
    static Corpus aarp;
    static Corpus arpaio;
    static Corpus labrador;
    static Corpus review;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        brat = corpus("brat", Map.of("fox.txt", FOX_BRAT, "hpo.txt", HPO_BRAT, "nyt.txt", NYT_BRAT));
        aarp = corpus("aarp", Map.of("fox.txt", FOX_AARP, "hpo.txt", HPO_AARP, "nyt.txt", NYT_AARP));
        arpaio = corpus("arpaio", Map.of("fox.txt", FOX_ARPAIO));
        labrador = corpus("labrador", Map.of("fox.txt", FOX_LAB, "nyt.txt", NYT_LAB));
        review = corpus("review", Map.of("fox.txt", FOX_ARB, "hpo.txt", HPO_ARB));
    }

    private static Corpus corpus(String name, Map<String, String> files) throws IOException {
        return TestCorpora.build(dir, name, files);
    }

    private static List<String> entitiesOf(Corpus corpus, String source, String text) {
        return corpus.mentions().stream().filter(m -> m.source().equals(source) && !m.pronoun()
                && m.text().replaceFirst("^Mr\\. ", "").replaceAll("['\u2019]s$", "").equals(text))
                .map(Mention::entity).distinct().toList();
    }

    @Test
    void aSurnameAfterAnAdjectiveAndAtIsNoPlace() {
        // "local Tea Party activists angry at Cantor" (Fox): the congressman, not the title cantor
        Entity cantor = CorpusEntities.entity(brat, "Eric Cantor");
        assertEquals(List.of(cantor.id()), entitiesOf(brat, "fox", "Cantor"), brat.mentions().toString());
        assertTrue(brat.entities().stream().noneMatch(e -> e.type().equals("TITLE") && e.name().equals("Cantor")),
                brat.entities().toString());
    }

    @Test
    void aLeadingInitialBeforeTheFirstNameIsTheSamePerson() {
        // "AARP CEO Barry Rand" (Fox, NYT) and "AARP CEO A. Barry Rand" (HuffPost)
        Entity rand = CorpusEntities.entity(aarp, "Barry Rand");
        assertEquals(rand, CorpusEntities.entity(aarp, "A. Barry Rand"), aarp.entities().toString());
        assertTrue(rand.evidence().stream().anyMatch(x -> x.contains("initial")), rand.evidence().toString());
    }


    @Test
    void aNameLessItsInstitutionNounIsTheInstitution() {
        // "David Brat, a professor at Randolph-Macon College" then "Jack Trammell, … also a professor at
        // Randolph-Macon" (NYT)
        Entity college = CorpusEntities.entity(brat, "Randolph-Macon College");
        assertEquals(college, CorpusEntities.entity(brat, "Randolph-Macon"), brat.entities().toString());
    }

    @Test
    void aMovementNamedOnlyBeforeNounsIsNotItsLocalBody() {
        // "local Tea Party activists" (Fox), "a Tea Party-backed economics professor", "other Tea Party
        // challengers" and "Larry Nordvig, executive director of the Richmond Tea Party" (NYT)
        assertNotEquals(CorpusEntities.entity(brat, "Tea Party"), CorpusEntities.entity(brat, "Richmond Tea Party"),
                brat.entities().toString());
    }

    @Test
    void anAcronymSetOffByItsLongFormIsOneName() {
        // "how large the ABC — Anybody But Cantor — mentality was": no broadcaster, and no mention of Cantor
        Entity abc = CorpusEntities.entity(brat, "ABC");
        assertEquals(abc, CorpusEntities.entity(brat, "Anybody But Cantor"), brat.entities().toString());
        assertNotEquals("ORGANIZATION", abc.type());
        assertNotEquals(CorpusEntities.entity(brat, "Eric Cantor"), abc);
    }

    @Test
    void aPartyOfAStateAfterAPersonIsNoName() {
        // "said Representative Patrick T. McHenry, Republican of North Carolina"
        assertTrue(brat.entities().stream().noneMatch(e -> e.name().contains(" of North Carolina")
                || e.aliases().stream().anyMatch(a -> a.contains(" of North Carolina"))), brat.entities().toString());
        assertEquals("STATE_OR_PROVINCE", CorpusEntities.entity(brat, "North Carolina").type());
    }

    @Test
    void anUntaggedAcronymOfALongerNameOfTheSourceIsThatBody() {
        // "a State Department Accountability Review Board", then "As the ARB makes clear" (HuffPost), and "an
        // (Accountability Review Board)" (Fox)
        Entity arb = CorpusEntities.entity(review, "ARB");
        assertEquals("ORGANIZATION", arb.type());
        assertEquals(arb, CorpusEntities.entity(review, "Accountability Review Board"), review.entities().toString());
        assertEquals(arb, CorpusEntities.entity(review, "State Department Accountability Review Board"),
                review.entities().toString());
        assertNotEquals(arb, CorpusEntities.entity(review, "State Department"));
    }

    @Test
    void twoWordListNamesSideBySideAreOneNameAGroupWhereCalledOne() {
        // "president of centrist think tank Third Way" (HuffPost), "Third Way, a moderate Democratic group in
        // Washington" (NYT): NER gave "Third" and "Way", two ideologies
        Entity way = CorpusEntities.entity(aarp, "Third Way");
        assertEquals("ORGANIZATION", way.type(), aarp.entities().toString());
        assertEquals(List.of("hpo", "nyt"), way.sources());
        assertTrue(aarp.entities().stream().noneMatch(e -> e.name().equals("Third") || e.name().equals("Way")),
                aarp.entities().toString());
    }

    @Test
    void capitalisedWordsEndingInDistrictAreAPlace() {
        // "blanketed Virginia’s Seventh Congressional District with fliers" (NYT)
        Entity district = CorpusEntities.entity(brat, "Seventh Congressional District");
        assertEquals("LOCATION", district.type(), brat.entities().toString());
    }

    @Test
    void aCountryWordNetGivesEachNameAsItsOnlyPlaceIsOnePlace() {
        // "along the U.S. border", "protecting America's national security" (Fox)
        Entity us = CorpusEntities.entity(arpaio, "U.S.");
        assertEquals(us, CorpusEntities.entity(arpaio, "America"), arpaio.entities().toString());
        assertTrue(us.evidence().stream().anyMatch(x -> x.contains("WordNet")), us.evidence().toString());
        // a name WordNet gives several places for joins nothing so: Russia is also the Soviet Union there
        assertEquals(null, NameSynonyms.onlyPlace("Russia"));
        assertEquals(null, NameSynonyms.onlyPlace("Georgia"));
        assertEquals(NameSynonyms.onlyPlace("Burma"), NameSynonyms.onlyPlace("Myanmar"));
    }

    @Test
    void aTitleAfterAnOrganisationsNameIsTheTitle() {
        // "criticizing House Speaker John Boehner of Ohio" (Fox), "Speaker John A. Boehner of Ohio" (NYT)
        Entity speaker = CorpusEntities.entity(labrador, "Speaker");
        assertEquals(speaker, CorpusEntities.entity(labrador, "House Speaker"), labrador.entities().toString());
    }

    @Test
    void aNameASourceWritesOnlyInLowerCaseIsTheNameOthersCapitalise() {
        // HuffPost: "The tea party-backed candidate attributed his victory to God", "identifying as a tea party
        // candidate"; Fox and the NYT write "Tea Party"
        Entity tea = CorpusEntities.entity(brat, "Tea Party");
        assertTrue(tea.sources().contains("hpo"), tea.toString());
        assertEquals(List.of(tea.id()), entitiesOf(brat, "hpo", "tea party"), brat.mentions().toString());
    }

    @Test
    void aPartyBeforeLedIsTheParty() {
        // "An aide to the Republican-led House Ways and Means Committee" (NYT), beside "Republican leaders"
        assertTrue(aarp.entities().stream().noneMatch(e -> e.name().equals("Republican-led")),
                aarp.entities().toString());
        assertEquals(List.of(CorpusEntities.entity(aarp, "Republican").id()), entitiesOf(aarp, "nyt", "Republican"),
                aarp.mentions().toString());
    }

    @Test
    void capitalLettersAndDigitsInOneWordAreANumberedName() {
        // "a major supporter of his state's controversial SB1070 immigration law" (Fox)
        Entity bill = CorpusEntities.entity(arpaio, "SB1070");
        assertEquals("MISC", bill.type(), arpaio.entities().toString());
    }

    @Test
    void theLastWordsOfANameLessAPlaceWordNetKnowsAreThatName() {
        // "The Wall Street Journal reported Friday morning …", then "per the Journal story" and "The Journal
        // reported that …" (HuffPost)
        assertEquals(CorpusEntities.entity(aarp, "Wall Street Journal"), CorpusEntities.entity(aarp, "Journal"),
                aarp.entities().toString());
    }

    private static final String FOX_BRAT =
            "House Majority Leader Eric Cantor was beaten Tuesday night by a political novice who is currently "
            + "working as an economics professor at a small Virginia college.\n\nSo who is Dave Brat, and how did "
            + "he pull off such a stunning win?\n\nHowever, Brat offset the cash disadvantage with endorsements "
            + "from conservative activists like radio host Laura Ingraham and with help from local Tea Party "
            + "activists angry at Cantor.\n";
    private static final String HPO_BRAT =
            "The tea party-backed candidate attributed his victory to God and to grassroots efforts, calling the "
            + "win a \"miracle.\"\n\nBrat shied away from explicitly identifying as a tea party candidate, saying "
            + "he ran on Republican principles.\n";
    private static final String NYT_BRAT =
            "WASHINGTON \u2014 In one of the most stunning primary election upsets in congressional history, the "
            + "House majority leader, Eric Cantor, was soundly defeated on Tuesday by a Tea Party-backed economics "
            + "professor who had hammered him for being insufficiently conservative.\n\nWith just over $200,000, "
            + "David Brat, a professor at Randolph-Macon College in Ashland, Va., toppled Mr. Cantor, repeatedly "
            + "criticizing him for being soft on immigration.\n\nHe will face Jack Trammell, a Democrat who is also "
            + "a professor at Randolph-Macon, this fall in the heavily Republican district.\n\nThe majority leader, "
            + "who had raised $5.4 million for the campaign, blanketed Virginia\u2019s Seventh Congressional "
            + "District with fliers and television advertisements in which he emphasized that he opposed an "
            + "\u201Camnesty\u201D policy.\n\nMr. Brat had little help from national groups that have funded other "
            + "Tea Party challengers. Instead, he relied mostly on state and local activists.\n\nLarry Nordvig, "
            + "executive director of the Richmond Tea Party, said the national groups were not aware of \u201Chow "
            + "much activity was going on underneath the surface down here and how large the ABC \u2014 Anybody "
            + "But Cantor \u2014 mentality was.\u201D\n\n\u201CI\u2019m in shock,\u201D said Representative Patrick "
            + "T. McHenry, Republican of North Carolina.\n";
    private static final String FOX_AARP =
            "The Wall Street Journal first reported Friday that the AARP, which opposed President George W. Bush's "
            + "push to partially privatize Social Security, has decided to accept cuts.\n\nAARP CEO Barry Rand "
            + "later issued a statement calling the article \"misleading\" and claiming \"AARP has not changed its "
            + "position on Social Security.\"\n";
    private static final String HPO_AARP =
            "The Wall Street Journal reported Friday morning that AARP, one of the most influential lobbying "
            + "groups in Washington, was softening its opposition to cutting retirement benefits.\n\nJonathan "
            + "Cowan, president of centrist think tank Third Way, hailed AARP's apparent reversal, per the "
            + "Journal story.\n\nUPDATE: AARP CEO A. Barry Rand said in a statement, \"It has long been AARP's "
            + "policy that Social Security should be strengthened to provide adequate benefits.\"\n\nThe Journal "
            + "reported that AARP policy chief John Rother is pushing the organization to accept benefit cuts as "
            + "part of a deal to make Social Security solvent.\n";
    private static final String NYT_AARP =
            "Republican leaders, who have led calls for revamping Social Security, had no immediate comments on "
            + "AARP\u2019s willingness to consider benefit reductions.\n\nAn aide to the Republican-led House Ways "
            + "and Means Committee, who spoke on condition of anonymity under committee protocol, said AARP\u2019s "
            + "position was a welcome acknowledgment that Social Security would be unable to pay future benefits "
            + "at the current rate and that it must be restructured.\n\n"
            + "Third Way, a moderate Democratic group in Washington that has favored possible reductions in "
            + "benefits, called AARP\u2019s position \u201Ca watershed moment\u201D in the debate over Social "
            + "Security.\n\nAs word of AARP\u2019s position set off debate in Washington on Friday, the group\u2019s "
            + "chief executive, Barry Rand, issued a formal statement saying that the group\u2019s position had not "
            + "changed in any substantive way.\n";
    private static final String FOX_ARPAIO =
            "The self-titled America's Toughest Sheriff, who famously re-instituted chain gangs in 1995 and has "
            + "also been a major supporter of his state's controversial SB1070 immigration law, said that Perry "
            + "has done more to combat illegal immigration along the U.S. border then any of the other "
            + "candidates.\n\n\"I am honored to have Sheriff Arpaio's support for my presidential campaign and our "
            + "shared goals of fighting border crime with more personnel, border fencing and surveillance. A "
            + "secure border is vital to protecting America's national security, public safety and jobs,\" said "
            + "Gov. Perry.\n\nPerry has also said the federal government should extend work visas permitting "
            + "undocumented immigrants to move freely between the U.S. and their home countries.\n";
    private static final String FOX_LAB =
            "Only in Congress since 2010, Labrador would represent several firsts: the first Latino, first Mormon "
            + "and first Idaho lawmaker to be House majority leader.\n\nLabrador has not been shy about criticizing House Speaker John Boehner of Ohio, saying that he should "
            + "step down if he allows a vote on an immigration bill this year.\n";
    private static final String NYT_LAB =
            "Mr. McCarthy has been preparing for months to move up from No. 3 in the Republican leadership to No. "
            + "2 in the event that Speaker John A. Boehner of Ohio retires.\n";
    private static final String FOX_ARB =
            "\"That's why you have an independent group like an (Accountability Review Board); that's why it was "
            + "created to look at everything,\" Clinton said.\n\nOther lawmakers further complained that the State "
            + "Department has spent millions on lower-priority projects that could have been spent on security.\n";
    private static final String HPO_ARB =
            "Speaking at a pair of hearings on Capitol Hill to examine the Obama administration's handling of and "
            + "response to the attacks, Clinton repeatedly cited the classified version of the review by a State "
            + "Department Accountability Review Board, distributed to lawmakers last month.\n\n\"As the ARB makes "
            + "clear, after their months of research the picture remains still somewhat complicated,\" Clinton "
            + "said, during an exchange with Sen. James Risch (R-Idaho) at the Senate Foreign Relations "
            + "Committee.\n\nThe ARB, in its unclassified form, mentions that the attackers' motivation is the "
            + "subject of an ongoing FBI investigation.\n";
}
