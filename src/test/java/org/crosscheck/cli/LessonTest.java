package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** examples/lesson.ccq run through the command line in-process on the seeds, its answers checked. */
class LessonTest {
    static final Path LESSON = Path.of("examples", "lesson.ccq");

    @Test
    void theLessonRunsAndShowsWhatItTeaches() throws Exception {
        String script = Files.readString(LESSON);
        long steps = script.lines().filter(l -> l.matches("#\\s*\\d+\\..*")).count();
        assertTrue(steps >= 10 && steps <= 15, steps + " steps");

        MainTest.Run run = MainTest.run("", MainTest.seeds("--format", "json", LESSON.toString()));
        assertEquals(0, run.code(), run.err());
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> results = new HashMap<>();
        List<String> text = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (line.startsWith("{")) {
                JsonNode r = json.readTree(line);
                results.put(r.get("query").asText(), r);
            } else {
                text.add(line);
            }
        }

        JsonNode sources = results.get("sources");
        assertEquals(5, sources.get("rows").size());

        // aliases: Zelenskyy in one source, Zelensky in the four others
        JsonNode aliases = results.get("aliases of Zelensky");
        int doubleY = 0;
        int singleY = 0;
        for (JsonNode row : aliases.get("rows")) {
            String names = row.get("names").toString();
            if (names.contains("\"Zelenskyy\"")) {
                doubleY++;
            }
            if (names.contains("\"Zelensky\"")) {
                singleY++;
            }
        }
        assertEquals(1, doubleY);
        assertEquals(4, singleY);

        // coverage: the capture claim is shared by all five, and it comes first
        JsonNode coverage = results.get("coverage shared by 3");
        JsonNode top = coverage.get("rows").get(0);
        assertEquals(5, top.get("sources").asInt());
        assertTrue(top.get("claim").asText().contains("captur"), top.toString());
        for (String id : List.of("000", "001", "002", "003", "004")) {
            assertTrue(top.get(id).asBoolean(), id);
        }
        for (JsonNode row : coverage.get("rows")) {
            assertTrue(row.get("sources").asInt() >= 3);
        }

        // only in 002: the six Chinese soldiers
        assertTrue(results.get("claims only in 002 | select text").toString().contains("six Chinese soldiers"));

        // conflicts: six in 002 against two elsewhere; the acting foreign minister in 001
        JsonNode conflicts = results.get("conflicts | select topic, source, value, text");
        Map<String, Set<String>> counts = new HashMap<>();
        boolean acting = false;
        for (JsonNode row : conflicts.get("rows")) {
            String src = row.get("source").asText().substring(0, 3);
            if (row.get("topic").asText().startsWith("Chinese")) {
                counts.computeIfAbsent(row.get("value").asText(), k -> new HashSet<>()).add(src);
            }
            acting |= row.get("value").asText().equals("acting foreign minister") && src.equals("001");
        }
        assertEquals(Set.of("002"), counts.get("6"));
        assertTrue(counts.get("2").size() >= 4, counts.toString());
        assertTrue(acting);

        // the words after "Chinese": soldiers, nationals, citizens
        String chinese = results.get("search \"Chinese *\" | group by match, source").toString();
        for (String w : List.of("Chinese soldiers", "Chinese nationals", "Chinese citizens")) {
            assertTrue(chinese.contains(w), w);
        }
        // Kiev in 001, Kyiv in others
        String capital = results.get("search Kiev* or Kyiv* | group by source, match").toString();
        assertTrue(capital.contains("Kiev") && capital.contains("Kyiv"), capital);

        // variants: one rendering per source, one of them the common one
        JsonNode variants = results.get("variants \"clear signal\" | select source, kind, diff");
        assertEquals(5, variants.get("rows").size());
        assertTrue(variants.toString().contains("\"verbatim\""));

        // /why on the kept row shows the passage with the six marked
        String why = String.join("\n", text);
        assertTrue(why.contains("six row 1 of 1"), why);
        assertTrue(why.contains("[[six Chinese soldiers]]"), why);
        assertFalse(results.get("keywords in 002 | limit 8").get("rows").isEmpty());
    }

    @Test
    void aShellOnlyCommandInAScriptIsAClearError() throws Exception {
        Path script = Files.createTempFile("crosscheck-lesson", ".ccq");
        try {
            Files.writeString(script, "sources | count\n/format json\n");
            MainTest.Run run = MainTest.run("", MainTest.seeds(script.toString()));
            assertEquals(1, run.code());
            assertTrue(run.err().contains(script + ":2:1: /format works only in the shell"), run.err());
            MainTest.Run why = MainTest.run("", MainTest.seeds("-e", "aliases of Zelensky", "-e", "/why $1 1"));
            assertEquals(0, why.code(), why.err());
            assertTrue(why.out().contains("$1 row 1 of 5") && why.out().contains("[[Zelenskyy]]"), why.out());
            MainTest.Run none = MainTest.run("", MainTest.seeds("-e", "/why $3 1"));
            assertEquals(1, none.code());
            assertTrue(none.err().contains("<input>:1:1: No results yet"), none.err());
        } finally {
            Files.delete(script);
        }
    }
}
