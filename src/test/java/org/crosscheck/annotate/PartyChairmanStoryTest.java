package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules found on three outlets' reports of the Republican National Committee chairman's decision on a second term
 * (Fox News and the New York Times, December 2010, BASIL dev), on passages of each.
 */
class PartyChairmanStoryTest {
    static Corpus rnc;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        rnc = TestCorpora.build(dir, "rnc", Map.of("fox.txt", FOX, "nyt.txt", NYT));
    }

    /**
     * Fox names "Wisconsin Republican Party Chairman Reince Priebus" and "former Michigan Republican Party Chairman
     * Saul Anuzis"; the NYT names "the Republican Party, which scored historic victories" and "chairman of the
     * Wisconsin Republican Party". The national party was the Wisconsin party: the Michigan one was not counted as a
     * second longer name, because Fox, which names it, never writes "Republican Party" alone.
     */
    @Test
    void aPartyIsNotOneOfItsStateParties() {
        assertNotEquals(mentionAt(rnc, "nyt", "chairman of the Wisconsin", "Wisconsin Republican Party").entity(),
                mentionAt(rnc, "nyt", "blemishes this year for the", "Republican Party").entity());
    }

    static final String FOX = """
            RNC Chairman Steele to Announce Intentions on a Second Term

            Critics have described the chairman as gaffe-prone and said he hasn't raised enough money. The criticism \
            has resulted in an array of challenges or potential challenges for Steele's job from Wisconsin Republican \
            Party Chairman Reince Priebus, former RNC Co-Chairwoman Ann Wagner, longtime Republican official Maria \
            Cino, former Michigan Republican Party Chairman Saul Anuzis and former RNC Political Director Gentry \
            Collins.
            """;

    static final String NYT = """
            Steele to Announce Decision on R.N.C. Run

            Mr. Steele’s tenure has been one of the few blemishes this year for the Republican Party, which scored \
            historic victories in the midterm elections.

            The contenders for the position include: Reince Preibus, chairman of the Wisconsin Republican Party; Ann \
            Wagner of Missouri, an ambassador to Luxembourg in the Bush administration; Maria Cino, a veteran \
            Republican operative who has the support of former Vice President Dick Cheney; Saul Anuzis, former \
            Republican chairman in Michigan; and Gentry Collins, who resigned last month as political director.
            """;
}
