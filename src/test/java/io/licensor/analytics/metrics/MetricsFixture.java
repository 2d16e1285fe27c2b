package io.licensor.analytics.metrics;

import static io.licensor.model.ReceiptKind.ADVANCE;
import static io.licensor.model.ReceiptKind.MINIMUM_TOP_UP;
import static io.licensor.model.ReceiptKind.OTHER;
import static io.licensor.model.ReceiptKind.ROYALTY;
import static io.licensor.model.ReceiptKind.UPFRONT;

import io.licensor.analytics.TermsBuilder;
import io.licensor.model.Portfolio;

/**
 * One portfolio that raises every flag of metrics.md and hits every "none when" case as of 2025-12-31 (the window
 * is 2024-12-31 excluded to 2025-12-31 included): amounts on both edges of the window, FX rates effective on the same
 * day, remainders and negative amounts to split, renewals, expiries exactly 90 and 91 days out.
 */
public final class MetricsFixture {
    private MetricsFixture() {}

    public static Portfolio everything() {
        return new MetricsPortfolioBuilder("USD", "US")
                .fx("EUR", "2025-01-01", "1.10").fx("EUR", "2025-06-01", "1.20").fx("JPY", "2024-01-01", "0.0070")
                .fx("USD", "2020-01-01", "7")   // a rate for the reporting currency itself is ignored
                .asset("A1", a -> a.owner("Jane", "1").valuation("2025-01-01", "120000", "USD")
                        .valuation("2026-06-01", "999999", "USD").component("somelib", "GPL-3.0-only"))
                .asset("A2", a -> { })                                            // no owners, no valuation
                .asset("A3", a -> a.owner("Jane", "0.5").owner("Bob", "0.4").aiGenerated("  ")
                        .valuation("2025-03-01", "0", "USD").component("oldlib", " gpl-2.0 "))
                .asset("A5", a -> a.owner("Jane", "1").component("unlicensed", "AGPL-3.0-only")
                        .component("linked", "GPL-2.0-only WITH Classpath-exception-2.0"))
                .asset("A4", a -> a.owner("Jane", "0.9999").aiGenerated("Midjourney v6, edited by hand")
                        .valuation("2025-02-01", "1000", "GBP"))
                .asset("A10", a -> a.owner("Jane", "0.33333").owner("Bob", "0.66667")
                        .valuation("2025-06-01", "10000", "EUR"))
                .license("L1", l -> l.licensee("Acme GmbH", "DE").assets("A1", "A2"))
                .license("L2", l -> l.licensee("Beta SARL", "FR").assets("A10").start("2025-01-01").end("2026-02-15")
                        .terms(TermsBuilder.in("EUR").flat("0.08").withholding("0.15")))
                .license("L3", l -> l.licensee("Gamma", "US").assets("A1", "A2", "A4").start("2023-01-01")
                        .end("2026-03-31").terms(TermsBuilder.usd().flat("0.05")))
                .license("L4", l -> l.licensee("Gamma", "US").assets("A4").start("2025-09-02").renews("L3")
                        .terms(TermsBuilder.usd().units().flat("2.00")))
                .license("L6", l -> l.assets("A3").end("2025-06-30"))
                .license("L7", l -> l.assets("A3").end("2025-12-31"))
                .license("L8", l -> l.assets("A3").start("2026-01-01").renews("L7"))
                .license("L9", l -> l.assets("A3").end("2024-12-31"))
                .license("L10", l -> l.licensee("Delta", null).assets("A10").start("2025-09-01").end("2026-03-31")
                        .terms(TermsBuilder.in("JPY").flat("0.10")))
                .license("L11", l -> l.assets("A3").start("2025-10-01").terms(TermsBuilder.in("CHF").flat("0.10")))
                .license("L12", l -> l.assets("A3").start("2025-10-01"))
                .license("L13", l -> l.assets("A3").start("2025-12-01").end("2026-04-01"))
                // L1: 10 % of 250,000 reported up to A = 25,000 expected; 20,000.01 received
                .receipt("R1", "L1", ROYALTY, "2025-01-01..2025-03-31", "sales:100000", "10000", "0", "2025-04-30")
                .receipt("R2", "L1", ROYALTY, "2025-04-01..2025-06-30", "sales:100000", "5000.01", "0", "2025-12-31")
                .receipt("R3", "L1", OTHER, "2024-12-31", null, "-0.03", "0", "2025-07-01")
                .receipt("R4", "L1", ROYALTY, "2024-10-01..2024-12-31", "sales:50000", "5000", "0", "2024-12-31")
                .receipt("R5", "L1", ROYALTY, "2026-01-01..2026-03-31", "sales:100000", "10000", "0", "2026-04-30")
                // L2 in EUR: net 680 at the rate of the same day (1.20) = 816.00; net 340 at 1.20 = 408.00
                .receipt("R6", "L2", ROYALTY, "2025-01-01..2025-05-31", "sales:10000", "800", "120", "2025-06-01")
                .receipt("R7", "L2", ROYALTY, "2025-06-01..2025-09-02", "sales:5000", "400", "60", "2025-09-15")
                .receipt("R8", "L3", UPFRONT, "2025-03-01", null, "1.00", "0", "2025-03-01")
                .receipt("R9", "L4", ROYALTY, "2025-09-02..2025-09-30", "units:10", "20", "0", "2025-10-15")
                .receipt("R10", "L4", MINIMUM_TOP_UP, "2025-09-30", null, "5", "0", "2025-10-15")
                .receipt("R11", "L10", ADVANCE, "2025-09-01", null, "100000", "0", "2025-09-01")
                .receipt("R12", "L7", ROYALTY, "2025-11-01..2025-11-30", "sales:0", "0", "0", "2025-12-15")
                .receipt("R14", "L11", ROYALTY, "2025-10-01..2025-10-31", "sales:50", "4.00", "0", "2025-11-15")
                .receipt("R15", "L12", ROYALTY, "2025-10-01..2025-10-31", "sales:10000", "989.99", "0", "2026-01-05")
                .enforcement("E1", "A10", "2025-06-01", "3000", "500", "EUR")
                .enforcement("E2", "L1", "2025-12-31", "100.01", "0", "USD")
                .enforcement("E3", "A1", "2024-12-31", "999", "0", "USD")
                .enforcement("E4", "A2", "2025-03-01", "10", "0", "GBP")
                .enforcement("E5", "A3", "2025-05-01", "0", "50", "USD")
                .build();
    }
}
