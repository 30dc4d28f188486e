package org.crosscheck.shell;

import java.io.PrintStream;
import org.crosscheck.ingest.Progress;

/**
 * Progress on the terminal's error stream. On a terminal one line is redrawn in place:
 * {@code [#####     ] 3/5 annotating 002…}; otherwise (a pipe, a log) each step is a plain line.
 * Warnings always get a line of their own.
 */
public final class ProgressBar implements Progress {
    private static final int BAR = 20;
    private final PrintStream err;
    private final boolean tty;
    private final int width;
    private String phase = "";
    private int total = -1;
    private int done;
    private boolean drawn;

    /**
     * @param err   where to draw
     * @param tty   whether {@code err} is a terminal (redraw in place) or not (plain lines)
     * @param width the terminal width, or 0 when unknown
     */
    public ProgressBar(PrintStream err, boolean tty, int width) {
        this.err = err;
        this.tty = tty;
        this.width = width > 0 ? width : 80;
    }

    @Override
    public synchronized void start(String phase, int total) {
        finishLine();
        this.phase = phase;
        this.total = total;
        this.done = 0;
        if (tty) {
            draw("");
        } else {
            err.println(phase + (total >= 0 ? " (" + total + ")" : "") + " …");
        }
    }

    @Override
    public synchronized void step(String item) {
        done++;
        if (tty) {
            draw(item == null ? "" : item);
        } else {
            err.println("  " + (total >= 0 ? done + "/" + total : String.valueOf(done)) + " " + phase
                    + (item == null || item.isEmpty() ? "" : " " + item));
        }
    }

    @Override
    public synchronized void warn(String message) {
        finishLine();
        err.println("warning: " + message);
        if (tty && !phase.isEmpty()) {
            draw("");
        }
    }

    @Override
    public synchronized void done() {
        if (tty) {
            if (drawn) {
                draw("done");
                finishLine();
            }
        } else {
            err.println(phase + ": done");
        }
        err.flush();
    }

    /** The line as it is drawn on a terminal (without the carriage return). */
    String line(String item) {
        StringBuilder b = new StringBuilder();
        if (total > 0) {
            int filled = Math.min(BAR, done * BAR / total);
            b.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ")
                    .append(done).append('/').append(total).append(' ');
        } else {
            b.append("[").append(done).append("] ");
        }
        b.append(phase);
        if (!item.isEmpty()) {
            b.append(' ').append(item).append(item.equals("done") ? "" : "…");
        }
        if (b.length() > width - 1) {
            b.setLength(Math.max(0, width - 2));
            b.append('…');
        }
        return b.toString();
    }

    private void draw(String item) {
        err.print("\r\033[K" + line(item));
        err.flush();
        drawn = true;
    }

    private void finishLine() {
        if (tty && drawn) {
            err.println();
            drawn = false;
        }
    }
}
