package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

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
