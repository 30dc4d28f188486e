package org.crosscheck.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Properties;

/** The one CoreNLP pipeline of this JVM, created on first use (loading the models takes several seconds). */
final class Nlp {
    private static volatile StanfordCoreNLP pipeline;
    private static volatile StanfordCoreNLP nerPipeline;
    private static volatile long loadMillis = -1;

    private Nlp() {
    }

    static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (Nlp.class) {
                p = pipeline;
                if (p == null) {
                    long t0 = System.nanoTime();
                    RedwoodConfiguration.errorLevel().apply();
                    p = new StanfordCoreNLP(properties("tokenize,ssplit,pos,lemma,ner,depparse"));
                    pipeline = p;
                    loadMillis = (System.nanoTime() - t0) / 1_000_000;
                }
            }
        }
        return p;
    }

    /**
     * The same pipeline without the parser, for names annotated on their own: CoreNLP keeps its annotators in one
     * cache per JVM, so this reuses the tagger and NER models the full pipeline loaded.
     */
    static StanfordCoreNLP nerPipeline() {
        StanfordCoreNLP p = nerPipeline;
        if (p == null) {
            synchronized (Nlp.class) {
                p = nerPipeline;
                if (p == null) {
                    RedwoodConfiguration.errorLevel().apply();
                    p = new StanfordCoreNLP(properties("tokenize,ssplit,pos,lemma,ner"));
                    nerPipeline = p;
                }
            }
        }
        return p;
    }

    /** Named-entity tags of a short text (a name): no dependency parse. */
    static CoreDocument annotateNames(String text) {
        CoreDocument doc = new CoreDocument(text);
        nerPipeline().annotate(doc);
        return doc;
    }

    private static Properties properties(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("tokenize.language", "en");
        // paragraphs are separated by blank lines; wraps inside a paragraph are already joined
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        // the full pipeline adds dependency trees for clauses and reported speech: +28% annotation time
        // (docs/ingest.md)
        return props;
    }

    /** How long creating the pipeline took, or -1 when it was not created yet. */
    static long loadMillis() {
        return loadMillis;
    }

    static CoreDocument annotate(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline().annotate(doc);
        return doc;
    }
}
