package io.licensor.testing;

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
import io.licensor.model.Rate;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Builds portfolios for tests so a test says only what matters to it:
 * {@code new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "USD", "A1")
 * .receipt("R1", "L1", "2024-03-31", "1200.00").build()}.
 * Short forms fill the rest with plain defaults (licenses start 2024-01-01 on flat 10 % terms); the {@code full...}
 * forms set every optional field; {@link #everyFieldSet()} is a small portfolio using all of them.
 */
public final class PortfolioBuilder {
    /** The start of licenses made by the short forms. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2024, 1, 1);

    private PortfolioSettings settings = new PortfolioSettings("Test portfolio", "US", Currency.getInstance("USD"));
    private final List<Asset> assets = new ArrayList<>();
    private final List<License> licenses = new ArrayList<>();
    private final List<Receipt> receipts = new ArrayList<>();
    private final List<EnforcementEntry> enforcement = new ArrayList<>();
    private final List<FxRate> fxRates = new ArrayList<>();

    public PortfolioBuilder settings(String name, String homeCountry, String reportingCurrency) {
        settings = new PortfolioSettings(name, homeCountry, Currency.getInstance(reportingCurrency));
        return this;
    }

    /** An asset with only id, title ("Asset " + id) and type. */
    public PortfolioBuilder asset(String id, AssetType type) {
        return asset(Asset.of(id, "Asset " + id, type));
    }

    public PortfolioBuilder asset(Asset asset) {
        assets.add(asset);
        return this;
    }

    /** An asset with every optional field set (two owners, two valuations, two components ...). */
    public PortfolioBuilder fullAsset(String id) {
        return asset(new Asset(id, "Full asset " + id, AssetType.AI_MODEL, "Description of " + id,
                List.of("US", "EU"), "REG-" + id, LocalDate.of(2023, 2, 1), LocalDate.of(2043, 1, 31),
                List.of(new Owner("Jane Doe", new BigDecimal("0.75")), new Owner("Acme Ltd", new BigDecimal("0.25"))),
                List.of(new Valuation(LocalDate.of(2024, 1, 1), Money.of("120000.50", "USD"),
                                ValuationMethod.RELIEF_FROM_ROYALTY),
                        new Valuation(LocalDate.of(2025, 1, 1), Money.of("15000000", "JPY"), ValuationMethod.MARKET)),
                List.of(new Component("somelib", "GPL-3.0-only"), new Component("homemade", null)),
                true, "Trained on licensed data set D-7", List.of("ml", "flagship")));
    }

    /** A license from {@link #DEFAULT_START} on flat 10 % NET_SALES terms in the currency, covering the assets. */
    public PortfolioBuilder license(String id, String currency, String... assetIds) {
        return license(new License(id, "Licensee of " + id, null, List.of(assetIds), DEFAULT_START, null, false,
                null, null, null, RoyaltyTerms.flat(currency, DEFAULT_START, "0.10")));
    }

    /** A license with the given start and terms (the terms' start date is set to the license's). */
    public PortfolioBuilder license(String id, LocalDate start, RoyaltyTerms terms, String... assetIds) {
        return license(new License(id, "Licensee of " + id, null, List.of(assetIds), start, null, false, null, null,
                null, terms.withStartDate(start)));
    }

    public PortfolioBuilder license(License license) {
        licenses.add(license);
        return this;
    }

    /** A license with every optional field and term set: UNITS basis, three whole-volume tiers, cap, minimum ... */
    public PortfolioBuilder fullLicense(String id, String renewalOf, String currency, String... assetIds) {
        Currency c = Currency.getInstance(currency);
        LocalDate start = LocalDate.of(2024, 3, 1);
        RoyaltyTerms terms = new RoyaltyTerms(c, start, money("5000", c), money("1000", c), RoyaltyBasis.UNITS,
                List.of(Tier.of("0", "0.25"), Tier.of("10000.5", "0.3"), Tier.of("50000", "0.4125")),
                TierMode.WHOLE_VOLUME, TierReset.CONTRACT_YEAR, money("2000", c), money("90000", c),
                Rate.of("0.15"));
        return license(new License(id, "Full licensee " + id, "DE", List.of(assetIds), start,
                LocalDate.of(2026, 2, 28), true, "Europe", "Mobile apps", renewalOf, terms));
    }

    private static Money money(String amount, Currency c) {
        return Money.of(new BigDecimal(amount), c);
    }

    /** A ROYALTY receipt for the quarter ending periodEnd, received a month later, without a report. */
    public PortfolioBuilder receipt(String id, String licenseId, String periodEnd, String gross) {
        LocalDate end = LocalDate.parse(periodEnd);
        return receipt(new Receipt(id, licenseId, ReceiptKind.ROYALTY, null, end, null, null, new BigDecimal(gross),
                BigDecimal.ZERO, end.plusMonths(1)));
    }

    /** A ROYALTY receipt with the licensee's reported sales. */
    public PortfolioBuilder royalty(String id, String licenseId, String periodEnd, String reportedSales,
            String gross) {
        LocalDate end = LocalDate.parse(periodEnd);
        return receipt(new Receipt(id, licenseId, ReceiptKind.ROYALTY, null, end, new BigDecimal(reportedSales),
                null, new BigDecimal(gross), BigDecimal.ZERO, end.plusMonths(1)));
    }

    public PortfolioBuilder receipt(Receipt receipt) {
        receipts.add(receipt);
        return this;
    }

    /** A receipt with every optional field set. */
    public PortfolioBuilder fullReceipt(String id, String licenseId) {
        return receipt(new Receipt(id, licenseId, ReceiptKind.MINIMUM_TOP_UP, LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 5, 31), new BigDecimal("123456.789"), new BigDecimal("42.5"),
                new BigDecimal("1500.25"), new BigDecimal("225.04"), LocalDate.of(2024, 6, 30)));
    }

    public PortfolioBuilder enforcementOnAsset(String id, String assetId, String date, String cost, String currency) {
        return enforcement(new EnforcementEntry(id, assetId, null, LocalDate.parse(date), EnforcementKind.LEGAL,
                new BigDecimal(cost), BigDecimal.ZERO, Currency.getInstance(currency), null));
    }

    public PortfolioBuilder enforcementOnLicense(String id, String licenseId, String date, String cost,
            String recovered, String currency) {
        return enforcement(new EnforcementEntry(id, null, licenseId, LocalDate.parse(date), EnforcementKind.AUDIT,
                new BigDecimal(cost), new BigDecimal(recovered), Currency.getInstance(currency),
                "Audit of " + licenseId));
    }

    public PortfolioBuilder enforcement(EnforcementEntry entry) {
        enforcement.add(entry);
        return this;
    }

    public PortfolioBuilder fxRate(String currency, String date, String rate) {
        fxRates.add(new FxRate(Currency.getInstance(currency), LocalDate.parse(date), new BigDecimal(rate)));
        return this;
    }

    public Portfolio build() {
        return new Portfolio(settings, assets, licenses, receipts, enforcement, fxRates);
    }

    /**
     * A small portfolio in which every optional field of every record is set somewhere, next to minimal records,
     * across currencies with 0, 2 and 3 minor units.
     */
    public static Portfolio everyFieldSet() {
        return new PortfolioBuilder()
                .settings("Every field", "DE", "EUR")
                .fullAsset("A1")
                .asset("A2", AssetType.PATENT)
                .asset("A10", AssetType.TRADEMARK)
                .license("L1", "USD", "A1", "A2")
                .fullLicense("L2", "L1", "BHD", "A10", "A1")
                .license("L3", "JPY", "A2")
                .fullReceipt("R1", "L2")
                .royalty("R2", "L1", "2024-03-31", "120000", "12000.00")
                .receipt("R3", "L3", "2024-06-30", "98765")
                .enforcementOnAsset("E1", "A2", "2024-06-01", "2000.00", "EUR")
                .enforcementOnLicense("E2", "L2", "2024-07-15", "300.125", "100.5", "BHD")
                .fxRate("USD", "2024-01-01", "0.92")
                .fxRate("USD", "2024-07-01", "0.9312345678")
                .fxRate("JPY", "2024-01-01", "0.0062")
                .fxRate("BHD", "2024-01-01", "2.44")
                .build();
    }
}
