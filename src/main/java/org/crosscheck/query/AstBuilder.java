package org.crosscheck.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.crosscheck.query.ast.ColumnRef;
import org.crosscheck.query.ast.Condition;
import org.crosscheck.query.ast.Head;
import org.crosscheck.query.ast.Let;
import org.crosscheck.query.ast.Name;
import org.crosscheck.query.ast.Pipeline;
import org.crosscheck.query.ast.QueryStatement;
import org.crosscheck.query.ast.SourceRef;
import org.crosscheck.query.ast.Span;
import org.crosscheck.query.ast.Stage;
import org.crosscheck.query.ast.Statement;
import org.crosscheck.query.parser.QueryBaseVisitor;
import org.crosscheck.query.parser.QueryParser;

/**
 * Turns a parse tree into the immutable AST: the only place (with {@link QueryLanguage}) that sees ANTLR types.
 * Problems the grammar cannot express (a filter given twice, a number too large) are reported as
 * {@link Failure}s wrapping a {@link QueryException}.
 */
final class AstBuilder extends QueryBaseVisitor<Object> {
    private final String text;
    private final String origin;
    private final TextLines lines;

    /** A semantic error found while building the AST. */
    static final class Failure extends RuntimeException {
        final QueryException error;

        Failure(QueryException error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }
    }

    AstBuilder(String text, String origin) {
        this.text = text;
        this.origin = origin;
        this.lines = new TextLines(text);
    }

    List<Statement> statements(QueryParser.ScriptContext script) {
        List<Statement> out = new ArrayList<>();
        for (QueryParser.StatementContext s : script.statement()) {
            out.add((Statement) visit(s));
        }
        return List.copyOf(out);
    }

    @Override
    public Statement visitLetStatement(QueryParser.LetStatementContext ctx) {
        Span at = span(ctx.getStart());
        return new Let(ctx.WORD().getText(), pipeline(ctx.pipeline()), source(ctx), at.line(), at.column());
    }

    @Override
    public Statement visitQueryStatement(QueryParser.QueryStatementContext ctx) {
        Span at = span(ctx.getStart());
        return new QueryStatement(pipeline(ctx.pipeline()), source(ctx), at.line(), at.column());
    }

    private Pipeline pipeline(QueryParser.PipelineContext ctx) {
        Head head = (Head) visit(ctx.head());
        List<Stage> stages = new ArrayList<>();
        if (ctx.WHERE() != null) {
            stages.add(new Stage.Where(condition(ctx.condition())));
        }
        for (QueryParser.StageContext s : ctx.stage()) {
            stages.add((Stage) visit(s));
        }
        return new Pipeline(head, stages);
    }

    // ---- heads

    @Override
    public Head visitSourcesHead(QueryParser.SourcesHeadContext ctx) {
        return new Head.Sources();
    }

    @Override
    public Head visitEntitiesHead(QueryParser.EntitiesHeadContext ctx) {
        return new Head.Entities(sourceRef(ctx.sourceRef()));
    }

    @Override
    public Head visitSentencesHead(QueryParser.SentencesHeadContext ctx) {
        return new Head.Sentences(sourceRef(ctx.sourceRef()));
    }

    @Override
    public Head visitMentionsHead(QueryParser.MentionsHeadContext ctx) {
        Name of = null;
        SourceRef in = null;
        for (QueryParser.MentionFilterContext f : ctx.mentionFilter()) {
            if (f.OF() != null) {
                of = once(of, name(f.name()), f);
            } else {
                in = once(in, sourceRef(f.sourceRef()), f);
            }
        }
        return new Head.Mentions(of, in);
    }

    @Override
    public Head visitQuotesHead(QueryParser.QuotesHeadContext ctx) {
        Name by = null;
        SourceRef in = null;
        for (QueryParser.QuoteFilterContext f : ctx.quoteFilter()) {
            if (f.BY() != null) {
                by = once(by, name(f.name()), f);
            } else {
                in = once(in, sourceRef(f.sourceRef()), f);
            }
        }
        return new Head.Quotes(by, in);
    }

    @Override
    public Head visitClaimsHead(QueryParser.ClaimsHeadContext ctx) {
        return claims(ctx.claimFilter());
    }

    @Override
    public Head visitCoverageHead(QueryParser.CoverageHeadContext ctx) {
        return new Head.Coverage(claims(ctx.claimFilter()));
    }

    @Override
    public Head visitAliasesHead(QueryParser.AliasesHeadContext ctx) {
        return new Head.Aliases(name(ctx.name()));
    }

    private Head.Claims claims(List<QueryParser.ClaimFilterContext> filters) {
        Name about = null;
        SourceRef in = null;
        Head.Shared shared = null;
        SourceRef only = null;
        SourceRef missing = null;
        for (QueryParser.ClaimFilterContext f : filters) {
            if (f.ABOUT() != null) {
                about = once(about, name(f.name()), f);
            } else if (f.SHARED() != null) {
                Token n = f.NUMBER() != null ? f.NUMBER().getSymbol() : f.ALL().getSymbol();
                int count = 0;
                if (f.NUMBER() != null) {
                    try {
                        count = Integer.parseInt(n.getText());
                    } catch (NumberFormatException e) {
                        throw fail("shared by needs a whole number of sources, not " + n.getText(), n);
                    }
                    if (count < 1) {
                        throw fail("shared by needs at least 1 source, not " + n.getText(), n);
                    }
                }
                shared = once(shared, new Head.Shared(count, span(n)), f);
            } else if (f.ONLY() != null) {
                only = once(only, sourceRef(f.sourceRef()), f);
            } else if (f.MISSING() != null) {
                missing = once(missing, sourceRef(f.sourceRef()), f);
            } else {
                in = once(in, sourceRef(f.sourceRef()), f);
            }
        }
        return new Head.Claims(about, in, shared, only, missing);
    }

    @Override
    public Head visitSearchHead(QueryParser.SearchHeadContext ctx) {
        List<String> terms = new ArrayList<>();
        for (QueryParser.SearchTermContext t : ctx.searchText().searchTerm()) {
            terms.add(searchTerm(t));
        }
        return new Head.Search(String.join(" ", terms), span(ctx.searchText().getStart()),
                sourceRef(ctx.sourceRef()));
    }

    @Override
    public Head visitConflictsHead(QueryParser.ConflictsHeadContext ctx) {
        return new Head.Conflicts();
    }

    @Override
    public Head visitKeywordsHead(QueryParser.KeywordsHeadContext ctx) {
        return new Head.Keywords(sourceRef(ctx.sourceRef()));
    }

    @Override
    public Head visitVariantsHead(QueryParser.VariantsHeadContext ctx) {
        QueryParser.PhraseContext p = ctx.phrase();
        String t = p.STRING() != null ? unquote(p.STRING().getText()).strip().replaceAll("\\s+", " ") : words(p);
        return new Head.Variants(t, span(p.getStart()));
    }

    @Override
    public Head visitVariableHead(QueryParser.VariableHeadContext ctx) {
        Token t = ctx.variable().getStart();
        return new Head.Variable(t.getText(), span(t));
    }

    private String searchTerm(QueryParser.SearchTermContext t) {
        if (t.AND() != null || t.OR() != null || t.NOT() != null) {
            return t.getText().toUpperCase(Locale.ROOT);
        }
        StringBuilder b = new StringBuilder();
        if (t.STRING() != null) {
            String content = unquote(t.STRING().getText());
            if (content.contains("\"")) {
                b.append(content); // a whole Lucene query in quotes
            } else if (content.strip().contains(" ")) {
                b.append('"').append(content.strip()).append('"');
            } else {
                b.append(content.strip());
            }
        } else {
            b.append(t.getStart().getText());
        }
        if (t.TILDE() != null) {
            b.append('~');
            int numbers = t.NUMBER().size();
            boolean leadingNumber = t.STRING() == null && t.WORD() == null;
            if (numbers > (leadingNumber ? 1 : 0)) {
                b.append(t.NUMBER(numbers - 1).getText());
            }
        }
        return b.toString();
    }

    // ---- stages

    @Override
    public Stage visitWhereStage(QueryParser.WhereStageContext ctx) {
        return new Stage.Where(condition(ctx.condition()));
    }

    @Override
    public Stage visitSortStage(QueryParser.SortStageContext ctx) {
        List<Stage.SortKey> keys = new ArrayList<>();
        for (QueryParser.SortKeyContext k : ctx.sortKey()) {
            keys.add(new Stage.SortKey(column(k.column()), k.DESC() != null));
        }
        return new Stage.Sort(keys);
    }

    @Override
    public Stage visitLimitStage(QueryParser.LimitStageContext ctx) {
        Token n = ctx.NUMBER().getSymbol();
        try {
            return new Stage.Limit(Integer.parseInt(n.getText()));
        } catch (NumberFormatException e) {
            throw fail("limit needs a whole number up to " + Integer.MAX_VALUE + ", not " + n.getText(), n);
        }
    }

    @Override
    public Stage visitCountStage(QueryParser.CountStageContext ctx) {
        return new Stage.Count();
    }

    @Override
    public Stage visitGroupStage(QueryParser.GroupStageContext ctx) {
        return new Stage.GroupBy(ctx.column().stream().map(this::column).toList());
    }

    @Override
    public Stage visitSelectStage(QueryParser.SelectStageContext ctx) {
        return new Stage.Select(ctx.column().stream().map(this::column).toList());
    }

    // ---- conditions

    private Condition condition(QueryParser.ConditionContext ctx) {
        return (Condition) visit(ctx);
    }

    @Override
    public Condition visitNotCondition(QueryParser.NotConditionContext ctx) {
        return new Condition.Not(condition(ctx.condition()));
    }

    @Override
    public Condition visitParenCondition(QueryParser.ParenConditionContext ctx) {
        return condition(ctx.condition());
    }

    @Override
    public Condition visitAndCondition(QueryParser.AndConditionContext ctx) {
        return new Condition.And(condition(ctx.condition(0)), condition(ctx.condition(1)));
    }

    @Override
    public Condition visitOrCondition(QueryParser.OrConditionContext ctx) {
        return new Condition.Or(condition(ctx.condition(0)), condition(ctx.condition(1)));
    }

    @Override
    public Condition visitCompareCondition(QueryParser.CompareConditionContext ctx) {
        ColumnRef column = column(ctx.column());
        if (ctx.compareOp() == null) {
            return new Condition.Holds(column);
        }
        QueryParser.CompareOpContext op = ctx.compareOp();
        Condition.Op o = op.EQ() != null ? Condition.Op.EQ
                : op.NE() != null ? Condition.Op.NE
                : op.LT() != null ? Condition.Op.LT
                : op.LE() != null ? Condition.Op.LE
                : op.GT() != null ? Condition.Op.GT
                : op.GE() != null ? Condition.Op.GE
                : Condition.Op.CONTAINS;
        QueryParser.ValueContext v = ctx.value();
        Condition.Value value = v.STRING() != null
                ? new Condition.Value(unquote(v.STRING().getText()), true, span(v.getStart()))
                : new Condition.Value(words(v), false, span(v.getStart()));
        return new Condition.Compare(column, o, value);
    }

    // ---- leaves

    private ColumnRef column(QueryParser.ColumnContext ctx) {
        return new ColumnRef(ctx.getText().toLowerCase(Locale.ROOT), span(ctx.getStart()));
    }

    private Name name(QueryParser.NameContext ctx) {
        String t = ctx.STRING() != null ? unquote(ctx.STRING().getText()).strip().replaceAll("\\s+", " ")
                : words(ctx);
        return new Name(t, span(ctx.getStart()));
    }

    private SourceRef sourceRef(QueryParser.SourceRefContext ctx) {
        if (ctx == null) {
            return null;
        }
        String t = ctx.STRING() != null ? unquote(ctx.STRING().getText()).strip() : ctx.getText();
        return new SourceRef(t, span(ctx.getStart()));
    }

    /** The words of a rule made of WORD and NUMBER tokens, joined by single spaces. */
    private static String words(ParserRuleContext ctx) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof TerminalNode t) {
                parts.add(t.getText());
            } else if (ctx.getChild(i) instanceof QueryParser.SoftKeywordContext k) {
                parts.add(k.getText());
            }
        }
        return String.join(" ", parts);
    }

    /** A string literal's content: quotes removed, backslash escapes resolved. */
    static String unquote(String literal) {
        char open = literal.charAt(0);
        String body = literal.substring(1, literal.length() - 1);
        if (open == '\u201c') {
            return body;
        }
        StringBuilder b = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                b.append(n == open || n == '\\' ? String.valueOf(n) : "\\" + n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private <T> T once(T previous, T next, ParserRuleContext filter) {
        if (previous != null) {
            Token t = filter.getStart();
            throw fail("'" + t.getText().toLowerCase(Locale.ROOT) + "' is given twice: give it once", t);
        }
        return next;
    }

    private String source(ParserRuleContext ctx) {
        int start = ctx.getStart().getStartIndex();
        int stop = ctx.getStop() == null ? start - 1 : ctx.getStop().getStopIndex();
        return stop < start ? "" : text.substring(start, stop + 1);
    }

    private Span span(Token t) {
        return lines.span(t.getStartIndex());
    }

    private Failure fail(String message, Token t) {
        Span at = span(t);
        return new Failure(new QueryException(message, origin, at.line(), at.column(), lines.line(at.line())));
    }
}
