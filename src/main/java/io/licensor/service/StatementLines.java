package io.licensor.service;

import io.licensor.exchange.report.StatementData;
import io.licensor.model.Asset;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Owner;
import io.licensor.model.Portfolio;
import io.licensor.model.ReceiptKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one license's reconciliation into the lines and totals of a royalty statement for a range of period ends.
 * The totals follow metrics.md: expected over the checked periods, received over royalty and top-up payments,
 * shortfall = expected - received; withholding and net over every payment due by the as-of date.
 */
final class StatementLines {
    private StatementLines() {}

    static StatementData of(Portfolio portfolio, LicenseReconciliation reconciled, LocalDate from, LocalDate to,
            LocalDate asOf) {
        License license = reconciled.license();
        List<ReconciledReceipt> inRange = reconciled.receipts().stream()
                .filter(r -> (from == null || !r.receipt().periodEnd().isBefore(from))
                        && !r.receipt().periodEnd().isAfter(to))
                // period order, as the engine reads them; the stable sort keeps the portfolio's order on ties
                .sorted(Comparator.comparing(r -> r.receipt().periodEnd()))
                .toList();
        List<StatementData.Line> lines = new ArrayList<>();
        for (ReconciledReceipt r : inRange) {
            lines.add(new StatementData.Line(r.id(), ReportTexts.kind(r.receipt().kind()), r.receipt().periodStart(),
                    r.receipt().periodEnd(), r.reported(), r.expected(), r.received(), r.shortfall(),
                    r.withholding(), r.net(), ReportTexts.check(r), r.check() == ReceiptCheck.SHORT));
        }
        List<Asset> assets = portfolio.assets().stream().filter(a -> license.assetIds().contains(a.id())).toList();
        Set<String> owners = new LinkedHashSet<>();
        for (Asset a : assets) {
            a.owners().stream().map(Owner::name).forEach(owners::add);
        }
        return new StatementData(portfolio.settings().name(), List.copyOf(owners), license, assets, from, to, asOf,
                lines, totals(license, inRange, reconciled.totals().expected() != null), reconciled.warnings());
    }

    private static StatementData.Totals totals(License license, List<ReconciledReceipt> rows, boolean computable) {
        BigDecimal zero = BigDecimal.ZERO.setScale(Money.minorUnits(license.terms().currency()));
        BigDecimal expected = zero;
        BigDecimal[] royalties = {zero, zero, zero};
        BigDecimal[] all = {zero, zero, zero};
        int underPaid = 0;
        for (ReconciledReceipt r : rows) {
            if (r.check() == ReceiptCheck.NOT_DUE_YET) {
                continue;
            }
            if (r.expected() != null) {
                expected = expected.add(r.expected());
            }
            ReceiptKind kind = r.receipt().kind();
            if (kind == ReceiptKind.ROYALTY || kind == ReceiptKind.MINIMUM_TOP_UP) {
                add(royalties, r);
            }
            add(all, r);
            underPaid += r.check() == ReceiptCheck.SHORT ? 1 : 0;
        }
        // terms the engine cannot compute have no expected figure: a zero would read as "nothing was due"
        return new StatementData.Totals(computable ? expected : null, royalties[0],
                computable ? expected.subtract(royalties[0]) : null, royalties[1], royalties[2], underPaid,
                new StatementData.Payments(all[0], all[1], all[2]));
    }

    private static void add(BigDecimal[] sums, ReconciledReceipt r) {
        sums[0] = sums[0].add(r.received());
        sums[1] = sums[1].add(r.withholding());
        sums[2] = sums[2].add(r.net());
    }
}
