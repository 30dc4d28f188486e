package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.QuoteField.KIND;
import static org.crosscheck.annotate.TestCorpora.QuoteField.SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inverted frame whose subject carries a relative clause, and "as X put it", on all 840 PolNeAR TRAIN articles
 * (speakers round 20): each passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound20Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Politico 2016): a relative clause on the subject after the verb
        TestCorpora.write(dir, "biden.txt", "Democrats say Mr. Biden has promised to put it into play with his appeal "
                + "to blue collar and middle-class white men. Defending that terrain is squarely within the Biden "
                + "wheelhouse, said a handful of Democrats who point to his strong relationships with organized labor "
                + "and his ability to relate.\n");
        TestCorpora.write(dir, "desantis.txt", "Even if the department no longer existed, some of its functions would "
                + "be performed by other federal agencies or offices, said DeSantis, who was elected to the U.S. House "
                + "in 2012.\n");
        // BBC sport: the relative clause hangs on a noun of the subject's "of" phrase
        TestCorpora.write(dir, "careers.txt", "The careers of three British sprinters are over, says the boss of the "
                + "organisation that cleared them of missing a drugs test.\n");
        // PolNeAR TRAIN (Washington Post 2016, New York Times 2015, 2016): "as X put it"
        TestCorpora.write(dir, "cornyn.txt", "Only half a dozen Senate Republicans, of 54 total, even expressed a "
                + "willingness to take a courtesy meeting with Garland. As John Cornyn, the No. 2 in the GOP leadership, "
                + "put it: \"This person will not be confirmed. So there's no reason going through the motions.\"\n");
        TestCorpora.write(dir, "ridge.txt", "Or, as Tom Ridge, a former secretary of homeland security, put it: ''The "
                + "barbarians are no longer at the gate. They're inside.''\n");
        TestCorpora.write(dir, "amar.txt", "As Akhil Amar, professor of constitutional law at Yale and author of "
                + "''America's Unwritten Constitution,'' put it, ''Senate Republicans should remember that a compromise "
                + "candidate today may be far better for them than what they might get later.''\n");
        // follow-up: BBC business (Yukos), New York Times 2014 (Grimm)
        TestCorpora.write(dir, "yukos.txt", "Yukos spokesman Alexander Shadrin said the sale was illegal. He said the "
                + "company would continue to make \"every lawful move\" to protect tens of thousands of shareholders in "
                + "Yukos from \"this forcible and illegitimate removal of their property\".\n");
        TestCorpora.write(dir, "baikal.txt", "Reports from Russia say Baikal has paid a deposit of nearly $1.7bn from a "
                + "Sberbank (Savings Bank) account to the Russian Federal Property Fund, for Yugansk.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The quotes of {@code source} with this cue, as "speaker span | kind | text". */
    private static List<String> rows(String source, String cue) throws IOException {
        return TestCorpora.quoteRows(corpus, dir, source, cue, SPAN, KIND, TEXT);
    }

    /**
     * "Defending that terrain is squarely within the Biden wheelhouse, said a handful of Democrats who point to …"
     * (PolNeAR: "a handful of Democrats who point to …" / "said" / "Defending that terrain is squarely within the
     * Biden wheelhouse"): the relative clause after the subject of an inverted frame describes the speaker; what is
     * said is the clause before the verb. Before, the content was "who point to his strong relationships …".
     */
    @Test
    void aRelativeClauseOnTheSubjectOfAnInvertedFrameIsNotTheContent() throws IOException {
        assertEquals(List.of("a handful | indirect | Defending that terrain is squarely within the Biden wheelhouse"),
                rows("biden", "said"));
        assertEquals(List.of("DeSantis | indirect | Even if the department no longer existed, some of its functions "
                + "would be performed by other federal agencies or offices"), rows("desantis", "said"));
        assertEquals(List.of("the boss | indirect | The careers of three British sprinters are over"),
                rows("careers", "says"));
    }

    /**
     * "As John Cornyn, the No. 2 in the GOP leadership, put it: “…”" (PolNeAR: "John Cornyn, the No. 2 in the GOP
     * leadership," / "put it" / the quotation): the parser reads "As" as the name's preposition and the apposition
     * as the subject of "put"; the name after a clause-opening "as" is who speaks. Before, the quotation had no
     * speaker. The title inside Akhil Amar's description stays no one's words.
     */
    @Test
    void theNameAfterAsPutItIsTheSpeaker() throws IOException {
        assertEquals(List.of("John Cornyn | direct | This person will not be confirmed. So there's no reason going "
                + "through the motions."), rows("cornyn", "put"));
        assertEquals(List.of("Tom Ridge | direct | The barbarians are no longer at the gate. They're inside."),
                rows("ridge", "put"));
        assertEquals(List.of("Akhil Amar | direct | Senate Republicans should remember that a compromise candidate "
                + "today may be far better for them than what they might get later."), rows("amar", "put"));
        assertEquals(List.of(" | partial | America's Unwritten Constitution,"), rows("amar", ""));
    }

    /**
     * Follow-up. "He said the company would continue to make "every lawful move" to protect … from "this forcible and
     * illegitimate removal of their property"" (BBC business): the two quotations lie inside the content of "He said"
     * and are words of that report, Shadrin's, which holds them; before, each was a row "the company | continue".
     */
    @Test
    void aQuotationInsideAReportsContentHasThatReportsSpeaker() throws IOException {
        assertEquals(List.of("Yukos spokesman Alexander Shadrin | indirect | the sale was illegal", "He | indirect | "
                + "the company would continue to make \"every lawful move\" to protect tens of thousands of shareholders "
                + "in Yukos from \"this forcible and illegitimate removal of their property\""), rows("yukos", "said"));
        assertEquals(List.of(), rows("yukos", "continue"));
    }

    /**
     * "Spokesmen for the office of the United States attorney in Brooklyn, Loretta E. Lynch, and for the New York
     * F.B.I. office declined to comment." (New York Times): one person's name is no apposition to the plural head;
     * the spokesmen speak, not Loretta E. Lynch.
     */
    @Test
    void aPluralHeadTakesNoNameInApposition(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path nyt = Path.of("..", "shared", "corpora", "basil-dev", "2014_33521e65-12da-4521-b132-7b606243b0e4",
                "nyt.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(nyt),
                "no " + nyt + ": skipping");
        java.nio.file.Files.copy(nyt, tmp.resolve("nyt.txt"));
        Corpus article = CorpusBuilder.build(tmp, Progress.SILENT);
        List<org.crosscheck.model.Quote> q = article.quotes().stream()
                .filter(x -> x.text().equals("to comment")).toList();
        assertEquals(1, q.size(), article.quotes().toString());
        assertTrue(q.get(0).speaker().startsWith("Spokesmen for the office"), q.get(0).toString());
    }
}
