package org.crosscheck.query;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random token soups, built from the language's own words and symbols and from any character: parsing either
 * succeeds or gives a QueryException with a position on the text; check and completion never fail.
 */
class RobustnessTest {
    private static final List<String> PIECES = List.of("sources", "entities", "mentions", "quotes", "claims",
            "sentences", "search", "conflicts", "keywords", "variants", "let", "of", "by", "in", "about", "where",
            "sort", "limit", "count", "group", "select", "asc", "desc", "and", "or", "not", "|", ";", ",", "(", ")",
            "=", "!=", "<", "<=", ">", ">=", "~", "$2", "3", "002", "Zelensky", "type", "person", "\"bank cards\"",
            "\"open", "'x'", "\n", "\n|", "# note\n", "-- note\n", "“curly”", "@", "\t", "é");

    private record Words(Collection<String> entityNames, Collection<String> sourceIds, Collection<String> variables)
            implements Vocabulary {
    }

    @Test
    void noInputBreaksTheParser() {
        Random random = new Random(20261122);
        Vocabulary vocabulary = new Words(List.of("Volodymyr Zelensky", "Belgorod"), List.of("002_307f"),
                List.of("bel", "$1"));
        int parsed = 0;
        int errors = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(9);
            for (int k = 0; k < n; k++) {
                if (random.nextInt(12) == 0) {
                    b.append((char) (32 + random.nextInt(95)));
                } else {
                    b.append(PIECES.get(random.nextInt(PIECES.size())));
                }
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            try {
                QueryLanguage.parse(text, "<fuzz>");
                parsed++;
            } catch (QueryException e) {
                errors++;
                int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
                assertTrue(e.line() >= 1 && e.line() <= lines, text + " → " + e.format());
                assertTrue(e.column() >= 1 && e.column() <= e.lineText().length() + 1, text + " → " + e.format());
                assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("<EOF>")
                        && !e.getMessage().contains("mismatched"), e.getMessage());
            } catch (RuntimeException e) {
                fail("parse(" + text.replace("\n", "\\n") + ") threw " + e, e);
            }
            try {
                QueryLanguage.check(text);
                QueryLanguage.complete(text, vocabulary);
            } catch (RuntimeException e) {
                fail("check/complete(" + text.replace("\n", "\\n") + ") threw " + e, e);
            }
        }
        assertTrue(parsed > 50 && errors > 50, parsed + " parsed, " + errors + " errors");
    }
}
