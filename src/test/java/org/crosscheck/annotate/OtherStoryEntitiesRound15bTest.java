package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 15b, on the passages they were found in: BBC politics on Robert Kilroy-Silk's Veritas party
 * (111, 293, 325), one corpus, written "Kilroy-Silk", "Kilroy Silk", "Kilroy -Silk" and "Kilroy".
 */
class OtherStoryEntitiesRound15bTest {
    static Corpus kilroy;
    static Corpus twoKilroys;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        kilroy = TestCorpora.build(dir, "kilroy", Map.of("bbc-111.txt", BBC_111, "bbc-293.txt", BBC_293,
                "bbc-325.txt", BBC_325));
        twoKilroys = TestCorpora.build(dir, "two", Map.of("bbc-111.txt", BBC_111, "other.txt", OTHER_KILROY));
    }

    @Test
    void aHyphenatedSurnameWrittenWithASpaceIsThatSurname() {
        Entity rks = CorpusEntities.entity(kilroy, "Robert Kilroy-Silk");
        // "Robert Kilroy Silk's Veritas Party" (325): a row of its own before, with "Silk" as its alias
        assertEquals(rks.id(), mentionAt(kilroy, "bbc-325", "who defected to Robert", "Robert Kilroy Silk").entity());
        // the surname alone in 325, whose only full naming has the space
        assertEquals(rks.id(), mentionAt(kilroy, "bbc-325", "Veritas was formed by Mr", "Kilroy-Silk").entity());
        // "Kilroy Silk has secured my vote" (293): NER's "Kilroy" and "Silk" tagged apart or together
        assertEquals(rks.id(), mentionAt(kilroy, "bbc-293", "has secured my vote", "Kilroy Silk").entity());
        assertEquals(rks.id(), mentionAt(kilroy, "bbc-293", "opposing Geoff Hoon", "Kilroy -Silk").entity());
        assertTrue(rks.aliases().contains("Robert Kilroy Silk"), rks.aliases().toString());
        assertTrue(CorpusEntities.find(kilroy, "Silk").isEmpty()
                || CorpusEntities.find(kilroy, "Silk").get().id().equals(rks.id()), kilroy.entities().toString());
        // another hyphenated surname stays its own person
        assertNotEquals(rks.id(), CorpusEntities.entity(kilroy, "Peter Hulme-Cross").id());
    }

    @Test
    void theFirstPartAloneIsTheOnlyPersonOfThatSurname() {
        Entity rks = CorpusEntities.entity(kilroy, "Robert Kilroy-Silk");
        // readers' comments (293) and the comment in 111: "Kilroy" alone, a MISC or a row "Kilroy Silk" before
        assertEquals(rks.id(), mentionAt(kilroy, "bbc-293", "Kilroy has one agenda", "Kilroy").entity());
        assertEquals(rks.id(), mentionAt(kilroy, "bbc-111", "resolve its differences with Kilroy", "Kilroy")
                .entity());
        assertEquals("PERSON", mentionAt(kilroy, "bbc-293", "Kilroy has one agenda", "Kilroy").type());
    }

    @Test
    void notWhenAnotherPersonIsCalledByThatPart() {
        // a corpus that names another person "Kilroy" in full: the lone "Kilroy" is no longer sure to be him
        Entity rks = CorpusEntities.entity(twoKilroys, "Robert Kilroy-Silk");
        assertNotEquals(rks.id(), mentionAt(twoKilroys, "bbc-111", "resolve its differences with Kilroy", "Kilroy")
                .entity());
    }

    static final String BBC_111 = """
            Kilroy launches 'Veritas' party

            Ex-BBC chat show host and East Midlands MEP Robert Kilroy-Silk has said he wants to "change the face \
            of British politics" as he launched his new party.

            Mr Kilroy-Silk, who recently quit the UK Independence Party,said "our country" was being "stolen from \
            us" by mass immigration. He told a London news conference that Veritas - Latin for "truth" - would \
            avoid the old parties' "lies and spin".

            This is just what the Europhiles pray for. As the main Eurosceptic party, UKIP should try to resolve \
            its differences with Kilroy to show a united front and give the UK public a serious political voice \
            against Europe. Having multiple parties with the same view point just splits the vote further.
            """;

    static final String BBC_293 = """
            Kilroy launches 'Veritas' party

            Ex-BBC chat show host and East Midlands MEP Robert Kilroy-Silk said he wanted to "change the face of \
            British politics" as he launched his new party. Mr Kilroy-Silk, who recently quit the UK Independence \
            Party, said "our country" was being "stolen from us" by mass immigration.

            I think that his views regarding immigration are shared by many. It really is time that the UK \
            government ceased to be a paper tiger on this issue. In addition as an Ashfield constituent I would be \
            more than interested in Kilroy -Silk opposing Geoff Hoon!!

            At last an impetus for increasing the likely 40% turn out for the election. The electorate is \
            disillusioned with British politics. Kilroy has one agenda - the UK - and I'll be voting for him.

            The man I once found cringe worthy on Day time TV, could well turn out to be my country's knight in \
            shining armour. He expresses views which are now more than common amongst society today - but people \
            are almost too scared to express them. Kilroy Silk has secured my vote, and many more like me.
            """;

    static final String BBC_325 = """
            UKIP could sue Veritas defectors

            The UK Independence Party could take legal action to unseat two London Assembly members who defected \
            to Robert Kilroy Silk's Veritas Party.

            Damian Hockney, now Veritas deputy leader, and Peter Hulme-Cross were elected in 2004 on the list \
            system. He said Mr Hulme-Cross and himself had no intention of resigning. Veritas was formed by Mr \
            Kilroy-Silk earlier this month after he quit UKIP following an unsuccessful bid to take over as leader.
            """;

    static final String OTHER_KILROY = """
            Council row

            Councillor Margaret Kilroy said the budget would be set next week. Mrs Kilroy told the meeting that \
            the vote was fair.
            """;
}
