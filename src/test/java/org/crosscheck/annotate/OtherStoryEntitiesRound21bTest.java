package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 21b, on the passages they were found in: the BBC's reports of the civil servants' strike in
 * Wales (politics 210), of Ken Livingstone's remark to a reporter (politics 154 and 186) and of Alastair Campbell's
 * e-mail row (politics 009).
 */
class OtherStoryEntitiesRound21bTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    static final String BBC_210 = """
            Thousands join strike in Wales

            Thousands of civil servants were on strike across Wales on Friday in protest at planned job cuts.

            Pickets were in place across Wales, with protests around the country. PCS Union spokesman Jeff Evans \
            said: "In Wales the civil service is major employer, there are more civil servants employed in Wales \
            proportionately than in any other part of the country. "Our protest is about defending jobs and also \
            local services across the country." The chancellor has said that the cuts will allow funding for more \
            teachers and police. Piers Freelove is senior benefit officer on the picket line at Companies House, in \
            Cardiff. He said: "The majority of people have decided not to come in because of the threat to their \
            jobs."
            """;

    static final String BBC_154 = """
            Mayor will not apologise for remark

            The mayor said his comments would not affect the 2012 Olympic bid and added that his determination to \
            stand up for what he believed in may impress bid chiefs, who arrived in London on Tuesday. "I think it is \
            important that the IOC (International Olympic Committee) members realise that when we get the games \
            they have a mayor who is not going to panic."
            """;

    static final String BBC_186 = """
            Row over mayor's remark goes on

            The dispute comes as an inspection team from the International Olympic committee began a four-day tour \
            to assess London's bid for the 2012 Games.
            """;

    static final String BBC_009 = """
            Campbell: E-mail row 'silly fuss'

            The e-mail was sent by mistake to Newsnight journalist Andrew McFadyen. Realising his error, Mr Campbell \
            then e-mailed Mr McFadyen pointing out the mistake, but suggesting presenter Jeremy Paxman would have seen \
            the funny side.

            Later the prime minister's spokesman was asked by journalists about his view on Mr Campbell's use of \
            abusive language. The spokesman said: "The person you are referring to is capable of speaking for himself \
            and he no longer works in government."
            """;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round21b", Map.of("bbc-politics-210.txt", BBC_210,
                "bbc-politics-154.txt", BBC_154, "bbc-politics-186.txt", BBC_186, "bbc-politics-009.txt", BBC_009));
    }

    @Test
    void anUntaggedNameBeforeBeAndAPersonNounIsAPerson() {
        // "Piers Freelove" was left untagged by NER: no person, and "He said:" went to Jeff Evans, named before
        Mention piers = mentionAt(corpus, "bbc-politics-210", "benefit officer", "Piers Freelove");
        assertEquals("PERSON", piers.type());
        assertEquals(piers.entity(), mentionAt(corpus, "bbc-politics-210", "He said", "He").entity());
        Quote q = corpus.quotes().stream().filter(x -> x.text().startsWith("The majority of people")).findFirst()
                .orElseThrow(() -> new AssertionError(corpus.quotes().toString()));
        assertEquals("Piers Freelove", q.speaker(), q.why());
        // the organisation in the same sentence stays one
        assertEquals("ORGANIZATION", mentionAt(corpus, "bbc-politics-210", "picket line at", "Companies House")
                .type());
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.text().equals("Piers")), corpus.mentions().toString());
    }

    @Test
    void aNameCutBeforeItsLowerCaseLastWordIsTheNameTheCorpusHasWhole() {
        // "the International Olympic committee": a MISC "International Olympic" before, apart from the committee
        Mention cut = mentionAt(corpus, "bbc-politics-186", "inspection team", "International Olympic committee");
        assertEquals("ORGANIZATION", cut.type());
        assertEquals(mentionAt(corpus, "bbc-politics-154", "IOC (", "International Olympic Committee").entity(),
                cut.entity());
    }

    @Test
    void aPronounOfAPersonOwnedByATitleIsNotTheLastNamedOnes() {
        // "the prime minister's spokesman was asked … about his view on Mr Campbell's use …": "his" was Campbell's
        Mention his = mentionAt(corpus, "bbc-politics-009", "about", "his");
        assertNotEquals(mentionAt(corpus, "bbc-politics-009", "Realising", "Campbell").entity(), his.entity());
        Quote q = corpus.quotes().stream().filter(x -> x.text().startsWith("Mr Campbell's use")).findFirst()
                .orElseThrow(() -> new AssertionError(corpus.quotes().toString()));
        assertEquals("the prime minister's spokesman", q.speaker(), q.why());
    }
}
