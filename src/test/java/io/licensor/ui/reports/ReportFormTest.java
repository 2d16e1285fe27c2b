package io.licensor.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Portfolio;
import io.licensor.service.DemoPortfolio;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** File > Export report...'s presentation model, without a window. */
class ReportFormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Portfolio DEMO = DemoPortfolio.bundled();

    @Test
    void aStatementNeedsALicenseAndARangeThatDoesNotRunBackwards() {
        ReportForm form = new ReportForm(TODAY);
        assertThat(form.problem()).contains("Choose the license whose statement to write.");
        form.licenseIdProperty().set("L1");
        assertThat(form.problem()).isEmpty();
        form.fromProperty().set(LocalDate.of(2027, 1, 1));
        assertThat(form.problem()).contains("The range starts after it ends.");
    }

    @Test
    void anAssetReportNeedsAnAsset() {
        ReportForm form = new ReportForm(TODAY);
        form.kindProperty().set(ReportForm.Kind.ASSET);
        assertThat(form.problem()).contains("Choose the asset to report on.");
        form.assetIdProperty().set("A1");
        assertThat(form.problem()).isEmpty();
    }

    @Test
    void theSuggestedFileNameSaysWhatTheReportIsAbout() {
        ReportForm form = new ReportForm(TODAY);
        form.licenseIdProperty().set("L1");
        assertThat(form.suggestedFileName()).isEqualTo("statement-L1-2026-11-27.pdf");
        form.fromProperty().set(LocalDate.of(2025, 1, 1));
        form.toProperty().set(LocalDate.of(2025, 12, 31));
        assertThat(form.suggestedFileName()).isEqualTo("statement-L1-2025-01-01-2025-12-31.pdf");
        form.kindProperty().set(ReportForm.Kind.ASSET);
        form.assetIdProperty().set("A2");
        assertThat(form.suggestedFileName()).isEqualTo("asset-A2-2026-11-27.pdf");
    }

    @Test
    void theRenderedStatementCoversTheChosenRangeOnly() throws IOException {
        ReportForm form = new ReportForm(TODAY);
        form.licenseIdProperty().set("L1");
        form.fromProperty().set(LocalDate.of(2025, 4, 1));
        form.toProperty().set(LocalDate.of(2025, 6, 30));
        ReportForm copy = form.copy();
        form.licenseIdProperty().set("L2");
        try (PDDocument doc = Loader.loadPDF(copy.render(DEMO))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("License L1", "R7 ", "1,750.00").doesNotContain("R6 ", "R8 ");
        }
    }
}
