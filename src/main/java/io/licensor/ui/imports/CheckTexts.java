package io.licensor.ui.imports;

import io.licensor.model.Money;
import io.licensor.service.ImportCheck;
import io.licensor.service.ImportOutcome;
import io.licensor.service.StatementTotals;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;

/** The sentences the wizard shows about a checked statement and a finished import. */
final class CheckTexts {

    /** How a check came out, for its icon and colour. */
    enum Verdict { READY, DUPLICATES, PROBLEMS, NOTHING }

    private CheckTexts() {
    }

    static Verdict verdict(ImportCheck check) {
        if (!check.isClean()) {
            return Verdict.PROBLEMS;
        }
        if (check.receiptCount() == 0) {
            return Verdict.NOTHING;
        }
        return check.duplicateCount() > 0 ? Verdict.DUPLICATES : Verdict.READY;
    }

    /** The headline: what was found and what it means. */
    static String headline(ImportCheck check) {
        return switch (verdict(check)) {
            case PROBLEMS -> count(check.problemCount(), "problem", "problems")
                    + " found. Nothing can be imported until " + (check.problemCount() == 1 ? "it is" : "they are")
                    + " fixed in the file or in the mapping.";
            case NOTHING -> "No row of the file gives a receipt. Check the mapping.";
            case DUPLICATES -> count(check.duplicateCount(), "receipt looks", "receipts look")
                    + " like one the portfolio already has. Check them before importing.";
            case READY -> count(check.receiptCount(), "receipt is", "receipts are") + " ready to import.";
        };
    }

    /** The figures under the headline. */
    static String details(ImportCheck check) {
        StringBuilder out = new StringBuilder();
        out.append(count(check.rowsRead(), "row", "rows")).append(" read: ")
                .append(count(check.receiptCount(), "receipt", "receipts")).append(" without problems");
        if (check.skippedCount() > 0) {
            out.append(", ").append(count(check.skippedCount(), "row", "rows")).append(" left out on purpose");
        }
        out.append('.');
        if (check.roundedTotals() > 0) {
            out.append(' ').append(count(check.roundedTotals(), "period total was", "period totals were"))
                    .append(" rounded to the currency's cents.");
        }
        out.append(" Nothing has been written yet.");
        return out.toString();
    }

    /** "L1 Acme Analytics Inc.: 4 receipts, gross 12,345.00 USD, withholding 0.00 USD, net 12,345.00 USD". */
    static String totals(StatementTotals t) {
        return t.licenseId() + " " + t.licensee() + ": " + count(t.receipts(), "receipt", "receipts") + ", gross "
                + money(t, t.gross()) + ", withholding " + money(t, t.withholding()) + ", net "
                + money(t, t.net());
    }

    /** "12 receipts imported (R117 to R128)." */
    static String imported(ImportOutcome outcome) {
        return count(outcome.imported(), "receipt", "receipts") + " imported"
                + (outcome.imported() == 0 ? "." : " (" + outcome.firstId() + " to " + outcome.lastId() + ").");
    }

    static String money(StatementTotals t, BigDecimal amount) {
        return Formats.money(Money.of(amount, t.currency()));
    }

    static String count(long n, String singular, String plural) {
        return String.format("%,d %s", n, n == 1 ? singular : plural);
    }
}
