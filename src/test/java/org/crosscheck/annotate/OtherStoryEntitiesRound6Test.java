package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Entity rules found by reading two more BASIL dev events (2010 Glenn Beck at CPAC; 2011 the House reads the
 * Constitution) and the leftovers of round 5 (2011 the Newsweek cover of Michele Bachmann): each passage is as the
 * outlet wrote it. One corpus a story.
 */
class OtherStoryEntitiesRound6Test {
    static Corpus beck;
    static Corpus constitution;
    static Corpus bachmann;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        beck = corpus("beck", Map.of("hpo.txt", HPO_BECK, "nyt.txt", NYT_BECK));
        constitution = corpus("constitution", Map.of("fox.txt", FOX_CONST, "hpo.txt", HPO_CONST,
                "nyt.txt", NYT_CONST));
        bachmann = corpus("bachmann", Map.of("nyt.txt", NYT_BACHMANN));
    }

    private static Corpus corpus(String name, Map<String, String> files) throws IOException {
        return TestCorpora.build(dir, name, files);
    }

    private static List<Mention> pronounsOf(Corpus corpus, Entity e) {
        return corpus.mentions().stream().filter(m -> m.pronoun() && m.entity().equals(e.id())).toList();
    }

    @Test
    void aNameInWhatTheSpeakerSaysIsNotTheSpeaker() {
        // NYT: "Saying President Obama, he said, was “too simple an answer.” The real problem, he said, is
        // progressivism": "he" is Beck, who named Obama; the pronouns after it stay Beck's
        Entity obama = CorpusEntities.entity(beck, "Obama");
        Entity glenn = CorpusEntities.entity(beck, "Glenn Beck");
        assertEquals(List.of(), pronounsOf(beck, obama), beck.mentions().toString());
        assertTrue(pronounsOf(beck, glenn).stream().filter(m -> m.source().equals("nyt")).count() >= 6,
                beck.mentions().toString());
    }

    @Test
    void theSubjectOfAClauseBeforeAnAgentOrAnObject() {
        // HuffPost: "If last year's CPAC keynote speech - delivered by radio host Rush Limbaugh - was defined by
        // urging President Barack Obama to fail, Beck's stood out for his demand …" then "…,” he declared": Beck
        // "radio host Rush Limbaugh": the tagger reads "Rush" as a noun and tags neither word; after a title they
        // are a name
        Entity rush = CorpusEntities.entity(beck, "Rush Limbaugh");
        assertEquals("PERSON", rush.type());
        assertEquals(List.of(), pronounsOf(beck, rush), beck.mentions().toString());
        Entity glenn = CorpusEntities.entity(beck, "Glenn Beck");
        assertTrue(pronounsOf(beck, glenn).stream().anyMatch(m -> m.source().equals("hpo") && m.text().equals("he")),
                beck.mentions().toString());
    }

    @Test
    void anAdjectiveCapitalisedAsTheFirstWordIsNoName() {
        // "Bombastic conservative talk show host Glenn Beck closed a three-day conservative conference"
        assertTrue(CorpusEntities.find(beck, "Bombastic").isEmpty(), beck.entities().toString());
    }

    @Test
    void aNameWordNetCapitalisesIsAName() {
        // "reading the U.S. Constitution aloud" (Fox), "the nation’s governing document … the Constitution"
        // (HuffPost), "the United States Constitution" (NYT): one document, which NER leaves untagged
        Entity c = CorpusEntities.entity(constitution, "Constitution");
        assertEquals(c, CorpusEntities.entity(constitution, "U.S. Constitution"), constitution.entities().toString());
        assertEquals(c, CorpusEntities.entity(constitution, "United States Constitution"));
        assertEquals(List.of("fox", "hpo", "nyt"), c.sources());
        assertTrue(constitution.entities().stream().noneMatch(e -> e.name().equals("U.S.") && e.mentions() > 1),
                constitution.entities().toString());
    }

    @Test
    void anOrdinalBeforeALawNounIsPartOfTheName() {
        // "lawmakers did not read the 18th Amendment … However, they did read the 21st Amendment": two laws
        Entity a18 = CorpusEntities.entity(constitution, "18th Amendment");
        Entity a21 = CorpusEntities.entity(constitution, "21st Amendment");
        assertFalse(a18.equals(a21));
        assertTrue(CorpusEntities.find(constitution, "Amendment").isEmpty(), constitution.entities().toString());
    }

    @Test
    void aNationalityBeforeAPeopleInThePluralIsOneName() {
        // "Given the struggle of African Americans" (Fox), "by women and African Americans whose full rights" (NYT)
        Entity e = CorpusEntities.entity(constitution, "African Americans");
        assertEquals(2, e.mentions());
        assertTrue(CorpusEntities.find(constitution, "African").isEmpty(), constitution.entities().toString());
    }

    @Test
    void aLowerCaseNounAfterANameIsNoWordOfIt() {
        // "including Vanity Fair magazine, which estimated it …" (Fox), "According to Peter Keating at Vanity Fair"
        Entity vf = CorpusEntities.entity(constitution, "Vanity Fair");
        assertEquals(List.of("fox", "hpo"), vf.sources(), constitution.entities().toString());
    }

    @Test
    void aTitleAndTheNounBeforeItThatWordNetHasAsOne() {
        // "followed by Representative Eric Cantor, the House majority leader, and other House leaders": NER tags
        // "leader" alone
        assertTrue(constitution.entities().stream().anyMatch(e -> e.type().equals("TITLE")
                && e.name().equals("majority leader")), constitution.entities().toString());
        assertTrue(constitution.entities().stream().noneMatch(e -> e.type().equals("TITLE")
                && e.name().equals("leader")), constitution.entities().toString());
    }

    @Test
    void theMembersOfAPartyNameTheParty() {
        // "Republicans have made strict adherence to the Constitution a key tenet …" (HuffPost) where no outlet
        // writes "Republican Party": WordNet's "Republican" is a member of the Republican Party, an organisation
        Entity r = CorpusEntities.entity(constitution, "Republicans");
        assertEquals("ORGANIZATION", r.type(), constitution.entities().toString());
        assertTrue(r.evidence().stream().anyMatch(x -> x.contains("political party")), r.evidence().toString());
    }

    @Test
    void anHonorificOutweighsTheListOfFirstNamesWhenNothingSaysTwoPeople() {
        // "Tea Party favorite Representative Michele Bachmann" then "The pictures show Ms. Bachmann … standing by
        // herself" (NYT): CoreNLP's list has Michele as a man's name; "Terry O’Neill" then "Ms. O’Neill" the same
        Entity michele = CorpusEntities.entity(bachmann, "Michele Bachmann");
        List<String> ms = bachmann.mentions().stream().filter(m -> m.text().equals("Bachmann")
                || m.text().equals("Ms. Bachmann")).map(Mention::entity).distinct().toList();
        assertEquals(List.of(michele.id()), ms, bachmann.mentions().toString());
        assertTrue(michele.evidence().stream().anyMatch(x -> x.contains("honorific")), michele.evidence().toString());
        assertTrue(pronounsOf(bachmann, michele).stream().anyMatch(m -> m.text().equals("herself")),
                bachmann.mentions().toString());
        Entity terry = CorpusEntities.entity(bachmann, "Terry O'Neill");
        assertTrue(bachmann.mentions().stream().filter(m -> !m.pronoun() && m.text().contains("Neill"))
                .allMatch(m -> m.entity().equals(terry.id())), bachmann.mentions().toString());
    }

    static final String HPO_BECK = """
            Outlet: HuffPost
            Title: Glenn Beck CPAC 2010 Speech VIDEO: Republicans Don't Need A Big Tent
            Date: 2010-02-20

            Bombastic conservative talk show host Glenn Beck closed a three-day conservative conference on Saturday by demanding that Republicans get their own house in order before re-trying their hand at governance.

            But the nearly hour-long address was spent not bemoaning his ideological foes, but rather demanding purity among his likely allies. If last year's CPAC keynote speech - delivered by radio host Rush Limbaugh - was defined by urging President Barack Obama to fail, Beck's stood out for his demand that conservatism succeed.

            "Dick Cheney a couple days ago... says it is going to be a good year for conservative ideas," he declared at one point, wiping the sweat from his brow. "It is going to be a very good year. But it is not enough just to not suck as much as the other side."
            """;

    static final String NYT_BECK = """
            Outlet: New York Times
            Title: Beck Wows the CPAC Crowd
            Date: 2010-02-20

            Glenn Beck, the hero of the political right and the closing speaker of a three-day conservative conference, ripped the roof off a Washington hotel Saturday with a sweeping denunciation of progressivism.

            When the audience finished laughing, he asked: \u201CWhat made us sit there at the john making us vomit for four hours? What are we suffering from?\u201D

            Saying President Obama, he said, was \u201Ctoo simple an answer.\u201D

            The real problem, he said, is progressivism, scrawling the word with chalk on his signature blackboard. \u201CThis is the disease in America,\u201D he said.

            He held the audience spellbound with riffs on his personal life laced through his political philosophy, strong on personal responsibility.
            """;

    static final String FOX_CONST = """
            Outlet: Fox News
            Title: Purpose Behind Congressional Reading of Constitution Questioned After Amendments Are Omitted
            Date: 2011-01-06

            Even for a Congress known to battle over every little detail, reading the U.S. Constitution aloud sounded like a simple exercise.

            For instance, lawmakers did not read the 18th Amendment, which imposed prohibition on liquor in 1919. However, they did read the 21st Amendment, which repealed prohibition in 1933 and is still in force.

            Portions of the U.S. Constitution are never deleted, just amended, as has been done 27 times in history. But all the original decisions remain in the Constitution, including in the copies authorized by Congress' Joint Committee on Printing and used in Thursday's reading.

            "Given the struggle of African Americans, given the struggle of women, given the struggle of others to create a more perfect document, many of us don't want that to be lost upon the reading of our sacred document," he said.

            But for all those who described the exercise as political waste -- including Vanity Fair magazine, which estimated it as costing more than $1 million -- supporters noted that it was an historic moment.
            """;

    static final String HPO_CONST = """
            Outlet: HuffPost
            Title: House Republicans Read Constitution On Second Day In Power
            Date: 2011-01-06

            WASHINGTON - And on the second day of Republican rule, the House read the Constitution.

            Republicans have made strict adherence to the Constitution a key tenet of their effort to reduce the size of the federal government.

            According to Peter Keating at Vanity Fair, $1.1 million is the estimated cost of GOP plans to read the document on the House floor.
            """;

    static final String NYT_CONST = """
            Outlet: New York Times
            Title: House Reading of Constitution Is Not Without Issues
            Date: 2011-01-06

            Setting the tone for the 112th Congress \u2014 in which every House bill must cite the constitutional source of its authority \u2014 members of the House of Representatives began to read the United States Constitution aloud from the chamber\u2019s floor on Thursday morning.

            Once that was settled, just after 11 a.m., Representative John A. Boehner, the newly installed speaker of the House, read the preamble, followed by Representative Eric Cantor, the House majority leader, and other House leaders.

            And so, sentence by sentence, by women and African Americans whose full rights were not recognized at that time, the constitutional language fluttered through the chamber.
            """;

    static final String NYT_BACHMANN = """
            Outlet: New York Times
            Title: Bachmann Cover Controversy Prompts Response From Newsweek
            Date: 2011-08-09

            Splashed across the cover of this week\u2019s Newsweek magazine is a picture of the Republican presidential candidate and Tea Party favorite Representative Michele Bachmann. Her eyes are open wide \u2014 very, very wide \u2014 focused intensely somewhere off in the distance, just a smidge too high above the camera.

            \u201CIt\u2019s sexist,\u201D said Terry O\u2019Neill, the president of the National Organization for Women, to the news Web site the Daily Caller, which is run by the conservative commentator Tucker Carlson.

            \u201CGloria Steinem has a very simple test,\u201D Ms. O\u2019Neill continued. \u201CIf this were done to a man or would it ever be done to a man?\u201D

            Monday night, Newsweek responded to the controversy by posting an \u201Couttakes\u201D gallery on its Daily Beast Web site, showcasing other photos taken for the article. The pictures show Ms. Bachmann shaking hands with voters, standing by herself in the corner of a room and signing autographs, all with the same wide-eyed intensity as in the cover shot.
            """;
}
