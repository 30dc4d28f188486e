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
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 14b, on the passages they were found in: BBC politics on the Blunkett visa affair (028, 102,
 * 156) and on quangos (085), one corpus.
 */
class OtherStoryEntitiesRound14bTest {
    static Corpus blunkett;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        blunkett = TestCorpora.build(dir, "blunkett", Map.of("bbc-028.txt", BBC_028, "bbc-102.txt", BBC_102,
                "bbc-156.txt", BBC_156, "bbc-085.txt", BBC_085));
    }

    @Test
    void aClippedShortFormIsTheLongNameItClips() {
        // "Lib Dem spokesman Mark Oaten" was a row "Dem" (IDEOLOGY, "Lib" untagged), "the Lib Dems" (102) a MISC row
        // and "The Liberal Democrats said" (156) a third: each word of the short form starts the long form's word
        Entity libDems = CorpusEntities.entity(blunkett, "Liberal Democrats");
        assertEquals("Lib Dem", mentionAt(blunkett, "bbc-028", "Lib Dem spokesman Mark Oaten", "Lib Dem").text());
        assertEquals(libDems.id(), mentionAt(blunkett, "bbc-028", "Lib Dem spokesman Mark Oaten", "Lib Dem").entity());
        assertEquals(libDems.id(), mentionAt(blunkett, "bbc-028", "But Lib Dem officials say", "Lib Dem").entity());
        assertEquals(libDems.id(), mentionAt(blunkett, "bbc-102", "Lib Dem home affairs spokesman", "Lib Dem")
                .entity());
        assertEquals(libDems.id(), mentionAt(blunkett, "bbc-102", "the Lib Dems have called", "Lib Dems").entity());
        assertTrue(CorpusEntities.find(blunkett, "Dem").isEmpty(), blunkett.entities().toString());
        // BBC politics 085 (quangos): "Lib" an ORGANIZATION and "Dem" untagged; the words after a mention count too
        assertEquals(libDems.id(), mentionAt(blunkett, "bbc-085", "Lib Dem spokesman Ed Davey", "Lib Dem").entity());
        assertTrue(CorpusEntities.find(blunkett, "Lib").isEmpty(), blunkett.entities().toString());
        // another party is no short form of it
        assertNotEquals(libDems.id(), CorpusEntities.entity(blunkett, "Conservatives").id());
    }

    @Test
    void aClipKeepsEveryWordInItsPlace() {
        assertTrue(MentionRepairs.clips("lib dems", "liberal democrats"));
        assertTrue(MentionRepairs.clips("lib dem", "liberal democrats"));
        // the same name, a word fewer, another order or a word that is no start of the other's are no clip
        assertFalse(MentionRepairs.clips("liberal democrats", "liberal democrats"));
        assertFalse(MentionRepairs.clips("liberal democrat", "liberal democrats"));
        assertFalse(MentionRepairs.clips("dems", "democrats"));
        assertFalse(MentionRepairs.clips("dem lib", "liberal democrats"));
        assertFalse(MentionRepairs.clips("labour party", "liberal democrats"));
        // a spelling a letter longer is no clip (the seeds' "Volodymyr Zelensky" and "Volodymyr Zelenskyy")
        assertFalse(MentionRepairs.clips("volodymyr zelensky", "volodymyr zelenskyy"));
    }

    static final String BBC_028 = """
            Lib Dems demand new inquiry

            A judge should look into the David Blunkett controversy as key questions remain unanswered, the Lib \
            Dems say.

            Sir Alan Budd's inquiry linked the ex-home secretary to the speeding up of a visa claim by his \
            ex-lover's nanny. But he could not say whether Mr Blunkett had treated the nanny as a special case \
            or had used her as an example of immigration problems. Lib Dem spokesman Mark Oaten said the number \
            of officials who had forgotten what happened was worrying. He told BBC News: "I'm extremely \
            concerned that 20 individuals appear to have forgotten what happened or more suspiciously are not \
            prepared to say what happened. "That must be bad for government, it must be bad for public \
            confidence in the system."

            Mr Oaten said people would be mystified why Sir Alan's inquiry failed to uncover why processing of \
            the visa application was speeded up. He said: "There is a strong case for a judge-led judicial \
            review of this because, of course, next time it happens it may not be about a nanny and their visa. \
            It may be about something even more important than that. "So we do need to understand what took \
            place and who was involved." The Tories criticised the Lib Dem stance, saying Mr Oaten had initially \
            said he accepted Mr Blunkett's word unless further evidence emerged. But Lib Dem officials say Mr \
            Oaten was speaking when an inquiry was under way and was avoiding rushing to judgement.
            """;

    static final String BBC_102 = """
            Blunkett row should end - Blair

            Prime Minister Tony Blair said it was time to draw a line under the controversy surrounding David \
            Blunkett.

            The Tories and the Lib Dems have called for a second inquiry into the fast-tracking of a visa \
            application for Mr Blunkett's ex-lover's nanny. Sir Alan Budd found a "chain of events" linked Mr \
            Blunkett to Leoncia Casalme's indefinite leave to remain application. At the end of his Middle East \
            trip, Mr Blair said he still admired Mr Blunkett and thought his integrity was intact.

            Earlier, Mr Howard said: "There does need to be another inquiry, a judge-led inquiry. There were so \
            many questions that weren't answered." There was "deceit at the heart of government" which was not \
            limited to the visa affair, he argued. Lib Dem home affairs spokesman Mark Oaten also said there was \
            "a strong case for a judge-led judicial review".
            """;

    static final String BBC_085 = """
            UK's 'useless' quangos under fire

            "A Conservative government will axe 162 quangos, as part of its drive for more efficient and more \
            accountable government." Lib Dem spokesman Ed Davey meanwhile said instead of the "bonfire of \
            quangos" New Labour had promised, there had been an "explosion" of them. "For over two decades, \
            under both Tory and Labour governments, these unaccountable agencies have mushroomed. "Liberal \
            Democrats would abolish many, merge others, and make any that remain properly accountable." Labour \
            representatives were unavailable for comment. The quango guide follows last year's \
            government-commissioned Gershon Report which recommended significant cuts in bureaucracy across the \
            public sector.
            """;

    static final String BBC_156 = """
            Visa row mandarin made Sir John

            The top civil servant at the centre of the David Blunkett visa affair has been knighted in the New \
            Year Honours.

            The Liberal Democrats said it "beggared belief" he and fellow officials could not remember how \
            Leoncia Casalme's application for indefinite leave to remain went from Mr Blunkett's office to the \
            head of the Immigration and Nationality Department. Meanwhile, the Conservatives accused officials \
            of a "collective failure" of memory. But Sir Alan Budd, who led an inquiry into the affair, said he \
            had no reason to believe anyone involved had deliberately withheld information.
            """;
}
