package org.crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.query.Column;
import org.crosscheck.query.Provenance;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.junit.jupiter.api.Test;

class RenderersTest {
    private static final Table TABLE = new Table(
            List.of(new Column("id", Column.Type.TEXT), new Column("words", Column.Type.NUMBER),
                    new Column("names", Column.Type.LIST), new Column("paywall", Column.Type.BOOLEAN)),
            List.of(row("000", 612L, List.of("Zelenskyy", "Zelensky"), true),
                    row("say \"hi\", then | go\nnext line", 7, List.of(), false),
                    row(null, null, null, null)));

    private static Row row(Object... values) {
        return new Row(new ArrayList<>(Arrays.asList(values)), Provenance.NONE);
    }

    @Test
    void aGridWiderThanATerminalCanShowFoldsItsMarksIntoOneList() {
        // coverage over many sources: one true/false column each; the text table lists the marked ones instead
        List<Column> cols = new ArrayList<>(List.of(new Column("sources", Column.Type.NUMBER)));
        for (int i = 0; i < 20; i++) {
            cols.add(new Column(String.format("e%02d/nyt", i), Column.Type.BOOLEAN));
        }
        cols.add(new Column("claim", Column.Type.TEXT));
        List<Object> values = new ArrayList<>(List.of(2L));
        for (int i = 0; i < 20; i++) {
            values.add(i == 3 || i == 17);
        }
        values.add("The senator said he had misspoken.");
        Table t = new Table(cols, List.of(new Row(values, Provenance.NONE)));
        String text = new TextTableRenderer(0).render(t, "coverage");
        assertTrue(text.startsWith("sources | marked"), text);
        assertTrue(text.contains("e03/nyt, e17/nyt | The senator said he had misspoken."), text);
        // five sources stay a grid
        Table small = new Table(cols.subList(0, 6), List.of(new Row(values.subList(0, 6), Provenance.NONE)));
        assertTrue(new TextTableRenderer(0).render(small, "coverage").contains("·"));
        // data formats keep every column
        assertTrue(new JsonRenderer().render(t, "coverage").contains("\"e17/nyt\":true"));
    }

    @Test
    void jsonHasQueryColumnsAndTypedRows() throws Exception {
        String text = Renderer.of(Format.JSON, 80).render(TABLE, "sources | take 3");
        assertTrue(text.endsWith("\n"));
        assertEquals(1, text.strip().lines().count(), "one JSON object on one line");
        JsonNode root = new ObjectMapper().readTree(text);
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("query", "columns", "rows"), fields);
        assertEquals("sources | take 3", root.get("query").asText());
        assertEquals("[\"id\",\"words\",\"names\",\"paywall\"]", root.get("columns").toString());
        JsonNode first = root.get("rows").get(0);
        assertTrue(first.get("id").isTextual());
        assertTrue(first.get("words").isIntegralNumber());
        assertEquals(612, first.get("words").asInt());
        assertTrue(first.get("names").isArray());
        assertEquals("Zelensky", first.get("names").get(1).asText());
        assertTrue(first.get("paywall").isBoolean());
        assertTrue(first.get("paywall").asBoolean());
        JsonNode second = root.get("rows").get(1);
        assertEquals("say \"hi\", then | go\nnext line", second.get("id").asText());
        assertEquals(0, second.get("names").size());
        assertTrue(root.get("rows").get(2).get("id").isNull());
        assertEquals(3, root.get("rows").size());
    }

    @Test
    void csvQuotesPerRfc4180AndJoinsListsWithSemicolons() {
        String text = new CsvRenderer().render(TABLE, "q");
        String[] records = text.split("\r\n", -1);
        assertEquals("id,words,names,paywall", records[0]);
        assertEquals("000,612,Zelenskyy;Zelensky,true", records[1]);
        // the quoted field keeps its line break inside the quotes
        assertTrue(text.contains("\"say \"\"hi\"\", then | go\nnext line\",7,,false\r\n"), text);
        assertTrue(text.endsWith(",,,\r\n"));
        assertEquals("plain", CsvRenderer.field("plain"));
        assertEquals("\"a,b\"", CsvRenderer.field("a,b"));
    }

    @Test
    void markdownEscapesPipesAndLineBreaks() {
        String text = new MarkdownRenderer().render(TABLE, "q");
        List<String> lines = text.lines().toList();
        assertEquals("| id | words | names | paywall |", lines.get(0));
        assertEquals("| --- | ---: | --- | --- |", lines.get(1));
        assertEquals("| 000 | 612 | Zelenskyy, Zelensky | true |", lines.get(2));
        assertEquals("| say \"hi\", then \\| go<br>next line | 7 |  | false |", lines.get(3));
        assertEquals(5, lines.size());
        assertEquals("a \\\\\\| b", MarkdownRenderer.cell("a \\| b"));
    }

    @Test
    void textTableAlignsAndCountsRows() {
        String text = new TextTableRenderer(0).render(TABLE, "q");
        List<String> lines = text.lines().toList();
        assertEquals("(3 rows)", lines.get(lines.size() - 1));
        assertTrue(lines.get(0).startsWith("id "));
        assertTrue(lines.get(1).matches("-+(-\\+-+)+"), lines.get(1));
        // every table line has the same width; numbers are right-aligned
        int width = lines.get(1).length();
        int wordsEnd = lines.get(1).indexOf('+', lines.get(1).indexOf('+') + 1) - 1;
        assertEquals("612", lines.get(2).substring(wordsEnd - 3, wordsEnd).strip());
        assertEquals(width, lines.get(0).length());
        assertTrue(lines.get(3).contains("say \"hi\", then | go next line"), "line break shown as a space");
        assertTrue(lines.get(2).contains("Zelenskyy, Zelensky"));
    }

    @Test
    void textTableCutsLongCellsToTheTerminalWidth() {
        String longTitle = "Ukrainian President Volodymyr Zelenskyy announced the capture of two Chinese soldiers "
                + "fighting alongside Russian forces in the Donetsk region of Ukraine.";
        Table t = new Table(List.of(new Column("id", Column.Type.TEXT), new Column("title", Column.Type.TEXT)),
                List.of(row("000", longTitle)));
        String text = new TextTableRenderer(40).render(t, "q");
        for (String line : text.lines().toList()) {
            assertTrue(line.length() <= 40, line);
        }
        assertTrue(text.contains("Ukrainian President"));
        assertTrue(text.contains("…"));
        assertTrue(text.endsWith("(1 row)\n"));
        assertEquals("ab…", TextTableRenderer.truncate("abcdef", 3));
        assertEquals(4, TextTableRenderer.displayWidth("中国"));
    }
}
