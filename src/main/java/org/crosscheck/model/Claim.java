package org.crosscheck.model;

import java.util.List;

/**
 * One assertion made by one source: a clause of a sentence (a sentence that asserts two things makes two claims),
 * with its attribution when it is reported speech. Offsets are the claim's own span in the source's original text.
 *
 * @param group    id of the {@link ClaimGroup} it belongs to
 * @param entities ids of the entities it mentions
 * @param speaker  who the source attributes it to, or null for the outlet's own voice
 * @param hedges   words that make it less than certain or second-hand ("believed to", "alleged", "unclear whether")
 * @param numbers  the numbers it states, normalised: "2", "~11000", "2000..9999 (thousands)", "1500 at a time"
 * @param subject  the text of its subject phrase ("China", "his country's army"), or null when it has none
 * @param cue      the reporting verb that attributes it, as written ("said", "claimed"), or null
 * @param content  what it asserts, without its attribution frame: for "Zelensky said Kiev has captured two
 *                 Chinese nationals" the reported clause; a shared subject is put in front of a coordinated clause
 *                 that lacks one. The text claims are compared by; {@link #text()} when not given
 * @param predicate the lemma of the clause's main word: its verb ("capture"), or the noun or adjective of a copular
 *                  clause ("signal", "justified"); null when not known
 * @param roles    who does what to what, one entry a verb of its content, from the dependency tree:
 *                 "SUBJECT|VERB|OBJECT|PREP ARG;PREP ARG", each part a lemma or an entity ("e12"), empty when
 *                 absent ("e3|demand|explanation|from e7" for "Zelensky demanded an explanation from Beijing")
 * @param quoted   whether the span lies inside a quotation the sentence opens before it and closes after it, with no
 *                 quotation mark of its own ("I intend to do so." of "“Of course my job is to defeat Michele Bachmann
 *                 and I intend to do so. But …,” O'Neill said"): {@link #readable()} shows it between marks. False
 *                 in an index written before it was recorded
 */
public record Claim(String id, String source, String text, int start, int end, int sentence, String group,
                    List<String> entities, String speaker, List<String> hedges, List<String> numbers,
                    String subject, String cue, String content, String predicate, List<String> roles,
                    boolean quoted) {
    public Claim {
        entities = List.copyOf(entities);
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        content = content == null ? text : content;
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A claim not known to lie inside a quotation (the form before that was recorded). */
    public Claim(String id, String source, String text, int start, int end, int sentence, String group,
                 List<String> entities, String speaker, List<String> hedges, List<String> numbers,
                 String subject, String cue, String content, String predicate, List<String> roles) {
        this(id, source, text, start, end, sentence, group, entities, speaker, hedges, numbers, subject, cue, content,
                predicate, roles, false);
    }

    /** A claim with no roles recorded (the form before they were read from the dependency tree). */
    public Claim(String id, String source, String text, int start, int end, int sentence, String group,
                 List<String> entities, String speaker, List<String> hedges, List<String> numbers,
                 String subject, String cue, String content, String predicate) {
        this(id, source, text, start, end, sentence, group, entities, speaker, hedges, numbers, subject, cue, content,
                predicate, List.of());
    }

    /** A claim with no subject, cue or content of its own recorded (the form before claims were clauses). */
    public Claim(String id, String source, String text, int start, int end, int sentence, String group,
                 List<String> entities, String speaker, List<String> hedges, List<String> numbers) {
        this(id, source, text, start, end, sentence, group, entities, speaker, hedges, numbers, null, null, null,
                null);
    }

    /** A claim with no hedges or numbers recorded (the form before those were extracted). */
    public Claim(String id, String source, String text, int start, int end, int sentence, String group,
                 List<String> entities, String speaker) {
        this(id, source, text, start, end, sentence, group, entities, speaker, List.of(), List.of());
    }

    /**
     * The claim as a reader needs to see it: its own span, with its subject in front ("Liz Cheney … refuses to let
     * go.") when the span is a coordinated clause whose subject stands in the clause before it, or with its speaker
     * in front ("Jim DeMint … said Steele must apologize to the troops.") when the span opens with the reporting
     * verb, or with its speaker and verb in front ("Joseph Sellers … responded that “they do not make their decisions
     * in a vacuum.”") when it opens with the "that" of a second complement; a span that is one piece of a quotation
     * shows it closed ({@link #closeQuotation}), and a span inside a quotation with no mark of its own
     * ({@link #quoted}) shows it between marks. The span and its offsets stay as they are.
     */
    public String readable() {
        String shown = quoted && !hasMark(text) ? "\"" + text.strip() + "\"" : closeQuotation(text);
        String plainText = plain(text);
        if (speaker != null && !speaker.isBlank() && cue != null && !cue.isBlank()
                && (plainText.startsWith(plain(cue)) || asideBeforeVerb(text, cue))
                && !plainText.contains(plain(speaker))) {
            // "… would not go that far but said Steele must apologize": the report's own span opens with its verb;
            // who said it stands in the clause before. So too when only a phrase set off by a comma stands before
            // the verb: "NIS said it monitored … and, on Oct. 18, reported that …"
            return speaker + " \u2026 " + shown;
        }
        if (speaker != null && !speaker.isBlank() && cue != null && !cue.isBlank() && THAT.matcher(text).lookingAt()
                && !plainText.contains(plain(speaker)) && !plain(content).startsWith("that")
                && !containsWord(text, cue) && !containsWord(content, cue) && !opensInsideQuotation(text)) {
            // "Mr. Sellers responded that “there is this broad discretion …” but that “they do not make their decisions
            // in a vacuum.”": the second complement's span opens with its "that"; who said it, and how, stand before
            // (not when the verb is in the span or its content: "that our bedrock principles are upheld," Burton
            // said", where the "that" is another verb's, nor "… he did not believe the episode merited …", cue
            // "believe"; nor when the "that" is the speaker's own, inside a quotation opened before the span: "Rand
            // said in a statement, "It has long been AARP's policy that … and that it is sufficiently financed …"")
            return speaker + " \u2026 " + cue + " " + shown;
        }
        if (subject == null || subject.isBlank() || plainText.contains(plain(subject))) {
            return shown;
        }
        return subject + " \u2026 " + shown;
    }

    /**
     * {@code s} with the quotation it cuts closed: a claim that is one piece of a quotation the sentence goes on with
     * (“I did these things. | … I used money that should have been used for my campaign,” Jackson said) shows its
     * piece as a quotation of its own, “I did these things.” and “… I used money …”, not with one mark unpaired. A
     * mark with no word on its far side in the span ("… he said: “") is left as it is.
     */
    static String closeQuotation(String s) {
        int open = s.indexOf('\u201C');
        int close = s.indexOf('\u201D');
        long opens = s.chars().filter(ch -> ch == '\u201C').count();
        long closes = s.chars().filter(ch -> ch == '\u201D').count();
        if (opens == closes + 1 && s.lastIndexOf('\u201C') > s.lastIndexOf('\u201D')) {
            return hasWord(s.substring(s.lastIndexOf('\u201C'))) ? s.stripTrailing() + "\u201D" : s;
        }
        if (closes == opens + 1 && close >= 0 && (open < 0 || close < open)) {
            return hasWord(s.substring(0, close)) ? "\u201C" + s : s;
        }
        if (opens > 0 || closes > 0 || s.chars().filter(ch -> ch == '"').count() != 1) {
            return s;
        }
        int mark = s.indexOf('"');
        if (opensInsideQuotation(s)) {
            return hasWord(s.substring(0, mark)) ? "\"" + s : s;
        }
        return hasWord(s.substring(mark)) ? s.stripTrailing() + "\"" : s;
    }

    private static boolean hasMark(String s) {
        return s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0;
    }

    private static boolean hasWord(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * Whether the first quotation mark of {@code s} closes a quotation: the span stands inside one opened before it.
     * A straight mark closes when it follows a word or punctuation and no letter or digit follows it.
     */
    static boolean opensInsideQuotation(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\u201d') {
                return true;
            }
            if (c == '\u201c') {
                return false;
            }
            if (c == '"') {
                return k > 0 && !Character.isWhitespace(s.charAt(k - 1))
                        && (k + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(k + 1)));
            }
        }
        return false;
    }

    /**
     * Whether the span opens in lower case with a short phrase set off by a comma and then the reporting verb
     * ("on Oct. 18, reported that …", "in a statement, said …"): the second verb of a coordinated predicate whose
     * subject stands before the span.
     */
    static boolean asideBeforeVerb(String text, String cue) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return false;
        }
        int at = indexOfWord(text, cue);
        if (at < 0) {
            return false;
        }
        String before = text.substring(0, at).strip();
        return before.endsWith(",") && before.split("\\s+").length <= 6 && before.indexOf('"') < 0
                && before.indexOf('\u201C') < 0 && before.indexOf('\u201D') < 0;
    }

    /** A span that opens with the word "that" (a complement's own mark). */
    private static final java.util.regex.Pattern THAT = java.util.regex.Pattern.compile("(?i)that\\b(?![-'\u2019])");

    /**
     * Whether {@code word} stands in {@code s} as a word of its own, in any case: no letter right before or after it
     * (upper and lower case of the letters A to Z are one; other letters must match as written).
     */
    static boolean containsWord(String s, String word) {
        return indexOfWord(s, word) >= 0;
    }

    /** Where {@code word} first stands in {@code s} as a word of its own, in any case; -1 when nowhere. */
    static int indexOfWord(String s, String word) {
        int n = word.length();
        for (int i = 0; i + n <= s.length(); i++) {
            if ((i == 0 || !Character.isLetter(s.codePointBefore(i))) && sameIgnoringAsciiCase(s, i, word)
                    && (i + n == s.length() || !Character.isLetter(s.codePointAt(i + n)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameIgnoringAsciiCase(String s, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            char a = s.charAt(at + k);
            char b = word.charAt(k);
            if (a != b && asciiLower(a) != asciiLower(b)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Letters and digits only, in lower case: a PDF line break or a curly apostrophe does not hide a subject. */
    private static String plain(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The same claim in another group. */
    public Claim inGroup(String newGroup) {
        return new Claim(id, source, text, start, end, sentence, newGroup, entities, speaker, hedges, numbers, subject,
                cue, content, predicate, roles, quoted);
    }
}
