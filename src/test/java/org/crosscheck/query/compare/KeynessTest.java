package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.query.Table;
import org.crosscheck.model.Source;
import org.crosscheck.query.Cancel;
import org.crosscheck.shell.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyness lists word choice, not the letters of abbreviations. American outlets tag each lawmaker with party and
 * state ("Rep. Gregory Meeks, D-N.Y."), others write "Democrat of New York": the lone "d" and "r" that the
 * tokenizer leaves are no word a reader compares, and neither are initials ("J. Christopher Stevens"). The
 * sentences are from three outlets' reports of one congressional hearing (BASIL, January 2013), two files here.
 */
class KeynessTest {
    @TempDir
    static Path tmp;
    static Workspace workspace;

    @BeforeAll
    static void open() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("hearing"));
        Files.writeString(dir.resolve("tagged.txt"), """
                Republicans challenge Clinton claims on budget cuts

                "Shame on the House for ... failing to adequately fund the administration's request," Rep. Gregory Meeks, D-N.Y., said.
                The questions come as the Senate Foreign Relations Committee begins its confirmation hearing for Sen. John Kerry, D-Mass., who was tapped to replace Clinton at the department.
                Clinton, in turn, affirmed their claims, saying budget issues are a "bipartisan problem."
                Budget numbers, though, actually show the overall diplomatic security budget has ballooned over the past decade.
                But Rep. Dana Rohrabacher, R-Calif., said "any suggestion that this is a budget issue is off base, or political."
                Rep. Michael McCaul, R-Texas, said "somebody within your office should have seen this cable."
                As Sen. Rand Paul, R-Ky., put it, "Libya has to have been one of the hottest of hot spots around the world."
                Asked again about budget issues, Lamb said: "Sir, if it's a volatile situation, we will move assets to cover that."
                Clinton said, during an exchange with Sen. James Risch (R-Idaho) at the Senate Foreign Relations Committee, that the picture remains complicated.
                While being questioned at the House Foreign Relations Committee by Rep. Jeff Duncan (R-S.C.), Clinton urged that he read the classified ARB report to find his answers.
                """);
        Files.writeString(dir.resolve("spelled.txt"), """
                Facing Congress, Clinton defends her actions

                The Senate Foreign Relations Committee's chairman, Senator John Kerry, Democrat of Massachusetts, has been nominated to succeed Mrs. Clinton and is scheduled to appear before his committee on Thursday for a confirmation hearing.
                To avoid the perception of a conflict of interest, the hearing on Wednesday was led by Senator Robert Menendez, Democrat of New Jersey, the incoming chairman, and Mr. Kerry did not attend.
                Senator John McCain, Republican of Arizona, began his questions by saying, "It's wonderful to see you in good health and as combative as ever," and then proceeded to complain that she had failed to answer lingering questions.
                The continuing controversy over the attack, which resulted in the deaths of Ambassador J. Christopher Stevens and three other Americans, has cast a cloud over Mrs. Clinton's final months at the State Department.
                In a rare criticism of the committee by one of its members, Senator Bob Corker of Tennessee, the ranking Republican, complained that the panel Mr. Kerry led had failed to conduct proper oversight of security and other State Department issues.
                One of the sharpest exchanges of the day came when Mrs. Clinton responded to questions from Senator Ron Johnson, a Wisconsin Republican.
                """);
        workspace = Workspace.open(dir, tmp.resolve("index"), Progress.SILENT);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    static List<Object> words(String id) {
        Source source = workspace.model().sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        Table t = Keyness.keywords(workspace.model(), source, new Cancel());
        int col = t.indexOf("word");
        return t.rows().stream().map(r -> r.values().get(col)).toList();
    }

    @Test
    void partyAndStateLettersAreNotKeywords() {
        List<Object> tagged = words("tagged");
        assertTrue(tagged.contains("budget"), "the word this outlet keeps using: " + tagged);
        assertFalse(tagged.contains("d"), "the D of D-N.Y. and D-Mass. is not a word: " + tagged);
        assertFalse(tagged.contains("r"), "the R of R-Calif., R-Texas and R-Ky. is not a word: " + tagged);
    }

    @Test
    void spelledOutPartiesAreWordChoice() {
        List<Object> spelled = words("spelled");
        assertTrue(spelled.contains("senator"), "\"Senator\" against the other outlet's \"Sen.\": " + spelled);
        assertFalse(spelled.stream().anyMatch(w -> w.toString().length() == 1), "no initials: " + spelled);
    }

    @Test
    void aPossessiveIsTheSameWord() {
        // "Mrs. Clinton's final months", "to succeed Mrs. Clinton", "Mrs. Clinton responded"
        Keyness.Counts c = Keyness.count(workspace.model(), "spelled", new Cancel());
        assertEquals(3, c.target().get("clinton"), c.target().toString());
        assertFalse(c.target().containsKey("clinton's"), c.target().toString());
    }
}
