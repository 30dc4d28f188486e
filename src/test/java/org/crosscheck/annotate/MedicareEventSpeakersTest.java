package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name before the head of the speaker's phrase modifies it: "the Obama campaign said", "a Romney campaign aide
 * said" are not Obama's or Romney's words (BASIL 2012, Medicare; Fox's and the NYT's sentences). Before, the rule for
 * a name hung on a title ("Kyiv's foreign minister Andrii Sybiha" parsed with the title as head) took any name in the
 * phrase, so a campaign's statement was the candidate's own. A name after the head is still the speaker.
 *
 * <p>And a "he" that is the subject of a verb does not mean a person named in a clause with no subject of its own
 * hung on that verb: "Amplifying the Romney campaign message, he said …" is Ryan, named in the sentence before.
 *
 * <p>And a participle of saying after a comma that stands inside the closing quotation mark ("rated the Obama ad as
 * “false,” noting that …", HuffPost) has the subject of the verb it hangs on, as it has after a plain comma; before,
 * the quoted word fell to a person named three sentences earlier, and "the McCain campaign" was the source of
 * "slashing benefits".
 *
 * <p>And capitalised words NER left untagged after an organisation and a word that can name an office ("said RNC
 * Chair Reince Priebus") are a person, as after a title NER tagged: Priebus was no entity.
 */
class MedicareEventSpeakersTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("nyt.txt"), "WASHINGTON - Representative Paul D. Ryan\u2019s budget blueprint "
                + "assumes the same amount of Medicare savings as President Obama\u2019s health care law.\n\n"
                + "As the partisan brawl over Medicare continued on Tuesday and threatened to become the focus of the "
                + "race, the Obama campaign said that Mr. Ryan\u2019s budget plan \u2014 broadly endorsed by Mr. "
                + "Romney \u2014 \u201cwould end Medicare as we know it\u201d and shift costs to beneficiaries.\n\n"
                + "Mr. Romney has offered a Medicare proposal similar to Mr. Ryan\u2019s. But the Romney campaign said "
                + "Tuesday that Mr. Romney would restore the money being squeezed out of Medicare by the 2010 health "
                + "law.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("fox.txt"), "And the ObamaCare cuts he referenced would likely come in the form "
                + "of lower payments to providers. A Romney campaign aide, though, said \u201cthat\u2019s a distinction "
                + "without a difference\u201d since the \u201cprovider passes that reduction along to\u201d patients.\n\n"
                + "The Obama campaign is disputing that argument. Obama campaign spokeswoman Lis Smith described the "
                + "new Romney-Ryan ad on the subject as \u201cdishonest and hypocritical,\u201d considering Ryan\u2019s "
                + "own proposals for Medicare.\n\n"
                + "In his interview with Fox News, Ryan also hammered Obama for what he called his \u201cutter failure "
                + "when it comes to creating jobs.\u201d Amplifying the Romney campaign message, he said Obama\u2019s "
                + "heavy borrowing is dragging down economic growth \u2013 he also claimed the \u201chope and change "
                + "campaign of '08 has become the blame and attack campaign of 2012.\u201d\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("hpo.txt"), "\"He stole $700 billion from Medicare to fund Obamacare,\" said "
                + "RNC Chair Reince Priebus.\n\n"
                + "FactCheck.org rated the Obama ad as \"false,\" noting that the "
                + "McCain campaign wasn't talking about slashing benefits but limiting waste and slowing the rate of "
                + "growth.\n", StandardCharsets.UTF_8);
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote quote(String source, String words) {
        List<Quote> qs = corpus.quotes().stream()
                .filter(q -> q.source().equals(source) && q.text().contains(words)).toList();
        assertFalse(qs.isEmpty(), corpus.quotes().toString());
        return qs.get(0);
    }

    @Test
    void aCampaignSpeaksForItself() {
        Quote end = quote("nyt", "would end Medicare");
        assertEquals("the Obama campaign", end.speaker());
        assertNull(end.speakerEntity(), "not Barack Obama");
        assertEquals("the Romney campaign", quote("nyt", "would restore the money").speaker());
        assertEquals("The Obama campaign", quote("fox", "that argument").speaker());
    }

    @Test
    void anAideIsNotTheCandidate() {
        assertEquals("A Romney campaign aide", quote("fox", "distinction without a difference").speaker());
    }

    @Test
    void aNameAfterTheTitleStillSpeaks() {
        assertEquals("Lis Smith", quote("fox", "dishonest and hypocritical").speaker());
    }

    @Test
    void aNameInTheSubjectsOwnAdjunctIsSomeoneElse() {
        // the NYT's "Representative Paul D. Ryan" names the entity
        assertEquals("Paul D. Ryan", quote("fox", "heavy borrowing").speaker());
        assertEquals("Paul D. Ryan", quote("fox", "hope and change").speaker());
    }

    @Test
    void aParticipleAfterAQuotedCommaHasTheSubjectOfItsVerb() {
        assertEquals("FactCheck.org", quote("hpo", "false").speaker());
        Quote noting = quote("hpo", "wasn't talking about slashing benefits");
        assertEquals("FactCheck.org", noting.speaker());
        assertEquals("noting", noting.cue());
    }

    @Test
    void aNameAfterAnOfficeNamedWithItsOrganisation() {
        Quote stole = quote("hpo", "stole");
        assertEquals("Reince Priebus", stole.speaker());
        assertFalse(stole.speakerEntity() == null, "an entity of its own");
        assertTrue(corpus.entities().stream().anyMatch(e -> e.name().equals("Reince Priebus")
                && e.type().equals("PERSON")), corpus.entities().toString());
    }
}
