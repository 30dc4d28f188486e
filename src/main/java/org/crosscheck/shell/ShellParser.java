package org.crosscheck.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.query.QueryLanguage;
import org.crosscheck.query.Suggestion;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * How the shell's line reader understands a line: an unfinished query continues on the next line (EOFError),
 * and on Tab the word to complete and its candidates are worked out here, from the query language's completion
 * or the commands.
 */
final class ShellParser implements Parser {
    private static final String SEPARATORS = " \t\r\n(),;|=<>!";
    private final Repl repl;

    ShellParser(Repl repl) {
        this.repl = repl;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws EOFError {
        boolean command = line.stripLeading().startsWith("/");
        if (context == ParseContext.ACCEPT_LINE && !command && !line.isBlank()
                && QueryLanguage.check(line) == QueryLanguage.Input.INCOMPLETE) {
            throw new EOFError(-1, -1, "the query continues", "query");
        }
        if (context != ParseContext.COMPLETE) {
            int start = defaultWordStart(line, cursor);
            return new ShellLine(line, cursor, start, List.of());
        }
        return command ? completeCommand(line, cursor) : completeQuery(line, cursor);
    }

    private ShellLine completeQuery(String line, int cursor) {
        String before = line.substring(0, cursor);
        List<Suggestion> suggestions;
        try {
            suggestions = QueryLanguage.complete(before, repl.session());
        } catch (RuntimeException e) {
            suggestions = List.of();
        }
        int start = wordStart(before, suggestions);
        return new ShellLine(line, cursor, start, suggestions);
    }

    private ShellLine completeCommand(String line, int cursor) {
        String before = line.substring(0, cursor);
        int slash = before.indexOf('/');
        int space = indexOfWhitespace(before, slash);
        List<Suggestion> suggestions = new ArrayList<>();
        if (space < 0) {
            for (Command c : repl.commands()) {
                suggestions.add(new Suggestion(c.name(), "command", c.summary()));
            }
            return new ShellLine(line, cursor, slash, suggestions);
        }
        String name = before.substring(slash, space);
        String typed = before.substring(space).stripLeading();
        int start = cursor - typed.length();
        for (Command c : repl.commands()) {
            if (c.name().equalsIgnoreCase(name)) {
                for (String value : c.complete(repl, typed)) {
                    suggestions.add(new Suggestion(value, "argument", null));
                }
            }
        }
        return new ShellLine(line, cursor, start, suggestions);
    }

    private static int indexOfWhitespace(String s, int from) {
        for (int i = Math.max(0, from); i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the word being completed starts: after the last separator, or where a candidate's text begins. */
    static int wordStart(String before, List<Suggestion> suggestions) {
        int start = defaultWordStart(before, before.length());
        if (suggestions.isEmpty() || matchesAny(before.substring(start), suggestions)) {
            return start;
        }
        int lineStart = before.lastIndexOf('\n') + 1;
        for (int s = Math.max(lineStart, before.length() - 100); s < before.length(); s++) {
            if (matchesAny(before.substring(s), suggestions)) {
                return s;
            }
        }
        return start;
    }

    private static boolean matchesAny(String word, List<Suggestion> suggestions) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Suggestion s : suggestions) {
            if (s.value().toLowerCase(Locale.ROOT).startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    static int defaultWordStart(String line, int cursor) {
        int i = cursor;
        while (i > 0 && SEPARATORS.indexOf(line.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** A parsed line: the whole text and the word that ends at the cursor (the part completion replaces). */
    static final class ShellLine implements CompletingParsedLine {
        private final String line;
        private final int cursor;
        private final int wordStart;
        private final int wordEnd;
        private final List<Suggestion> suggestions;

        ShellLine(String line, int cursor, int wordStart, List<Suggestion> suggestions) {
            this.line = line;
            this.cursor = cursor;
            this.wordStart = Math.min(wordStart, cursor);
            this.wordEnd = cursor;
            this.suggestions = List.copyOf(suggestions);
        }

        List<Suggestion> suggestions() {
            return suggestions;
        }

        @Override
        public String word() {
            return line.substring(wordStart, wordEnd);
        }

        @Override
        public int wordCursor() {
            return cursor - wordStart;
        }

        @Override
        public int wordIndex() {
            return 1;
        }

        @Override
        public List<String> words() {
            return List.of(line.substring(0, wordStart), word());
        }

        @Override
        public String line() {
            return line;
        }

        @Override
        public int cursor() {
            return cursor;
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
