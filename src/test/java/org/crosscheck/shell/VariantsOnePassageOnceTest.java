package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phrase in quotation marks inside reported speech, which the quotes table also holds as a partial quote of its
 * own, is one rendering (BASIL 2012, Romney: "he acknowledged that it was “a very tender and sensitive topic.”" in
 * the NYT). It was two identical rows, and the pair outnumbered HuffPost's quotation of the same words, which was
 * left out.
 */
class VariantsOnePassageOnceTest {
    @TempDir
    static Path tmp;
    static OpenCorpus corpus;

    @BeforeAll
    static void open() throws IOException {
        corpus = OpenCorpus.of(tmp, Map.of(
                "hpo.txt", "Republican presidential candidate Mitt Romney on Wednesday "
                + "reiterated that he opposes same-sex marriage.\n\n\"My view is that marriage itself is a relationship "
                + "between a man and a woman and that's my own preference,\" Romney told reporters in Oklahoma. \"I "
                + "know other people have differing views. This is a very tender and sensitive topic, as are many "
                + "social issues, but I have the same view that I've had since running for office.\"\n",
                "nyt.txt", "Like many conservative Republicans, Mitt Romney is opposed not "
                + "only to same-sex marriage, but also to civil unions.\n\nOn Wednesday, in anticipation of Mr. "
                + "Obama\u2019s announcement, Mr. Romney laid out his belief that marriage \u2014 and anything "
                + "resembling it \u2014 should be restricted to heterosexual couples, even as he acknowledged that it "
                + "was \u201ca very tender and sensitive topic.\u201d\n"));
    }

    @AfterAll
    static void close() {
        OpenCorpus.close(corpus);
    }

    @Test
    void eachSourceRendersTheWordsOnce() throws Exception {
        Table t = corpus.run("variants \"tender and sensitive\"");
        List<String> sources = t.rows().stream().map(r -> (String) r.get(t.indexOf("source"))).sorted().toList();
        assertEquals(List.of("hpo", "nyt"), sources, t.rows().stream().map(Row::values).toList().toString());
    }
}
