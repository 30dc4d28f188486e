package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who a speaking pronoun stands for when the sentence before brings in a speaker by a description, not a name (BBC
 * politics 042, 294, 110 and 228, reports of a strike over pensions and of a poster campaign). Before, the pronoun went to
 * the last person named: the man who owns the spokesman, or a man named two sentences up.
 */
class UnnamedSpeakerTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        TestCorpora.write(dir, "spokesman.txt", "Ministers will be anxious to avoid mass strike action in the lead-up "
                + "to the next general election. On Monday, Tony Blair's official spokesman declined to say whether the "
                + "prime minister backed the plans. He said: \"What's important is that there's a process going on, "
                + "it's out for consultation at the moment, let's wait for that process to complete itself.\"\n");
        TestCorpora.write(dir, "correspondent.txt", "BBC correspondent Stephen Cape said the combined unions "
                + "represented \"a formidable force\" which could embarrass the government in the run-up to the "
                + "General Election.\n\nDeputy Prime Minister John Prescott held a private meeting with senior union "
                + "figures on Thursday night. Our correspondent said that he understood no deal had been offered in "
                + "that meeting but that there was room for further negotiations. There was \"some possibility\" of "
                + "the strike action being avoided, he added.\n");
        TestCorpora.write(dir, "poster.txt", "The campaign was particularly insensitive as it had come out at the "
                + "same time as Holocaust Day, Mr Mennear added. A Labour spokesman denied the campaign was "
                + "anti-Semitic. \"This poster is making a serious point,\" he said.\n");
        TestCorpora.write(dir, "leader.txt", "UK heading wrong way - Howard\n\nTony Blair has had the chance to tackle "
                + "the problems facing Britain and has failed, Michael Howard has said.\n\n\"Britain is heading in the "
                + "wrong direction\", the Conservative leader said in his New Year message. Mr Blair's government was a "
                + "\"bossy, interfering government that takes decisions that should be made by individuals,\" he "
                + "added.\n");
        // another report of the corpus gives Howard the title
        TestCorpora.write(dir, "questions.txt", "Conservative leader Michael Howard is expected to seize on those "
                + "reports at prime minister's questions at 1200 GMT on Wednesday.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote holding(String source, String words) {
        return TestCorpora.onlyQuote(corpus, source, words);
    }

    @Test
    void theNextSentencesPronounIsTheOwnedSpokesmanNotHisOwner() {
        Quote q = holding("spokesman", "process going on");
        assertEquals("Tony Blair's official spokesman", q.speaker(), q.why());
        assertNull(q.speakerEntity(), q.why());
    }

    @Test
    void aPronounThatAddsGoesOnFromTheSpeakerBefore() {
        Quote q = holding("correspondent", "some possibility");
        assertEquals("added", q.cue());
        assertEquals("Stephen Cape", q.speaker(), q.why());
    }

    @Test
    void theDescriptionThatAddsIsThePersonSoTitled() {
        // BBC politics 110: "he" went to Blair; "the Conservative leader" is Howard, who "has said" it above
        Quote q = holding("leader", "bossy");
        assertEquals("Michael Howard", q.speaker(), q.why());
    }

    @Test
    void anUnresolvedPronounIsNamedByTheDescriptionItStandsFor() {
        Quote q = holding("poster", "serious point");
        assertEquals("A Labour spokesman", q.speaker(), q.why());
        assertNull(q.speakerEntity(), q.why());
    }
}
