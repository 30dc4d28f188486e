package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * A "they" that opens a sentence is the plural subject of the sentence before (BASIL 2014, Holder in Ferguson; the
 * NYT's sentences): the report was said by "They", unresolved.
 */
class TheyAfterPluralSubjectTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("nyt.txt"), "Protesters gathered outside Mr. McCulloch\u2019s office on Wednesday, "
                + "calling for him to step aside. They argued that he could not be impartial because his father, a "
                + "police officer, was shot and killed by a black man while on duty when Mr. McCulloch was a child.\n\n"
                + "They said nothing else.\n", StandardCharsets.UTF_8);
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    @Test
    void theyIsThePluralSubjectBefore() {
        List<Quote> qs = corpus.quotes().stream().filter(q -> "argued".equals(q.cue())).toList();
        assertFalse(qs.isEmpty(), corpus.quotes().toString());
        assertEquals("Protesters", qs.get(0).speaker(), qs.get(0).toString());
    }
}
