package org.crosscheck.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;
import org.crosscheck.query.Column;
import org.crosscheck.query.Passage;
import org.crosscheck.query.Provenance;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;

/**
 * {@code /why [RESULT] [ROW]}: why a row is in a result — the rule or score that produced it, and the source
 * passages it rests on, each with its offsets and its sentence, the passage marked with [[ ]].
 */
public final class Why {
    /** Passages shown for one row; the rest are counted. */
    static final int MAX_PASSAGES = 12;
    /** A cell longer than this is cut in the row summary. */
    static final int MAX_CELL = 60;

    private Why() {
    }

    /**
     * The explanation of one row.
     *
     * @param args {@code $N ROW}, {@code NAME ROW}, {@code ROW} (of the last result) or nothing (row 1 of the last)
     * @throws IllegalArgumentException with a message for the user when the result or row does not exist
     */
    public static String explain(Session session, String args) {
        String[] parts = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        if (parts.length > 2) {
            throw new IllegalArgumentException("Usage: /why [RESULT] [ROW], e.g. /why $4 2");
        }
        String name = null;
        String rowText = null;
        for (String p : parts) {
            if (p.matches("\\d+") && (rowText == null && (name != null || parts.length == 1))) {
                rowText = p;
            } else if (name == null) {
                name = p;
            } else {
                throw new IllegalArgumentException("Usage: /why [RESULT] [ROW], e.g. /why $4 2");
            }
        }
        List<Session.Outcome> bindings = session.bindings();
        if (bindings.isEmpty()) {
            throw new IllegalArgumentException("No results yet: run a query, then /why $1 1");
        }
        if (name == null) {
            name = bindings.get(bindings.size() - 1).name();
        }
        Optional<Table> found = session.lookup(name);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No result named " + name + "; results: "
                    + String.join(", ", bindings.stream().map(Session.Outcome::name).toList()));
        }
        Table table = found.get();
        int row;
        try {
            row = rowText == null ? 1 : Integer.parseInt(rowText);
        } catch (NumberFormatException e) {
            row = -1;
        }
        if (table.rows().isEmpty()) {
            throw new IllegalArgumentException(name + " has no rows");
        }
        if (row < 1 || row > table.rows().size()) {
            throw new IllegalArgumentException("No row " + rowText + " in " + name + ": rows are 1 to "
                    + table.rows().size());
        }
        return explain(session.model(), name, table, row);
    }

    /** The explanation of row {@code row} (1-based) of a result. */
    static String explain(CorpusModel model, String name, Table table, int row) {
        Row r = table.rows().get(row - 1);
        StringBuilder b = new StringBuilder();
        b.append(name).append(" row ").append(row).append(" of ").append(table.rows().size()).append(":\n");
        for (int c = 0; c < table.columns().size(); c++) {
            Column col = table.columns().get(c);
            if (col.sameAs() != null && table.indexOf(col.sameAs()) >= 0 && table.indexOf(col.sameAs()) != c) {
                continue; // the same value is listed under its shorter name
            }
            b.append("  ").append(col.name()).append(" = ").append(cell(r.get(c))).append('\n');
        }
        Provenance why = r.why();
        b.append("rule: ").append(why.rule() == null || why.rule().isBlank() ? "(none recorded)" : why.rule())
                .append('\n');
        List<Passage> passages = why.passages();
        if (passages.isEmpty()) {
            b.append("passages: none (this row is computed from the rows before it, not read from a source)\n");
            return b.toString();
        }
        Map<String, Source> sources = new HashMap<>();
        for (Source s : model.sources()) {
            sources.put(s.id(), s);
        }
        Map<String, List<Sentence>> sentences = new HashMap<>();
        for (Sentence s : model.sentences()) {
            sentences.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s);
        }
        b.append(passages.size() == 1 ? "passage:\n" : "passages (" + passages.size() + "):\n");
        int shown = 0;
        for (Passage p : passages) {
            if (shown++ == MAX_PASSAGES) {
                b.append("  … and ").append(passages.size() - MAX_PASSAGES).append(" more\n");
                break;
            }
            b.append("  ").append(p.source()).append(" [").append(p.start()).append(", ").append(p.end())
                    .append(")\n    ").append(marked(sources.get(p.source()),
                            sentences.getOrDefault(p.source(), List.of()), p)).append('\n');
        }
        return b.toString();
    }

    /** The sentences around a passage, on one line, with the passage between [[ and ]]. */
    static String marked(Source source, List<Sentence> sentences, Passage p) {
        if (source == null || p.start() < 0 || p.end() > source.text().length() || p.start() > p.end()) {
            return "[[" + oneLine(p.text() == null ? "" : p.text()) + "]]";
        }
        int from = p.start();
        int to = p.end();
        for (Sentence s : sentences) {
            if (s.start() <= p.end() && p.start() <= s.end() && s.end() > s.start()) {
                from = Math.min(from, s.start());
                to = Math.max(to, s.end());
            }
        }
        String text = source.text();
        return oneLine(text.substring(from, p.start())) + "[[" + oneLine(text.substring(p.start(), p.end())) + "]]"
                + oneLine(text.substring(p.end(), to));
    }

    private static String cell(Object v) {
        String s = v == null ? "" : v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList())
                : v.toString();
        s = oneLine(s);
        return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
