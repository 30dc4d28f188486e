// The crosscheck query language: the one source of its syntax.
//
// A script is statements separated by ';' or line breaks. A line break ends a statement only where the statement
// could end (after a name, number, string, ')' or a keyword such as 'quotes', 'count', 'desc'), not inside
// parentheses, and not when the next line starts with '|' — so a pipeline may run over several lines.
// Comments run from '#' or '--' to the end of the line.
//
// Lines of the form  //: FORM — description  document the form below them: the help command reads them.
grammar Query;

options { caseInsensitive = true; }

@lexer::members {
    private int depth;
    private Token last;
    private Token beforeLast;

    @Override
    public void reset() {
        super.reset();
        depth = 0;
        last = null;
        beforeLast = null;
    }

    @Override
    public Token nextToken() {
        while (true) {
            Token t = super.nextToken();
            int type = t.getType();
            if (type == NL && (depth > 0 || last == null || !endsStatement() || pipeFollows())) {
                continue;
            }
            if (type == LPAREN) {
                depth++;
            } else if (type == RPAREN && depth > 0) {
                depth--;
            }
            beforeLast = last;
            last = t;
            return t;
        }
    }

    /** Whether the last token can end a statement, so that a line break after it separates statements. */
    private boolean endsStatement() {
        switch (last.getType()) {
            case WORD: case NUMBER: case STRING: case UNTERMINATED_STRING: case VAR: case RPAREN:
            case SOURCES: case ENTITIES: case MENTIONS: case QUOTES: case CLAIMS: case SENTENCES:
            case CONFLICTS: case KEYWORDS: case COUNT: case ASC: case DESC:
            case COVERAGE: case ALL: case ALIASES: case SHARED: case ONLY: case MISSING: case FROM:
                return true;
            case TILDE: // fuzzy search 'Zelenskyy~' ends a statement; 'text ~' in a condition does not
                return beforeLast != null && beforeLast.getStopIndex() + 1 == last.getStartIndex();
            default:
                return false;
        }
    }

    /** Whether the next line that is not blank or a comment starts with '|' (it continues the pipeline). */
    private boolean pipeFollows() {
        int i = 1;
        while (true) {
            int c = _input.LA(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00a0') {
                i++;
            } else if (c == '#' || (c == '-' && _input.LA(i + 1) == '-')) {
                while (_input.LA(i) != '\n' && _input.LA(i) != IntStream.EOF) {
                    i++;
                }
            } else {
                return c == '|';
            }
        }
    }
}

script
    : statement? (sep statement?)* EOF
    ;

sep
    : SEMI
    | NL
    ;

statement
    //: let NAME = QUERY — keep a result under a name, then use the name as a query: NAME | count
    : LET WORD EQ pipeline                              # letStatement
    | pipeline                                          # queryStatement
    ;

pipeline
    //: QUERY | STAGE | … — a query's rows shaped by stages, in order; a pipeline may go on over lines that start with '|'
    : head (WHERE condition)? (PIPE stage)*
    ;

head
    //: sources — one row per source: id, title, words (+ outlet, date, url, author when the sources have them)
    : SOURCES                                           # sourcesHead
    //: entities [in SOURCE] — people, organisations, places … with aliases, sources and mention counts
    | ENTITIES (IN sourceRef)?                          # entitiesHead
    //: mentions [of NAME] [in SOURCE] — every mention of an entity, with source and offsets
    | MENTIONS mentionFilter*                           # mentionsHead
    //: quotes [by NAME] [in SOURCE] — quotations, by speaker, in one source
    | QUOTES quoteFilter*                               # quotesHead
    //: claims [about NAME] [in SOURCE] — claims grouped across sources; those that mention an entity; in a source
    //: claims shared by N|all — claim groups that at least N sources (or every source) report
    //: claims only in SOURCE — claim groups that only that source reports
    //: claims missing from SOURCE — claim groups that at least two other sources report and that source does not
    | CLAIMS claimFilter*                               # claimsHead
    //: coverage — claim groups × sources: a mark for each source that reports the claim, most widely reported first
    | COVERAGE claimFilter*                             # coverageHead
    //: sentences [in SOURCE] — sentences, with a boilerplate flag (paywall, bio, newsletter …) and its reason
    | SENTENCES (IN sourceRef)?                         # sentencesHead
    //: search TEXT [in SOURCE] — full text as key-word-in-context lines: "a phrase", "a b"~3, Chin*, Zelenskyy~
    | SEARCH searchText (IN sourceRef)?                 # searchHead
    //: conflicts — where sources give one thing different values: counts ("six" or "two" soldiers), titles
    | CONFLICTS                                         # conflictsHead
    //: keywords in SOURCE — the words one source uses far more than the others (log-likelihood)
    | KEYWORDS IN sourceRef                             # keywordsHead
    //: variants [of] TEXT — every source's rendering of the quote that contains TEXT: diff against the usual one, kind
    | VARIANTS OF? phrase                               # variantsHead
    //: aliases of NAME — the names each source uses for one entity (Zelensky, Zelenskyy …), with counts
    | ALIASES OF name                                   # aliasesHead
    //: NAME or $N — a result kept with let, or the Nth result shown in this session
    | variable                                          # variableHead
    ;

mentionFilter
    : OF name
    | IN sourceRef
    ;

quoteFilter
    : BY name
    | IN sourceRef
    ;

claimFilter
    : ABOUT name
    | IN sourceRef
    | SHARED BY (NUMBER | ALL)
    | ONLY IN sourceRef
    | MISSING FROM sourceRef
    ;

stage
    //: where CONDITION — keep the rows where it holds: = != < <= > >= ~ (contains), and, or, not, ( ); a list column compares by its size, list ~ text tests its elements; also without '|' right after a query
    : WHERE condition                                   # whereStage
    //: sort by COLUMN [asc|desc], … — order the rows (a list column sorts by its size)
    | SORT BY sortKey (COMMA sortKey)*                  # sortStage
    //: limit N — only the first N rows
    | LIMIT NUMBER                                      # limitStage
    //: count — the number of rows, as one row with one column 'count'
    | COUNT                                             # countStage
    //: group by COLUMN, … — one row per distinct value, with a count, largest first
    | GROUP BY column (COMMA column)*                   # groupStage
    //: select COLUMN, … — only these columns, in this order
    | SELECT column (COMMA column)*                     # selectStage
    ;

sortKey
    : column (ASC | DESC)?
    ;

condition
    : NOT condition                                     # notCondition
    | LPAREN condition RPAREN                           # parenCondition
    | column (compareOp value)?                         # compareCondition
    | condition AND condition                           # andCondition
    | condition OR condition                            # orCondition
    ;

compareOp
    : EQ | NE | LT | LE | GT | GE | TILDE
    ;

value
    : STRING
    | (WORD | NUMBER | softKeyword)+
    ;

// Words that are keywords only in one place, and stay usable as plain words elsewhere.
softKeyword
    : COVERAGE | ALIASES | SHARED | ONLY | MISSING | FROM | ALL
    ;

column
    : WORD | NUMBER | SOURCES | ENTITIES | MENTIONS | QUOTES | CLAIMS | SENTENCES | COUNT | KEYWORDS | CONFLICTS | VARIANTS
    | softKeyword
    ;

name
    : STRING
    | (WORD | NUMBER)+
    ;

phrase
    : STRING
    | (WORD | NUMBER | softKeyword)+
    ;

sourceRef
    : STRING
    | WORD
    | NUMBER
    ;

variable
    : WORD
    | VAR
    ;

searchText
    : searchTerm+
    ;

searchTerm
    : (STRING | WORD | NUMBER) (TILDE NUMBER?)?
    | AND
    | OR
    | NOT
    ;

// Keywords: where a pipeline starts first (error messages list them in this order).
SOURCES   : 'sources' ;
ENTITIES  : 'entities' ;
MENTIONS  : 'mentions' ;
QUOTES    : 'quotes' ;
CLAIMS    : 'claims' ;
SENTENCES : 'sentences' ;
SEARCH    : 'search' ;
CONFLICTS : 'conflicts' ;
KEYWORDS  : 'keywords' ;
VARIANTS  : 'variants' ;
COVERAGE  : 'coverage' ;
ALIASES   : 'aliases' ;
LET       : 'let' ;
OF        : 'of' ;
BY        : 'by' ;
IN        : 'in' ;
ABOUT     : 'about' ;
SHARED    : 'shared' ;
ONLY      : 'only' ;
MISSING   : 'missing' ;
FROM      : 'from' ;
ALL       : 'all' ;
WHERE     : 'where' ;
SORT      : 'sort' ;
LIMIT     : 'limit' ;
COUNT     : 'count' ;
GROUP     : 'group' ;
SELECT    : 'select' ;
ASC       : 'asc' ;
DESC      : 'desc' ;
AND       : 'and' ;
OR        : 'or' ;
NOT       : 'not' ;

PIPE   : '|' ;
SEMI   : ';' ;
COMMA  : ',' ;
LPAREN : '(' ;
RPAREN : ')' ;
EQ     : '=' | '==' ;
NE     : '!=' | '<>' ;
LE     : '<=' ;
GE     : '>=' ;
LT     : '<' ;
GT     : '>' ;
TILDE  : '~' ;

VAR    : '$' [0-9]+ ;
NUMBER : [0-9]+ ('.' [0-9]+)? ;
STRING
    : '"' (~["\\] | '\\' .)* '"'
    | '\'' (~['\\] | '\\' .)* '\''
    | '\u201c' ~[\u201d]* '\u201d'
    ;
UNTERMINATED_STRING
    : '"' (~["\\] | '\\' .)* '\\'?
    | '\'' (~['\\] | '\\' .)* '\\'?
    | '\u201c' ~[\u201d]*
    ;
WORD   : [\p{L}\p{N}_] [\p{L}\p{N}_.'\u2019*?-]* ;

COMMENT : ('#' | '--') ~[\n]* -> skip ;
NL      : '\n' ;
WS      : [ \t\r\u00a0\ufeff]+ -> skip ;
ERROR_CHAR : . ;
