package org.crosscheck.annotate;

import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.RawDocument;
import org.junit.jupiter.api.Test;

class TmpDebugTest {
    @Test
    void dump() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("dbg.file")));
        Doc d = CorpusBuilder.analyse(new RawDocument("t", "t.txt", text, List.of(), Map.of(), null));
        for (Doc.Tok t : d.toks) {
            System.out.println(t.index + "\t" + t.word + "\t" + t.pos + "\t" + t.dep + "\t" + t.head + "\t"
                    + (t.mention == null ? "" : t.mention.type + ":" + t.mention.text));
        }
    }
}
