package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * The sentence splitter ends a sentence at a quoted question or exclamation and after a party-state tag in
 * parentheses; a sentence that goes on in lower case after such a mark is joined to it (BASIL 2010, HuffPost and
 * Fox on Rep. Etheridge).
 */
class SentenceJoinTest {
    private static List<String> sentences(String text) {
        Doc d = CorpusBuilder.analyse(new RawDocument("t", "t.txt", text, List.of(), Map.of(), null));
        for (Doc.Sent s : d.sents) {
            for (int i = s.tokFrom; i < s.tokTo; i++) {
                assertEquals(s.index, d.toks.get(i).sent);
                Doc.Tok t = d.toks.get(i);
                assertTrue(t.head < 0 || t.head >= s.tokFrom && t.head < s.tokTo, "head outside its sentence");
            }
        }
        return d.sents.stream().map(s -> s.text).toList();
    }

    @Test
    void aQuotedQuestionFollowedByLowerCaseEndsNoSentence() {
        List<String> s = sentences("Etheridge appears visibly irritated and immediately asks, \u201Cwho are you?\u201D "
                + "before knocking the interviewer\u2019s camera to the ground.\n");
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).endsWith("who are you?\" before knocking the interviewer's camera to the ground."),
                s.get(0));
    }

    @Test
    void aQuotedExclamationBeforeItsFrameEndsNoSentence() {
        List<String> s = sentences("\"Who are you!\" the seven-term congressman demands. \"Tell me who you are ... "
                + "I have a right to know who you are.\"\n");
        assertEquals("\"Who are you!\" the seven-term congressman demands.", s.get(0));
    }

    @Test
    void aPartyStateTagEndsNoSentence() {
        List<String> s = sentences("Rep. Bob Etheridge (D-N.C.) appeared unreceptive to the question of an anonymous "
                + "reporter this weekend, when he grabbed the self-identified \u201Cstudent\u201D after he asked the "
                + "congressman if he \u201Cfully supported the Obama agenda.\u201D\n");
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void aStateAbbreviationBeforeACommaEndsNoSentence() {
        // BASIL 2010, Fox on Michael Steele
        List<String> s = sentences("Speaking on \"Fox News Sunday,\" Sen. Jim DeMint, R-S.C., would not go that far but "
                + "said Steele must apologize to the troops.\n");
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void aStateAbbreviationBeforeATitleEndsNoSentence() {
        // BASIL 2014, on the Arizona religion bill
        List<String> s = sentences("Prominent Republicans are calling for Ariz. Gov. Jan Brewer to veto a controversial "
                + "bill that would allow businesses to deny service over religious beliefs.\n");
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void aCapitalAfterAClosingMarkStillStartsASentence() {
        List<String> s = sentences("\"Who are you!\" the seven-term congressman demands. \"Tell me who you are.\"\n");
        assertEquals(List.of("\"Who are you!\" the seven-term congressman demands.", "\"Tell me who you are.\""), s);
    }
}
