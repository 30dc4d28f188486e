package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.crosscheck.ingest.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim made of a verb moved out of a condition keeps the main clause's subject as its speaker (BASIL
 * 2010_df5fe55a, Fox).
 */
class ClaimsRound14CorpusTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("fox.txt"), "Obama rejected claims that he betrayed Democrats by cutting a deal "
                + "with Republicans. Speaking to reporters at a joint appearance with Polish President Bronislaw "
                + "Komorowski, Obama said economists predict higher job growth in 2011 and 2012 if Congress passes the "
                + "agreement and urged lawmakers to examine the details of the deal and \"get this done.\"\n",
                StandardCharsets.UTF_8);
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    @Test
    void theUrgingIsObamasNotTheConditionsSubjects() {
        List<Claim> urged = corpus.claims().stream().filter(c -> c.text().startsWith("urged lawmakers")).toList();
        assertFalse(urged.isEmpty(), corpus.claims().toString());
        Claim c = urged.get(0);
        assertEquals("Obama", c.speaker());
        assertEquals("urged", c.cue());
        assertEquals("Obama \u2026 urged lawmakers to examine the details of the deal and \"get this done.\"",
                c.readable());
    }
}
