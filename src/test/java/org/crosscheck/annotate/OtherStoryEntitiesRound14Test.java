package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 14, each on the passage it was found in, as the outlet wrote it: BASIL 2010_6b541575 (Rep.
 * Bob Etheridge grabs a student who asks him about the "Obama agenda"; Fox, HuffPost, NYT), BBC business on the
 * WorldCom trial (059, 114) and BBC politics on the Blunkett visa affair. One corpus a story.
 */
class OtherStoryEntitiesRound14Test {
    static Corpus etheridge;
    static Corpus guards;
    static Corpus worldcom;
    static Corpus blunkett;
    static Corpus shulman;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        etheridge = TestCorpora.build(dir, "etheridge", Map.of("fox.txt", FOX_ETHERIDGE, "hpo.txt", HPO_ETHERIDGE,
                "nyt.txt", NYT_ETHERIDGE));
        worldcom = TestCorpora.build(dir, "worldcom", Map.of("bbc-059.txt", BBC_059, "bbc-114.txt", BBC_114));
        blunkett = TestCorpora.build(dir, "blunkett", Map.of("bbc-156.txt", BBC_156, "bbc-206.txt", BBC_206));
        shulman = TestCorpora.build(dir, "shulman", Map.of("nyt.txt", NYT_SHULMAN));
        guards = TestCorpora.build(dir, "guards", Map.of("guard.txt", GUARDS, "politico.txt", POLITICO_AXELROD));
    }

    @Test
    void aReflexiveIsItsBindersAndAnUnnamedBindersIsNoOnes() {
        // condition A: "himself" is the person of its own clause's subject, or of the object that controls its
        // infinitive; all three were Etheridge's, the man last named, though the young man identifies himself
        assertNull(mentionAt(etheridge, "nyt", "asking the young man to identify himself", "himself").entity());
        assertNull(mentionAt(etheridge, "fox", "who identifies himself as a student", "himself").entity());
        assertNull(mentionAt(etheridge, "hpo", "asks him to identify himself", "himself").entity());
        // a named binder keeps its reflexive, by subject or by object control
        assertEquals(CorpusEntities.entity(guards, "Richard Blumenthal").id(),
                mentionAt(guards, "guard", "defended himself", "himself").entity());
        assertEquals(CorpusEntities.entity(guards, "Todd Akin").id(),
                mentionAt(guards, "guard", "to remove himself", "himself").entity());
        assertEquals(CorpusEntities.entity(guards, "Mitt Romney").id(),
                mentionAt(guards, "guard", "wanted to distance himself", "himself").entity());
        // a demonstrative points back at someone: "this guy has already proven himself to be unstable" (PolNeAR
        // dev, Politico) is Trump's; a first version gave it to no one
        assertEquals(CorpusEntities.entity(guards, "Donald Trump").id(),
                mentionAt(guards, "politico", "proven himself", "himself").entity());
    }

    static final String POLITICO_AXELROD = """
            Axelrod calls on Dean to apologize for suggesting Trump uses cocaine.

            David Axelrod on Wednesday called on Howard Dean to apologize to Donald Trump for accusing him of being a \
            cocaine user.

            Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would “never” diagnose \
            someone through television.

            He then defended the remark, saying, “I don’t think this is a ridiculous idea. Something funny was going \
            on with Trump last night. Do I think it was cocaine? Probably not. But, you know, again, the sniffling, the \
            grandiosity, the delusions, the pressured speech. You know, this guy has already proven himself to be \
            unstable, the question is, why is he unstable?”
            """;

    static final String GUARDS = """
            Blumenthal defends his record

            Connecticut Attorney General Richard Blumenthal defended himself on Tuesday against a report that he             misrepresented his military service.

            Mitt Romney urged Rep. Todd Akin to remove himself from the Missouri Senate race.

            Mitt Romney wanted to distance himself from the remark, aides said.
            """;

    @Test
    void aShortFormOfAFirstNameIsTheFullOnesAndAPossessiveCutOfItsSIsTheSurnames() {
        // BBC business on WorldCom: "former WorldCom chief Bernie Ebbers" (059) and "his former boss Bernard Ebbers"
        // (114) were two rows; "Mr Ebber's lawyers" (059, the writer's slip for "Mr Ebbers'") a third, with the "he"
        // and "him" of its sentence
        Entity ebbers = CorpusEntities.entity(worldcom, "Bernie Ebbers");
        assertEquals(ebbers.id(), mentionAt(worldcom, "bbc-114", "his former boss Bernard Ebbers", "Bernard Ebbers")
                .entity());
        assertEquals(ebbers.id(), mentionAt(worldcom, "bbc-059", "Mr Ebber's lawyers", "Ebber").entity());
        assertEquals(ebbers.id(), mentionAt(worldcom, "bbc-059", "Mr Ebber's lawyers", "he").entity());
        assertTrue(CorpusEntities.find(worldcom, "Ebber").filter(e -> !e.id().equals(ebbers.id())).isEmpty(),
                worldcom.entities().toString());
    }

    static final String BBC_059 = """
            Worldcom ex-boss launches defence

            Lawyers defending former WorldCom chief Bernie Ebbers against a battery of fraud charges have called a \
            company whistleblower as their first witness.

            Cynthia Cooper, WorldCom's ex-head of internal accounting, alerted directors to irregular accounting \
            practices at the US telecoms giant in 2002. Her warnings led to the collapse of the firm following the \
            discovery of an $11bn (£5.7bn) accounting fraud. Mr Ebbers has pleaded not guilty to charges of fraud and \
            conspiracy.

            But Ms Cooper, who now runs her own consulting business, told a jury in New York on Wednesday that \
            external auditors Arthur Andersen had approved WorldCom's accounting in early 2001 and 2002. She said \
            Andersen had given a "green light" to the procedures and practices used by WorldCom. Mr Ebber's lawyers \
            have said he was unaware of the fraud, arguing that auditors did not alert him to any problems.
            """;

    static final String BBC_114 = """
            WorldCom director admits lying

            The former chief financial officer at US telecoms firm WorldCom has admitted before a New York court that \
            he used to lie to fellow board members.

            Speaking at the trial of his former boss Bernard Ebbers, Scott Sullivan said he lied to the board to cover \
            up the hole in WorldCom's finances. Mr Ebbers is on trial for fraud and conspiracy in relation to \
            WorldCom's collapse in 2002. He pleads not guilty.
            """;

    @Test
    void aWordForAPartysMemberIsThePartyWordNetsGlossNames() {
        // "but Tory Dominic Grieve branded …" (206) and "the Conservatives accused officials …" (156) were two rows:
        // WordNet's "Tory" is "a member of political party in Great Britain that has been known as the Conservative
        // Party since 1834"
        Entity tories = CorpusEntities.entity(blunkett, "Conservatives");
        assertEquals(tories.id(), mentionAt(blunkett, "bbc-206", "but Tory Dominic Grieve", "Tory").entity());
        // the word "Liberal" of "The Liberal Democrats" is no member's word of another party's row
        assertTrue(CorpusEntities.find(blunkett, "Liberal Democrats").map(e -> !e.id().equals(tories.id()))
                .orElse(true));
    }

    static final String BBC_156 = """
            Visa row mandarin made Sir John

            The Liberal Democrats said it "beggared belief" he and fellow officials could not remember how Leoncia \
            Casalme's application for indefinite leave to remain went from Mr Blunkett's office to the head of the \
            Immigration and Nationality Department. Meanwhile, the Conservatives accused officials of a "collective \
            failure" of memory.
            """;

    static final String BBC_206 = """
            Blair's hope for Blunkett return

            On Wednesday Tony Blair said he hoped the former home secretary would serve again in government in the \
            future. Mr Blunkett quit in December after a probe linked him to the visa application of his ex-lover's \
            nanny. Mr Blair said he left "without a stain on his character" but Tory Dominic Grieve branded the way Mr \
            Blunkett's office operated as "scandalous".
            """;

    @Test
    void aHolidayOpeningTheNameOfAnEventIsPartOfIt() {
        // BASIL 2013_84678e18, NYT: "“The Easter Egg Roll with my kids,” he said.": "Easter" a date and "Egg Roll" a
        // MISC row before
        Entity roll = CorpusEntities.entity(shulman, "Easter Egg Roll");
        assertEquals("MISC", roll.type());
        assertTrue(CorpusEntities.find(shulman, "Egg Roll").isEmpty(), shulman.entities().toString());
        // a day of the week is no part of a name after it
        assertTrue(CorpusEntities.find(shulman, "Tuesday").isPresent(), shulman.entities().toString());
    }

    static final String NYT_SHULMAN = """
            I.R.S. Ex-Commissioner Defends White House Visits

            Under questioning by Representative Gerald E. Connolly, a Virginia Democrat, Mr. Shulman offered what he \
            said was one of the many plausible explanations why he would have visited the White House. “The Easter \
            Egg Roll with my kids,” he said.

            On Tuesday Republican leaders said the visits deserved scrutiny.
            """;

    static final String FOX_ETHERIDGE = """
            N.C. Congressman Apologizes for Physical Confrontation With Man in Washington

            Three days after an Internet video surfaced showing North Carolina Rep. Bob Etheridge in a physical \
            confrontation with a young man, the lawmaker said he is "profoundly" sorry for the tussle on a Washington \
            street.

            Etheridge, a Democrat, is seen in an amateur video grabbing the wrist and neck of an unidentified young man \
            after the man approached the congressman and asked if he supported the "Obama agenda."

            The video, posted to YouTube last Friday, shows the man, who appears to be in his early 20s and who \
            identifies himself as a student, approaching Etheridge on the sidewalk.
            """;

    static final String HPO_ETHERIDGE = """
            Bob Etheridge Attacks Student: North Carolina Congressman Gets Rough With Interviewer

            Rep. Bob Etheridge (D-N.C.) appeared unreceptive to the question of an anonymous reporter this weekend, \
            when he grabbed the self-identified “student” after he asked the congressman if he “fully supported the \
            Obama agenda.”

            In the next shot, Etheridge grabs the reporter’s wrist and continually asks him to identify himself. The \
            cameraman replies, “we’re just here for a project...we’re just students.”
            """;

    static final String NYT_ETHERIDGE = """
            Etheridge, Caught on Video, Apologizes

            Representative Bob Etheridge, Democrat of North Carolina, issued an apology on Monday for grabbing a young \
            man by the hand, arm and neck – as a video camera rolled – as the man tried to ask him whether he supports \
            President Obama’s agenda.

            Mr. Etheridge, a seven-term House member, can be seen on the video repeatedly asking the young man to \
            identify himself.  After a few seconds, the congressman grabs the camera and the young man.
            """;
}
