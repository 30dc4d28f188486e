package org.crosscheck.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.crosscheck.query.ast.Span;
import org.crosscheck.query.ast.Statement;
import org.crosscheck.query.parser.QueryLexer;
import org.crosscheck.query.parser.QueryParser;

/** The front door of the query language: parsing, completeness (for multi-line input) and completion. */
public final class QueryLanguage {
    private QueryLanguage() {
    }

    public enum Input { COMPLETE, INCOMPLETE, INVALID }

    /** Token type of the cursor in completion: matches nothing, so the parser stops there and says what it wanted. */
    private static final int CARET = 100_000;

    /** The column names the built-in queries produce (offered where a column is expected). */
    private static final List<String> COLUMNS = List.of("id", "title", "words", "outlet", "date", "url", "name",
            "type", "aliases", "sources", "mentions", "source", "text", "start", "end", "entity", "speaker", "kind",
            "cue", "channel", "members", "left", "match", "right", "score", "index", "paragraph", "boilerplate",
            "reason", "count", "topic", "value", "word", "others", "ll", "ratio", "diff");

    /** What {@code type = …} accepts besides the raw type names. */
    static final List<String> TYPE_NAMES = List.of("person", "org", "place", "nationality", "number", "date",
            "title", "organization", "location", "city", "country", "state_or_province", "misc");

    /**
     * Parses a script or snippet: statements separated by ';' or line breaks.
     *
     * @param origin file name, or "&lt;input&gt;"
     */
    public static List<Statement> parse(String text, String origin) throws QueryException {
        QueryLexer lexer = lexer(text);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        QueryParser parser = parser(tokens);
        QueryParser.ScriptContext tree;
        try {
            tree = parser.script();
        } catch (SyntaxFailure f) {
            throw f.toException(text, origin, tokens);
        }
        try {
            return new AstBuilder(text, origin).statements(tree);
        } catch (AstBuilder.Failure f) {
            throw f.error;
        }
    }

    /** Whether the text is a whole snippet, an unfinished one (continue on the next line) or wrong. */
    public static Input check(String text) {
        QueryLexer lexer = lexer(text);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        QueryParser parser = parser(tokens);
        QueryParser.ScriptContext tree;
        try {
            tree = parser.script();
        } catch (SyntaxFailure f) {
            int type = f.offending.getType();
            return type == Token.EOF || type == QueryLexer.UNTERMINATED_STRING ? Input.INCOMPLETE : Input.INVALID;
        }
        try {
            new AstBuilder(text, "<input>").statements(tree);
            return Input.COMPLETE;
        } catch (AstBuilder.Failure f) {
            return Input.INVALID;
        }
    }

    /** Candidates for the word that ends {@code before} (the text left of the cursor). */
    public static List<Suggestion> complete(String before, Vocabulary vocabulary) {
        int cut = before.length();
        while (cut > 0 && isWordChar(before.charAt(cut - 1))) {
            cut--;
        }
        String partial = before.substring(cut);
        String lower = partial.toLowerCase(Locale.ROOT);

        List<Token> list = new ArrayList<>();
        QueryLexer lexer = lexer(before.substring(0, cut));
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            list.add(t);
        }
        if (!list.isEmpty() && list.get(list.size() - 1).getType() == QueryLexer.UNTERMINATED_STRING) {
            return List.of(); // inside a string
        }
        CommonToken caret = new CommonToken(CARET, "");
        caret.setStartIndex(cut);
        caret.setStopIndex(cut - 1);
        caret.setTokenIndex(list.size());
        list.add(caret);
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setTokenIndex(list.size());
        list.add(eof);
        TokenSource source = new ListTokenSource(list);
        QueryParser parser = parser(new CommonTokenStream(source));
        SyntaxFailure failure;
        try {
            parser.script();
            return List.of();
        } catch (SyntaxFailure f) {
            failure = f;
        }
        if (failure.offending != caret) {
            return List.of(); // the text before the cursor is already wrong
        }
        Map<String, Suggestion> out = new LinkedHashMap<>();
        IntervalSet expected = failure.expected;
        int rule = failure.ctx == null ? -1 : failure.ctx.getRuleIndex();
        boolean word = expected.contains(QueryLexer.WORD);
        if (word && (rule == QueryParser.RULE_name)) {
            // words of the name typed so far, then the partial word
            StringBuilder typed = new StringBuilder();
            for (int i = failure.ctx.getStart().getTokenIndex(); i < caret.getTokenIndex(); i++) {
                typed.append(list.get(i).getText()).append(' ');
            }
            String sofar = (typed + partial).toLowerCase(Locale.ROOT);
            boolean fresh = typed.isEmpty();
            for (String n : vocabulary.entityNames()) {
                if (n.toLowerCase(Locale.ROOT).startsWith(sofar)) {
                    String insert = fresh && needsQuotes(n) ? '"' + n + '"' : n.substring(typed.length());
                    out.putIfAbsent(insert, new Suggestion(insert, "entity", null));
                }
            }
            if (fresh && !lower.isEmpty()) {
                // a later word of a name: "Sy" offers "Sybiha" of "Andrii Sybiha" (a query may name an entity by
                // the last words of its name); candidates always start with the word typed
                for (String n : vocabulary.entityNames()) {
                    int at = n.toLowerCase(Locale.ROOT).indexOf(" " + lower);
                    if (at >= 0) {
                        String tail = n.substring(at + 1);
                        String insert = needsQuotes(tail) ? '"' + tail + '"' : tail;
                        if (insert.toLowerCase(Locale.ROOT).startsWith(lower)) {
                            out.putIfAbsent(insert, new Suggestion(insert, "entity", n));
                        }
                    }
                }
            }
        } else if (word && rule == QueryParser.RULE_sourceRef) {
            for (String id : vocabulary.sourceIds()) {
                if (id.toLowerCase(Locale.ROOT).startsWith(lower)) {
                    out.putIfAbsent(id, new Suggestion(id, "source", null));
                }
            }
        } else if ((word || expected.contains(QueryLexer.VAR)) && isHeadRule(rule)) {
            for (String v : vocabulary.variables()) {
                if (v.toLowerCase(Locale.ROOT).startsWith(lower)) {
                    out.putIfAbsent(v, new Suggestion(v, "variable", null));
                }
            }
        } else if (word && isColumnRule(rule)) {
            for (String c : COLUMNS) {
                if (c.startsWith(lower)) {
                    out.putIfAbsent(c, new Suggestion(c, "column", null));
                }
            }
        } else if (word && rule == QueryParser.RULE_value && failure.ctx.getStart() == caret
                && failure.ctx.getParent() instanceof QueryParser.CompareConditionContext cmp) {
            // a value: what the column holds, where the corpus knows it
            String column = cmp.column().getText().toLowerCase(Locale.ROOT);
            Collection<String> values = switch (column) {
                case "type" -> TYPE_NAMES;
                case "source", "sources" -> vocabulary.sourceIds();
                case "speaker", "name", "entity", "aliases" -> vocabulary.entityNames();
                default -> List.of();
            };
            for (String v : values) {
                if (v.toLowerCase(Locale.ROOT).startsWith(lower)) {
                    String insert = needsQuotes(v) ? '"' + v + '"' : v;
                    out.putIfAbsent(insert, new Suggestion(insert, "value", null));
                }
            }
        }
        Map<String, String> described = new LinkedHashMap<>();
        for (Help.Form f : Help.forms()) {
            described.putIfAbsent(f.topic(), f.form() + " — " + f.description());
        }
        for (int type : expected.toArray()) {
            String kw = keyword(type);
            if (word && isSoftKeyword(type) && isSoftWordRule(rule)) {
                continue; // where a word may stand, these are plain words
            }
            if (kw != null && kw.startsWith(lower)) {
                out.putIfAbsent(kw, new Suggestion(kw, "keyword", described.get(kw)));
            }
        }
        return List.copyOf(out.values());
    }

    // ---- machinery

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '\'' || c == '\u2019' || c == '*'
                || c == '?' || c == '-' || c == '$';
    }

    /** Keywords of one form (claims shared by …, coverage, aliases) that are plain words everywhere else. */
    static boolean isSoftKeyword(int type) {
        return type == QueryLexer.COVERAGE || type == QueryLexer.ALIASES || type == QueryLexer.SHARED
                || type == QueryLexer.ONLY || type == QueryLexer.MISSING || type == QueryLexer.FROM
                || type == QueryLexer.ALL;
    }

    /** Rules where a soft keyword is a plain word (a value, a column, the words of a quote). */
    private static boolean isSoftWordRule(int rule) {
        return rule == QueryParser.RULE_value || rule == QueryParser.RULE_phrase || isColumnRule(rule);
    }

    private static boolean isHeadRule(int rule) {
        return rule == QueryParser.RULE_script || rule == QueryParser.RULE_statement
                || rule == QueryParser.RULE_head || rule == QueryParser.RULE_variable;
    }

    private static boolean isColumnRule(int rule) {
        return rule == QueryParser.RULE_column || rule == QueryParser.RULE_condition
                || rule == QueryParser.RULE_sortKey || rule == QueryParser.RULE_stage
                || rule == QueryParser.RULE_pipeline;
    }

    /** Whether a name must be quoted to be read as one name (a keyword or a non-word character in it). */
    private static boolean needsQuotes(String name) {
        QueryLexer lexer = lexer(name);
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() != QueryLexer.WORD && t.getType() != QueryLexer.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /** The keyword a token type stands for, or null when it is not a keyword. */
    private static String keyword(int type) {
        String literal = QueryLexer.VOCABULARY.getLiteralName(type);
        if (literal == null || literal.length() < 3 || !Character.isLetter(literal.charAt(1))) {
            return null;
        }
        return literal.substring(1, literal.length() - 1).toLowerCase(Locale.ROOT);
    }

    static QueryLexer lexer(String text) {
        QueryLexer lexer = new QueryLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return lexer;
    }

    private static QueryParser parser(CommonTokenStream tokens) {
        QueryParser parser = new QueryParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new StopAtFirstError());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return parser;
    }

    /** The first syntax error: where, what the parser expected there, and in which rule. */
    private static final class SyntaxFailure extends RuntimeException {
        final Token offending;
        final IntervalSet expected;
        final ParserRuleContext ctx;

        SyntaxFailure(Token offending, IntervalSet expected, ParserRuleContext ctx) {
            super(null, null, false, false);
            this.offending = offending;
            this.expected = expected;
            this.ctx = ctx;
        }

        QueryException toException(String text, String origin, CommonTokenStream tokens) {
            TextLines lines = new TextLines(text);
            Token previous = null;
            for (int i = offending.getTokenIndex() - 1; i >= 0; i--) {
                Token t = tokens.get(i);
                if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != QueryLexer.NL) {
                    previous = t;
                    break;
                }
            }
            int type = offending.getType();
            int offset = type == Token.EOF
                    ? (previous == null ? text.length() : previous.getStopIndex() + 1)
                    : offending.getStartIndex();
            Span at = lines.span(offset);
            String message;
            if (type == QueryLexer.UNTERMINATED_STRING) {
                message = "unterminated string: it needs a closing " + closing(offending.getText().charAt(0));
            } else if (type == QueryLexer.ERROR_CHAR) {
                message = "unexpected character '" + offending.getText() + "'";
            } else {
                message = expectation(previous);
            }
            return new QueryException(message, origin, at.line(), at.column(), lines.line(at.line()));
        }

        private static String closing(char open) {
            return open == '\u201c' ? "\u201d" : String.valueOf(open);
        }

        private String expectation(Token previous) {
            int type = offending.getType();
            String found = type == Token.EOF ? null
                    : type == QueryLexer.NL ? "a line break" : "'" + offending.getText() + "'";
            boolean stageWord = type == QueryLexer.SORT || type == QueryLexer.LIMIT || type == QueryLexer.COUNT
                    || type == QueryLexer.GROUP || type == QueryLexer.SELECT;
            if (stageWord && expected.contains(QueryLexer.PIPE)) {
                return "expected '|' before '" + offending.getText() + "'";
            }
            String typo = typo(previous);
            if (typo != null) {
                return "'" + previous.getText() + "' is not a query here; did you mean '" + typo + "'?";
            }
            List<String> phrases = phrases();
            StringBuilder b = new StringBuilder("expected ");
            b.append(phrases.size() == 1 ? phrases.get(0) : "one of: " + String.join(", ", phrases));
            if (previous != null) {
                b.append(" after '").append(previous.getText()).append('\'');
            }
            if (found != null) {
                b.append(", found ").append(found);
            }
            return b.toString();
        }

        /**
         * The query keyword a misspelt first word stands for ("quote by X" → quotes), when the parser took it for a
         * variable and then failed right after it; else null.
         */
        private String typo(Token previous) {
            if (previous == null || previous.getType() != QueryLexer.WORD) {
                return null;
            }
            org.antlr.v4.runtime.RuleContext c = ctx;
            while (c != null && !(c instanceof QueryParser.PipelineContext)) {
                c = c.parent;
            }
            if (!(c instanceof QueryParser.PipelineContext p && p.head() instanceof QueryParser.VariableHeadContext v
                    && v.getStart() == previous)) {
                return null;
            }
            String word = previous.getText().toLowerCase(Locale.ROOT);
            String best = null;
            int bestDistance = 3;
            for (int t = QueryLexer.SOURCES; t <= QueryLexer.VARIANTS; t++) {
                String kw = keyword(t);
                int d = Evaluator.distance(word, kw);
                if (d < bestDistance && d < kw.length() / 2) {
                    bestDistance = d;
                    best = kw;
                }
            }
            return best;
        }

        private List<String> phrases() {
            int rule = ctx == null ? -1 : ctx.getRuleIndex();
            Set<String> out = new LinkedHashSet<>();
            boolean word = expected.contains(QueryLexer.WORD);
            boolean columns = word && isColumnRule(rule);
            for (int t : expected.toArray()) {
                switch (t) {
                    case QueryLexer.WORD, QueryLexer.NUMBER, QueryLexer.STRING, QueryLexer.VAR -> {
                        String p = wordPhrase(rule, t);
                        if (p != null) {
                            out.add(p);
                        }
                    }
                    case QueryLexer.SEMI, QueryLexer.NL, Token.EOF -> {
                        if (rule != QueryParser.RULE_script || expected.size() <= 3) {
                            out.add("the end of the statement");
                        }
                    }
                    default -> {
                        if (word && isSoftKeyword(t) && isSoftWordRule(rule)) {
                            continue; // a plain word here, already said by the word's phrase
                        }
                        String kw = keyword(t);
                        boolean columnKeyword = t == QueryLexer.SOURCES || t == QueryLexer.ENTITIES
                                || t == QueryLexer.MENTIONS || t == QueryLexer.QUOTES || t == QueryLexer.CLAIMS
                                || t == QueryLexer.SENTENCES || t == QueryLexer.COUNT || t == QueryLexer.KEYWORDS
                                || t == QueryLexer.CONFLICTS || t == QueryLexer.VARIANTS;
                        if (columns && columnKeyword) {
                            out.add("a column name");
                        } else if (kw != null) {
                            out.add(kw);
                        } else {
                            out.add(QueryLexer.VOCABULARY.getLiteralName(t) == null
                                    ? QueryLexer.VOCABULARY.getDisplayName(t)
                                    : QueryLexer.VOCABULARY.getLiteralName(t));
                        }
                    }
                }
            }
            return new ArrayList<>(out);
        }

        private String wordPhrase(int rule, int token) {
            if (rule == QueryParser.RULE_name) {
                return ctx.getStart() != null && ctx.getStart() != offending
                        && ctx.getStart().getTokenIndex() < offending.getTokenIndex() ? null : "an entity name";
            }
            if (rule == QueryParser.RULE_sourceRef) {
                return "a source id or name";
            }
            if (isHeadRule(rule)) {
                return ctx instanceof QueryParser.LetStatementContext ? "a variable name" : "a variable";
            }
            if (rule == QueryParser.RULE_phrase) {
                return ctx.getStart() != null && ctx.getStart().getTokenIndex() < offending.getTokenIndex()
                        ? null : "words of a quote";
            }
            if (rule == QueryParser.RULE_searchText || rule == QueryParser.RULE_searchTerm) {
                return "search words or a \"phrase\"";
            }
            if (rule == QueryParser.RULE_value) {
                return ctx.getStart() != null && ctx.getStart().getTokenIndex() < offending.getTokenIndex()
                        ? null : "a value (a word, number or \"string\")";
            }
            if (token == QueryLexer.NUMBER && rule == QueryParser.RULE_stage) {
                return "a number";
            }
            if (isColumnRule(rule)) {
                return token == QueryLexer.WORD ? "a column name" : null;
            }
            return switch (token) {
                case QueryLexer.NUMBER -> "a number";
                case QueryLexer.STRING -> "a \"string\"";
                case QueryLexer.VAR -> "a $N result";
                default -> "a name";
            };
        }
    }

    /**
     * Stops at the first syntax error instead of recovering. What the parser expected is taken from the first point
     * since the last consumed token where the parser could have stopped short (the end of an optional part), so
     * that "quotes by X limit" reports everything that could follow X, not only what the outermost rule wanted.
     */
    private static final class StopAtFirstError extends DefaultErrorStrategy {
        private int syncedAt = -1;

        @Override
        public void sync(Parser recognizer) throws RecognitionException {
            boolean before = nextTokensContext != null;
            super.sync(recognizer);
            if (!before && nextTokensContext != null) {
                syncedAt = recognizer.getCurrentToken().getTokenIndex();
            }
        }

        private boolean early(Parser recognizer) {
            return nextTokensContext != null && syncedAt == recognizer.getCurrentToken().getTokenIndex();
        }

        @Override
        public void reportError(Parser recognizer, RecognitionException e) {
            Token offending = e.getOffendingToken() == null ? recognizer.getCurrentToken() : e.getOffendingToken();
            if (e instanceof InputMismatchException && early(recognizer)) {
                throw new SyntaxFailure(offending,
                        recognizer.getATN().getExpectedTokens(nextTokensState, nextTokensContext), nextTokensContext);
            }
            IntervalSet expected = e.getExpectedTokens();
            ParserRuleContext ctx = e.getCtx() instanceof ParserRuleContext p ? p : recognizer.getContext();
            throw new SyntaxFailure(offending, expected == null ? new IntervalSet() : expected, ctx);
        }

        @Override
        public Token recoverInline(Parser recognizer) {
            reportError(recognizer, new InputMismatchException(recognizer));
            return null;
        }

        @Override
        protected void reportUnwantedToken(Parser recognizer) {
            reportError(recognizer, new InputMismatchException(recognizer));
        }

        @Override
        protected void reportMissingToken(Parser recognizer) {
            reportError(recognizer, new InputMismatchException(recognizer));
        }

        @Override
        public void recover(Parser recognizer, RecognitionException e) {
            reportError(recognizer, e);
        }
    }
}
