package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void redrawsOneLineOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 80);
        bar.start("annotating", 5);
        bar.step("000");
        bar.step("001");
        bar.step("002");
        assertEquals("[############        ] 3/5 annotating 002…", bar.line("002"));
        bar.warn("004.txt: not UTF-8, read as windows-1252");
        bar.step("003");
        bar.step("004");
        bar.done();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r\033[K[####                ] 1/5 annotating 000…"), out);
        assertTrue(out.contains("\nwarning: 004.txt: not UTF-8, read as windows-1252\n"), out);
        assertTrue(out.contains("[####################] 5/5 annotating done"), out);
        assertTrue(out.endsWith("\n"));
    }

    @Test
    void writesPlainLinesElsewhere() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 0);
        bar.start("reading", 2);
        bar.step("000.txt");
        bar.warn("empty.txt: empty file, skipped");
        bar.step("001.txt");
        bar.done();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("reading (2) …", "  1/2 reading 000.txt", "warning: empty.txt: empty file, skipped",
                "  2/2 reading 001.txt", "reading: done"), lines);
    }

    @Test
    void cutsLongLinesToTheWidth() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), true, 30);
        bar.start("annotating", -1);
        bar.step("a-very-long-source-identifier-indeed");
        String line = bar.line("a-very-long-source-identifier-indeed");
        assertTrue(line.length() <= 29, line);
        assertTrue(line.startsWith("[1] annotating"), line);
    }
}
