package org.crosscheck.render;

import java.util.Locale;

/** Output formats; each has a renderer. */
public enum Format {
    TABLE, JSON, CSV, MARKDOWN, HTML;

    /** The format named {@code name} (any case), or null. */
    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        return null;
    }

    /** The name users type: "table", "json" … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
