package io.licensor.ui.assets;

/**
 * One thing the asset form says about what was typed. {@code field} names the input it belongs to ("title",
 * "owners[1].share", "components[0].license") so the view can decorate that control; ERROR blocks Save, WARNING
 * does not (an unknown SPDX id, a missing AI provenance note).
 */
public record FormIssue(String field, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static FormIssue error(String field, String message) {
        return new FormIssue(field, Severity.ERROR, message);
    }

    public static FormIssue warning(String field, String message) {
        return new FormIssue(field, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
