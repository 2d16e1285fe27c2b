package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.TermsBuilder;
import io.licensor.analytics.metrics.LicenseFigures;
import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.model.AssetType;
import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyTerms;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reconciliation per receipt, on the demo portfolio and on portfolios built for one rule each. */
class ReconciliationTest {
    private static final LocalDate DEMO_AS_OF = LocalDate.of(2026, 11, 27);
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final LocalDate START = PortfolioBuilder.DEFAULT_START;

    @Test
    void theDemosAcmeLicenseHasExactlyOneUnderPaidPeriodOf1750() {
        Reconciliation rec = Reconciliation.of(DemoPortfolio.bundled(), DEMO_AS_OF);
        LicenseReconciliation l1 = rec.license("L1").orElseThrow();

        List<ReconciledReceipt> shortOnes = l1.receipts().stream().filter(r -> r.check() == ReceiptCheck.SHORT)
                .toList();
        assertThat(shortOnes).extracting(ReconciledReceipt::id).containsExactly("R7");
        ReconciledReceipt r7 = shortOnes.get(0);
        assertThat(r7.receipt().periodStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(r7.expected()).isEqualByComparingTo("13153.26");
        assertThat(r7.received()).isEqualByComparingTo("11403.26");
        assertThat(r7.shortfall()).isEqualByComparingTo("1750.00");
        assertThat(l1.totals().shortfall()).isEqualByComparingTo("1750.00");
        assertThat(l1.totals().shortPeriods()).isEqualTo(1);
        assertThat(rec.overall().shortPeriods()).isEqualTo(1);
        assertThat(rec.overall().licensesShort()).isEqualTo(1);
        assertThat(rec.receipt("R1").orElseThrow().check()).as("the upfront fee").isEqualTo(ReceiptCheck.NOT_ROYALTY);
    }

    @Test
    void aReceiptIsFoundUnderItsLicenseAndNotUnderAnother() {
        Reconciliation rec = Reconciliation.of(DemoPortfolio.bundled(), DEMO_AS_OF);

        assertThat(rec.receipt("L1", "R7")).containsSame(rec.receipt("R7").orElseThrow());
        assertThat(rec.receipt("L2", "R7")).isEmpty();
        assertThat(rec.receipt("L404", "R7")).isEmpty();
        assertThat(rec.receipt("R404")).isEmpty();
    }

    @Test
    void aPeriodPaidInFullSharesOneZeroShortfallAndKeepsTheFiguresItExplains() {
        Reconciliation rec = Reconciliation.of(DemoPortfolio.bundled(), DEMO_AS_OF);
        List<ReconciledReceipt> paid = rec.licenses().stream().flatMap(l -> l.receipts().stream())
                .filter(r -> r.check() == ReceiptCheck.PAID && r.shortfall().signum() == 0 && r.shortfall().scale() == 2)
                .toList();

        assertThat(paid).hasSizeGreaterThan(1);
        assertThat(paid.get(1).shortfall()).as("one zero object per scale, not one per receipt")
                .isSameAs(paid.get(0).shortfall());
        ReconciledReceipt.Figures figures = paid.get(0).line();
        assertThat(figures.earned().add(figures.minimumTopUp()).subtract(figures.advanceRecouped()))
                .isEqualByComparingTo(paid.get(0).expected());
    }

    @Test
    void everyDemoLicenseTotalEqualsTheMetricsOfTheSameDay() {
        Portfolio demo = DemoPortfolio.bundled();
        assertMatchesMetrics(demo, DEMO_AS_OF);
        assertMatchesMetrics(demo, LocalDate.of(2025, 6, 30));
        assertThat(Reconciliation.of(demo, DEMO_AS_OF).warnings()).isEmpty();
    }

    @Test
    void theDemosMinimumTopUpSettlesTheLastPeriodOfItsYear() {
        Reconciliation rec = Reconciliation.of(DemoPortfolio.bundled(), DEMO_AS_OF);
        ReconciledReceipt lastQuarter = rec.receipt("R73").orElseThrow();
        ReconciledReceipt topUp = rec.receipt("R74").orElseThrow();

        assertThat(lastQuarter.line().minimumTopUp()).isEqualByComparingTo("90.75");
        assertThat(lastQuarter.expected()).isEqualByComparingTo("872.10");
        assertThat(lastQuarter.topUps()).containsExactly("R74");
        assertThat(lastQuarter.shortfall()).isEqualByComparingTo("0");
        assertThat(lastQuarter.check()).isEqualTo(ReceiptCheck.PAID);
        assertThat(topUp.check()).isEqualTo(ReceiptCheck.TOP_UP);
        assertThat(topUp.creditedTo()).isEqualTo("R73");
    }

    @Test
    void aPeriodThatCrossesATierThresholdIsExpectedAtBothRates() {
        Portfolio p = oneLicense(TermsBuilder.usd().tiers("0:0.05", "100000:0.12").build())
                .royalty("R1", "L1", "2024-03-31", "80000", "4000.00")
                .royalty("R2", "L1", "2024-06-30", "40000", "2000.00") // 5 % on all of it: the licensee missed the tier
                .build();
        Reconciliation rec = Reconciliation.of(p, AS_OF);

        assertThat(rec.receipt("R1").orElseThrow().check()).isEqualTo(ReceiptCheck.PAID);
        ReconciledReceipt crossing = rec.receipt("R2").orElseThrow();
        assertThat(crossing.expected()).isEqualByComparingTo("3400.00"); // 20,000 at 5 % + 20,000 at 12 %
        assertThat(crossing.shortfall()).isEqualByComparingTo("1400.00");
        assertThat(crossing.check()).isEqualTo(ReceiptCheck.SHORT);
        assertMatchesMetrics(p, AS_OF);
    }

    @Test
    void theMinimumTopUpIsExpectedInTheYearsLastPeriodAndATopUpPaymentSettlesIt() {
        RoyaltyTerms terms = TermsBuilder.usd().flat("0.10").minimum("10000").build();
        PortfolioBuilder quarters = oneLicense(terms)
                .royalty("R1", "L1", "2024-03-31", "20000", "2000.00")
                .royalty("R2", "L1", "2024-06-30", "20000", "2000.00")
                .royalty("R3", "L1", "2024-09-30", "20000", "2000.00")
                .royalty("R4", "L1", "2024-12-31", "20000", "2000.00");
        Portfolio unpaid = quarters.build();
        ReconciledReceipt q4 = Reconciliation.of(unpaid, AS_OF).receipt("R4").orElseThrow();
        assertThat(q4.expected()).isEqualByComparingTo("4000.00");
        assertThat(q4.check()).isEqualTo(ReceiptCheck.SHORT);
        assertThat(q4.shortfall()).isEqualByComparingTo("2000.00");
        assertMatchesMetrics(unpaid, AS_OF);

        Portfolio paid = quarters.receipt(topUp("R5", "2024-12-31", "2000.00")).build();
        Reconciliation rec = Reconciliation.of(paid, AS_OF);
        assertThat(rec.receipt("R4").orElseThrow().check()).isEqualTo(ReceiptCheck.PAID);
        assertThat(rec.receipt("R5").orElseThrow().creditedTo()).isEqualTo("R4");
        assertThat(rec.license("L1").orElseThrow().totals().shortfall()).isEqualByComparingTo("0");
        assertMatchesMetrics(paid, AS_OF);
    }

    @Test
    void theAdvanceIsRecoupedBeforeAnythingIsExpected() {
        Portfolio p = oneLicense(TermsBuilder.usd().flat("0.10").advance("5000").build())
                .royalty("R1", "L1", "2024-03-31", "30000", "0")
                .royalty("R2", "L1", "2024-06-30", "30000", "3000.00")
                .build();
        Reconciliation rec = Reconciliation.of(p, AS_OF);

        ReconciledReceipt first = rec.receipt("R1").orElseThrow();
        assertThat(first.line().advanceRecouped()).isEqualByComparingTo("3000.00");
        assertThat(first.expected()).isEqualByComparingTo("0");
        assertThat(first.check()).isEqualTo(ReceiptCheck.PAID);
        ReconciledReceipt second = rec.receipt("R2").orElseThrow();
        assertThat(second.expected()).isEqualByComparingTo("1000.00"); // 3,000 due, the last 2,000 of the advance recouped
        assertThat(second.check()).isEqualTo(ReceiptCheck.OVERPAID);
        assertThat(second.shortfall()).isEqualByComparingTo("-2000.00");
        assertMatchesMetrics(p, AS_OF);
    }

    @Test
    void aUnitsLicenseIsCheckedOnReportedUnitsOnly() {
        Portfolio p = oneLicense(TermsBuilder.usd().units().tiers("0:0.40", "50000:0.30").build())
                .receipt(royaltyUnits("R1", "2024-03-31", "40000", "16000.00"))
                .receipt(royaltyUnits("R2", "2024-06-30", "20000", "6000.00"))
                .royalty("R3", "L1", "2024-09-30", "99999", "500.00") // sales, but the license counts units
                .build();
        Reconciliation rec = Reconciliation.of(p, AS_OF);

        assertThat(rec.receipt("R1").orElseThrow().check()).isEqualTo(ReceiptCheck.PAID);
        ReconciledReceipt r2 = rec.receipt("R2").orElseThrow();
        assertThat(r2.reported()).isEqualByComparingTo("20000");
        assertThat(r2.expected()).isEqualByComparingTo("7000.00"); // 10,000 at 0.40 + 10,000 at 0.30
        assertThat(r2.shortfall()).isEqualByComparingTo("1000.00");
        assertThat(rec.receipt("R3").orElseThrow().check()).isEqualTo(ReceiptCheck.NO_REPORT);
        assertThat(rec.license("L1").orElseThrow().totals().unreported()).isEqualTo(1);
        assertMatchesMetrics(p, AS_OF);
    }

    @ParameterizedTest(name = "paid {0} against 1,000.00 expected: {1}")
    @CsvSource(textBlock = """
            1000.00, PAID
            999.00,  PAID
            998.99,  SHORT
            1001.00, PAID
            1001.01, OVERPAID
            0,       SHORT
            """)
    void aPeriodIsShortOrOverpaidOnlyBeyondOneWholeCurrencyUnit(String paid, ReceiptCheck check) {
        Portfolio p = oneLicense(RoyaltyTerms.flat("USD", START, "0.10"))
                .royalty("R1", "L1", "2024-03-31", "10000", paid).build();
        assertThat(Reconciliation.of(p, AS_OF).receipt("R1").orElseThrow().check()).isEqualTo(check);
    }

    @Test
    void periodsEndingAfterTheAsOfDateAreListedButNotCounted() {
        Portfolio p = oneLicense(RoyaltyTerms.flat("USD", START, "0.10"))
                .royalty("R1", "L1", "2024-03-31", "10000", "1000.00")
                .royalty("R2", "L1", "2024-06-30", "10000", "0")
                .build();
        LocalDate asOf = LocalDate.of(2024, 5, 1);
        LicenseReconciliation l1 = Reconciliation.of(p, asOf).license("L1").orElseThrow();

        assertThat(l1.receipt("R2").orElseThrow().check()).isEqualTo(ReceiptCheck.NOT_DUE_YET);
        assertThat(l1.totals().expected()).isEqualByComparingTo("1000.00");
        assertThat(l1.totals().shortPeriods()).isZero();
        assertMatchesMetrics(p, asOf);
    }

    @Test
    void aTopUpBeforeAnyReportedPeriodIsUnmatchedButStillCountsAsReceived() {
        Portfolio p = oneLicense(RoyaltyTerms.flat("USD", START, "0.10"))
                .receipt(topUp("R1", "2024-02-01", "300.00"))
                .royalty("R2", "L1", "2024-03-31", "10000", "1000.00")
                .build();
        Reconciliation rec = Reconciliation.of(p, AS_OF);

        assertThat(rec.receipt("R1").orElseThrow().check()).isEqualTo(ReceiptCheck.TOP_UP_UNMATCHED);
        assertThat(rec.license("L1").orElseThrow().totals().received()).isEqualByComparingTo("1300.00");
        assertMatchesMetrics(p, AS_OF);
    }

    @Test
    void totalsOfAnotherCurrencyAreShownInTheReportingCurrencyAtTheLatestRate() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "EUR", "A1")
                .license("L2", "JPY", "A1")
                .royalty("R1", "L1", "2024-03-31", "10000", "900.00")
                .royalty("R2", "L2", "2024-03-31", "100000", "10000")
                .fxRate("EUR", "2024-01-01", "1.05").fxRate("EUR", "2025-07-01", "1.10")
                .build();
        Reconciliation rec = Reconciliation.of(p, AS_OF);

        LicenseTotals.Converted eur = rec.license("L1").orElseThrow().totals().inReporting();
        assertThat(eur.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(eur.shortfall()).isEqualByComparingTo("110.00"); // 100.00 EUR at 1.10
        assertThat(rec.license("L2").orElseThrow().totals().inReporting()).as("no JPY rate").isNull();
        assertThat(rec.overall().leftOut()).containsExactly("L2");
        assertThat(rec.overall().shortfall()).isEqualByComparingTo("110.00");
        assertThat(rec.warnings()).anyMatch(w -> w.contains("no JPY rate on or before 2026-01-01"));
    }

    @Test
    void receiptsWithTheSamePeriodEndGoThroughTheEngineInThePortfoliosOrder() {
        Portfolio p = oneLicense(TermsBuilder.usd().tiers("0:0.05", "1000:0.10").build())
                .royalty("R2", "L1", "2024-03-31", "1000", "50.00")
                .royalty("R1", "L1", "2024-03-31", "1000", "100.00")
                .build();
        Reconciliation rec = Reconciliation.of(p, AS_OF);

        assertThat(rec.receipt("R2").orElseThrow().expected()).isEqualByComparingTo("50.00");
        assertThat(rec.receipt("R1").orElseThrow().expected()).isEqualByComparingTo("100.00");
        assertMatchesMetrics(p, AS_OF);
    }

    private static PortfolioBuilder oneLicense(RoyaltyTerms terms) {
        return new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", START, terms, "A1");
    }

    private static Receipt topUp(String id, String periodEnd, String gross) {
        LocalDate end = LocalDate.parse(periodEnd);
        return new Receipt(id, "L1", ReceiptKind.MINIMUM_TOP_UP, null, end, null, null, new BigDecimal(gross),
                BigDecimal.ZERO, end.plusMonths(1));
    }

    private static Receipt royaltyUnits(String id, String periodEnd, String units, String gross) {
        LocalDate end = LocalDate.parse(periodEnd);
        return new Receipt(id, "L1", ReceiptKind.ROYALTY, null, end, null, new BigDecimal(units),
                new BigDecimal(gross), BigDecimal.ZERO, end.plusMonths(1));
    }

    /** The reconciliation's totals are the metrics' expected, received and shortfall, license by license. */
    static void assertMatchesMetrics(Portfolio p, LocalDate asOf) {
        MetricsSnapshot metrics = PortfolioMetrics.compute(p, asOf);
        Reconciliation rec = Reconciliation.of(p, asOf);
        for (LicenseFigures figures : metrics.licenses()) {
            LicenseTotals totals = rec.license(figures.licenseId()).orElseThrow().totals();
            String id = figures.licenseId();
            assertThat(totals.expected()).as("expected of %s", id).isEqualTo(figures.expected());
            assertThat(totals.received()).as("received of %s", id).isEqualTo(figures.received());
            assertThat(totals.shortfall()).as("shortfall of %s", id).isEqualTo(figures.shortfall());
        }
    }
}
