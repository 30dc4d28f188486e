package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.RawDocument;
import org.junit.jupiter.api.Test;

/** Sentences split into the claims they make, from the dependency tree; sentences as outlets wrote them. */
class ClausesTest {
    private record Split(Doc doc, List<Clauses.Clause> clauses) {
        String span(int k) {
            Clauses.Clause c = clauses.get(k);
            return doc.body.text().substring(doc.toks.get(c.from()).start, doc.toks.get(c.to() - 1).end);
        }

        String speaker(int k) {
            int h = clauses.get(k).speakerHead();
            return h < 0 ? null : doc.toks.get(h).word;
        }
    }

    private static Split split(String sentence) {
        Doc d = CorpusBuilder.analyse(new RawDocument("t", "t.txt", sentence + "\n", List.of(), Map.of(), null));
        assertEquals(1, d.sents.size(), "one sentence: " + sentence);
        return new Split(d, Clauses.split(d, d.sents.get(0)));
    }

    @Test
    void aReportedClauseIsOneClaimWithItsAttribution() {
        Split s = split("Ukrainian President Volodymyr Zelensky said Kiev has captured two Chinese nationals fighting "
                + "alongside Russian forces in eastern Ukraine.");
        assertEquals(1, s.clauses().size());
        Clauses.Clause c = s.clauses().get(0);
        assertTrue(c.content().startsWith("Kiev has captured two Chinese nationals"), c.content());
        assertEquals("said", c.cue());
        assertEquals("Zelensky", s.speaker(0));
        assertEquals("Kiev", c.subject());
        // the claim's span is the whole sentence, frame included
        assertTrue(s.span(0).startsWith("Ukrainian President"), s.span(0));
    }

    @Test
    void aQuotationWithTheFrameAfterItAssertsWhatIsQuoted() {
        Split s = split("“We have the documents of these prisoners, bank cards and personal data,” he added, sharing "
                + "a video that appeared to show one of the detained men.");
        assertEquals(1, s.clauses().size());
        Clauses.Clause c = s.clauses().get(0);
        assertEquals("added", c.cue());
        assertEquals("he", s.speaker(0));
        assertTrue(c.content().startsWith("We have the documents of these prisoners"), c.content());
        assertTrue(!c.content().contains("added"), c.content());
    }

    @Test
    void coordinatedClausesWithTheirOwnSubjectsAreTwoClaims() {
        Split s = split("There has been no official confirmation from the government in Moscow that Ukrainian troops "
                + "are operating in Belgorod, but local Belgorod authorities have acknowledged military activity as "
                + "parts of the region come under sustained Ukrainian fire.");
        assertEquals(2, s.clauses().size());
        assertTrue(s.span(0).endsWith("operating in Belgorod"), s.span(0));
        assertTrue(s.span(1).startsWith("local Belgorod authorities have acknowledged"), s.span(1));
        // the adverbial clause ("as parts of the region come under …") stays with its main clause
        assertTrue(s.span(1).endsWith("Ukrainian fire."), s.span(1));
        assertNull(s.clauses().get(1).cue());
    }

    @Test
    void aRelativeClauseWithoutThatIsNoClaimOfItsOwn() {
        // BASIL 2013, HuffPost: the parser hangs "I have made" on "said" as a parataxis
        Split s = split("In a statement issued by his lawyers on Friday after court records indicated he planned a "
                + "guilty plea, Jackson said he had \u201Cno excuses\u201D for his conduct and \u201Cfully accept my "
                + "responsibility for the improper decisions and mistakes I have made.\u201D");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
        assertTrue(s.span(0).contains("mistakes I have made"), s.span(0));
    }

    @Test
    void aMisparsedConjunctWithWordsMissingIsNoClaimOfItsOwn() {
        // the parser hangs "two of them" on the first verb: "had been taken prisoner" alone would be no claim
        Split s = split("Ukrainian forces have confirmed they had fought six Chinese soldiers and two of them had "
                + "been taken prisoner.");
        assertTrue(s.clauses().stream().noneMatch(c -> c.content().startsWith("had been")),
                s.clauses().toString());
        assertTrue(s.clauses().stream().anyMatch(c -> c.content().contains("six Chinese soldiers")));
    }

    @Test
    void aSharedSubjectGoesWithTheSecondPredicate() {
        Split s = split("China presents itself as neutral in the conflict and has denied supplying lethal aid to "
                + "either side.");
        assertEquals(2, s.clauses().size());
        assertEquals("has denied supplying lethal aid to either side.", s.span(1));
        assertEquals("China has denied supplying lethal aid to either side", s.clauses().get(1).content());
        assertEquals("China", s.clauses().get(1).subject());
        // "denied" is what is asserted, not a frame around it
        assertNull(s.clauses().get(1).cue());
    }

    @Test
    void aFrameCoversEveryClauseItReports() {
        Split s = split("Zelensky said Ukraine had evidence that many more Chinese citizens were fighting for Russia "
                + "and that he had instructed Ukraine's foreign minister to immediately contact Beijing for "
                + "clarification.");
        assertEquals(2, s.clauses().size());
        for (int k = 0; k < 2; k++) {
            assertEquals("said", s.clauses().get(k).cue());
            assertEquals("Zelensky", s.speaker(k));
        }
        assertTrue(s.clauses().get(1).content().startsWith("he had instructed"), s.clauses().get(1).content());
    }

    @Test
    void aSecondReportAddedByTheSameSpeakerIsItsOwnClaim() {
        Split s = split("Ukrainian President Volodymyr Zelensky said Tuesday that his armed forces had captured two "
                + "Chinese citizens fighting alongside Russian troops, adding that he would seek an explanation from "
                + "Beijing and a response from Ukraine's allies.");
        assertEquals(2, s.clauses().size());
        assertEquals("adding", s.clauses().get(1).cue());
        assertEquals("Zelensky", s.speaker(1));
        assertTrue(s.clauses().get(1).content().startsWith("he would seek an explanation"));
    }

    @Test
    void aBareFrameIsNoClaim() {
        Doc d = CorpusBuilder.analyse(new RawDocument("t", "t.txt",
                "The mayor closed the bridge on Monday after engineers found cracks in two of its supports. "
                        + "\u201CIt is not safe.\u201D She said.\n", List.of(), Map.of(), null));
        Doc.Sent last = d.sents.get(d.sents.size() - 1);
        if (last.text.equals("She said.")) {
            assertTrue(Clauses.split(d, last).isEmpty());
        }
        assertEquals(1, Clauses.split(d, d.sents.get(0)).size());
    }

    @Test
    void aQuotationBeforeItsSpeakerIsNotCutWhereTheParserHungTheFrame() {
        Split s = split("“Chinese citizens fighting as part of Russia’s invasion army in Ukraine puts into question "
                + "China’s declared stance for peace and undermines Beijing’s credibility as a responsible permanent "
                + "member of the UN Security Council,” Kyiv’s foreign minister Andrii Sybiha wrote on X.");
        assertEquals(1, s.clauses().size());
        Clauses.Clause c = s.clauses().get(0);
        assertEquals("wrote", c.cue());
        assertEquals("minister", s.speaker(0));
        assertTrue(c.content().endsWith("permanent member of the UN Security Council"), c.content());
    }

    @Test
    void aDatelineIsNoClaim() {
        // BASIL 2013, Fox on the IRS ruling: the dateline before the dash was a claim of its own
        Split s = split("WASHINGTON \u2013 Legally married same-sex couples will now be allowed to file federal joint "
                + "tax returns, the IRS and Treasury Department announced Thursday.");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
        assertTrue(s.clauses().get(0).content().startsWith("Legally married same-sex couples"),
                s.clauses().get(0).content());
        Split agency = split("BEIJING, China -- The ministry said on Monday that talks would resume next week.");
        assertTrue(agency.clauses().stream().noneMatch(c -> c.content().strip().startsWith("BEIJING")),
                agency.clauses().toString());
    }

    @Test
    void decliningToSayWhetherIsOneClaimNotAReportOfTheQuestion() {
        // an embedded question ("whether …", "if …", "who …") is not what the frame reports as true: the claim is
        // the declining, whole, not "But the congressman repeatedly declined" and "to say whether the picture …"
        Split s = split("But the congressman repeatedly declined to say whether the picture was an image of him.");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
        assertTrue(s.clauses().get(0).content().contains("declined to say whether the picture was an image of him"),
                s.clauses().get(0).content());
        Split t = split("Twitter, which does not comment on individual user accounts for privacy reasons, has declined "
                + "to say whether Mr. Weiner's account was hacked.");
        assertTrue(t.clauses().stream().noneMatch(c -> c.content().startsWith("to say whether")
                || c.content().startsWith("whether")), t.clauses().toString());
        assertTrue(t.clauses().stream().anyMatch(c -> c.content().contains("has declined to say whether")),
                t.clauses().toString());
        // a statement that is reported stays one: "said that" is no question
        Split u = split("He said that he had hired an Internet security company and a lawyer to look into the matter.");
        assertEquals("said", u.clauses().get(0).cue());
        // and so is a reported clause that holds a condition
        Split v = split("The governor said if the bill reached her desk she would veto it.");
        assertEquals("said", v.clauses().get(0).cue(), v.clauses().toString());
        assertTrue(v.clauses().get(0).content().startsWith("if the bill reached her desk she would veto it"),
                v.clauses().toString());
    }

    @Test
    void aVerbWithAReportingInfinitiveIsOneFrame() {
        // not "The congressman, who described the incident as "mischief," continued" as a claim of its own
        Split s = split("The congressman, who described the incident as \"mischief,\" continued to allege that he was the "
                + "victim of a computer hacker.");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
        Clauses.Clause c = s.clauses().get(0);
        assertEquals("he was the victim of a computer hacker", c.content());
        assertEquals("allege", c.cue());
        assertEquals("congressman", s.speaker(0));
        assertTrue(s.span(0).startsWith("The congressman"), s.span(0));
    }

    @Test
    void aQuestionPutToTheSpeakerIsNoClaimOfTheSentence() {
        // the splitter ends the sentence at the question; a phrase with no subject around it asserts nothing
        assertEquals(List.of(), split("Asked point-blank, \"Is that picture you?\"").clauses());
        // where someone outside the quotation does something, the sentence still asserts that
        Split s = split("Critics pounced, with one blogger asking, \"Can anyone explain this?\"");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
    }

    @Test
    void aFrameClosingTheSentenceAttributesAllBeforeIt() {
        // BASIL 2013 (HuffPost): the parser hangs the name on "the attackers" as an apposition
        Split s = split("The classified version of a State Department review of last year's assault on an American "
                + "compound in Benghazi, Libya, found that it was impossible to say what exactly motivated the "
                + "attackers, Secretary of State Hillary Clinton revealed Wednesday.");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
        assertTrue(s.clauses().get(0).content().endsWith("motivated the attackers"), s.clauses().get(0).content());
        assertEquals("revealed", s.clauses().get(0).cue());
        assertEquals("Clinton", s.speaker(0));
        // BASIL 2013 (HuffPost): a newspaper as the source
        Split t = split("Lois Lerner, the director of the exempt organizations unit at the Internal Revenue Service, "
                + "plans to invoke the Fifth Amendment during her expected testimony before the House Oversight and "
                + "Government Reform Committee on Wednesday, the Los Angeles Times reports.");
        assertEquals(1, t.clauses().size(), t.clauses().toString());
        assertTrue(t.clauses().get(0).content().endsWith("on Wednesday"), t.clauses().get(0).content());
        assertEquals("reports", t.clauses().get(0).cue());
        assertEquals("Times", t.speaker(0));
        // a clause joined by "and" is no frame
        Split u = split("The senator went home early, and the police officers reported.");
        assertTrue(u.clauses().stream().allMatch(c -> c.cue() == null), u.clauses().toString());
    }

    @Test
    void aRelativeClauseAfterACommaStaysInItsClause() {
        // BASIL 2014 (Fox, Holder in Ferguson): the parser hangs "who was shot …" on "endured" as a clause of its own
        Split s = split("Ferguson has endured more than a week of unrest since the August 9 death of 18-year-old "
                + "Michael Brown, who was shot by Ferguson Police Officer Darren Wilson.");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
        assertTrue(s.clauses().get(0).content().endsWith("who was shot by Ferguson Police Officer Darren Wilson"),
                s.clauses().get(0).content());
    }
}
