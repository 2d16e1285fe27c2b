package io.licensor.exchange.report;

import io.licensor.model.Asset;
import io.licensor.model.License;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a royalty statement shows, already computed (the service fills it from the reconciliation, so the figures are
 * the engine's and the same as the Receipts section and {@code licensor metrics} show). Money in the license's
 * currency.
 *
 * @param licensor   who issues the statement: the portfolio's name
 * @param owners     the owners of the licensed assets, as named on them
 * @param license    the license
 * @param assets     its assets found in the portfolio
 * @param from       first day of the range (periods ending on or after it), null for the beginning
 * @param to         last day of the range (periods ending on or before it)
 * @param preparedOn the as-of date of the reconciliation
 * @param lines      one line per receipt in the range, in period order
 * @param totals     the totals of the lines
 * @param notes      sentences about figures the engine took as given or could not compute
 */
public record StatementData(String licensor, List<String> owners, License license, List<Asset> assets,
        LocalDate from, LocalDate to, LocalDate preparedOn, List<Line> lines, Totals totals, List<String> notes) {

    public StatementData {
        Objects.requireNonNull(license, "license");
        owners = List.copyOf(owners);
        assets = List.copyOf(assets);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** The license's currency. */
    public Currency currency() {
        return license.terms().currency();
    }

    /**
     * One receipt on the statement.
     *
     * @param receiptId   the receipt
     * @param kind        what it was for, in words ("Royalty", "Minimum top-up", "Upfront fee" ...)
     * @param periodStart start of the period it covers (may be null)
     * @param periodEnd   end of the period it covers
     * @param reported    reported net sales (or units), null when not reported
     * @param expected    the engine's payable for the period, null when not a checked royalty period
     * @param received    gross paid
     * @param shortfall   expected - received - credited top-ups; null when not checked
     * @param withholding withheld at source
     * @param net         received - withholding
     * @param check       the reconciliation's verdict in one or two words ("Paid", "Short", "Not due yet" ...)
     * @param underPaid   true for a period paid short (marked on the statement)
     */
    public record Line(String receiptId, String kind, LocalDate periodStart, LocalDate periodEnd, BigDecimal reported,
            BigDecimal expected, BigDecimal received, BigDecimal shortfall, BigDecimal withholding, BigDecimal net,
            String check, boolean underPaid) {
    }

    /**
     * The totals of the lines due by the as-of date. The royalty figures follow metrics.md: expected over the checked
     * periods, received over royalty and minimum top-up payments, shortfall = expected - received (expected and
     * shortfall null when the terms cannot be computed); withholding and net over the same payments.
     *
     * @param all every payment in the range, upfront fees, advances and other payments included
     */
    public record Totals(BigDecimal expected, BigDecimal received, BigDecimal shortfall, BigDecimal withholding,
            BigDecimal net, int underPaidPeriods, Payments all) {
    }

    /** Sums over payments: gross received, withheld and net. */
    public record Payments(BigDecimal received, BigDecimal withholding, BigDecimal net) {
    }
}
