package org.crosscheck.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.QueryException;
import org.crosscheck.query.Suggestion;
import org.crosscheck.render.Format;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * The interactive shell on a JLine terminal: prompt {@code crosscheck> }, {@code ...> } while a query continues,
 * persistent history, Tab completion, highlighting, /commands. Queries run on a worker thread so Ctrl-C can
 * cancel them; errors are printed and the session goes on.
 */
public final class Repl implements AutoCloseable {
    public static final String PROMPT = "crosscheck> ";
    public static final String CONTINUATION = "...> ";

    private final Session session;
    private final Terminal terminal;
    private final LineReader reader;
    private final List<Command> commands = Commands.all();
    private final Completer completer = makeCompleter();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crosscheck-query");
        t.setDaemon(true);
        return t;
    });
    private Workspace workspace;
    private Format format = Format.TABLE;
    private boolean timing;
    private boolean exit;

    /**
     * @param history the history file (created with its folders when missing), or null for no history file
     */
    public Repl(Session session, Terminal terminal, Path history) {
        this.session = session;
        this.terminal = terminal;
        if (terminal.getWidth() <= 0) {
            // a terminal that reports no size (some ptys, editors' shells): line editing needs a width
            terminal.setSize(new Size(80, Math.max(terminal.getHeight(), 24)));
        }
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("crosscheck")
                .parser(new ShellParser(this))
                .completer(completer)
                .highlighter(new QueryHighlighter(session))
                .history(new DefaultHistory())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.HISTORY_SIZE, 5000)
                .variable(LineReader.HISTORY_FILE_SIZE, 10000)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false);
        if (history != null) {
            try {
                Path parent = history.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                builder.variable(LineReader.HISTORY_FILE, history);
            } catch (IOException e) {
                terminal.writer().println("warning: no history file (" + e.getMessage() + ")");
            }
        }
        this.reader = builder.build();
    }

    /**
     * The history file: {@code $XDG_STATE_HOME/crosscheck/history}, else {@code ~/.local/state/crosscheck/history};
     * the system property {@code crosscheck.history} overrides both.
     */
    public static Path defaultHistoryFile() {
        String explicit = System.getProperty("crosscheck.history");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_STATE_HOME");
        Path state = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return state.resolve("crosscheck").resolve("history");
    }

    /** Reads and runs lines until /exit or Ctrl-D. */
    public int run() {
        PrintWriter out = out();
        int sources = session.model().sourceCount();
        // read the records while the user types: the prompt does not wait for them, the first query need not
        Thread warm = new Thread(() -> {
            try {
                session.model().warmUp();
                session.entityNames();
            } catch (RuntimeException e) {
                // the query that needs them will report the problem
            }
        }, "crosscheck-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        out.println("crosscheck: " + sources + (sources == 1 ? " source" : " sources")
                + ". Type /help for help, Ctrl-D to leave.");
        out.flush();
        while (!exit) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue; // Ctrl-C at the prompt: the line is dropped
            } catch (EndOfFileException e) {
                break;
            } catch (java.io.IOError | IllegalStateException e) {
                out.println("The terminal went away: " + e.getMessage());
                break;
            }
            execute(line);
        }
        saveHistory();
        return 0;
    }

    /** Runs one entry: a /command or a query snippet. */
    public void execute(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.startsWith("/")) {
            int space = indexOfWhitespace(text);
            String name = space < 0 ? text : text.substring(0, space);
            String args = space < 0 ? "" : text.substring(space).strip();
            Command command = command(name);
            if (command == null) {
                out().println("Unknown command " + name + ". Commands: " + Commands.names(commands));
            } else {
                try {
                    command.run(this, args);
                } catch (RuntimeException e) {
                    out().println("Error in " + name + ": " + e);
                }
            }
        } else {
            evaluate(line, Session.INPUT);
        }
        out().flush();
    }

    /** Runs a script file in this session, stopping at its first error. */
    public void runScript(Path file, String shownName) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            out().println("Cannot read " + shownName + ": not UTF-8 text");
            return;
        } catch (IOException e) {
            out().println("Cannot read " + shownName + ": " + (e.getMessage() == null ? e : e.getMessage()));
            return;
        }
        for (ScriptParts.Part part : ScriptParts.split(text)) {
            if (part.command()) {
                execute(part.text());
            } else if (!evaluate(part.text(), shownName)) {
                return; // stop at the first error
            }
        }
    }

    /** Evaluates text on the worker thread; Ctrl-C (SIGINT) meanwhile cancels it. */
    boolean evaluate(String text, String origin) {
        Cancel cancel = new Cancel();
        Future<?> future = worker.submit(() -> {
            session.eval(text, origin, cancel, this::show);
            return null;
        });
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> cancel.cancel());
        try {
            return waitFor(future, cancel);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    /** Waits for the evaluation and reports its error, if any; whether it succeeded. */
    private boolean waitFor(Future<?> future, Cancel cancel) {
        PrintWriter out = out();
        boolean interrupted = false;
        boolean ok = true;
        while (true) {
            try {
                future.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                cancel.cancel();
            } catch (ExecutionException e) {
                ok = false;
                Throwable cause = e.getCause();
                if (cause instanceof QueryException q) {
                    out.println(q.format());
                } else if (cause instanceof CancellationException) {
                    out.println("Query cancelled.");
                } else {
                    out.println("Internal error: " + cause);
                }
                break;
            }
        }
        out.flush();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ok;
    }

    private void show(Session.Outcome outcome) {
        PrintWriter out = out();
        out.print(Results.show(outcome, format, width(), true));
        out.print(Results.note(outcome, format));
        if (timing) {
            out.print(Results.timing(outcome));
        }
        out.flush();
    }

    private static Completer makeCompleter() {
        return (lineReader, line, candidates) -> {
            if (line instanceof ShellParser.ShellLine shellLine) {
                for (Suggestion s : shellLine.suggestions()) {
                    boolean complete = !s.value().endsWith("/");
                    candidates.add(new Candidate(s.value(), s.value(), s.kind(), s.description(), null, null,
                            complete));
                }
            }
        };
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    Command command(String name) {
        for (Command c : commands) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    /** A path as typed (with ~ for the home folder). */
    Path resolve(String typed) {
        String t = typed.strip();
        if (t.equals("~") || t.startsWith("~/")) {
            t = System.getProperty("user.home") + t.substring(1);
        }
        return Path.of(t);
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            out().println("warning: history not saved: " + e.getMessage());
        }
    }

    public Session session() {
        return session;
    }

    public List<Command> commands() {
        return commands;
    }

    public PrintWriter out() {
        return terminal.writer();
    }

    /** What Tab offers: the candidates the parser worked out for the word at the cursor. */
    Completer completer() {
        return completer;
    }

    public LineReader reader() {
        return reader;
    }

    public History history() {
        return reader.getHistory();
    }

    public Format format() {
        return format;
    }

    public void format(Format format) {
        this.format = format;
    }

    public boolean timing() {
        return timing;
    }

    public void timing(boolean on) {
        this.timing = on;
    }

    /** The workspace the session's model came from, or null; /sources shows its folders. */
    public Workspace workspace() {
        return workspace;
    }

    public void workspace(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The terminal width for laying out tables, or 0 when unknown. */
    public int width() {
        int w = terminal.getWidth();
        return Math.max(w, 0);
    }

    /** Ends the loop after the current line. */
    public void exit() {
        exit = true;
    }

    public boolean exiting() {
        return exit;
    }

    @Override
    public void close() {
        saveHistory();
        worker.shutdownNow();
    }
}
