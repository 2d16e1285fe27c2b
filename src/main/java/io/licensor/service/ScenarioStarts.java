package io.licensor.service;

import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Rate;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Scenario;
import io.licensor.model.ScenarioStructure;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Where a scenario starts (docs/decisions/0082): a blank comparison, an existing license against an alternative,
 * or the source article's example that the demo portfolio carries.
 */
public final class ScenarioStarts {
    /** Discount rate a new scenario starts with: a freelancer's typical cost of money, easy to change. */
    public static final BigDecimal DEFAULT_DISCOUNT = new BigDecimal("0.08");
    /** First-year revenue a new scenario starts with when nothing better is known. */
    public static final BigDecimal DEFAULT_REVENUE = new BigDecimal("100000");
    /** First-year units a new per-unit scenario starts with. */
    public static final BigDecimal DEFAULT_UNITS = new BigDecimal("10000");
    /** Years a scenario projects when the license has no end. */
    public static final int DEFAULT_YEARS = 5;

    private ScenarioStarts() {}

    /** Flat 10 % against 5 % / 12 % / 18 % marginal tiers, both on net sales, starting on {@code start}. */
    public static Scenario blank(String name, Currency currency, LocalDate start) {
        RoyaltyTerms flat = flat(currency, start, "0.10");
        RoyaltyTerms tiered = flat.withTiers(List.of(Tier.of("0", "0.05"), Tier.of("100000", "0.12"),
                Tier.of("500000", "0.18")));
        return new Scenario(null, name, null, List.of(new ScenarioStructure("Flat 10 %", flat),
                new ScenarioStructure("Tiered", tiered)), DEFAULT_REVENUE, BigDecimal.ZERO, DEFAULT_YEARS,
                DEFAULT_DISCOUNT, Rate.ZERO);
    }

    /**
     * The license's own terms against a copy to reshape ("Alternative"), over the revenue the licensee reported in
     * the last twelve months of statements (the default revenue when there are none), no growth, for the license's
     * remaining length in whole years (at least one; {@link #DEFAULT_YEARS} when open-ended), with the license's
     * withholding rate.
     */
    public static Scenario fromLicense(String name, License license, List<Receipt> receipts) {
        RoyaltyTerms terms = license.terms();
        List<ScenarioStructure> structures = List.of(new ScenarioStructure(license.id() + " as signed", terms),
                new ScenarioStructure("Alternative", terms));
        return new Scenario(null, name, license.id(), structures, lastYearsBase(license, receipts), BigDecimal.ZERO,
                years(license), DEFAULT_DISCOUNT, terms.withholdingRate());
    }

    /**
     * The source article's example: flat 10 % against 5 % / 12 % / 18 % marginal tiers at 100,000 and 500,000 with a
     * 5,000 upfront fee, over 750,000 of licensee revenue in two years (300,000, then 450,000: +50 %).
     */
    public static Scenario article(String sourceLicenseId) {
        Currency usd = Currency.getInstance("USD");
        LocalDate start = LocalDate.of(2024, 1, 1);
        RoyaltyTerms flat = flat(usd, start, "0.10");
        RoyaltyTerms tiered = new RoyaltyTerms(usd, start, Money.of("5000", "USD"), Money.zero(usd),
                RoyaltyBasis.NET_SALES, List.of(Tier.of("0", "0.05"), Tier.of("100000", "0.12"),
                        Tier.of("500000", "0.18")), TierMode.MARGINAL, TierReset.NEVER, Money.zero(usd), null,
                Rate.ZERO);
        return new Scenario(null, "Article: flat 10 % vs tiers + fee", sourceLicenseId,
                List.of(new ScenarioStructure("Flat 10 %", flat), new ScenarioStructure("Tiers 5/12/18 % + fee",
                        tiered)), new BigDecimal("300000"), new BigDecimal("0.5"), 2, DEFAULT_DISCOUNT, Rate.ZERO);
    }

    private static RoyaltyTerms flat(Currency currency, LocalDate start, String rate) {
        return new RoyaltyTerms(currency, start, Money.zero(currency), Money.zero(currency), RoyaltyBasis.NET_SALES,
                List.of(Tier.of("0", rate)), TierMode.MARGINAL, TierReset.NEVER, Money.zero(currency), null,
                Rate.ZERO);
    }

    private static BigDecimal lastYearsBase(License license, List<Receipt> receipts) {
        boolean units = license.terms().basis() == RoyaltyBasis.UNITS;
        List<Receipt> reports = receipts.stream()
                .filter(r -> r.licenseId().equals(license.id()) && r.kind() == ReceiptKind.ROYALTY)
                .filter(r -> (units ? r.reportedUnits() : r.reportedSales()) != null)
                .sorted(Comparator.comparing(Receipt::periodEnd)).toList();
        if (reports.isEmpty()) {
            return units ? DEFAULT_UNITS : DEFAULT_REVENUE;
        }
        LocalDate last = reports.get(reports.size() - 1).periodEnd();
        LocalDate after = last.minusYears(1);
        BigDecimal sum = reports.stream().filter(r -> r.periodEnd().isAfter(after))
                .map(r -> units ? r.reportedUnits() : r.reportedSales())
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        return sum.scale() < 0 ? sum.setScale(0) : sum;
    }

    private static int years(License license) {
        if (license.end() == null) {
            return DEFAULT_YEARS;
        }
        long months = ChronoUnit.MONTHS.between(license.start(), license.end().plusDays(1));
        return (int) Math.max(1, Math.min(100, (months + 11) / 12));
    }
}
