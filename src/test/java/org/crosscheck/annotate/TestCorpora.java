package org.crosscheck.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;

/** What the tests that build a corpus from a few real sentences share: writing a file, finding its quotes. */
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
}
