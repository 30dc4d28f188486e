package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four BBC reports of the law lords' ruling against detention without trial (BBC politics 224, 040, 368, 221), read
 * by the lead before running the forms. Each rule here gave a wrong row before: a title taken for the speaker, two
 * courts in one name, the programme told taken into what was said, and a contrast read as a denial.
 */
class DetentionRulingTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        TestCorpora.write(dir, "straw.txt", "But Liberal Democrat peer Lord Carlile, the government's independent "
                + "reviewer of anti-terrorism laws, said it was possible some of the detainees could now be released. "
                + "On Thursday, Lord Bingham - a senior law lord - said the rules were incompatible with the European "
                + "Convention on Human Rights as they allowed detentions \"in a way that discriminates on the ground "
                + "of nationality or immigration status\" by justifying detention without trial for foreign suspects, "
                + "but not Britons.\n");
        TestCorpora.write(dir, "ruling.txt", "The detainees took their case to the House of Lords after the Court of "
                + "Appeal backed the Home Office's powers to hold them without limit or charge.\n");
        TestCorpora.write(dir, "robinson.txt", "The government must act quickly on the Law Lords' ruling that "
                + "detention of foreign terror suspects without trial is unlawful, Mary Robinson has said.\n\nThe "
                + "former UN commissioner for human rights and Irish president told Radio 4's Today the government's "
                + "response would be scrutinised internationally.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    @Test
    void aNameAfterATitleTheParserMadeTheSubjectIsWhoSpeaks() {
        // the parser made "Lord" alone the subject of "said" and hung "Bingham" on the verb; "Lord" was read as the
        // last man titled so, Lord Carlile
        Quote q = TestCorpora.onlyQuote(corpus, "straw", "rules were incompatible");
        assertEquals("Bingham", corpus.entities().stream().filter(e -> e.id().equals(q.speakerEntity()))
                .findFirst().orElseThrow().name(), q.why());
        assertTrue(q.speaker().contains("Bingham"), q.speaker());
    }

    @Test
    void aWordOfTimeEndsAName() {
        // NER tagged "House of Lords after the Court of Appeal" as one organisation
        List<String> names = corpus.mentions().stream().filter(m -> m.source().startsWith("ruling") && !m.pronoun())
                .map(m -> m.text()).toList();
        assertTrue(names.contains("House of Lords"), names.toString());
        assertTrue(names.contains("Court of Appeal"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("after")), names.toString());
    }

    @Test
    void theProgrammeToldIsNoPartOfWhatWasSaid() {
        Quote q = TestCorpora.onlyQuote(corpus, "robinson", "scrutinised");
        assertEquals("the government's response would be scrutinised internationally", q.text(), q.why());
        assertEquals("told", q.cue());
    }

    @Test
    void butNotBeforeAPhraseIsNoDenial() {
        assertFalse(ClaimGrouper.NEGATED.matcher("the rules were incompatible with the European Convention on Human "
                + "Rights as they allowed detentions by justifying detention without trial for foreign suspects, but "
                + "not Britons").find());
        assertFalse(ClaimGrouper.NEGATED.matcher("it was trying to justify detention without trial for foreign "
                + "suspects - but not for British suspects").find());
        assertTrue(ClaimGrouper.NEGATED.matcher("those detained cannot be deported, but they were not released")
                .find());
        assertTrue(ClaimGrouper.NEGATED.matcher("the government did not accept the judgement").find());
    }
}
