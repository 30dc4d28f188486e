package org.crosscheck.render;

/** Output formats; each has a renderer. */
public enum Format {
    TABLE, JSON, CSV, MARKDOWN
}
