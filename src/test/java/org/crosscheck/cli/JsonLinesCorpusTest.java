package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus folder holding one JSON Lines file: the first 200 Reuters-21578 stories plus a broken line, run from the
 * command line. Skipped when ../shared/corpora is absent.
 */
class JsonLinesCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void reutersLinesAreSourcesAndABadLineIsReportedByLine() throws IOException {
        Path reuters = Path.of("../shared/corpora/reuters21578.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(reuters), reuters + " is absent: skipped");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(reuters, StandardCharsets.UTF_8)) {
            for (String l = r.readLine(); l != null && lines.size() < 200; l = r.readLine()) {
                lines.add(l);
            }
        }
        lines.add(100, "{\"id\": \"broken\", \"text\": ");
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.write(corpus.resolve("reuters.jsonl"), lines, StandardCharsets.UTF_8);
        MainTest.Run run = MainTest.run("", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(),
                "--format", "csv", "-e", "sources | group by outlet", "-e", "sources where id = \"reuters-00001\"",
                "-e", "sentences in Reuters where boilerplate | group by reason");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("reuters.jsonl:101:"), run.err());
        String[] out = run.out().split("\\R");
        assertEquals("outlet,count", out[0]);
        assertEquals("Reuters,200", out[1]);
        assertTrue(run.out().contains("reuters-00001,BAHIA COCOA REVIEW,"), run.out());
        assertTrue(run.out().contains("sign-off,"), "REUTER sign-offs are flagged: " + run.out());
    }
}
