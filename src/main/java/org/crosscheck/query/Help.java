package org.crosscheck.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Help on the query language, read from the grammar's {@code //: FORM — description} lines, so that help always
 * says what the parser accepts.
 */
public final class Help {
    private static final String RESOURCE = "/org/crosscheck/query/Query.g4";
    private static volatile List<Form> forms;

    private Help() {
    }

    /**
     * One documented form of the language.
     *
     * @param topic       its first word ("quotes", "sort", "let" …), what {@link #text(String)} takes
     * @param form        how it is written: {@code quotes [by NAME] [in SOURCE]}
     * @param description what it gives
     */
    public record Form(String topic, String form, String description) {
    }

    /** Every documented form, in grammar order. */
    public static List<Form> forms() {
        List<Form> f = forms;
        if (f == null) {
            f = load();
            forms = f;
        }
        return f;
    }

    /** The topics, in grammar order: the first word of each form. */
    public static List<String> topics() {
        Set<String> t = new LinkedHashSet<>();
        for (Form f : forms()) {
            t.add(f.topic());
        }
        return List.copyOf(t);
    }

    /**
     * Help text: every form when topic is null or blank, else the forms of that topic (any case); null for a topic
     * the grammar does not document.
     */
    public static String text(String topic) {
        String want = topic == null ? "" : topic.strip().toLowerCase(Locale.ROOT);
        List<Form> chosen = new ArrayList<>();
        for (Form f : forms()) {
            if (want.isEmpty() || f.topic().equals(want)) {
                chosen.add(f);
            }
        }
        if (chosen.isEmpty()) {
            return null;
        }
        int width = chosen.stream().mapToInt(f -> f.form().length()).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (Form f : chosen) {
            b.append(String.format("%-" + width + "s  %s%n", f.form(), f.description()));
        }
        return b.toString().stripTrailing();
    }

    /** The forms documented in grammar text. */
    static List<Form> parse(String grammar) {
        List<Form> out = new ArrayList<>();
        for (String line : grammar.split("\\R")) {
            String l = line.strip();
            if (!l.startsWith("//:")) {
                continue;
            }
            String body = l.substring(3).strip();
            int dash = body.indexOf(" — ");
            String form = dash < 0 ? body : body.substring(0, dash).strip();
            String description = dash < 0 ? "" : body.substring(dash + 3).strip();
            String first = form.split("[\\s\\[]+", 2)[0].toLowerCase(Locale.ROOT);
            out.add(new Form(first, form, description));
        }
        return List.copyOf(out);
    }

    private static List<Form> load() {
        try (InputStream in = Help.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the grammar " + RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
