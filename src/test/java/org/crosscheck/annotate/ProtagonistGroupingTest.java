package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story about one man (BASIL 2011: Rep. Anthony Weiner and the photo sent from his Twitter account; Fox News,
 * HuffPost, the New York Times): most claims refer to him, by name or as "he", "him", "I". Two claims that share him
 * only through pronouns are not linked by that; claims that name what they share still are. The three articles are
 * copied from ../shared/corpora/basil-dev (skipped when absent).
 */
class ProtagonistGroupingTest {
    static final Path EVENT = Path.of("..", "shared", "corpora", "basil-dev", "2011_c21cb217-3e2c-49bd-884d-5c74a165ef10");
    @TempDir
    static Path dir;
    static Corpus corpus;

    @BeforeAll
    static void build() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EVENT), "no " + EVENT + ": skipping");
        try (Stream<Path> files = Files.list(EVENT)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Claim claim(String sourcePrefix, String words) {
        return corpus.claims().stream().filter(c -> c.source().startsWith(sourcePrefix) && c.text().contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no claim '" + words + "' in " + sourcePrefix + ": "
                        + corpus.claims().stream().filter(c -> c.source().startsWith(sourcePrefix)).map(Claim::text).toList()));
    }

    @Test
    void claimsThatShareHimOnlyAsHeStayApart() {
        // one pronoun in common and two unrelated acts
        assertNotEquals(claim("fox", "somebody is just trying to distract him").group(),
                claim("nyt", "He did not rule out the possibility").group());
    }

    @Test
    void claimsThatShareOnlyTheSpeakersIAndAVerbStayApart() {
        // "I" is Weiner in both; "know" is the only other word in common
        assertNotEquals(claim("fox", "I know for a fact that my account was hacked").group(),
                claim("nyt", "But I don't know that").group());
    }

    @Test
    void aClaimThatNamesHimJoinsOneThatSaysHim() {
        // the man is named in one of the two: he counts as shared
        assertEquals(claim("hpo", "she had never met Weiner").group(), claim("nyt", "saying she had never met him").group());
    }
}
