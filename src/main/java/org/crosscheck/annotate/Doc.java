package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.ArticleLayout;
import org.crosscheck.ingest.NormalizedText;
import org.crosscheck.ingest.RawDocument;

/** Working state for one source during annotation; offsets are into {@link #body} unless said otherwise. */
final class Doc {
    final RawDocument raw;
    final ArticleLayout.Layout layout;
    /** The paragraphs, normalised, joined by blank lines. */
    final NormalizedText body;
    /** Start offset of each paragraph in {@link #body}. */
    final int[] paragraphStart;
    final List<Tok> toks = new ArrayList<>();
    final List<Sent> sents = new ArrayList<>();
    final List<NMention> mentions = new ArrayList<>();
    final List<QSpan> quotes = new ArrayList<>();
    /**
     * The people each title (its key) stands right before anywhere in the corpus, set when pronouns are resolved;
     * null before.
     */
    java.util.Map<String, java.util.Set<EntityResolver.Cluster>> titleHolders;

    Doc(RawDocument raw, ArticleLayout.Layout layout, NormalizedText body, int[] paragraphStart) {
        this.raw = raw;
        this.layout = layout;
        this.body = body;
        this.paragraphStart = paragraphStart;
    }

    String id() {
        return raw.id();
    }

    /**
     * Whether a token is a dash between words: two hyphens or more, or a hyphen standing alone after a space (the
     * normaliser writes every en and em dash so, spaced, unless it joins two numbers).
     */
    boolean isDash(Tok t) {
        return t.word.matches("-{2,}")
                || t.word.equals("-") && t.start > 0 && Character.isWhitespace(body.text().charAt(t.start - 1));
    }

    String original() {
        return raw.text();
    }

    int origStart(int normStart) {
        return body.originalStart(normStart);
    }

    int origEnd(int normEnd) {
        return body.originalEnd(normEnd);
    }

    /** How many words (tokens opening with a letter or digit) tokens {@code from} to {@code to} hold. */
    int words(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (Character.isLetterOrDigit(toks.get(k).word.charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** Whether token {@code head} of sentence {@code s} has a dependent that passes {@code test}. */
    boolean hasChild(Sent s, int head, java.util.function.Predicate<Tok> test) {
        for (int c = s.tokFrom; c < s.tokTo; c++) {
            Tok t = toks.get(c);
            if (t.head == head && test.test(t)) {
                return true;
            }
        }
        return false;
    }

    int paragraphOf(int offset) {
        int p = 0;
        for (int i = 0; i < paragraphStart.length; i++) {
            if (paragraphStart[i] <= offset) {
                p = i;
            }
        }
        return p;
    }

    QSpan quoteAt(int offset) {
        for (QSpan q : quotes) {
            if (offset >= q.open && offset < q.close) {
                return q;
            }
        }
        return null;
    }

    /** A token as CoreNLP gave it. */
    static final class Tok {
        int index;
        int start;
        int end;
        String word;
        String pos;
        String lemma;
        String ner;
        int sent;
        boolean inQuote;
        NMention mention;
        /** Index (in {@link Doc#toks}) of this token's head in the basic dependency tree; -1 for the root. */
        int head = -1;
        /** The dependency relation to the head (Universal Dependencies: nsubj, ccomp, conj, …); "root" for the root. */
        String dep = "";
    }

    /** A sentence. */
    static final class Sent {
        int index;
        int paragraph;
        int start;
        int end;
        int tokFrom;
        int tokTo;
        String boilerplate;
        String text;
    }

    /** A named or pronoun mention. */
    static final class NMention {
        Doc doc;
        int start;
        int end;
        int tokFrom;
        int tokTo;
        String text;
        String type;
        String normValue;
        int sent;
        boolean pronoun;
        boolean inQuote;
        /** Why the resolver changed the type NER gave, when it did (for the entity's evidence), or null. */
        String retypedWhy;
        /** Working cluster node, then the entity. */
        Object node;
        EntityResolver.Cluster cluster;
    }

    /** A quotation: marks at {@code open} and {@code close - 1}; the words inside are [innerStart, innerEnd). */
    static final class QSpan {
        int open;
        int close;
        int innerStart;
        int innerEnd;
        boolean closed;
    }
}
