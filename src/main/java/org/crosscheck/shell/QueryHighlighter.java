package org.crosscheck.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours the line being typed: keywords, strings, numbers, $N and names, /commands. */
final class QueryHighlighter implements Highlighter {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<string>\"(?:[^\"\\\\]|\\\\.)*\"?|'(?:[^'\\\\]|\\\\.)*'?)"
                    + "|(?<result>\\$\\d+)"
                    + "|(?<number>(?<![\\p{L}\\p{N}_])\\d+(?:\\.\\d+)?(?![\\p{L}\\p{N}_]))"
                    + "|(?<word>[\\p{L}_][\\p{L}\\p{N}_]*)");
    private static final Pattern COMMAND = Pattern.compile("^(\\s*)(/\\S*)");

    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle VARIABLE = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle COMMAND_STYLE = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);

    private final Session session;

    QueryHighlighter(Session session) {
        this.session = session;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    AttributedString highlight(String buffer) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        Matcher command = COMMAND.matcher(buffer);
        if (command.find()) {
            b.append(command.group(1));
            b.styled(COMMAND_STYLE, command.group(2));
            b.append(buffer.substring(command.end()));
            return b.toAttributedString();
        }
        Matcher m = TOKEN.matcher(buffer);
        int at = 0;
        while (m.find()) {
            b.append(buffer, at, m.start());
            AttributedStyle style = null;
            if (m.group("string") != null) {
                style = STRING;
            } else if (m.group("result") != null) {
                style = VARIABLE;
            } else if (m.group("number") != null) {
                style = NUMBER;
            } else if (Keywords.is(m.group())) {
                style = KEYWORD;
            } else if (session != null && session.lookup(m.group()).isPresent()) {
                style = VARIABLE;
            }
            if (style == null) {
                b.append(m.group());
            } else {
                b.styled(style, m.group());
            }
            at = m.end();
        }
        b.append(buffer.substring(at));
        return b.toAttributedString();
    }

    @Override
    public void setErrorPattern(java.util.regex.Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}
