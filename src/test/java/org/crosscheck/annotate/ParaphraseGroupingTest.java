package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimGroup;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two outlets on one act in other verbs (BASIL 2011, Trump drops his plan to moderate a debate: Fox News and the New
 * York Times): the same subject, verbs of one WordNet class and a shared word put the claims in one group.
 */
class ParaphraseGroupingTest {
    @TempDir
    static Path dir;
    static Corpus corpus;

    @BeforeAll
    static void build() throws IOException {
        write("fox.txt", "Donald Trump announced Tuesday that he is bowing out as the moderator for a Republican presidential "
                + "debate later this month, after most candidates in the field opted not to attend.\n\n"
                + "Though the Dec. 27 debate technically is sponsored by Newsmax, Trump quickly became the face of it "
                + "after he was named as moderator.\n");
        write("nyt.txt", "Donald J. Trump has dropped plans to moderate a presidential debate, but don't expect him to fade "
                + "quietly from the political scene.\n\n"
                + "Newt Gingrich and Rick Santorum were the only two Republicans who agreed to participate.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Claim claim(String sourcePrefix, String words) {
        return corpus.claims().stream().filter(c -> c.source().startsWith(sourcePrefix) && c.text().contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no claim '" + words + "' in " + sourcePrefix + ": "
                        + corpus.claims().stream().filter(c -> c.source().startsWith(sourcePrefix)).map(Claim::text).toList()));
    }

    @Test
    void bowingOutAndDroppingPlansAreOneAct() {
        Claim bowing = claim("fox", "bowing out as the moderator");
        Claim dropped = claim("nyt", "dropped plans to moderate");
        assertEquals(bowing.group(), dropped.group(), bowing.text() + " / " + dropped.text());
        ClaimGroup g = corpus.groups().stream().filter(x -> x.id().equals(bowing.group())).findFirst().orElseThrow();
        assertTrue(g.why().contains("related verbs"), g.why());
    }

    @Test
    void otherClaimsAboutTheDebateStayApart() {
        Claim bowing = claim("fox", "bowing out as the moderator");
        assertNotEquals(bowing.group(), claim("nyt", "agreed to participate").group());
        assertNotEquals(claim("fox", "sponsored by Newsmax").group(), claim("nyt", "agreed to participate").group());
    }
}
