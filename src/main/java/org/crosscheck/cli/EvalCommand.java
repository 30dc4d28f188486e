package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.crosscheck.eval.AttributionEval;
import org.crosscheck.eval.GroupingEval;
import org.crosscheck.shell.ProgressBar;
import org.crosscheck.shell.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck eval …}: quality measurements against gold data (numbers in docs/quality.md). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure extraction quality against labelled data.",
        subcommands = {EvalCommand.Grouping.class, EvalCommand.Attribution.class})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** Folder the label files' "# corpus:" paths are relative to: the installation, else the working folder. */
    static Path root() {
        String home = System.getProperty("crosscheck.home");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(".");
    }

    @Command(name = "grouping", mixinStandardHelpOptions = true,
            description = {"Score claim groups against pairs labelled by hand (eval/grouping/*.tsv):",
                    "precision and recall of 'same claim' over the labelled pairs, per file and in total."})
    static final class Grouping implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "LABELS",
                description = "label files or folders of them (default: eval/grouping)")
        List<Path> labels = new ArrayList<>();

        @Option(names = "--index-root", paramLabel = "DIR",
                description = "keep each corpus's index under DIR instead of the cache folder")
        Path indexRoot;

        @Option(names = "--misses", description = "also list each labelled pair the groups get wrong")
        boolean misses;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Path> files = new ArrayList<>();
            List<Path> given = labels.isEmpty() ? List.of(root().resolve("eval/grouping")) : labels;
            for (Path p : given) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        s.filter(f -> f.toString().endsWith(".tsv")).sorted().forEach(files::add);
                    }
                } else {
                    files.add(p);
                }
            }
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            int missing = 0;
            for (Path f : files) {
                Path corpus = GroupingEval.corpusOf(f, root());
                if (!Files.isDirectory(corpus)) {
                    err.println(f + ": corpus " + corpus + " not found: skipped");
                    missing++;
                    continue;
                }
                Path index = indexRoot == null ? null : indexRoot.resolve(corpus.getFileName().toString());
                try (Workspace w = Workspace.open(corpus, index, new ProgressBar(System.err, false, 0))) {
                    GroupingEval.Result r = GroupingEval.evaluate(w.model(), GroupingEval.read(f));
                    out.println(f.getFileName() + "  " + r.summary());
                    r.unresolved().forEach(u -> out.println("  unresolved " + u));
                    if (misses) {
                        r.errors().forEach(e -> out.println("  " + e));
                    }
                    tp += r.truePositives();
                    fp += r.falsePositives();
                    fn += r.falseNegatives();
                    tn += r.trueNegatives();
                }
            }
            GroupingEval.Result total = new GroupingEval.Result(tp, fp, fn, tn, List.of(), List.of(), 0);
            out.println(String.format(Locale.ROOT, "total  pairs %d  precision %.3f  recall %.3f  F1 %.3f%s",
                    tp + fp + fn + tn, total.precision(), total.recall(), total.f1(),
                    missing > 0 ? "  (" + missing + " label files skipped: corpus absent)" : ""));
            out.flush();
            return 0;
        }
    }

    @Command(name = "attribution", mixinStandardHelpOptions = true,
            description = {"Score who-said-what against gold attributions in brat standoff (PolNeAR):",
                    "precision, recall and F1 of SOURCE, CUE and CONTENT spans, exact and overlapping.",
                    "DIR holds text/*.txt and attributions/*.ann; of several annotators' files for one article",
                    "the first in name order is the gold. The articles are read in place, never written."})
    static final class Attribution implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR",
                description = "gold folder (default: ../shared/corpora/polnear/dev)")
        Path dir;

        @Option(names = "--limit", paramLabel = "N", description = "only the first N articles in name order")
        int limit = -1;

        @Option(names = "--baseline",
                description = "also score CoreNLP's quote annotator with quote attribution (slow: depparse, coref)")
        boolean baseline;

        @Option(names = "--json", description = "print one JSON object per system instead of tables")
        boolean json;

        @Option(names = "--misses", description = "list each of our relations not exactly right (stderr)")
        boolean misses;

        @Option(names = "--no-ours", description = "skip our own attributions (with --baseline: only the baseline)")
        boolean noOurs;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path d = dir != null ? dir : root().resolve("../shared/corpora/polnear/dev").normalize();
            List<AttributionEval.Article> articles;
            try {
                articles = AttributionEval.articles(d, limit);
            } catch (IOException e) {
                err.println(e.getMessage());
                return 1;
            }
            if (articles.isEmpty()) {
                err.println(d + ": no article has both text/NAME.txt and attributions/NAME_*.ann");
                return 1;
            }
            if (!json) {
                out.println("gold: " + d + ", " + articles.size()
                        + " articles, one annotator each (the first .ann file in name order)");
                out.flush();
            }
            try {
                if (!noOurs) {
                    List<String> m = misses ? new ArrayList<>() : null;
                    AttributionEval.Run r = AttributionEval.ours(d, articles, new ProgressBar(System.err, false, 0),
                            m);
                    if (m != null) {
                        m.forEach(x -> err.println("  " + x));
                    }
                    print(out, err, "crosscheck", r);
                }
                if (baseline) {
                    AttributionEval.Run r = AttributionEval.baseline(articles, new ProgressBar(System.err, false, 0));
                    print(out, err, "baseline (CoreNLP quote + quote attribution)", r);
                }
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 1;
            }
            out.flush();
            return 0;
        }

        private void print(PrintWriter out, PrintWriter err, String name, AttributionEval.Run r) {
            r.notes().forEach(n -> err.println("  " + n));
            if (json) {
                String j = r.result().json(name);
                out.println(j.substring(0, j.length() - 1) + ",\"millis\":" + r.millis() + "}");
            } else {
                out.print(r.result().table(name));
                out.println(String.format(Locale.ROOT, "time %.1f s (%.2f s per article, model loading included)%n",
                        r.millis() / 1000.0, r.millis() / 1000.0 / Math.max(1, r.result().articles())));
            }
            out.flush();
        }
    }
}
