package io.licensor.ui.common;

import java.util.Objects;

/**
 * A place in the app that one section can send the user to: an asset in the register, a license, an asset's
 * dashboard. The section that can show it says so through {@link Section#canShow}.
 *
 * @param kind what the id names
 * @param id   the asset or license id ("A3", "L5")
 */
public record Destination(Kind kind, String id) {

    /** What a destination shows. */
    public enum Kind {
        /** An asset, selected in the asset register. */
        ASSET,
        /** A license, selected in the licenses section. */
        LICENSE,
        /** An asset's dashboard. */
        ASSET_DASHBOARD,
        /** A comparison of a license's terms with alternatives, in the scenario studio ("Compare alternatives"). */
        LICENSE_SCENARIO
    }

    public Destination {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Destination asset(String id) {
        return new Destination(Kind.ASSET, id);
    }

    public static Destination license(String id) {
        return new Destination(Kind.LICENSE, id);
    }

    public static Destination assetDashboard(String id) {
        return new Destination(Kind.ASSET_DASHBOARD, id);
    }

    /** The scenario studio comparing license {@code id}'s terms with an alternative. */
    public static Destination licenseScenario(String id) {
        return new Destination(Kind.LICENSE_SCENARIO, id);
    }
}
