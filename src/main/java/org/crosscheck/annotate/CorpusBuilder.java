package org.crosscheck.annotate;

import java.nio.file.Path;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;

/** Ingest and annotation of a corpus folder. (Being written in the annotate work of issue #2.) */
public final class CorpusBuilder {
    private CorpusBuilder() {
    }

    public static Corpus build(Path corpusDir, Progress progress) {
        throw new UnsupportedOperationException("ingest: issue #2");
    }
}
