package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.annotate.CorpusBuilder;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.IndexStore;
import org.crosscheck.model.Source;
import org.crosscheck.query.QueryException;
import org.crosscheck.shell.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck bench}: ingest a corpus from scratch into a temporary index, open it, and time queries, in one
 * JVM; prints a Markdown table for docs/. Whole-process timings (start to prompt) are measured from outside.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure ingest, index and query speed and memory on a corpus (default: the seeds).",
                "Ingests into a temporary index (the cache is left alone), then runs each query --runs times;",
                "with --index DIR, times the queries on an index already built there instead."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "the corpus (default: the seeds)")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR",
            description = "time the queries on this existing index (as built by --corpus … --index DIR), "
                    + "without ingesting")
    Path index;

    @Option(names = "--runs", defaultValue = "20", description = "runs of each query (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = {"-q", "--query"}, paramLabel = "QUERY",
            description = "a query to time (repeatable; default: a set covering every form)")
    List<String> queries = new ArrayList<>();

    static final List<String> DEFAULT_QUERIES = List.of(
            "sources", "entities", "entities where type = person", "mentions of Zelensky", "quotes",
            "quotes by Zelensky", "claims", "claims | where sources >= 3 | sort by sources desc",
            "search \"bank cards\"", "search Chin*", "search Zelenskyy~", "quotes | group by source",
            "coverage", "claims shared by 3", "conflicts", "variants \"clear signal\"", "aliases of Zelensky");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = corpus != null ? corpus : Main.defaultCorpus();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        if (index != null) {
            if (IndexStore.storedFingerprint(index).isEmpty()) {
                spec.commandLine().getErr().println("bench: no index in " + index);
                return 2;
            }
            out.println("| measure | value |");
            out.println("|---|---|");
            long o0 = System.nanoTime();
            try (CorpusModel model = IndexStore.open(index)) {
                row(out, "index", index + " (" + model.sources().size() + " sources)");
                long opened = System.nanoTime();
                row(out, "open index", ms((opened - o0) / 1_000_000));
                readAll(model);
                row(out, "read every record", ms((System.nanoTime() - opened) / 1_000_000));
                timeQueries(out, model);
            }
            out.flush();
            return 0;
        }
        long t0 = System.nanoTime();
        Corpus c = CorpusBuilder.build(dir, Progress.SILENT);
        long built = System.nanoTime();
        System.gc();
        long heapAfterIngest = memory.getHeapMemoryUsage().getUsed();
        Path tmp = Files.createTempDirectory("crosscheck-bench");
        try {
            IndexStore.write(c, tmp, "bench", Progress.SILENT);
            long written = System.nanoTime();
            CorpusBuilder.Timing timing = CorpusBuilder.lastTiming();
            long words = c.sources().stream().mapToLong(Source::words).sum();
            out.println("| measure | value |");
            out.println("|---|---|");
            row(out, "corpus", dir + " (" + c.sources().size() + " sources, " + words + " words, "
                    + c.sentences().size() + " sentences)");
            row(out, "read files", ms(timing.read()));
            row(out, "load CoreNLP models", ms(timing.modelLoad()));
            row(out, "annotate (CoreNLP + rules)", ms(timing.annotate()) + String.format(Locale.ROOT,
                    " — %.0f words/s", words / Math.max(0.001, timing.annotate() / 1000.0)));
            row(out, "resolve entities, attribute quotes, split claims", ms(timing.resolve()));
            row(out, "group claims", ms(timing.group()));
            row(out, "ingest in all", ms((built - t0) / 1_000_000));
            row(out, "write index", ms((written - built) / 1_000_000));
            row(out, "heap in use after ingest (after GC)", mb(heapAfterIngest));
            long o0 = System.nanoTime();
            try (CorpusModel model = IndexStore.open(tmp)) {
                long opened = System.nanoTime();
                row(out, "open index", ms((opened - o0) / 1_000_000));
                readAll(model);
                row(out, "read every record", ms((System.nanoTime() - opened) / 1_000_000));
                timeQueries(out, model);
            }
            System.gc();
            row(out, "heap in use at the end (after GC)", mb(memory.getHeapMemoryUsage().getUsed()));
        } finally {
            try (var walk = Files.walk(tmp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
        return 0;
    }

    private static void readAll(CorpusModel model) {
        model.sources();
        model.sentences();
        model.entities();
        model.mentions();
        model.quotes();
        model.claims();
        model.claimGroups();
    }

    /** Runs each query {@link #runs} times on the open index and prints the median. */
    private void timeQueries(PrintWriter out, CorpusModel model) {
        Session session = new Session(model);
        for (String q : queries.isEmpty() ? DEFAULT_QUERIES : queries) {
            long[] times = new long[Math.max(1, runs)];
            for (int i = 0; i < times.length; i++) {
                long s = System.nanoTime();
                try {
                    session.eval(q);
                } catch (QueryException e) {
                    row(out, "query `" + q + "`", "error: " + e.getMessage());
                    times = null;
                    break;
                }
                times[i] = System.nanoTime() - s;
            }
            if (times != null) {
                Arrays.sort(times);
                row(out, "query `" + q.replace("|", "\\|") + "` (median of " + times.length + ")",
                        String.format(Locale.ROOT, "%.2f ms (fastest %.2f, slowest %.2f)",
                                times[times.length / 2] / 1e6, times[0] / 1e6, times[times.length - 1] / 1e6));
            }
        }
    }

    private static void row(PrintWriter out, String what, String value) {
        out.println("| " + what + " | " + value + " |");
    }

    private static String ms(long millis) {
        return String.format(Locale.ROOT, "%,d ms", millis);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }
}
