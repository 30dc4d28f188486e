package org.crosscheck.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Drives a {@link Repl} on a JLine terminal over piped streams, as a person at a keyboard would: type some keys,
 * wait for the screen to show something, type more.
 */
final class ReplDriver implements AutoCloseable {
    private static final String ANSI = "\u001B\\[[0-9;?]*[A-Za-z]|\u001B[>=()][0-9A-Za-z]?|\r";
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final Repl repl;
    private final Thread thread;
    private volatile int exitCode = -1;
    private int mark;

    ReplDriver(Session session, Path history) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (screen) {
                    screen.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (screen) {
                    screen.write(b, off, len);
                }
            }
        };
        // a terminal whose line discipline is JLine's own (no pty), so Ctrl-C typed here raises SIGINT in the shell
        terminal = new ExternalTerminal("test", "xterm", in, out, StandardCharsets.UTF_8);
        terminal.setSize(new Size(160, 50));
        repl = new Repl(session, terminal, history);
        thread = new Thread(() -> exitCode = repl.run(), "repl-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    Repl repl() {
        return repl;
    }

    /** Sends keys as typed. */
    ReplDriver type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** The screen so far without colours and cursor movement. */
    String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8).replaceAll(ANSI, "");
        }
    }

    /** Waits until {@code text} shows after what earlier waits found; returns the screen up to and with it. */
    String waitFor(String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            String s = screen();
            int at = s.indexOf(text, mark);
            if (at >= 0) {
                String seen = s.substring(mark, at + text.length());
                mark = at + text.length();
                return seen;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the screen never showed '" + text + "' after position " + mark + ":\n"
                + screen().substring(Math.min(mark, screen().length())) + "\n--- whole screen:\n" + screen());
    }

    /** Types a line and Enter; returns what the screen showed up to the next prompt. */
    String enter(String line) throws IOException {
        type(line + "\r");
        return waitFor(Repl.PROMPT);
    }

    /** Waits until the line being edited is {@code text} (keys are handled on the shell's own thread). */
    void waitForBuffer(String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!repl.reader().getBuffer().toString().equals(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the line never became '" + text + "': '" + repl.reader().getBuffer() + "'");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits for the shell to end; returns its exit code. */
    int awaitExit() throws InterruptedException {
        thread.join(Duration.ofSeconds(30).toMillis());
        return exitCode;
    }

    @Override
    public void close() throws Exception {
        try {
            keys.close();
        } catch (IOException e) {
            // already closed
        }
        thread.join(Duration.ofSeconds(10).toMillis());
        repl.close();
        terminal.close();
    }
}
