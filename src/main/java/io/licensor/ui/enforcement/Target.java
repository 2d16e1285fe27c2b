package io.licensor.ui.enforcement;

import java.util.Objects;

/** What an enforcement entry (or the filter) is about: one asset, or one license. */
public record Target(Kind kind, String id) {

    /** An asset or a license. */
    public enum Kind { ASSET, LICENSE }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Target asset(String id) {
        return new Target(Kind.ASSET, id);
    }

    public static Target license(String id) {
        return new Target(Kind.LICENSE, id);
    }

    public boolean isAsset() {
        return kind == Kind.ASSET;
    }
}
