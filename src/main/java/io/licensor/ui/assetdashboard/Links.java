package io.licensor.ui.assetdashboard;

import io.licensor.ui.charts.ChartTooltips;
import io.licensor.ui.common.Destination;
import io.licensor.ui.common.Navigator;
import java.util.Objects;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;

/**
 * Links from a dashboard to where an item lives: an asset in the register, a license in the licenses section or,
 * when the app has no licenses section, the asset the license covers (decision 0078).
 */
public final class Links {
    private final Navigator navigator;
    /** One tooltip for every link: a tooltip per link would cost a window each. */
    private final Tooltip tooltip = ChartTooltips.tooltip("");

    public Links(Navigator navigator) {
        this.navigator = Objects.requireNonNull(navigator, "navigator");
    }

    /** Gives {@code node} the shared tooltip with {@code text}. */
    public void tooltip(javafx.scene.Node node, String text) {
        ChartTooltips.lazy(node, tooltip, () -> text);
    }

    /** A link showing {@code text} that selects the asset in the register. */
    public Hyperlink asset(String assetId, String text) {
        Hyperlink link = new Hyperlink(text);
        tooltip(link, "Open " + assetId + " in the asset register");
        link.setOnAction(e -> navigator.go(Destination.asset(assetId)));
        return link;
    }

    /**
     * A link showing {@code text} that selects the license in the licenses section, or, without one, the license's
     * {@code firstAssetId} in the register (nothing when that is null too).
     */
    public Hyperlink license(String licenseId, String firstAssetId, String text) {
        Hyperlink link = new Hyperlink(text);
        if (navigator.canGo(Destination.Kind.LICENSE) || firstAssetId == null) {
            tooltip(link, "Open " + licenseId + " in Licenses");
            link.setOnAction(e -> navigator.go(Destination.license(licenseId)));
        } else {
            tooltip(link, "Open " + firstAssetId + ", the asset " + licenseId + " covers, in the asset register");
            link.setOnAction(e -> navigator.go(Destination.asset(firstAssetId)));
        }
        return link;
    }
}
