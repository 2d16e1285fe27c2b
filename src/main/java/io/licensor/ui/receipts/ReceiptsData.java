package io.licensor.ui.receipts;

import io.licensor.model.License;
import io.licensor.model.NaturalOrder;
import io.licensor.model.Portfolio;
import io.licensor.service.LicenseReconciliation;
import io.licensor.service.PortfolioService;
import io.licensor.service.ReconciledReceipt;
import io.licensor.service.Reconciliation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the Receipts section shows, computed in one go off the FX thread: the licenses, the reconciliation and
 * the table's rows. Immutable.
 */
public record ReceiptsData(List<License> licenses, Reconciliation reconciliation, List<ReceiptRow> rows) {

    public ReceiptsData {
        licenses = List.copyOf(licenses);
        rows = List.copyOf(rows);
    }

    /** Reads the portfolio and reconciles it as of {@code asOf}; slow for big portfolios, so never on the FX thread. */
    public static ReceiptsData load(PortfolioService service, LocalDate asOf) {
        return of(service.snapshot(), asOf);
    }

    /** The data of a portfolio snapshot. */
    public static ReceiptsData of(Portfolio portfolio, LocalDate asOf) {
        Reconciliation reconciliation = Reconciliation.of(portfolio, asOf);
        List<ReceiptRow> rows = new ArrayList<>(portfolio.receipts().size());
        for (LicenseReconciliation l : reconciliation.licenses()) {
            for (ReconciledReceipt r : l.receipts()) {
                rows.add(new ReceiptRow(r, l.license()));
            }
        }
        // The table opens sorted by period: rows that already come in that order make the FX thread's sort a
        // single pass (JavaFX's merge sort skips runs that are in order) instead of n log n comparator chains.
        rows.sort(BY_PERIOD);
        return new ReceiptsData(portfolio.licenses(), reconciliation, rows);
    }

    /** The table's first order: by period end, then start (none first), then id the natural way. */
    static final Comparator<ReceiptRow> BY_PERIOD = Comparator
            .comparing((ReceiptRow r) -> r.receipt().periodEnd())
            .thenComparing(r -> r.receipt().periodStart(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ReceiptRow::id, NaturalOrder.INSTANCE);

    /** The empty data shown before the first load. */
    public static ReceiptsData empty(Portfolio portfolio, LocalDate asOf) {
        return of(portfolio, asOf);
    }
}
