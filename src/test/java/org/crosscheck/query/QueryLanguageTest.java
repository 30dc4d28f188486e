package org.crosscheck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.crosscheck.query.QueryLanguage.Input;
import org.crosscheck.query.ast.Head;
import org.crosscheck.query.ast.Let;
import org.crosscheck.query.ast.QueryStatement;
import org.crosscheck.query.ast.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryLanguageTest {

    private static String ast(String query) throws QueryException {
        return AstText.of(QueryLanguage.parse(query, "<input>"));
    }

    private static String one(String query) throws QueryException {
        List<Statement> s = QueryLanguage.parse(query, "<input>");
        assertEquals(1, s.size(), query);
        return AstText.of(s.get(0).pipeline());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            sources => Pipeline(Sources() [])
            entities => Pipeline(Entities(-) [])
            entities where type = person => Pipeline(Entities(-) [Where(Compare(ColumnRef("type") EQ Value("person" false)))])
            ENTITIES WHERE TYPE = PERSON => Pipeline(Entities(-) [Where(Compare(ColumnRef("type") EQ Value("PERSON" false)))])
            mentions of Sybiha => Pipeline(Mentions(Name("Sybiha") -) [])
            quotes => Pipeline(Quotes(- -) [])
            quotes by Zelensky => Pipeline(Quotes(Name("Zelensky") -) [])
            quotes in 002 => Pipeline(Quotes(- SourceRef("002")) [])
            quotes in 002 by Zelensky => Pipeline(Quotes(Name("Zelensky") SourceRef("002")) [])
            claims about Belgorod => Pipeline(Claims(Name("Belgorod") - - - -) [])
            claims in 001 => Pipeline(Claims(- SourceRef("001") - - -) [])
            claims only in 002 => Pipeline(Claims(- - - SourceRef("002") -) [])
            claims missing from 002 => Pipeline(Claims(- - - - SourceRef("002")) [])
            claims shared by all | count => Pipeline(Claims(- - Shared(0) - -) [Count()])
            coverage shared by 4 => Pipeline(Coverage(Claims(- - Shared(4) - -)) [])
            aliases of Zelensky => Pipeline(Aliases(Name("Zelensky")) [])
            `variants "clear signal"` => Pipeline(Variants("clear signal") [])
            `entities | where aliases ~ only` => Pipeline(Entities(-) [Where(Compare(ColumnRef("aliases") CONTAINS Value("only" false)))])
            sentences in 004 where boilerplate => Pipeline(Sentences(SourceRef("004")) [Where(Holds(ColumnRef("boilerplate")))])
            mentions of Volodymyr Zelensky in 000 => Pipeline(Mentions(Name("Volodymyr Zelensky") SourceRef("000")) [])
            `mentions of "Ministry of Defence"` => Pipeline(Mentions(Name("Ministry of Defence") -) [])
            `search "bank cards"` => Pipeline(Search(""bank cards"" -) [])
            `search "a b"~3` => Pipeline(Search(""a b"~3" -) [])
            search Chin* => Pipeline(Search("Chin*" -) [])
            search Zelenskyy~ => Pipeline(Search("Zelenskyy~" -) [])
            search kyiv or kiev in 003 => Pipeline(Search("kyiv OR kiev" SourceRef("003")) [])
            claims | where sources >= 3 => Pipeline(Claims(- - - - -) [Where(Compare(ColumnRef("sources") GE Value("3" false)))])
            entities | sort by sources desc => Pipeline(Entities(-) [Sort([SortKey(ColumnRef("sources") true)])])
            quotes | sort by source, start desc => Pipeline(Quotes(- -) [Sort([SortKey(ColumnRef("source") false), SortKey(ColumnRef("start") true)])])
            quotes | limit 5 => Pipeline(Quotes(- -) [Limit(5)])
            quotes | count => Pipeline(Quotes(- -) [Count()])
            quotes | group by source => Pipeline(Quotes(- -) [GroupBy([ColumnRef("source")])])
            quotes | group by source, speaker => Pipeline(Quotes(- -) [GroupBy([ColumnRef("source"), ColumnRef("speaker")])])
            quotes | select speaker, text => Pipeline(Quotes(- -) [Select([ColumnRef("speaker"), ColumnRef("text")])])
            bel | count => Pipeline(Variable("bel") [Count()])
            $3 | limit 2 => Pipeline(Variable("$3") [Limit(2)])
            `quotes where speaker ~ "zel"` => Pipeline(Quotes(- -) [Where(Compare(ColumnRef("speaker") CONTAINS Value("zel" true)))])
            """)
    void everyFormParsesToItsAst(String query, String expected) throws QueryException {
        assertEquals(expected, one(query));
    }

    @Test
    void conditionsHaveTheUsualPrecedence() throws QueryException {
        assertEquals("Pipeline(Entities(-) [Where(Or(And(Not(Compare(ColumnRef(\"type\") EQ Value(\"person\" false)))"
                        + " Compare(ColumnRef(\"mentions\") GT Value(\"2\" false))) Compare(ColumnRef(\"name\") CONTAINS"
                        + " Value(\"zel\" false))))])",
                one("entities where not type = person and mentions > 2 or name ~ zel"));
        assertEquals("Pipeline(Entities(-) [Where(And(Compare(ColumnRef(\"type\") NE Value(\"place\" false))"
                        + " Or(Holds(ColumnRef(\"aliases\")) Compare(ColumnRef(\"sources\") LE Value(\"1\" false)))))])",
                one("entities where type != place and (aliases or sources <= 1)"));
    }

    @Test
    void statementsAreSeparatedBySemicolonsAndLineBreaks() throws QueryException {
        List<Statement> s = QueryLanguage.parse("let bel = claims about Belgorod\nbel | count; sources\n\n", "x.cq");
        assertEquals(3, s.size());
        Let let = assertInstanceOf(Let.class, s.get(0));
        assertEquals("bel", let.name());
        assertEquals("let bel = claims about Belgorod", let.text());
        assertEquals(1, let.line());
        assertEquals("bel | count", s.get(1).text());
        assertEquals(2, s.get(1).line());
        assertEquals(1, s.get(1).column());
        assertEquals("sources", s.get(2).text());
        assertEquals(2, s.get(2).line());
        assertEquals(14, s.get(2).column());
        assertInstanceOf(QueryStatement.class, s.get(2));
    }

    @Test
    void aPipelineMayRunOverLinesWithCommentsBetween() throws QueryException {
        String script = """
                # which outlets quote Zelensky most
                quotes by Zelensky   -- all of them
                  | group by source
                  | sort by count desc
                sources
                entities where
                  type = person and
                  mentions > 1
                """;
        List<Statement> s = QueryLanguage.parse(script, "script.cq");
        assertEquals(3, s.size());
        assertEquals("Pipeline(Quotes(Name(\"Zelensky\") -) [GroupBy([ColumnRef(\"source\")]), "
                + "Sort([SortKey(ColumnRef(\"count\") true)])])", AstText.of(s.get(0).pipeline()));
        assertEquals(2, s.get(0).line());
        assertTrue(s.get(0).text().startsWith("quotes by Zelensky"));
        assertTrue(s.get(0).text().endsWith("sort by count desc"));
        assertEquals(5, s.get(1).line());
        assertEquals(6, s.get(2).line());
        assertEquals("entities where\n  type = person and\n  mentions > 1", s.get(2).text());
    }

    @Test
    void aLineBreakEndsAStatementOnlyWhereItCouldEnd() throws QueryException {
        List<Statement> s = QueryLanguage.parse("search Zelenskyy~\nquotes", "<input>");
        assertEquals(2, s.size());
        assertEquals("Zelenskyy~", ((Head.Search) s.get(0).pipeline().head()).query());
        s = QueryLanguage.parse("entities where name ~\n  zel\nsources", "<input>");
        assertEquals(2, s.size());
        assertEquals("Pipeline(Entities(-) [Where(Compare(ColumnRef(\"name\") CONTAINS Value(\"zel\" false)))])",
                AstText.of(s.get(0).pipeline()));
        s = QueryLanguage.parse("entities where (type = person\n or type = org)\n\n\nsources\r\n", "<input>");
        assertEquals(2, s.size());
        assertEquals(5, s.get(1).line());
        assertEquals(0, QueryLanguage.parse("\n\n  # nothing\n;;\n", "<input>").size());
        assertEquals(1, QueryLanguage.parse("\ufeffsources", "<input>").size());
    }

    @Test
    void searchTextKeepsLuceneSyntax() throws QueryException {
        Head.Search s = (Head.Search) QueryLanguage.parse("search \"Chin*\" AND \"bank cards\"", "<input>").get(0)
                .pipeline().head();
        assertEquals("Chin* AND \"bank cards\"", s.query());
        Head.Search quoted = (Head.Search) QueryLanguage.parse("search '\"two Chinese\"~2'", "<input>").get(0)
                .pipeline().head();
        assertEquals("\"two Chinese\"~2", quoted.query());
    }

    private static QueryException error(String text) {
        return assertThrows(QueryException.class, () -> QueryLanguage.parse(text, "q.cq"), text);
    }

    @Test
    void errorsSayWhereAndWhatWasExpected() {
        QueryException e = error("quotes in");
        assertEquals("expected a source id or name after 'in'", e.getMessage());
        assertEquals("q.cq", e.origin());
        assertEquals(1, e.line());
        assertEquals(10, e.column());
        assertEquals("quotes in", e.lineText());

        e = error("sources\nquotes in |");
        assertEquals("expected a source id or name after 'in', found '|'", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(11, e.column());
        assertEquals("quotes in |", e.lineText());
        assertEquals("q.cq:2:11: expected a source id or name after 'in', found '|'\n  quotes in |\n            ^",
                e.format());

        e = error("| limit 5");
        assertEquals("expected one of: sources, entities, mentions, quotes, claims, sentences, search, conflicts, "
                + "keywords, variants, coverage, aliases, let, a variable, found '|'", e.getMessage());
        assertEquals(1, e.column());

        e = error("sources;\n  search \"bank cards");
        assertTrue(e.getMessage().startsWith("unterminated string"), e.getMessage());
        assertEquals(2, e.line());
        assertEquals(10, e.column());

        assertEquals("expected '|' before 'limit'", error("quotes by Zelensky limit 5").getMessage());
        assertEquals("expected an entity name after 'of'", error("mentions of").getMessage());
        assertEquals("expected a number after 'limit', found 'x'", error("quotes | limit x").getMessage());
        assertEquals("expected one of: where, sort, limit, count, group, select after '|'",
                error("quotes |").getMessage());
        assertEquals("expected a column name after 'by'", error("quotes | sort by").getMessage());
        assertEquals("expected one of: a column name, not, '(' after 'where'", error("entities where").getMessage());
        assertEquals("unexpected character '@'", error("quotes @").getMessage());

        assertEquals("'quote' is not a query here; did you mean 'quotes'?", error("quote by Zelensky").getMessage());
        assertEquals("'claim' is not a query here; did you mean 'claims'?", error("claim about Belgorod").getMessage());

        e = error("quotes by A by B");
        assertEquals("'by' is given twice: give it once", e.getMessage());
        assertEquals(13, e.column());
    }

    @Test
    void checkTellsCompleteFromUnfinishedFromWrong() {
        for (String complete : List.of("sources", "quotes by Zelensky | count", "", "  # only a comment",
                "let bel = claims about Belgorod", "quotes;", "search \"bank cards\"")) {
            assertEquals(Input.COMPLETE, QueryLanguage.check(complete), complete);
        }
        for (String unfinished : List.of("quotes |", "quotes | where", "entities | sort by", "search \"bank",
                "entities where (type = person", "let x =", "mentions of", "quotes in", "entities where type =",
                "quotes |\n  where speaker ~", "let")) {
            assertEquals(Input.INCOMPLETE, QueryLanguage.check(unfinished), unfinished);
        }
        for (String wrong : List.of("| count", "quotes @", "quotes by A by B", "quotes | limit x",
                "quotes by Zelensky limit 5", "entities where )")) {
            assertEquals(Input.INVALID, QueryLanguage.check(wrong), wrong);
        }
    }

    private record Words(Collection<String> entityNames, Collection<String> sourceIds, Collection<String> variables)
            implements Vocabulary {
    }

    private static final Words VOCABULARY = new Words(
            List.of("Andrii Sybiha", "Sybiha", "Volodymyr Zelensky", "Zelenskyy", "Belgorod", "Ministry of Defence"),
            List.of("000_c2f8d4d0e22b6142", "001_c223dd368594db84", "002_307f1b5bf0e7b686"),
            List.of("bel", "$1", "$2"));

    private static List<String> values(String before) {
        return QueryLanguage.complete(before, VOCABULARY).stream().map(Suggestion::value).toList();
    }

    @Test
    void completionOffersTheComparisonForms() {
        assertTrue(values("cov").contains("coverage"));
        assertTrue(values("ali").contains("aliases"));
        assertTrue(values("claims sh").contains("shared"));
        assertTrue(values("claims only ").contains("in"));
        assertTrue(values("claims missing ").contains("from"));
        assertTrue(values("claims shared by ").contains("all"));
        assertTrue(values("claims missing from 00").contains("002_307f1b5bf0e7b686"));
        assertTrue(values("aliases of Sy").contains("Sybiha"));
        assertFalse(values("entities | where name = ").contains("only"), "a soft keyword is a word in a value");
    }

    @Test
    void completionOffersWhatTheGrammarExpects() {
        assertEquals(List.of("Sybiha"), values("mentions of Sy"));
        assertEquals(List.of("Zelensky"), values("mentions of zel").subList(1, 2));
        for (String before : List.of("mentions of Sy", "quotes by z", "claims about b", "quotes in 00", "quotes | s")) {
            String word = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            for (String v : values(before)) {
                assertTrue(v.toLowerCase(java.util.Locale.ROOT).startsWith(word), v + " completes " + word);
            }
        }
        assertEquals(List.of("Zelenskyy"), values("quotes by Zelenskyy"));
        assertEquals(List.of("Zelensky"), values("quotes by Volodymyr Zel"));
        assertTrue(values("claims about ").contains("\"Ministry of Defence\""));
        assertTrue(values("claims about ").contains("Belgorod"));
        assertEquals(List.of("002_307f1b5bf0e7b686"), values("quotes in 002"));
        assertEquals(List.of("sources", "sentences", "search"), values("s"));
        assertTrue(values("").containsAll(List.of("sources", "quotes", "let", "bel", "$1")));
        assertEquals(List.of("$1", "$2"), values("$"));
        assertEquals(List.of("by", "in", "where"), values("quotes "));
        assertEquals(List.of("where", "sort", "limit", "count", "group", "select"), values("quotes | "));
        assertEquals(List.of("sort", "select"), values("quotes | s"));
        assertEquals(List.of("desc"), values("quotes | sort by start d"));
        assertTrue(values("quotes | where sp").contains("speaker"));
        assertEquals(List.of("person", "place"), values("entities where type = p"));
        assertEquals(List.of("001_c223dd368594db84"), values("quotes | where source = 001"));
        assertEquals(List.of("Zelenskyy"), values("quotes where speaker = zel"));
        assertEquals(List.of(), values("quotes @ "));
        List<Suggestion> s = QueryLanguage.complete("quo", VOCABULARY);
        assertEquals("keyword", s.get(0).kind());
        assertTrue(s.get(0).description().startsWith("quotes [by NAME] [in SOURCE]"), s.get(0).description());
    }

    @Test
    void helpComesFromTheGrammar() {
        List<String> topics = Help.topics();
        assertTrue(topics.containsAll(List.of("sources", "entities", "mentions", "quotes", "claims", "sentences",
                "search", "where", "sort", "limit", "count", "group", "select", "let")), topics.toString());
        assertTrue(Help.text("quotes").startsWith("quotes [by NAME] [in SOURCE]"), Help.text("quotes"));
        assertTrue(Help.text("QUOTES").contains("by speaker"));
        assertTrue(Help.text(null).lines().count() >= topics.size());
        assertEquals(null, Help.text("nonsense"));
        assertFalse(Help.forms().stream().anyMatch(f -> f.description().isEmpty()));
    }
}
