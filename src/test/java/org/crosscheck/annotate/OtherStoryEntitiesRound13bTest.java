package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Entity rules of round 13b, each on the passage of British political copy it was found in (BBC politics, the
 * Blunkett visa affair), as the outlet wrote it.
 */
class OtherStoryEntitiesRound13bTest {
    static Corpus grieve;

    @TempDir
    static Path dir;

    static final String BBC_GRIEVE = """
            Blair's hope for Blunkett return

            The events leading to David Blunkett's resignation must not "swept under the carpet", the Tories have warned.

            On Wednesday Tony Blair said he hoped the former home secretary would serve again in government in the \
            future. Mr Blunkett quit in December after a probe linked him to the visa application of his ex-lover's \
            nanny. Mr Blair said he left "without a stain on his character" but Tory Dominic Grieve branded the way Mr \
            Blunkett's office operated as "scandalous".

            He said Mr Blunkett still had an immense amount to offer the country but he was not making any "guarantees \
            or definitive statements" about future jobs. But shadow attorney general Mr Grieve said: "While I don't \
            rule out the possibility that Mr Blunkett may return as a minister, I don't think it's something that can \
            simply be brushed under the carpet."
            """;

    @BeforeAll
    static void build() throws IOException {
        grieve = TestCorpora.build(dir, "grieve", Map.of("bbc.txt", BBC_GRIEVE));
    }

    @Test
    void aPartyLabelBeforeANameIsNoPartOfIt() {
        // "but Tory Dominic Grieve branded …": WordNet's "Tory" is a member of a political party; the person is
        // "Dominic Grieve", later "Mr Grieve"
        Entity person = CorpusEntities.entity(grieve, "Dominic Grieve");
        assertEquals("PERSON", person.type());
        assertTrue(CorpusEntities.find(grieve, "Tory Dominic Grieve").isEmpty());
        assertEquals(person.id(), mentionAt(grieve, "bbc", "shadow attorney general", "Mr Grieve").entity());
        assertEquals("MISC", mentionAt(grieve, "bbc", "Tory Dominic Grieve", "Tory").type());
    }
}
