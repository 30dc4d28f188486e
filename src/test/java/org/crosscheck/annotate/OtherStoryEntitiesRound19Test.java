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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 19, on the passages they were found in: the BBC's obituary of Lord Callaghan (politics 400),
 * Reuters-21578 00730 (ICI's chairman-elect), the BBC's Yukos auction (business 314, 318) and BASIL 2012_08bb9bee
 * (Romney asks Todd Akin to quit: Fox, HuffPost) with a sentence of 2012_8dc7ccfe (HuffPost).
 */
class OtherStoryEntitiesRound19Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    static final String BBC_400 = """
            Ex-PM Lord Callaghan dies aged 92

            Former Labour prime minister Lord Callaghan has died on the eve of his 93rd birthday.

            He passed away at home in East Sussex, just 11 days after his wife Audrey died aged 91. Former cabinet \
            colleague Lord Hattersley said his first reaction on hearing the news was "immense sadness".

            "It was not a major surprise - I knew what a blow the death of his wife Audrey was a few days ago," he \
            said. "He was a decent kindly man who helped me and my generation of politicians immensely.

            "The Labour party and the country will be poorer without him."

            Born in 1912 and educated at Portsmouth Northern Secondary School, Lord Callaghan became a clerk at the \
            Inland Revenue. His political career was not without controversy. When he refused to support prime \
            minister Harold Wilson and Dame Barbara Castle over the latter's trade union manifesto, In Place of \
            Strife, in 1968, he said: "I am not going to resign. They will have to throw me out".

            He once travelled to Idi Amin's Uganda in 1975 to plead for the life of a British lecturer, Dennis Hills, \
            who was under a death sentence for treason.
            """;

    static final String REUTERS_730 = """
            ICI SEEKS GAINS IN SPECIALTY BUSINESSES

            Imperial Chemical Industries PLC, the largest chemical company in the United Kingdom, will expand its \
            specialty chemicals and drug businesses this year, and better its 1986 results, said chairman-elect Denys \
            Henderson.

            ICI today announced the formation of a new U.S. drug company, ICI Pharma, which, with its Stuart \
            Pharmaceuticals unit, it said will double its current pharmaceutical sales to 1.1 billion dlrs by 1990.

            Henderson said 1987's results would be boosted by Glidden Paints, which ICI bought last November for 580 \
            mln dlrs from a unit of Hanson Industries Inc.

            Henderson also said that ICI has about nine billion dlrs available for acquisitions. Last year the company \
            made 40 acquisitions, the largest being Glidden. He said that more acquisitions may be made this year but \
            he ruled out an acquisition of a pharmaceutical concern as "too expensive."
            """;

    static final String BBC_314 = """
            Yukos unit fetches $9bn at auction

            Baikal Finance Group outbid favourite Gazprom, the state-controlled gas monopoly, to buy Yuganskneftegas. \
            Baikal paid 260.75bn roubles ($9.37bn: £4.8bn) for Yugansk - nowhere near the $27bn Russia says Yukos \
            owes in taxes. Yukos reacted immediately by repeating its view that the auction was illegal in \
            international and Russian law, and said Baikal had bought itself trouble.
            """;

    static final String BBC_318 = """
            Mystery surrounds new Yukos owner

            Baikal Finance Group emerged as the auction winner, agreeing to pay 260.75bn roubles (£4.8bn; $9.4bn). \
            Russia's newspapers claimed that Baikal was a front for gas monopoly Gazprom, which had been expected to \
            win.
            """;

    static final String FOX_AKIN = """
            Romney calls on Akin to quit Senate race

            Akin made the remarks in an interview with Fox affiliate KTVI. He claimed a woman's body can typically \
            fend off pregnancy during a "legitimate rape," as he argued against allowing abortions in cases of rape.
            """;

    static final String HPO_AKIN = """
            Romney Calls On Akin To Withdraw

            Presumptive GOP presidential nominee Mitt Romney on Tuesday joined a chorus of Republicans calling for \
            Rep. Todd Akin (R-Mo.) to drop out of the U.S. Senate race in Missouri.

            Other officials in the GOP, including five senior Missouri Republicans, were less forgiving, however, \
            suggesting that Akin had created an irreversible distraction and could no longer run as a viable \
            candidate.
            """;

    static final String HPO_MARRIAGE = """
            Romney On Gay Marriage

            When asked whether Obama flip-flopped on same-sex marriage -- an accusation Romney has some experience \
            with -- the presumptive Republican presidential nominee acknowledged the president's change, but said \
            he'd leave the significance for others to decide.

            "Well, when these issues were raised in my state of Massachusetts, I indicated my view," Romney told \
            Denver Fox affiliate KDVR-TV.
            """;

    static final String FOX_TRUMP = """
            Trump on Obama

            Trump accused Obama of conducting a confusing policy on the civil war in Libya, saying "nobody knows \
            what's happening, and now it looks like (Libyan strongman Muammar) al-Qaddafi is going to beat the United \
            States."
            """;

    static final String HPO_TRUMP = """
            Trump on Obama

            He accused Obama of carrying out a confusing policy on the civil war in Libya, saying "nobody knows \
            what's happening, and now it looks like (Libyan strongman Moammar) Gadhafi is going to beat the United \
            States."
            """;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round19", Map.of("bbc-politics-400.txt", BBC_400,
                "reuters-00730.txt", REUTERS_730, "bbc-business-314.txt", BBC_314, "bbc-business-318.txt", BBC_318,
                "2012_08bb9bee_fox.txt", FOX_AKIN, "2012_08bb9bee_hpo.txt", HPO_AKIN,
                "2012_8dc7ccfe_hpo.txt", HPO_MARRIAGE, "2011_005a2961_fox.txt", FOX_TRUMP,
                "2011_005a2961_hpo.txt", HPO_TRUMP));
    }

    @Test
    void aMultiplicativeAdverbIsNoDate() {
        // "He once travelled …": a DATE "once" before
        int sent = mentionAt(corpus, "bbc-politics-400", "once travelled", "Uganda").sentence();
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.source().equals("bbc-politics-400")
                && m.sentence() == sent && m.text().equals("once")), corpus.mentions().toString());
        // the year stays
        assertEquals("DATE", mentionAt(corpus, "bbc-politics-400", "once travelled", "1975").type());
    }

    @Test
    void initialsOfACompanyLeaveItsLegalFormOut() {
        // "Imperial Chemical Industries PLC" and "ICI": two rows before ("ICIP" against "ICI")
        Mention full = mentionAt(corpus, "reuters-00730", "largest chemical company", "Imperial Chemical Industries PLC");
        Mention icI = mentionAt(corpus, "reuters-00730", "today announced", "ICI");
        assertEquals(full.entity(), icI.entity());
        assertNotEquals(full.entity(), mentionAt(corpus, "reuters-00730", "today announced", "ICI Pharma").entity());
    }

    @Test
    void aSurnameBeforeAPluralProperNounNamesACompany() {
        // "Glidden Paints": a PERSON "Glidden" before, and "He said that more acquisitions …" went to it
        assertEquals("ORGANIZATION", mentionAt(corpus, "reuters-00730", "boosted by", "Glidden Paints").type());
        assertEquals(mentionAt(corpus, "reuters-00730", "boosted by", "Glidden Paints").entity(),
                mentionAt(corpus, "reuters-00730", "the largest being", "Glidden").entity());
        assertEquals(mentionAt(corpus, "reuters-00730", "also said that ICI", "Henderson").entity(),
                mentionAt(corpus, "reuters-00730", "more acquisitions may be made", "He").entity());
    }

    @Test
    void aNounOfOneGenderBeforeAFirstNameGivesItsGender() {
        // "his wife Audrey": CoreNLP's list has no gender for "Audrey", and "He" and "him" in Hattersley's quotation
        // (of Callaghan) went to her
        String audrey = mentionAt(corpus, "bbc-politics-400", "his wife Audrey died", "Audrey").entity();
        assertNotEquals(audrey, mentionAt(corpus, "bbc-politics-400", "decent kindly man", "He").entity());
        assertNotEquals(audrey, mentionAt(corpus, "bbc-politics-400", "poorer without him", "him").entity());
    }

    @Test
    void aNameBeforeAnAffiliateIsACompany() {
        // "Fox affiliate KTVI": "Fox" a PERSON before
        assertEquals("ORGANIZATION", mentionAt(corpus, "2012_08bb9bee_fox", "Fox affiliate KTVI", "Fox").type());
        assertEquals(mentionAt(corpus, "2012_08bb9bee_fox", "made the remarks", "Akin").entity(),
                mentionAt(corpus, "2012_08bb9bee_fox", "He claimed", "He").entity());
    }

    @Test
    void aPlaceAndNetworkBeforeAnAffiliateIsNoPerson() {
        // "Romney told Denver Fox affiliate KDVR-TV.": a PERSON "Denver Fox" before
        assertEquals("ORGANIZATION", mentionAt(corpus, "2012_8dc7ccfe_hpo", "affiliate KDVR-TV", "Denver Fox").type());
    }

    @Test
    void aNameCutByABracketIsOneName() {
        // "(Libyan strongman Muammar) al-Qaddafi" (Fox): a PERSON "Muammar" and no al-Qaddafi; HuffPost's
        // "(Libyan strongman Moammar) Gadhafi" one PERSON; "al-Qaddafi" and "Gadhafi" one name romanised two ways
        Mention fox = corpus.mentions().stream().filter(m -> m.source().equals("2011_005a2961_fox")
                && m.text().startsWith("Muammar")).findFirst().orElseThrow();
        Mention hpo = corpus.mentions().stream().filter(m -> m.source().equals("2011_005a2961_hpo")
                && m.text().startsWith("Moammar")).findFirst().orElseThrow();
        assertEquals("Muammar al-Qaddafi", fox.text());
        assertEquals(hpo.entity(), fox.entity());
        assertNotEquals(fox.entity(), mentionAt(corpus, "2011_005a2961_fox", "Trump accused", "Obama").entity());
    }

    @Test
    void theSamePronounAsSubjectOfAFrontedClauseIsOnePerson() {
        // "When he refused to support prime minister Harold Wilson …, he said: …": the second "he" was Wilson's
        Mention first = mentionAt(corpus, "bbc-politics-400", "When he refused", "he");
        Mention said = corpus.mentions().stream().filter(m -> m.source().equals("bbc-politics-400")
                && m.sentence() == first.sentence() && m.text().equals("he") && m.start() > first.start())
                .findFirst().orElseThrow();
        assertEquals(first.entity(), said.entity());
        assertEquals(mentionAt(corpus, "bbc-politics-400", "became a clerk", "Callaghan").entity(), said.entity());
        assertNotEquals(mentionAt(corpus, "bbc-politics-400", "When he refused", "Harold Wilson").entity(),
                said.entity());
    }

    @Test
    void anAdjectiveCapitalisedByTheSentenceIsNoWordOfTheName() {
        // "Presumptive GOP presidential nominee Mitt Romney": an ORGANIZATION "Presumptive GOP" before
        Mention gop = mentionAt(corpus, "2012_08bb9bee_hpo", "Presumptive GOP", "GOP");
        assertEquals(mentionAt(corpus, "2012_08bb9bee_hpo", "Other officials in the GOP", "GOP").entity(),
                gop.entity());
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.text().startsWith("Presumptive")));
    }

    @Test
    void aCompanysFirstWordAloneIsTheCompanyWhateverTypeNerGaveIt() {
        String group = mentionAt(corpus, "bbc-business-314", "outbid favourite", "Baikal Finance Group").entity();
        assertEquals(group, mentionAt(corpus, "bbc-business-314", "Baikal paid", "Baikal").entity());
        assertEquals(group, mentionAt(corpus, "bbc-business-314", "bought itself trouble", "Baikal").entity());
        assertEquals(mentionAt(corpus, "bbc-business-318", "emerged as the auction winner", "Baikal Finance Group")
                .entity(), mentionAt(corpus, "bbc-business-318", "was a front for", "Baikal").entity());
        // the company it outbid stays apart
        assertNotEquals(group, mentionAt(corpus, "bbc-business-314", "outbid favourite", "Gazprom").entity());
    }
}
