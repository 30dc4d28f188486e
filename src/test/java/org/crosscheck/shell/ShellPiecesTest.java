package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.query.Suggestion;
import org.crosscheck.render.Format;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The shell's pieces that need no corpus: word boundaries for completion, highlighting, keywords, formats. */
class ShellPiecesTest {
    private static Suggestion s(String value) {
        return new Suggestion(value, "entity", null);
    }

    @Test
    void completionWordEndsAtTheCursor() {
        String before = "mentions of Sy";
        assertEquals(12, ShellParser.wordStart(before, List.of(s("Sybiha"))));
        assertEquals(10, ShellParser.wordStart("sources | ", List.of(s("where"), s("limit"))));
        assertEquals(9, ShellParser.wordStart("sources |lim", List.of(s("limit"))));
    }

    @Test
    void completionWordCanStartWhereACandidateDoes() {
        // a quoted multi-word name: the word is what the candidates continue, whatever their quoting
        assertEquals(12, ShellParser.wordStart("mentions of \"Andrii Sy", List.of(s("\"Andrii Sybiha\""))));
        assertEquals(13, ShellParser.wordStart("mentions of \"Andrii Sy", List.of(s("Andrii Sybiha"))));
    }

    @Test
    void highlightingKeepsTheTextAndColoursTokens() {
        QueryHighlighter h = new QueryHighlighter(null);
        String line = "search \"bank cards\" | limit 2 | where x = $3";
        AttributedString a = h.highlight(line);
        assertEquals(line, a.toString());
        int quote = line.indexOf('"');
        assertEquals(QueryHighlighter.STRING, a.styleAt(quote));
        assertEquals(QueryHighlighter.NUMBER, a.styleAt(line.indexOf('2')));
        assertEquals(QueryHighlighter.VARIABLE, a.styleAt(line.indexOf('$')));
        AttributedString cmd = h.highlight("/format json");
        assertEquals(QueryHighlighter.COMMAND_STYLE, cmd.styleAt(0));
        assertEquals("/format json", cmd.toString());
    }

    @Test
    void keywordsComeFromTheGrammar() {
        assertTrue(Keywords.is("sources"), "the grammar's keywords: " + Keywords.all());
        assertTrue(Keywords.is("SOURCES"));
        assertTrue(Keywords.is("where") && Keywords.is("limit") && Keywords.is("desc"), Keywords.all().toString());
        assertTrue(!Keywords.is("text") && !Keywords.is("dsc"), "only the grammar's keyword rules: " + Keywords.all());
        AttributedString a = new QueryHighlighter(null).highlight("sources");
        assertEquals(QueryHighlighter.KEYWORD, a.styleAt(0));
    }

    @Test
    void formatsParseByName() {
        assertEquals(Format.JSON, Format.parse("json"));
        assertEquals(Format.MARKDOWN, Format.parse(" Markdown "));
        assertEquals(null, Format.parse("xml"));
        assertEquals("csv", Format.CSV.label());
    }
}
