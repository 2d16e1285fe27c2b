package io.licensor.model;

/** One thing wrong with some input: where (a field, JSON path, line or column) and what, in plain words. */
public record Problem(String where, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
