package io.licensor.model;

import java.util.List;
import java.util.Objects;

/** An immutable snapshot of a whole portfolio: what the portfolio file holds and what analytics read. */
public record Portfolio(
        PortfolioSettings settings,
        List<Asset> assets,
        List<License> licenses,
        List<Receipt> receipts,
        List<EnforcementEntry> enforcement,
        List<FxRate> fxRates) {

    public Portfolio {
        Objects.requireNonNull(settings, "settings");
        assets = List.copyOf(assets);
        licenses = List.copyOf(licenses);
        receipts = List.copyOf(receipts);
        enforcement = List.copyOf(enforcement);
        fxRates = List.copyOf(fxRates);
    }

    public static Portfolio empty(PortfolioSettings settings) {
        return new Portfolio(settings, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return assets.isEmpty() && licenses.isEmpty() && receipts.isEmpty() && enforcement.isEmpty()
                && fxRates.isEmpty();
    }
}
