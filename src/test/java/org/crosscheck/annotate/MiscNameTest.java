package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One name that NER tags MISC in one sentence and otherwise in another is one entity (BASIL 2013, Cheney sisters). */
class MiscNameTest {
    static final Path EVENT = Path.of("..", "shared", "corpora", "basil-dev", "2013_11c9f251-35c8-4452-b052-df9be61464c6");

    @Test
    void aNameTaggedMiscInOneSentenceJoinsTheEntityOfThatName(@TempDir Path dir) throws IOException {
        // Fox's report: NER tags "Facebook" an organisation in "has taken to Facebook to blast her older sibling"
        // and MISC in "wrote on her personal Facebook page"
        Path fox = EVENT.resolve("fox.txt");
        Assumptions.assumeTrue(Files.isRegularFile(fox), fox + " is absent: skipped");
        Files.copy(fox, dir.resolve("fox.txt"));
        Corpus corpus = CorpusBuilder.build(dir, Progress.SILENT);
        List<Entity> facebook = corpus.entities().stream().filter(e -> e.name().equals("Facebook")).toList();
        assertEquals(1, facebook.size(), facebook.toString());
        assertEquals(2, facebook.get(0).mentions(), facebook.toString());
        assertTrue(facebook.get(0).evidence().stream().anyMatch(x -> x.contains("same name tagged MISC")),
                facebook.get(0).evidence().toString());
    }
}
