package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimGroup;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/** Claim grouping on sentences as the seed outlets wrote them. */
class ClaimGrouperTest {
    private static Claim claim(String id, String source, String text, String... entities) {
        return new Claim(id, source, text, 0, text.length(), 0, null, List.of(entities), null);
    }

    private static final List<Claim> CLAIMS = List.of(
            claim("c1", "a", "“Russia’s involvement of China—whether directly or indirectly—in this war in Europe is a clear signal that Putin intends to do anything but end the war,” Zelenskyy said.", "russia", "china", "europe", "putin", "zelensky"),
            claim("c2", "a", "North Korea has sent thousands of its troops to Russia to support Moscow.", "nk", "russia", "moscow"),
            claim("c3", "b", "“Russia’s involvement of China in this war in Europe, directly or indirectly, is a clear signal that Putin is going to do anything but end the war,” Zelensky said.", "russia", "china", "europe", "putin", "zelensky"),
            claim("c4", "b", "China has denied helping Russia and refuted allegations it has supplied Putin with weapons.", "china", "russia", "putin"),
            claim("c5", "c", "He said that the capture of the two men and Moscow’s alleged involvement of China in the conflict are “a clear signal that Putin is going to do anything but end the war,” Zelensky said.", "moscow", "china", "putin", "zelensky"),
            claim("c6", "c", "There was no immediate comment from Moscow or Beijing.", "moscow", "beijing"));

    @Test
    void renderingsOfOneStatementFormOneGroupAcrossSources() {
        ClaimGrouper.Grouping g = new ClaimGrouper().group(CLAIMS);
        String group = g.claims().get(0).group();
        assertEquals(group, g.claims().get(2).group());
        assertEquals(group, g.claims().get(4).group());
        ClaimGroup clearSignal = g.groups().stream().filter(x -> x.id().equals(group)).findFirst().orElseThrow();
        assertEquals(List.of("a", "b", "c"), clearSignal.sources());
        assertTrue(clearSignal.why().contains("cosine"), clearSignal.why());
    }

    @Test
    void aGroupIsWordedByAClaimThatReadsOnItsOwn() {
        assertTrue(ClaimGrouper.standsAlone("Weiner was a Twitter follower of the female college student who received "
                + "the photo."));
        assertTrue(ClaimGrouper.standsAlone("“I can definitively say that I did not send this.”"));
        assertFalse(ClaimGrouper.standsAlone("she followed him on Twitter."));
        assertFalse(ClaimGrouper.standsAlone("It was quickly deleted"));
        assertTrue(ClaimGrouper.standsAlone("\"This is not a national security matter.\""));
        assertFalse(ClaimGrouper.standsAlone("to say whether Mr. Weiner's account was hacked."));
        assertFalse(ClaimGrouper.standsAlone(CLAIMS.get(4).text()));
        ClaimGrouper.Grouping g = new ClaimGrouper().group(CLAIMS);
        String group = g.claims().get(0).group();
        ClaimGroup clearSignal = g.groups().stream().filter(x -> x.id().equals(group)).findFirst().orElseThrow();
        assertTrue(clearSignal.text().startsWith("“Russia’s involvement of China"), clearSignal.text());
    }

    @Test
    void differentAssertionsStayApart() {
        ClaimGrouper.Grouping g = new ClaimGrouper().group(CLAIMS);
        assertNotEquals(g.claims().get(1).group(), g.claims().get(0).group());
        assertNotEquals(g.claims().get(3).group(), g.claims().get(0).group());
        assertNotEquals(g.claims().get(5).group(), g.claims().get(1).group());
        // every claim is in exactly one group, and the groups list each once
        assertEquals(CLAIMS.size(), g.groups().stream().mapToInt(x -> x.members().size()).sum());
    }

    @Test
    void oneSourceRepeatingItselfIsNotTwoSources() {
        List<Claim> claims = List.of(
                claim("c1", "a", "The Ukrainian president said he has instructed the minister of foreign affairs of Ukraine to immediately contact Beijing."),
                claim("c2", "a", "He said that he has instructed the minister of foreign affairs of Ukraine to immediately contact Beijing and find out how China intends to respond."));
        ClaimGrouper.Grouping g = new ClaimGrouper().group(claims);
        // the summary and the quote it sums up may share a group, but the group has one source, not two
        for (ClaimGroup group : g.groups()) {
            assertEquals(List.of("a"), group.sources());
        }
    }

    private static Claim clause(String id, String source, int sentence, String text, String content, String subject,
                                String cue, String predicate) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, List.of(), null, List.of(), List.of(),
                subject, cue, content, predicate);
    }

    @Test
    void theFrameIsNotPartOfWhatIsCompared() {
        List<Claim> claims = List.of(
                clause("c1", "a", 0, "Defence officials in Kiev told reporters on Tuesday that the bridge over the river had been destroyed overnight.",
                        "the bridge over the river had been destroyed overnight", "the bridge over the river", "told", "destroy"),
                clause("c2", "b", 0, "“The bridge over the river was destroyed overnight,” a spokesman for the regional governor said in a statement.",
                        "The bridge over the river was destroyed overnight", "The bridge over the river", "said", "destroy"),
                clause("c3", "c", 0, "Officials in Kiev told reporters on Tuesday that the regional governor would visit the front.",
                        "the regional governor would visit the front", "the regional governor", "told", "visit"));
        ClaimGrouper.Grouping g = new ClaimGrouper().group(claims);
        assertEquals(g.claims().get(0).group(), g.claims().get(1).group());
        // a shared frame ("officials in Kiev told reporters on Tuesday") does not make two reports the same claim
        assertNotEquals(g.claims().get(0).group(), g.claims().get(2).group());
    }

    @Test
    void twoClausesOfOneSentenceNeverLink() {
        List<Claim> claims = List.of(
                clause("c1", "a", 3, "Prices rose in March and prices rose again in April.", "Prices rose in March",
                        "Prices", null, "rise"),
                clause("c2", "a", 3, "prices rose again in April.", "prices rose again in April", "prices", null,
                        "rise"));
        ClaimGrouper.Grouping g = new ClaimGrouper().group(claims);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group());
    }

    @Test
    void aDenialIsNotTheClaimItDenies() {
        List<Claim> claims = List.of(
                clause("c1", "a", 0, "The ministry supplied drones to the rebels last year.",
                        "The ministry supplied drones to the rebels last year", "The ministry", null, "supply"),
                clause("c2", "b", 0, "The ministry denied it supplied drones to the rebels.",
                        "The ministry denied it supplied drones to the rebels", "The ministry", null, "deny"),
                clause("c3", "c", 0, "The ministry has denied that it supplied the rebels with drones.",
                        "The ministry has denied that it supplied the rebels with drones", "The ministry", null, "deny"));
        ClaimGrouper.Grouping g = new ClaimGrouper().group(claims);
        assertEquals(g.claims().get(1).group(), g.claims().get(2).group());
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group());
        String why = g.groups().stream().filter(x -> x.members().contains("c2")).findFirst().orElseThrow().why();
        assertTrue(why.contains("same subject and verb +0.15"), why);
    }

    @Test
    void aShortClaimWithinALongerOneThatSaysMoreIsGrouped() {
        // Steele story (2010): one outlet quotes the claim alone, another sets it inside a longer sentence
        List<Claim> claims = new java.util.ArrayList<>(CLAIMS);
        claims.add(claim("s1", "fox", "Steele said the conflict in Afghanistan is a war of Obama's choosing.", "steele", "afghanistan", "obama"));
        claims.add(claim("s2", "nyt", "Michael Steele drew fierce criticism and a call for his resignation on Friday after declaring at a party fund-raiser that the United States was on the wrong side of history with its conflict in Afghanistan, a military fight he called a war of Obama's choosing.", "steele", "us", "afghanistan", "obama"));
        claims.add(claim("s3", "hpo", "Republican senators called on Steele to resign over his remarks about the war.", "steele"));
        ClaimGrouper.Grouping g = new ClaimGrouper().group(claims);
        Map<String, String> groupOf = new java.util.HashMap<>();
        g.claims().forEach(c -> groupOf.put(c.id(), c.group()));
        assertEquals(groupOf.get("s1"), groupOf.get("s2"));
        assertNotEquals(groupOf.get("s1"), groupOf.get("s3"), "a short claim sharing two words is not contained");
        String why = g.groups().stream().filter(x -> x.members().contains("s1")).findFirst().orElseThrow().why();
        assertTrue(why.matches(".*s1~s2 score [0-9.]+ \\(containment .*"), why);
    }

    private static Claim clause(String id, String source, int sentence, String text, String content, String subject,
                                String predicate, List<String> entities) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, null, List.of(), List.of(),
                subject, null, content, predicate);
    }

    @Test
    void anHonorificOrTitleBeforeANameIsNoWordOfTheClaim() {
        // BASIL 2013 (Benghazi hearings): the NYT writes "Mrs. Clinton", Fox "Clinton"; BASIL 2014 (Christie): "Gov.",
        // "Mr." before the governor's name in one outlet, none in another
        Map<String, Entity> byId = Map.of("e1", entity("e1", "Hillary Rodham Clinton", "PERSON", "Clinton"),
                "e2", entity("e2", "Chris Christie", "PERSON", "Christie"));
        String nyt = ClaimGrouper.comparable(clause("n", "nyt", 0, "has been nominated to succeed Mrs. Clinton",
                "has been nominated to succeed Mrs. Clinton", null, "nominate", List.of("e1")), byId);
        String fox = ClaimGrouper.comparable(clause("f", "fox", 0, "who was tapped to replace Clinton at the department",
                "who was tapped to replace Clinton at the department", null, "tap", List.of("e1")), byId);
        assertEquals("has been nominated to succeed ent1", nyt.replaceAll("\\s+", " ").strip());
        assertTrue(fox.replaceAll("\\s+", " ").contains("replace ent1 at"), fox);
        String gov = ClaimGrouper.comparable(clause("g", "nyt", 0,
                "Federal prosecutors in New Jersey have issued grand jury subpoenas to Gov. Chris Christie's re-election campaign",
                "aides to Mr. Christie shut down access lanes to Gov. Chris Christie's campaign", null, "shut",
                List.of("e2")), byId);
        assertEquals("aides to ent2 shut down access lanes to ent2 campaign", gov.replaceAll("\\s+", " ").strip());
        // a title that is a word of the claim, not before a name, stays: "the governor's deputy chief of staff"
        String staff = ClaimGrouper.comparable(clause("s", "nyt", 0, "They were the governor's deputy chief of staff",
                "They were the governor's deputy chief of staff", "They", "be", List.of()), byId);
        assertTrue(staff.contains("governor's deputy chief of staff"), staff);
        // "Mr." and "Mrs." stem to one term that counted as a shared word between two of the NYT's claims
        assertFalse(ClaimGrouper.comparable(clause("m", "nyt", 0, "Mr. Christie seemed to be trying to conduct business as usual",
                "Mr. Christie seemed to be trying to conduct business as usual", "Mr. Christie", "seem", List.of("e2")), byId)
                .toLowerCase(java.util.Locale.ROOT).contains("mr"));
    }

    @Test
    void aNamesPossessiveEndingIsNoWordOfTheClaim() {
        // BASIL 2012 (the campaigns argue over Medicare): Fox's "The video pointed to Ryan’s budget proposals" and the
        // NYT's "Mr. Romney has offered a Medicare proposal similar to Mr. Ryan’s" were grouped on Ryan, Medicare,
        // "proposal" and the "’s" left behind by both names, read as a word "s" that 29 of the event's 146 claims had
        Map<String, Entity> byId = Map.of("e1", entity("e1", "Paul Ryan", "PERSON", "Ryan"),
                "e3", entity("e3", "Medicare", "ORGANIZATION"), "e11", entity("e11", "Mitt Romney", "PERSON", "Romney"));
        Claim fox = clause("f", "fox", 9, "The video pointed to Ryan’s budget proposals, which include significant changes to Medicare.",
                "The video pointed to Ryan’s budget proposals, which include significant changes to Medicare", "The video",
                "point", List.of("e1", "e3"));
        Claim nyt = clause("n", "nyt", 21, "Mr. Romney has offered a Medicare proposal similar to Mr. Ryan’s.",
                "Mr. Romney has offered a Medicare proposal similar to Mr. Ryan’s", "Mr. Romney", "offer",
                List.of("e11", "e3", "e1"));
        assertEquals("ent11 has offered a ent3 proposal similar to ent1",
                ClaimGrouper.comparable(nyt, byId).replaceAll("\\s+", " ").strip());
        String why = new ClaimGrouper().explain(List.of(fox, nyt), List.copyOf(byId.values()), 0, 1);
        assertTrue(why.contains("shared [ent1 (in 2 of 2), propos (in 2 of 2), ent3 (in 2 of 2)]"), why);
        // a possessive of a word that is no name stays the analyzer's to take off
        assertTrue(ClaimGrouper.comparable(clause("s", "nyt", 0, "They were the governor's deputy chief of staff",
                "They were the governor's deputy chief of staff", "They", "be", List.of()), byId).contains("governor's"));
    }

    @Test
    void aPersonAndAPronounInCommonAreNoSharedEntity() {
        // BASIL 2013 (Benghazi hearings): Fox's "They are addressed to her" and HuffPost's sentence on Clinton citing the
        // classified report share Clinton and "her" only; the Weiner event's "she had never met Weiner" / "saying she had
        // never met him" share him and the words of the claim
        List<Entity> people = List.of(entity("e1", "Hillary Clinton", "PERSON", "Clinton"),
                entity("e2", "Anthony Weiner", "PERSON", "Weiner"), entity("e3", "Gennette Cordova", "PERSON"));
        List<Claim> claims = List.of(
                clause("a", "fox", 3, "They are addressed to her", "They are addressed to her", "They", "address",
                        List.of("e1")),
                clause("b", "hpo", 5, "In citing the classified report to rebuff congressional queries about the administration's handling of the crisis, Clinton was drawing on a powerful tool of her office",
                        "In citing the classified report to rebuff congressional queries about the administration's handling of the crisis, Clinton was drawing on a powerful tool of her office",
                        "Clinton", "draw", List.of("e1")),
                clause("c", "hpo", 9, "she had never met Weiner", "she had never met Weiner", "she", "meet",
                        List.of("e3", "e2")),
                clause("d", "nyt", 7, "saying she had never met him", "saying she had never met him", "she", "meet",
                        List.of("e3", "e2")));
        ClaimGrouper g = new ClaimGrouper();
        String pronoun = g.explain(claims, people, 0, 1);
        assertTrue(pronoun.contains("entities 0.00"), pronoun);
        String words = g.explain(claims, people, 2, 3);
        assertTrue(words.contains("entities 0.50"), words);
    }

    @Test
    void aContractedNegationIsANegation() {
        // BASIL 2014 (Nebraska and Oklahoma v. Colorado): Fox's "doesn't" and the NYT's "did not" deny the same thing,
        // so neither is "one negated"; the Benghazi hearings: "I didn't see those requests" against a claim that
        // asserts is
        List<Entity> none = List.of();
        List<Claim> claims = List.of(
                clause("a", "fox", 4, "The suit doesn't contain statistics to support the claim.",
                        "The suit doesn't contain statistics to support the claim", "The suit", "contain", "contain"),
                clause("b", "nyt", 6, "But the suit did not mention specific statistics.",
                        "but the suit did not mention specific statistics", "the suit", "mention", "mention"),
                clause("c", "nyt", 9, "I didn't see those requests, she said.", "I didn't see those requests", "I",
                        "said", "see"),
                clause("d", "fox", 11, "She saw the requests for more security.", "She saw the requests for more security",
                        "She", "see", "see"));
        ClaimGrouper g = new ClaimGrouper();
        String both = g.explain(claims, none, 0, 1);
        assertFalse(both.contains("one negated"), both);
        String one = g.explain(claims, none, 2, 3);
        assertTrue(one.contains("one negated"), one);
    }

    @Test
    void notJustButAlsoDeniesNothingAndDisputedIsADenial() {
        // BASIL 2010 (Summers warns of a double dip): "extend expiring tax cuts not just for the middle class but also
        // for higher earners" adds to what is said; Fox's "Obama rejected claims that he betrayed Democrats" and the
        // NYT's "Mr. Obama … emphatically disputed that Democrats generally feel betrayed" deny the same thing
        assertFalse(ClaimGrouper.NEGATED.matcher("Obama agreed to extend expiring tax cuts not just for the middle "
                + "class but also for higher earners").find());
        assertFalse(ClaimGrouper.NEGATED.matcher("not only the wealthy").find());
        assertFalse(ClaimGrouper.NEGATED.matcher("projected smaller increases but no less than at least 0.5 "
                + "percentage point").find());
        assertTrue(ClaimGrouper.NEGATED.matcher("the deal would do nothing, and not much at all").find());
        assertTrue(ClaimGrouper.NEGATED.matcher("no tax increase").find());
        assertTrue(ClaimGrouper.NEGATED.matcher("Obama emphatically disputed that Democrats feel betrayed").find());
        List<Claim> claims = List.of(
                clause("a", "fox", 17, "Obama rejected claims that he betrayed Democrats by cutting a deal with Republicans.",
                        "Obama rejected claims that he betrayed Democrats by cutting a deal with Republicans", "Obama",
                        "rejected", "reject"),
                clause("b", "nyt", 3, "Mr. Obama on Wednesday emphatically disputed that Democrats generally feel "
                                + "betrayed by his deal with Congressional Republicans on the tax cuts.",
                        "Mr. Obama on Wednesday emphatically disputed that Democrats generally feel betrayed by his deal "
                                + "with Congressional Republicans on the tax cuts", "Mr. Obama", "disputed", "dispute"));
        String why = new ClaimGrouper().explain(claims, List.of(), 0, 1);
        assertFalse(why.contains("one negated"), why);
    }

    @Test
    void claimsThatShareOnlyAPronounAreNotLinked() {
        // BASIL 2010 (Summers warns of a double dip): two quotation fragments, of Axelrod ("That we know.") and of a
        // letter ("Nor should we."), share the word "we" and nothing else; they were one group of two sources
        List<Claim> claims = List.of(
                clause("a", "hpo", 20, "That we know.", "That we know", "we", null, "know"),
                clause("b", "nyt", 24, "Nor should we.\u201d", "Nor should we", "we", null, "should"),
                clause("c", "fox", 3, "Democrats say the deal is a giveaway to the rich.",
                        "the deal is a giveaway to the rich", "the deal", "say", "be"));
        // the rest of a corpus, so that "we" is as rare as it is in one
        List<Claim> corpus = new ArrayList<>(claims);
        String[] others = {"Sen. Jon Kyl told reporters that a tax cut bill could be on the Senate floor as early as Thursday",
                "Vice President Biden traveled to the Capitol Wednesday for a private meeting with House Democrats",
                "Liberals are trying to prevent House Speaker Nancy Pelosi from bringing the compromise to the floor",
                "They're hoping to get 60 signatures on their letter and then force a vote in the caucus",
                "Stabilizing the housing market is not on the current congressional docket",
                "The wait would not cause a double dip",
                "The administration has been pushing back hard against criticism from fellow Democrats",
                "Officials said Mr. Biden will travel to the Hill around 4:30 p.m.",
                "Close to three dozen House Democrats have signed a letter from Representative Peter Welch",
                "The Democratic National Committee also sent that statement around to reporters"};
        for (int k = 0; k < others.length; k++) {
            corpus.add(clause("o" + k, k % 2 == 0 ? "fox" : "nyt", 30 + k, others[k] + ".", others[k], null, null, (String) null));
        }
        ClaimGrouper.Grouping g = new ClaimGrouper().group(corpus);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), g.groups().toString());
    }

    @Test
    void aContractedNegationIsWrittenOutBeforeWordsAreCompared() {
        // BASIL 2013 (Benghazi hearings): Clinton's "That cable did not come to my attention" (Fox) and "They didn't
        // come to me" (the NYT) deny the same thing; "didn't" was a word of its own, while "not" is a stop word
        assertEquals("They did not come to me", ClaimGrouper.uncontracted("They didn't come to me"));
        assertEquals("it will not happen, we can not say, he does not know",
                ClaimGrouper.uncontracted("it won't happen, we can’t say, he doesn't know"));
        assertEquals("the nation's donations", ClaimGrouper.uncontracted("the nation's donations"));
        List<Claim> claims = List.of(
                clause("a", "fox", 14, "\"That cable did not come to my attention.", "That cable did not come to my attention",
                        "That cable", "come", "come"),
                clause("b", "nyt", 21, "They didn't come to me.", "They didn't come to me", "They", "come", "come"));
        String why = new ClaimGrouper().explain(claims, List.of(), 0, 1);
        assertTrue(why.contains("shared [did (in 2 of 2), come (in 2 of 2)]"), why);
    }

    @Test
    void aTitleAloneIsNoSharedEntity() {
        List<Entity> entities = List.of(entity("e1", "Queen", "TITLE"), entity("e2", "Michele Bachmann", "PERSON",
                "Bachmann"));
        Claim fox = claim("a", "fox", "The 'Queen of Rage' is something you apply to wrestlers or somebody who is crazy", "e1");
        Claim hpo = claim("b", "hpo", "The headline advertising the magazine's story reads, \"THE QUEEN OF RAGE.\"", "e1");
        assertEquals(List.of(), ClaimGrouper.overlapEntities(fox, Map.of("e1", entities.get(0))));
        String why = new ClaimGrouper().explain(List.of(fox, hpo), entities, 0, 1);
        assertFalse(why.contains("entities 1.00"), why);
        Claim named = claim("c", "nyt", "Queen Bachmann spoke", "e1", "e2");
        assertEquals(List.of("e1", "e2"), ClaimGrouper.overlapEntities(named, Map.of("e1", entities.get(0), "e2",
                entities.get(1))));
    }

    private static Map<String, String> groups(ClaimGrouper.Grouping g) {
        Map<String, String> groupOf = new java.util.HashMap<>();
        g.claims().forEach(c -> groupOf.put(c.id(), c.group()));
        return groupOf;
    }

    private static final List<Entity> RESPONSE_ENTITIES = List.of(
            entity("e1", "United States", "COUNTRY", "US"), entity("e2", "Europe", "LOCATION"),
            entity("e3", "Zelensky", "PERSON"));

    /** The seeds: 002 splits over two sentences what 001 says in one; 004 reports the second half. */
    private static List<Claim> responseClaims() {
        return new java.util.ArrayList<>(List.of(
                clause("r1", "001", 7, "\"This absolutely requires a response - from the US, Europe and everyone in the world who wants peace,\" Zelensky said.",
                        "This absolutely requires a response - from the US, Europe and everyone in the world who wants peace",
                        "This", "require", List.of("e1", "e2", "e3")),
                clause("r2", "004", 9, "He also called for a response from the United States, Europe and \"everyone in the world who wants peace.\"",
                        "He also called for a response from the United States, Europe and \"everyone in the world who wants peace.\"",
                        "He", "call", List.of("e1", "e2")),
                clause("r3", "002", 5, "A response from the United States, Europe, and all those around the world who want peace.\"",
                        "A response from the United States, Europe, and all those around the world who want peace.",
                        null, "response", List.of("e1", "e2")),
                clause("r4", "002", 4, "This definitely requires a response.", "This definitely requires a response.",
                        "This", "require", List.of()),
                clause("n1", "003", 2, "Officials in Kyiv said the prisoners would be exchanged.",
                        "the prisoners would be exchanged", "the prisoners", "exchange", List.of()),
                clause("n2", "000", 3, "The two men were captured in the Donetsk region.",
                        "The two men were captured in the Donetsk region.", "The two men", "capture", List.of())));
    }

    @Test
    void aShortClaimWhollyWithinALongerOneWithTheSameSubjectAndVerbJoinsItsGroup() {
        // "definitely" and "absolutely" are intensifiers: the two assert the same thing; 001's sentence is already
        // grouped with 002's next sentence and 004's report, so the short claim joins that group
        ClaimGrouper.Grouping g = new ClaimGrouper().group(responseClaims(), RESPONSE_ENTITIES);
        Map<String, String> groupOf = groups(g);
        String why = g.groups().stream().filter(x -> x.members().contains("r4")).findFirst().orElseThrow().why();
        assertTrue(why.matches(".*r1~r4 score [0-9.]+ \\(containment [^;]*\\), one wholly within the other.*"), why);
        assertEquals(groupOf.get("r1"), groupOf.get("r2"));
        assertEquals(groupOf.get("r1"), groupOf.get("r3"));
        assertEquals(groupOf.get("r1"), groupOf.get("r4"));
        assertNotEquals(groupOf.get("r1"), groupOf.get("n1"));
        assertNotEquals(groupOf.get("n1"), groupOf.get("n2"));
    }

    @Test
    void claimsThatShareOnlyNamesAssertDifferentThings() {
        List<Entity> entities = List.of(entity("e1", "Zelensky", "PERSON", "Zelenskyy"),
                entity("e2", "Putin", "PERSON"), entity("e3", "Istanbul", "CITY"),
                entity("e4", "Obama", "PERSON"), entity("e5", "Christian", "RELIGION"));
        List<Claim> claims = new java.util.ArrayList<>(List.of(
                clause("s1", "a", 8, "Zelensky will meet Putin in Istanbul, his office said.",
                        "Zelensky will meet Putin in Istanbul", "Zelensky", "meet", List.of("e1", "e2", "e3")),
                clause("s2", "b", 6, "Zelenskyy accused Putin of stalling in Istanbul.",
                        "Zelenskyy accused Putin of stalling in Istanbul.", "Zelenskyy", "accuse",
                        List.of("e1", "e2", "e3")),
                // unless a name is what a claim predicates (BASIL 2012: "Obama is a Christian")
                clause("o1", "fox", 3, "Santorum has repeatedly said he believes Obama is a Christian.",
                        "Obama is a Christian", "Obama", "christian", List.of("e4", "e5")),
                clause("o2", "hpo", 5, "\"President Obama is a Christian,\" Santorum said.",
                        "President Obama is a Christian", "President Obama", "christian", List.of("e4", "e5"))));
        claims.addAll(CLAIMS); // other claims of a story, so that names are about as rare as in a corpus
        Map<String, String> groupOf = groups(new ClaimGrouper().group(claims, entities));
        assertNotEquals(groupOf.get("s1"), groupOf.get("s2"));
        assertEquals(groupOf.get("o1"), groupOf.get("o2"));
    }

    @Test
    void claimsThatQuoteTheSameWordsReportTheSameStatement() {
        // BASIL 2012: Fox quotes Gibbs in full, HuffPost only his words "well over the line"
        List<Entity> entities = List.of(entity("e1", "Robert Gibbs", "PERSON", "Gibbs"),
                entity("e2", "Santorum", "PERSON"), entity("e3", "ABC", "ORGANIZATION"),
                entity("e4", "Obama", "PERSON"));
        List<Claim> claims = new java.util.ArrayList<>(List.of(
                clause("q1", "fox", 4, "\"I can't help but think that those remarks are well over the line.\"",
                        "those remarks are well over the line", "those remarks", "line", List.of()),
                clause("q2", "hpo", 7, "Speaking earlier on ABC's \"This Week\" about Santorum's remarks, Obama campaign aide Robert Gibbs called his rhetoric \"well over the line.\"",
                        "Speaking earlier on ABC's \"This Week\" about Santorum's remarks, Obama campaign aide Robert Gibbs called his rhetoric \"well over the line.\"",
                        "Obama campaign aide Robert Gibbs", "call", List.of("e3", "e2", "e4", "e1"))));
        claims.addAll(CLAIMS);
        // other claims of the story that share its words
        claims.add(claim("f1", "nyt", "Asked about those remarks on the CBS News program, Mr. Santorum remained adamant.", "e2"));
        claims.add(claim("f2", "fox", "Santorum's remarks drew a line between faith and policy.", "e2"));
        claims.add(claim("f3", "nyt", "Gibbs spoke on ABC about the remarks.", "e1", "e3"));
        claims.add(claim("f4", "hpo", "The campaign has crossed the line, an aide said.", "e4"));
        ClaimGrouper.Grouping g = new ClaimGrouper().group(claims, entities);
        Map<String, String> groupOf = groups(g);
        assertEquals(groupOf.get("q1"), groupOf.get("q2"));
        String why = g.groups().stream().filter(x -> x.members().contains("q1")).findFirst().orElseThrow().why();
        assertTrue(why.contains("same quoted words +0.15"), why);
    }

    @Test
    void onlyLowerCaseQuotedWordsCount() {
        assertEquals(List.of("well over the line"), ClaimGrouper.quotedWords("called his rhetoric \"well over the line.\""));
        assertEquals(List.of(), ClaimGrouper.quotedWords("Santorum appeared on CBS' \"Face the Nation.\""));
        assertEquals(List.of(), ClaimGrouper.quotedWords("a cover story called \"The Queen of Rage\""));
    }

    @Test
    void namesSharedWithoutLexicalEvidenceDoNotLink() {
        // one lawsuit, reported by three outlets (BASIL 2014): the same two states in claims that say different things
        List<Entity> entities = List.of(entity("e1", "Nebraska", "STATE_OR_PROVINCE"),
                entity("e2", "Oklahoma", "STATE_OR_PROVINCE"), entity("e3", "Colorado", "STATE_OR_PROVINCE"),
                entity("e4", "U.S. Supreme Court", "ORGANIZATION", "Supreme Court"));
        String strained = "The lawsuit says the sales have strained Nebraska and Oklahoma's finances and legal systems.";
        String filed = "The states of Nebraska and Oklahoma filed a federal lawsuit in the U.S. Supreme Court Thursday.";
        String brought = "The lawsuit was brought by attorneys general in Nebraska and Oklahoma.";
        String commercial = "Nebraska and Oklahoma's challenge is aimed more at the commercial side of marijuana legalization.";
        String flows = "The lawsuit says Colorado marijuana flows into neighboring states undermining their efforts to enforce their anti-marijuana laws.";
        String flowsToo = "Marijuana flows from this gap into neighboring states, the suit says.";
        List<Claim> claims = List.of(
                clause("f1", "fox", 1, strained, strained, "The lawsuit", "say", List.of("e1", "e2")),
                clause("f2", "fox", 2, flows, flows, "The lawsuit", "say", List.of("e3")),
                clause("h1", "hpo", 1, filed, filed, "The states of Nebraska and Oklahoma", "file", List.of("e1", "e2", "e4")),
                clause("n1", "nyt", 1, brought, brought, "The lawsuit", "bring", List.of("e1", "e2")),
                clause("n2", "nyt", 2, commercial, commercial, "challenge", "aim", List.of("e1", "e2")),
                clause("n3", "nyt", 3, flowsToo, "Marijuana flows from this gap into neighboring states", "Marijuana",
                        "flow", List.of()));
        Map<String, String> groupOf = groups(new ClaimGrouper().group(claims, entities));
        assertNotEquals(groupOf.get("f1"), groupOf.get("h1"), "strained finances vs filed a lawsuit");
        assertNotEquals(groupOf.get("f1"), groupOf.get("n1"), "strained finances vs brought by attorneys general");
        assertNotEquals(groupOf.get("h1"), groupOf.get("n2"), "filed a lawsuit vs aimed at the commercial side");
    }

    @Test
    void theSameListOfThreePlacesLinks() {
        // BASIL 2012: where Secure America Now's ad airs, in Fox's, HuffPost's and the NYT's words
        List<Entity> entities = List.of(entity("e1", "Miami", "CITY"), entity("e2", "West Palm Beach", "CITY"),
                entity("e3", "Fort Myers", "CITY", "Ft. Myers"), entity("e4", "Secure America Now", "ORGANIZATION",
                        "Secure America"), entity("e5", "Fox News", "ORGANIZATION"));
        String fox = "The ad, reportedly to air in Miami, West Palm Beach and Fort Myers, is costing Secure America $1 million, the organization confirmed to Fox News.";
        String hpo = "A Republican involved with the project said it's airing in Miami, West Palm Beach and Ft. Myers.";
        String nyt = "They have reserved $500,000 of airtime in Fort Myers, West Palm Beach and Miami.";
        List<Claim> claims = new java.util.ArrayList<>(List.of(
                clause("a1", "fox", 4, fox, fox, "The ad", "cost", List.of("e1", "e2", "e3", "e4", "e5")),
                clause("a2", "hpo", 6, hpo, "it's airing in Miami, West Palm Beach and Ft. Myers", "it", "air",
                        List.of("e1", "e2", "e3")),
                clause("a3", "nyt", 9, nyt, nyt, "They", "reserve", List.of("e1", "e2", "e3"))));
        claims.addAll(CLAIMS);
        Map<String, String> groupOf = groups(new ClaimGrouper().group(claims, entities));
        assertEquals(groupOf.get("a2"), groupOf.get("a3"), "airing in the three cities / airtime in the three cities");
        assertEquals(java.util.Set.of("ent1", "ent2", "ent3"), ClaimGrouper.listedNames(" ent1 ,  ent2  and  ent3 ."));
        // three names, but no list: "Zelensky will meet Putin in Istanbul"
        assertEquals(java.util.Set.of(), ClaimGrouper.listedNames(" ent1  will meet  ent2  in  ent3 "));
        assertEquals(java.util.Set.of(), ClaimGrouper.listedNames(" ent1  and  ent2  met in  ent3 "));
    }

    private static List<Claim> decided(String speaker) {
        // BASIL 2011: HuffPost quotes Trump's statement, the NYT reports the decision in its own words
        String quote = "\"I have decided not to be the moderator of the Newsmax debate,\" Trump said in a statement.";
        String nyt = "Mr. Trump has always decided not to follow through - he chose to drop the debate.";
        List<Claim> claims = new java.util.ArrayList<>(List.of(
                new Claim("d1", "hpo", quote, 0, quote.length(), 3, null, List.of("e1", "e2"), speaker, List.of(),
                        List.of(), "I", "said", "I have decided not to be the moderator of the Newsmax debate", "decide"),
                new Claim("d2", "nyt", nyt, 0, nyt.length(), 7, null, List.of("e1"), null, List.of(), List.of(),
                        "Mr. Trump", null, nyt, "decide")));
        claims.addAll(CLAIMS);
        return claims;
    }

    @Test
    void iInAQuotationIsTheSpeaker() {
        List<Entity> entities = List.of(entity("e1", "Donald Trump", "PERSON", "Trump", "Mr. Trump"),
                entity("e2", "Newsmax", "ORGANIZATION"));
        Map<String, String> quoted = groups(new ClaimGrouper().group(decided("Donald Trump"), entities));
        assertEquals(quoted.get("d1"), quoted.get("d2"), "Trump: I have decided / Mr. Trump has decided");
        // with nobody to say "I", the two share no subject
        Map<String, String> unattributed = groups(new ClaimGrouper().group(decided(null), entities));
        assertNotEquals(unattributed.get("d1"), unattributed.get("d2"));
    }
}
