package io.licensor.service;

/** Told how far {@code licensor generate} has got; called on the generating thread. */
@FunctionalInterface
public interface GenerateProgress {
    /** Reports nothing. */
    GenerateProgress NONE = (written, total) -> { };

    /** {@code written} of {@code total} receipts are committed. */
    void receiptsWritten(long written, long total);
}
