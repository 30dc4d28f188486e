package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event detail two sources give differently: whom one quotation was told (BASIL 2012, Romney on same-sex
 * marriage: HuffPost's "Romney told Denver Fox affiliate KDVR-TV", the NYT's "Mr. Romney told a CBS affiliate in
 * Denver"). Quotations told to "reporters" name no organisation and are not compared.
 */
class AudienceConflictTest {
    @TempDir
    static Path tmp;
    static OpenCorpus corpus;

    @BeforeAll
    static void open() throws IOException {
        corpus = OpenCorpus.of(tmp, Map.of(
                "hpo.txt", "Republican presidential candidate Mitt Romney on Wednesday "
                + "reiterated that he opposes same-sex marriage.\n\n\"My view is that marriage itself is a relationship "
                + "between a man and a woman and that's my own preference,\" Romney told reporters in Oklahoma.\n\n"
                + "\"Well, when these issues were raised in my state of Massachusetts, I indicated my view, which is I "
                + "do not favor marriage between people of the same gender, and I do not favor civil unions if they "
                + "are identical to marriage other than by name,\" Romney told Denver Fox affiliate KDVR-TV.\n",
                "nyt.txt", "Like many conservative Republicans, Mitt Romney is opposed not "
                + "only to same-sex marriage, but also to civil unions.\n\n\u201CMy view is that marriage itself is a "
                + "relationship between a man and a woman,\u201D Mr. Romney told reporters.\n\n\u201CI don\u2019t favor "
                + "civil unions if it\u2019s identical to marriage, and I don\u2019t favor marriage between people of "
                + "the same gender,\u201D Mr. Romney told a CBS affiliate in Denver.\n"));
    }

    @AfterAll
    static void close() {
        OpenCorpus.close(corpus);
    }

    @Test
    void twoOrganisationsHeardOneQuotation() throws Exception {
        Table t = corpus.run("conflicts");
        List<Row> rows = t.rows().stream().filter(r -> ((String) r.get(t.indexOf("topic"))).startsWith("whom"))
                .toList();
        assertEquals(2, rows.size(), t.rows().stream().map(Row::values).toList().toString());
        assertEquals(List.of("Denver Fox affiliate KDVR-TV", "a CBS affiliate in Denver"),
                rows.stream().map(r -> (String) r.get(t.indexOf("value"))).sorted().toList());
        String topic = (String) rows.get(0).get(t.indexOf("topic"));
        assertTrue(topic.startsWith("whom Mitt Romney told"), topic);
        for (Row r : rows) {
            String source = (String) r.get(t.indexOf("source"));
            String text = Files.readString(tmp.resolve("corpus").resolve(source + ".txt"));
            int start = ((Number) r.get(t.indexOf("start"))).intValue();
            int end = ((Number) r.get(t.indexOf("end"))).intValue();
            assertEquals(r.get(t.indexOf("value")), text.substring(start, end));
        }
    }
}
