package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionsOf;
import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 11, each on the passage it was found in, as the outlet wrote it: BASIL 2014_ed8c136f (Holder
 * in Ferguson; Fox and HuffPost) and two Reuters-21578 articles (reuters-00178, the Tower Commission and Donald
 * Regan; reuters-00144, OPEC may have to meet, a leftover of round 10), and two PolNeAR dev passages the pronoun
 * rule was checked on. One corpus a story.
 */
class OtherStoryEntitiesRound11Test {
    static Corpus holder;
    static Corpus tower;
    static Corpus opec;
    static Corpus polnear;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        holder = TestCorpora.build(dir, "holder", Map.of("fox.txt", FOX_HOLDER, "hpo.txt", HPO_HOLDER));
        tower = TestCorpora.build(dir, "tower", Map.of("reuters-00178.txt", REUTERS_TOWER));
        opec = TestCorpora.build(dir, "opec", Map.of("reuters-00144.txt", REUTERS_OPEC));
        polnear = TestCorpora.build(dir, "polnear", Map.of("politico.txt", POLITICO_IT, "wapo.txt", WAPO_BURMA));
    }

    @Test
    void aSurnameTheTaggerReadsAsACommonNounIsThePersonNamedInFullBefore() {
        // Fox: "Holder made the comments …", "“I understand that mistrust,” Holder said.": "Holder" an NN (an English
        // noun), left untagged; none of these was a mention, and their pronouns went elsewhere
        Entity eric = CorpusEntities.entity(holder, "Eric Holder");
        long lone = mentionsOf(holder, eric).stream().filter(m -> m.source().equals("fox")
                && m.text().equals("Holder")).count();
        assertTrue(lone >= 4, mentionsOf(holder, eric).toString());
        assertEquals(eric.id(), mentionAt(holder, "fox", "Holder made the comments", "Holder").entity());
        assertEquals(eric.id(), mentionAt(holder, "hpo", "Holder told the students", "Holder").entity());
        // HuffPost: "Holder told the students he understands …" went to Molyrik Welch (a woman: "her brother")
        assertEquals(eric.id(), mentionAt(holder, "hpo", "Holder told the students", "he").entity());
    }

    @Test
    void aSurnameNerTagsAnOrganisationOnceIsThePersonNamedInFullBefore() {
        // HuffPost: "… told The Huffington Post that Holder said change wouldn't happen overnight.": NER tagged
        // "Holder" an organisation, a row of its own; the corpus names no organisation "Holder" elsewhere
        assertEquals(CorpusEntities.entity(holder, "Eric Holder").id(),
                mentionAt(holder, "hpo", "that Holder said change", "Holder").entity());
        assertTrue(holder.entities().stream().noneMatch(e -> e.name().equals("Holder")
                && e.type().equals("ORGANIZATION")), holder.entities().toString());
    }

    @Test
    void aTownNerTagsAPersonIsAPlace() {
        // "FERGUSON, Mo. --" (a place to NER), "the St. Louis suburb of Ferguson", "While in Ferguson, Holder met …"
        // (a person to NER); "In nearby Clayton, a grand jury began …" (a person to NER, never named in full)
        Entity ferguson = CorpusEntities.entity(holder, "Ferguson");
        assertTrue(EntityResolver.PLACE.contains(ferguson.type()), ferguson.toString());
        assertTrue(CorpusEntities.find(holder, "Ferguson").filter(e -> e.type().equals("PERSON")).isEmpty()
                && holder.entities().stream().noneMatch(e -> e.name().equals("Ferguson")
                        && e.type().equals("PERSON")), holder.entities().toString());
        assertEquals("LOCATION", CorpusEntities.entity(holder, "Clayton").type());
        // the pronouns of the attorney general's story are his again, not the town's
        assertEquals(CorpusEntities.entity(holder, "Eric Holder").id(),
                mentionAt(holder, "fox", "The attorney general then described", "he").entity());
    }

    @Test
    void aPlaceCutBeforeItsLastWordIsOnePlace() {
        // Fox: "Outside the St. Louis County Justice Center, …": NER gave "St. Louis County Justice" and "Center"
        assertTrue(EntityResolver.PLACE.contains(CorpusEntities.entity(holder, "St. Louis County Justice Center")
                .type()), holder.entities().toString());
        assertTrue(CorpusEntities.find(holder, "Center").isEmpty(), holder.entities().toString());
    }

    @Test
    void aPronounAfterAnUnnamedPersonSubjectIsNotTheLastNamedMans() {
        // Reuters-00178: "One Republican strategist said he believed Regan would not be …": "he" went to Robert Dole
        assertNull(mentionAt(tower, "reuters-00178", "One Republican strategist", "he").entity());
        // "Many expected the president to announce it when he addresses the nation …": the president the article
        // named "President Reagan", not Donald Regan, the chief of staff
        assertEquals(CorpusEntities.entity(tower, "Reagan").id(),
                mentionAt(tower, "reuters-00178", "when he addresses the nation", "he").entity());
        // Reuters-00144: "…,” said the regional manager for one of the major oil companies who spoke on condition
        // that he not be named. “…,” he added.": both went to Paul Mlotok
        assertNull(mentionAt(opec, "reuters-00144", "he not be named", "he").entity());
        assertNull(mentionAt(opec, "reuters-00144", "he added", "he").entity());
    }

    @Test
    void aPersonNounInAppositionWithANameIsThatPersonAndAnObjectPronounNotItsVerbsSubject() {
        // PolNeAR dev, Politico: "… and John Bentel, a tech staffer at the State Department who told his subordinates
        // never to speak of Clinton's email …": "his" went to Bryan Pagliano, named first in the sentence
        assertEquals(CorpusEntities.entity(polnear, "John Bentel").id(),
                mentionAt(polnear, "politico", "told his subordinates", "his").entity());
        // PolNeAR dev, Washington Post: "… and Suu Kyi, a Nobel Peace Prize winner who had spent 15 years under house
        // arrest …, personally invited him to visit her …": "invited" hangs on "spent", whose subject is "who" (the
        // winner, Suu Kyi): not "him"
        Mention him = mentionAt(polnear, "wapo", "personally invited him", "him");
        assertEquals(CorpusEntities.entity(polnear, "Mitch McConnell").id(), him.entity());
    }

    static final String POLITICO_IT = """
            Partisan fireworks over Clinton emails

            Republicans have been trying to question several of those protected individuals, including: Clinton’s top \
            IT staffer Bryan Pagliano, who set up the server; Platte River Networks engineer Paul Combetta, who erased \
            Clinton’s email archive days after news of her email use became public; and John Bentel, a tech staffer \
            at the State Department who told his subordinates never to speak of Clinton’s email when they raised \
            concerns.
            """;

    static final String WAPO_BURMA = """
            Burma leader's visit to Washington

            Obama's landmark 2012 visit to Rangoon, the nation's former capital, not only was preceded by a visit from \
            then-Secretary of State Hillary Clinton in December 2011 but was also followed by a trip by Senate \
            Republican leader Mitch McConnell (Ky.) a month later.

            McConnell had long been an influential voice on Capitol Hill in support of the sanctions on Burma's \
            military rulers, and Suu Kyi, a Nobel Peace Prize winner who had spent 15 years under house arrest before \
            being freed in 2010, personally invited him to visit her in January 2012.
            """;

    static final String FOX_HOLDER = """
            Holder says he understands mistrust of police as Ferguson protests dwindle

            Attorney General Eric Holder said Wednesday that he understands why many black Americans distrust the \
            police as he made a one-day swing through the St. Louis suburb of Ferguson, Mo., where a black teenager \
            was fatally shot by a white police officer almost two weeks earlier.

            Holder made the comments during a meeting with about 50 community leaders at the Florissant campus of \
            St. Louis Community College in which he heard about their own issues with law enforcement officials.

            Ferguson has endured more than a week of unrest since the August 9 death of 18-year-old Michael Brown, \
            who was shot by Ferguson Police Officer Darren Wilson. The Obama administration intended the trip to \
            underscore its commitment to civil rights in general and the Ferguson case in particular.

            "I understand that mistrust," Holder said. "I am the attorney general of the United States. But I am \
            also a black man." The attorney general then described how he was stopped twice on the New Jersey \
            Turnpike and accused of speeding. Police searched his car, going through the trunk and looking under \
            the seats.

            "I remember how humiliating that was and how angry I was and the impact it had on me," Holder said.

            While in Ferguson, Holder met with federal officials investigating the case, as well as Brown's parents.

            In nearby Clayton, a grand jury began hearing evidence to determine whether Wilson should be charged in \
            Brown's death.

            Outside the St. Louis County Justice Center, where the grand jury convened, two dozen protesters \
            gathered in a circle for a prayer, chanted and held signs urging McCulloch to step aside.
            """;

    static final String HPO_HOLDER = """
            Eric Holder Hears From The People Of Ferguson Face To Face

            FERGUSON, Mo. -- Attorney General Eric Holder said Wednesday that the “eyes of the nation and the world” \
            are on this small suburb of St. Louis where an unarmed teenager was shot and killed by police earlier \
            this month. The issues raised by Michael Brown's death, Holder said, have simmered “beneath the surface \
            in more communities than just Ferguson.”

            Dominique McCoy, who attended the smaller meeting, told The Huffington Post that Holder said change \
            wouldn't happen overnight. "He just let us speak, basically. He semi-voiced his opinion, but we all did \
            the talking. He agreed somewhat to what everyone said,” McCoy added.

            A separate attendee, Molyrik Welch, noted to another reporter that her brother had died following an \
            encounter with Ferguson police in 2011.

            Holder told the students he understands "the mistrust" between some residents and the police.
            """;

    static final String REUTERS_TOWER = """
            TOWER REPORT COULD SPELL END FOR REGAN

                The Tower Commission's scathing comments on President Reagan's embattled chief of staff Donald
            Regan could signal the death knell to his White House tenure, but the impact of its strong criticism on
            two other top officials was less clear.
                Washington analysts said Regan's departure now appeared to
            be only a matter of timing. Many expected the president to
            announce it when he addresses the nation on the Tower
            Commission's findings next week.
                Senate Republican leader Robert Dole, a key Reagan ally,
            told reporters the report disclosed "colossal blunders" and said
            people who had not served the president well should step aside,
            but he did not specify who should go.
                One Republican strategist said he believed Regan would not
            be the only White House official to leave in the near future.
            """;

    static final String REUTERS_OPEC = """
            OPEC MAY HAVE TO MEET TO FIRM PRICES - ANALYSTS

                "OPEC's problem is not a price problem but a production
            issue and must be addressed in that way," said Paul Mlotok, oil
            analyst with Salomon Brothers Inc.
                He said the market's earlier optimism about OPEC and its
            ability to keep production under control have given way to a
            pessimistic outlook that the organization must address soon if
            it wishes to regain the initiative in oil prices.
                But some other analysts were uncertain that even an
            emergency meeting would address the problem of OPEC production
            above the 15.8 mln bpd quota set last December.
                "OPEC has to learn that in a buyers market you cannot have
            deemed quotas, fixed prices and set differentials," said the
            regional manager for one of the major oil companies who spoke
            on condition that he not be named. "The market is now trying to
            teach them that lesson again," he added.
            """;
}
