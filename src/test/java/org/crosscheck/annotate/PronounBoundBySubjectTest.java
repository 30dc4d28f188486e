package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "he" and "his" in a clause that a person's verb governs are that person, not someone named first in a phrase
 * put before the subject (BASIL 2012, Romney on same-sex marriage; Fox's and the NYT's sentences). Before, the
 * first person named in the sentence (Obama, in "Following President Obama's comments" / "in anticipation of
 * Mr. Obama's announcement") was taken, and with him the quotations that follow.
 */
class PronounBoundBySubjectTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("fox.txt"), "Following President Obama's comments in a TV interview expressing "
                + "his support for same-sex marriage, his likely GOP rival Mitt Romney said Wednesday he maintains his "
                + "opposition to it -- the same position he's had since he \"started running for office\"\n\n"
                + "\"I have the same view on marriage that I had when I was governor and that I expressed many times. "
                + "I believe marriage is between a man and a woman,\" he told reporters following an event at the "
                + "Oklahoma Republican Party headquarters.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("nyt.txt"), "Now that President Obama, long a supporter of civil unions, has "
                + "publicly embraced same-sex marriage, the question is emerging as an issue.\n\n"
                + "On Wednesday, in anticipation of Mr. Obama\u2019s announcement, Mr. Romney laid out his belief "
                + "that marriage \u2014 and anything resembling it \u2014 should be restricted to heterosexual "
                + "couples, even as he acknowledged that it was \u201ca very tender and sensitive topic.\u201d\n",
                StandardCharsets.UTF_8);
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote quote(String source, String cue) {
        return TestCorpora.quoteByCue(corpus, source, cue);
    }

    @Test
    void theSubjectOfTheReportingVerbBindsThePronounInItsComplement() {
        assertEquals("Mitt Romney", quote("fox", "maintains").speaker());
    }

    @Test
    void thePronounOfTheNextSentenceIsTheSubjectDescribedByItsRole() {
        assertEquals("Mitt Romney", quote("fox", "told").speaker());
    }

    @Test
    void aPossessiveAndAPronounAfterTheSubjectAreTheSubject() {
        assertEquals("Mitt Romney", quote("nyt", "acknowledged").speaker());
        assertEquals("Mitt Romney", quote("nyt", "belief").speaker());
    }
}
