package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Entity rules of round 16b, on the passages they were found in: the BBC's reports of the Kenteris/Thanou doping case
 * (sport 016, 017, 054, 079, 089), one corpus.
 */
class OtherStoryEntitiesRound16bTest {
    static Corpus kenteris;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        kenteris = TestCorpora.build(dir, "kenteris", Map.of("bbc-sport-016.txt", SPORT_016, "bbc-sport-017.txt",
                SPORT_017, "bbc-sport-054.txt", SPORT_054, "bbc-sport-079.txt", SPORT_079, "bbc-sport-089.txt",
                SPORT_089));
    }

    @Test
    void firstNamesWithAnInitialCOrKAreOneName() {
        // "Costas Kenteris" (016) and "Kostas Kenteris" (017): one Greek letter transliterated two ways
        Entity kostas = CorpusEntities.entity(kenteris, "Kostas Kenteris");
        assertEquals(kostas.id(), mentionAt(kenteris, "bbc-sport-016", "governing body has postponed",
                "Costas Kenteris").entity());
        assertEquals(kostas.id(), mentionAt(kenteris, "bbc-sport-016", "who won the men's 200m", "Kenteris")
                .entity());
        // the other first names stay apart
        assertNotEquals(kostas.id(), CorpusEntities.entity(kenteris, "Katerina Thanou").id());
    }

    @Test
    void anAcronymWrittenAsAWordIsTheNameWhoseInitialsItHolds() {
        // "The World Anti-Doping Agency (Wada) will appeal …", "Wada chairman Dick Pound said" (079): a person to NER
        Entity wada = CorpusEntities.entity(kenteris, "World Anti-Doping Agency");
        assertEquals(wada.id(), mentionAt(kenteris, "bbc-sport-079", "Wada chairman", "Wada").entity());
        assertEquals("ORGANIZATION", mentionAt(kenteris, "bbc-sport-079", "Wada chairman", "Wada").type());
    }

    @Test
    void capitalsInParenthesesAfterAnOrganisationAreItsAcronymInItsOwnLanguage() {
        // "the Greek Athletics Federation (SEGAS)" (054): the Greek initials, not the English ones
        Entity federation = CorpusEntities.entity(kenteris, "Greek Athletics Federation");
        assertEquals(federation.id(), mentionAt(kenteris, "bbc-sport-054", "independent disciplinary committee",
                "SEGAS").entity());
        // "Greek athletic's governing body, Segas" (016): the same body, written as a word
        assertEquals(federation.id(), mentionAt(kenteris, "bbc-sport-016", "ordered Greek athletic's", "Segas")
                .entity());
    }

    @Test
    void aNameRightBeforeTheNounForItsKindIsAnOrganisation() {
        // "Thanou told To Vima newspaper in her first interview" (089): a person "Vima" to NER
        assertEquals("ORGANIZATION", mentionAt(kenteris, "bbc-sport-089", "Thanou told To Vima", "Vima").type());
    }

    @Test
    void twoCapitalsModifyingANounAfterAAreNoState() {
        // "I always said we needed a PR person." (089): Puerto Rico to NER
        assertTrue(CorpusEntities.find(kenteris, "PR").isEmpty(), kenteris.entities().toString());
    }

    static final String SPORT_016 = """
            Verdict delay for Greek sprinters

            Greek athletics' governing body has postponed by two weeks the judgement on sprinters Costas Kenteris \
            and Katerina Thanou for missing doping tests.

            The pair are facing lengthy bans for the missed tests, including one on the eve of last year's Athens \
            Olympics. Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games and Thanou, 30, who won the \
            women's 100m silver medal in Sydney, face a maximum two-year ban if found guilty. The IAAF said the \
            sprinters had failed to provide samples for tests in Tel Aviv, Chicago and Athens and ordered Greek \
            athletic's governing body, Segas, to hold a disciplinary inquiry.
            """;

    static final String SPORT_017 = """
            Call for Kenteris to be cleared

            Kostas Kenteris' lawyer has called for the doping charges against the Greek sprinter to be dropped.

            Gregory Ioannidis has submitted new evidence to a Greek athletics tribunal which he claims proves the \
            former Olympic champion has no case to answer. Kenteris and compatriot Katerina Thanou were given \
            provisional suspensions in December for failing to take drugs tests before the Athens Olympics.
            """;

    static final String SPORT_054 = """
            Greek pair attend drugs hearing

            Greek sprinters Kostas Kenteris and Katerina Thanou have appeared before an independent tribunal which \
            will decide if their bans should stand.

            The athletes' lawyer Grigoris Ioanidis said he believed the independent disciplinary committee set up by \
            the Greek Athletics Federation (SEGAS) would find them innocent. "We are almost certain that the charges \
            will be dropped," said Ioanidis.
            """;

    static final String SPORT_079 = """
            Wada will appeal against ruling

            The World Anti-Doping Agency (Wada) will appeal against the acquittal of Kostas Kenteris and Katerina \
            Thanou on doping charges, if the IAAF does not.

            The pair were cleared of charges relating to missing dope tests by the Greek Athletics Federation last \
            week. Wada chairman Dick Pound said: "I am convinced the IAAF will appeal against the decision, and we \
            will support them."
            """;

    static final String SPORT_089 = """
            Thanou desperate to make return

            Thanou, 30, was provisionally suspended for missing a test before the Olympics, but the decision was \
            overturned. "The IAAF will decide if we can compete again in Greece and abroad," Thanou told To Vima \
            newspaper in her first interview since the Athens Olympics.

            Thanou said: "I can see how people can think the accident seemed like a childish excuse. "I cannot deny \
            that we made a lot of mistakes during that time. I always said we needed a PR person."
            """;
}
