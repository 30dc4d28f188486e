package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 21, on the passages they were found in: Reuters-21578 00898 (Singapore's budget) and the
 * BBC's reports of Alastair Campbell's e-mail row and Peter Mandelson's warning to the BBC (politics 009 and 196).
 */
class OtherStoryEntitiesRound21Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    static final String REUTERS_00898 = """
            NEUTRAL BUDGET EXPECTED IN SINGAPORE

            Singapore's Finance Minister Richard Hu is expected to announce a neutral budget tomorrow with no major \
            tax changes for the 1987/88 year starting April 1, bankers and economists told Reuters.

            Last March Hu cut corporation tax to 33 pct from 40 pct, and income tax was reduced by the same margin.

            "I don't foresee any new or additional stimulus because the economy is now improving," said Clemente \
            Escano, vice president of the Union Bank of Switzerland.
            """;

    static final String BBC_009 = """
            Campbell: E-mail row 'silly fuss'

            Ex-No 10 media chief Alastair Campbell is at the centre of a new political row over an e-mail containing \
            a four-letter outburst aimed at BBC journalists.

            The e-mail was sent by mistake to Newsnight journalist Andrew McFadyen. Realising his error, Mr Campbell \
            then e-mailed Mr McFadyen pointing out the mistake, but suggesting presenter Jeremy Paxman would have seen \
            the funny side.

            He said: "Not very good at this e-mail Blackberry malarkey. Just looked at log of sent messages, have \
            realised e-mail meant for colleagues at TBWA has gone to you. For the record, first three sentences of \
            email spot on. No row between me and trevor. "Posters done by them according to our brief. I dreamt up \
            flying pigs. Pigs not great but okay in the circs of Tories promising tax cuts and spending rises with \
            the same money. TBWA made production. "Campbell swears shock."
            """;

    static final String BBC_196 = """
            Mandelson warning to BBC

            The European commissioner and former Labour minister was speaking amid claims that Mr Campbell is part \
            of a Labour "dirty tricks" campaign. That charge was denied by Mr Mandelson, who said the Tories were \
            afraid of Mr Campbell's campaigning skills.

            Labour has attracted media criticism for using new freedom of information laws to dig up information \
            about Tory leader Michael Howard's past.

            Mr Mandelson, a former Labour communications director, told BBC Radio 4's Today programme: "I understand \
            why the Tories will be gunning for Alastair Campbell because they fear his campaigning skills."
            """;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round21", Map.of("reuters-00898.txt", REUTERS_00898,
                "bbc-politics-009.txt", BBC_009, "bbc-politics-196.txt", BBC_196));
    }

    @Test
    void aShortSurnameNerLeftUntaggedIsThePersonNamedInFull() {
        // "Hu" (NNP, no NER type) was too short for the corpus-wide propagation: no mention before
        Mention hu = mentionAt(corpus, "reuters-00898", "Last March", "Hu");
        assertEquals("PERSON", hu.type());
        assertEquals(mentionAt(corpus, "reuters-00898", "Finance Minister", "Richard Hu").entity(), hu.entity());
    }

    @Test
    void anInstitutionOfAPlaceIsOneOrganisation() {
        // "the Union Bank of Switzerland": an organisation "Union Bank" and a country "Switzerland" before
        assertEquals("ORGANIZATION", mentionAt(corpus, "reuters-00898", "Escano", "Union Bank of Switzerland").type());
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.text().equals("Switzerland")),
                corpus.mentions().toString());
    }

    @Test
    void aPronounInAnOpeningPhraseLooksAheadOverAnAdverb() {
        // "Realising his error, Mr Campbell then e-mailed Mr McFadyen": "his" was McFadyen's, the last person named
        String campbell = mentionAt(corpus, "bbc-politics-009", "media chief", "Alastair Campbell").entity();
        Mention his = mentionAt(corpus, "bbc-politics-009", "Realising", "his");
        assertEquals(campbell, his.entity());
        assertNotEquals(mentionAt(corpus, "bbc-politics-009", "sent by mistake", "Andrew McFadyen").entity(),
                his.entity());
    }

    @Test
    void aPartysWordForItsMemberBeforeATitleIsTheParty() throws IOException {
        // the three reports as one corpus: NER leaves every "Tories" untagged, which the corpus's capitals make a
        // name; "Tory leader Michael Howard" and "Liam Fox, Tory co-chairman" made a PERSON "Tory" of four mentions
        Map<String, String> files = new java.util.HashMap<>();
        for (String f : new String[] {"009", "196", "297"}) {
            Path article = Path.of("../shared/corpora/bbc/politics/" + f + ".txt");
            Assumptions.assumeTrue(Files.isRegularFile(article), article + " is absent: skipped");
            files.put(f + ".txt", Files.readString(article));
        }
        Corpus c = TestCorpora.build(dir, "campbell", files);
        Mention tory = mentionAt(c, "196", "Tory leader", "Tory");
        assertNotEquals("PERSON", tory.type());
        assertEquals("MISC", mentionAt(c, "009", "Tory co-chairman", "Tory").type());
        assertEquals(mentionAt(c, "196", "were afraid", "Tories").entity(), tory.entity());
        assertEquals(mentionAt(c, "196", "were afraid", "Tories").entity(),
                mentionAt(c, "009", "Tory co-chairman", "Tory").entity());
        assertEquals("PERSON", mentionAt(c, "196", "Tory leader", "Michael Howard").type());
    }

    @Test
    void aBroadcastersProgrammeIsOneNameAndTheStationKeepsItsNumber() {
        // "BBC Radio 4's Today programme": an organisation "BBC Radio", a number "4" and a DATE "Today" before
        assertEquals("ORGANIZATION", mentionAt(corpus, "bbc-politics-196", "Today programme", "BBC Radio 4").type());
        assertEquals("MISC", mentionAt(corpus, "bbc-politics-196", "Today programme", "Today").type());
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.text().equals("BBC Radio")),
                corpus.mentions().toString());
    }
}
