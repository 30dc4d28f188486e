package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.RawDocument;
import org.junit.jupiter.api.Test;

/** Each token carries its head and relation in the sentence's dependency tree (the basis of clause and speech rules). */
class DependencyTreeTest {
    private static Doc.Tok tok(Doc d, String word) {
        return d.toks.stream().filter(t -> t.word.equals(word)).findFirst().orElseThrow();
    }

    @Test
    void reportedClauseHangsOnTheReportingVerb() {
        Doc d = CorpusBuilder.analyse(new RawDocument("t", "t.txt",
                "Ukrainian President Volodymyr Zelensky said Kiev has captured two Chinese nationals fighting "
                        + "alongside Russian forces in eastern Ukraine.\n", List.of(), Map.of(), null));
        Doc.Tok said = tok(d, "said");
        Doc.Tok captured = tok(d, "captured");
        Doc.Tok zelensky = tok(d, "Zelensky");
        assertEquals("root", said.dep);
        assertEquals(-1, said.head);
        assertEquals("ccomp", captured.dep);
        assertEquals(said.index, captured.head);
        assertEquals("nsubj", zelensky.dep);
        assertEquals(said.index, zelensky.head);
        assertEquals("nsubj", tok(d, "Kiev").dep);
        assertEquals(captured.index, tok(d, "Kiev").head);
    }

    @Test
    void headsStayInsideTheirSentenceWhenThereAreSeveral() {
        Doc d = CorpusBuilder.analyse(new RawDocument("t", "t.txt",
                "China denied the report. Officials in Beijing said it was false.\n", List.of(), Map.of(), null));
        for (Doc.Sent s : d.sents) {
            for (int i = s.tokFrom; i < s.tokTo; i++) {
                Doc.Tok t = d.toks.get(i);
                if (t.head >= 0) {
                    assertEquals(s.index, d.toks.get(t.head).sent, t.word);
                }
            }
        }
        assertEquals("nsubj", tok(d, "Officials").dep);
        assertEquals(tok(d, "said").index, tok(d, "Officials").head);
    }
}
