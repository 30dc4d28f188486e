package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionsOf;
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
 * Entity rules of round 10, each on the passage it was found in, as the outlet wrote it: two Reuters-21578 articles
 * read in this round (reuters-00110, American Express and the Shearson rumours; reuters-00144, OPEC may have to
 * meet) and BASIL 2012_f11c2566 (Boehner's one-in-three chance). One corpus a story.
 */
class OtherStoryEntitiesRound10Test {
    static Corpus amex;
    static Corpus opec;
    static Corpus boehner;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        amex = TestCorpora.build(dir, "amex", Map.of("reuters-00110.txt", REUTERS_AMEX));
        opec = TestCorpora.build(dir, "opec", Map.of("reuters-00144.txt", REUTERS_OPEC));
        boehner = TestCorpora.build(dir, "boehner", Map.of("fox.txt", FOX_BOEHNER, "nyt.txt", NYT_BOEHNER));
    }

    @Test
    void aPersonOfAFirmIsAPersonAndAFirm() {
        // Reuters-00110: "… going to sell shearson," said Perrin Long of Lipper Analytical. He questioned …"; NER
        // tagged "Perrin Long of Lipper Analytical" one organisation, and "He" went to Jeffery Lane
        Entity long_ = CorpusEntities.entity(amex, "Perrin Long");
        assertEquals("PERSON", long_.type());
        assertEquals("ORGANIZATION", CorpusEntities.entity(amex, "Lipper Analytical").type());
        assertTrue(CorpusEntities.find(amex, "Perrin Long of Lipper Analytical").isEmpty(),
                amex.entities().toString());
        assertTrue(mentionsOf(amex, long_).stream().anyMatch(m -> m.pronoun() && m.text().equals("He")),
                mentionsOf(amex, long_).toString());
        // Reuters-00144: "… said Dillard Spriggs of Petroleum Analysis Ltd in New York."
        assertEquals("PERSON", CorpusEntities.entity(opec, "Dillard Spriggs").type());
        assertEquals("ORGANIZATION", CorpusEntities.entity(opec, "Petroleum Analysis Ltd").type());
        // an organisation named "X of Y" with a noun for a body before "of" stays whole
        assertEquals("ORGANIZATION", CorpusEntities.entity(opec,
                "Harvard University's Energy and Environment Policy Center").type());
    }

    @Test
    void aNameAfterACapitalisedTheInsideASentenceIsNoPerson() {
        // BASIL 2012_f11c2566, NYT: "… he said in an interview first posted online by the newspaper The Hill."; NER
        // tagged "Hill" a person
        Entity hill = CorpusEntities.entity(boehner, "The Hill");
        assertEquals("ORGANIZATION", hill.type());
        assertTrue(CorpusEntities.find(boehner, "Hill").filter(e -> e.type().equals("PERSON")).isEmpty(),
                boehner.entities().toString());
    }

    @Test
    void aSentencesFirstWordIsNoPartOfAnOrganisationNamedWithoutIt() {
        // NYT: "Local Republican Party affiliates are less organized in such states …"; Fox: "gave his Republican
        // Party a "two-in-three chance""
        Entity party = CorpusEntities.entity(boehner, "Republican Party");
        assertTrue(party.sources().contains("nyt") && party.sources().contains("fox"), party.toString());
        assertTrue(CorpusEntities.find(boehner, "Local Republican Party").isEmpty(), boehner.entities().toString());
    }

    static final String FOX_BOEHNER = """
            Boehner: '1-in-3 chance' Republicans could lose House in November

            The House speaker, in an interview with Fox News to air Tuesday morning, gave his Republican Party a \
            "two-in-three chance" of holding on to control of the House after taking power in the 2010 elections.
            """;

    static final String NYT_BOEHNER = """
            Boehner Sees One-in-Three Chance G.O.P. Will Lose House

            "I would say that there is a two-in-three chance that we win control of the House again, but there's a \
            one-in-three chance that we could lose, and I'm being myself, frank," he said in an interview first \
            posted online by the newspaper The Hill. "We've got a big challenge, and we've got work to do."

            Mr. Boehner pointed to what aides called "orphan districts" in Democratic-leaning states that would not \
            be a factor in the presidential campaign. Local Republican Party affiliates are less organized in such \
            states and turnout may be depressed.
            """;

    static final String REUTERS_AMEX = """
            AMERICAN EXPRESS <AXP> SEEN IN POSSIBLE SPINNOFF

                Yesterday, Shearson said it was elevating its chief
            operating officer, Jeffery Lane, to the added position of
            president, which had been vacant. It also created four new
            positions for chairmen of its operating divisions.
                "I think it is highly unlikely that American Express is
            going to sell shearson," said Perrin Long of Lipper Analytical.
            He questioned what would be a better investment than "a very
            profitable securities firm."
            """;

    static final String REUTERS_OPEC = """
            OPEC MAY HAVE TO MEET TO FIRM PRICES - ANALYSTS

                "OPEC must hold to its pact for the next six to eight weeks
            since buyers will come back into the market then," said Dillard
            Spriggs of Petroleum Analysis Ltd in New York.
                But Bijan Moussavar-Rahmani of Harvard University's Energy
            and Environment Policy Center said that the demand for OPEC oil
            has been rising through the first quarter and this may have
            prompted excesses in its production.
            """;
}
