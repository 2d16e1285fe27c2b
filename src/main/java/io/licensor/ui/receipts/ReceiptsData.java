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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the Receipts section shows, computed in one go off the FX thread: the licenses, the reconciliation and
 * the table's rows. Immutable.
 */
public record ReceiptsData(List<License> licenses, Reconciliation reconciliation, List<ReceiptRow> rows,
        Map<String, License> byId, Notes notes) {

    public ReceiptsData {
        licenses = List.copyOf(licenses);
        rows = List.copyOf(rows);
        byId = Map.copyOf(byId);
    }

    public ReceiptsData(List<License> licenses, Reconciliation reconciliation, List<ReceiptRow> rows) {
        this(licenses, reconciliation, rows, licenses.stream().collect(Collectors.toMap(License::id, l -> l)),
                Notes.of(reconciliation.licenses(), Notes.SHOWN));
    }

    /**
     * What the note under the table says about {@code licenses}: receipts without a report, notes on the data and the
     * first {@code shown} of them for the tooltip. Worked out with the data for every license (50,000 licenses' notes
     * counted on the FX thread took it tens of milliseconds at each reload).
     */
    public record Notes(int unreported, long count, List<String> first) {
        /** How many notes the tooltip lists before "... and N more". */
        static final int SHOWN = 30;

        public Notes {
            first = List.copyOf(first);
        }

        static Notes of(List<LicenseReconciliation> licenses, int shown) {
            int unreported = 0;
            long count = 0;
            List<String> first = new ArrayList<>();
            for (LicenseReconciliation l : licenses) {
                unreported += l.totals().unreported();
                count += l.warnings().size();
                for (int i = 0; i < l.warnings().size() && first.size() < shown; i++) {
                    first.add(l.warnings().get(i));
                }
            }
            return new Notes(unreported, count, first);
        }
    }

    /** The license with this id (the filter and the editor show thousands: no scan of the list per cell). */
    public Optional<License> license(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
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
