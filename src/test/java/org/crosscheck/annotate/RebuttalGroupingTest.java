package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim and its rebuttal quote the same words (BASIL 2010: Michael Steele calls Afghanistan "a war of Obama's
 * choosing"; William Kristol answers that it "was not 'a war of Obama's choosing'"; Fox News, HuffPost and the New
 * York Times). The rebuttal is one group across the outlets, and neither Steele's claim nor his statement that the
 * war is now Obama's joins it; Steele's claim as Fox reports it joins the New York Times's report of it.
 */
class RebuttalGroupingTest {
    @TempDir
    static Path dir;
    static Corpus corpus;

    @BeforeAll
    static void build() throws IOException {
        write("fox.txt", "Republican senators kept up pressure on party Chairman Michael Steele Sunday to better explain -- "
                + "and publicly apologize for -- his on-camera claim that Afghanistan is a \"war of Obama's choosing\" "
                + "and may not be winnable.\n\n"
                + "\"Chairman Steele needs to apologize to our military, all the men and women who've been fighting in "
                + "Afghanistan,\" he said. \"This is America's war. It's not Obama's war.\"\n");
        write("hpo.txt", "Bill Kristol wrote a letter to Steele on Friday.\n\n"
                + "\u201cNeedless to say, the war in Afghanistan was not \u201ca war of Obama\u2019s choosing.\u201d It has "
                + "been prosecuted by the United States under Presidents Bush and Obama.\u201d\n");
        write("nyt.txt", "WASHINGTON \u2014 Michael Steele, chairman of the Republican National Committee, drew fierce "
                + "criticism and a call for his resignation on Friday after declaring at a party fund-raiser that the "
                + "United States was on the wrong side of history with its conflict in Afghanistan, a military fight he "
                + "called \u201ca war of Obama\u2019s choosing.\u201d\n\n"
                + "Mr. Kristol wrote Friday. He added, \u201cNeedless to say, the war in Afghanistan was not \u2018a war "
                + "of Obama\u2019s choosing.\u2019 It has been prosecuted by the United States under Presidents Bush and "
                + "Obama.\u201d\n\n"
                + "In his statement on Friday afternoon, Mr. Steele did not respond to the call for his resignation. But "
                + "he sought to make the case that Afghanistan is now Mr. Obama\u2019s war.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Claim claim(String sourcePrefix, String words) {
        return corpus.claims().stream().filter(c -> c.source().startsWith(sourcePrefix) && c.text().contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no claim '" + words + "' in " + sourcePrefix + ": "
                        + corpus.claims().stream().filter(c -> c.source().startsWith(sourcePrefix)).map(Claim::text).toList()));
    }

    @Test
    void theRebuttalIsOneGroup() {
        assertEquals(claim("hpo", "was not").group(), claim("nyt", "was not").group());
    }

    @Test
    void theClaimQuotedInTheRebuttalStaysApart() {
        // the "not" of "may not be winnable" is no denial of the quoted words
        assertNotEquals(claim("fox", "war of Obama's choosing").group(), claim("hpo", "was not").group());
        assertNotEquals(claim("fox", "war of Obama's choosing").group(), claim("nyt", "was not").group());
    }

    @Test
    void theClaimJoinsItsReportInAnotherOutlet() {
        // the quoted words are asserted in both; "may not be winnable" denies something else
        assertEquals(claim("fox", "war of Obama's choosing").group(), claim("nyt", "a military fight he").group());
    }

    @Test
    void theWarIsNowObamasStaysApartFromItsDenial() {
        assertNotEquals(claim("nyt", "now Mr. Obama").group(), claim("hpo", "was not").group());
    }
}
