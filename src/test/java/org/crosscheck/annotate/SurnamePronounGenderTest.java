package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A surname used alone in one report is the only person of that surname another report names in full, unless the
 * report's own pronouns for it give the other gender than that person's first name. Passages from PolNeAR TRAIN
 * articles (USA Today 2016, the AP in Breitbart 2016, Huffington Post 2016, Breitbart 2016), as written.
 */
class SurnamePronounGenderTest {
    static Corpus obamas;
    static Corpus cruz;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        obamas = TestCorpora.build(dir, "obamas", Map.of(
                "usa-today.txt", "Michelle Obama made America pay attention.\n",
                "ap.txt", "Obama spoke at the White House on Tuesday about rights that had been denied victims of "
                        + "other mass shootings. He mentioned freedom of religion taken from parishioners killed at a "
                        + "South Carolina church and freedom of assembly taken from movie-goers killed at cinemas in "
                        + "Colorado and Louisiana.\n"));
        cruz = TestCorpora.build(dir, "cruz", Map.of(
                "huffpost.txt", "Ted Cruz apologized for his campaign's suggestion to Iowa caucusgoers on Monday that "
                        + "fellow candidate Ben Carson was dropping out of the race -- but he didn't take any "
                        + "ownership of it.\n",
                "breitbart.txt", "Cruz is the GOP\u2019s best candidate. He also thinks Cruz will win his current "
                        + "battle with Donald Trump.\n"));
    }

    private static List<Mention> mentions(Corpus corpus, String source, String text) {
        return corpus.mentions().stream().filter(m -> m.source().startsWith(source) && m.text().equals(text))
                .toList();
    }

    @Test
    void aManTheReportCallsHeIsNotTheOnlyWomanOfThatSurname() {
        String michelle = CorpusEntities.entity(obamas, "Michelle Obama").id();
        List<Mention> obama = mentions(obamas, "ap", "Obama");
        assertEquals(1, obama.size(), obamas.mentions().toString());
        assertNotEquals(michelle, obama.get(0).entity());
        // and the report's "He" is its Obama
        List<Mention> he = mentions(obamas, "ap", "He");
        assertTrue(he.stream().allMatch(m -> obama.get(0).entity().equals(m.entity())), obamas.mentions().toString());
    }

    @Test
    void pronounsOfTheSameGenderLeaveTheSurnameWithThePersonNamedInFull() {
        String ted = CorpusEntities.entity(cruz, "Ted Cruz").id();
        List<Mention> lone = mentions(cruz, "breitbart", "Cruz");
        assertEquals(2, lone.size(), cruz.mentions().toString());
        assertTrue(lone.stream().allMatch(m -> ted.equals(m.entity())), cruz.mentions().toString());
    }
}
