package org.crosscheck.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Source;
import org.crosscheck.query.Bindings;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.Evaluator;
import org.crosscheck.query.QueryException;
import org.crosscheck.query.QueryLanguage;
import org.crosscheck.query.Table;
import org.crosscheck.query.Vocabulary;
import org.crosscheck.query.ast.Let;
import org.crosscheck.query.ast.Statement;

/**
 * The engine of a shell session, apart from any terminal: it evaluates snippets against a corpus model, numbers
 * their results {@code $1, $2, …}, keeps {@code let} bindings and the list of snippets. Thread-safe enough for a
 * REPL: one thread evaluates while another may {@link #cancel()}.
 */
public final class Session implements Bindings, Vocabulary {
    /** The origin of text typed in the shell or given with -e. */
    public static final String INPUT = "<input>";

    /** A statement this session evaluated, numbered from 1; {@code name} is what its result is bound to. */
    public record Snippet(int id, String name, String text) {
    }

    /** One evaluated statement: the name its result is bound to ($N or the let name), its text and result. */
    public record Outcome(String name, String text, Table table, boolean let, long millis) {
    }

    private final CorpusModel model;
    private final Evaluator evaluator;
    private final List<Snippet> snippets = new ArrayList<>();
    private final Map<String, Outcome> bindings = new LinkedHashMap<>();
    private int results;
    private volatile Cancel running;
    private volatile List<String> entityNames;

    public Session(CorpusModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.evaluator = new Evaluator(model);
    }

    public CorpusModel model() {
        return model;
    }

    /** Evaluates typed text (origin {@value #INPUT}) and returns the outcomes of all its statements. */
    public List<Outcome> eval(String text) throws QueryException {
        List<Outcome> all = new ArrayList<>();
        eval(text, INPUT, all::add);
        return all;
    }

    /**
     * Parses {@code text} and evaluates its statements in order, handing each outcome to {@code each} as soon as
     * it is ready. Stops at the first error; statements before it keep their results.
     *
     * @param origin the file name for error positions, or {@value #INPUT}
     * @throws QueryException        a syntax error (nothing evaluated) or the first evaluation error
     * @throws CancellationException when {@link #cancel()} stopped it
     */
    public void eval(String text, String origin, Consumer<Outcome> each) throws QueryException {
        eval(text, origin, new Cancel(), each);
    }

    /**
     * Like {@link #eval(String, String, Consumer)}, stopping when {@code cancel} is cancelled (by a Ctrl-C
     * handler, say) — also when that happens before evaluation begins.
     */
    public void eval(String text, String origin, Cancel cancel, Consumer<Outcome> each) throws QueryException {
        running = cancel;
        try {
            cancel.check();
            List<Statement> statements = QueryLanguage.parse(text, origin);
            for (Statement statement : statements) {
                cancel.check();
                long start = System.nanoTime();
                Table table = evaluator.evaluate(statement, this, cancel, origin);
                cancel.check();
                long millis = (System.nanoTime() - start) / 1_000_000;
                Outcome outcome = record(statement, table, millis);
                each.accept(outcome);
            }
        } finally {
            running = null;
        }
    }

    private synchronized Outcome record(Statement statement, Table table, long millis) {
        boolean let = statement instanceof Let;
        String name = let ? ((Let) statement).name() : "$" + (++results);
        Outcome outcome = new Outcome(name, statement.text(), table, let, millis);
        bindings.remove(name); // a rebound name moves to the end
        bindings.put(name, outcome);
        snippets.add(new Snippet(snippets.size() + 1, name, statement.text()));
        return outcome;
    }

    /** Stops the running evaluation, if any, at its next check. */
    public void cancel() {
        Cancel c = running;
        if (c != null) {
            c.cancel();
        }
    }

    /** Whether an evaluation is under way. */
    public boolean busy() {
        return running != null;
    }

    /** This session's evaluated statements, in order. */
    public synchronized List<Snippet> snippets() {
        return List.copyOf(snippets);
    }

    /** The current bindings ($N and let names), oldest first. */
    public synchronized List<Outcome> bindings() {
        return List.copyOf(bindings.values());
    }

    @Override
    public synchronized Optional<Table> lookup(String name) {
        Outcome o = bindings.get(name);
        if (o == null && !name.startsWith("$")) {
            for (Map.Entry<String, Outcome> e : bindings.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    o = e.getValue();
                }
            }
        }
        return Optional.ofNullable(o).map(Outcome::table);
    }

    /**
     * Entity names and aliases for completion, and also each capitalised word of a name that belongs to one
     * entity only ("Sybiha" for "Andrii Sybiha"): a query may name an entity by such a word.
     */
    @Override
    public Collection<String> entityNames() {
        List<String> names = entityNames;
        if (names == null) {
            Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            Map<String, Set<String>> owners = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Entity e : model.entities()) {
                List<String> own = new ArrayList<>();
                own.add(e.name());
                own.addAll(e.aliases());
                all.addAll(own);
                for (String n : own) {
                    for (String w : n.split("[\\s\u00a0]+")) {
                        if (w.length() >= 3 && Character.isUpperCase(w.codePointAt(0))
                                && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
                            owners.computeIfAbsent(w, k -> new HashSet<>()).add(e.id());
                        }
                    }
                }
            }
            owners.forEach((word, ids) -> {
                if (ids.size() == 1) {
                    all.add(word);
                }
            });
            names = List.copyOf(all);
            entityNames = names;
        }
        return names;
    }

    @Override
    public Collection<String> sourceIds() {
        return model.sources().stream().map(Source::id).toList();
    }

    @Override
    public synchronized Collection<String> variables() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(bindings.keySet()));
    }
}
