package org.crosscheck.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The query language's keywords (the lexer rules that are one word), read from the grammar (the one source of syntax) for highlighting. */
final class Keywords {
    private static final Pattern LITERAL = Pattern.compile("^\\s*[A-Z][A-Z_]*\\s*:\\s*'([A-Za-z][A-Za-z_]+)'\\s*;", Pattern.MULTILINE);
    private static volatile Set<String> keywords;

    private Keywords() {
    }

    /** Lower-case keywords; empty when the grammar is not on the class path. */
    static Set<String> all() {
        Set<String> k = keywords;
        if (k == null) {
            k = new TreeSet<>();
            try (InputStream in = Keywords.class.getResourceAsStream("/org/crosscheck/query/Query.g4")) {
                if (in != null) {
                    String grammar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher m = LITERAL.matcher(grammar);
                    while (m.find()) {
                        k.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                // no highlighting of keywords
            }
            k = Set.copyOf(k);
            keywords = k;
        }
        return k;
    }

    static boolean is(String word) {
        return all().contains(word.toLowerCase(Locale.ROOT));
    }
}
