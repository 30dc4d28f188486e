package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name rules on short passages written the way US outlets write them (BASIL-style political reporting). */
class EntityNameRulesTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        write("a.txt", "Connecticut Attorney General Dick Blumenthal voluntarily joined the Marine Reserve in 1970, "
                + "his campaign said.\n\nIn the past twenty years, Dick has attended hundreds of veterans' events, "
                + "the campaign said.\n\nThe New York Times reported on Monday that he had misspoken. A spokesman "
                + "told The Times that the story distorted his record.\n");
        write("b.txt", "Richard Blumenthal, who is running for the U.S. Senate, spoke in Norwalk. Republicans in the "
                + "Senate criticised him, and the White House declined to comment.\n\nThe House will vote on the "
                + "bill next week, officials in the United States said.\n\nRussian troops advanced, and the Russians "
                + "claimed a village.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Entity entity(String name) {
        return corpus.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name))
                .findFirst().orElseThrow(() -> new AssertionError("no entity " + name + " in " + corpus.entities()));
    }

    @Test
    void aFirstNameAloneIsThePersonOfThatSourceWithThatFirstName() {
        Entity e = entity("Dick Blumenthal");
        assertEquals(e, entity("Dick"));
        assertTrue(e.evidence().stream().anyMatch(l -> l.startsWith("Dick ~ Dick Blumenthal: first name")),
                e.evidence().toString());
    }

    @Test
    void anOrganisationWithoutItsPlaceIsTheSameOrganisation() {
        assertEquals(entity("New York Times"), entity("The Times"));
        assertEquals(entity("U.S. Senate"), entity("Senate"));
        assertTrue(entity("The Times").evidence().stream().anyMatch(l -> l.contains("last words")));
    }

    @Test
    void aPeopleInThePluralIsItsNationality() {
        assertEquals(entity("Russian"), entity("Russians"));
    }

    @Test
    void aMentionOfOnlyAFunctionWordIsNoEntity() {
        assertTrue(corpus.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("the")),
                corpus.entities().toString());
    }

    @Test
    void theHouseIsNotTheWhiteHouse() {
        assertNotEquals(entity("White House"), entity("House"));
    }
}
