package io.licensor.service;

import io.licensor.analytics.RoyaltyLine;
import io.licensor.model.Receipt;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One receipt as the reconciliation sees it. Money is in the license's currency with its minor units.
 *
 * @param receipt     the receipt as stored
 * @param check       what the reconciliation says about it
 * @param reported    the reported base the engine used (net sales, or units for a UNITS license); null when none
 * @param line        the engine's figures for this receipt's period that explain its expected payment; null unless it
 *                    is a checked royalty period
 * @param expected    the engine's payable for the period (minimum top-ups included, advance recouped); null when
 *                    not checked
 * @param topUps      the minimum top-up receipts credited to this period (their gross counts as paid for it)
 * @param topUpsPaid  the sum of their gross (0 when none)
 * @param shortfall   expected - gross - topUpsPaid (positive: paid less than reported sales imply); null when not
 *                    checked
 * @param creditedTo  for a minimum top-up: the id of the period receipt it is credited to; else null
 */
public record ReconciledReceipt(
        Receipt receipt,
        ReceiptCheck check,
        BigDecimal reported,
        Figures line,
        BigDecimal expected,
        List<String> topUps,
        BigDecimal topUpsPaid,
        BigDecimal shortfall,
        String creditedTo) {

    public ReconciledReceipt {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(check, "check");
        topUps = List.copyOf(topUps);
        Objects.requireNonNull(topUpsPaid, "topUpsPaid");
    }

    /**
     * The part of the engine's line for a period that the reconciliation explains (royalty earned, minimum top-up,
     * advance recouped). Kept instead of the whole {@link RoyaltyLine}: a million receipts held a million lines of
     * twelve figures each, about 200 bytes per receipt that nothing showed.
     */
    public record Figures(BigDecimal earned, BigDecimal minimumTopUp, BigDecimal advanceRecouped) {
        public Figures {
            Objects.requireNonNull(earned, "earned");
            Objects.requireNonNull(minimumTopUp, "minimumTopUp");
            Objects.requireNonNull(advanceRecouped, "advanceRecouped");
        }

        /** The figures of the engine's line. */
        public static Figures of(RoyaltyLine line) {
            return new Figures(line.earned(), line.minimumTopUp(), line.advanceRecouped());
        }
    }

    /** The receipt's id. */
    public String id() {
        return receipt.id();
    }

    /** What the licensee paid before withholding. */
    public BigDecimal received() {
        return receipt.gross();
    }

    /** What the licensee withheld at source. */
    public BigDecimal withholding() {
        return receipt.withholding();
    }

    /** gross - withholding. */
    public BigDecimal net() {
        return receipt.net();
    }
}
