package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the sentences of an article that are not reporting: headline and subheadings, social handles, "related
 * article" links, credit lines, and in the tail of the article promotion, newsletter prompts and author bios. The
 * rules look at patterns, at the position in the article and at who is addressed (the reader, the first-person
 * author), never at particular outlets.
 */
public final class Boilerplate {
    /**
     * One sentence as the rules see it.
     *
     * @param paragraph  index of its paragraph
     * @param text       normalised text
     * @param unquoted   the text with quoted passages blanked out
     * @param imperative true when it opens with a verb in the base form (an instruction to the reader)
     */
    public record Candidate(int paragraph, String text, String unquoted, boolean imperative) {
    }

    public static final String HEADLINE = "headline";
    public static final String SUBHEADING = "subheading";
    public static final String HANDLE = "social handle";
    public static final String RELATED = "related link";
    public static final String CREDIT = "credit";
    public static final String PHOTO = "photo credit";
    public static final String PROMOTION = "promotion";
    public static final String NEWSLETTER = "newsletter prompt";
    public static final String BIO = "author bio";

    private static final Pattern HANDLE_ONLY = Pattern.compile("^(@\\w{2,}[\\s,.]*)+$");
    private static final Pattern RELATED_LINK = Pattern.compile(
            "^(related( articles?| stories| story| coverage| content| reading)?|read (more|also|next)|see also|"
                    + "more on this( story)?|recommended|watch|listen|trending)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "\\bcontributed (reporting )?to this (report|article|story)\\b|^(additional )?reporting by\\b|"
                    + "^(editing|edited|written|compiled|writing) by\\b|\\(reporting by\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^(photo|image|picture|video|graphic)s?( credit)?\\s*:|^\\(?(AP|AFP|Reuters|Getty Images|Getty|EPA|"
                    + "Shutterstock)( Photo)?\\)?\\.?$|^\\p{Lu}[\\w.-]*(/\\p{Lu}[\\w.-]*)+\\.?$");
    private static final Pattern NEWSLETTER_PROMPT = Pattern.compile(
            "\\bnewsletters?\\b|\\bsign up\\b|\\bsubscribe\\b|\\binbox\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMO = Pattern.compile(
            "\\bpaywall\\b|\\bunblock\\b|\\bclick here\\b|\\bdownload (our|the) app\\b|\\bfollow us\\b|"
                    + "\\badvertisement\\b|\\ball rights reserved\\b|\\bcopyright\\b|\\u00a9|\\bbookmark\\b|"
                    + "\\bbrowser extension\\b|\\bshare this (article|story)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READER = Pattern.compile("\\b(you|your|yours|you're|you've|we've)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|I've|I'm|I'd)\\b");
    private static final Pattern TERMINAL = Pattern.compile("[.!?\"')\\]:;]$");

    private Boilerplate() {
    }

    /**
     * @param sentences  the article's sentences in order
     * @param paragraphs the article's paragraph texts in order
     * @param metaTitle  the title from a metadata header, or null
     * @return for each sentence the reason it is boilerplate, or null when it is reporting
     */
    public static String[] classify(List<Candidate> sentences, List<String> paragraphs, String metaTitle) {
        String[] paraReason = new String[paragraphs.size()];
        for (int p = 0; p < paragraphs.size(); p++) {
            String t = paragraphs.get(p).strip();
            if (HANDLE_ONLY.matcher(t).matches()) {
                paraReason[p] = HANDLE;
            } else if (RELATED_LINK.matcher(t).find()) {
                paraReason[p] = RELATED;
            } else if (p == 0 && paragraphs.size() > 1 && (sameText(t, metaTitle)
                    || !TERMINAL.matcher(t).find() && words(t) <= 30)) {
                paraReason[p] = HEADLINE;
            } else if (p > 0 && p < paragraphs.size() - 1 && words(t) <= 12 && !TERMINAL.matcher(t).find()
                    && t.indexOf('"') < 0) {
                paraReason[p] = allHeadlinesBefore(paraReason, p) ? HEADLINE : SUBHEADING;
            }
        }
        String[] out = new String[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Candidate c = sentences.get(i);
            String r = c.paragraph() < paraReason.length ? paraReason[c.paragraph()] : null;
            if (r == null && HANDLE_ONLY.matcher(c.text().strip()).matches()) {
                r = HANDLE;
            }
            if (r == null && PHOTO_CREDIT.matcher(c.text().strip()).find()) {
                r = PHOTO;
            }
            if (r == null && CREDIT_LINE.matcher(c.unquoted()).find()) {
                r = CREDIT;
            }
            out[i] = r;
        }
        boolean firstPersonVoice = firstPersonEarly(sentences);
        // the tail: walk back from the end while sentences address the reader or speak about the author
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (out[i] != null) {
                continue;
            }
            String r = tailReason(sentences.get(i), firstPersonVoice);
            if (r == null) {
                break;
            }
            out[i] = r;
        }
        return out;
    }

    private static boolean allHeadlinesBefore(String[] reasons, int p) {
        for (int i = 0; i < p; i++) {
            if (!HEADLINE.equals(reasons[i]) && !HANDLE.equals(reasons[i])) {
                return false;
            }
        }
        return p > 0;
    }

    private static String tailReason(Candidate c, boolean firstPersonVoice) {
        String u = c.unquoted();
        if (NEWSLETTER_PROMPT.matcher(u).find()) {
            return NEWSLETTER;
        }
        if (PROMO.matcher(u).find()) {
            return PROMOTION;
        }
        if (!firstPersonVoice && FIRST_PERSON.matcher(u).find()) {
            return BIO;
        }
        if (READER.matcher(u).find() || c.imperative()) {
            return PROMOTION;
        }
        return null;
    }

    /** An article written in the first person throughout (a column) has no separate author tail. */
    private static boolean firstPersonEarly(List<Candidate> sentences) {
        int half = sentences.size() / 2;
        int n = 0;
        for (int i = 0; i < half; i++) {
            if (FIRST_PERSON.matcher(sentences.get(i).unquoted()).find()) {
                n++;
            }
        }
        return n >= 2;
    }

    private static boolean sameText(String a, String b) {
        if (b == null) {
            return false;
        }
        return squash(a).equals(squash(b));
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : (int) Arrays.stream(t.split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\p{N}].*"))
                .count();
    }

    /** The text of a sentence with "…" passages replaced by spaces (for sentences without known quote spans). */
    public static String unquote(String text) {
        StringBuilder sb = new StringBuilder(text);
        boolean in = false;
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == '"') {
                in = !in;
                sb.setCharAt(i, ' ');
            } else if (in) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    static List<String> reasons() {
        return new ArrayList<>(List.of(HEADLINE, SUBHEADING, HANDLE, RELATED, CREDIT, PHOTO, PROMOTION, NEWSLETTER, BIO));
    }
}
