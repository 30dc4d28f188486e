package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hedges and normalised numbers on sentences as outlets wrote them. */
class ClaimFactsTest {
    @Test
    void numberWordsAndDigitsAreValues() {
        assertEquals(List.of("2"), ClaimFacts.numbers(
                "Ukrainian President Volodymyr Zelensky said Kiev has captured two Chinese nationals fighting alongside Russian forces in eastern Ukraine."));
        assertEquals(List.of("6", "2"), ClaimFacts.numbers(
                "Ukrainian forces have confirmed they had fought six Chinese soldiers and two of them had been taken prisoner."));
    }

    @Test
    void approximateAndBoundedNumbersSayHow() {
        assertEquals(List.of("~11000"), ClaimFacts.numbers(
                "North Korea has sent approximately 11,000 military personnel to fight in the war against Ukraine."));
        assertEquals(List.of("~3000"), ClaimFacts.numbers(
                "It comes as North Korea sent around 3,000 additional troops to Russia in January and February in continued support for Russian President Vladimir Putin's war on Ukraine, South Korea's military said last week."));
        assertEquals(List.of(">=3"), ClaimFacts.numbers(
                "Ukraine has been defending against Russia's full-scale invasion for more than three years."));
        // BASIL 2011_2058ec60, the NYT: "as many as" gives the most, as "up to" does (it read ">=1500000")
        assertEquals(List.of("<=1500000"), ClaimFacts.numbers("Even some justices who seemed sympathetic to the "
                + "plaintiffs expressed qualms about how to administer a lawsuit involving as many as 1.5 million women "
                + "seeking back pay that could amount to billions of dollars."));
    }

    @Test
    void vagueQuantitiesAreRanges() {
        assertEquals(List.of("2000..9999 (thousands)"), ClaimFacts.numbers(
                "North Korea has sent thousands of its troops to Russia to support Moscow."));
        assertEquals(List.of("2000..9999 (thousands)", "20000..99999 (tens of thousands)"), ClaimFacts.numbers(
                "citing South Korean and US intelligence estimates ranging from thousands to tens of thousands of soldiers."));
    }

    @Test
    void aRateKeepsItsUnitOfTime() {
        assertEquals(List.of("1500 at a time"), ClaimFacts.numbers(
                "it had observed ships transporting 1,500 North Korean soldiers at a time to Vladivostok in Russia's Far East."));
    }

    @Test
    void yearsAreNotCounts() {
        assertEquals(List.of(), ClaimFacts.numbers("The law was passed in 2014 after a long debate."));
        assertEquals(List.of("23"), ClaimFacts.numbers("Since 2012, 23 states have passed medical marijuana laws."));
    }

    @Test
    void aDayOfAMonthIsADate() {
        // seed 000: the day is a date, the soldiers a count
        assertEquals(List.of("1500 at a time"), ClaimFacts.numbers("NIS said it monitored North Korean military "
                + "movements and, on Oct. 18, reported that in early October, it had observed ships transporting "
                + "1,500 North Korean soldiers at a time to Vladivostok in Russia\u2019s Far East."));
        assertEquals(List.of("3"), ClaimFacts.numbers("On September 14, 3 people were hurt; on 18 October none."));
        // a month's name alone does not make a count a date: "May" needs its capital, a day at most 31
        assertEquals(List.of("40"), ClaimFacts.numbers("Officials may 40 more next year."));
        assertEquals(List.of("45"), ClaimFacts.numbers("In March 45 workers were laid off."));
    }

    @Test
    void aRangeIsOneNumber() {
        // HuffPost on the Wal-Mart class action (BASIL dev 2011_2058ec60): one estimate, not two numbers
        assertEquals(List.of("500000..1600000"), ClaimFacts.numbers(
                "Estimates of how many women could be included in the lawsuit run from 500,000 to 1.6 million."));
        // the first figure takes the second's scale word when it is smaller than it as written
        assertEquals(List.of("1500000..2000000", "3"), ClaimFacts.numbers(
                "Between 1.5 and 2 million people have fled in three weeks, the agency said."));
        // a span of years is no range of a count, and numbers outside a range are read as before
        assertEquals(List.of("4"), ClaimFacts.numbers("From 2010 to 2012 the company closed four plants."));
    }

    @Test
    void aSumWithAShortScaleIsReadWhole() {
        // BBC News business/196 and 059 on WorldCom: "$6.75bn" was read as 6 and "£5.7bn" as 5, "$11bn" not at all
        assertEquals(List.of("6750000000"), ClaimFacts.numbers(
                "On Monday, MCI agreed to a buyout by Verizon Communications in a deal valued at $6.75bn."));
        assertEquals(List.of("11000000000", "5700000000"), ClaimFacts.numbers("Her warnings led to the collapse of the "
                + "firm following the discovery of an $11bn (£5.7bn) accounting fraud."));
        // BBC News business/403: a sum in millions written short
        assertEquals(List.of("10", "54000000", "28850000", "18000000"), ClaimFacts.numbers("Ten former directors at "
                + "WorldCom have agreed to pay $54m (£28.85m), including $18m from their own pockets, to settle a class "
                + "action lawsuit, reports say."));
        // "trillion" is a scale word like "million"; cents stay on a sum written with digit groups
        assertEquals(List.of("2000000000000", "5687.75"), ClaimFacts.numbers(
                "The plan cuts $2 trillion; the retreat cost $5,687.75."));
        assertEquals(List.of("3544"), ClaimFacts.numbers("He spent $3,544.00 on a fur cape."));
        // without a currency sign a short "m" is no scale: "the 100m final" states no count
        assertEquals(List.of(), ClaimFacts.numbers("She won the 100m final in Athens."));
    }

    @Test
    void aShareIsMarkedAsOne() {
        // BBC News politics/112 on a poll: shares are not counts
        assertEquals(List.of("~63%", "61%"), ClaimFacts.numbers("Some 63% of respondents in the Sunday Times poll "
                + "thought his former lover - Kimberly Quinn - acted vindictively and 61% that he had been right to resign."));
        assertEquals(List.of("30%", "63%"), ClaimFacts.numbers("Thirty per cent said the affair showed Mr Blunkett could "
                + "not be trusted as a minister while 63%, disagreed."));
        assertEquals(List.of("7%"), ClaimFacts.numbers("Unemployment rose to 7 percent in May."));
    }

    @Test
    void aNumberWithDigitGroupsIsNoYearAndADayRangeIsADate() {
        // BBC News politics/112: "1,981" counts voters, and "16-18 December" is a date
        assertEquals(List.of("1981"), ClaimFacts.numbers(
                "YouGov polled a weighted sample of 1,981 voters online on 16-18 December."));
        assertEquals(List.of("40"), ClaimFacts.numbers("Between Dec. 16-18, 40 people were polled."));
        // BASIL dev 2013_f506aafc (HuffPost): a time of day is no number either
        assertEquals(List.of("4272.78"), ClaimFacts.numbers("UPDATE 2:52 p.m. -- Additional records disclosed Wednesday "
                + "revealed that expenses included $4,272.78 on the Navi."));
    }

    @Test
    void aNumberInWordsIsOneFigure() {
        // "two million" was read as 2 and 1000000
        assertEquals(List.of("2000000"), ClaimFacts.numbers("Two million people have fled the country."));
        assertEquals(List.of(">=2000000"), ClaimFacts.numbers("More than two million people have fled the country."));
        assertEquals(List.of("251", "~36"), ClaimFacts.numbers(
                "Two hundred and fifty-one men were held for about three dozen days."));
        // a unit after a tens word joins it only as a number of its own, not as part of "one-year"
        assertEquals(List.of("20"), ClaimFacts.numbers("He served twenty one-year terms."));
    }

    @Test
    void wireCopyAbbreviationsAreRead() {
        // Reuters-21578 (reuters-00248): "pct", "mln" as the wire writes them
        assertEquals(List.of("7.25%", "15800000", "~18"), ClaimFacts.numbers("Saudi Arabia was a main architect of the "
                + "December accord, under which OPEC agreed to lower its total output ceiling by 7.25 pct to 15.8 mln "
                + "barrels per day (bpd) and return to fixed prices of around 18 dlrs a barrel."));
    }

    @Test
    void aRankIsNoNumber() {
        // BBC News business/059: "number two" ranks Sullivan, it counts nothing
        assertEquals(List.of(), ClaimFacts.numbers(
                "Mr Sullivan, WorldCom's former number two, is the government's chief witness in its case."));
        assertEquals(List.of("3"), ClaimFacts.numbers("The No. 2 official met three senators."));
    }

    @Test
    void likelyBeforeANounIsNoHedge() {
        assertEquals(List.of("according to"), ClaimFacts.hedges(
                "According to one recent poll, immigration was cited by only 4 percent of likely Republican voters as the most important issue."));
        assertEquals(List.of("according to"), ClaimFacts.hedges(
                "According to aides, the likely nominee will speak on Friday."));
        assertEquals(List.of("likely"), ClaimFacts.hedges(
                "The Senate's plan to delay action until the chamber resolves budget and tax cut measures will likely be tested as soon as Friday."));
        assertEquals(List.of("likely"), ClaimFacts.hedges(
                "Lawmakers announced a deal Monday on a package that is likely to win approval."));
    }

    @Test
    void hedgesAreFound() {
        assertEquals(List.of("are believed to"), ClaimFacts.hedges(
                "President Zelensky said he expects the US to react after posting a video of Chinese soliders who are believed to have joined Russia's war against Ukraine."));
        assertEquals(List.of("it remains unclear whether"), ClaimFacts.hedges(
                "It remains unclear whether the captured Chinese nationals are soldiers or volunteers."));
        assertEquals(List.of("alleged"), ClaimFacts.hedges(
                "He said that the capture of the two men and Moscow's alleged involvement of China in the conflict are a clear signal."));
        assertEquals(List.of(), ClaimFacts.hedges("North Korea has sent thousands of its troops to Russia to support Moscow."));
    }

    @Test
    void aScaleWordOpeningATitleIsNoCount() {
        // BBC entertainment on the Oscars: the film's name is no million
        assertEquals(List.of("7"), ClaimFacts.numbers("Million Dollar Baby has seven nominations, while The Aviator"
                + " has 11.").subList(0, 1));
        assertEquals(List.of(), ClaimFacts.numbers("Morgan Freeman is favourite to take home his first ever Oscar,"
                + " for Million Dollar Baby."));
        // a count stays one, with a capital at the start of a sentence too
        assertEquals(List.of("1000000"), ClaimFacts.numbers("A million people watched the ceremony."));
        assertEquals(List.of("2"), ClaimFacts.numbers("Two Chinese soldiers were captured."));
    }
}
