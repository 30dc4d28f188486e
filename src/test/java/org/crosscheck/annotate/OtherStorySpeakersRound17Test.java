package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Participles after a frame and statements put out, on all 840 PolNeAR TRAIN articles (speakers round 17): each
 * passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound17Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (New York Times 2016; Washington Post 2016; USA Today 2015): a participle of recalling,
        // explaining or citing after the frame of a quotation
        TestCorpora.write(dir, "brown.txt", "''He'd get choked up speaking about America,'' Mr. Brown said, "
                + "recalling a visit to his church by Rafael Cruz.\n");
        TestCorpora.write(dir, "weddle.txt", "Mark Weddle, 55, started work at Carrier 24 years ago. ''I have two "
                + "brothers-in-law from Mexico,'' he said, explaining why he disagrees with Mr. Trump's anti-immigrant "
                + "stance.\n");
        TestCorpora.write(dir, "link.txt", "\"It was supposed to be Jeb Bush in a slam dunk, and we were going to "
                + "have a lovely, beautiful party,\" she said, recalling the thinking back when the city landed the "
                + "convention two years ago.\n");
        TestCorpora.write(dir, "herzik.txt", "\"It's also really hard to poll -- you don't know who's going to show "
                + "up at the caucuses,\" said Eric Herzik, who chairs the political science department at the "
                + "University of Nevada-Reno, citing another reason the state is difficult to predict.\n");
        // PolNeAR TRAIN (Washington Post, USA Today, HuffPost 2016): a statement put out, and the participle that
        // describes it
        TestCorpora.write(dir, "andanar.txt", "In response to Trump's comments in Maine, Philippine Presidential "
                + "Communications Office Secretary Martin Andanar released a statement saying that Trump had "
                + "\"professed his love for the Philippines\" during the launch event for Trump Tower Manila.\n");
        TestCorpora.write(dir, "blm.txt", "Black Lives Matter issued a statement saying it took the action "
                + "\"because of the unsafe conditions created for our communities by law enforcement.\"\n");
        TestCorpora.write(dir, "town.txt", "The town released a statement Wednesday saying Trump's comments \"are "
                + "based on his opinion, not actual facts,\" and welcomed Trump to visit the city.\n");
        // PolNeAR TRAIN (New York Times 2016): a poll's share of voters after "with"
        TestCorpora.write(dir, "poll.txt", "Mr. Trump has slightly improved his standing, with 30 percent of voters "
                + "saying they have a positive view of him. Last month, 26 percent said the same.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The one quote of {@code source} with {@code cue} whose speaker span is {@code speaker}. */
    private static Quote by(String source, String cue, String speaker) throws IOException {
        return TestCorpora.quoteBySpeaker(corpus, dir, source, cue, speaker);
    }

    /**
     * "“…,” Mr. Brown said, recalling a visit to his church by Rafael Cruz": the participle reports its object
     * (PolNeAR: "Mr. Brown" / "recalling" / "a visit to his church by Rafael Cruz"); before, "recall" took no object,
     * and a verb of saying right after a comma took its object for an inverted subject even as a participle.
     */
    @Test
    void aParticipleOfRecallingReportsItsObject() throws IOException {
        assertEquals("a visit to his church by Rafael Cruz", by("brown", "recalling", "Mr. Brown").text());
        assertEquals("the thinking back when the city landed the convention two years ago",
                by("link", "recalling", "she").text());
        assertTrue(corpus.quotes().stream().noneMatch(q -> q.source().startsWith("brown")
                && "a visit to his church by Rafael Cruz".equals(q.speaker())), corpus.quotes().toString());
    }

    /** "…,” he said, explaining why he disagrees with …": the question after the participle is what it reports. */
    @Test
    void aParticipleOfExplainingReportsTheQuestion() throws IOException {
        assertEquals("why he disagrees with Mr. Trump's anti-immigrant stance",
                by("weddle", "explaining", "he").text());
    }

    /**
     * "“…,” said Eric Herzik, who chairs the political science department …, citing another reason …": the parser
     * hangs the participle on the relative clause; it is the frame's subject who cites.
     */
    @Test
    void aParticipleOnTheSpeakersRelativeClauseIsTheSpeakers() throws IOException {
        assertEquals("another reason the state is difficult to predict",
                by("herzik", "citing", "Eric Herzik").text());
    }

    /**
     * "Martin Andanar released a statement saying that …", "Black Lives Matter issued a statement saying …": who
     * puts the statement out says it (before: the first person named, "Trump" inside the content, or no one).
     */
    @Test
    void aStatementSaysWhatItsAuthorSays() throws IOException {
        assertTrue(by("andanar", "saying", "Philippine Presidential Communications Office Secretary Martin Andanar")
                .text().startsWith("that Trump had"));
        assertTrue(by("blm", "saying", "Black Lives Matter").text().startsWith("it took the action"));
        assertTrue(by("town", "saying", "The town").text().startsWith("Trump's comments"));
    }

    /**
     * "…, with 30 percent of voters saying they have a positive view of him": after "with", the share the participle
     * describes says it (PolNeAR: "30 percent of voters" / "saying" / "they have a positive view of him"); before, the
     * participle had no subject and nothing was found.
     */
    @Test
    void aShareAfterWithSaysWhatItsParticipleReports() throws IOException {
        assertEquals("they have a positive view of him", by("poll", "saying", "30 percent of voters").text());
    }
}
