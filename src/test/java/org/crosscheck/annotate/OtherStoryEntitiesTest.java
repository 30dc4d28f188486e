package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules found by reading other stories than the seeds' (BASIL dev events of 2010–2014 and BBC business
 * reports of the Yukos affair): each passage is a sentence as the outlet wrote it.
 */
class OtherStoryEntitiesTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // Supreme Court reporting (BASIL 2011, Wal-Mart v. Dukes)
        write("court.txt", "Theodore J. Boutrous Jr., a lawyer for Wal-Mart, said the handful of women named as "
                + "plaintiffs who seek to represent the entire class did not have typical experiences at the company."
                + "\n\nWal-Mart lawyer Theodore Boutrous argued that every member of the class couldn't possibly meet "
                + "a standard of commonality to justify the lawsuit.\n\nJustices Kennedy and Samuel A. Alito Jr. said "
                + "they were concerned about companies whose pay and promotion gaps mirror national numbers where "
                + "there is no proof of a discriminatory policy.\n\n\u201CSo, you have the company that is absolutely "
                + "typical of the entire American work force,\u201D Justice Alito said.\n\n\u201CYou said this is a "
                + "culture where Arkansas knows, the headquarters knows, everything that's going on,\u201D Kennedy "
                + "said.\n\nIn Tuesday's arguments, several justices suggested they were troubled by the case and "
                + "lower court decisions against Bentonville, Ark.-based Wal-Mart.\n\nThe 10-year-old lawsuit, "
                + "argued in lively exchanges at the court Tuesday, claims that Wal-Mart Stores Inc., the world's "
                + "largest employer, favors men over women in pay and promotions.\n\nFor now, the question in the "
                + "case, Wal-Mart Stores v. Dukes, No. 10-277, is whether hundreds of thousands of female workers "
                + "have enough in common to join together in a single lawsuit.\n");
        // marijuana lawsuit (BASIL 2014)
        write("states.txt", "WASHINGTON \u2014 The states of Nebraska and Oklahoma filed a federal lawsuit in the U.S. Supreme Court "
                + "Thursday, claiming that Colorado's legalization of recreational marijuana is unconstitutional "
                + "under federal law.\n\nThe lawsuit was brought by attorneys general in Nebraska and Oklahoma, and "
                + "asks the United States Supreme Court to strike down key parts of a 2012 voter-approved measure."
                + "\n\nIt was filed directly with the Supreme Court because it involves a dispute among states.\n\n"
                + "\u201CWe\u2019re seeing a lot of marijuana coming over from Colorado,\u201D said Sheriff Adam "
                + "Hayward of Deuel County, Neb., who said that he was gratified that the two states were challenging "
                + "Colorado\u2019s marijuana laws.\n\n\u201CBecause neighboring states have expressed concern about "
                + "Colorado-grown marijuana coming into their states, we are not entirely surprised by this "
                + "action,\u201D Suthers said.\n\nTo date, 23 states and the District of Columbia have legalized "
                + "marijuana for medical purposes. Four states have legalized recreational marijuana, along with "
                + "voters in D.C. -- though the D.C. measure is the subject of a congressional Republican effort to "
                + "block its implementation.\n");
        // BASIL 2010 and 2013
        write("politics.txt", "\"We take no issue with the Tea Party movement. We believe in freedom of assembly and "
                + "people raising their voices in a democracy,\" the NAACP President Benjamin Todd Jealous said in a "
                + "written statement announcing the unanimous vote.\n\nBut the original called for the NAACP to "
                + "\"educate its membership and the community that this movement is not just about higher taxes and "
                + "limited government.\"\n\nHe also was a special assistant district attorney in the Office of the "
                + "Middlesex County District Attorney.\n\nPatrick on Wednesday was asked to reflect on the fact that "
                + "eight years ago, the highest black official in the state was Suffolk County D.A. Ralph Martin.\n");
        // BBC business, the Yukos affair
        write("yukos.txt", "Yukos' owner Menatep Group says it will ask Rosneft to repay a loan that Yugansk had "
                + "secured on its assets.\n\nIt has claimed that Russia imposed the huge tax bill and forced the sale "
                + "of Yugansk as part of a campaign to destroy Yukos and its former owner Mihkail Khodorkovsky, who is "
                + "facing a 10-year prison term in Russia for fraud and tax evasion.\n\nMenatep, Yukos main "
                + "shareholders' group, has also threatened legal action.\n\nYukos claims its downfall was punishment "
                + "for the political ambitions of its founder Mikhail Khodorkovsky.\n");
        // seeds 002 and 000
        write("seeds.txt", "Ukrainian forces have confirmed they had fought six Chinese soldiers and two of them had "
                + "been taken prisoner.\n\nThe Ukranian leader has demanded an explanation from Beijing, who are an "
                + "ally of Russia, and have been accused of helping the Kremlin in the war against Ukraine.\n\n"
                + "Zelenskyy confirmed Ukrainian military operations within Russian border regions, specifically "
                + "mentioning activity in Russia's Belgorod and Kursk Oblasts.\n");
        // BBC business, the Yukos affair: companies NER took for places
        write("banks.txt", "Yukos filed for Chapter 11 protection in Houston in an unsuccessful attempt to halt the "
                + "auction of its Yugansk division by the Russian authorities.\n\nIts lawyers now accept ABN Amro, "
                + "BNP Paribas, Calyon, JP Morgan Chase Bank, and Dresdner Kleinwort Wasserstein were not involved in "
                + "the sale financing.\n\nYugansk was auctioned to help pay off $27.5bn (\u00a314.5bn) in unpaid "
                + "taxes.\n\nThe subpoenas were disclosed Thursday, the same day the Republican governor's campaign "
                + "announced it had hired the Washington, D.C., law firm Patton Boggs in the case.\n");
        // BASIL 2011 and 2013: a name cut by NER, titles
        write("titles.txt", "He said Wal-Mart's strong corporate culture stereotypes women as less aggressive than "
                + "men and that translates into individual pay and promotion decisions at the more than 4,300 Wal-Mart "
                + "and Sam's Club stores across the country.\n\nKwapnoski is an assistant manager at a Sam's Club in "
                + "Concord, Calif.\n\nMassachusetts Gov. Deval Patrick on Wednesday picked a former chief of staff "
                + "to fill Sen. John Kerry's open seat until a special election in June.\n\nBut the winner of the "
                + "Democratic primary will be a likely favorite to win the June 25 special general election, "
                + "considering Massachusetts is among the most liberal states in the country.\n\n\u201CHe's "
                + "cool,\u201D Lt. Gov. Timothy Murray said of Mr. Cowan.\n\nPatrick, Cowan and Lt. Governor Tim "
                + "Murray were all smiles as they walked into a news conference to announce the appointment.\n\n"
                + "\u201CI'm not that cool,\u201D the governor replied.\n\nHe previously practiced civil "
                + "litigation at the Boston office of Mintz, Levin, Cohn, Ferris, Glovsky and Popeo PC, where he was "
                + "a partner.\n\nFrom 1997 to 2009, he practiced civil litigation as an associate and later a "
                + "partner in the Boston office of Mintz, Levin, Cohn, Ferris, Glovsky & Popeo.\n\nAmong the "
                + "potential Democratic candidates are Reps. Stephen F. Lynch, Michael E. Capuano and Edward "
                + "Markey.\n");
        // BASIL 2013, Fox News: a header title with two spaces in it
        write("header.txt", "Outlet: Fox News\nTitle: Massachusetts Gov. Deval Patrick  picks former staffer to "
                + "fill Kerry's Senate seat\nDate: 2013-01-30\n\nCowan joined the Patrick administration in 2009 and "
                + "reportedly quit earlier this month to join private practice.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Optional<Entity> find(String name) {
        return CorpusEntities.find(corpus, name);
    }

    private static Entity entity(String name) {
        return CorpusEntities.entity(corpus, name);
    }

    @Test
    void aGenerationalSuffixIsNoSurname() {
        assertEquals(entity("Theodore J. Boutrous Jr."), entity("Theodore Boutrous"));
        assertEquals(entity("Samuel A. Alito Jr."), entity("Alito"));
    }

    @Test
    void twoLettersSwappedInAFirstNameAreATypingSlip() {
        Entity e = entity("Mikhail Khodorkovsky");
        assertEquals(e, entity("Mihkail Khodorkovsky"));
        assertTrue(e.evidence().stream().anyMatch(l -> l.contains("swapped")), e.evidence().toString());
    }

    @Test
    void aCompanyWithItsLegalFormIsTheCompany() {
        assertEquals(entity("Menatep Group"), entity("Menatep"));
        assertEquals(entity("Wal-Mart Stores Inc."), entity("Wal-Mart Stores"));
        assertTrue(entity("Menatep").evidence().stream().anyMatch(l -> l.contains("legal form")));
    }

    @Test
    void oneCourtWithTheCountryWrittenTwoWaysOrLeftOff() {
        Entity court = entity("Supreme Court");
        assertEquals(court, entity("U.S. Supreme Court"));
        assertEquals(court, entity("United States Supreme Court"));
    }

    @Test
    void aNewsStyleStateAbbreviationIsTheState() {
        assertEquals(entity("Nebraska"), entity("Neb."));
        assertEquals(entity("District of Columbia"), entity("D.C."));
        assertTrue(entity("Neb.").evidence().stream().anyMatch(l -> l.contains("abbreviation")));
    }

    @Test
    void aPlaceFusedWithAParticipleIsAMentionOfThePlace() {
        assertTrue(find("Colorado-grown").isEmpty(), corpus.entities().toString());
        assertTrue(corpus.mentions().stream().anyMatch(m -> m.text().equals("Colorado")
                && m.entity() != null && m.entity().equals(entity("Colorado").id())
                && m.start() > 0 && corpus.sources().stream().anyMatch(s -> s.id().equals(m.source())
                        && s.text().startsWith("Colorado-grown", m.start()))), "no Colorado in Colorado-grown");
    }

    @Test
    void aCountyIsOnePlaceWithItsName() {
        assertEquals("LOCATION", entity("Middlesex County").type());
        assertTrue(find("Suffolk County").isPresent(), corpus.entities().toString());
        assertTrue(find("County").isEmpty(), "'County' alone is no place: " + corpus.entities());
        assertFalse(find("Middlesex").map(e -> e.name().equals("Middlesex")).orElse(false));
    }

    @Test
    void oblastsArePlacesNotOrganisations() {
        Entity kursk = entity("Kursk Oblasts");
        assertTrue(EntityResolver.PLACE.contains(kursk.type()), kursk.toString());
    }

    @Test
    void aCommonNounWithTheIsNoNameAndADatelineIsNoPartOfOne() {
        // "The states of Nebraska and Oklahoma filed …": NER took "The states" for a country
        assertTrue(find("The states").isEmpty(), corpus.entities().toString());
        assertEquals("Washington", entity("WASHINGTON").name());
    }

    @Test
    void aLowerCaseIdeologyIsNoEntity() {
        assertTrue(find("democracy").isEmpty(), corpus.entities().toString());
        assertTrue(find("limited government").isEmpty(), corpus.entities().toString());
    }

    @Test
    void aPlaceNamedAsACompanyIsAnOrganisation() {
        assertEquals("ORGANIZATION", entity("Yugansk").type(), entity("Yugansk").toString());
        assertEquals("ORGANIZATION", entity("Calyon").type(), entity("Calyon").toString());
        assertTrue(EntityResolver.PLACE.contains(entity("Houston").type()));
        // BASIL 2014 (Fox): a firm in a place does not make the place a firm
        assertTrue(EntityResolver.PLACE.contains(entity("D.C.").type()), entity("D.C.").toString());
    }

    @Test
    void aLongNameNerCutIntoPiecesIsTheNameFoundElsewhere() {
        Entity club = entity("Sam's Club");
        assertEquals("ORGANIZATION", club.type());
        assertEquals(2, club.mentions(), club.toString());
        assertTrue(find("Sam").isEmpty(), corpus.entities().toString());
        assertTrue(find("Club").isEmpty(), corpus.entities().toString());
    }

    @Test
    void anAbbreviatedTitleIsTheTitleWrittenOut() {
        assertEquals(entity("governor"), entity("Gov."));
        assertEquals(entity("Lt. Governor"), entity("Lt. Gov."));
        assertTrue(find("general").isEmpty(), "'general election' names no general: " + corpus.entities());
    }

    @Test
    void aFirmNamedByItsPartnersIsOneOrganisation() {
        Entity firm = entity("Mintz, Levin, Cohn, Ferris, Glovsky & Popeo");
        assertEquals("ORGANIZATION", firm.type());
        assertEquals(firm, entity("Mintz, Levin, Cohn, Ferris, Glovsky and Popeo PC"));
        for (String piece : new String[] {"Cohn", "Ferris", "Glovsky", "Popeo"}) {
            assertTrue(find(piece).isEmpty(), piece + " is part of the firm's name: " + corpus.entities());
        }
        // a list of people is not a firm
        assertEquals("PERSON", entity("Michael E. Capuano").type());
    }

    @Test
    void aTitleHasOneSpaceBetweenWords() {
        var source = corpus.sources().stream().filter(x -> x.id().equals("header")).findFirst().orElseThrow();
        assertEquals("Massachusetts Gov. Deval Patrick picks former staffer to fill Kerry's Senate seat",
                source.title());
        assertEquals(source.title(), source.meta().get("title"));
    }

    @Test
    void anAbbreviationKeepsItsPeriodInItsName() {
        assertEquals("Calif.", entity("Calif.").name());
    }

    @Test
    void aNationalityMisspeltByOneLetterIsTheNationality() {
        Entity e = entity("Ukrainian");
        assertEquals(e, entity("Ukranian"));
        assertTrue(e.evidence().stream().anyMatch(l -> l.contains("misspelt")), e.evidence().toString());
    }
}
