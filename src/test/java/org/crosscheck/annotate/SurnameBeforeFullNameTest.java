package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A surname alone is not a person of the other gender, nor one the source names in full only after it with a title
 * of its own: in the NYT's report (BASIL 2014, the aide's post on the president's daughters) "President Obama" and
 * "Mr. Obama" are the father, not "Malia Obama", the only Obama the article names in full.
 */
class SurnameBeforeFullNameTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("nyt.txt"), "WASHINGTON \u2014 A young Republican congressional aide resigned "
                + "Monday after her Facebook post berating President Obama\u2019s daughters for their attitude and "
                + "outfits during the annual White House turkey pardon became a sensation on the Internet.\n\n"
                + "On Friday, the aide, Elizabeth Lauten, 31, wrote an open letter to Sasha and Malia Obama on her "
                + "Facebook page, saying they should \u201Ctry showing a little class.\u201D\n\n"
                + "Mr. Obama officially liberated Cheese, a large white bird with impressive plumage, from the "
                + "Thursday dinner table. \u201CWhat do you think?\u201D Mr. Obama asked his daughters.\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("fox.txt"), "Elizabeth Lauten wrote in a now-deleted Facebook post Friday that "
                + "Malia and Sasha Obama, aged 16 and 13 respectively, should \"try showing a little class.\"\n",
                StandardCharsets.UTF_8);
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static List<String> entitiesOf(String text) {
        return corpus.mentions().stream().filter(m -> m.text().equals(text)).map(Mention::entity).distinct().toList();
    }

    @Test
    void aFirstNameAloneIsTheOnlyPersonOfTheCorpusSoNamed() {
        // NER reads "Sasha and Malia Obama" (NYT) as "Sasha" and "Malia Obama", "Malia and Sasha Obama" (Fox) the
        // other way round: each girl is one entity across the two outlets
        for (String[] pair : List.of(new String[] {"Sasha", "Sasha Obama"}, new String[] {"Malia", "Malia Obama"})) {
            List<String> alone = entitiesOf(pair[0]);
            List<String> full = entitiesOf(pair[1]);
            assertEquals(1, full.size(), corpus.mentions().toString());
            assertEquals(full, alone, pair[0] + " / " + pair[1] + ": " + corpus.entities());
        }
    }

    @Test
    void theFatherIsNotHisDaughter() {
        List<String> malia = entitiesOf("Malia Obama");
        assertEquals(1, malia.size(), corpus.mentions().toString());
        List<String> mr = entitiesOf("Mr. Obama");
        List<String> president = entitiesOf("Obama");
        assertFalse(mr.isEmpty() && president.isEmpty(), "the father is mentioned: " + corpus.mentions());
        for (List<String> father : List.of(mr, president)) {
            assertTrue(father.stream().noneMatch(malia::contains),
                    "the father's mentions are not Malia's: " + father + " / " + malia);
        }
    }
}
