package org.crosscheck.model;

/**
 * A sentence of a source, as segmented after hard-wrap repair.
 *
 * @param start       offset of the first character in {@link Source#text()}
 * @param end         offset just past the last character
 * @param text        the normalised sentence text (quotes straightened, wraps joined)
 * @param boilerplate why the sentence is not reporting (paywall, bio, headline …), or null when it is reporting
 */
public record Sentence(String source, int index, int paragraph, int start, int end, String text, String boilerplate) {
    public boolean isBoilerplate() {
        return boilerplate != null;
    }
}
