package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
    public static final String BYLINE = "byline";
    public static final String CAPTION = "caption";
    public static final String REPEATED = "repeated";
    public static final String SUMMARY = "summary";
    public static final String SIGN_OFF = "sign-off";
    public static final String NAVIGATION = "navigation";
    public static final String EDITORS_NOTE = "editor's note";

    private static final Pattern HANDLE_ONLY = Pattern.compile("^(@\\w{2,}[\\s,.]*)+$");
    private static final Pattern RELATED_LINK = Pattern.compile(
            "^\\W*(related( articles?| stories| story| coverage| content| reading| news| video)?|"
                    + "(read|see|watch) (more|also|next|the full story)|also read|see also|more on this( story)?|"
                    + "more from [\\w ]{1,30}|recommended( for you| reading)?|watch|listen|trending|most read|"
                    + "top stories|editor'?s picks|you may also like)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "\\bcontributed (additional )?(reporting|research)\\b|\\bcontributed to this (report|article|story)\\b|"
                    + "^(additional )?reporting by\\b|^(editing|edited|written|compiled|writing) by\\b|"
                    + "\\(reporting by\\b|\\((editing|writing) by\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Jane Doe reported from Kyiv." — a credit in the last paragraph, not in the body. */
    private static final Pattern REPORTED_FROM = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'-]+ ){1,3}(reported|wrote|reports) (from|this)\\b");
    /** A picture's credit or caption: "Photo: …", "Image caption …", "(AP Photo/…)", "Getty Images". */
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^\\W*((image caption|image copyright|image source|media caption)\\b|(photo(graph)?|picture|pictured|"
                    + "caption|file photo|image|video|photo credit|credit|illustration)\\s*[:|])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "\\(\\s*([\\p{L} .&-]{0,40}\\s)?(photo|image|picture|illustration)s?\\b[^)]{0,80}\\)\\W*$|"
                    + "\\(photo(graph)? by [^)]{1,80}\\)|\\b(getty images|ap photo|afp photo|reuters photo|"
                    + "shutterstock|alamy|epa-efe)\\b\\W*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PICTURE_AGENCY = Pattern.compile(
            "\\b(getty( images)?|shutterstock|ap( photo)?|afp|epa(-efe)?|alamy|reuters|associated press|"
                    + "bloomberg|istock(photo)?|pa( images| wire)?|sipa|xinhua|anadolu|courtesy)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Handles given as such: "Follow Jane Doe on Twitter @janedoe", "Twitter: @janedoe". */
    private static final Pattern HANDLE_LINE = Pattern.compile(
            "^\\W*(twitter|x|instagram|facebook|threads|bluesky|tiktok|mastodon|telegram)\\s*:\\s*@\\w+|"
                    + "\\bfollow\\b.{1,60}\\bon (twitter|x|instagram|facebook|threads|bluesky|tiktok|mastodon)\\b|"
                    + "\\b(tweets|posts) (at |as )?@\\w{2,}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^\\W*((written |words |story )?by\\s+\\p{Lu}|(published|updated|last updated|posted|first published)"
                    + "\\b)", Pattern.CASE_INSENSITIVE);
    /** A summary put before the article: a label, or sentences about "the article" itself. */
    private static final Pattern SUMMARY_LABEL = Pattern.compile(
            "^\\W*(summary|key (points|takeaways|facts)|highlights|story highlights|tl;? ?dr|in brief|at a glance|"
                    + "the gist|quick read|what you need to know|in short|ai summary|article summary)\\b\\W*(:|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_THE_ARTICLE = Pattern.compile(
            "\\b(the|this) (news )?(article|piece|text|story|post)\\s+(also\\s+)?(highlights|discusses|describes|"
                    + "reports (on|that)|outlines|explores|examines|details|covers|focuses|emphasi[sz]es|notes|"
                    + "mentions|explains|presents|summari[sz]es|provides|reveals|concerns|underscores|is about|"
                    + "deals with|touches on|sheds light)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*\u2022\u25CF\u25AA\u2013]|\\d{1,2}[.)])\\s+");
    private static final Pattern SIGN_OFF_WORD = Pattern.compile(
            "^\\W*(reuter|reuters|ap|afp|end|ends|-30-|###|\\(end\\))\\W*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern BIO_SENTENCE = Pattern.compile(
            "^((\\p{Lu}[\\p{L}.'-]*) ){1,3}(is|was|has been) (a|an|the) ([\\p{L}-]+ ){0,6}(writer|reporter|"
                    + "correspondent|columnist|editor|contributor|author|professor|fellow|economist|analyst|"
                    + "journalist|host|director|founder|producer|commentator|researcher|lecturer)\\b");
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
    /**
     * How a sentence ends: with its own punctuation, or with a closing quote or bracket after it ("… he said."" /
     * "… 'unfair'."). A closing quote alone, or after an ellipsis, ends a headline: "Yukos bankruptcy 'not US
     * matter'", "'My memories of Marley...'".
     */
    private static final Pattern TERMINAL = Pattern.compile(
            "(?<!\\.\\.)[.!?:;)\\]]$|(?<!\\.\\.)[.!?,:;][\"'\u2019\u201D]+[)\\]]?$");
    /** A web page's own lines copied with the article: "Site Mobile Navigation", "Skip to content". */
    private static final Pattern SITE_CHROME = Pattern.compile("^(site( mobile)? navigation|skip to (main )?content|"
            + "continue reading the main story|supported by|advertisement|main menu|close menu|menu)$",
            Pattern.CASE_INSENSITIVE);

    /** A note from the editors set before or after the report: "Editor's note:", "Note to readers:". */
    private static final Pattern EDITORS_NOTE_LABEL = Pattern.compile(
            "^\\W*(editors?['\u2019]?s?['\u2019]? note|note (to|for) (our )?readers|note from the editors?|"
                    + "publisher['\u2019]?s note)\\s*[:\u2013\u2014-]", Pattern.CASE_INSENSITIVE);
    /** How many paragraphs an editor's note broken over lines may run to. */
    private static final int NOTE_LINES = 8;

    private Boilerplate() {
    }

    /**
     * @param sentences  the article's sentences in order
     * @param paragraphs the article's paragraph texts in order
     * @param metaTitle  the title from a metadata header, or null
     * @return for each sentence the reason it is boilerplate, or null when it is reporting
     */
    public static String[] classify(List<Candidate> sentences, List<String> paragraphs, String metaTitle) {
        int n = paragraphs.size();
        String[] paraReason = new String[n];
        leadingSummary(paragraphs, metaTitle, paraReason);
        editorsNotes(paragraphs, paraReason);
        // with a known title (metadata header, HTML, JSON Lines), a headline is that title, whole or in pieces
        boolean titled = metaTitle != null && !metaTitle.isBlank();
        int headlineWords = 0;
        for (int p = 0; p < n; p++) {
            if (paraReason[p] != null) {
                continue;
            }
            String t = paragraphs.get(p).strip();
            boolean terminal = TERMINAL.matcher(t).find();
            int words = words(t);
            if (SITE_CHROME.matcher(t).matches()) {
                paraReason[p] = NAVIGATION;
            } else if (HANDLE_ONLY.matcher(t).matches() || words <= 20 && isHandleLine(t)) {
                paraReason[p] = HANDLE;
            } else if (RELATED_LINK.matcher(t).find()) {
                paraReason[p] = RELATED;
            } else if (words <= 40 && isNewsletterPrompt(unquote(t))) {
                paraReason[p] = NEWSLETTER;
            } else if (p == n - 1 && n > 1 && SIGN_OFF_WORD.matcher(t).matches()) {
                paraReason[p] = SIGN_OFF;
            } else if (isCaption(t, words)) {
                paraReason[p] = isPhotoCredit(t, words) ? PHOTO : CAPTION;
            } else if (p < 8 && leading(paraReason, p) && isByline(t, words)) {
                paraReason[p] = BYLINE;
            } else if (p == 0 && n > 1 && (partOfTitle(t, metaTitle) || !titled && !terminal && words <= 30)) {
                paraReason[p] = HEADLINE;
                headlineWords += words;
            } else if (p > 0 && p < n - 1 && leading(paraReason, p) && (partOfTitle(t, metaTitle)
                    || !titled && !terminal && headlineWords + words <= 30 && t.indexOf('"') < 0)) {
                paraReason[p] = HEADLINE; // a headline broken over lines, or after a summary
                headlineWords += words;
            } else if (p > 0 && p < n - 1 && words <= 12 && !terminal && t.indexOf('"') < 0
                    && !t.matches("[.\u2026\\s]+")) {
                paraReason[p] = SUBHEADING; // not a line of dots standing for words left out
            }
        }
        repeated(paragraphs, paraReason);
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
        if (!sentences.isEmpty() && out[sentences.size() - 1] == null
                && SIGN_OFF_WORD.matcher(sentences.get(sentences.size() - 1).text()).matches()) {
            out[sentences.size() - 1] = SIGN_OFF;
        }
        boolean firstPersonVoice = firstPersonEarly(sentences);
        // the tail: walk back from the end while sentences address the reader or speak about the author
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (out[i] != null) {
                continue;
            }
            String r = tailReason(sentences, i, firstPersonVoice, paragraphs.size());
            if (r == null) {
                break;
            }
            out[i] = r;
        }
        return out;
    }

    /**
     * A summary placed before the article: a "Key points"/"Summary" label with the bullets after it, or paragraphs
     * that speak about "the article" itself. Only paragraphs before the report starts count (a headline or byline
     * may come first).
     */
    private static void leadingSummary(List<String> paragraphs, String metaTitle, String[] reasons) {
        boolean afterLabel = false;
        for (int p = 0; p < paragraphs.size() - 1; p++) {
            String t = paragraphs.get(p).strip();
            if (SUMMARY_LABEL.matcher(t).find()) {
                reasons[p] = SUMMARY;
                afterLabel = true;
            } else if (afterLabel && BULLET.matcher(t).find()) {
                reasons[p] = SUMMARY;
            } else if (ABOUT_THE_ARTICLE.matcher(firstSentence(t)).find()) {
                reasons[p] = SUMMARY;
                afterLabel = false;
            } else if (sameText(t, metaTitle) || !TERMINAL.matcher(t).find() && words(t) <= 30
                    || isByline(t, words(t))) {
                afterLabel = false; // headline or byline: the summary may come after it
            } else {
                summaryAroundTheArticle(paragraphs, p, reasons);
                return;
            }
        }
    }

    /** How far into the article a summary's paragraph about "the article" may stand, counted from its first prose. */
    private static final int SUMMARY_REACH = 6;
    /** How many paragraphs after that paragraph may still belong to the summary. */
    private static final int SUMMARY_AFTER = 2;
    /** An opening or closing quotation mark (an apostrophe inside a word is none). */
    private static final Pattern QUOTATION = Pattern.compile("[\"\u201C\u201D\u00AB\u00BB]|(?<![\\p{L}\\p{N}])[\u2018']");
    /** A dateline that opens a report: "WASHINGTON (Reuters) -", "KYIV, Ukraine —". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}{2,}[\\p{Lu} .'-]*(, [\\p{L} .]{1,30})?\\s*(\\([^)]{1,30}\\))?\\s*[-\u2013\u2014]\\s");

    /**
     * A summary of several paragraphs that says "the article highlights …" only in one of its middle paragraphs,
     * as some tools write it before a saved article. The paragraphs from {@code first} (the first prose paragraph)
     * to that one are the summary when none of them quotes anyone (a summary paraphrases) or opens with a
     * dateline; so are up to {@link #SUMMARY_AFTER} paragraphs after it, up to the first that quotes someone:
     * the article's own text starts there.
     */
    private static void summaryAroundTheArticle(List<String> paragraphs, int first, String[] reasons) {
        int last = paragraphs.size() - 1; // the last paragraph is never a summary: something must follow it
        int about = -1;
        for (int p = first; p < last && p <= first + SUMMARY_REACH; p++) {
            String t = paragraphs.get(p).strip();
            if (p > first && ABOUT_THE_ARTICLE.matcher(firstSentence(t)).find()) {
                about = p;
                break;
            }
            if (!summaryVoice(t)) {
                return;
            }
        }
        if (about < 0) {
            return;
        }
        int end = about;
        while (end + 1 < last && end + 1 <= about + SUMMARY_AFTER && summaryVoice(paragraphs.get(end + 1).strip())) {
            end++;
        }
        for (int p = first; p <= end; p++) {
            reasons[p] = SUMMARY;
        }
    }

    /** A paragraph that may belong to a summary: prose that quotes nobody and opens with no dateline. */
    private static boolean summaryVoice(String t) {
        return TERMINAL.matcher(t).find() && !QUOTATION.matcher(t).find() && !DATELINE.matcher(t).find();
    }

    private static String firstSentence(String t) {
        int end = t.indexOf(". ");
        return end < 0 ? t : t.substring(0, end + 1);
    }

    /**
     * An editor's note ("Editor's note: …", "Note to readers: …") is the outlet speaking about the article or its
     * subject, not reporting: a standing paragraph appended to many articles, or a line introducing an excerpt. A
     * note broken over lines runs on to the first paragraph that ends a sentence. A note that reports (a correction
     * that says what an official said or what an earlier article reported) stays, and so does a note that is the
     * only text.
     */
    private static void editorsNotes(List<String> paragraphs, String[] reasons) {
        int n = paragraphs.size();
        if (n < 2) {
            return;
        }
        for (int p = 0; p < n; p++) {
            if (reasons[p] != null || !EDITORS_NOTE_LABEL.matcher(paragraphs.get(p)).find()) {
                continue;
            }
            int end = p;
            StringBuilder note = new StringBuilder(paragraphs.get(p));
            while (end + 1 < n && end - p + 1 < NOTE_LINES && !TERMINAL.matcher(paragraphs.get(end).strip()).find()
                    && reasons[end + 1] == null) {
                end++;
                note.append(' ').append(paragraphs.get(end));
            }
            if (REPORTING.matcher(unquote(note.toString())).find()) {
                p = end;
                continue;
            }
            for (int k = p; k <= end; k++) {
                reasons[k] = EDITORS_NOTE;
            }
            p = end;
        }
    }

    /** A paragraph that repeats the next one: the first of two equal paragraphs stays, a lead line is dropped. */
    private static void repeated(List<String> paragraphs, String[] reasons) {
        for (int p = 0; p + 1 < paragraphs.size(); p++) {
            String a = squash(paragraphs.get(p));
            String b = squash(paragraphs.get(p + 1));
            if (a.length() < 20) {
                continue;
            }
            if (a.equals(b)) {
                if (reasons[p + 1] == null || HEADLINE.equals(reasons[p + 1])) {
                    reasons[p + 1] = REPEATED;
                }
            } else if (b.startsWith(a) && reasons[p] == null) {
                reasons[p] = REPEATED;
            }
        }
    }

    /**
     * "By Jane Doe and John Roe, Reuters" (names: capitalised words), or "Published 9 April 2025" / "Updated …".
     */
    static boolean isByline(String t, int words) {
        if (words > 15 || !BYLINE_LINE.matcher(t).find()) {
            return false;
        }
        String rest = t.strip().replaceFirst("(?i)^\\W*(written |words |story )?by\\s+", "");
        if (rest.length() == t.strip().length()) {
            return true; // published / updated
        }
        int comma = rest.indexOf(',');
        String names = comma < 0 ? rest : rest.substring(0, comma); // after a comma: the role or the outlet
        for (String w : names.split("[\\s;|/]+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))
                    && !w.matches("(?i)and|&|de|da|van|von|der|la|le|del|al|bin|in|for|at|of|and\\.?")) {
                return false;
            }
        }
        return words <= 10;
    }

    /** A prompt to subscribe addressed to the reader, anywhere in the article ("Want this in your inbox? …"). */
    private static boolean isNewsletterPrompt(String u) {
        return SIGN_UP.matcher(u).find() && (READER.matcher(u).find()
                || u.matches("(?is)^\\W*(sign up|subscribe|get|join|register)\\b.*"));
    }

    private static final Pattern SIGN_UP = Pattern.compile(
            "\\bsign up\\b|\\bsubscribe\\b|\\bin your inbox\\b|\\bnewsletters?\\b.{0,40}\\b(free|daily|weekly)\\b",
            Pattern.CASE_INSENSITIVE);

    private static boolean isHandleLine(String t) {
        return HANDLE_LINE.matcher(t).find() && (t.matches("(?is)^\\W*follow\\b.*") || t.contains(":"));
    }

    /** A picture's caption label or credit line. */
    static boolean isCaption(String t, int words) {
        return CAPTION_LABEL.matcher(t).find() || CAPTION_CREDIT.matcher(t).find() || isPhotoCredit(t, words);
    }

    /** A line that only credits a picture: "Getty.", "Bloomberg via Getty Images.", "Photo: AFP". */
    static boolean isPhotoCredit(String t, int words) {
        if (PHOTO_CREDIT.matcher(t.strip()).find()) {
            return true;
        }
        if (words > 8 || !PICTURE_AGENCY.matcher(t).find()) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return words <= 3 || lower.contains("/") || lower.contains(" via ") || lower.contains("photo")
                || lower.contains("image") || lower.contains("courtesy");
    }

    /** True when every paragraph before {@code p} is a headline, byline, summary or other lead-in. */
    private static boolean leading(String[] reasons, int p) {
        for (int i = 0; i < p; i++) {
            String r = reasons[i];
            if (!HEADLINE.equals(r) && !HANDLE.equals(r) && !BYLINE.equals(r) && !SUMMARY.equals(r)
                    && !CAPTION.equals(r) && !NAVIGATION.equals(r)) {
                return false;
            }
        }
        return true;
    }

    private static String tailReason(List<Candidate> sentences, int i, boolean firstPersonVoice, int paragraphs) {
        Candidate c = sentences.get(i);
        String u = c.unquoted();
        if (NEWSLETTER_PROMPT.matcher(u).find() && (isNewsletterPrompt(u) || c.imperative()
                || u.matches("(?is).*\\b(newsletters?|inbox)\\b.*"))) {
            return NEWSLETTER;
        }
        if (PROMO.matcher(u).find() || EMAIL.matcher(u).find()) {
            return PROMOTION;
        }
        Matcher bio = BIO_SENTENCE.matcher(u.strip());
        if (bio.find() && !mentionedBefore(sentences, i, bio.group(2))) {
            return BIO; // "Jane Doe is a reporter for …" about someone the report never mentions
        }
        if (HANDLE_LINE.matcher(u).find()) {
            return HANDLE;
        }
        if (c.paragraph() == paragraphs - 1 && REPORTED_FROM.matcher(u.strip()).find()) {
            return CREDIT;
        }
        if (!firstPersonVoice && FIRST_PERSON.matcher(u).find()) {
            return BIO;
        }
        if (READER.matcher(u).find() || c.imperative() && isPromptToTheReader(u)) {
            return PROMOTION;
        }
        return null;
    }

    /**
     * An imperative sentence is a prompt to the reader when it is short or speaks of the page, the outlet, a link
     * or an action on them ("Skip the extension — just come straight here."); not when it reports ("Return on
     * equity was 18 pct, the company said." opens with a word that can be a verb).
     */
    private static boolean isPromptToTheReader(String u) {
        if (REPORTING.matcher(u).find()) {
            return false;
        }
        return words(u) <= 12 || PROMPT_WORDS.matcher(u).find();
    }

    private static final Pattern REPORTING = Pattern.compile(
            "\\b(said|says|told|according to|reported|announced|stated)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMPT_WORDS = Pattern.compile(
            "\\b(here|now|our|us|today|free|below|above|link|app|email|podcast|episode|follow|listen|watch|"
                    + "download|subscribe|click|share|tweet|comment|comments|sign|join|visit|website|site|page|tool)\\b",
            Pattern.CASE_INSENSITIVE);

    private static boolean mentionedBefore(List<Candidate> sentences, int i, String name) {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        for (int k = 0; k < i; k++) {
            if (sentences.get(k).paragraph() != sentences.get(i).paragraph()
                    && word.matcher(sentences.get(k).text()).find()) {
                return true;
            }
        }
        return false;
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

    /** The title, or a line of it when it is broken over lines. */
    private static boolean partOfTitle(String t, String title) {
        if (title == null) {
            return false;
        }
        String a = squash(t);
        String b = squash(title);
        return a.equals(b) || a.length() >= 8 && b.contains(a);
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
        return new ArrayList<>(List.of(HEADLINE, SUBHEADING, HANDLE, RELATED, CREDIT, PHOTO, PROMOTION, NEWSLETTER, BIO,
                BYLINE, CAPTION, REPEATED, SUMMARY, SIGN_OFF, NAVIGATION,
                EDITORS_NOTE));
    }
}
