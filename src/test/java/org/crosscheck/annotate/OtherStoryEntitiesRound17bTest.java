package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 17b, on the passages they were found in: Fox's and the NYT's reports of Newsweek's cover of
 * Michele Bachmann (BASIL 2011_550b80db), news sites and magazines named beside their readers' words.
 */
class OtherStoryEntitiesRound17bTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round17b", Map.of("2011_550b80db_fox.txt", FOX, "2011_550b80db_nyt.txt",
                NYT, "2010_45bd61bc_fox.txt", FOX_KING, "2012_65cb14cb_fox.txt", FOX_THIS_WEEK,
                "2012_65cb14cb_nyt.txt", NYT_THIS_WEEK));
    }

    private static List<Mention> inSource(String source, String text) {
        return corpus.mentions().stream().filter(m -> m.source().equals(source) && m.text().equals(text)).toList();
    }

    @Test
    void aCapitalisedWordOfFrequencyOpensAPublicationsName() {
        // "O'Neill said to The Daily Caller" (Fox), "the news Web site the Daily Caller" (NYT): "Daily" a SET and
        // "Caller" a TITLE before
        Mention fox = mentionAt(corpus, "2011_550b80db_fox", "nut job", "Daily Caller");
        Mention nyt = mentionAt(corpus, "2011_550b80db_nyt", "Tucker Carlson", "Daily Caller");
        assertEquals("ORGANIZATION", fox.type());
        assertEquals(fox.entity(), nyt.entity());
        // "on its Daily Beast Web site": "Daily" a SET alone before
        assertEquals("ORGANIZATION", mentionAt(corpus, "2011_550b80db_nyt", "outtakes", "Daily Beast").type());
        // a day before a possessive name stays a day: "ahead of Thursday's Fox News/Washington Examiner debate and
        // Saturday's Ames Straw Poll"
        assertEquals("DATE", mentionAt(corpus, "2011_550b80db_fox", "Ames Straw Poll", "Saturday").type());
        assertEquals("DATE", mentionAt(corpus, "2011_550b80db_fox", "nut job", "Tuesday").type());
    }

    @Test
    void aQuotationOfCapitalisedWordsWithATimeNamesAProgramme() {
        // "Gibbs was on ABC's "This Week."" (Fox), "the ABC News program “This Week,”" (NYT): a DATE before
        Mention fox = mentionAt(corpus, "2012_65cb14cb_fox", "Gibbs was on", "This Week");
        Mention nyt = mentionAt(corpus, "2012_65cb14cb_nyt", "ABC News program", "This Week");
        assertEquals("MISC", fox.type());
        assertEquals(fox.entity(), nyt.entity());
        // a quotation of a sentence opening with a time keeps its time: "this week's Newsweek magazine" (NYT)
        assertEquals("DATE", mentionAt(corpus, "2011_550b80db_nyt", "Splashed across", "this week").type());
    }

    @Test
    void initialsInCapitalsThatAreAWordAreTheOrganisationNamedInTheArticle() {
        // "O'Neill said to The Daily Caller and NOW confirmed to FoxNews.com on Tuesday": "NOW" a DATE before, the
        // National Organization for Women of the paragraph before
        Entity now = CorpusEntities.entity(corpus, "National Organization for Women");
        Mention m = mentionAt(corpus, "2011_550b80db_fox", "nut job", "NOW");
        assertEquals("ORGANIZATION", m.type());
        assertEquals(now.id(), m.entity());
    }

    @Test
    void aDomainWrittenWithACapitalNamesTheSite() {
        // "NOW confirmed to FoxNews.com on Tuesday" (a URL to NER) and "Bozell told FoxNews.com" (an organisation):
        // two rows before
        Mention url = mentionAt(corpus, "2011_550b80db_fox", "nut job", "FoxNews.com");
        Mention org = mentionAt(corpus, "2011_550b80db_fox", "journalistic", "FoxNews.com");
        assertEquals("ORGANIZATION", url.type());
        assertEquals(org.entity(), url.entity());
    }

    @Test
    void bothOpeningANameIsNoWordOfIt() {
        // "Both Time and Newsweek have been doing this to conservatives for years" (Fox): a thing "Both Time" before
        Mention time = mentionAt(corpus, "2011_550b80db_fox", "doing this to conservatives", "Time");
        assertEquals("ORGANIZATION", time.type());
        assertTrue(inSource("2011_550b80db_fox", "Both Time").isEmpty());
    }

    @Test
    void theWordsOfATitleCaseLineAreNoTitlesOrThings() {
        // "its cover story … called "The Queen of Rage"", "'The King of Rage?'" (Fox), the words "The Queen of Rage."
        // (NYT): titles "Queen" and "King" before, one entity over three sources with false evidence
        assertTrue(inSource("2011_550b80db_fox", "Queen").isEmpty(), corpus.mentions().toString());
        // nor a person, though another event of the corpus names Rep. Peter King
        assertTrue(inSource("2011_550b80db_fox", "King").isEmpty(), corpus.mentions().toString());
        assertEquals("PERSON", mentionAt(corpus, "2010_45bd61bc_fox", "pushback", "Peter King").type());
        assertTrue(inSource("2011_550b80db_nyt", "Queen").isEmpty());
        // “How Creepy Is Princess Diana’s Ghost on the Cover of Newsweek?” (NYT): a title "Creepy Is Princess" and a
        // thing "Ghost" before; the title before the name, Diana and Newsweek stay
        String line = "How Creepy Is Princess";
        assertEquals("TITLE", mentionAt(corpus, "2011_550b80db_nyt", line, "Princess").type());
        assertTrue(inSource("2011_550b80db_nyt", "Creepy Is Princess").isEmpty());
        assertTrue(inSource("2011_550b80db_nyt", "Ghost").isEmpty());
        assertEquals("ORGANIZATION", mentionAt(corpus, "2011_550b80db_nyt", line, "Newsweek").type());
        // a title before a name outside such a line keeps its capitalised words
        assertEquals("TITLE", mentionAt(corpus, "2011_550b80db_fox", "Terry O'Neill said that", "President").type());
    }

    static final String FOX = """
            Rep. Michele Bachmann has declined to get into the scrum with Newsweek over its cover story of the \
            presidential candidate called "The Queen of Rage," accompanied by an unflattering photo of the Minnesota \
            Republican, but others are calling the magazine out of bounds in its depiction.

            The National Organization for Women President Terry O'Neill said that the cover of the magazine's latest \
            edition is "sexist" and referred to a simple test by the group's founder Gloria Steinem to explain how \
            they determined that conclusion -- would the magazine do the same to a man.

            "Who has ever called a man 'The King of Rage?' Basically what Newsweek magazine -- and this is important, \
            what Newsweek magazine, not a blog, Newsweek magazine -- what they are saying of a woman who is a serious \
            contender for president of the United States of America… They are basically casting her as a nut job," \
            O'Neill said to The Daily Caller and NOW confirmed to FoxNews.com on Tuesday.

            "The 'Queen of Rage' is something you apply to wrestlers or somebody who is crazy. They didn't even do \
            this to Howard Dean when he had his famous scream," she said.

            Bachmann was asked about the cover during an appearance in Iowa on Monday, where she is campaigning ahead \
            of Thursday's Fox News/Washington Examiner debate and Saturday's Ames Straw Poll. She told voters she had \
            not seen the cover.

            Brent Bozell, head of the Media Research Center and ForAmerica, said he's not surprised by the magazine \
            cover.

            "Both Time and Newsweek have been doing this to conservatives for years. It is sheer journalistic \
            dishonesty," Bozell told FoxNews.com.
            """;

    static final String FOX_KING = """
            Rep. Peter King, R-N.Y., who opposes the mosque project, said Monday that the White House softened             Obama's original comments because it probably heard "pushback" from other Democrats.
            """;

    static final String FOX_THIS_WEEK = """
            Santorum appeared on CBS' "Face the Nation." Gibbs was on ABC's "This Week."
            """;

    static final String NYT_THIS_WEEK = """
            “I can’t help but think that those remarks are well over the line. It’s wrong. It’s             destructive,” Mr. Gibbs said on the ABC News program “This Week,” adding that it reflected             the “nastiness, divisiveness, ugliness” and distortions of a hard-fought Republican nominating             process.
            """;

    static final String NYT = """
            Splashed across the cover of this week's Newsweek magazine is a picture of the Republican presidential \
            candidate and Tea Party favorite Representative Michele Bachmann. At the bottom of the page, floating \
            across her torso in bold white letters, are the words \u201CThe Queen of Rage.\u201D

            \u201CIt's sexist,\u201D said Terry O'Neill, the president of the National Organization for Women, to \
            the news Web site the Daily Caller, which is run by the conservative commentator Tucker Carlson.

            Monday night, Newsweek responded to the controversy by posting an \u201Couttakes\u201D gallery on its \
            Daily Beast Web site, showcasing other photos taken for the article.

            The Atlantic Wire ran a story about that cover called, simply, \u201CHow Creepy Is Princess Diana\u2019s \
            Ghost on the Cover of Newsweek?\u201D
            """;
}
