package io.licensor.service;

import io.licensor.analytics.metrics.Copyleft;
import io.licensor.analytics.metrics.IncomeHistory;
import io.licensor.analytics.metrics.LicenseFigures;
import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.analytics.metrics.RiskFlag;
import io.licensor.analytics.metrics.Yields;
import io.licensor.exchange.report.AssetPdf;
import io.licensor.exchange.report.AssetReportData;
import io.licensor.exchange.report.StatementData;
import io.licensor.exchange.report.StatementPdf;
import io.licensor.model.Asset;
import io.licensor.model.Component;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The PDF reports (docs/reports.md): gathers a royalty statement from the reconciliation (the engine's expected, the
 * same figures as the Receipts section and {@code licensor metrics}) and an asset report from PortfolioMetrics and
 * the income history, and writes them. Pure functions over a portfolio snapshot, so they run off the FX thread.
 */
public final class Reports {
    /** The quarters the asset report's chart shows, like the asset dashboard. */
    public static final int QUARTERS = 8;

    private Reports() {}

    /**
     * The royalty statement of license {@code licenseId} for the receipts whose period ends in [{@code from},
     * {@code to}] ({@code from} null: from the first), reconciled as of {@code asOf}.
     *
     * @throws InputRejectedException when there is no such license or the range ends before it starts
     */
    public static StatementData statement(Portfolio portfolio, String licenseId, LocalDate from, LocalDate to,
            LocalDate asOf) {
        License license = portfolio.licenses().stream().filter(l -> l.id().equals(licenseId)).findFirst()
                .orElseThrow(() -> new InputRejectedException(null, new Problem("--license " + licenseId,
                        "there is no license " + licenseId + " in this portfolio")));
        if (from != null && from.isAfter(to)) {
            throw new InputRejectedException(null, new Problem("--from " + from,
                    "the range starts after it ends (--to " + to + ")"));
        }
        LicenseReconciliation reconciled = Reconciliation.of(portfolio, asOf).license(licenseId).orElseThrow();
        return StatementLines.of(portfolio, reconciled, from, to, asOf);
    }

    /**
     * The report of asset {@code assetId} as of {@code asOf}.
     *
     * @throws InputRejectedException when there is no such asset
     */
    public static AssetReportData asset(Portfolio portfolio, String assetId, LocalDate asOf) {
        Asset asset = portfolio.assets().stream().filter(a -> a.id().equals(assetId)).findFirst()
                .orElseThrow(() -> new InputRejectedException(null, new Problem("--asset " + assetId,
                        "there is no asset " + assetId + " in this portfolio")));
        List<License> covering = portfolio.licenses().stream().filter(l -> l.assetIds().contains(assetId)).toList();
        Set<String> coveringIds = new HashSet<>(covering.stream().map(License::id).toList());
        MetricsSnapshot metrics = PortfolioMetrics.compute(portfolio, asOf);
        List<IncomeHistory.Range> quarters = IncomeHistory.calendarQuarters(asOf, QUARTERS);
        IncomeHistory history = IncomeHistory.compute(portfolio, quarters, l -> coveringIds.contains(l.id()));
        List<AssetReportData.Series> income = new ArrayList<>();
        List<AssetReportData.LicenseLine> lines = new ArrayList<>();
        for (License l : covering) {
            List<BigDecimal> perQuarter = new ArrayList<>();
            for (int q = 0; q < quarters.size(); q++) {
                perQuarter.add(history.share(l.id(), assetId, q));
            }
            income.add(new AssetReportData.Series(l.id(), l.licensee(), perQuarter));
            LicenseFigures f = metrics.license(l.id()).orElseThrow();
            lines.add(new AssetReportData.LicenseLine(l, l.isActiveOn(asOf), f.expected(), f.received(),
                    f.shortfall()));
        }
        Set<String> warnings = new LinkedHashSet<>(metrics.warnings());
        warnings.addAll(history.warnings());
        return new AssetReportData(portfolio.settings().name(), asset, asOf, metrics.windowStart(),
                metrics.reportingCurrency(), metrics.asset(assetId).orElseThrow(), Yields.latest(asset, asOf),
                copyleft(asset), quarters.stream().map(r -> ReportTexts.quarter(r.upTo())).toList(), income,
                flags(portfolio, metrics, assetId, coveringIds), lines,
                relevant(List.copyOf(warnings), assetId, coveringIds));
    }

    private static List<AssetReportData.Flag> flags(Portfolio portfolio, MetricsSnapshot metrics, String assetId,
            Set<String> licenseIds) {
        List<AssetReportData.Flag> flags = new ArrayList<>();
        for (RiskFlag f : metrics.flags()) {
            if (assetId.equals(f.assetId()) || licenseIds.contains(f.licenseId())) {
                flags.add(new AssetReportData.Flag(ReportTexts.flagTitle(f.code()), subject(portfolio, f),
                        f.explanation(), f.whatToDo()));
            }
        }
        return flags;
    }

    private static Set<String> copyleft(Asset asset) {
        Set<String> names = new LinkedHashSet<>();
        for (Component c : asset.components()) {
            if (Copyleft.isStrong(c)) {
                names.add(c.name());
            }
        }
        return names;
    }

    /** The statement as PDF bytes. */
    public static byte[] statementPdf(StatementData data) {
        return StatementPdf.write(data);
    }

    /** The asset report as PDF bytes. */
    public static byte[] assetPdf(AssetReportData data) {
        return AssetPdf.write(data);
    }

    /**
     * Writes {@code bytes} to {@code file} through a temporary file beside it, so a failure never leaves a
     * half-written report under the chosen name.
     */
    public static void write(byte[] bytes, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temp = Files.createTempFile(parent, ".licensor-report", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String subject(Portfolio portfolio, RiskFlag flag) {
        if (flag.licenseId() != null) {
            Optional<License> l = portfolio.licenses().stream().filter(x -> x.id().equals(flag.licenseId()))
                    .findFirst();
            return "license " + flag.licenseId() + l.map(x -> " (" + x.licensee() + ")").orElse("");
        }
        return "asset " + flag.assetId();
    }

    /** True when {@code sentence} names {@code id} as a whole word (A1, not A10). */
    private static boolean names(String sentence, String id) {
        return Pattern.compile("\\b" + Pattern.quote(id) + "\\b").matcher(sentence).find();
    }

    /** The warnings that name this asset or one of its licenses (metrics warns about the whole portfolio). */
    private static List<String> relevant(List<String> warnings, String assetId, Set<String> licenseIds) {
        List<String> out = new ArrayList<>();
        for (String w : warnings) {
            boolean mine = names(w, assetId) || licenseIds.stream().anyMatch(id -> names(w, id));
            if (mine) {
                out.add(w);
            }
        }
        return out;
    }
}
