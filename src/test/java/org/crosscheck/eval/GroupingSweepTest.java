package org.crosscheck.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crosscheck.annotate.ClaimGrouper;
import org.crosscheck.model.Claim;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.shell.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Regroups the labelled corpora with the current grouper (run with -Dsweep=true); prints the grouping scores. */
class GroupingSweepTest {
    @Test
    void sweep() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("sweep"), "set -Dsweep=true to run");
        Path root = Path.of("").toAbsolutePath();
        List<Path> files;
        try (Stream<Path> s = Files.list(root.resolve(System.getProperty("sweep.dir", "eval/grouping")))) {
            files = s.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
        }
        int tp = 0, fp = 0, fn = 0, tn = 0, unl = 0;
        for (Path f : files) {
            Path corpus = GroupingEval.corpusOf(f, root);
            Assumptions.assumeTrue(Files.isDirectory(corpus), corpus + " absent");
            Path index = Path.of(System.getProperty("sweep.index", "/tmp/sweep-index")).resolve(corpus.getFileName().toString());
            try (Workspace w = Workspace.open(corpus, index, org.crosscheck.ingest.Progress.SILENT)) {
                CorpusModel m = w.model();
                List<Claim> claims = m.claims();
                if (Boolean.getBoolean("sweep.noroles")) { // the grouper without the roles of the dependency tree
                    claims = claims.stream().map(c -> new Claim(c.id(), c.source(), c.text(), c.start(), c.end(),
                            c.sentence(), c.group(), c.entities(), c.speaker(), c.hedges(), c.numbers(), c.subject(),
                            c.cue(), c.content(), c.predicate())).toList();
                }
                ClaimGrouper.Grouping grouping = (System.getProperty("sweep.link") == null ? new ClaimGrouper() : new ClaimGrouper(Double.parseDouble(System.getProperty("sweep.link")), Double.parseDouble(System.getProperty("sweep.join")))).group(claims, m.entities());
                List<Claim> regrouped = grouping.claims();
                java.util.Map<String, String> whys = new java.util.HashMap<>();
                grouping.groups().forEach(g -> whys.put(g.id(), g.why()));
                GroupingEval.Result r = GroupingEval.evaluate(m.sources(), m.sentences(), regrouped,
                        GroupingEval.read(f));
                String dump = System.getProperty("sweep.dump");
                if (dump != null) {
                    java.util.Map<String, List<Claim>> groups = new java.util.TreeMap<>();
                    regrouped.forEach(c -> groups.computeIfAbsent(c.group(), k -> new ArrayList<>()).add(c));
                    StringBuilder b = new StringBuilder();
                    for (List<Claim> g : groups.values()) {
                        if (g.stream().map(Claim::source).distinct().count() > 1) {
                            for (int i = 0; i < g.size(); i++) {
                                for (int j = i + 1; j < g.size(); j++) {
                                    if (!g.get(i).source().equals(g.get(j).source())) {
                                        b.append(g.get(i).source()).append(": ").append(g.get(i).text()).append("\n  ~ ")
                                                .append(g.get(j).source()).append(": ").append(g.get(j).text()).append("\n");
                                    }
                                }
                            }
                        }
                    }
                    Files.writeString(Path.of(dump + "-" + f.getFileName() + ".txt"), b.toString());
                    StringBuilder gs = new StringBuilder();
                    for (java.util.Map.Entry<String, List<Claim>> e : groups.entrySet()) {
                        if (e.getValue().stream().map(Claim::source).distinct().count() > 1) {
                            gs.append(e.getKey()).append(' ').append(whys.get(e.getKey())).append('\n');
                            for (Claim c : e.getValue()) {
                                gs.append("  ").append(c.source(), 0, Math.min(3, c.source().length())).append(' ')
                                        .append(c.id()).append(' ').append(c.content()).append('\n');
                            }
                        }
                    }
                    Files.writeString(Path.of(dump + "-groups-" + f.getFileName() + ".txt"), gs.toString());
                }
                System.out.println("SWEEP " + f.getFileName() + "  " + r.summary());
                if (Boolean.getBoolean("sweep.explain")) { // every labelled pair's closest claims, and why
                    ClaimGrouper g = new ClaimGrouper();
                    java.util.Map<String, Integer> at = new java.util.HashMap<>();
                    for (int k = 0; k < regrouped.size(); k++) {
                        at.put(regrouped.get(k).id(), k);
                    }
                    for (GroupingEval.Pair p : GroupingEval.read(f)) {
                        List<Claim> a = GroupingEval.claimsOf(m.sources(), m.sentences(), regrouped, p.sourceA(), p.snippetA());
                        List<Claim> b = GroupingEval.claimsOf(m.sources(), m.sentences(), regrouped, p.sourceB(), p.snippetB());
                        boolean together = a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.group().equals(y.group())));
                        if (a.isEmpty() || b.isEmpty() || together == p.same()) {
                            continue;
                        }
                        for (Claim x : a) {
                            for (Claim y : b) {
                                System.out.println("EXPLAIN line " + p.line() + (p.same() ? " same" : " different") + ": "
                                        + x.content() + "  ///  " + y.content() + "\n  "
                                        + g.explain(regrouped, m.entities(), at.get(x.id()), at.get(y.id())));
                            }
                        }
                    }
                }
                r.unresolved().forEach(u -> System.out.println("SWEEP   unresolved " + u));
                if (Boolean.getBoolean("sweep.errors")) {
                    r.errors().forEach(e -> System.out.println("SWEEP   wrong " + e));
                }
                tp += r.truePositives(); fp += r.falsePositives(); fn += r.falseNegatives(); tn += r.trueNegatives();
                unl += r.unlabelledGroupedPairs();
            }
        }
        GroupingEval.Result t = new GroupingEval.Result(tp, fp, fn, tn, List.of(), List.of(), unl);
        System.out.println(String.format(Locale.ROOT, "SWEEP total P %.3f R %.3f F1 %.3f unlabelled %d (tp %d fp %d fn %d)",
                t.precision(), t.recall(), t.f1(), unl, tp, fp, fn));
    }
}
