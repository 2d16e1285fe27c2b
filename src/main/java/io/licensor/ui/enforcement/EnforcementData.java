package io.licensor.ui.enforcement;

import io.licensor.model.Asset;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.service.EnforcementSummary;
import io.licensor.service.PortfolioService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the Enforcement section shows, computed in one go off the FX thread. Immutable. */
public record EnforcementData(List<Asset> assets, List<License> licenses, List<EntryRow> rows,
        EnforcementSummary summary) {

    public EnforcementData {
        assets = List.copyOf(assets);
        licenses = List.copyOf(licenses);
        rows = List.copyOf(rows);
    }

    /** Reads the portfolio and computes the figures as of {@code asOf}; never on the FX thread. */
    public static EnforcementData load(PortfolioService service, LocalDate asOf) {
        return of(service.snapshot(), asOf);
    }

    public static EnforcementData of(Portfolio p, LocalDate asOf) {
        EnforcementSummary summary = EnforcementSummary.of(p, asOf);
        Map<String, Asset> assets = new HashMap<>();
        p.assets().forEach(a -> assets.put(a.id(), a));
        Map<String, License> licenses = new HashMap<>();
        p.licenses().forEach(l -> licenses.put(l.id(), l));
        List<EntryRow> rows = new ArrayList<>(p.enforcement().size());
        for (EnforcementEntry e : p.enforcement()) {
            String about = e.assetId() != null
                    ? e.assetId() + " " + Optional.ofNullable(assets.get(e.assetId())).map(Asset::title).orElse("")
                    : e.licenseId() + " " + Optional.ofNullable(licenses.get(e.licenseId())).map(License::licensee)
                            .orElse("");
            rows.add(new EntryRow(e, about.trim(), summary.netInReporting(e.id()).orElse(null),
                    summary.reportingCurrency()));
        }
        return new EnforcementData(p.assets(), p.licenses(), rows, summary);
    }

    public Optional<Asset> asset(String id) {
        return assets.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<License> license(String id) {
        return licenses.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** "A3 Nordic Line icon set" or "L1 Acme Analytics Inc."; the bare id when it is not in the portfolio. */
    public String describe(Target t) {
        return t.isAsset() ? asset(t.id()).map(a -> a.id() + " " + a.title()).orElse(t.id())
                : license(t.id()).map(l -> l.id() + " " + l.licensee()).orElse(t.id());
    }

    /** True when the entry is about the target: on it, or (for an asset) on a license covering it. */
    public boolean concerns(EntryRow row, Target t) {
        EnforcementEntry e = row.entry();
        if (!t.isAsset()) {
            return t.id().equals(e.licenseId());
        }
        return t.id().equals(e.assetId()) || (e.licenseId() != null
                && license(e.licenseId()).map(l -> l.assetIds().contains(t.id())).orElse(false));
    }
}
