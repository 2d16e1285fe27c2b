package io.licensor.analytics.metrics;

import io.licensor.analytics.PeriodLocator;
import io.licensor.analytics.PeriodSeries;
import io.licensor.model.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A license's reports up to an as-of date seen as engine periods, without a period object each: positions
 * {@code from .. from + size} of {@link PortfolioColumns#reports}, already in the engine's order (periodEnd, then
 * the portfolio's order).
 */
record ReportView(List<Receipt> receipts, int[] reports, int from, int size, boolean units) implements PeriodSeries {

    /** License k's reports with periodEnd on or before {@code ix.asOf}. */
    static ReportView of(PortfolioIndex ix, int k, boolean units) {
        PortfolioColumns c = ix.columns;
        return new ReportView(ix.portfolio.receipts(), c.reports, c.reportStart[k],
                c.reportsUpTo(ix.portfolio.receipts(), k, Expectations.dateKey(ix.asOf)), units);
    }

    private Receipt at(int i) {
        return receipts.get(reports[from + i]);
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

    /** Names a field of period i by its receipt, for the engine's problems. */
    String where(int i, String field) {
        String name = switch (field) {
            case PeriodLocator.PERIOD_END -> "periodEnd";
            case PeriodLocator.PERIOD_START -> "periodStart";
            default -> units ? "reportedUnits" : "reportedSales";
        };
        return "receipt " + at(i).id() + " " + name;
    }
}
