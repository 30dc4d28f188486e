package org.crosscheck.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.Progress;
import org.crosscheck.ingest.RawDocument;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;

/**
 * What the tests that build a corpus from a few real sentences share: writing files, building, finding quotes, and
 * analysing one text or splitting one sentence into claims.
 */
final class TestCorpora {
    private TestCorpora() {
    }

    /** Writes one article, in UTF-8, into the corpus folder. */
    static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The quotes of the source whose id starts with {@code source} that hold {@code words}, in corpus order. */
    static List<Quote> quotes(Corpus corpus, String source, String words) {
        return corpus.quotes().stream().filter(q -> q.source().startsWith(source) && q.text().contains(words))
                .toList();
    }

    /** The one quote of the source whose id starts with {@code source} that holds {@code words}; fails otherwise. */
    static Quote onlyQuote(Corpus corpus, String source, String words) {
        List<Quote> qs = quotes(corpus, source, words);
        org.junit.jupiter.api.Assertions.assertEquals(1, qs.size(), corpus.quotes().toString());
        return qs.get(0);
    }

    /** A corpus of the given files (name to text) written into folder {@code name} of {@code dir}, built. */
    static Corpus build(Path dir, String name, Map<String, String> files) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, String> f : files.entrySet()) {
            write(d, f.getKey(), f.getValue());
        }
        return CorpusBuilder.build(d, Progress.SILENT);
    }

    /** The first quote of the source (its whole id) with this cue; fails, listing the quotes, when there is none. */
    static Quote quoteByCue(Corpus corpus, String source, String cue) {
        List<Quote> qs = corpus.quotes().stream()
                .filter(q -> q.source().equals(source) && cue.equals(q.cue())).toList();
        org.junit.jupiter.api.Assertions.assertFalse(qs.isEmpty(), corpus.quotes().toString());
        return qs.get(0);
    }

    /**
     * The one quote of the source whose id starts with {@code source} (written as {@code source.txt} in {@code dir})
     * with this cue and whose speaker span is {@code speaker}; fails, listing the quotes, unless there is exactly one.
     */
    static Quote quoteBySpeaker(Corpus corpus, Path dir, String source, String cue, String speaker)
            throws IOException {
        String text = Files.readString(dir.resolve(source + ".txt"));
        List<Quote> q = corpus.quotes().stream().filter(x -> x.source().startsWith(source))
                .filter(x -> cue.equals(x.cue()) && x.speakerStart() >= 0
                        && text.substring(x.speakerStart(), x.speakerEnd()).equals(speaker)).toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, q.size(), corpus.quotes().toString());
        return q.get(0);
    }

    /** One text analysed as an article of its own (CoreNLP and our rules), without building a corpus. */
    static Doc analyse(String text) {
        return CorpusBuilder.analyse(new RawDocument("t", "t.txt", text + "\n", List.of(), Map.of(), null));
    }

    /** The claims one sentence is split into; fails unless the text is one sentence. */
    static List<Clauses.Clause> split(String sentence) {
        Doc d = analyse(sentence);
        org.junit.jupiter.api.Assertions.assertEquals(1, d.sents.size(), "one sentence: " + sentence);
        return Clauses.split(d, d.sents.get(0));
    }

    /**
     * The claims one sentence is split into, each as content, cue, the word that heads its speaker and its subject
     * ("" for a missing one); fails unless the text is one sentence.
     */
    static List<String[]> claims(String sentence) {
        Doc d = analyse(sentence);
        org.junit.jupiter.api.Assertions.assertEquals(1, d.sents.size(), "one sentence: " + sentence);
        return Clauses.split(d, d.sents.get(0)).stream().map(c -> new String[] {c.content(),
                c.cue() == null ? "" : c.cue(), c.speakerHead() < 0 ? "" : d.toks.get(c.speakerHead()).word,
                c.subject() == null ? "" : c.subject()}).toList();
    }

    /** The first of {@link #claims} whose content starts with {@code start}; fails, listing them, when none does. */
    static String[] withContent(List<String[]> rows, String start) {
        return rows.stream().filter(c -> c[0].startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(rows.stream().map(c -> String.join(" | ", c)).toList()));
    }

    /** A field of a quote row ({@link #quoteRows}). */
    enum QuoteField {
        /** The speaker as the row names it. */
        SPEAKER,
        /** The words of the text the speaker's span covers; empty when there is none. */
        SPAN,
        /** The words of the text the cue's span covers; empty when there is none. */
        CUE_SPAN,
        /** direct, partial or indirect. */
        KIND,
        /** What was said. */
        TEXT,
        /** The words of the text the quote's own span covers. */
        TEXT_SPAN,
        /** The rule that found the speaker. */
        WHY
    }

    /**
     * The quotes of the source whose id starts with {@code source} (written as {@code source.txt} in {@code dir}) with
     * this cue ("" for none), each as the given fields joined by " | ".
     */
    static List<String> quoteRows(Corpus corpus, Path dir, String source, String cue, QuoteField... fields)
            throws IOException {
        return quoteRows(corpus, dir, source, q -> cue.equals(q.cue() == null ? "" : q.cue()), fields);
    }

    /** All the quotes of the source whose id starts with {@code source}, as {@link #quoteRows} gives them. */
    static List<String> quoteRows(Corpus corpus, Path dir, String source, QuoteField... fields) throws IOException {
        return quoteRows(corpus, dir, source, q -> true, fields);
    }

    private static List<String> quoteRows(Corpus corpus, Path dir, String source,
            java.util.function.Predicate<Quote> keep, QuoteField... fields) throws IOException {
        String text = Files.readString(dir.resolve(source + ".txt"));
        return corpus.quotes().stream().filter(q -> q.source().startsWith(source) && keep.test(q))
                .map(q -> java.util.Arrays.stream(fields).map(f -> switch (f) {
                    case SPEAKER -> String.valueOf(q.speaker());
                    case SPAN -> span(text, q.speakerStart(), q.speakerEnd());
                    case CUE_SPAN -> span(text, q.cueStart(), q.cueEnd());
                    case KIND -> q.kind();
                    case TEXT -> q.text();
                    case TEXT_SPAN -> span(text, q.start(), q.end());
                    case WHY -> q.why();
                }).collect(java.util.stream.Collectors.joining(" | "))).toList();
    }

    private static String span(String text, int from, int to) {
        return from < 0 || to <= from ? "" : text.substring(from, to);
    }
}
