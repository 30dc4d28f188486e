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
 * A "who" clause set off by a comma speaks for the noun before the comma, also when the parser hangs the clause on
 * the sentence instead of making it relative (BASIL 2012, Romney on same-sex marriage; HuffPost's and the NYT's
 * sentences). Before, the speaker was the word "who". And "a President Romney" (a title he might hold) does not
 * make him "the president" of a later sentence: that is President Obama, named with the title he holds.
 */
class RelativeWhoAndTitleSpeakersTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("hpo.txt"), "Romney's comments were far more measured than some other "
                + "Republicans, who have openly accused the president of disrespecting religion and using the issue "
                + "for political gain.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("nyt.txt"), "Now that President Obama, long a supporter of civil unions, has "
                + "publicly embraced same-sex marriage, the question is emerging as an issue.\n\n"
                + "Like many conservative Republicans, Mitt Romney is opposed not "
                + "only to same-sex marriage, but also to the civil unions that many states have adopted.\n\n"
                + "Nine states, including California, Delaware and New Jersey, now allow civil unions and broad "
                + "domestic partnerships that most likely fit Mr. Romney\u2019s description of marriage-like "
                + "arrangements, meaning that they would be in the cross hairs of a President Romney, who supports a "
                + "constitutional amendment to ban same-sex marriage.\n\n"
                + "Republicans and Democrats, in their reactions to the president\u2019s support for same-sex "
                + "marriage, said they saw a newly wide, and seemingly unbridgeable, gap between the two leaders on "
                + "the issue.\n", StandardCharsets.UTF_8);
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote quote(String source, String cue) {
        return TestCorpora.quoteByCue(corpus, source, cue);
    }

    @Test
    void thePeopleBeforeTheComma() {
        assertEquals("other Republicans", quote("hpo", "accused").speaker());
    }

    @Test
    void aTitleAfterAnIndefiniteArticleIsNotHeld() {
        assertEquals("Obama", quote("nyt", "support for").speaker());
    }

    @Test
    void theNamedPersonBeforeTheComma() {
        assertEquals("Mitt Romney", quote("nyt", "supports").speaker());
    }
}
