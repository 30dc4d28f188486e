package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.QuoteField.CUE_SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.KIND;
import static org.crosscheck.annotate.TestCorpora.QuoteField.SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.SPEAKER;
import static org.crosscheck.annotate.TestCorpora.QuoteField.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers round 22, counted on all 840 PolNeAR TRAIN articles and read on PolNeAR dev: each passage is the outlet's
 * own sentence.
 */
class OtherStorySpeakersRound22Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // HuffPost (PolNeAR dev): readers' comments, each signed with a dash; one opened by a closing mark
        TestCorpora.write(dir, "signed.txt", "Here is what some of them said.\n\n"
                + "\u201CMaybe, we can build a wall around Donald Trump.\u201D \u2015 Steve Quinlan.\n\n"
                + "\u201DMr. Trump embodies the lasting legacy of racism in the United States. He has empowered white "
                + "racists to be open with their prejudice. His candidacy has brought about social division and "
                + "strife. He represents our greatest shame.\u201D \u2015 Sonya Herridge\n");
        // Western Journal (PolNeAR dev): "X added:" closing a paragraph, the words in the next one with no marks
        TestCorpora.write(dir, "added.txt", "Limbaugh said the request showed how afraid the campaign is.\n\n"
                + "Limbaugh added:\n\n"
                + "And from a supposed front-runner, Hillary Clinton, this reeks of some of the greatest fear that I "
                + "have ever seen. She can\u2019t beat this guy without stacking the deck?\n\n"
                + "The debate is Monday night.\n");
        // Breitbart (PolNeAR dev): a speaker's span that ended inside a parenthesis
        TestCorpora.write(dir, "pence.txt", "On this weekend\u2019s broadcast of \u201CFox News Sunday,\u201D "
                + "Republican vice-presidential nominee Gov. Mike Pence (R-IN) said his running mate presidential "
                + "nominee Donald Trump\u2019s tweet to invite Gennifer Flowers to Monday night\u2019s debate was only "
                + "\u201Cto mock\u201D Hillary Clinton for inviting Trump critic Mark Cuban.\n");
        // USA Today (PolNeAR dev): a second report after "but"
        TestCorpora.write(dir, "denied.txt", "The former first lady and U.S. senator said it was \"a mistake\" to use "
                + "private email while at the State Department, but she denied that she mishandled classified "
                + "information.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The quotes of {@code source}, as "speaker | speaker span | cue span | kind | text". */
    private static List<String> rows(String source) throws IOException {
        return TestCorpora.quoteRows(corpus, dir, source, SPEAKER, SPAN, CUE_SPAN, KIND, TEXT);
    }

    /**
     * "“Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan." (HuffPost): the name signed after the
     * quotation was its speaker already; the dash is now its cue, as PolNeAR marks it. Before, the cue was empty.
     */
    @Test
    void theSignaturesDashIsTheCue() throws IOException {
        assertEquals(true, rows("signed").contains("Steve Quinlan | Steve Quinlan | \u2015 | direct | Maybe, we can "
                + "build a wall around Donald Trump."), rows("signed").toString());
    }

    /**
     * "”Mr. Trump embodies the lasting legacy of racism … He represents our greatest shame.” ― Sonya Herridge"
     * (HuffPost): a closing mark that opens its paragraph before a word opens the quotation. Before, the two marks
     * were read as two closing ones and no quotation was found.
     */
    @Test
    void aClosingMarkOpeningAParagraphOpensTheQuotation() throws IOException {
        List<String> r = rows("signed").stream().filter(x -> x.startsWith("Sonya Herridge")).toList();
        assertEquals(1, r.size(), rows("signed").toString());
        assertEquals(true, r.get(0).startsWith("Sonya Herridge | Sonya Herridge | \u2015 | direct | Mr. Trump "
                + "embodies the lasting legacy of racism"), r.get(0));
    }

    /**
     * "Limbaugh added:" closing its paragraph, then "And from a supposed front-runner, Hillary Clinton, this reeks of
     * …" with no quotation marks (Western Journal; PolNeAR: "Limbaugh" / "added:" / the whole next paragraph): the
     * paragraph is what he added. Before, nothing was found; the paragraph after it stays the reporter's.
     */
    @Test
    void anUnquotedParagraphAfterXAddedIsXsWords() throws IOException {
        List<String> r = rows("added").stream().filter(x -> x.contains(" | added | ")).toList();
        assertEquals(List.of("Limbaugh | Limbaugh | added | direct | And from a supposed front-runner, Hillary "
                + "Clinton, this reeks of some of the greatest fear that I have ever seen. She can't beat this guy "
                + "without stacking the deck?"), r.stream().map(x -> x.replace('\u2019', '\'')).toList());
        assertEquals(true, rows("added").stream().noneMatch(x -> x.contains("The debate is Monday")),
                rows("added").toString());
    }

    /**
     * "… Gov. Mike Pence (R-IN) said …" (Breitbart): a speaker's span that ended inside a short parenthesis runs through
     * its closing mark. Before, the span was "Republican vice-presidential nominee Gov. Mike Pence (R-IN".
     */
    @Test
    void aSpeakerEndsOutsideAParenthesis() throws IOException {
        List<String> pence = rows("pence").stream().filter(x -> x.contains(" | said | indirect | ")).toList();
        assertEquals(1, pence.size(), rows("pence").toString());
        assertEquals(true, pence.get(0).contains(" | Gov. Mike Pence (R-IN) | said | "), pence.get(0));
    }

    /**
     * "The former first lady and U.S. senator said it was "a mistake" to use private email …, but she denied that she
     * mishandled classified information." (USA Today): after "but", a verb of saying with a subject of its own and a
     * clause with its own subject is a second report (PolNeAR: "she" / "denied" / "that she mishandled …"). Before,
     * the first content ran on to the end of the sentence and the denial was not found.
     */
    @Test
    void aSecondReportAfterButIsItsOwn() throws IOException {
        List<String> said = rows("denied").stream().filter(x -> x.contains(" | said | ")).toList();
        assertEquals(1, said.size(), rows("denied").toString());
        assertEquals(true, said.get(0).endsWith("while at the State Department"), said.get(0));
        List<String> denied = rows("denied").stream().filter(x -> x.contains(" | denied | ")).toList();
        assertEquals(1, denied.size(), rows("denied").toString());
        assertEquals(true, denied.get(0).endsWith(" | she | denied | indirect | that she mishandled classified "
                + "information"), denied.get(0));
    }
}
