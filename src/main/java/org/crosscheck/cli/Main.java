package org.crosscheck.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.query.QueryException;
import org.crosscheck.query.QueryLanguage;
import org.crosscheck.render.Format;
import org.crosscheck.shell.ProgressBar;
import org.crosscheck.shell.Repl;
import org.crosscheck.shell.Results;
import org.crosscheck.shell.ScriptParts;
import org.crosscheck.shell.Session;
import org.crosscheck.shell.Workspace;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code crosscheck} command: runs queries given with -e and script files in the order given, or reads a
 * script from standard input when it is not a terminal, or starts the shell.
 * Exit status: 0 ok, 1 a query, script or corpus error, 2 a usage error.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true, subcommands = {EvalCommand.class, BenchCommand.class},
        description = {"Compare how news sources report a story: an interactive shell over a folder of articles.",
                "With -e or FILEs, runs them in the order given and exits; otherwise starts the shell "
                        + "(or reads a script from standard input when it is not a terminal)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:ok", "1:a query or script error (reported as FILE:LINE:COL), or an unreadable corpus",
                "2:a usage error (also: the corpus folder does not exist)"})
public final class Main implements Callable<Integer> {
    /** Where errors in -e queries and the shell are reported. */
    static final String INPUT = Session.INPUT;
    static final String STDIN = "<stdin>";

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "the folder of articles (default: the seeds folder of the installation)")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR",
            description = "where the index is kept (default: a folder under $XDG_CACHE_HOME/crosscheck)")
    Path index;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "how results are shown: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    /** -e queries and files, in command-line order. */
    private final List<Job> jobs = new ArrayList<>();

    private record Job(String query, Path file) {
    }

    @Option(names = {"-e", "--execute"}, paramLabel = "QUERY", description = "run this query (repeatable)")
    void execute(String query) {
        jobs.add(new Job(query, null));
    }

    @Parameters(index = "0..*", arity = "0..*", paramLabel = "FILE", description = "script files (.ccq) to run")
    void file(Path file) {
        jobs.add(new Job(null, file));
    }

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    Main(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err, isTerminal());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command with the given streams and returns its exit status.
     *
     * @param interactive whether {@code in}/{@code out} are the user's terminal (then, without -e or files,
     *                    the shell starts; otherwise the script on {@code in} is run)
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        CommandLine cl = new CommandLine(new Main(in, out, err, interactive));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOverwrittenOptionsAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((e, badArgs) -> {
            err.println("crosscheck: " + e.getMessage());
            err.println("Try 'crosscheck --help' for the options.");
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("crosscheck: internal error: " + e);
            e.printStackTrace(err);
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        Path corpusDir = corpus != null ? corpus : defaultCorpus();
        if (!Files.isDirectory(corpusDir)) {
            err.println("crosscheck: corpus folder not found: " + corpusDir
                    + (corpus == null ? " (give one with --corpus DIR)" : ""));
            return 2;
        }
        boolean shell = jobs.isEmpty() && interactive;
        // Read and check every script before the corpus is opened: a typo costs no ingest.
        List<Script> scripts = new ArrayList<>();
        if (!shell && jobs.isEmpty()) {
            scripts.add(new Script(readAll(in), STDIN));
        }
        for (Job job : jobs) {
            if (job.query() != null) {
                scripts.add(new Script(job.query(), INPUT));
                continue;
            }
            try {
                scripts.add(new Script(Files.readString(job.file(), StandardCharsets.UTF_8), job.file().toString()));
            } catch (MalformedInputException e) {
                err.println("crosscheck: " + job.file() + ": not UTF-8 text");
                return 1;
            } catch (IOException e) {
                err.println("crosscheck: cannot read " + job.file() + ": " + describe(e));
                return 1;
            }
        }
        for (Script script : scripts) {
            for (ScriptParts.Part part : ScriptParts.split(script.text())) {
                if (part.command()) {
                    if (!ScriptParts.SCRIPT_COMMANDS.contains(part.commandName())) {
                        err.println(script.origin() + ":" + part.line() + ":1: " + part.commandName()
                                + " works only in the shell; a script may use "
                                + String.join(" and ", ScriptParts.SCRIPT_COMMANDS));
                        return 1;
                    }
                    continue;
                }
                try {
                    QueryLanguage.parse(part.text(), script.origin());
                } catch (QueryException e) {
                    err.println(e.format());
                    return 1;
                }
            }
        }
        Workspace workspace;
        try {
            workspace = Workspace.open(corpusDir, index, new ProgressBar(err, interactive && stderrIsTerminal(), 0));
        } catch (IOException | RuntimeException e) {
            err.println("crosscheck: cannot open the corpus " + corpusDir + ": " + describe(e));
            return 1;
        }
        try (workspace) {
            Session session = new Session(workspace.model());
            if (shell) {
                return shell(session, workspace);
            }
            int width = interactive ? terminalWidth() : 0;
            for (Script script : scripts) {
                int code = run(session, workspace.corpus(), script, width);
                if (code != 0) {
                    return code;
                }
            }
            return 0;
        }
    }

    private record Script(String text, String origin) {
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** Runs a script, printing each query's result; stops at the first error. */
    private int run(Session session, Path corpus, Script script, int width) {
        for (ScriptParts.Part part : ScriptParts.split(script.text())) {
            if (part.command()) {
                try {
                    out.print(ScriptParts.runCommand(session, corpus, part));
                    out.flush();
                } catch (IllegalArgumentException e) {
                    out.flush();
                    err.println(script.origin() + ":" + part.line() + ":1: " + e.getMessage());
                    return 1;
                }
                continue;
            }
            try {
                session.eval(part.text(), script.origin(), outcome -> {
                    if (!outcome.let()) {
                        out.print(Results.show(outcome, format, width, false));
                        out.flush();
                        err.print(Results.note(outcome, format));
                        err.flush();
                    }
                });
            } catch (QueryException e) {
                out.flush();
                err.println(e.format());
                return 1;
            }
        }
        return 0;
    }

    private int shell(Session session, Workspace workspace) {
        try (Terminal terminal = TerminalBuilder.builder().name("crosscheck").system(true).build();
             Repl repl = new Repl(session, terminal, Repl.defaultHistoryFile())) {
            repl.workspace(workspace);
            repl.format(format);
            return repl.run();
        } catch (IOException e) {
            err.println("crosscheck: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    /** The width of the terminal the output goes to, or 0 (no limit) when unknown. */
    private static int terminalWidth() {
        try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return Math.max(0, t.getWidth());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read standard input", e);
        }
    }

    /** {@code crosscheck.home}/seeds when the launcher set it, else ./seeds. */
    static Path defaultCorpus() {
        String home = System.getProperty("crosscheck.home");
        return home != null && !home.isBlank() ? Path.of(home, "seeds") : Path.of("seeds");
    }

    /** Whether standard input and output are a terminal. */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // Java 22+: System.console() is not null when redirected; ask it
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static boolean stderrIsTerminal() {
        return System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** --version: the implementation version of the build, when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"crosscheck " + (v != null ? v : "0.1.0-SNAPSHOT"),
                    "Java " + Runtime.version() + ", GPL-3.0-or-later"};
        }
    }
}
