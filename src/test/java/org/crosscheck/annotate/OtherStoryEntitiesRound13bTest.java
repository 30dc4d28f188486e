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
    static Corpus smith;

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

    static final String BBC_SMITH = """
            Visa row mandarin made Sir John

            The top civil servant at the centre of the David Blunkett visa affair has been knighted in the New Year \
            Honours.

            Sir John Gieve was Home Office permanent secretary during the saga which ended with Mr Blunkett quitting. \
            The outgoing head of the troubled Child Support Agency Doug Smith also earns an honour in the New Year's \
            list. Mr Smith, 57, whose retirement was announced by Work and Pensions Secretary Alan Smith in November, is \
            made a Commander of the Order of Bath.

            Both men were giving evidence to a Commons committee on the computer difficulties facing the agency.
            """;

    @BeforeAll
    static void build() throws IOException {
        grieve = TestCorpora.build(dir, "grieve", Map.of("bbc.txt", BBC_GRIEVE));
        smith = TestCorpora.build(dir, "smith", Map.of("bbc.txt", BBC_SMITH));
    }

    @Test
    void aPersonsNameAfterAnOrganisationsIsNoPartOfIt() {
        // "the troubled Child Support Agency Doug Smith": the agency and its head; "Mr Smith, 57, whose retirement was
        // announced by … Alan Smith" is Doug Smith, named first, not the minister
        assertEquals("ORGANIZATION", CorpusEntities.entity(smith, "Child Support Agency").type());
        assertTrue(CorpusEntities.find(smith, "Child Support Agency Doug Smith").isEmpty());
        Entity doug = CorpusEntities.entity(smith, "Doug Smith");
        assertEquals(doug.id(), mentionAt(smith, "bbc", "Mr Smith, 57", "Mr Smith").entity());
        assertTrue(!doug.id().equals(mentionAt(smith, "bbc", "Mr Smith, 57", "Alan Smith").entity()));
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
