package org.crosscheck.ingest;

/** Reports long work (reading, annotating, indexing) to whoever shows it: a progress bar, a log, nothing. */
public interface Progress {
    /** A new phase with {@code total} steps (or -1 when unknown). */
    void start(String phase, int total);

    /** One step of the current phase is done; {@code item} names it (a file, a source id). */
    void step(String item);

    /** A message that must reach the user (a skipped file, a fallback encoding). */
    void warn(String message);

    /** The current phase is finished. */
    void done();

    Progress SILENT = new Progress() {
        public void start(String phase, int total) { }
        public void step(String item) { }
        public void warn(String message) { }
        public void done() { }
    };
}
