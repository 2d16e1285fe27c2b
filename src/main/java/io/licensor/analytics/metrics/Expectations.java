package io.licensor.analytics.metrics;

import io.licensor.analytics.PeriodSeries;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
        BigDecimal received = BigDecimal.ZERO.setScale(scale);
        LocalDate latest = null;
        // the license's receipts come in periodEnd order: the ones up to the as-of date are a prefix
        for (int j = ix.groupStart[k]; j < ix.groupStart[k + 1]; j++) {
            Receipt receipt = receipts.get(ix.byLicense[j]);
            if (receipt.periodEnd().isAfter(ix.asOf)) {
                break;
            }
            ReceiptKind kind = receipt.kind();
            if (kind == ReceiptKind.ROYALTY || kind == ReceiptKind.MINIMUM_TOP_UP) {
                received = received.add(receipt.gross());
                if (kind == ReceiptKind.ROYALTY) {
                    latest = receipt.periodEnd();
                }
            }
        }
        BigDecimal expected = expected(ix, license, ix.columns.engine(ix.portfolio, k), ReportView.of(ix, k, units));
        BigDecimal shortfall = expected == null ? null : expected.subtract(received);
        return new LicenseFigures(license.id(), license.terms().currency(), expected,
                received.setScale(scale, RoundingMode.HALF_EVEN), shortfall, latest);
    }

    /** Orders like the date and costs no calendar arithmetic (toEpochDay does, a million times over). */
    static int dateKey(LocalDate d) {
        return d.getYear() * 512 + d.getMonthValue() * 32 + d.getDayOfMonth();
    }

    private static BigDecimal expected(PortfolioIndex ix, License license, PortfolioColumns.LicenseEngine made,
            ReportView reports) {
        if (made.engine() == null) {
            ix.warnings.add("license " + license.id() + ": " + made.refusal() + "; expected royalties not computed");
            return null;
        }
        if (!made.cleanUpTo(reports.size())) {
            for (Problem p : made.engine().problems(reports, reports::where)) {
                ix.warnings.add("license " + license.id() + ", " + p + " (counted as reported)");
            }
        }
        return made.engine().totals(reports).totalPayable();
    }
}
