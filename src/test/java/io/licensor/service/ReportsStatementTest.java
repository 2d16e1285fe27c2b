package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.analytics.metrics.LicenseFigures;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.exchange.report.StatementData;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The royalty statement on the demo portfolio: the PDF's text holds the engine's figures. */
class ReportsStatementTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final Portfolio DEMO = DemoPortfolio.bundled();

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String lineOf(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no line starting with " + start + " in\n" + text));
    }

    @Test
    void theDemosL1StatementShowsTheShortSecondQuarterOf2025() throws IOException {
        String text = text(Reports.statementPdf(Reports.statement(DEMO, "L1", null, AS_OF, AS_OF)));

        assertThat(text).contains("Royalty statement", "License L1 \u2013 Acme Analytics Inc.",
                "Maya Lindqvist's IP (demo)", "A1 Churn predictor (ML model)");
        assertThat(text.replaceAll("\\s+", " ")).contains(
                "5 % up to 100,000.00; 12 % from 100,000.00 to 500,000.00; 18 % from 500,000.00");
        assertThat(lineOf(text, "R7 ")).isEqualTo(
                "R7 2025-04-01 \u2013 2025-06-30 Royalty 102,853.00 13,153.26 11,403.26 1,750.00 0.00 11,403.26 Short");
        assertThat(lineOf(text, "R8 ")).endsWith(" 0.00 0.00 19,994.58 Paid");
        assertThat(lineOf(text, "Total royalties")).isEqualTo("Total royalties 97,021.52 95,271.52 1,750.00 0.00 "
                + "95,271.52");
        assertThat(lineOf(text, "All payments")).isEqualTo("All payments 100,271.52 0.00 100,271.52");
        assertThat(text).contains("1 period was paid short (marked).");
    }

    @Test
    void theStatementTotalsAreTheReconciliationsAndTheMetricsFigures() {
        StatementData data = Reports.statement(DEMO, "L1", null, AS_OF, AS_OF);
        LicenseTotals reconciled = Reconciliation.of(DEMO, AS_OF).license("L1").orElseThrow().totals();
        LicenseFigures metrics = PortfolioMetrics.compute(DEMO, AS_OF).license("L1").orElseThrow();

        assertThat(data.totals().expected()).isEqualByComparingTo(reconciled.expected())
                .isEqualByComparingTo(metrics.expected()).isEqualByComparingTo("97021.52");
        assertThat(data.totals().received()).isEqualByComparingTo(reconciled.received())
                .isEqualByComparingTo(metrics.received());
        assertThat(data.totals().shortfall()).isEqualByComparingTo(reconciled.shortfall())
                .isEqualByComparingTo(metrics.shortfall()).isEqualByComparingTo("1750.00");
        assertThat(data.totals().underPaidPeriods()).isEqualTo(1);
    }

    @Test
    void everyDemoLicensesStatementAgreesWithTheMetrics() {
        var metrics = PortfolioMetrics.compute(DEMO, AS_OF);
        for (License license : DEMO.licenses()) {
            StatementData data = Reports.statement(DEMO, license.id(), null, AS_OF, AS_OF);
            LicenseFigures f = metrics.license(license.id()).orElseThrow();
            assertThat(data.totals().expected()).as(license.id()).isEqualByComparingTo(f.expected());
            assertThat(data.totals().received()).as(license.id()).isEqualByComparingTo(f.received());
            assertThat(data.totals().shortfall()).as(license.id()).isEqualByComparingTo(f.shortfall());
        }
    }

    @Test
    void aRangeKeepsThePeriodsEndingInItWithTheirCumulativeExpectedFigures() {
        StatementData data = Reports.statement(DEMO, "L1", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30),
                AS_OF);
        assertThat(data.lines()).extracting(StatementData.Line::receiptId).containsExactly("R7", "R8");
        // R7's expected is the engine's over the whole license: its 102,853.00 falls in the 12 % tier only because
        // the earlier periods' sales count towards the tiers
        assertThat(data.lines().get(0).expected()).isEqualByComparingTo("13153.26");
        assertThat(data.totals().expected()).isEqualByComparingTo("33147.84");
        assertThat(data.totals().shortfall()).isEqualByComparingTo("1750.00");
    }

    @Test
    void periodsAfterTheAsOfDateAreNotDueYetAndCountInNoTotal() {
        StatementData data = Reports.statement(DEMO, "L1", null, LocalDate.of(2026, 12, 31),
                LocalDate.of(2025, 7, 15));
        assertThat(data.lines()).filteredOn(l -> l.check().equals("Not due yet"))
                .extracting(StatementData.Line::receiptId).containsExactly("R8", "R9");
        assertThat(data.totals().expected()).isEqualByComparingTo(
                Reconciliation.of(DEMO, LocalDate.of(2025, 7, 15)).license("L1").orElseThrow().totals().expected());
    }

    @Test
    void anUnknownLicenseIsRefusedByName() {
        assertThatThrownBy(() -> Reports.statement(DEMO, "L99", null, AS_OF, AS_OF))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("there is no license L99");
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> Reports.statement(DEMO, "L1", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 1, 1),
                AS_OF)).isInstanceOf(InputRejectedException.class).hasMessageContaining("starts after it ends");
    }

    @Test
    void aLongStatementRunsOverPagesAndRepeatsTheTableHeaderOnEach() throws IOException {
        Portfolio big = withQuarters(DEMO, "L5", 120);
        byte[] pdf = Reports.statementPdf(Reports.statement(big, "L5", null, LocalDate.of(2060, 12, 31),
                LocalDate.of(2060, 12, 31)));
        int pages = pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        String text = text(pdf);
        assertThat(text.split("Reported\\s+sales", -1)).hasSize(pages + 1);
        assertThat(text).contains("Page " + pages + " of " + pages);
    }

    @Test
    void aLicenseeNameOutsideTheFontsCharactersIsWrittenWithQuestionMarksInsteadOfFailing() throws IOException {
        Portfolio renamed = withLicensee(DEMO, "L1", "\u682a\u5f0f\u4f1a\u793e Acme \u00c9tudes");
        String text = text(Reports.statementPdf(Reports.statement(renamed, "L1", null, AS_OF, AS_OF)));
        assertThat(text).contains("???? Acme \u00c9tudes");
    }

    @Test
    void writingGoesThroughATemporaryFileAndReplacesAnOldReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sub/statement.pdf");
        Reports.write(new byte[] {1, 2}, out);
        Reports.write(Reports.statementPdf(Reports.statement(DEMO, "L1", null, AS_OF, AS_OF)), out);
        assertThat(Files.readString(dir.resolve("sub/statement.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
        assertThat(dir.resolve("sub").toFile().list()).containsExactly("statement.pdf");
    }

    /** The portfolio with {@code count} more quarterly royalty receipts for {@code licenseId}, after its last. */
    private static Portfolio withQuarters(Portfolio p, String licenseId, int count) {
        List<Receipt> receipts = new ArrayList<>(p.receipts());
        LocalDate start = LocalDate.of(2030, 1, 1);
        for (int i = 0; i < count; i++) {
            LocalDate from = start.plusMonths(3L * i);
            receipts.add(new Receipt("X" + i, licenseId, ReceiptKind.ROYALTY, from, from.plusMonths(3).minusDays(1),
                    new BigDecimal("10000"), null, new BigDecimal("800.00"), BigDecimal.ZERO.setScale(2),
                    from.plusMonths(4)));
        }
        return new Portfolio(p.settings(), p.assets(), p.licenses(), receipts, p.enforcement(), p.fxRates());
    }

    private static Portfolio withLicensee(Portfolio p, String licenseId, String name) {
        List<License> licenses = p.licenses().stream().map(l -> !l.id().equals(licenseId) ? l
                : new License(l.id(), name, l.licenseeCountry(), l.assetIds(), l.start(), l.end(), l.exclusive(),
                        l.territory(), l.fieldOfUse(), l.renewalOf(), l.terms())).toList();
        return new Portfolio(p.settings(), p.assets(), licenses, p.receipts(), p.enforcement(), p.fxRates());
    }
}
