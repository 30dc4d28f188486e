package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Entity rules of round 7, each on the passage it was found in, as the outlet wrote it: the leftovers of rounds 5
 * and 6 (2011 AARP and Social Security; 2011 the House reads the Constitution) and of the tenth session's sixth
 * teacher event (2012 the campaigns argue over Medicare). One corpus a story.
 */
class OtherStoryEntitiesRound7Test {
    static Corpus aarp;
    static Corpus medicare;
    static Corpus constitution;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        aarp = TestCorpora.build(dir, "aarp", Map.of("fox.txt", FOX_AARP, "hpo.txt", HPO_AARP, "nyt.txt", NYT_AARP));
        medicare = TestCorpora.build(dir, "medicare", Map.of("fox.txt", FOX_MEDICARE, "hpo.txt", HPO_MEDICARE));
        constitution = TestCorpora.build(dir, "constitution", Map.of("hpo.txt", HPO_CONST, "nyt.txt", NYT_CONST));
    }

    @Test
    void anOutletOfTheCorpusIsANameInItsOwnText() {
        // HuffPost: "… an AARP spokeswoman said in an email to HuffPost." NER leaves "HuffPost" untagged
        Entity h = CorpusEntities.entity(aarp, "HuffPost");
        assertEquals("ORGANIZATION", h.type());
        assertEquals(List.of("hpo"), h.sources(), aarp.entities().toString());
    }

    @Test
    void aTitleWordNetCompletesIsItsSynonym() {
        // Fox: "AARP CEO Barry Rand later issued a statement"; the NYT: "the group's chief executive, Barry Rand":
        // WordNet's "chief executive officer" is one synset with "CEO"
        Entity ceo = CorpusEntities.entity(aarp, "CEO");
        assertEquals(ceo, CorpusEntities.entity(aarp, "chief executive"), aarp.entities().toString());
        assertEquals("TITLE", ceo.type());
    }

    @Test
    void aSurnameAndANounInOneWordIsAThing() {
        // Fox: "We're the ones who are not raiding Medicare to pay for ObamaCare." NER: a person
        Entity care = CorpusEntities.entity(medicare, "ObamaCare");
        assertNotEquals("PERSON", care.type(), medicare.entities().toString());
        assertNotEquals(care, CorpusEntities.entity(medicare, "Barack Obama"));
    }

    @Test
    void aOneWordNameThatStartsARouteIsAPlace() {
        // Fox: "driving from, you know, Appleton to Green Bay to Janesville to Milwaukee": NER: a person Appleton
        Entity a = CorpusEntities.entity(medicare, "Appleton");
        assertEquals("CITY", a.type(), medicare.entities().toString());
    }

    @Test
    void aNameAfterATitleWithItsFirstWordTaggedMiscAlone() {
        // Fox: "Ryan also discussed his affection for novelist Ayn Rand": NER tags "Ayn" MISC and leaves "Rand"
        Entity rand = CorpusEntities.entity(medicare, "Ayn Rand");
        assertEquals("PERSON", rand.type());
        assertTrue(CorpusEntities.find(medicare, "Ayn").isEmpty(), medicare.entities().toString());
        // "He said he doesn’t share her overall philosophy": "her" is hers
        assertTrue(medicare.mentions().stream().anyMatch(m -> m.pronoun() && m.text().equals("her")
                && m.entity().equals(rand.id())), medicare.mentions().toString());
    }

    @Test
    void aNameInsideACompoundIsNoAntecedent() {
        // HuffPost: "… the Romney team has responded by noting that Obama took more than $700 billion out of
        // Medicare …" then "“He stole $700 billion from Medicare to fund Obamacare,” said RNC Chair Reince Priebus."
        Entity obama = CorpusEntities.entity(medicare, "Barack Obama");
        List<Mention> he = medicare.mentions().stream()
                .filter(m -> m.source().equals("hpo") && m.pronoun() && m.text().equals("He")).toList();
        assertEquals(1, he.size(), medicare.mentions().toString());
        assertEquals(obama.id(), he.get(0).entity(), medicare.mentions().toString());
    }

    @Test
    void aPartyMemberOfAPlaceNamesTheState() {
        // NYT: "Jay Inslee, Democrat of Washington, asked Republicans …" (the state); HuffPost: "after demanding that
        // Washington return to its founding principles" (the capital, for the government)
        List<String> rows = constitution.mentions().stream().filter(m -> m.text().equals("Washington"))
                .map(Mention::entity).distinct().toList();
        assertEquals(2, rows.size(), constitution.mentions().toString());
        Entity state = constitution.entities().stream().filter(e -> e.id().equals(constitution.mentions().stream()
                .filter(m -> m.source().equals("nyt") && m.text().equals("Washington")).findFirst().orElseThrow()
                .entity())).findFirst().orElseThrow();
        assertEquals("STATE_OR_PROVINCE", state.type(), constitution.entities().toString());
    }

    static final String FOX_AARP = """
            Outlet: Fox News
            Title: AARP Pushes Back on Claim About Social Security Concessions as Lawmakers Push Reform
            Date: 2011-06-17

            AARP CEO Barry Rand later issued a statement calling the article "misleading" and claiming "AARP has not changed its position on Social Security."
            """;

    static final String HPO_AARP = """
            Outlet: HuffPost
            Title: AARP Willing To Negotiate On Social Security Retirement Age
            Date: 2011-06-17

            "Stay tuned -- our position has not changed on Social Security," an AARP spokeswoman said in an email to HuffPost.

            Yet AARP reassured labor groups that it had not changed its position on Social Security, labor officials told HuffPost.
            """;

    static final String NYT_AARP = """
            Outlet: New York Times
            Title: AARP Open to Social Security Cuts
            Date: 2011-06-17

            As word of AARP’s position set off debate in Washington on Friday, the group’s chief executive, Barry Rand, issued a formal statement saying that the group’s position had not changed in any substantive way.
            """;

    static final String FOX_MEDICARE = """
            Outlet: Fox News
            Title: Ryan goes on offense over Medicare, accuses Obama of treating program like 'piggy bank'
            Date: 2012-08-15

            Paul Ryan went on offense Tuesday in response to criticism over his Medicare plan, using an interview with Fox News coupled with a new TV ad to claim President Obama’s health care plan treats the treasured entitlement like a “piggy bank,” while the “Romney-Ryan” plan preserves it.

            "We're the ones who are offering a plan to save Medicare, to protect Medicare, to strengthen Medicare," Ryan said. "We're the ones who are not raiding Medicare to pay for ObamaCare. … We're the ones continuing the guarantee of Medicare for people in or near retirement."

            The Romney campaign retorted with an ad of its own Tuesday. The ad says: “You paid in to Medicare for years … now when you need it, Obama has cut $716 billion from Medicare. Why? To pay for ObamaCare.”

            “They turned Medicare into a piggy bank to finance ObamaCare,” Ryan said. “And we want to point that out. And we want to … restore those cuts to prevent that raid. … And so we propose no changes to anybody in or near retirement so that the guarantee of Medicare is for them. That's a clear contrast with President Obama's plan.”

            And the ObamaCare cuts he referenced would likely come in the form of lower payments to providers. A Romney campaign aide, though, said “that’s a distinction without a difference” since the “provider passes that reduction along to” patients.

            “We spent about five days on the road, five working hour or so days,” he said. “And in between all of those stops, driving from, you know, Appleton to Green Bay to Janesville to Milwaukee, we got to know each other. We conversed on policy issues, on where to take the country. And sooner or later, we basically started sharing the microphones at these town hall meetings and we just kind of developed a chemistry with one another and a mutual understanding with each other.”

            Ryan also discussed his affection for novelist Ayn Rand, saying “Atlas Shrugged” triggered his interest in economics. He said he doesn’t share her overall philosophy but said her books “showed how the pitfalls of socialism can hurt the economy.”
            """;

    static final String HPO_MEDICARE = """
            Outlet: HuffPost
            Title: Obama Medicare Attack In 2008 Targeted McCain For Cutting $800 Billion From Program
            Date: 2012-08-14

            WASHINGTON -- In the wake of Mitt Romney's choice of Paul Ryan as his vice presidential nominee, the politics of Medicare have become almost as complicated as the policy itself.

            The most recent back-and-forth between the Romney and Obama campaigns concerns which candidate would do more harm to people's benefits. While the president's team has pointed to the Republican plan to turn Medicare into a quasi-voucher program -- in which recipients would receive a check to buy either insurance through the private market or traditional Medicare -- the Romney team has responded by noting that Obama took more than $700 billion out of Medicare as part of his health care overhaul.

            "He stole $700 billion from Medicare to fund Obamacare," said RNC Chair Reince Priebus. "If any person in this entire debate has blood on their hands in regard to Medicare, it's Barack Obama."

            That rejoinder is now a subject of intense debate. The money being taken out of the system by the Affordable Care Act is mostly derived from limiting the expected rate of growth in the program.

            The savings come predominantly from limiting waste, fraud and abuse, mostly in Medicare Advantage, and are budgeted to help subsidize insurance for people under the ACA. As such, independent fact-checkers and news analysts alike have disputed the Romney campaign's characterization.

            Part of the reason that the Obama campaign is crying foul over this line of criticism, however, may be because it knows how effective it can be. Republicans also used the charge that Obamacare raided Medicare as a primary attack line in the 2010 congressional elections. Two years prior, then-Senator Obama used virtually identical language to beat up on his general election opponent, Sen. John McCain (R-Ariz.):

            "How would your golden years turn out under John McCain? His health care plan would cut Medicare by $800 billion -- that means a 22 percent cut in benefits. Higher premiums and co-pays ... after a lifetime of work, senior's health care shouldn't be a gamble. John McCain's plan, it's not the change we need."

            Obama made the same argument on the stump.

            "It turns out, Senator McCain would pay for part of his plan by making drastic cuts in Medicare: $882 billion worth -- $882 billion in Medicare cuts to pay for a ill-conceived, badly thought-through health care plan that won't provide more health care to people, even though Medicare is already facing a looming shortfall," Obama declared at a campaign stop in Roanoke, Va.

            Douglas Holtz-Eakin, McCain's policy director at the time, recalled that the attack originated with a Wall Street Journal article that referenced his saying that McCain would assume savings in Medicare and Medicaid spending to make his health care plan budget neutral. Those savings were expected to come from eliminating fraud and reforming payment policies. The possibility of increasing Medicare premiums for higher-income earners was also floated.

            FactCheck.org rated the Obama ad as "false," noting that the McCain campaign wasn't talking about slashing benefits but limiting waste and slowing the rate of growth. Holtz-Eakin said, "We were looking for efficiencies in delivery a la Managed Medicaid."

            This was a relatively minor aspect of the Obama campaign's assault on McCain's Medicare record. The more substantive criticism concerned McCain's proposal to tax worker health care plans as a way of generating money to give people a new tax credit so that they could buy private insurance.

            "Like Governor Romney has refused to specify how he will pay for his $5 trillion tax cuts weighted toward millionaires, Senator McCain would have cut $1.3 trillion from health care programs to pay for tax cuts while refusing to rule out cutting benefits or to say what he was cutting," Obama's current campaign press secretary, Ben LaBolt, said in an email to The Huffington Post. "President Obama achieved a third as much savings by eliminating unnecessary subsidies to insurances companies and getting waste and fraud out of the system in order to improve seniors' benefits -- saving them $600 a year on prescription drugs and providing them with access to preventive care. Senator McCain and Governor Romney have subsequently opposed the savings that the president identified and demagogued the issue, ironically, since Governor Romney's running mate kept them in his budget."

            But the attack on McCain's accounting was part of the assault nonetheless. And in light of the current debate over Medicare proposals, it could complicate the political dialogue even further. Certainly, as the Washington Examiner's Phillip Klein notes, it will contribute to the general reluctance to talk substantively about Medicare reform out of a concern that it merely invites future attacks.
            """;

    static final String HPO_CONST = """
            Outlet: HuffPost
            Title: House Republicans Read Constitution On Second Day In Power
            Date: 2011-01-06

            After handing out pocket-size Constitutions at rallies, after studying the document article by article and after demanding that Washington return to its founding principles, tea party activists have something new to applaud.
            """;

    static final String NYT_CONST = """
            Outlet: New York Times
            Title: House Reading of Constitution Is Not Without Issues
            Date: 2011-01-06

            Before the reading began, Jay Inslee, Democrat of Washington, asked Republicans to illuminate exactly what part of the Constitution would be read, what parts would be deleted and who would decide how things would unfold.
            """;
}
