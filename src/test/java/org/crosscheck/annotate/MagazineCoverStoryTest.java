package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules found on three outlets' reports of a magazine cover and the criticism of it (Fox News and the New York Times,
 * August 2011, BASIL dev), on passages of each.
 */
class MagazineCoverStoryTest {
    static Corpus cover;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        cover = TestCorpora.build(dir, "cover", Map.of("fox.txt", FOX, "nyt.txt", NYT));
    }

    /**
     * "They didn't even do this to Howard Dean when he had his famous scream" (Fox) and "walking alongside Princess
     * Diana" (the NYT): "Diana" was taken for a transliteration of "Dean" (one consonant skeleton, d-n), which made
     * the princess an alias of the governor. A transliteration spells a vowel another way but keeps the syllables.
     */
    @Test
    void aNameWithAnotherSyllableIsNoTransliteration() {
        Entity dean = CorpusEntities.entity(cover, "Howard Dean");
        assertFalse(dean.aliases().contains("Diana"), dean.toString());
        assertNotEquals(dean.id(), CorpusEntities.mentionAt(cover, "nyt", "walking alongside Princess", "Diana")
                .entity());
    }

    /**
     * "The National Organization for Women President Terry O'Neill said that the cover … is “sexist” …": the parser
     * makes "Organization" the subject's head and hangs the titled name on it; the report was the organisation's.
     */
    @Test
    void theNameAfterAnOrganisationsTitleIsWhoSpeaks() {
        List<Quote> q = TestCorpora.quotes(cover, "fox", "latest edition is");
        assertEquals(1, q.size(), cover.quotes().toString());
        assertEquals("Terry O'Neill", q.get(0).speaker(), q.get(0).toString());
    }

    /**
     * "… over its cover story of the presidential candidate called “The Queen of Rage,” …" (Fox) and "The Atlantic
     * Wire ran a story about that cover called, simply, “How Creepy Is …?”" (the NYT): the participle "called" gives
     * the name of the noun before it; the quotations were the candidate's and the cover's words.
     */
    @Test
    void aQuotationThatNamesTheNounBeforeItIsNotThatNounsWords() {
        List<Quote> found = TestCorpora.quotes(cover, "nyt", "How Creepy Is");
        assertEquals(1, found.size(), cover.quotes().toString());
        assertEquals(null, found.get(0).speaker(), found.get(0).toString());
        assertEquals(null, found.get(0).speakerEntity(), found.get(0).toString());
        assertEquals("called", found.get(0).cue(), found.get(0).toString());
        assertTrue(cover.quotes().stream().noneMatch(q -> "the presidential candidate".equals(q.speaker())),
                cover.quotes().toString());
    }

    static final String FOX = """
            Bachmann Newsweek Cover Goes for Insult But Gets Criticism in Return

            Rep. Michele Bachmann has declined to get into the scrum with Newsweek over its cover story of the \
            presidential candidate called "The Queen of Rage," accompanied by an unflattering photo of the Minnesota \
            Republican, but others are calling the magazine out of bounds in its depiction.

            The National Organization for Women President Terry O'Neill said that the cover of the magazine's latest \
            edition is "sexist" and referred to a simple test by the group's founder Gloria Steinem to explain how \
            they determined that conclusion -- would the magazine do the same to a man.

            "The 'Queen of Rage' is something you apply to wrestlers or somebody who is crazy. They didn't even do \
            this to Howard Dean when he had his famous scream," she said.
            """;

    static final String NYT = """
            Bachmann Cover Controversy Prompts Response From Newsweek

            This is not the first time Newsweek has caused a stir with its cover choices. In 2009, the editors \
            selected a photo of Sarah Palin in running shorts, which the former governor — and many others — called \
            “sexist.”

            Just this past June, the news magazine ran a computer generated image of Catherine, the new Duchess of \
            Cambridge, walking alongside Princess Diana, who has been dead for nearly 14 years.

            The Atlantic Wire ran a story about that cover called, simply, “How Creepy Is Princess Diana’s Ghost on \
            the Cover of Newsweek?”
            """;
}
