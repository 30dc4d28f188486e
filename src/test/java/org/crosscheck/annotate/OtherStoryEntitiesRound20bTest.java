package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 20b, on the passages they were found in: Reuters-21578 00854 (Howard Baker and James Baker,
 * round 20's leftover) and the BBC's report of Boris Johnson on Ken Livingstone's remark (politics 075).
 */
class OtherStoryEntitiesRound20bTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    static final String REUTERS_00854 = """
            Volcker seen likely to get third term

            Former White House Chief of Staff Donald Regan, who resigned last week when ex-senator Howard Baker was \
            named as his replacement, was implacably opposed to Volcker and tried often to undermine him.

            Only Volcker's key allies in the Reagan administration, Vice-President George Bush and Treasury \
            Secretary James Baker, kept Regan's recent maneuvering at bay, the sources said.

            The sources said New White House Chief of Staff Howard Baker has a very good relationship with his \
            namesake at the Treasury Department and is likely to respect his views on the Fed chairmanship.

            As a moderate Republican, Baker is also unlikely to share the right-wing's opposition to Volcker.

            U.S. officials say Volcker works very closely with Treasury Secretary Baker on issues like international \
            debt and global economic cooperation.

            And a recent statement by a Reagan administration official that the two men saw "exactly eye-to-eye" on \
            the dollar was seen as an indication of Baker's support for the Fed chairman.

            Baker is understood to have played a key role in Volcker's reappointment to the Fed in mid-1983.
            """;

    static final String BBC_075 = """
            Boris opposes mayor apology

            Ken Livingstone should "stick to his guns" and not apologise for his "Nazi" comment to a Jewish reporter, \
            Tory MP Boris Johnson has insisted.

            However, Mr Johnson, who was forced to apologise last year for an article in the magazine he edits about \
            Liverpudlians grieving over the death of British hostage Ken Bigley, said Mr Blair "should butt out of" \
            the row. "I don't see why the prime minister has to get involved in this," The Spectator editor told BBC \
            Radio 4's Today programme. "It's a dispute between Ken Livingstone and a reporter on the Evening \
            Standard."

            "Ken doesn't think he's got anything to say sorry for and if that's really his feeling, then I think that \
            he should stick to his guns," he said. Mr Johnson apologised last October for perpetuating an "outdated \
            stereotype" of Liverpool in the leader article on the death of Mr Bigley. Mr Johnson told Today: "It's \
            perfectly true that I got into the grovelling game myself and when I apologised there were some things \
            that I felt I ought to say sorry for ... there were also other things I didn't think I should apologise \
            for," he said. "But here's old Ken - he's been crass, he's been insensitive and thuggish and brutal in \
            his language - but I don't think actually if you read what he said, although it was extraordinary and \
            rude, I don't think he was actually anti-Semitic."
            """;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round20b", Map.of("reuters-00854.txt", REUTERS_00854,
                "bbc-politics-075.txt", BBC_075));
    }

    @Test
    void aSurnameAloneAfterThePersonCalledByItIsThatPerson() {
        String howard = mentionAt(corpus, "reuters-00854", "ex-senator", "Howard Baker").entity();
        String james = mentionAt(corpus, "reuters-00854", "Treasury", "James Baker").entity();
        assertNotEquals(howard, james);
        // after Howard Baker's full name: the first named, as before
        assertEquals(howard, mentionAt(corpus, "reuters-00854", "moderate Republican", "Baker").entity());
        // after "Treasury Secretary Baker": James Baker's, not the first named's (Howard's before)
        assertEquals(james, mentionAt(corpus, "reuters-00854", "Secretary Baker on", "Baker").entity());
        assertEquals(james, mentionAt(corpus, "reuters-00854", "indication of", "Baker").entity());
        assertEquals(james, mentionAt(corpus, "reuters-00854", "is understood", "Baker").entity());
    }

    @Test
    void aFirstNameAloneIsThePersonLastCalledByIt() {
        String livingstone = mentionAt(corpus, "bbc-politics-075", "dispute between", "Ken Livingstone").entity();
        assertNotEquals(livingstone, mentionAt(corpus, "bbc-politics-075", "hostage", "Ken Bigley").entity());
        // "Ken doesn't think …" and "here's old Ken": a row "Ken" of its own before
        assertEquals(livingstone, mentionAt(corpus, "bbc-politics-075", "doesn't think", "Ken").entity());
        assertEquals(livingstone, mentionAt(corpus, "bbc-politics-075", "old Ken", "Ken").entity());
    }

    @Test
    void aNameEndsBeforeADashAndAPronoun() {
        // "here's old Ken - he's been crass": one PERSON mention "Ken - he" before
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.text().endsWith("- he")), corpus.mentions().toString());
        assertEquals("PERSON", mentionAt(corpus, "bbc-politics-075", "old Ken", "Ken").type());
    }
}
