package org.crosscheck.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.FileProblem;
import org.crosscheck.model.Source;
import org.crosscheck.query.Column;
import org.crosscheck.query.Help;
import org.crosscheck.query.Provenance;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.crosscheck.render.Format;
import org.crosscheck.render.Renderer;
import org.jline.reader.History;

/** The shell's commands, one small class each. */
public final class Commands {
    private Commands() {
    }

    /** All commands, in the order /help lists them. */
    public static List<Command> all() {
        return List.of(new HelpCmd(), new ListCmd(), new VarsCmd(), new HistoryCmd(), new SaveCmd(), new OpenCmd(),
                new FormatCmd(), new TimingCmd(), new SourcesCmd(), new WhyCmd(), new ExportCmd(), new ExitCmd());
    }

    static String names(List<Command> commands) {
        return commands.stream().map(Command::name).collect(Collectors.joining(", "));
    }

    /** {@code /help [topic]}: commands and language topics; the text of one topic or command. */
    static final class HelpCmd implements Command {
        public String name() {
            return "/help";
        }

        public String arguments() {
            return "[topic]";
        }

        public String summary() {
            return "the commands and the query language; /help TOPIC for one topic";
        }

        public void run(Repl repl, String args) {
            PrintWriter out = repl.out();
            if (args.isEmpty()) {
                out.println("Type a query, or a command:");
                for (Command c : repl.commands()) {
                    String usage = c.name() + (c.arguments().isEmpty() ? "" : " " + c.arguments());
                    out.printf("  %-34s %s%n", usage, c.summary());
                }
                List<String> topics = Help.topics();
                if (!topics.isEmpty()) {
                    out.println();
                    out.println("Queries (a source, then stages after '|'):");
                    Help.text(null).lines().forEach(l -> out.println("  " + l));
                    out.println();
                    out.println("Topics (/help TOPIC): " + String.join(", ", topics));
                }
                out.println();
                out.println("Tab completes, Ctrl-R searches history, Ctrl-C cancels a running query, Ctrl-D exits.");
                return;
            }
            String topic = args.strip();
            for (Command c : repl.commands()) {
                if (c.name().equalsIgnoreCase(topic) || c.name().equalsIgnoreCase("/" + topic)) {
                    out.println(c.name() + (c.arguments().isEmpty() ? "" : " " + c.arguments()) + "  — "
                            + c.summary());
                    return;
                }
            }
            String text = Help.text(topic);
            if (text == null) {
                for (String t : Help.topics()) {
                    if (t.equalsIgnoreCase(topic)) {
                        text = Help.text(t);
                    }
                }
            }
            if (text == null) {
                out.println("No help on '" + topic + "'. Topics: " + String.join(", ", Help.topics())
                        + "; commands: " + names(repl.commands()));
            } else {
                out.println(text.stripTrailing());
            }
        }

        public List<String> complete(Repl repl, String typed) {
            List<String> all = new ArrayList<>(Help.topics());
            repl.commands().forEach(c -> all.add(c.name().substring(1)));
            return all;
        }
    }

    /** {@code /list}: this session's snippets, numbered. */
    static final class ListCmd implements Command {
        public String name() {
            return "/list";
        }

        public String arguments() {
            return "";
        }

        public String summary() {
            return "this session's statements, numbered";
        }

        public void run(Repl repl, String args) {
            List<Session.Snippet> snippets = repl.session().snippets();
            if (snippets.isEmpty()) {
                repl.out().println("No statements yet.");
            }
            for (Session.Snippet s : snippets) {
                String label = String.format("%4d : ", s.id());
                String indent = " ".repeat(label.length());
                String text = s.text().strip().replace("\n", "\n" + indent);
                repl.out().println(label + text + (s.name().startsWith("$") ? "   // " + s.name() : ""));
            }
        }
    }

    /** {@code /vars}: bound names with their row counts and queries. */
    static final class VarsCmd implements Command {
        public String name() {
            return "/vars";
        }

        public String arguments() {
            return "";
        }

        public String summary() {
            return "results and let names, with their row counts and queries";
        }

        public void run(Repl repl, String args) {
            List<Session.Outcome> bound = repl.session().bindings();
            if (bound.isEmpty()) {
                repl.out().println("No results yet.");
            }
            int w = bound.stream().mapToInt(o -> o.name().length()).max().orElse(0);
            for (Session.Outcome o : bound) {
                int rows = o.table().rows().size();
                repl.out().printf("  %-" + w + "s  %6s  %s%n", o.name(), rows + (rows == 1 ? " row " : " rows"),
                        o.text().strip().replaceAll("\\s*\\R\\s*", " "));
            }
        }
    }

    /** {@code /history}: the lines typed, across sessions. */
    static final class HistoryCmd implements Command {
        public String name() {
            return "/history";
        }

        public String arguments() {
            return "";
        }

        public String summary() {
            return "the lines typed in this and earlier sessions";
        }

        public void run(Repl repl, String args) {
            History history = repl.history();
            for (History.Entry e : history) {
                repl.out().printf("%5d  %s%n", e.index() + 1, e.line().replace("\n", "\n       "));
            }
        }
    }

    /** {@code /save FILE}: the session's statements as a script. */
    static final class SaveCmd implements Command {
        public String name() {
            return "/save";
        }

        public String arguments() {
            return "FILE";
        }

        public String summary() {
            return "write this session's statements to a script file";
        }

        public void run(Repl repl, String args) {
            if (args.isEmpty()) {
                repl.out().println("Usage: /save FILE");
                return;
            }
            Path file = repl.resolve(args);
            StringBuilder script = new StringBuilder();
            for (Session.Snippet s : repl.session().snippets()) {
                script.append(s.text().strip()).append('\n');
            }
            try {
                Files.writeString(file, script.toString(), StandardCharsets.UTF_8);
                int n = repl.session().snippets().size();
                repl.out().println("Saved " + n + (n == 1 ? " statement to " : " statements to ") + file);
            } catch (IOException e) {
                repl.out().println("Cannot write " + file + ": " + e.getMessage());
            }
        }

        public List<String> complete(Repl repl, String typed) {
            return files(repl, typed);
        }
    }

    /** {@code /open FILE}: runs a script, stopping at its first error. */
    static final class OpenCmd implements Command {
        public String name() {
            return "/open";
        }

        public String arguments() {
            return "FILE";
        }

        public String summary() {
            return "run a script file";
        }

        public void run(Repl repl, String args) {
            if (args.isEmpty()) {
                repl.out().println("Usage: /open FILE");
                return;
            }
            repl.runScript(repl.resolve(args), args);
        }

        public List<String> complete(Repl repl, String typed) {
            return files(repl, typed);
        }
    }

    /** {@code /format NAME}: how results are shown. */
    static final class FormatCmd implements Command {
        public String name() {
            return "/format";
        }

        public String arguments() {
            return Arrays.stream(Format.values()).map(Format::label).collect(Collectors.joining("|"));
        }

        public String summary() {
            return "how results are shown; without an argument, the current one";
        }

        public void run(Repl repl, String args) {
            if (args.isEmpty()) {
                repl.out().println("Format: " + repl.format().label());
                return;
            }
            Format f = Format.parse(args);
            if (f == null) {
                repl.out().println("Unknown format '" + args + "'; expected one of: " + formats());
                return;
            }
            repl.format(f);
            repl.out().println("Format: " + f.label());
        }

        public List<String> complete(Repl repl, String typed) {
            return Arrays.stream(Format.values()).map(Format::label).toList();
        }

        private static String formats() {
            return Arrays.stream(Format.values()).map(Format::label).collect(Collectors.joining(", "));
        }
    }

    /** {@code /timing on|off}: elapsed time after each result. */
    static final class TimingCmd implements Command {
        public String name() {
            return "/timing";
        }

        public String arguments() {
            return "on|off";
        }

        public String summary() {
            return "show the elapsed time after each result";
        }

        public void run(Repl repl, String args) {
            switch (args.toLowerCase(Locale.ROOT)) {
                case "on" -> repl.timing(true);
                case "off" -> repl.timing(false);
                case "" -> { }
                default -> {
                    repl.out().println("Usage: /timing on|off");
                    return;
                }
            }
            repl.out().println("Timing: " + (repl.timing() ? "on" : "off"));
        }

        public List<String> complete(Repl repl, String typed) {
            return List.of("on", "off");
        }
    }

    /** {@code /why [RESULT] [ROW]}: the rule and the source passages behind one row. */
    static final class WhyCmd implements Command {
        public String name() {
            return "/why";
        }

        public String arguments() {
            return "[RESULT] [ROW]";
        }

        public String summary() {
            return "why a row is in a result: its rule or score and its source passages, e.g. /why $4 2";
        }

        public void run(Repl repl, String args) {
            try {
                repl.out().print(Why.explain(repl.session(), args));
            } catch (IllegalArgumentException e) {
                repl.out().println(e.getMessage());
            }
        }

        public List<String> complete(Repl repl, String typed) {
            return repl.session().bindings().stream().map(Session.Outcome::name)
                    .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT))).toList();
        }
    }

    /** {@code /export html FILE [RESULT]}: the corpus report, or one result, as an HTML page. */
    static final class ExportCmd implements Command {
        public String name() {
            return "/export";
        }

        public String arguments() {
            return "html FILE [RESULT]";
        }

        public String summary() {
            return "write an HTML report of the corpus, or of a result ($3), to FILE";
        }

        public void run(Repl repl, String args) {
            try {
                repl.out().println(Export.run(repl.session(),
                        repl.workspace() == null ? null : repl.workspace().corpus(), args));
            } catch (IllegalArgumentException e) {
                repl.out().println(e.getMessage());
            }
        }

        public List<String> complete(Repl repl, String typed) {
            if (!typed.contains(" ")) {
                return "html".startsWith(typed.toLowerCase(Locale.ROOT)) ? List.of("html") : List.of();
            }
            return List.of();
        }
    }

    /** {@code /sources}: the corpus's articles and the files ingest had trouble with. */
    static final class SourcesCmd implements Command {
        public String name() {
            return "/sources";
        }

        public String arguments() {
            return "";
        }

        public String summary() {
            return "the corpus's sources, and files that were skipped or repaired";
        }

        public void run(Repl repl, String args) {
            List<Source> sources = repl.session().model().sources();
            Table table = new Table(List.of(new Column("id", Column.Type.TEXT),
                    new Column("outlet", Column.Type.TEXT), new Column("words", Column.Type.NUMBER),
                    new Column("title", Column.Type.TEXT)),
                    sources.stream().map(s -> new Row(Arrays.asList(s.id(), outlet(s), s.words(), s.title()),
                            Provenance.NONE)).toList());
            repl.out().print(Renderer.of(repl.format(), repl.width()).render(table, "/sources"));
            List<FileProblem> problems = repl.session().model().problems();
            if (!problems.isEmpty()) {
                repl.out().println();
                repl.out().println("Files with problems:");
                for (FileProblem p : problems) {
                    repl.out().println("  " + p.path() + ": " + p.message() + (p.skipped() ? " (skipped)" : ""));
                }
            }
            if (repl.workspace() != null) {
                repl.out().println("Corpus " + repl.workspace().corpus() + ", index " + repl.workspace().index());
            }
        }

        private static String outlet(Source s) {
            Map<String, String> meta = s.meta();
            for (String key : List.of("outlet", "source", "publisher", "site")) {
                if (meta.containsKey(key)) {
                    return meta.get(key);
                }
            }
            return "";
        }
    }

    /** {@code /exit}. */
    static final class ExitCmd implements Command {
        public String name() {
            return "/exit";
        }

        public String arguments() {
            return "";
        }

        public String summary() {
            return "leave the shell (or Ctrl-D)";
        }

        public void run(Repl repl, String args) {
            repl.exit();
        }
    }

    /** File names under the folder of what was typed, for /open and /save. */
    static List<String> files(Repl repl, String typed) {
        int slash = typed.lastIndexOf('/');
        String dirPart = slash >= 0 ? typed.substring(0, slash + 1) : "";
        Path dir = repl.resolve(dirPart.isEmpty() ? "." : dirPart);
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    String name = p.getFileName().toString();
                    names.add(dirPart + name + (Files.isDirectory(p) ? "/" : ""));
                }
            } catch (IOException e) {
                // no candidates
            }
        }
        names.sort(null);
        return names;
    }
}
