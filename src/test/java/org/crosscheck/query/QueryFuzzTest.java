package org.crosscheck.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.annotate.CorpusBuilder;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Entity;
import org.crosscheck.model.IndexStore;
import org.crosscheck.model.Source;
import org.crosscheck.query.ast.Let;
import org.crosscheck.query.ast.Statement;
import org.crosscheck.query.parser.QueryLexer;
import org.crosscheck.render.Format;
import org.crosscheck.render.Renderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the whole query path on the seed corpus: any script either fails with a
 * {@link QueryException} that points into the text, or parses, and then each statement either evaluates to a table
 * that every output format renders, or fails with a {@link QueryException} that says why. Nothing else may escape
 * (no NullPointerException from the visitor, no IndexOutOfBounds from a stage, no failure in a renderer).
 *
 * <p>Scripts are built from the grammar's own literal tokens (read from the generated lexer, so the fuzzer follows
 * the grammar as it changes), the corpus's entity names and source ids, numbers, quoted phrases and free text.
 * With the suite, only the saved inputs under {@code src/test/resources/org/crosscheck/query/QueryFuzzTestInputs}
 * run; {@code JAZZER_FUZZ=1 mvn test -Dtest=QueryFuzzTest} fuzzes (see {@code docs/query.md}).
 */
class QueryFuzzTest {
    private static final java.time.Duration PER_INPUT = java.time.Duration.ofSeconds(120);
    @TempDir
    static Path tmp;
    static CorpusModel model;
    static final List<String> LITERALS = new ArrayList<>();
    static final List<String> NAMES = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        IndexStore.write(CorpusBuilder.build(Path.of("seeds"), Progress.SILENT), tmp.resolve("index"), "seeds",
                Progress.SILENT);
        model = IndexStore.open(tmp.resolve("index"));
        for (int t = 1; t <= QueryLexer.VOCABULARY.getMaxTokenType(); t++) {
            String literal = QueryLexer.VOCABULARY.getLiteralName(t);
            if (literal != null) {
                LITERALS.add(literal.substring(1, literal.length() - 1).replace("\\'", "'"));
            }
        }
        for (Source s : model.sources()) {
            NAMES.add(s.id().substring(0, 3));
        }
        for (Entity e : model.entities()) {
            NAMES.add(e.name());
        }
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    /** A script of up to 40 pieces, each a grammar literal, a corpus name, a number, a phrase or free text. */
    static String script(FuzzedDataProvider data) {
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < 40 && data.remainingBytes() > 0; n++) {
            switch (data.consumeInt(0, 9)) {
                case 0, 1, 2, 3, 4 -> b.append(LITERALS.get(data.consumeInt(0, LITERALS.size() - 1)));
                case 5 -> b.append(NAMES.get(data.consumeInt(0, NAMES.size() - 1)));
                case 6 -> b.append(data.consumeInt(-3, 100));
                case 7 -> b.append('"').append(data.consumeString(12)).append('"');
                case 8 -> b.append('$').append(data.consumeInt(0, 4));
                default -> b.append(data.consumeString(6));
            }
            b.append(data.consumeBoolean() ? " " : data.consumeBoolean() ? "\n" : "");
        }
        return b.toString();
    }

    @FuzzTest(maxDuration = "5m")
    void anyScriptParsesAndRunsOrSaysWhereItFails(FuzzedDataProvider data) {
        // each input has two minutes, in the suite and while fuzzing alike (a JUnit @Timeout would bound a whole
        // fuzzing run): instrumented, one `conflicts` on the seeds takes tens of seconds
        assertTimeoutPreemptively(PER_INPUT, () -> check(data));
    }

    private static void check(FuzzedDataProvider data) {
        String text = script(data);
        String shown = text.replace("\n", "\\n");
        List<Statement> statements;
        try {
            statements = QueryLanguage.parse(text, "<fuzz>");
        } catch (QueryException e) {
            int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
            assertTrue(e.line() >= 1 && e.line() <= lines, shown + " → " + e.format());
            assertTrue(e.column() >= 1 && e.column() <= e.lineText().length() + 1, shown + " → " + e.format());
            assertFalse(e.getMessage().isBlank(), shown);
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("parse(" + shown + ") threw " + e, e);
        }
        Evaluator evaluator = new Evaluator(model);
        Map<String, Table> kept = new HashMap<>();
        List<Table> results = new ArrayList<>();
        for (Statement s : statements.subList(0, Math.min(3, statements.size()))) {
            Table t;
            try {
                t = evaluator.evaluate(s, name -> lookup(name, kept, results), new Cancel());
            } catch (QueryException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), shown + ": empty message");
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("evaluating " + shown + " threw " + e, e);
            }
            results.add(t);
            if (s instanceof Let let) {
                kept.put(let.name(), t);
            }
            for (Format f : Format.values()) {
                try {
                    String out = Renderer.of(f, f == Format.TABLE ? 100 : 0).render(t, text);
                    assertTrue(out.endsWith("\n"), f + " rendering of " + shown + " does not end with a line break");
                } catch (RuntimeException e) {
                    fail(f + " rendering of " + shown + " threw " + e, e);
                }
            }
        }
    }

    /** "$N" is the N-th result of this script, a name one of its {@code let}s. */
    private static Optional<Table> lookup(String name, Map<String, Table> kept, List<Table> results) {
        if (name.startsWith("$")) {
            try {
                int i = Integer.parseInt(name.substring(1));
                return i >= 1 && i <= results.size() ? Optional.of(results.get(i - 1)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(kept.get(name));
    }
}
