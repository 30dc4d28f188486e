package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Entity rules of round 8, each on the passage it was found in, as the outlet wrote it: the leftovers of round 7
 * (BASIL 2011, Rick Perry's ad; BBC politics 200, Ray Mallon in the North East referendum) and two Reuters-21578
 * articles read in this round (reuters-00004, BankAmerica's equity offer; reuters-00028, the Tower report). One
 * corpus a story.
 */
class OtherStoryEntitiesRound8Test {
    static Corpus perry;
    static Corpus mallon;
    static Corpus tower;
    static Corpus bank;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        perry = TestCorpora.build(dir, "perry", Map.of("hpo.txt", HPO_PERRY, "nyt.txt", NYT_PERRY));
        mallon = TestCorpora.build(dir, "mallon", Map.of("200.txt", BBC_MALLON));
        tower = TestCorpora.build(dir, "tower", Map.of("reuters-00028.txt", REUTERS_TOWER));
        bank = TestCorpora.build(dir, "bank", Map.of("reuters-00004.txt", REUTERS_BANK));
    }

    @Test
    void herInASpeechIsTheCountryNamedBeforeIt() {
        // NYT: "“… Faith made America strong. It can make her strong again.”" CoreNLP's list of first names has no
        // "Barack", so "her" went to Barack Obama, in all three outlets
        Entity obama = CorpusEntities.entity(perry, "Obama");
        assertTrue(mentionsOf(perry, obama).stream().noneMatch(m -> m.pronoun() && m.text().equals("her")),
                mentionsOf(perry, obama).toString());
        Entity america = CorpusEntities.entity(perry, "America");
        assertEquals(2, mentionsOf(perry, america).stream().filter(m -> m.pronoun() && m.text().equals("her"))
                .count(), mentionsOf(perry, america).toString());
    }

    @Test
    void anOrganisationAndItsNameWithPartyAreOne() {
        // BBC: "“Labour has had two-and-a-half years …”" and "“… they are interested in hitting the Labour party
        // over the head,” he said." NER: an organisation "Labour", an ideology "Labour party"
        Entity labour = CorpusEntities.entity(mallon, "Labour");
        assertEquals(labour, CorpusEntities.entity(mallon, "Labour party"), mallon.entities().toString());
        assertEquals("ORGANIZATION", labour.type());
    }

    @Test
    void aPartyWrittenWithALowerCasePartyIsItsMembers() {
        // Reuters: "a Congress controlled by the Democratic party" and "with Congress controlled by the Democrats"
        Entity democrats = CorpusEntities.entity(tower, "Democrats");
        assertEquals(democrats, CorpusEntities.entity(tower, "Democratic party"), tower.entities().toString());
        assertEquals("ORGANIZATION", democrats.type());
    }

    @Test
    void aSaysInsideANounPhraseIsNoFrameAroundItsClause() {
        // BBC: "Yes campaign chairman John Tomaney said he hoped for a late flurry of votes to boost turnout -
        // something he says will boost their cause. He added: …" The parser makes "says" a parataxis of the root;
        // it was read as a frame like "Saying President Obama, he said, was …", which kept Tomaney from "he"
        Entity tomaney = CorpusEntities.entity(mallon, "John Tomaney");
        List<Mention> his = mentionsOf(mallon, tomaney);
        assertTrue(his.stream().filter(Mention::pronoun).count() >= 3, his.toString());
        Entity mallonE = CorpusEntities.entity(mallon, "Ray Mallon");
        assertTrue(mentionsOf(mallon, mallonE).stream().noneMatch(m -> m.pronoun() && m.text().equals("He")
                && m.sentence() == his.get(0).sentence() + 1), mentionsOf(mallon, mallonE).toString());
    }

    @Test
    void aSurnameASourceSpellsTwoWaysIsTwoPeople() {
        // Reuters: "President Reagan was ignorant …", "White House chief of staff Donald Regan …", "Regan, expected
        // to resign or be fired shortly, was savaged for allegedly failing both to help Reagan conduct the Iran
        // initiative": "Reagan" was taken for a transliteration of "Regan" (one consonant skeleton)
        Entity regan = CorpusEntities.entity(tower, "Donald Regan");
        assertFalse(regan.aliases().contains("Reagan"), regan.toString());
        Entity reagan = CorpusEntities.entity(tower, "Reagan");
        assertNotEquals(regan, reagan);
        assertTrue(reagan.mentions() >= 5, reagan.toString());
    }

    @Test
    void partnersNamedAfterAnOrganisationOrClosedByCoAreOneFirm() {
        // Reuters: "said Lawrence Cohn, analyst with Merrill Lynch, Pierce, Fenner and Smith." NER: an organisation
        // "Merrill Lynch" and three people; "said Joseph Arsenio, analyst with Birr, Wilson and Co." NER: an
        // organisation "Birr" and a person "Wilson"
        Entity merrill = CorpusEntities.entity(bank, "Merrill Lynch, Pierce, Fenner and Smith");
        assertEquals("ORGANIZATION", merrill.type());
        assertTrue(CorpusEntities.find(bank, "Fenner").isEmpty(), bank.entities().toString());
        // (the sentence's end took the period of "Co.", as it takes the one of "Calif.")
        Entity birr = CorpusEntities.entity(bank, "Birr, Wilson and Co");
        assertEquals("ORGANIZATION", birr.type());
        assertTrue(CorpusEntities.find(bank, "Wilson").isEmpty(), bank.entities().toString());
    }

    static final String HPO_PERRY = """
            Perry Goes After Obama Over Don't Ask Don't Tell

            Republican presidential candidate Rick Perry pledges to end "[President Barack] Obama's war on \
            religion" in a new television ad airing in Iowa, railing against open service of gays and lesbians in the \
            military and the prohibition against prayer in public schools.

            "As president, I'll end Obama's war on religion and I'll fight against liberal attacks on our religious \
            heritage," the Texas governor continues. "Faith made America strong. It can make her strong again."
            """;

    static final String NYT_PERRY = """
            Perry Ad Focuses on Gays and Christianity

            In an appeal to hard-right conservatives, Gov. Rick Perry of Texas is broadcasting a new campaign ad \
            that seems to contrast Christianity with homosexuality, vows to end what he calls “Obama’s war on \
            religion,” and highlights Mr. Perry’s criticism of overturning the “don’t ask, don’t tell” policy for \
            gays serving in the military.

            “As president, I’ll end Obama’s war on religion,” Mr. Perry also says in the ad. “And I’ll fight against \
            liberal attacks on our religious heritage. Faith made America strong. It can make her strong again.”
            """;

    static final String BBC_MALLON = """
            Mallon wades into NE vote battle

            Middlesbrough mayor Ray Mallon has been drafted in to boost the Yes campaign as the North East assembly \
            referendum enters its final week.

            The former police chief, dubbed Robocop for his zero tolerance style, clashed on Thursday with \
            Sunderland No campaigner Neil Herron. Mr Mallon said an assembly would give local people more of a say \
            over key issues such as transport and crime. But Mr Herron said North East people did not want or need \
            an assembly.

            The pair met on the platform at Sunderland station as Mr Mallon toured the region highlighting \
            claimed improvements to transport if the area gets an assembly. But Mr Herron - who gained fame as \
            one of Sunderland's "metric martyrs" and is running his own No campaign alongside the official North \
            East Says No campaign - said he was not convinced by Mr Mallon's arguments. "The reality is that it \
            is not going to deliver," he said. "Labour has had two-and-a-half years to convince people of this. \
            If you can't sell a deal in that time, it is a bad deal." On Wednesday, Mr Mallon provoked fury by \
            branding the official No Campaign "two-bit Tories" in a confrontation outside its Durham \
            headquarters. "The campaign is being run by two-bit Conservatives who are not interested in what \
            happens in the North East; they are interested in hitting the Labour party over the head," he said. \
            Mr Mallon is a late recruit to the Yes campaign after rejecting overtures from No campaigners \
            including, he claims, Tory leader Michael Howard.

            Most local observers believe the contest is too close to call, although little recent polling has been \
            carried out. Yes campaign chairman John Tomaney said he hoped for a late flurry of votes to boost \
            turnout - something he says will boost their cause. He added: "The government exerts a lot of political \
            power in the North East. The accountability should be in the North East as well." He also defended the \
            decision to attack the official No campaign's alleged political allegiances.
            """;

    static final String REUTERS_TOWER = """
            The Tower Commission report, which
            says President Reagan was ignorant about much of the Iran arms
            deal, just about ends his prospects of regaining political
            dominance in Washington, political analysts said.
                The report, which lent credence to widespread opinion in
            Washington that Reagan is not in full command of the
            government, was particularly damaging because it was prepared
            by a board of the Republican president's own choosing.
                The three-member panel made up of Tower, former National
            Security Adviser Brent Scowcroft and former Secretary of State
            Edmund Muskie, does not carry the partisan taint of criticism
            from a Congress controlled by the Democratic party.
                White House chief of staff Donald Regan and former Central
            Intelligence Agency Director William Casey also received strong
            criticism, but the blows were expected in their cases.
                Regan, expected to resign or be fired shortly, was savaged
            for allegedly failing both to help Reagan conduct the Iran
            initiative and to avoid "chaos" in the disclosure process.
                While Reagan retains considerable constitutional powers,
            including command of the armed forces and the right to veto
            legislation, analysts say it will be difficult for him to
            retake control of the country's policy agenda -- particularly
            with Congress controlled by the Democrats.
                A Los Angeles Times poll released earlier this week showed
            that just 37 pct of those surveyed thought Reagan was in
            control of the government, but 55 pct still thought he was
            doing a good job as president.
            """;

    static final String REUTERS_BANK = """
            BankAmerica Corp is not under
            pressure to act quickly on its proposed equity offering and
            would do well to delay it because of the stock's recent poor
            performance, banking analysts said.
                "I'd put it off as long as they conceivably could," said
            Lawrence Cohn, analyst with Merrill Lynch, Pierce, Fenner and
            Smith.
                Cohn said the longer BankAmerica waits, the longer they
            have to show the market an improved financial outlook.
                Nevertheless, BankAmerica, which holds about 2.70 billion
            dlrs in Brazilian loans, stands to lose 15-20 mln dlrs if the
            interest rate is reduced on the debt, and as much as 200 mln
            dlrs if Brazil pays no interest for a year, said Joseph
            Arsenio, analyst with Birr, Wilson and Co.
                He noted, however, that any potential losses would not show
            up in the current quarter.
            """;
}
