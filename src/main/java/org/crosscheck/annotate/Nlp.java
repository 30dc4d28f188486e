package org.crosscheck.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/** The CoreNLP pipelines of this JVM, created on first use (loading the models takes several seconds). */
final class Nlp {
    private static volatile StanfordCoreNLP nerPipeline;
    /** Tokens and sentences only, so that sentence boundaries can be repaired before tagging and parsing. */
    private static volatile StanfordCoreNLP splitter;
    /** Tagging, NER and parsing of a text already cut into sentences; set last, when both are loaded. */
    private static volatile StanfordCoreNLP analyser;
    private static volatile long loadMillis = -1;

    private Nlp() {
    }

    /**
     * Loads the models once per JVM: a pipeline that only tokenizes and splits sentences, and one that tags, finds
     * names and parses a text already cut into sentences, so that sentence boundaries can be repaired in between.
     */
    static void load() {
        if (analyser == null) {
            synchronized (Nlp.class) {
                if (analyser == null) {
                    long t0 = System.nanoTime();
                    RedwoodConfiguration.errorLevel().apply();
                    splitter = new StanfordCoreNLP(properties("tokenize,ssplit"));
                    analyser = new StanfordCoreNLP(properties("pos,lemma,ner,depparse"), false);
                    loadMillis = (System.nanoTime() - t0) / 1_000_000;
                }
            }
        }
    }

    /**
     * Tokenizing to NER without the parser, for names annotated on their own: CoreNLP keeps its annotators in one
     * cache per JVM, so this reuses the tagger and NER models {@link #load} loaded.
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

    /** How long loading the models took, or -1 when they were not loaded yet. */
    static long loadMillis() {
        return loadMillis;
    }

    static CoreDocument annotate(String text) {
        load();
        Annotation a = new Annotation(text);
        splitter.annotate(a);
        joinCutSentences(a, text);
        analyser.annotate(a);
        return new CoreDocument(a);
    }

    /** Marks that close a quotation or a parenthesis. */
    private static final String CLOSERS = ")\u201D\u2019\"'";

    /**
     * Joins a sentence to the one before when the splitter cut it after a closing quotation mark or parenthesis and
     * it goes on in lower case in the same paragraph: a question or an exclamation quoted inside a sentence
     * ("\u201CWho are you!\u201D the congressman demands.") and a party-state tag before the verb ("Rep. Bob
     * Etheridge (D-N.C.) appeared unreceptive") end no sentence. A sentence does not start in lower case, so one that
     * does after a word of initials ("Sen. Jim DeMint, R-S.C., would not go that far") is joined too, and no sentence
     * starts with a comma or a semicolon.
     */
    static void joinCutSentences(Annotation a, String text) {
        List<CoreMap> sents = a.get(CoreAnnotations.SentencesAnnotation.class);
        if (sents == null || sents.size() < 2) {
            return;
        }
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sents) {
            CoreMap prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && continues(prev, s, text)) {
                List<CoreLabel> toks = new ArrayList<>(prev.get(CoreAnnotations.TokensAnnotation.class));
                toks.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
                int begin = prev.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                prev.set(CoreAnnotations.TokensAnnotation.class, toks);
                prev.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                prev.set(CoreAnnotations.TokenEndAnnotation.class, s.get(CoreAnnotations.TokenEndAnnotation.class));
                prev.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
            } else {
                out.add(s);
            }
        }
        if (out.size() == sents.size()) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            int k = 1;
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                t.setIndex(k++);
                t.setSentIndex(i);
            }
        }
        a.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private static boolean continues(CoreMap prev, CoreMap next, String text) {
        int prevEnd = prev.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int nextBegin = next.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        if (prevEnd <= 0 || nextBegin >= text.length() || prevEnd > nextBegin
                || text.substring(prevEnd, nextBegin).indexOf('\n') >= 0) {
            return false;
        }
        char first = text.charAt(nextBegin);
        if (first == ',' || first == ';') {
            return true; // no sentence starts with a comma: the one before ended at an abbreviation ("R-S.C., would")
        }
        if (abbreviationBeforeTitle(text, prevEnd, nextBegin)) {
            return true;
        }
        if (!Character.isLowerCase(first)) {
            return false;
        }
        return CLOSERS.indexOf(text.charAt(prevEnd - 1)) >= 0 || endsWithInitialism(text, prevEnd);
    }

    /** A word of initials with their full stops ("S.C.", "U.S.", "D-N.C."). */
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}+-)?(?:\\p{Lu}\\.){2,}");
    /** A short abbreviation of a capitalised word ("Ariz.", "Calif."). */
    private static final Pattern SHORT_ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}\\.");
    /** A title's abbreviation and the name after it ("Gov. Jan"). */
    private static final Pattern TITLE_THEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,3}\\.\\s+\\p{Lu}");

    /**
     * "Prominent Republicans are calling for Ariz. | Gov. Jan Brewer to veto …": a short abbreviation that does not
     * follow a comma (so not a state after its city, "Phoenix, Ariz.", which may end a sentence) and is followed by a
     * title's abbreviation ends no sentence.
     */
    private static boolean abbreviationBeforeTitle(String text, int prevEnd, int nextBegin) {
        int from = wordStart(text, prevEnd);
        if (!SHORT_ABBREVIATION.matcher(text).region(from, prevEnd).matches()) {
            return false;
        }
        int b = from;
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return !(b > 0 && text.charAt(b - 1) == ',')
                && TITLE_THEN_NAME.matcher(text).region(nextBegin, Math.min(text.length(), nextBegin + 12)).lookingAt();
    }

    /**
     * Whether the text before {@code end} is a word of initials with their full stops ("S.C.", "U.S.", "D-N.C."): the
     * full stop of such a word ends no sentence when the next one goes on in lower case.
     */
    private static boolean endsWithInitialism(String text, int end) {
        return INITIALISM.matcher(text).region(wordStart(text, end), end).matches();
    }

    /** Where the word (a run of characters other than spaces) that ends at {@code end} starts. */
    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }
}
