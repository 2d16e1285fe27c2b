package io.licensor.analytics.metrics;

import io.licensor.analytics.TermsBuilder;
import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.Component;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.EnforcementKind;
import io.licensor.model.FxRate;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Owner;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;

/** Test data builder for metrics tests: owners, valuations, components and dated amounts in one line each. */
public final class MetricsPortfolioBuilder {
    private final PortfolioSettings settings;
    private final List<Asset> assets = new ArrayList<>();
    private final List<License> licenses = new ArrayList<>();
    private final List<Receipt> receipts = new ArrayList<>();
    private final List<EnforcementEntry> enforcement = new ArrayList<>();
    private final List<FxRate> rates = new ArrayList<>();

    public MetricsPortfolioBuilder(String reportingCurrency, String homeCountry) {
        settings = new PortfolioSettings("Test portfolio", homeCountry, Currency.getInstance(reportingCurrency));
    }

    public MetricsPortfolioBuilder asset(String id, Consumer<AssetSpec> spec) {
        AssetSpec a = new AssetSpec();
        spec.accept(a);
        assets.add(new Asset(id, "Asset " + id, AssetType.SOFTWARE, null, List.of(), null, null, null, a.owners,
                a.valuations, a.components, a.aiGenerated, a.provenance, List.of()));
        return this;
    }

    /** An asset owned wholly by one owner, nothing else set. */
    public MetricsPortfolioBuilder asset(String id) {
        return asset(id, a -> a.owner("Owner", "1"));
    }

    public MetricsPortfolioBuilder license(String id, Consumer<LicenseSpec> spec) {
        LicenseSpec l = new LicenseSpec();
        spec.accept(l);
        RoyaltyTerms terms = l.terms.start(l.start.toString()).build();
        licenses.add(new License(id, l.licensee, l.country, l.assets, l.start, l.end, false, null, null, l.renewalOf,
                terms));
        return this;
    }

    /** A receipt; {@code period} is "start..end" or "end"; {@code report} is "sales:X", "units:X" or null. */
    public MetricsPortfolioBuilder receipt(String id, String license, ReceiptKind kind, String period, String report,
            String gross, String withholding, String receivedOn) {
        String[] dates = period.split("\\.\\.");
        LocalDate start = dates.length == 2 ? LocalDate.parse(dates[0]) : null;
        LocalDate end = LocalDate.parse(dates[dates.length - 1]);
        BigDecimal sales = report != null && report.startsWith("sales:") ? new BigDecimal(report.substring(6)) : null;
        BigDecimal units = report != null && report.startsWith("units:") ? new BigDecimal(report.substring(6)) : null;
        receipts.add(new Receipt(id, license, kind, start, end, sales, units, new BigDecimal(gross),
                new BigDecimal(withholding), LocalDate.parse(receivedOn)));
        return this;
    }

    /** An enforcement entry for an asset ("A1") or a license ("L1"): ids starting with L name a license. */
    public MetricsPortfolioBuilder enforcement(String id, String assetOrLicense, String date, String cost, String recovered,
            String currency) {
        boolean license = assetOrLicense.startsWith("L");
        enforcement.add(new EnforcementEntry(id, license ? null : assetOrLicense, license ? assetOrLicense : null,
                LocalDate.parse(date), EnforcementKind.LEGAL, new BigDecimal(cost), new BigDecimal(recovered),
                Currency.getInstance(currency), null));
        return this;
    }

    public MetricsPortfolioBuilder fx(String currency, String date, String rate) {
        rates.add(new FxRate(Currency.getInstance(currency), LocalDate.parse(date), new BigDecimal(rate)));
        return this;
    }

    public Portfolio build() {
        return new Portfolio(settings, assets, licenses, receipts, enforcement, rates);
    }

    /** The parts of an asset the metrics read. */
    public static final class AssetSpec {
        final List<Owner> owners = new ArrayList<>();
        final List<Valuation> valuations = new ArrayList<>();
        final List<Component> components = new ArrayList<>();
        boolean aiGenerated;
        String provenance;

        public AssetSpec owner(String name, String share) {
            owners.add(new Owner(name, new BigDecimal(share)));
            return this;
        }

        public AssetSpec valuation(String asOf, String amount, String currency) {
            valuations.add(new Valuation(LocalDate.parse(asOf), Money.of(amount, currency),
                    ValuationMethod.RELIEF_FROM_ROYALTY));
            return this;
        }

        public AssetSpec component(String name, String spdx) {
            components.add(new Component(name, spdx));
            return this;
        }

        public AssetSpec aiGenerated(String provenanceOrNull) {
            aiGenerated = true;
            provenance = provenanceOrNull;
            return this;
        }
    }

    /** The parts of a license the metrics read; defaults: USD flat 10 %, started 2024-01-01, no end. */
    public static final class LicenseSpec {
        String licensee = "Licensee";
        String country;
        List<String> assets = List.of("A1");
        LocalDate start = LocalDate.of(2024, 1, 1);
        LocalDate end;
        String renewalOf;
        TermsBuilder terms = TermsBuilder.usd().flat("0.10");

        public LicenseSpec licensee(String name, String countryOrNull) {
            licensee = name;
            country = countryOrNull;
            return this;
        }

        public LicenseSpec assets(String... ids) {
            assets = List.of(ids);
            return this;
        }

        public LicenseSpec start(String date) {
            start = LocalDate.parse(date);
            return this;
        }

        public LicenseSpec end(String date) {
            end = LocalDate.parse(date);
            return this;
        }

        public LicenseSpec renews(String id) {
            renewalOf = id;
            return this;
        }

        public LicenseSpec terms(TermsBuilder t) {
            terms = t;
            return this;
        }
    }
}
