package org.crosscheck.query;

import java.util.concurrent.CancellationException;

/** A flag a running query checks in its loops; Ctrl-C sets it. */
public final class Cancel {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws when cancelled (or the running thread was interrupted). */
    public void check() {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("query cancelled");
        }
    }
}
