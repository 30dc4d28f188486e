package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 22b, on the passages they were found in: the BBC's reports of the law lords' ruling on
 * detention without trial (politics 224) and of the Attorney General's advice on the Iraq war (politics 327).
 */
class OtherStoryEntitiesRound22bTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    static final String BBC_224 = """
            Lords wrong on detainees - Straw

            On Thursday, senior law lord Lord Bingham said the rules were incompatible with the European Convention \
            on Human Rights as they allowed detentions "in a way that discriminates on the ground of nationality or \
            immigration status". Lord Nicholls of Birkenhead, in his ruling, said: "Indefinite imprisonment without \
            charge or trial is anathema in any country which observes the rule of law."
            """;

    static final String BBC_327 = """
            Goldsmith denies war advice claim

            He said the answer had been prepared in his office with the involvement of Solicitor General Harriet \
            Harman, two of his own officials, three Foreign Office officials, a QC, Christopher Greenwood and the then \
            Lord Chancellor, Lord Irvine of Lairg.
            """;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round22b", Map.of("bbc-politics-224.txt", BBC_224,
                "bbc-politics-327.txt", BBC_327));
    }

    @Test
    void thePlaceAfterAPeersNameIsAPlace() {
        // "Lord Nicholls of Birkenhead": NER made "Birkenhead" a person
        assertEquals("LOCATION", mentionAt(corpus, "bbc-politics-224", "in his ruling", "Birkenhead").type());
        assertEquals("PERSON", mentionAt(corpus, "bbc-politics-224", "in his ruling", "Nicholls").type());
    }

    @Test
    void aPeersNameBeforeOfAndAPlaceIsAPerson() {
        // "Lord Irvine of Lairg": NER made "Irvine" a city
        assertEquals("PERSON", mentionAt(corpus, "bbc-politics-327", "Lord Irvine", "Irvine").type());
        assertEquals("LOCATION", mentionAt(corpus, "bbc-politics-327", "Lord Irvine", "Lairg").type());
    }
}
