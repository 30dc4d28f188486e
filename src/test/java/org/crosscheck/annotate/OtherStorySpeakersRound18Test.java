package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls for a clause and participles after a frame, on all 840 PolNeAR TRAIN articles (speakers round 18): each
 * passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound18Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Politico 2016, Washington Post 2015, Politico 2015): "called for" / "called on" with a
        // clause the parser opens with the preposition
        TestCorpora.write(dir, "prince.txt", "In December, the prince called for Trump to drop out of the race, "
                + "calling him \"a disgrace not only to the GOP but to all America.\"\n");
        TestCorpora.write(dir, "pfizer.txt", "Sen. Bernie Sanders of Vermont called on the Obama administration to "
                + "block the deal, but Democrats weren't the only ones worried about companies taking advantage of "
                + "inversions to avoid taxes.\n");
        TestCorpora.write(dir, "surveillance.txt", "Trump calls for bringing back surveillance of Muslim "
                + "communities.\n");
        // PolNeAR TRAIN (Washington Post 2016): a participle after the frame of a quotation whose verb the parser
        // also gives the quotation's subject
        TestCorpora.write(dir, "ban.txt", "Ban Ki-moon spoke in New York on Monday.\n\n\"The discussions on "
                + "whether climate change is happening or not are over,\" he added, noting that nearly 200 countries "
                + "signed onto the Paris agreement.\n");
        // PolNeAR TRAIN (Politico 2015): a participle of saying the parser makes the subject of the clause it reports
        TestCorpora.write(dir, "isil.txt", "\u201cWhere I sit right now, I think it would make things worse, not "
                + "better,\u201d Clinton said, while arguing the U.S. should increase its special operations forces "
                + "against ISIL.\n");
        // BBC Sport (the Kenteris/Thanou case, sport/023): a relative clause on a counted group
        TestCorpora.write(dir, "tribunal.txt", "Tzekos was also banned for two years by the IAAF. He faces charges of "
                + "assisting in the use of prohibited substances and tampering with the doping inspection process. All "
                + "three, who have repeatedly denied the allegations, have also been charged by a Greek prosecutor and "
                + "face trial for doping-related charges. A trial date has not been set.\n");
        // BASIL 2014_ed8c136f (New York Times): "add to" a noun, increase
        TestCorpora.write(dir, "ferguson.txt", "Since the first day of protests in Ferguson, the authorities shifted "
                + "their response almost daily, adding to the sense that the situation was out of control.\n");
        // BBC Sport (sport/050): "they" goes on with the earlier "they", not the organisation that is the subject
        TestCorpora.write(dir, "warning.txt", "No date for the trial has yet been set and again Tzekos is also facing "
                + "charges. The IAAF issued an official warning to the trio last year after they were discovered "
                + "training in Qatar rather than in Crete, where they had said they would be. All athletes must "
                + "inform their national federations of their whereabouts.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The one quote of {@code source} with {@code cue} whose speaker span is {@code speaker}. */
    private static Quote by(String source, String cue, String speaker) throws IOException {
        return TestCorpora.quoteBySpeaker(corpus, dir, source, cue, speaker);
    }

    /**
     * "the prince called for Trump to drop out of the race" (PolNeAR: "the prince" / "called for" / "Trump to drop out
     * of the race"): the parser makes "for" the mark of the clause "Trump to drop out …", hung on "called" as an
     * adverbial clause; before, no content was found for the verb and the relation was missed.
     */
    @Test
    void aCallForAClause() throws IOException {
        assertEquals("Trump to drop out of the race", by("prince", "called for", "the prince").text());
        assertEquals("the Obama administration to block the deal",
                by("pfizer", "called on", "Sen. Bernie Sanders of Vermont").text());
        assertEquals("bringing back surveillance of Muslim communities",
                by("surveillance", "calls for", "Trump").text());
    }

    /**
     * "“…,” he added, noting that nearly 200 countries signed onto the Paris agreement" (PolNeAR: "he" / "noting" /
     * the clause): the parser gives "added" two subjects, the quotation's "discussions" and "he"; the one outside the
     * quotation is the frame's, and the participle has it. Before, the quoted subject ended the search and the
     * participle's report was missed.
     */
    @Test
    void aParticipleAfterAFrameWithTwoSubjects() throws IOException {
        assertEquals("that nearly 200 countries signed onto the Paris agreement", by("ban", "noting", "he").text());
    }

    /**
     * "“…,” Clinton said, while arguing the U.S. should increase its special operations forces against ISIL" (PolNeAR:
     * "Clinton" / "arguing" / the clause): the parser makes "arguing" the subject of "increase"; after a comma,
     * "while" or "by" the participle has the subject of the verb the clause hangs on, and the clause after it is what
     * is said. Before, no subject was found and the relation was missed.
     */
    @Test
    void aParticipleParsedAsTheSubjectOfItsClause() throws IOException {
        assertEquals("the U.S. should increase its special operations forces against ISIL",
                by("isil", "arguing", "Clinton").text());
    }

    /**
     * "All three, who have repeatedly denied the allegations, …" (BBC Sport): the relative pronoun stands for the
     * counted group it hangs on; the speaker was "who" before.
     */
    @Test
    void aRelativePronounOnACountedGroup() throws IOException {
        Quote q = by("tribunal", "denied", "who");
        assertEquals("All three", q.speaker());
    }

    /**
     * "…, adding to the sense that the situation was out of control" (BASIL, New York Times): "add to" and a noun that
     * is neither a person nor a body means increase; before, "the authorities" were reported as saying the clause.
     */
    @Test
    void addingToANounIsNoReport() {
        assertEquals(List.of(), corpus.quotes().stream().filter(q -> q.source().startsWith("ferguson")).toList());
    }

    /**
     * "The IAAF issued an official warning to the trio last year after they were discovered training in Qatar rather
     * than in Crete, where they had said they would be" (BBC Sport): the second "they" goes on with the first, the
     * trio; before, it was taken as the IAAF, the organisation that is the sentence's subject.
     */
    @Test
    void theyAfterAnEarlierTheyIsNotTheOrganisation() throws IOException {
        assertEquals("they", by("warning", "said", "they").speaker());
    }
}
