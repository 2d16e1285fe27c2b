package io.licensor.exchange.statement;

/** Told every few thousand rows how far reading has come, for a progress bar. */
@FunctionalInterface
public interface StatementProgress {

    /** Reports nothing. */
    StatementProgress NONE = (rows, bytesRead, totalBytes) -> { };

    /**
     * @param rows       data rows read so far
     * @param bytesRead  bytes of the file read so far
     * @param totalBytes the file's size, or -1 when unknown
     */
    void update(long rows, long bytesRead, long totalBytes);
}
