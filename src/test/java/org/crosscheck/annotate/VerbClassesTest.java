package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Verb classes from WordNet: the verbs outlets use for one act of criticism, and verbs that are not related. */
class VerbClassesTest {
    @Test
    void verbsOfCriticismAreRelated() {
        // "has taken to Facebook to blast her older sibling" / "criticized her sister's opposition" / "took to
        // Facebook to rebuke her sister's remarks" (three outlets on Mary Cheney's post)
        assertTrue(VerbClasses.related("blast", "criticize")); // a sense of blast is a kind of criticize
        assertTrue(VerbClasses.related("rebuke", "criticize"));
        assertTrue(VerbClasses.related("rebuke", "blast")); // both kinds of criticize
        assertTrue(VerbClasses.related("react", "respond")); // one synset
        assertFalse(VerbClasses.related("raise", "move")); // "move" is too broad a class to relate its kinds
        assertTrue(VerbClasses.related("Criticize", "criticize"));
    }

    @Test
    void unrelatedVerbsAreNot() {
        assertFalse(VerbClasses.related("criticize", "capture"));
        assertFalse(VerbClasses.related("blast", "apologize"));
        assertFalse(VerbClasses.related("demand", "deny"));
        assertFalse(VerbClasses.related("", "criticize"));
        assertFalse(VerbClasses.related("criticize", null));
        assertFalse(VerbClasses.related("qwzx", "criticize")); // not in WordNet
    }

    @Test
    void phrasalVerbsAreKnown() {
        assertTrue(VerbClasses.known("bow out"));
        assertTrue(VerbClasses.known("strike down"));
        assertFalse(VerbClasses.known("criticize out")); // a verb with a particle WordNet does not list
    }
}
