package io.licensor.exchange.statement;

import io.licensor.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The checks on a whole receipt: not negative (unless the mapping allows it), withholding not above the amount,
 * and no more decimals than the license's currency has. A single row must already fit the currency; a period's
 * total is rounded to it (half-even) because platforms pay the rounded total of sub-cent rows (DistroKid lists
 * 0.007483664425 USD per stream).
 */
final class ReceiptChecks {

    private final ColumnMapping mapping;
    private final Currency currency;
    private final Findings findings;
    private int rounded;

    ReceiptChecks(ColumnMapping mapping, Currency currency, Findings findings) {
        this.mapping = mapping;
        this.currency = currency;
        this.findings = findings;
    }

    /** The row when it passes, else null with its problems recorded. */
    ParsedRow checkRow(ParsedRow row, String[] names) {
        long before = findings.problemCount();
        String grossColumn = names[Field.GROSS.ordinal()];
        String withholdingColumn = names[Field.WITHHOLDING.ordinal()];
        BigDecimal gross = row.gross();
        BigDecimal withheld = row.withholding().abs();
        if (!mapping.allowNegative() && gross.signum() < 0) {
            findings.problem(row.line(), grossColumn, gross.toPlainString() + " is negative, and a receipt cannot be:"
                    + " refunds and fees belong in their period's total (group the rows per month), or allow"
                    + " negative amounts");
        }
        if (gross.signum() >= 0 && withheld.compareTo(gross) > 0) {
            findings.problem(row.line(), withholdingColumn, "withholds " + withheld.toPlainString()
                    + ", more than the amount " + gross.toPlainString());
        }
        if (currency != null) {
            tooPrecise(row.line(), grossColumn, gross);
            tooPrecise(row.line(), withholdingColumn, withheld);
        }
        return findings.problemCount() > before ? null : row;
    }

    private void tooPrecise(long line, String column, BigDecimal amount) {
        int minor = Money.minorUnits(currency);
        if (amount.stripTrailingZeros().scale() > minor) {
            findings.problem(line, column, amount.toPlainString() + " has more decimals than " + currency
                    .getCurrencyCode() + " allows (" + minor + "); sum the rows per month, which rounds the total");
        }
    }

    /** The group's receipt when it passes (rounded to the currency), else null with its problems recorded. */
    ReceiptCandidate checkGroup(ReceiptCandidate candidate, String label, String grossColumn,
            String withholdingColumn) {
        ReceiptCandidate c = currency == null ? candidate : round(candidate);
        long before = findings.problemCount();
        String what = "the " + c.rows() + " rows for " + label + " (" + c.lines() + ")";
        if (!mapping.allowNegative() && c.gross().signum() < 0) {
            findings.problem(c.firstLine(), grossColumn, what + " sum to " + c.gross().toPlainString()
                    + ", and a receipt cannot be negative; allow negative amounts if this is a correction");
        }
        if (c.gross().signum() >= 0 && c.withholding().compareTo(c.gross()) > 0) {
            findings.problem(c.firstLine(), withholdingColumn, what + " withhold " + c.withholding().toPlainString()
                    + ", more than their amount " + c.gross().toPlainString());
        }
        return findings.problemCount() > before ? null : c;
    }

    private ReceiptCandidate round(ReceiptCandidate c) {
        int minor = Money.minorUnits(currency);
        BigDecimal gross = c.gross().setScale(Math.max(minor, 0), RoundingMode.HALF_EVEN);
        BigDecimal withholding = c.withholding().setScale(Math.max(minor, 0), RoundingMode.HALF_EVEN);
        if (gross.compareTo(c.gross()) == 0 && withholding.compareTo(c.withholding()) == 0) {
            return c;
        }
        rounded++;
        return new ReceiptCandidate(c.firstLine(), c.lastLine(), c.rows(), c.licenseRef(), c.periodStart(),
                c.periodEnd(), c.reportedSales(), c.reportedUnits(), gross, withholding, c.receivedOn(),
                c.currency());
    }

    /** How many group totals were rounded to the currency's minor units. */
    int rounded() {
        return rounded;
    }
}
