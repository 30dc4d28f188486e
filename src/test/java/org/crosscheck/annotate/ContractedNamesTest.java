package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name written as one word of shortened, joined parts is the organisation whose words those parts open: HuffPost's
 * own report (BASIL dev 2014_ed8c136f, Holder in Ferguson) writes "told The Huffington Post" and, further down,
 * "told HuffPost"; before the rule these were two organisations.
 */
class ContractedNamesTest {
    @TempDir
    static Path dir;

    static final String HPO = """
            Outlet: HuffPost
            Title: Eric Holder Hears From The People Of Ferguson Face To Face

            Attorney General Eric Holder met with residents of Ferguson on Wednesday.

            Dominique McCoy, who attended the smaller meeting, told The Huffington Post that Holder said change \
            wouldn't happen overnight. "He just let us speak, basically," McCoy added.

            "They were really nice and they were really listening," Rev. John Paul Hopping of Our Lady of \
            Guadalupe, told HuffPost. "They're looking for solutions and they want to help."
            """;

    @Test
    void aNameOfShortenedJoinedWordsIsTheOrganisationOfThoseWords() throws IOException {
        Corpus c = TestCorpora.build(dir, "hpo", Map.of("hpo.txt", HPO));
        Entity huffington = CorpusEntities.entity(c, "Huffington Post");
        Entity huffpost = CorpusEntities.entity(c, "HuffPost");
        assertEquals(huffington.id(), huffpost.id(), "one organisation: " + c.entities());
        assertTrue(huffington.aliases().contains("HuffPost") || huffington.name().equals("HuffPost"),
                huffington.toString());
        assertTrue(huffington.evidence().stream().anyMatch(e -> e.contains("shortened and joined")),
                huffington.evidence().toString());
    }

    @Test
    void thePartsMustOpenEveryWordInOrder() {
        assertTrue(EntityResolver.contracts("HuffPost", "The Huffington Post"));
        assertTrue(EntityResolver.contracts("FedEx", "Federal Express"));
        assertTrue(EntityResolver.contracts("HuffPost", "Huff Post"));
        assertFalse(EntityResolver.contracts("HuffPost", "Houston Post"));
        assertFalse(EntityResolver.contracts("HuffPost", "The Huffington Post Media Group"));
        assertFalse(EntityResolver.contracts("JetBlue", "Jet Airways"));
        assertFalse(EntityResolver.contracts("FedEx", "federal express"));
    }
}
