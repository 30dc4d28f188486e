package org.crosscheck.query.compare;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Objects;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Sentence;
import org.crosscheck.query.Cancel;

/**
 * What the comparisons derive from one model and reuse from one query to the next: the corpus's quotes prepared for
 * grouping ({@code variants}, and {@code conflicts}' audiences) and each sentence's words as a phrase is looked up
 * in them. Each is built on first use and kept by this object, so it lives as long as its owner (the evaluator of a
 * session) and no longer; a build that is cancelled keeps nothing.
 */
public final class Prepared {
    private final CorpusModel model;
    private QuoteVariants.Quotes quotes;
    private List<List<String>> sentenceBases;
    private Map<String, Repeats.Repeat> repeats;
    private Map<String, String> reportings;

    public Prepared(CorpusModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public CorpusModel model() {
        return model;
    }

    /** The model's quotes and the quoted words of its reported speech, prepared for grouping. */
    public synchronized QuoteVariants.Quotes quotes(Cancel cancel) {
        if (quotes == null) {
            quotes = new QuoteVariants.Quotes(QuoteVariants.renderings(model, cancel), cancel);
        }
        return quotes;
    }

    /**
     * The sources whose reporting another source repeats ({@link Repeats}), by id: the text of each source's
     * sentences that are not boilerplate, so that one outlet's paywall line does not join its articles.
     */
    public synchronized Map<String, Repeats.Repeat> repeats(Cancel cancel) {
        if (repeats == null) {
            Map<String, StringBuilder> texts = new LinkedHashMap<>();
            model.sources().forEach(s -> texts.put(s.id(), new StringBuilder()));
            for (Sentence s : model.sentences()) {
                cancel.check();
                StringBuilder b = texts.get(s.source());
                if (b != null && !s.isBoilerplate()) {
                    b.append(s.text()).append('\n');
                }
            }
            Map<String, String> plain = new LinkedHashMap<>();
            texts.forEach((id, b) -> plain.put(id, b.toString()));
            repeats = java.util.Collections.unmodifiableMap(Repeats.of(plain, cancel));
        }
        return repeats;
    }

    /** Each source in a repeat, mapped to the id of the reporting it belongs to ({@link Repeats#reportings}). */
    public synchronized Map<String, String> reportings(Cancel cancel) {
        if (reportings == null) {
            reportings = java.util.Collections.unmodifiableMap(Repeats.reportings(repeats(cancel)));
        }
        return reportings;
    }

    /** The words of each of the model's sentences (in its order) as {@link QuoteVariants#bases} gives them. */
    synchronized List<List<String>> sentenceBases(Cancel cancel) {
        if (sentenceBases == null) {
            Map<String, List<String>> memo = new HashMap<>();
            List<Sentence> sentences = model.sentences();
            List<List<String>> out = new ArrayList<>(sentences.size());
            for (Sentence s : sentences) {
                cancel.check();
                out.add(QuoteVariants.bases(QuoteVariants.words(s.text()), memo));
            }
            sentenceBases = List.copyOf(out);
        }
        return sentenceBases;
    }
}
