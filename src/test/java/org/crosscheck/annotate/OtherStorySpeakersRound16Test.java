package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * Frames between the pieces of a quotation, on all 840 PolNeAR TRAIN articles (speakers round 16): each passage is
 * the outlet's own sentence.
 */
class OtherStorySpeakersRound16Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Washington Post 2015, 2016; HuffPost 2015): a participle after the frame of a quotation,
        // which the parser hangs on the quotation's own verb
        TestCorpora.write(dir, "kerry.txt", "\"Israel was sold out by Kerry and Obama,\" Trump said in August, referring "
                + "to Secretary of State John F. Kerry, the chief U.S. negotiator in the talks. \"You cannot let Iran "
                + "have a nuclear weapon. You can't have it.\"\n");
        TestCorpora.write(dir, "aipac.txt", "\"We need steady hands,\" Clinton told AIPAC, referring to the business "
                + "mogul but not naming him. \"Not a president who says he's neutral on Monday, pro-Israel on Tuesday "
                + "and who knows what on Wednesday because everything is negotiable.\"\n");
        TestCorpora.write(dir, "future45.txt", "\u201CYou have two billionaire hedge fund managers who started a super "
                + "PAC and they\u2019re advertising against me in Iowa as we speak,\u201D Clinton said, referencing a "
                + "super PAC called Future45 funded by Paul Singer and Ken Griffin. \u201CSo they clearly think "
                + "I\u2019m going to do what I say I will do.\u201D\n");
        // PolNeAR TRAIN (USA Today 2016; New York Times 2016): a relative clause after the speaker of an inverted frame
        TestCorpora.write(dir, "driscoll.txt", "\"I have never voted in a primary, but I'm going to vote in this "
                + "primary for Bernie,\" said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited to "
                + "get corporate money out of government. \"It's supposed to be for the people, not the Walmart.\"\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The one quote of {@code source} with {@code cue} whose speaker span is {@code speaker}. */
    private static Quote by(String source, String cue, String speaker) throws IOException {
        return TestCorpora.quoteBySpeaker(corpus, dir, source, cue, speaker);
    }

    /**
     * "“…,” Trump said in August, referring to Secretary of State John F. Kerry, …. “…”": the participle between the
     * pieces of a quotation is the frame's subject's (PolNeAR: "Trump" / "referring to" / "Secretary of State John F.
     * Kerry"). The parser hung it on the quotation's verb, whose subject is inside the quotation, so no one spoke it;
     * after "Clinton told AIPAC," the object was taken for an inverted subject.
     */
    @Test
    void aParticipleAfterTheFrameIsTheFramesSubjects() throws IOException {
        assertTrue(by("kerry", "referring to", "Trump").text().startsWith("Secretary of State John F. Kerry"));
        assertTrue(by("aipac", "referring to", "Clinton").text().startsWith("the business mogul"));
        assertTrue(by("future45", "referencing", "Clinton").text().startsWith("a super PAC called Future45"));
        assertTrue(corpus.quotes().stream().noneMatch(q -> q.source().startsWith("aipac")
                && "AIPAC".equals(q.speaker())), corpus.quotes().toString());
    }

    /**
     * "“…,” said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited …": the relative clause after
     * the speaker is no part of the speaker's span (PolNeAR: "Nicky Driscoll, 24, from Manchester" / "said" and
     * "who" / "said"), and its report is kept.
     */
    @Test
    void aRelativeClauseAfterTheSpeakerIsItsOwnReport() throws IOException {
        String text = Files.readString(dir.resolve("driscoll.txt"));
        List<String> speakers = corpus.quotes().stream().filter(x -> x.source().startsWith("driscoll")
                && x.speakerStart() >= 0).map(x -> text.substring(x.speakerStart(), x.speakerEnd())).toList();
        assertTrue(speakers.contains("Nicky Driscoll, 24, from Manchester"), speakers.toString());
        assertTrue(speakers.stream().noneMatch(x -> x.contains(", who")), speakers.toString());
        assertEquals("Sanders is best suited to get corporate money out of government",
                by("driscoll", "said", "who").text());
    }
}
