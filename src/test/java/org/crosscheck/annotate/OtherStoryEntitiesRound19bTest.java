package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 19b, on the passages they were found in: the New York Times's report of BASIL 2014_96b7046f
 * (Elizabeth Lauten and the Obama daughters) and the BBC's report of Labour's posters of Michael Howard (politics 331).
 */
class OtherStoryEntitiesRound19bTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    static final String NYT_LAUTEN = """
            G.O.P. Aide Quits After Ridiculing Obama's Daughters, Sasha and Malia

            WASHINGTON — A young Republican congressional aide resigned Monday after her Facebook post berating \
            President Obama's daughters for their attitude and outfits during the annual White House turkey pardon \
            became a sensation on the Internet.

            On Friday, the aide, Elizabeth Lauten, 31, who has more than 14,000 followers on Twitter as @DCGopGirl \
            and at the time was a spokeswoman for a little-known congressman from Tennessee, wrote an open letter to \
            Sasha and Malia Obama on her Facebook page, saying they should "try showing a little class" and "dress \
            like you deserve respect, not a spot at a bar."

            It started Wednesday with the most innocuous of events: the annual naming of the National Thanksgiving \
            Turkey, when Mr. Obama officially liberated Cheese, a large white bird with impressive plumage, from the \
            Thursday dinner table.

            Their teenage disdain drew its fair share of media attention, including a BuzzFeed article titled "The \
            Obama Girls Could Not Be More Bored by Their Dad's Jokes."

            Enter Ms. Lauten — a former Republican National Committee new media aide who describes herself on \
            Twitter as loving God, cats, the Daughters of the American Revolution "& all things pink, green and \
            pearls!" — whose commentary had a sharper edge.

            "I get you're both in those awful teen years, but you're a part of the First Family, try showing a little \
            class," she wrote above a picture of the unenthused Obama daughters. "At least respect the part you play."
            """;

    static final String BBC_331 = """
            Labour attacked on Howard poster

            Labour has been accused of using anti-Semitic images in posters which critics claim depict Tory leader \
            Michael Howard as Fagin.

            Labour MP Louise Ellman said the hypnotism image was insensitive but urged people not to rush to call \
            things anti-Semitic when they only challenged Tory economic policies.
            """;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round19b", Map.of("2014_96b7046f_nyt.txt", NYT_LAUTEN,
                "bbc-politics-331.txt", BBC_331));
    }

    private static boolean mentioned(String near, String text) {
        int sent = corpus.sentences().stream().filter(s -> s.source().equals("2014_96b7046f_nyt")
                && s.text().contains(near)).findFirst().orElseThrow(() -> new AssertionError("no sentence: " + near))
                .index();
        return corpus.mentions().stream().anyMatch(m -> m.source().equals("2014_96b7046f_nyt")
                && m.sentence() == sent && m.text().equals(text));
    }

    @Test
    void theNounTimeIsNoDate() {
        // "at the time was a spokeswoman": a DATE "time" before
        assertFalse(mentioned("at the time", "time"), corpus.mentions().toString());
        assertEquals("PERSON", mentionAt(corpus, "2014_96b7046f_nyt", "at the time", "Elizabeth Lauten").type());
    }

    @Test
    void aCountryEndingALongerNameIsNoCountry() {
        // "the National Thanksgiving Turkey": a COUNTRY "Turkey" before
        assertFalse(mentioned("National Thanksgiving Turkey", "Turkey"), corpus.mentions().toString());
        assertFalse(corpus.entities().stream().anyMatch(e -> e.type().equals("COUNTRY")), corpus.entities().toString());
    }

    @Test
    void anOrganisationOfTheMembersIsOneName() {
        // "the Daughters of the American Revolution": a NATIONALITY "American" (linked to America) and a MISC
        // "Revolution" before
        Mention dar = mentionAt(corpus, "2014_96b7046f_nyt", "loving God", "Daughters of the American Revolution");
        assertEquals("ORGANIZATION", dar.type());
        assertFalse(mentioned("loving God", "American"));
    }

    @Test
    void aSurnameBeforeAPluralOfFamilyNamesTheFamily() {
        // "the unenthused Obama daughters" and "The Obama Girls Could Not Be More Bored": mentions of Malia Obama
        String malia = mentionAt(corpus, "2014_96b7046f_nyt", "wrote an open letter", "Malia Obama").entity();
        assertFalse(corpus.mentions().stream().anyMatch(m -> malia.equals(m.entity()) && m.text().equals("Obama")),
                corpus.mentions().toString());
        assertFalse(mentioned("unenthused Obama daughters", "Obama"));
        assertFalse(mentioned("Obama Girls", "Obama"));
        // the father stays
        assertEquals("PERSON", mentionAt(corpus, "2014_96b7046f_nyt", "officially liberated", "Obama").type());
    }

    @Test
    void anAdjectiveOfAStanceIsNoName() {
        // "using anti-Semitic images", "to call things anti-Semitic": a MISC row "anti-Semitic" before
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.text().equals("anti-Semitic")),
                corpus.mentions().toString());
        assertEquals("PERSON", mentionAt(corpus, "bbc-politics-331", "anti-Semitic images", "Michael Howard").type());
    }
}
