package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per attribution rule, on the seed articles and on short passages copied from PolNeAR articles: indirect
 * speech, the clause before "…, X said", "according to", a phrase quoted as an organisation's or person's, a quote
 * with no verb continuing the previous speaker, pronoun and title resolution, and the speaker and cue offsets.
 */
class AttributionRulesTest {
    static Corpus seeds;
    static Corpus passages;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        seeds = CorpusBuilder.build(Path.of("seeds"), Progress.SILENT);
        write("polls.txt", "According to exit polls, Mitt Romney had a ten-point lead over Obama among the "
                + "high-earning group in 2012, but still lost the election.\n");
        write("option.txt", "Senator Bernie Sanders criticized the insurers on Monday.\n\n"
                + "He made the criticism while showing support for Hillary Clinton\u2019s \u201Cpublic option\u201D, "
                + "which would allow individuals ages 55 to 65 to buy into Medicare directly.\n");
        write("songs.txt", "While Obama had a wide array of black artists writing songs about him, that has not "
                + "been happening for Clinton, which is something that concerns Henry Crespo, president of the "
                + "Miami-based Florida Democratic Black Caucus.\n\n"
                + "\u201CNo one is writing songs for Hillary. Obama had will.i.am. Hillary has nobody like that,\u201D"
                + " he said.\n\n"
                + "\u201CRight now, the vote is against Trump. It\u2019s not for Hillary. I still think she\u2019s "
                + "going to win. But you want your people to be for your candidate, not just against the other "
                + "guy.\u201D\n");
        write("nyt.txt", "Leonard E. Burman directs the Urban-Brookings Tax Policy Center. To varying degrees, all "
                + "agreed that Mrs. Clinton's proposal would increase taxes on the rich. ''There's a lot of new "
                + "complexity,'' said Mr. Burman.\n");
        write("revesz.txt", "Richard Revesz, director of the Institute for Policy Integrity at New York "
                + "University\u2019s law school, said the suing states were exaggerating the regulatory reach of "
                + "the EPA.\n");
        write("carson.txt", "Carson said he saw no need to change anything about his campaign, telling "
                + "Stephanopoulos that \u201Cwe tell the truth, we deal with the issues\u201D and that he\u2019d seen "
                + "continued support from voters over the past week.\n");
        write("prank.txt", "\u201CThis was a circumstance where someone committed a prank on the internet,\u201D he "
                + "told MSNBC's Luke Russert.\n\n\u201CIt was a prank,\u201D Weiner reiterated. \u201CThis is not a "
                + "national security matter.\u201D\n");
        write("plans.txt", "Hillary Clinton plans to make her proposal at a campaign stop in Fairfield, Iowa.\n\n"
                + "Lindsey Graham believes the rhetoric will make it impossible for a Republican to win the "
                + "presidency in 2016.\n");
        write("murphy.txt", "Senator Chris Murphy praised the negotiators and said he supports the final bill.\n");
        write("move.txt", "Party chairman Reince Priebus spoke to donors on Monday.\n\n"
                + "The move, he said, was the result of nearly three years of preparation by the committee.\n");
        write("fdic.txt", "The Federal Deposit Insurance Corporation released a report on Wednesday.\n\n"
                + "It said current officials have concealed information that had been requested by Congress.\n");
        write("huckabee.txt", "Mike Huckabee, the former Arkansas governor, said House Speaker Paul Ryan should "
                + "resign if he can't block the refugees' arrival.\n");
        write("undercard.txt", "Ted Cruz stood at the \u201Cundercard\u201D debate in Milwaukee on Tuesday.\n");
        write("optimistic.txt", "Party officials were optimistic that he would perform strongly in next Tuesday's "
                + "primaries.\n\nThe Democratic National Committee realized that it could capitalize on the fact "
                + "that turnout was low.\n");
        write("graham.txt", "On Sunday, presidential candidate Sen. Lindsey Graham called out his rival "
                + "Donald Trump for alienating Hispanics. The union backed Hillary Clinton in the primary.\n");
        write("ties.txt", "Senator Bernie Sanders has criticized Clinton for having ties to Wall Street, and the "
                + "campaign did not respond.\n");
        write("bailout.txt", "Hillary Clinton campaigned in Flint on Sunday.\n\n"
                + "She doubled down on her claim that Sanders had voted against the auto industry bailout.\n\n"
                + "A poll showed strong support among Republicans for Donald Trump's call for a temporary ban on "
                + "Muslims entering the United States.\n\n"
                + "Republicans in Congress largely ignored Donald Trump's call for a wall on the southern border.\n");
        write("kloppenburg.txt", "Bradley defeated state Appeals Court Judge JoAnne Kloppenburg on Tuesday.\n\n"
                + "Kloppenburg's campaign was backed by liberal groups across the state.\n");
        write("iowa.txt", "In a Des Moines Register poll released Wednesday, Mr. Cruz had a 10 percentage-point "
                + "lead.\n\nA new poll showed Trump moving ahead of Cruz in Iowa, 32%-25%, while Rubio was at 18%.\n");
        write("update.txt", "UPDATE: Richard Blumenthal defended himself against charges that he repeatedly made "
                + "misleading comments about his military service during a press conference on Tuesday afternoon."
                + "\n\nCornyn's Democratic campaign counterpart, Sen. Bob Menendez, D-NJ, Tuesday offered a critical "
                + "vote of confidence in the attorney general, saying his lifetime of support for veterans is what "
                + "really matters.\n");
        write("label.txt", "Sanders: Endorsements prove Clinton 'candidate of the establishment.'\n\n"
                + "Hillary Clinton has 31 endorsements in the United States Senate, a body in which her chief rival "
                + "Bernie Sanders serves.\n");
        write("scott.txt", "Darrell Scott: \u2018You Find Me an Aberration Because I\u2019m Black and I Support "
                + "Trump!\u2019\n\nFrom Josh Feldman writing at Mediaite:\n");
        write("exit.txt", "More than 6 in 10 New York Democratic voters said that Wall Street does more to hurt the "
                + "economy than help, according to preliminary exit polling reported by CNN and The New York Times.\n");
        write("golf.txt", "Golf courses are closing across Florida.\n\n"
                + "''There's always resistance,'' said Mr. Schmidt, who bought the Woodmont property 10 years ago. "
                + "''The cost of operating a golf course today is very difficult, so the land is being put to better "
                + "use.''\n\nLike other golf club owners who foresee an upside in expanding their offerings, Mr. "
                + "Schmidt said he was building a new clubhouse and fitness center, as well as a new swimming "
                + "pool.\n");
        write("titles.txt", "Rubio's parents arrived in Miami in 1956.\n\n"
                + "Fidel Castro's revolution in 1959 dampened plans to return home, Mr. Rubio said in his 2012 book, "
                + "''An American Son.''\n\n"
                + "Oscar-winning actress Susan Sarandon, star of cult classic \u201CThelma and Louise,\u201D is not "
                + "sure she can vote for Hillary Clinton over Donald Trump.\n");
        write("stance.txt", "Voters in Iowa went to the caucuses on Monday.\n\n"
                + "Nearly 10 percent of them voted for Ben Carson, a neurosurgeon who has never held federal "
                + "political office.\n\n"
                + "The chamber's Republican majority voted to end the filibuster and voted in favor of the bill.\n\n"
                + "And a constellation of super PACs backing Mr. Cruz began March with more than $20 million in cash "
                + "on hand.\n\n"
                + "The filibuster garnered widespread attention, including from local employers such as Monsanto, "
                + "which opposed the bill.\n\n"
                + "Trump's attacks on Curiel stand out for their personal nature.\n");
        write("wheelhouse.txt", "Mr. Trump won New York by a wide margin.\n\n"
                + "''Our jobs are being sucked out of our states,'' Mr. Trump said. ''One of the big problems is "
                + "economy and jobs, and that is my wheelhouse.'' He said, twice, that he was going to get up and go "
                + "back to work for the nomination on Wednesday morning, a clear message about the intensity he is "
                + "bringing to the fight.\n");
        write("competitors.txt", "Judge Curiel was appointed by President Obama.\n\n"
                + "That attitude, many argue, could carry constitutional implications if Trump becomes president."
                + "\n\nThey pointed to the example of Indiana, which took a hit to its reputation and commerce last "
                + "year after the legislature passed its own religious-freedom law.\n");
        write("views.txt", "Golf courses are closing across Florida, and many developers see golf courses as wasted "
                + "space.\n\nHe views Mr. Trump as a poisonous candidate who has aggravated racial divisions.\n\n"
                + "We see a lot of people at the rally every week.\n\n"
                + "Democratic contenders Hillary Clinton and Bernie Sanders tweeted their approval of the filibuster.\n");
        write("convergence.txt", "The agreement to toss whole chunks of the landmark law reflects a rare political "
                + "convergence, uniting liberals who decried rote testing regimes, conservatives who wanted the "
                + "federal government out of education, state officials angry about unfunded mandates and powerful "
                + "teachers unions who said NCLB punished them, rather than giving them needed assistance.\n");
        write("surveys.txt", "Rubio and Bush are fighting for Florida.\n\n"
                + "Cruz came in second in January polls, although Rubio moved from third to second in a more-recent "
                + "survey from Florida Southern College.\n\nBush remains mired in fourth in most surveys.\n");
        write("fallin.txt", "Governor Mary Fallin spoke on CNN on Sunday.\n\n"
                + "Fallin said the nation needs to work together.\n\n"
                + "FALLIN: I think he is trying to campaign as a racial healer. I think that has been part of his "
                + "message.\n\nShe said she trusts him.\n");
        write("christ.txt", "Mr. Cruz spoke to pastors in Iowa.\n\n"
                + "''We have to awaken and energize the body of Christ,'' he said, referring to faith-driven "
                + "voters.\n");
        write("wage.txt", "Clinton and Sanders answered the union's questions.\n\n"
                + "Sanders supports raising the minimum wage to $15 by 2020.\n");
        write("uber.txt", "Millennials are skeptical of the sharing economy.\n\n"
                + "Nearly a third say they don't know, a higher level of uncertainty than on other economic questions, "
                + "and one in five say it's not an improvement.\n");
        write("podesta.txt", "The agreement was signed Saturday in Paris.\n\n"
                + "John Podesta, a former senior White House adviser who supported an aggressive climate policy, said "
                + "Obama \"understood he couldn't have a successful diplomatic outcome without having a really "
                + "forward-leaning, credible program in the U.S.\"\n");
        write("respond.txt", "The plane is more than 20 years old.\n\n"
                + "The Trump campaign did not respond to several questions about the aircraft.\n\n"
                + "Presumptive Republican presidential candidate Donald Trump has not talked about Zika.\n\n"
                + "Business Insider also commented on Weiner\u2019s future as a contributor with the company.\n");
        write("owners.txt", "Calderon spoke in an interview on Sunday.\n\n"
                + "His assessment of the real estate magnate was blunt.\n");
        write("mukasey.txt", "Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency.\n\n"
                + "Former Attorney General Michael Mukasey spoke at the convention on Monday.\n");
        write("stone.txt", "EXCLUSIVE \u2013 Roger Stone: Don\u2019t Trust the Voting Machines.\n\n"
                + "Roger Stone spoke to Breitbart News on Sunday.\n");
        write("tenney.txt", "\u201CIt\u2019s going to be well over a million dollars by the time it\u2019s done,\u201D "
                + "Tenney said about the money being spent against her in the primary. \u201CIt\u2019s probably going to "
                + "be close to two million dollars\u2026This is what I\u2019m up against.\u201D She went on to say:\n\n"
                + "\"Incredibly, by the way, none of them will come out and support Trump.\"\n");
        write("nbc.txt", "Trump was in Iowa on Thursday.\n\n"
                + "But while he may not have made the initial suggestion, Trump did support the idea of such a database "
                + "on Thursday, and NBC News has proof:\n\n"
                + "\u201CShould there be a database system that tracks the Muslims here in this country?\u201D a "
                + "reporter can be heard asking Trump after an event in Iowa.\n");
        write("attitude.txt", "Patti Davis spoke about the speech on Thursday.\n\n"
                + "Earlier in the political season, Davis, who was estranged from her father during his presidency, was "
                + "critical of all the candidates seeking the GOP nomination.\n\n"
                + "Obama\u2019s triumph brought together every wing of the Democratic Party and inspired a generation of "
                + "young voters: idealists who wanted a complete break from the Bush years, centrists who were angry "
                + "about the Iraq War, radicals who wanted to reshape the financial system, bankers who concluded Obama "
                + "would get the economy back on track, and many, many more.\n");
        write("poll.txt", "According to The Hill, Cheney sought to clarify her position after an alleged poll in "
                + "Wyoming said she \"supports abortion and aggressively promotes gay marriage.\"\n");
        passages = CorpusBuilder.build(dir, Progress.SILENT);
    }

    @Test
    void aNameInsideThePrepositionalPhraseOfASubjectIsNotTheSpeaker() {
        // BASIL 2013 (HuffPost): the poll said it, not Wyoming
        Quote q = quote(passages, "poll", "supports abortion");
        assertEquals("an alleged poll", q.speaker(), q.why());
    }

    @Test
    void reiteratingIsReporting() {
        // BASIL 2011 (HuffPost): the quote went to Luke Russert, the object of the "told" before it
        Quote q = quote(passages, "prank", "It was a prank");
        assertEquals("Weiner", q.speaker(), q.why());
        assertEquals("reiterated", q.cue());
        assertEquals("Weiner", quote(passages, "prank", "This is not a national security matter").speaker());
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Quote quote(Corpus c, String sourcePrefix, String textStart) {
        return c.quotes().stream().filter(q -> q.source().startsWith(sourcePrefix) && q.text().startsWith(textStart))
                .findFirst().orElseThrow(() -> new AssertionError("no quote '" + textStart + "' in " + sourcePrefix
                        + ": " + c.quotes().stream().filter(q -> q.source().startsWith(sourcePrefix)).toList()));
    }

    private static String original(Corpus c, Quote q, int start, int end) {
        Source s = c.sources().stream().filter(x -> x.id().equals(q.source())).findFirst().orElseThrow();
        return s.text().substring(start, end);
    }

    private static Entity entity(Corpus c, String namePart) {
        return c.entities().stream().filter(e -> e.name().contains(namePart)).findFirst().orElseThrow();
    }

    @Test
    void wordsTheParserHangsOnTheVerbStayInTheReportedClause() {
        // 002: "Ukrainian forces have confirmed they had fought six Chinese soldiers and two of them had been taken
        // prisoner." — the parser makes "had been taken prisoner" a parataxis of "confirmed"
        Quote q = quote(seeds, "002", "they had fought six Chinese soldiers");
        assertTrue(q.text().endsWith("had been taken prisoner"), q.text());
        assertEquals("Ukrainian forces", q.speaker());
    }

    @Test
    void aClauseTheParserReadAsAnObjectIsReportedWhole() {
        // 003: "He hopes the situation will prompt increased dialogue between the U.S., Ukraine, and Russia and a
        // response from China." — parsed with "the situation" as the object of "hopes"
        Quote q = quote(seeds, "003", "the situation");
        assertEquals("hopes", q.cue());
        assertTrue(q.text().startsWith("the situation will prompt increased dialogue"), q.text());
        assertTrue(q.text().endsWith("a response from China"), q.text());
    }

    @Test
    void whoIsCalledOnIsPartOfTheCall() {
        // 003: "Zelensky called on allies in the United States and Europe to protest, emphasizing …"
        Quote q = seeds.quotes().stream().filter(x -> x.source().startsWith("003") && "called".equals(x.cue()))
                .findFirst().orElseThrow(() -> new AssertionError(seeds.quotes()));
        assertEquals("allies in the United States and Europe to protest", q.text());
    }

    @Test
    void aTitleCaseHeadlineVerbTakesNoSpeakerAfterIt() {
        // 003's headline "Ukraine Captures Chinese Nationals in Russian Army, Demands Explanation from Beijing":
        // "Explanation" is not someone who demands
        assertTrue(seeds.quotes().stream().noneMatch(q -> "Explanation".equals(q.speaker())),
                seeds.quotes().stream().filter(q -> q.source().startsWith("003")).toList().toString());
    }

    @Test
    void aContentNeverHoldsItsOwnReportingFrame() {
        // 004: "He said that the capture … are “a clear signal …,” Zelensky said." — one relation, not a second one
        // whose content starts with "He said"
        for (Quote q : seeds.quotes()) {
            if (q.kind().equals("indirect") && q.cueStart() >= 0) {
                assertTrue(q.cueStart() < q.start() || q.cueStart() >= q.end(), q.toString());
            }
        }
        assertTrue(seeds.quotes().stream().noneMatch(q -> q.text().startsWith("He said that")));
        Quote inner = quote(seeds, "004", "that the capture of the two men");
        assertEquals("Volodymyr Zelensky", inner.speaker());
    }

    @Test
    void indirectSpeechAfterTheVerb() {
        Quote q = quote(seeds, "001", "Kiev has captured two Chinese nationals");
        assertEquals("indirect", q.kind());
        assertEquals("said", q.cue());
        assertEquals(entity(seeds, "Zelensk").id(), q.speakerEntity(), q.why());
        assertEquals("said", original(seeds, q, q.cueStart(), q.cueEnd()));
        assertTrue(original(seeds, q, q.speakerStart(), q.speakerEnd()).endsWith("Volodymyr Zelensky"), q.toString());
        assertTrue(original(seeds, q, q.start(), q.end()).startsWith("Kiev has captured"));
    }

    @Test
    void pronounSubjectIsResolvedToTheLastNamedPerson() {
        Quote q = quote(seeds, "001", "the two men had been fighting");
        assertEquals("indirect", q.kind());
        assertEquals(entity(seeds, "Zelensk").id(), q.speakerEntity(), q.why());
        assertEquals("He", original(seeds, q, q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void titleSubjectIsResolvedToThePersonSoTitled() {
        // 000's dek gives the title before the article names him ("Ukrainian President Volodymyr Zelenskyy claimed
        // …" follows; the machine summary before the dek is boilerplate): the first person after it so titled
        Quote q = quote(seeds, "000", "he has instructed the minister");
        assertEquals("indirect", q.kind());
        assertEquals(entity(seeds, "Zelensk").id(), q.speakerEntity(), q.why());
        assertEquals("The Ukrainian president", original(seeds, q, q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void clauseBeforeTheVerb() {
        Quote q = quote(seeds, "002", "It comes as North Korea sent around 3,000");
        assertEquals("indirect", q.kind());
        assertEquals("said", q.cue());
        assertTrue(q.text().endsWith("war on Ukraine"), q.text());
        assertTrue(original(seeds, q, q.speakerStart(), q.speakerEnd()).contains("military"), q.toString());
    }

    @Test
    void scareQuoteGoesToTheOrganisationNotTheNearestPerson() {
        Quote q = quote(seeds, "", "decisive enabler");
        assertEquals("partial", q.kind());
        assertEquals("NATO", q.speaker(), q.why());
        assertEquals("NATO", original(seeds, q, q.speakerStart(), q.speakerEnd()));
    }

    /**
     * "showing support for Hillary Clinton’s “public option”": a phrase quoted as someone's with no noun of saying after
     * it names a policy, not words of hers (speakers round 11; a phrase before "comment" or "promise" is the owner's:
     * {@code OtherStorySpeakersRound11Test}).
     */
    @Test
    void phraseQuotedAsSomeonesWithNoNounOfSayingIsNoSpeech() {
        Quote q = quote(passages, "option", "public option");
        assertEquals("partial", q.kind());
        assertNotEquals(entity(passages, "Clinton").id(), q.speakerEntity(), q.why());
    }

    @Test
    void accordingTo() {
        Quote q = quote(passages, "polls", "Mitt Romney had a ten-point lead");
        assertEquals("indirect", q.kind());
        assertEquals("according to", q.cue());
        assertEquals("According to", original(passages, q, q.cueStart(), q.cueEnd()));
        assertEquals("exit polls", original(passages, q, q.speakerStart(), q.speakerEnd()));
        assertTrue(q.text().endsWith("still lost the election"), q.text());
    }

    @Test
    void quoteWithoutVerbContinuesThePreviousSpeaker() {
        Quote said = quote(passages, "songs", "No one is writing songs");
        Quote next = quote(passages, "songs", "Right now, the vote is against Trump");
        assertEquals("said", said.cue());
        assertNotNull(said.speakerEntity(), said.why());
        // "he" is the person just described in the sentence before (Crespo), not the first one named there (Obama)
        assertEquals(entity(passages, "Crespo").id(), said.speakerEntity(), said.why());
        // a new paragraph opening with a quote goes on with the speaker's words and reporting verb
        assertEquals("said", next.cue(), next.why());
        assertEquals(said.cueStart(), next.cueStart());
        assertEquals(said.speakerEntity(), next.speakerEntity(), next.why());
        assertTrue(next.why().contains("previous sentence"), next.why());
        assertEquals(said.speakerStart(), next.speakerStart());
    }

    @Test
    void quoteRightAfterTheSpeakersQuoteKeepsItsReportingVerb() {
        // seed 000: "“… where it came from,” Zelenskyy said. “Our main objective remains the same: …”"
        Quote said = quote(seeds, "000", "We continue active operations");
        Quote next = quote(seeds, "000", "Our main objective remains the same");
        assertEquals("said", said.cue());
        assertEquals("said", next.cue(), next.why());
        assertEquals(said.cueStart(), next.cueStart());
        assertEquals(said.speakerEntity(), next.speakerEntity(), next.why());
        assertTrue(next.why().contains("goes on with the quote"), next.why());
    }

    @Test
    void twoApostrophesAreAQuotationMark() {
        Quote q = quote(passages, "nyt", "There's a lot of new complexity");
        assertEquals("direct", q.kind());
        assertEquals("said", q.cue());
        assertEquals(entity(passages, "Burman").id(), q.speakerEntity(), q.why());
        assertEquals("''There's a lot of new complexity,''", original(passages, q, q.start(), q.end()));
    }

    @Test
    void apposedSubjectKeepsItsApposition() {
        Quote q = quote(passages, "revesz", "the suing states were exaggerating");
        assertEquals("indirect", q.kind());
        assertEquals(entity(passages, "Revesz").id(), q.speakerEntity(), q.why());
        assertEquals("Richard Revesz, director of the Institute for Policy Integrity at New York University\u2019s "
                + "law school", original(passages, q, q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void reportedClauseEndsWhereTheParseEndsIt() {
        Quote said = quote(passages, "carson", "he saw no need");
        assertEquals("said", said.cue());
        assertEquals("he saw no need to change anything about his campaign", said.text());
        assertEquals("Carson", original(passages, said, said.speakerStart(), said.speakerEnd()));
        Quote telling = quote(passages, "carson", "that");
        assertEquals("telling", telling.cue());
        assertEquals("Carson", original(passages, telling, telling.speakerStart(), telling.speakerEnd()));
    }

    @Test
    void intentionsAndBeliefsAreAttributed() {
        Quote plans = quote(passages, "plans", "to make her proposal");
        assertEquals("plans", plans.cue());
        assertEquals(entity(passages, "Hillary Clinton").id(), plans.speakerEntity(), plans.why());
        Quote believes = quote(passages, "plans", "the rhetoric will make it impossible");
        assertEquals("believes", believes.cue());
        assertEquals("Lindsey Graham", original(passages, believes, believes.speakerStart(), believes.speakerEnd()));
    }

    @Test
    void conjoinedVerbSharesTheSubject() {
        Quote q = quote(passages, "murphy", "he supports the final bill");
        assertEquals("said", q.cue());
        assertEquals(entity(passages, "Murphy").id(), q.speakerEntity(), q.why());
        assertTrue(original(passages, q, q.speakerStart(), q.speakerEnd()).endsWith("Chris Murphy"), q.toString());
    }

    @Test
    void clauseSplitByTheVerbIsReportedInTwoPieces() {
        // one row since quotes round 17: the two pieces around the frame ("The move, he said, was the result …")
        // are one report, its text without the frame
        Quote q = quote(passages, "move", "The move was the result");
        assertEquals("said", q.cue());
        assertEquals(entity(passages, "Priebus").id(), q.speakerEntity(), q.why());
        assertEquals(1, AttributionEvalView.relations(passages, "move"));
    }

    @Test
    void itGoesToTheOrganisationThatWasTheSubject() {
        Quote q = quote(passages, "fdic", "current officials have concealed");
        assertEquals("said", q.cue());
        assertEquals("It", original(passages, q, q.speakerStart(), q.speakerEnd()));
        assertEquals(entity(passages, "Federal Deposit").id(), q.speakerEntity(), q.why());
    }

    @Test
    void theyPrefersThePluralNounBeforeItToAnOrganisationOfAnEarlierSentence() {
        // 003: "Russia's Ministry of Defense announced …. A Ukrainian regiment released video …, one day after
        // Zelensky on Monday that his country's troops have been active in the region as they seek to protect …"
        Quote q = quote(seeds, "003", "to protect Ukrainian towns");
        assertEquals("they", original(seeds, q, q.speakerStart(), q.speakerEnd()));
        assertTrue(q.speaker().endsWith("troops"), q.speaker() + " / " + q.why());
        assertNull(q.speakerEntity(), q.why());
    }

    @Test
    void seeingSomethingAsSomethingAndTweetingAreAttributed() {
        Quote q = quote(passages, "views", "golf courses as wasted space");
        assertEquals("see", q.cue());
        assertEquals("many developers", original(passages, q, q.speakerStart(), q.speakerEnd()));
        Quote v = quote(passages, "views", "Mr. Trump as a poisonous candidate");
        assertEquals("views", v.cue());
        assertEquals("He", original(passages, v, v.speakerStart(), v.speakerEnd()));
        Quote t = quote(passages, "views", "their approval of the filibuster");
        assertEquals("tweeted", t.cue());
        // seeing people is no opinion: no "as"
        assertTrue(passages.quotes().stream().noneMatch(x -> x.text().contains("a lot of people")));
    }

    @Test
    void subjectSpanIsTheWholeNounPhraseWithItsApposition() {
        Quote q = quote(passages, "huckabee", "House Speaker Paul Ryan should resign");
        assertEquals("Mike Huckabee, the former Arkansas governor",
                original(passages, q, q.speakerStart(), q.speakerEnd()));
        assertEquals(entity(passages, "Huckabee").id(), q.speakerEntity(), q.why());
    }

    @Test
    void shortTermInQuotationMarksWithoutAVerbHasNoSpeaker() {
        Quote q = quote(passages, "undercard", "undercard");
        assertEquals("partial", q.kind());
        assertNull(q.speaker(), q.why());
        assertEquals(-1, q.speakerStart());
    }

    @Test
    void predicateWithAThatClauseAttributesIt() {
        Quote q = quote(passages, "optimistic", "that he would perform strongly");
        assertEquals("optimistic", q.cue());
        assertEquals("Party officials", original(passages, q, q.speakerStart(), q.speakerEnd()));
        Quote r = quote(passages, "optimistic", "that it could capitalize");
        assertEquals("realized", r.cue());
        assertEquals("The Democratic National Committee",
                original(passages, r, r.speakerStart(), r.speakerEnd()));
    }

    @Test
    void supportIsAttributed() {
        Quote q = quote(passages, "graham", "Hillary Clinton");
        assertEquals("backed", q.cue());
        assertEquals("The union", original(passages, q, q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void objectWithWhatIsSaidOfItIsTheContent() {
        Quote q = quote(passages, "ties", "Clinton");
        assertEquals("criticized", q.cue());
        assertEquals("Clinton for having ties to Wall Street", q.text());
        assertTrue(original(passages, q, q.speakerStart(), q.speakerEnd()).endsWith("Bernie Sanders"), q.toString());
    }

    @Test
    void nounOfSayingTakesItsOwnerAsSource() {
        Quote q = quote(passages, "bailout", "that Sanders had voted");
        assertEquals("claim", q.cue());
        assertEquals("her", original(passages, q, q.speakerStart(), q.speakerEnd()));
        assertEquals(entity(passages, "Hillary Clinton").id(), q.speakerEntity(), q.why());
        assertEquals("that Sanders had voted against the auto industry bailout", q.text());
        // nested in another attribution, the noun is part of the outer relation's content (as PolNeAR marks it)
        Quote outer = quote(passages, "bailout", "strong support");
        assertEquals("showed", outer.cue());
        Quote c = quote(passages, "bailout", "a wall on");
        assertEquals("call for", c.cue());
        assertEquals("Donald Trump", original(passages, c, c.speakerStart(), c.speakerEnd()));
    }

    @Test
    void passiveWithAnAgentTakesTheAgentAsSource() {
        Quote q = quote(passages, "kloppenburg", "Kloppenburg's campaign");
        assertEquals("backed", q.cue());
        assertEquals("Kloppenburg's campaign", q.text());
        assertEquals("liberal groups across the state",
                original(passages, q, q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void pollIntroducedByInIsTheSource() {
        Quote q = quote(passages, "iowa", "Mr. Cruz had");
        assertEquals("in", q.cue());
        assertEquals("a Des Moines Register poll released Wednesday",
                original(passages, q, q.speakerStart(), q.speakerEnd()));
        Quote s = quote(passages, "iowa", "Trump moving ahead");
        assertEquals("showed", s.cue());
        assertEquals("A new poll", original(passages, s, s.speakerStart(), s.speakerEnd()));
    }

    @Test
    void editorsLabelsAndDatesAreNoSpeakers() {
        var quotes = passages.quotes().stream().filter(q -> q.source().startsWith("update")).toList();
        assertTrue(quotes.stream().noneMatch(q -> ":".equals(q.cue()) || "UPDATE".equals(q.speaker())),
                quotes.toString());
        assertEquals("Richard Blumenthal", quote(passages, "update", "himself against charges").speaker());
        // the parser makes "Tuesday" the subject of "offered": a date is no speaker, so "saying" gets none
        assertTrue(quotes.stream().noneMatch(q -> q.speaker() != null && q.speaker().contains("Tuesday")),
                quotes.toString());
    }

    /** How the evaluation groups a source's quotes into relations. */
    static final class AttributionEvalView {
        static int relations(Corpus c, String sourcePrefix) {
            return org.crosscheck.eval.AttributionEval.fromQuotes(c.quotes().stream()
                    .filter(q -> q.source().startsWith(sourcePrefix)).toList()).size();
        }
    }

    @Test
    void everyQuoteHasConsistentOffsets() {
        for (Corpus c : new Corpus[]{seeds, passages}) {
            for (Quote q : c.quotes()) {
                assertNotNull(q.kind());
                assertTrue(q.speakerStart() < 0 == q.speakerEnd() < 0, q.toString());
                assertTrue(q.cueStart() < 0 == q.cueEnd() < 0, q.toString());
                if (q.speakerStart() >= 0) {
                    assertTrue(q.speakerStart() < q.speakerEnd(), q.toString());
                }
                if (q.cueStart() >= 0) {
                    assertTrue(q.cueStart() < q.cueEnd(), q.toString());
                }
                if (q.kind().equals("indirect")) {
                    assertNotNull(q.cue(), q.toString());
                    assertTrue(q.speakerStart() >= 0, q.toString());
                }
            }
        }
    }

    @Test
    void aNameAndColonOpeningTheFirstLineLabelsTheRest() {
        // PolNeAR headline "Sanders: Endorsements prove …": source "Sanders", cue ":"
        Quote q = quote(passages, "label", "Endorsements prove Clinton");
        assertEquals("Sanders", original(passages, q, q.speakerStart(), q.speakerEnd()));
        assertEquals(":", original(passages, q, q.cueStart(), q.cueEnd()));
        // a quote right after the label is the label's, once: no second relation for the same words
        Quote scott = quote(passages, "scott", "You Find Me an Aberration");
        assertEquals("Darrell Scott", original(passages, scott, scott.speakerStart(), scott.speakerEnd()));
        assertEquals(":", scott.cue());
        assertEquals(1, passages.quotes().stream().filter(x -> x.source().startsWith("scott")).count(),
                passages.quotes().toString());
    }

    @Test
    void aRelationInsideAnotherRelationsContentIsLeftToTheOuterOne() {
        // "… said that Wall Street …, according to preliminary exit polling": one relation, the outer one
        Quote q = quote(passages, "exit", "More than 6 in 10 New York Democratic voters said");
        assertEquals("according to", q.cue());
        assertTrue(passages.quotes().stream().noneMatch(x -> x.source().startsWith("exit")
                && x.text().startsWith("that Wall Street")), passages.quotes().toString());
    }

    @Test
    void aReportingVerbInTheNextParagraphIsNotTheQuotes() {
        // the quote's second sentence continues Mr. Schmidt's quote; "Mr. Schmidt said he was building …" in the
        // next paragraph is a relation of its own, not the cue of the quote before it
        Quote first = quote(passages, "golf", "There's always resistance");
        Quote second = quote(passages, "golf", "The cost of operating a golf course");
        assertEquals(first.speakerStart(), second.speakerStart(), second.why());
        assertTrue(second.cueStart() < 0 || second.cueStart() == first.cueStart(), second.toString());
        Quote building = quote(passages, "golf", "he was building a new clubhouse");
        assertEquals("said", building.cue());
        assertTrue(original(passages, building, building.speakerStart(), building.speakerEnd()).endsWith("Schmidt"));
    }

    @Test
    void aTitleInQuotationMarksHasNoSpeaker() {
        Quote book = quote(passages, "titles", "An American Son");
        assertNull(book.speaker(), book.why());
        assertEquals(-1, book.speakerStart());
        Quote film = quote(passages, "titles", "Thelma and Louise");
        assertNull(film.speaker(), film.why());
        // the sentence itself still reports what Mr. Rubio said
        Quote said = quote(passages, "titles", "Fidel Castro's revolution in 1959");
        assertEquals("said", said.cue());
    }

    @Test
    void stanceVerbsAndNounsWithTheirPrepositions() {
        Quote carson = quote(passages, "stance", "Ben Carson");
        assertEquals("voted for", carson.cue());
        assertEquals("Nearly 10 percent of them", original(passages, carson, carson.speakerStart(),
                carson.speakerEnd()));
        Quote bill = quote(passages, "stance", "the bill");
        assertEquals("voted in favor of", bill.cue());
        // a participle describing its source: "super PACs backing Mr. Cruz"
        Quote cruz = quote(passages, "stance", "Mr. Cruz");
        assertEquals("backing", cruz.cue());
        assertTrue(original(passages, cruz, cruz.speakerStart(), cruz.speakerEnd()).endsWith("super PACs"),
                cruz.toString());
        // a relative pronoun standing for a named body: "Monsanto, which opposed the bill"
        Quote opposed = passages.quotes().stream().filter(x -> x.source().startsWith("stance")
                && "opposed".equals(x.cue())).findFirst().orElseThrow();
        assertEquals("which", original(passages, opposed, opposed.speakerStart(), opposed.speakerEnd()));
        assertEquals("the bill", opposed.text());
        // a noun of stance with its owner: "Trump's attacks on Curiel"
        Quote curiel = quote(passages, "stance", "Curiel");
        assertEquals("attacks on", curiel.cue());
        assertEquals("Trump", original(passages, curiel, curiel.speakerStart(), curiel.speakerEnd()));
    }

    @Test
    void aVerbOpeningTheSentenceAfterAQuoteClosedByAFullStopIsNotTheQuotes() {
        Quote first = quote(passages, "wheelhouse", "Our jobs are being sucked");
        Quote second = quote(passages, "wheelhouse", "One of the big problems");
        assertEquals(first.speakerStart(), second.speakerStart(), second.why());
        Quote said = quote(passages, "wheelhouse", "that he was going to get up");
        assertEquals("said", said.cue());
    }

    @Test
    void quantitiesOfPeopleAndPointingTo() {
        // "many" heads the subject: a quantity of people speaks
        Quote many = passages.quotes().stream().filter(x -> x.source().startsWith("competitors")
                && "argue".equals(x.cue())).findFirst().orElseThrow(() -> new AssertionError(passages.quotes()));
        assertEquals("many", original(passages, many, many.speakerStart(), many.speakerEnd()));
        Quote example = quote(passages, "competitors", "the example of Indiana");
        assertEquals("pointed to", example.cue());
        assertEquals("They", original(passages, example, example.speakerStart(), example.speakerEnd()));
    }

    @Test
    void verbsOfJudgementTakeTheirObject() {
        // "liberals who decried rote testing regimes": a verb of judgement outside the older lists
        Quote q = passages.quotes().stream().filter(x -> x.source().startsWith("convergence")
                && "decried".equals(x.cue())).findFirst().orElseThrow(() -> new AssertionError(passages.quotes()));
        assertTrue(q.text().startsWith("rote testing regimes"), q.text());
        assertEquals("who", original(passages, q, q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void aPollOnTheVerbOfAClauseIsItsSource() {
        // clause-final before ", although …", and inside the clause joined by "although"
        Quote second = quote(passages, "surveys", "Cruz came in second");
        assertEquals("in", second.cue());
        assertEquals("January polls", original(passages, second, second.speakerStart(), second.speakerEnd()));
        assertTrue(!second.text().contains("although"), second.text());
        Quote moved = quote(passages, "surveys", "Rubio moved from third to second");
        assertEquals("a more-recent survey from Florida Southern College",
                original(passages, moved, moved.speakerStart(), moved.speakerEnd()));
        // on a participle completing the verb: "remains mired … in most surveys"
        Quote mired = quote(passages, "surveys", "Bush remains mired in fourth");
        assertEquals("most surveys", original(passages, mired, mired.speakerStart(), mired.speakerEnd()));
    }

    @Test
    void aTranscriptTurnRunsToTheEndOfItsParagraph() {
        Quote turn = quote(passages, "fallin", "I think he is trying");
        assertEquals(":", turn.cue());
        assertTrue(turn.text().endsWith("part of his message."), turn.text());
        // what the speaker reports inside the turn is part of it, not a relation of its own
        assertTrue(passages.quotes().stream().noneMatch(x -> x.source().startsWith("fallin")
                && "think".equals(x.cue())), passages.quotes().toString());
    }

    @Test
    void referringToTakesItsObject() {
        Quote q = passages.quotes().stream().filter(x -> x.source().startsWith("christ")
                && "referring to".equals(x.cue())).findFirst().orElseThrow(() -> new AssertionError(passages.quotes()));
        assertEquals("faith-driven voters", q.text());
        assertEquals("he", original(passages, q, q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void aGerundAfterTheVerbIsWhatItReports() {
        Quote q = quote(passages, "wage", "raising the minimum wage");
        assertEquals("supports", q.cue());
        assertEquals("Sanders", original(passages, q, q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void aSecondReportJoinedToTheClauseIsARelationOfItsOwn() {
        Quote first = quote(passages, "uber", "they don't know");
        assertEquals("Nearly a third", original(passages, first, first.speakerStart(), first.speakerEnd()));
        assertTrue(!first.text().contains("one in five"), first.text());
        Quote second = quote(passages, "uber", "it's not an improvement");
        assertEquals("one in five", original(passages, second, second.speakerStart(), second.speakerEnd()));
    }

    @Test
    void aRelativeClauseDescribingASourceIsNoRelationOfItsOwn() {
        Quote said = passages.quotes().stream().filter(x -> x.source().startsWith("podesta")
                && "said".equals(x.cue())).findFirst().orElseThrow(() -> new AssertionError(passages.quotes()));
        assertTrue(original(passages, said, said.speakerStart(), said.speakerEnd()).startsWith("John Podesta"),
                said.toString());
        assertTrue(passages.quotes().stream().noneMatch(x -> x.source().startsWith("podesta")
                && "supported".equals(x.cue())), passages.quotes().toString());
    }

    @Test
    void verbsOfReplyAndTalkTakeTheObjectOfTheirPreposition() {
        Quote aircraft = quote(passages, "respond", "several questions about the aircraft");
        assertEquals("respond to", aircraft.cue());
        assertEquals("The Trump campaign", original(passages, aircraft, aircraft.speakerStart(),
                aircraft.speakerEnd()));
        Quote zika = quote(passages, "respond", "Zika");
        assertEquals("talked about", zika.cue());
        Quote weiner = quote(passages, "respond", "Weiner");
        assertEquals("commented on", weiner.cue());
        assertEquals("Business Insider", original(passages, weiner, weiner.speakerStart(), weiner.speakerEnd()));
    }

    @Test
    void aNounOfJudgementWithItsOwnerTakesTheObjectOfItsPreposition() {
        Quote q = quote(passages, "owners", "the real estate magnate");
        assertEquals("assessment of", q.cue());
        assertEquals("His", original(passages, q, q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void aHeadlineLabelMayHoldAPrepositionOrFollowAWordInCapitalsAndADash() {
        Quote mukasey = quote(passages, "mukasey", "Clinton email scandal");
        assertEquals(":", mukasey.cue());
        assertTrue(original(passages, mukasey, mukasey.speakerStart(), mukasey.speakerEnd())
                .startsWith("Former AG Mukasey"), mukasey.toString());
        Quote stone = quote(passages, "stone", "Don");
        assertEquals(":", stone.cue());
        assertTrue(original(passages, stone, stone.speakerStart(), stone.speakerEnd()).endsWith("Roger Stone"),
                stone.toString());
    }

    @Test
    void aVerbBeforeAColonAnnouncesTheNextParagraphNotTheQuoteBeforeIt() {
        Quote next = quote(passages, "tenney", "Incredibly");
        // the colon closes the frame and is no part of the cue: `quotes | group by cue` counts "went on to say" once
        assertEquals("went on to say", next.cue(), next.why());
        Quote before = quote(passages, "tenney", "It's probably going");
        assertEquals("said", before.cue(), before.why());
        assertEquals("Tenney", original(passages, before, before.speakerStart(), before.speakerEnd()));
        // a verb of the colon's sentence that is not one of saying keeps a clause of its own
        Quote support = quote(passages, "nbc", "the idea of such a database");
        assertEquals("support", support.cue(), support.why());
        assertEquals("Trump", original(passages, support, support.speakerStart(), support.speakerEnd()));
    }

    @Test
    void anAdjectiveOfAttitudeWithACopulaTakesTheObjectOfItsPreposition() {
        Quote davis = quote(passages, "attitude", "all the candidates");
        assertEquals("critical of", davis.cue());
        assertTrue(original(passages, davis, davis.speakerStart(), davis.speakerEnd()).startsWith("Davis"),
                davis.toString());
        // the object ends at the comma: what follows is another group of voters
        Quote war = quote(passages, "attitude", "the Iraq War");
        assertEquals("angry about", war.cue());
        assertEquals("the Iraq War", war.text());
    }
}
