package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Entity rules found by reading three more BASIL dev events (2011 Trump and the birth certificate, 2012 Georgetown
 * faculty and Paul Ryan's budget, 2014 the indictment of Rep. Grimm): each passage is as the outlet wrote it.
 */
class OtherStoryEntitiesRound2Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // BASIL 2011 (Fox, HuffPost, NYT)
        write("birth.txt", "WASHINGTON -- Real estate tycoon Donald Trump said Thursday he has doubts about whether "
                + "President Obama was born in the United States and has sent investigators to Hawaii looking for "
                + "answers.\n\nHe accused Obama of carrying out a confusing policy on the civil war in Libya, saying "
                + "\"nobody knows what's happening, and now it looks like (Libyan strongman Moammar) Gadhafi is going "
                + "to beat the United States.\"\n\n\"How come in the hospital itself, okay? This is one of the...in "
                + "the hospital itself, there's no records of his birth. In other words, it doesn't say how much they "
                + "paid, where is the doctor, here's your room bill.\"\n\nBut speaking on ABC News, New Jersey "
                + "Republican Gov. Chris Christie, who is insistent he personally is not a candidate for president in "
                + "2012, said he wasn't sure his friend Trump would be either.\n\nMs. Townsend said she had her own "
                + "agenda for the meeting at Trump Tower.\n");
        // BASIL 2012 (Fox, HuffPost, NYT)
        write("budget.txt", "GOP Rep. Paul Ryan is heading to Georgetown University for a speech Thursday morning, "
                + "but not before an old-fashioned, Catholic school knuckle-rapping.\n\nA group of nearly 90 "
                + "professors and administrators connected to the Jesuit-founded school in Washington, D.C., has "
                + "sent Ryan, R-Wis., a letter saying he\u2019s misused Catholic doctrine to support his "
                + "deficit-reducing, GOP House budget.\n\n\u201COur problem with Representative Ryan is that he "
                + "claims his budget is based on Catholic social teaching,\u201D said Jesuit Father Thomas J. Reese , "
                + "one of the organizers of the letter.\n\nThe latest criticism comes in a letter released Tuesday "
                + "and signed by nearly 90 faculty members and priests at Georgetown, the Jesuit university in "
                + "Washington, in advance of Mr. Ryan\u2019s visit there on Thursday.\n\nTheir condemnation has "
                + "grown so heated that this month, Bishop Daniel Jenky, of Peoria, Ill., said in a homily that "
                + "President Obama was so intolerant of religion that he was \u201Cfollowing a similar path\u201D "
                + "as Hitler and Stalin. Dozens of faculty members at Notre Dame, also a Catholic university, sent "
                + "a letter to the president and chairman of the board of trustees last Friday asking them to "
                + "rebuke Bishop Jenky\u2019s comments and seek his resignation from the board.\n\nThe statement "
                + "also quotes from the U.S. Conference of Catholic Bishops' letters to Congress saying budgets "
                + "cannot rely on disproportionate cuts in essential services to the poor.\n\nThe United States "
                + "Conference of Catholic Bishops has also issued several letters to members of Congress calling for "
                + "a budget that prioritizes aid to the poor.\n");
        // BASIL 2014 (Fox, HuffPost, NYT)
        write("grimm.txt", "New York Republican Rep. Michael Grimm's attorney confirmed late Friday that federal "
                + "prosecutors plan to file criminal charges against the congressman.\n\nThe statement said Grimm "
                + "\"asserts his innocence of any wrongdoing\" and \"will be vindicated.\"\n\nThe charges were "
                + "expected to focus on his conduct in connection with a health food restaurant he owned on the "
                + "Upper East Side of Manhattan after he left the Federal Bureau of Investigation in 2006.\n\n"
                + "Healthalicious, the restaurant that the people said was a focus of the indictment, was on Second "
                + "Avenue near 83rd Street. The company Mr. Grimm formed to operate it was called Granny Sayz, "
                + "L.L.C., and was affiliated with a company connected to Mr. Biton, the fund-raiser.\n\nShortly "
                + "afterward, Mr. Grimm filed papers with the state to dissolve Granny Sayz. The lawyer eventually "
                + "sued Granny Sayz in federal court.\n\nMr. Grimm, the only Republican member of New York "
                + "City\u2019s congressional delegation, faces a challenger in former City Councilman Domenic M. "
                + "Recchia Jr., a Democrat who headed the Council\u2019s Finance Committee and was Christine C. "
                + "Quinn\u2019s chief lieutenant when she was Council speaker.\n\nDuring that race, Grimm has "
                + "acknowledged receiving $250,000 to $300,000 in contributions from followers of an Israeli rabbi, "
                + "Yoshiyahu Yosef Pinto.\n\nThat committee said it would defer its inquiry because of a separate "
                + "Department of Justice investigation.\n\nThe Justice Department began investigating Grimm two "
                + "years ago on allegations that he filed erroneous campaign finance reports.\n");
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

    private static boolean anyName(String part) {
        return corpus.entities().stream().anyMatch(e -> e.name().contains(part)
                || e.aliases().stream().anyMatch(a -> a.contains(part)));
    }

    @Test
    void aNameHasNoStrayMarks() {
        assertTrue(!anyName(")") && !anyName("\""), corpus.entities().toString());
        assertEquals("PERSON", entity("Moammar Gadhafi").type());
        assertEquals(entity("Michael Grimm"), entity("Grimm"));
        assertEquals("D.C.", entity("D.C.").name());
    }

    @Test
    void aNameDoesNotEndInAJoiningWord() {
        assertTrue(find("Upper East Side of").isEmpty(), corpus.entities().toString());
        assertTrue(find("Upper East Side").isPresent(), corpus.entities().toString());
        assertTrue(find("Manhattan").isPresent(), corpus.entities().toString());
    }

    @Test
    void aPartyStateTagIsNoName() {
        assertTrue(find("R-Wis.").isEmpty(), corpus.entities().toString());
    }

    @Test
    void aTitleOrFaithBeforeANameIsNoPartOfIt() {
        Entity jenky = entity("Daniel Jenky");
        assertEquals(jenky, entity("Jenky"));
        assertTrue(find("Bishop Jenky").isEmpty(), corpus.entities().toString());
        assertEquals("TITLE", entity("Bishop").type());
        assertEquals("PERSON", entity("Thomas J. Reese").type());
        assertEquals("TITLE", entity("Father").type());
    }

    @Test
    void aRoleNounUsedOnlyAsACommonNounIsNoTitle() {
        assertTrue(find("doctor").isEmpty(), corpus.entities().toString());
        assertTrue(find("candidate").isEmpty(), corpus.entities().toString());
        assertTrue(find("lieutenant").isEmpty(), corpus.entities().toString());
        // capitalised or before a name, a title stays
        assertEquals("TITLE", entity("Gov.").type());
        assertEquals("TITLE", entity("City Councilman").type());
        // in apposition to a person, a role noun is a title: "an Israeli rabbi, Yoshiyahu Yosef Pinto"
        assertEquals("TITLE", entity("rabbi").type());
    }

    @Test
    void aPlaceNerCutInTwoIsOnePlace() {
        assertTrue(find("Trump Tower").isPresent(), corpus.entities().toString());
        assertTrue(find("Tower").isEmpty(), corpus.entities().toString());
        assertTrue(find("Second Avenue").isPresent(), corpus.entities().toString());
        assertTrue(find("Second").isEmpty(), corpus.entities().toString());
    }

    @Test
    void aCompanyNamedWithItsLegalFormAfterACommaIsAnOrganisation() {
        assertTrue(find("L.L.C.").isEmpty(), corpus.entities().toString());
        Entity company = entity("Granny Sayz");
        assertEquals("ORGANIZATION", company.type(), company.toString());
        assertTrue(company.mentions() >= 3, company.toString());
    }

    @Test
    void aDatelineOrAPlaceBeforeAStateIsACity() {
        assertEquals("CITY", entity("Washington").type(), entity("Washington").toString());
        assertEquals("CITY", entity("Peoria").type());
        assertEquals("STATE_OR_PROVINCE", entity("New York").type(), entity("New York").toString());
    }

    @Test
    void aPlaceInAppositionWithAnInstitutionNounIsTheInstitution() {
        Entity georgetown = entity("Georgetown University");
        assertEquals(georgetown, entity("Georgetown"));
        assertEquals("ORGANIZATION", georgetown.type());
        assertEquals("ORGANIZATION", entity("Notre Dame").type(), entity("Notre Dame").toString());
    }

    @Test
    void anOrganisationInAnotherWordOrderOrWithItsCountrySpeltAnotherWayIsOne() {
        assertEquals(entity("Department of Justice"), entity("Justice Department"));
        assertEquals(entity("U.S. Conference of Catholic Bishops"),
                entity("United States Conference of Catholic Bishops"));
    }
}
