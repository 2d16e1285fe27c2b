package io.licensor.analytics.metrics;

import io.licensor.analytics.PeriodLocator;
import io.licensor.analytics.PeriodSeries;
import io.licensor.analytics.RoyaltyEngine;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * expected, received and shortfall per license (metrics.md): the royalty engine run on the licensee's own reports,
 * against what it paid. Reads each license's receipts from the grouped index and feeds them to the engine as a
 * {@link PeriodSeries} view, so no period objects are made.
 */
final class Expectations {
    private Expectations() {}

    static LicenseFigures of(PortfolioIndex ix, int k) {
        License license = ix.portfolio.licenses().get(k);
        List<Receipt> receipts = ix.portfolio.receipts();
        boolean units = license.terms().basis() == RoyaltyBasis.UNITS;
        int scale = Money.minorUnits(license.terms().currency());
        int from = ix.groupStart[k];
        int to = ix.groupStart[k + 1];
        long[] keys = new long[to - from];
        int eligible = 0;
        BigDecimal received = BigDecimal.ZERO.setScale(scale);
        LocalDate latest = null;
        for (int j = from; j < to; j++) {
            int r = ix.byLicense[j];
            Receipt receipt = receipts.get(r);
            ReceiptKind kind = receipt.kind();
            if (receipt.periodEnd().isAfter(ix.asOf) || (kind != ReceiptKind.ROYALTY
                    && kind != ReceiptKind.MINIMUM_TOP_UP)) {
                continue;
            }
            received = received.add(receipt.gross());
            if (kind == ReceiptKind.ROYALTY) {
                if (latest == null || receipt.periodEnd().isAfter(latest)) {
                    latest = receipt.periodEnd();
                }
                if ((units ? receipt.reportedUnits() : receipt.reportedSales()) != null) {
                    // periodEnd first, then the receipt's position: the order of the engine's periods.
                    keys[eligible++] = ((long) dateKey(receipt.periodEnd()) << 32) | r;
                }
            }
        }
        Arrays.sort(keys, 0, eligible);
        BigDecimal expected = expected(ix, license, new ReportSeries(receipts, keys, eligible, units));
        BigDecimal shortfall = expected == null ? null : expected.subtract(received);
        return new LicenseFigures(license.id(), license.terms().currency(), expected,
                received.setScale(scale, RoundingMode.HALF_EVEN), shortfall, latest);
    }

    /** Orders like the date and costs no calendar arithmetic (toEpochDay does, a million times over). */
    static int dateKey(LocalDate d) {
        return d.getYear() * 512 + d.getMonthValue() * 32 + d.getDayOfMonth();
    }

    private static BigDecimal expected(PortfolioIndex ix, License license, ReportSeries reports) {
        RoyaltyEngine engine;
        try {
            engine = RoyaltyEngine.of(license.terms());
        } catch (IllegalArgumentException e) {
            ix.warnings.add("license " + license.id() + ": " + e.getMessage() + "; expected royalties not computed");
            return null;
        }
        for (Problem p : engine.problems(reports, reports::where)) {
            ix.warnings.add("license " + license.id() + ", " + p + " (counted as reported)");
        }
        return engine.totals(reports).totalPayable();
    }

    /** A license's reporting receipts, sorted, seen as engine periods. */
    private record ReportSeries(List<Receipt> receipts, long[] keys, int size, boolean units) implements PeriodSeries {
        private Receipt at(int i) {
            return receipts.get((int) keys[i]);
        }

        @Override
        public LocalDate periodEnd(int i) {
            return at(i).periodEnd();
        }

        @Override
        public LocalDate periodStart(int i) {
            return at(i).periodStart();
        }

        @Override
        public BigDecimal base(int i) {
            return units ? at(i).reportedUnits() : at(i).reportedSales();
        }

        String where(int i, String field) {
            String name = switch (field) {
                case PeriodLocator.PERIOD_END -> "periodEnd";
                case PeriodLocator.PERIOD_START -> "periodStart";
                default -> units ? "reportedUnits" : "reportedSales";
            };
            return "receipt " + at(i).id() + " " + name;
        }
    }
}
