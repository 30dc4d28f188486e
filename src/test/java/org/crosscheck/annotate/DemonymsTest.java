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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nationalities linked to their places by word formation, not by a list. */
class DemonymsTest {
    @Test
    void nationalitiesFormedFromPlaceNames() {
        assertTrue(Demonyms.isDemonym("North Korean", "North Korea"));
        assertTrue(Demonyms.isDemonym("Chinese", "China"));
        assertTrue(Demonyms.isDemonym("Ukrainian", "Ukraine"));
        assertTrue(Demonyms.isDemonym("Russian", "Russia"));
        assertTrue(Demonyms.isDemonym("Israeli", "Israel"));
        assertTrue(Demonyms.isDemonym("Mexican", "Mexico"));
        assertTrue(Demonyms.isDemonym("Iranian", "Iran"));
    }

    @Test
    void lookalikesAreNotLinked() {
        assertFalse(Demonyms.isDemonym("Korean", "North Korea"));      // which Korea: no evidence
        assertFalse(Demonyms.isDemonym("South Korean", "North Korea"));
        assertFalse(Demonyms.isDemonym("Austrian", "Australia"));
        assertFalse(Demonyms.isDemonym("Iraqi", "Iran"));
        assertFalse(Demonyms.isDemonym("Ukraine", "Ukraine"));
    }

    @Test
    void theNameOfAPlacesPeopleInThePlural() {
        assertTrue(Demonyms.namesResidents("Missourians", "Missouri"));
        assertTrue(Demonyms.namesResidents("Texans", "Texas"));
        assertTrue(Demonyms.namesResidents("New Yorkers", "New York"));
        assertTrue(Demonyms.namesResidents("Californians", "California"));
        assertFalse(Demonyms.namesResidents("Chinatown", "China"));
        assertFalse(Demonyms.namesResidents("Missouri", "Missouri"));
    }

    /**
     * "Today, his fellow Missourians urged him to step aside" (Mitt Romney's statement on Rep. Todd Akin, quoted by
     * Fox News, August 2012, BASIL dev): CoreNLP types "Missourians" MISC, not NATIONALITY; it is linked to Missouri,
     * which the same text names, and stays an entity of its own.
     */
    @Test
    void aStatesPeopleTypedMiscAreLinkedToTheState(@TempDir Path dir) throws IOException {
        Corpus c = TestCorpora.build(dir, "akin", Map.of("fox.txt", "Mitt Romney joined several other Republicans"
                + " Tuesday in calling on Missouri Rep. Todd Akin to give up his bid for Senate.\n\nRomney released a"
                + " statement late Tuesday saying: \"Today, his fellow Missourians urged him to step aside, and I"
                + " think he should accept their counsel and exit the Senate race.\"\n"));
        Entity people = CorpusEntities.entity(c, "Missourians");
        Entity state = CorpusEntities.entity(c, "Missouri");
        assertNotEquals(state.id(), people.id());
        assertEquals(List.of("demonym of Missouri (" + state.id() + ")"), people.links(), people.toString());
        assertTrue(state.links().contains("demonym: Missourians (" + people.id() + ")"), state.toString());
    }

    @Test
    void theLinkIsVisibleOnBothSidesAndNothingIsMerged() {
        Entity nk = new Entity("e14", "North Korean", "NATIONALITY", List.of(), List.of("a"), 7, Map.of(), List.of());
        Entity place = new Entity("e25", "North Korea", "COUNTRY", List.of(), List.of("a"), 7, Map.of(), List.of());
        Entity other = new Entity("e5", "Chinese", "NATIONALITY", List.of(), List.of("a"), 3, Map.of(), List.of());
        List<Entity> out = Demonyms.link(List.of(nk, place, other));
        assertEquals(3, out.size());
        assertEquals(List.of("demonym of North Korea (e25)"), out.get(0).links());
        assertEquals(List.of("demonym: North Korean (e14)"), out.get(1).links());
        assertEquals(List.of(), out.get(2).links()); // no China in this corpus: no link
    }
}
