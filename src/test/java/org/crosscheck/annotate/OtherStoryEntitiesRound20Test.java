package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Entity rules of round 20, on the passages they were found in: the BBC's reports of Labour's posters of Michael
 * Howard (politics 228, 316, 332) and Lord Callaghan's obituary (400), the leftovers of rounds 19 and 19b, and the
 * BBC's report of Argentina's recovery (business 330), read for this round.
 */
class OtherStoryEntitiesRound20Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    static final String BBC_228 = """
            Labour pig poster 'anti-Semitic'

            Prospective Tory candidate Andrew Mennear, whose Finchley constituency contains a large Jewish community, \
            branded it "tasteless" and offensive.

            The campaign was particularly insensitive as it had come out at the same time as Holocaust Day, a \
            "difficult" time for many Jewish people, Mr Mennear added. A Labour spokesman denied the campaign was \
            anti-Semitic. "As we said at the time the James report (the Tory backed inquiry into possible public \
            spending savings) was published pigs will fly before the Tory's sums will add up. This poster is making \
            a serious point," he said.
            """;

    static final String BBC_316 = """
            Blair moves to woo Jewish voters

            Tony Blair has pledged to "never, ever, ever" attack Tory leader Michael Howard over his Jewish beliefs.

            The prime minister told the Jewish Chronicle: "If you look at what I do, I attack Michael Howard \
            politically."

            Others compared the image to the character Fagin in Charles Dickens' Oliver Twist.

            Mr Blair also defended his party's attitude towards the Jewish community, pointing out that it was his \
            government that had introduced the Holocaust Memorial Day. He added that Labour also aggressively fought \
            all forms of racism.

            Neither the Conservatives nor the Liberal Democrats wished to comment on Mr Blair's words. The prime \
            minister was speaking as London's Labour mayor Ken Livingstone remains embroiled in a row over comments \
            he made to a Jewish reporter from the city's Evening Standard newspaper.
            """;

    static final String BBC_332 = """
            Milburn defends poster campaign

            A row was sparked after the party published posters appearing to depict Michael Howard, who is Jewish, \
            as Fagin, and as a flying pig, amid claims they were anti-Semitic.

            In the Commons, Tory spokesman Mr Lewis suggested the posters were part of a wider trend and reminded MPs \
            that Labour chairman Ian McCartney last year described shadow chancellor Oliver Letwin as a "21st \
            Century Fagin".
            """;

    static final String BBC_400 = """
            Lord Callaghan dies at 92

            He held each of the major offices of chancellor, home secretary, foreign secretary and prime minister \
            during his career and became Lord Callaghan of Cardiff in 1987.

            Elected for a Cardiff constituency at the 1945 general election, he represented Cardiff seats for more \
            than 40 years.

            When he refused to support prime minister Harold Wilson and Dame Barbara Castle over the latter's trade \
            union manifesto, In Place of Strife, in 1968, he said: "I am not going to resign. They will have to throw \
            me out".
            """;

    static final String BBC_BUSINESS_330 = """
            Fresh hope after Argentine crisis

            This is partly because there are still bank account holders who are waiting to recover some of their \
            deposits. "The situation is bad for those who had previously chosen to save in Argentina, " said Carlos \
            Baez Silva, president of AARA, an association that represents bank account and bond holders. Few people \
            have recovered more than about half their savings, Mr Baez Silva estimated, pointing out that many of the \
            savers who have lost out are pensioners.
            """;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round20", Map.of("bbc-politics-228.txt", BBC_228,
                "bbc-politics-316.txt", BBC_316, "bbc-politics-332.txt", BBC_332, "bbc-politics-400.txt", BBC_400,
                "bbc-business-330.txt", BBC_BUSINESS_330));
    }

    @Test
    void aFaithsWordOpensTheNameAfterIt() {
        // "told the Jewish Chronicle": a RELIGION "Jewish" and a MISC "Chronicle" before
        assertEquals("MISC", mentionAt(corpus, "bbc-politics-316", "told the Jewish", "Jewish Chronicle").type());
        // a faith's word before a common noun stays what it was
        assertEquals("RELIGION", mentionAt(corpus, "bbc-politics-316", "towards the Jewish community", "Jewish")
                .type());
    }

    @Test
    void aNameBeforeADayIsOneNameOfADay() {
        // "Holocaust Day" (a MISC and a DURATION "Day"), "the Holocaust Memorial Day" (a MISC and a DATE)
        assertEquals("MISC", mentionAt(corpus, "bbc-politics-228", "same time as", "Holocaust Day").type());
        assertEquals("MISC", mentionAt(corpus, "bbc-politics-316", "had introduced", "Holocaust Memorial Day")
                .type());
    }

    @Test
    void aTimeOfDayOpensAPaper() {
        // "the city's Evening Standard newspaper": a TIME "Evening" before, "Standard" untagged
        assertEquals("ORGANIZATION", mentionAt(corpus, "bbc-politics-316", "a Jewish reporter", "Evening Standard")
                .type());
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.text().equals("Evening")), corpus.mentions().toString());
    }

    @Test
    void aCreedInThePluralIsAGroup() {
        // "Neither the Conservatives nor the Liberal Democrats": an IDEOLOGY before
        assertEquals("ORGANIZATION", mentionAt(corpus, "bbc-politics-316", "wished to comment", "Liberal Democrats")
                .type());
    }

    @Test
    void aWordTaggedAPersonMoreOftenIsThePerson() {
        // "as Fagin" (a PERSON) and "a "21st Century Fagin"" (a MISC) were two rows
        Mention person = mentionAt(corpus, "bbc-politics-332", "as a flying pig", "Fagin");
        Mention misc = mentionAt(corpus, "bbc-politics-332", "21st", "Fagin");
        assertEquals("PERSON", person.type());
        assertEquals(person.entity(), misc.entity());
    }

    @Test
    void aQuotationAfterAnUnnamedPersonIsTheirs() {
        // ""… a serious point," he said." after "A Labour spokesman denied …": "he" went to Mennear
        String mennear = mentionAt(corpus, "bbc-politics-228", "Mr Mennear added", "Mennear").entity();
        assertTrue(corpus.mentions().stream().noneMatch(m -> m.source().equals("bbc-politics-228")
                && m.text().equals("he") && mennear.equals(m.entity())), corpus.mentions().toString());
        assertNotEquals(null, mennear);
    }

    @Test
    void aPlaceModifyingANounIsThePlace() {
        // "a Cardiff constituency", "Cardiff seats": ORGANIZATION, where "Lord Callaghan of Cardiff" is a CITY
        assertEquals("CITY", mentionAt(corpus, "bbc-politics-400", "Cardiff constituency", "Cardiff").type());
        assertEquals("CITY", corpus.entities().stream().filter(e -> e.name().equals("Cardiff")).findFirst()
                .orElseThrow().type());
    }

    @Test
    void anHonourIsNoWordOfTheName() {
        // "Dame Barbara Castle": the honour was part of the name
        assertEquals("PERSON", mentionAt(corpus, "bbc-politics-400", "refused to support", "Barbara Castle").type());
        assertFalse(corpus.entities().stream().anyMatch(e -> e.type().equals("PERSON") && e.name().startsWith("Dame")),
                corpus.entities().toString());
    }

    @Test
    void aSurnameOfTwoWordsAfterAnHonorificIsTheFullName() {
        // "said Carlos Baez Silva, president of AARA" and "Mr Baez Silva estimated": two rows before
        Mention full = mentionAt(corpus, "bbc-business-330", "president of AARA", "Carlos Baez Silva");
        Mention surname = mentionAt(corpus, "bbc-business-330", "estimated", "Baez Silva");
        assertEquals(full.entity(), surname.entity());
    }
}
