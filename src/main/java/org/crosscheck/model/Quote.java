package org.crosscheck.model;

/**
 * A quotation, with who said it.
 *
 * @param speaker       the speaker's name as resolved (canonical entity name when resolved), or null
 * @param speakerEntity the speaker's entity id, or null
 * @param text          the quoted words, without the quotation marks, normalised
 * @param start         offset of the opening quotation mark in the original text
 * @param end           offset just past the closing mark
 * @param kind          direct, partial or indirect
 * @param cue           the reporting verb (said, wrote, added …) or null
 * @param channel       where it was said, where the text names it (Telegram, X, a press conference …) or null
 * @param why           the rule that found the speaker, for /why
 * @param speakerStart  offset in the original text of the speaker mention the attribution rests on (a name, a
 *                      pronoun, a title such as "the minister"), or -1 when none
 * @param speakerEnd    offset just past that mention, or -1
 * @param cueStart      offset in the original text of the reporting verb (or "according to"), or -1 when none
 * @param cueEnd        offset just past the cue, or -1
 */
public record Quote(String id, String source, String speaker, String speakerEntity, String text, int start, int end,
                    String kind, String cue, String channel, int sentence, String why,
                    int speakerStart, int speakerEnd, int cueStart, int cueEnd) {
}
