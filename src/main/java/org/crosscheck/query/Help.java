package org.crosscheck.query;

import java.util.List;

/**
 * TEMPORARY placeholder so the shell compiles before the query language work is merged; the real Help (read from
 * the grammar) replaces this file on merge.
 */
public final class Help {
    private Help() {
    }

    public static List<String> topics() {
        return List.of();
    }

    public static String text(String topic) {
        return null;
    }
}
