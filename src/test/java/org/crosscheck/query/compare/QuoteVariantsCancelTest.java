package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Quote;
import org.crosscheck.query.Cancel;
import org.crosscheck.shell.SeedIndex;
import org.crosscheck.shell.Workspace;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C (the query's {@link Cancel}) stops {@code variants} and the quote groups {@code conflicts} asks for, also
 * while the corpus's quotes are prepared and while a quotation is compared with every quote sharing a word with it;
 * the quotes {@link Prepared} keeps for its owner group as freshly prepared ones do.
 */
class QuoteVariantsCancelTest {
    @Test
    void aCancelledQueryStopsInsideQuoteVariants() throws IOException {
        try (Workspace w = SeedIndex.open()) {
            CorpusModel model = w.model();
            assertFalse(QuoteVariants.variants(model, "clear signal", new Cancel()).rows().isEmpty(),
                    "Zelensky's \"a clear signal that Putin …\" is quoted in the seeds");
            Cancel cancel = new Cancel();
            cancel.cancel();
            assertThrows(CancellationException.class, () -> QuoteVariants.renderings(model, cancel));
            assertThrows(CancellationException.class,
                    () -> new QuoteVariants.Quotes(QuoteVariants.renderings(model), cancel));
            Prepared prepared = new Prepared(model);
            assertThrows(CancellationException.class, () -> prepared.quotes(cancel));
            assertThrows(CancellationException.class, () -> QuoteVariants.sourcesHolding(prepared, "clear signal", cancel));
            // a cancelled build keeps nothing: the next query builds it whole
            QuoteVariants.Quotes index = prepared.quotes(new Cancel());
            assertFalse(QuoteVariants.group(index, "clear signal", new Cancel()).isEmpty());
            // the prepared quotes are kept, so what is left to stop is the comparison itself
            assertThrows(CancellationException.class, () -> QuoteVariants.group(index, "clear signal", cancel));
            assertThrows(CancellationException.class, () -> QuoteVariants.variants(model, "clear signal", cancel));
            assertThrows(CancellationException.class,
                    () -> QuoteVariants.sourcesHolding(model, "clear signal", cancel));
        }
    }

    @Test
    void anInterruptedThreadStopsVariants() throws IOException {
        try (Workspace w = SeedIndex.open()) {
            CorpusModel model = w.model();
            Thread.currentThread().interrupt();
            try {
                assertThrows(CancellationException.class,
                        () -> QuoteVariants.variants(model, "clear signal", new Cancel()));
            } finally {
                assertTrue(Thread.interrupted(), "the interrupt is left for the caller to see");
            }
        }
    }

    @Test
    void theKeptQuotesGroupAsFreshOnes() throws IOException {
        try (Workspace w = SeedIndex.open()) {
            CorpusModel model = w.model();
            Prepared prepared = new Prepared(model);
            QuoteVariants.Quotes kept = prepared.quotes(new Cancel());
            assertSame(kept, prepared.quotes(new Cancel()), "one model's quotes are prepared once per owner");
            QuoteVariants.Quotes fresh = new QuoteVariants.Quotes(QuoteVariants.renderings(model));
            for (String phrase : List.of("clear signal", "Chinese citizens", "no such words in any quote")) {
                List<Quote> a = QuoteVariants.group(kept, phrase);
                assertEquals(QuoteVariants.group(fresh, phrase), a, phrase);
            }
            assertEquals(fresh.words, kept.words);
            assertEquals(fresh.bases, kept.bases);
            assertEquals(fresh.names, kept.names);
            assertTrue(QuoteVariants.sourcesHolding(model, "clear signal", new Cancel()).size() >= 1);
            assertEquals(QuoteVariants.sourcesHolding(model, "clear signal", new Cancel()),
                    QuoteVariants.sourcesHolding(prepared, "clear signal", new Cancel()));
            assertEquals(QuoteVariants.variants(model, "clear signal", new Cancel()).rows(),
                    QuoteVariants.variants(prepared, "clear signal", new Cancel()).rows());
        }
    }
}
