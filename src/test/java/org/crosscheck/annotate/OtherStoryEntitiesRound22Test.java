package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 22, on the passages they were found in: the BBC's reports of the row over David Blunkett
 * (politics 102, 112, 156, 206), of the civil servants' strike in Wales (politics 210) and Reuters' report of the
 * takeover talk around Hongkong and Shanghai Hotels (reuters-00960).
 */
class OtherStoryEntitiesRound22Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    static final String BBC_102 = """
            Blunkett row should end - Blair

            Prime Minister Tony Blair said it was time to draw a line under the controversy surrounding David \
            Blunkett.

            The Tories and the Lib Dems have called for a second inquiry into the fast-tracking of a visa application \
            for Mr Blunkett's ex-lover's nanny. Sir Alan Budd found a "chain of events" linked Mr Blunkett to Leoncia \
            Casalme's indefinite leave to remain application.

            Asked if Mr Blunkett could return to frontline politics at some point, he replied: "I have made my \
            admiration for David very clear and it remains. "He's been a tremendous colleague, he's done a great job \
            for us, first as home secretary then as education secretary. The future is something we will have to \
            approach in the future." The prime minister shrugged off claims from Conservative leader Michael Howard \
            that he led a "grubby government". He said Mr Blunkett's integrity remained intact: "He was the person \
            first of all who asked for this inquiry to be set up."
            """;

    static final String BBC_112 = """
            Blair 'damaged' by Blunkett row

            But nearly half those surveyed said Mr Blunkett should return to Cabinet if Labour won the next election.
            """;

    static final String BBC_206 = """
            Blair's hope for Blunkett return

            The events leading to David Blunkett's resignation must not "swept under the carpet", the Tories have \
            warned.

            On Wednesday Tony Blair said he hoped the former home secretary would serve again in government in the \
            future. Senior Labour backbencher Martin O'Neill, who chairs the Commons trade committee, said he believed \
            the prime minister would want one of his "praetorian guard" - a reference to the elite body guard of \
            Roman emperors - back alongside him.
            """;

    static final String BBC_156 = """
            Visa row mandarin made Sir John

            The outgoing head of the troubled Child Support Agency Doug Smith also earns an honour in the New Year's \
            list. Mr Smith, 57, whose retirement was announced by Work and Pensions Secretary Alan Smith in November, \
            is made a Commander of the Order of Bath.

            A Department for Work and Pensions spokeswoman said of Mr Smith's honour: "The award reflects all that he \
            has achieved in a Civil Service career."
            """;

    static final String BBC_210 = """
            Thousands join strike in Wales

            Pickets were in place across Wales, with protests around the country. PCS Union spokesman Jeff Evans \
            said: "In Wales the civil service is major employer." The worst-affected area in Wales will be the \
            Department of Work and Pensions where 2,000 jobs are threatened.
            """;

    static final String BBC_365 = """
            Brown's job cuts anger unions

            Mark Serwotka, the leader of the Public and Commercial Services Union said: "In last year's budget we had \
            the day of the long knifes."
            """;

    static final String REUTERS_00960 = """
            HK HOTELS SOARS ON TAKEOVER SPECULATION

            The price of Hongkong and Shanghai Hotels Ltd's stock soared on speculation of a takeover battle between \
            major shareholders the Kadoorie family and the Evergo Industrial Enterprise Ltd group, stock brokers said.
            """;

    static final String REUTERS_00950 = """
            GERMAN BANKS SEEK GREATER BRAZIL LINK WITH IMF

            The sources, speaking ahead of a meeting later today between Brazilian Finance Minister Dilson Funaro and \
            his West german counterpart Gerhard Stoltenberg, also believed Brazil should come up with a convincing \
            economic recovery program. Their comments echoed those of British Chancellor of the Exchequer Nigel \
            Lawson, who met Funaro yesterday.

            Funaro is currently on a European trip seeking to involve governments in negotiations with commercial \
            banks on rescheduling part of Brazil's foreign debt, which totals some 109 billion dlrs. But Lawson told \
            Funaro Brazil had to solve its problems with the banks rather than governments.

            West German banks have taken a more relaxed attitude to the Brazilian suspension of interest payments than \
            institutions in the United States, because of their lower exposure.

            According to Bundesbank data from September last year, West German bank exposure to Latin America of \
            slightly under 16 billion marks represented less than five pct of all foreign credit.
            """;

    static final String BBC_075 = """
            Blair rejects Tory terror taunts

            Mr Johnson apologised last October for perpetuating an "outdated stereotype" of Liverpool in the leader \
            article on the death of Mr Bigley. The article in the magazine suggested grieving Liverpudlians were \
            wallowing in their victim status. It also attributed blame to drunken Liverpool football fans for the \
            1989 Hillsborough disaster in which 96 people died.
            """;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round22", Map.of("bbc-politics-102.txt", BBC_102,
                "bbc-politics-112.txt", BBC_112, "bbc-politics-206.txt", BBC_206, "bbc-politics-156.txt", BBC_156,
                "bbc-politics-210.txt", BBC_210, "bbc-politics-365.txt", BBC_365, "reuters-00960.txt", REUTERS_00960,
                "reuters-00950.txt", REUTERS_00950, "bbc-politics-075.txt", BBC_075));
    }

    @Test
    void aBodyNamedByTwoFieldsJoinedByAndIsOneOrganisation() {
        // "Department of Work" (NER cut at "and") in 210, nothing at all in 156: now one organisation in both
        Mention cut = mentionAt(corpus, "bbc-politics-210", "worst-affected", "Department of Work and Pensions");
        Mention untagged = mentionAt(corpus, "bbc-politics-156", "spokeswoman", "Department for Work and Pensions");
        assertEquals("ORGANIZATION", cut.type());
        assertEquals(cut.entity(), untagged.entity());
    }

    @Test
    void initialsOfTheFirstWordsBeforeTheLastWordAreTheLongName() {
        // "PCS Union spokesman Jeff Evans": a row apart from "the Public and Commercial Services Union"
        Mention pcs = mentionAt(corpus, "bbc-politics-210", "spokesman Jeff Evans", "PCS Union");
        assertEquals(mentionAt(corpus, "bbc-politics-365", "Mark Serwotka", "Public and Commercial Services Union")
                .entity(), pcs.entity());
    }

    @Test
    void aTitleOfTwoFieldsJoinedByAndIsOneTitle() {
        // "Work and Pensions Secretary Alan Smith": the title was "Pensions Secretary"
        assertEquals("TITLE", mentionAt(corpus, "bbc-politics-156", "retirement was announced",
                "Work and Pensions Secretary").type());
    }

    @Test
    void aCompanyOfTwoWordsJoinedByAndBeforeItsLegalFormIsOne() {
        // "Hongkong and Shanghai Hotels Ltd": a place "Hongkong" (Hong Kong's) and an organisation "Shanghai Hotels Ltd"
        Mention m = mentionAt(corpus, "reuters-00960", "The price of", "Hongkong and Shanghai Hotels Ltd");
        assertEquals("ORGANIZATION", m.type());
        assertFalse(corpus.mentions().stream().anyMatch(x -> x.text().equals("Hongkong")), corpus.mentions().toString());
    }

    @Test
    void aPartyNameTheTaggerTookForACommonNounIsTheParty() {
        // "Senior Labour backbencher Martin O'Neill": "Labour" an NN to the tagger, untagged by NER
        Mention senior = mentionAt(corpus, "bbc-politics-206", "Senior Labour", "Labour");
        assertEquals(mentionAt(corpus, "bbc-politics-112", "if Labour won", "Labour").entity(), senior.entity());
    }

    @Test
    void thePluralOfAPartysMemberIsTheParty() {
        // "The Tories and the Lib Dems …", "the Tories have warned": untagged, no row before
        Mention tories = mentionAt(corpus, "bbc-politics-102", "Lib Dems have called", "Tories");
        assertEquals("ORGANIZATION", tories.type());
        assertEquals(tories.entity(), mentionAt(corpus, "bbc-politics-206", "have warned", "Tories").entity());
    }

    @Test
    void aPronounGoesOnWithATitleThatOpenedTheSentenceBefore() {
        // "The prime minister shrugged off claims from Conservative leader Michael Howard … He said …": "He" was Howard
        Mention he = mentionAt(corpus, "bbc-politics-102", "integrity remained intact", "He");
        assertEquals(mentionAt(corpus, "bbc-politics-102", "Prime Minister Tony Blair", "Tony Blair").entity(),
                he.entity());
    }

    @Test
    void aTitleAloneIsThePersonAnotherReportNamesAfterIt() {
        // "… the prime minister would want one of his "praetorian guard" …": "his" was O'Neill's
        Mention his = mentionAt(corpus, "bbc-politics-206", "praetorian", "his");
        assertEquals(mentionAt(corpus, "bbc-politics-206", "On Wednesday", "Tony Blair").entity(), his.entity());
    }

    @Test
    void aSurnameRunTogetherWithAPlaceIsThePersonAndThePlace() {
        // "But Lawson told Funaro Brazil had to solve …": an organisation "Funaro Brazil"
        Mention funaro = mentionAt(corpus, "reuters-00950", "Lawson told", "Funaro");
        assertEquals(mentionAt(corpus, "reuters-00950", "Finance Minister", "Dilson Funaro").entity(), funaro.entity());
        assertEquals(mentionAt(corpus, "reuters-00950", "also believed", "Brazil").entity(),
                mentionAt(corpus, "reuters-00950", "Lawson told", "Brazil").entity());
    }

    @Test
    void aPlaceAndACountryWordNetWritesAsOnePlaceAreOne() {
        // "exposure to Latin America": a place "Latin" and "America", a name of the United States
        Mention latin = mentionAt(corpus, "reuters-00950", "exposure to", "Latin America");
        assertEquals("LOCATION", latin.type());
        assertFalse(corpus.mentions().stream().anyMatch(x -> x.text().equals("America")), corpus.mentions().toString());
    }

    @Test
    void thePeopleOfAPlaceAreNoOtherNameOfThePlace() {
        // "grieving Liverpudlians": WordNet's "a native or resident of Liverpool" made "Liverpool" an alias of them
        Mention people = mentionAt(corpus, "bbc-politics-075", "grieving Liverpudlians", "Liverpudlians");
        assertNotEquals(mentionAt(corpus, "bbc-politics-075", "outdated stereotype", "Liverpool").entity(),
                people.entity());
    }
}
