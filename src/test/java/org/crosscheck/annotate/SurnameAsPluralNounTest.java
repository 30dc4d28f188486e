package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A surname that reads as a plural common noun ("Sellers", tagged NNS and left untagged by NER) is the person the
 * article named in full before it: Fox's report on the Wal-Mart class action before the Supreme Court (BASIL dev
 * 2011_2058ec60). Before the rule "Sellers said …" had the bare word as its speaker and no entity.
 */
class SurnameAsPluralNounTest {
    @TempDir
    static Path dir;
    static Corpus fox;

    static final String FOX = """
            "Number one, you said this is a culture where Arkansas knows, the headquarters knows, everything that's \
            going on," Kennedy told lawyer Joseph Sellers who represents the women. "Then in the next breath, you \
            say, well, now these (local) supervisors have too much discretion."

            Sellers said that wasn't a fair comparison because Wal-Mart has an obligation under federal law to make \
            sure its managers do not discriminate.
            """;

    @BeforeAll
    static void build() throws IOException {
        fox = TestCorpora.build(dir, "fox", Map.of("fox.txt", FOX));
    }

    @Test
    void thePluralLookingSurnameIsThePersonNamedInFull() {
        Entity sellers = CorpusEntities.entity(fox, "Joseph Sellers");
        assertTrue(fox.mentions().stream().anyMatch(m -> sellers.id().equals(m.entity()) && m.text().equals("Sellers")),
                "a mention \"Sellers\" of Joseph Sellers: " + fox.mentions());
    }

    @Test
    void hisReportIsHis() {
        Quote q = fox.quotes().stream().filter(x -> x.text().contains("fair comparison")).findFirst()
                .orElseThrow(() -> new AssertionError("no report: " + fox.quotes()));
        assertEquals("Joseph Sellers", q.speaker(), q.toString());
    }
}
