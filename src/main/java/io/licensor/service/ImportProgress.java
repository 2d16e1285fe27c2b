package io.licensor.service;

/**
 * Told how far a statement import has come, and asked whether to stop. Called from the thread doing the work,
 * every few thousand rows; implementations hand the figures to the UI thread themselves.
 */
public interface ImportProgress {

    /** What the import is doing. */
    enum Phase {
        /** Reading and checking the rows of the file; done and total are bytes. */
        READING,
        /** Writing the receipts; done and total are receipts. */
        WRITING
    }

    /** Reports nothing and never stops. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(Phase phase, long done, long total) {
            // nobody is watching
        }
    };

    /**
     * @param phase what is being done
     * @param done  how much of it is done
     * @param total how much there is in all, or -1 when unknown
     */
    void update(Phase phase, long done, long total);

    /** True to stop: reading stops at once, writing rolls back; the import then throws a CancellationException. */
    default boolean cancelled() {
        return false;
    }
}
