package io.licensor.model;

import java.util.Objects;

/** A third-party part inside an asset, with its SPDX license id (e.g. {@code GPL-3.0-only}); license may be null. */
public record Component(String name, String license) {
    public Component {
        Objects.requireNonNull(name, "name");
    }
}
