package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Quote;

/**
 * One report, one row: the quotation rules (marks) and the indirect-speech rules (reporting verbs) can both read the
 * same words of a sentence as a quote. A careful reader counts such a report once.
 * <ul>
 *   <li>"The cameraman replies, “we're just here for a project.”": a reported clause that is nothing but one
 *   quotation (less a complementizer "that" and punctuation) is that quotation; the indirect row goes, the quoted
 *   one (direct or partial) stays.</li>
 *   <li>"they said his presence does not serve “the national interest.”": a phrase quoted inside a reported clause is
 *   part of that report (a partial quotation within it), not a second report: the partial row goes when it has the
 *   same reporting verb or the same speaker, or neither a speaker nor a verb of its own ("his group proposed a
 *   “model” state law …"), unless its own reporting verb stands inside the reported clause ("… after a poll said
 *   she “supports abortion”": a report within the report).</li>
 * </ul>
 */
final class QuoteOverlaps {
    private QuoteOverlaps() {
    }

    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");
    /** Marks that make a clause a question or a condition: what its verb says is not asserted to have been said. */
    private static final Set<String> OPEN_MARKS = Set.of("whether", "if");

    /**
     * Drops the reported speech whose reporting verb is asked about or supposed, not reported: "the man … asked if
     * he supported the “Obama agenda”" (the man asked; nobody is reported as supporting anything), "was asked …
     * whether he supported the President's agenda", "if he said that, …". The verb has "if" or "whether" as its
     * mark in the dependency tree. Quotations (rows with marks) are kept.
     */
    static void dropOpenReports(Doc d, List<Quote> found) {
        found.removeIf(q -> q.kind().equals("indirect") && q.cueStart() >= 0 && underOpenMark(d, q.cueStart()));
    }

    private static boolean underOpenMark(Doc d, int cueStart) {
        for (Doc.Tok t : d.toks) {
            if (d.origStart(t.start) != cueStart) {
                continue;
            }
            // a mark comes before its verb, in the verb's sentence; a verb that is the infinitive of another ("if
            // Congress continues to feel that …") is under that verb's mark
            for (Doc.Tok v = t; v != null; v = v.dep.equals("xcomp") && v.head >= 0 ? d.toks.get(v.head) : null) {
                for (int k = d.sents.get(t.sent).tokFrom; k < v.index; k++) {
                    Doc.Tok m = d.toks.get(k);
                    if (m.head == v.index && m.dep.equals("mark")
                            && OPEN_MARKS.contains(m.word.toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
            return false;
        }
        return false;
    }

    /** Drops the rows that repeat another row's report, in place. Rows of one source, original offsets. */
    static void dropRepeatedReports(List<Quote> found) {
        joinCutReports(found);
        Set<Quote> drop = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Quote> quoted = new ArrayList<>();
        List<Quote> indirect = new ArrayList<>();
        for (Quote q : found) {
            (q.kind().equals("indirect") ? indirect : quoted).add(q);
        }
        for (Quote i : indirect) {
            String content = words(i.text(), true);
            for (Quote q : quoted) {
                if (q.sentence() == i.sentence() && !content.isEmpty() && content.equals(words(q.text(), false))) {
                    drop.add(i);
                    break;
                }
            }
        }
        for (Quote p : quoted) {
            if (!p.kind().equals("partial")) {
                continue;
            }
            for (Quote i : indirect) {
                if (drop.contains(i) || i.sentence() != p.sentence()) {
                    continue;
                }
                // the quotation's words (inside its marks) lie within the reported clause
                boolean inside = p.start() + 1 >= i.start() && p.end() - 1 <= i.end();
                boolean ownCue = p.cueStart() >= i.start() && p.cueStart() < i.end();
                // a phrase quoted with no speaker and no verb of its own ("his group proposed a “model” state law
                // that …") is the reporter's quotation inside that report
                boolean sameReport = p.cueStart() >= 0 && p.cueStart() == i.cueStart()
                        || p.speaker() != null && p.speaker().equals(i.speaker())
                        || p.speaker() == null && p.cueStart() < 0;
                if (inside && !ownCue && sameReport) {
                    drop.add(p);
                    break;
                }
            }
        }
        found.removeIf(drop::contains);
    }

    /**
     * A reported clause that the sentence splitter or the parser cut inside the quotation that goes on with it is
     * one report with that quotation: "He said Obama “doesn't have a doctrine (on foreign affairs.) Foreign affairs
     * is, we take care of ourselves first.”" (the sentence ends at "affairs.)", inside the marks), "The New York
     * Times reported the charges against Grimm “will include mail fraud …,” citing …" (the parser made "the charges
     * against Grimm" all that was reported). When a partial quotation of the same reporting verb opens inside the
     * reported clause, or right after it, and closes after it, the reported clause runs on to the closing mark and
     * the partial row goes. In place; rows of one source, original offsets.
     */
    static void joinCutReports(List<Quote> found) {
        Set<Quote> drop = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int k = 0; k < found.size(); k++) {
            Quote i = found.get(k);
            if (!i.kind().equals("indirect") || i.cueStart() < 0) {
                continue;
            }
            for (Quote p : found) {
                // HuffPost "All we've heard, the Fox News host complained, is “we need a big tent. …”": a quotation
                // found with no speaker and no verb that opens inside the clause is that report's too
                boolean speakerless = p.cueStart() < 0 && p.speaker() == null;
                if (!p.kind().equals("partial") || drop.contains(p) || p.cueStart() != i.cueStart() && !speakerless
                        || p.end() <= i.end()) {
                    continue;
                }
                String text;
                int mark = i.text().lastIndexOf('"');
                if (p.start() > i.start() && p.start() < i.end() && mark >= 0 && i.text().indexOf('"') == mark) {
                    // the clause holds the opening mark and stops inside the quotation
                    text = i.text().substring(0, mark + 1) + p.text() + "\"";
                } else if (p.start() >= i.end() && p.start() - i.end() <= 1 && i.text().indexOf('"') < 0
                        && p.cueStart() == i.cueStart()) {
                    // the quotation opens right after the clause
                    text = i.text() + (p.start() > i.end() ? " \"" : "\"") + p.text() + "\"";
                } else {
                    continue;
                }
                found.set(k, new Quote(i.id(), i.source(), i.speaker(), i.speakerEntity(), text, i.start(), p.end(),
                        i.kind(), i.cue(), i.channel(), i.sentence(), i.why(), i.speakerStart(), i.speakerEnd(),
                        i.cueStart(), i.cueEnd()));
                drop.add(p);
                break;
            }
        }
        found.removeIf(drop::contains);
    }

    /**
     * A frame set between commas inside the clause it reports cuts that clause in two rows of one verb and one speaker:
     * NYT "Saying President Obama, he said, was “too simple an answer.”", HuffPost "All we've heard, the Fox News host
     * complained, is “we need a big tent. …”". When an indirect row ends before the frame's speaker and verb, and the
     * next row of that verb and speaker starts after them, with nothing but the frame, commas and spaces between,
     * the two are one row: its span runs over both, its text is theirs without the frame. In place; rows of one source,
     * original offsets in {@code text}.
     */
    static void joinAroundFrame(String text, List<Quote> found) {
        Set<Quote> drop = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int k = 0; k < found.size(); k++) {
            Quote a = found.get(k);
            if (!a.kind().equals("indirect") || a.cueStart() < 0 || a.speakerStart() < 0 || drop.contains(a)
                    || a.end() > Math.min(a.speakerStart(), a.cueStart())) {
                continue;
            }
            for (Quote b : found) {
                if (b == a || drop.contains(b) || !b.kind().equals("indirect") || b.sentence() != a.sentence()
                        || b.cueStart() != a.cueStart() || b.speakerStart() != a.speakerStart()
                        || b.start() < Math.max(a.speakerEnd(), a.cueEnd()) || b.start() > text.length()) {
                    continue;
                }
                int from = a.end();
                int to = b.start();
                StringBuilder between = new StringBuilder();
                for (int c = from; c < to; c++) {
                    boolean frame = c >= a.speakerStart() && c < a.speakerEnd() || c >= a.cueStart() && c < a.cueEnd();
                    if (!frame) {
                        between.append(text.charAt(c));
                    }
                }
                String rest = between.toString().replaceAll("[\\s,]", "");
                if (!rest.isEmpty() || text.substring(from, to).indexOf(',') < 0) {
                    continue;
                }
                found.set(k, new Quote(a.id(), a.source(), a.speaker(), a.speakerEntity(), a.text() + " " + b.text(),
                        a.start(), b.end(), a.kind(), a.cue(), a.channel(), a.sentence(), a.why(), a.speakerStart(),
                        a.speakerEnd(), a.cueStart(), a.cueEnd()));
                drop.add(b);
                break;
            }
        }
        found.removeIf(drop::contains);
    }

    /**
     * The words of a quote's text in lower case, one space apart: quotation marks and punctuation dropped, and for
     * a reported clause a leading complementizer too.
     */
    static String words(String text, boolean reported) {
        String[] w = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'\u2019 ]+", " ").strip().split("\\s+");
        int from = reported && w.length > 1 && COMPLEMENTIZERS.contains(w[0]) ? 1 : 0;
        return String.join(" ", java.util.Arrays.asList(w).subList(from, w.length)).strip();
    }
}
