package io.licensor.service;

import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.RoyaltyLine;
import io.licensor.analytics.SalesPeriod;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One license's synthetic receipts: consecutive periods of its layout with sales (or units) that drift and swing by
 * season, each paid as the royalty engine says is due, so the reconciliation finds nothing to say about most
 * licenses. One license in 25 paid one period short (70 % of what was due): the under-payments the metrics flag.
 */
final class SyntheticReceipts {
    private static final BigDecimal SHORT_SHARE = new BigDecimal("0.70");

    private SyntheticReceipts() {}

    /** The receipts of {@code license}, numbered from {@code firstNumber} (ids R&lt;n&gt;). */
    static List<Receipt> of(SyntheticPlan plan, License license, SyntheticPlan.Layout layout, long firstNumber) {
        SplittableRandom r = plan.random(5, layout.k());
        boolean units = license.terms().basis() == RoyaltyBasis.UNITS;
        List<SalesPeriod> periods = periods(layout, units, r);
        List<RoyaltyLine> due = RoyaltyEngine.of(license.terms()).run(periods).lines();
        int shortPeriod = layout.k() % 25 == 7 ? r.nextInt(periods.size()) : -1;
        int scale = Money.minorUnits(license.terms().currency());
        List<Receipt> out = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            SalesPeriod p = periods.get(i);
            RoyaltyLine line = due.get(i);
            BigDecimal gross = line.payable();
            BigDecimal withholding = line.withholding();
            if (i == shortPeriod) {
                gross = gross.multiply(SHORT_SHARE).setScale(scale, RoundingMode.HALF_EVEN);
                withholding = withholding.multiply(SHORT_SHARE).setScale(scale, RoundingMode.HALF_EVEN);
            }
            out.add(new Receipt("R" + (firstNumber + i), license.id(), ReceiptKind.ROYALTY, p.periodStart(),
                    p.periodEnd(), units ? null : p.base(), units ? p.base() : null, gross, withholding,
                    p.periodEnd().plusDays(15 + r.nextInt(45))));
        }
        return out;
    }

    private static List<SalesPeriod> periods(SyntheticPlan.Layout layout, boolean units, SplittableRandom r) {
        List<SalesPeriod> out = new ArrayList<>(layout.count());
        double level = units ? 200 + r.nextInt(3_000) : 5_000 + r.nextInt(120_000);
        level *= layout.months();
        double drift = 1 + (r.nextInt(41) - 15) / 1000.0;
        YearMonth month = layout.firstMonth();
        for (int i = 0; i < layout.count(); i++) {
            YearMonth last = month.plusMonths(layout.months() - 1L);
            double season = 1 + 0.25 * Math.sin(month.getMonthValue() / 12.0 * 2 * Math.PI);
            double noise = 0.8 + r.nextDouble() * 0.4;
            long amount = Math.max(0, Math.round(level * season * noise));
            // sales in cents, units whole: what statements report
            BigDecimal base = units ? BigDecimal.valueOf(amount) : BigDecimal.valueOf(amount * 100 + r.nextInt(100), 2);
            out.add(new SalesPeriod(month.atDay(1), last.atEndOfMonth(), base));
            level *= drift;
            month = last.plusMonths(1);
        }
        return out;
    }
}
