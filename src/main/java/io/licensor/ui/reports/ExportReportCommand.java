package io.licensor.ui.reports;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import io.licensor.service.Reports;
import io.licensor.ui.common.MenuCommand;
import io.licensor.ui.common.PortfolioContext;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Export report...: a royalty statement of a license or a report on an asset, as PDF (docs/reports.md).
 * Registered in META-INF/services/io.licensor.ui.common.MenuCommand; the PDF is made off the FX thread.
 */
public final class ExportReportCommand implements MenuCommand {
    private static final Logger LOG = LoggerFactory.getLogger(ExportReportCommand.class);

    @Override
    public Menu menu() {
        return Menu.FILE;
    }

    @Override
    public String text() {
        return "Export _report...";
    }

    @Override
    public KeyCombination accelerator() {
        return null;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void run(PortfolioContext context, Window owner, Runnable dataChanged) {
        ReportForm form = new ReportForm(LocalDate.now());
        var licenses = context.service().licenses();
        var assets = context.service().assets();
        if (!licenses.isEmpty()) {
            form.licenseIdProperty().set(licenses.get(0).id());
        }
        if (!assets.isEmpty()) {
            form.assetIdProperty().set(assets.get(0).id());
        }
        ButtonType answer = ReportDialog.create(owner, form, licenses, assets).showAndWait().orElse(ButtonType.CANCEL);
        if (answer != ReportDialog.CHOOSE_FILE) {
            return;
        }
        context.dialogs().chooseFileToSave("Export report", "PDF document", "pdf", form.suggestedFileName())
                .ifPresent(file -> export(context, form.copy(), file));
    }

    /** Writes the report to {@code file} in the background and says how it went. */
    static void export(PortfolioContext context, ReportForm form, Path file) {
        context.work().run("Writing the report...", () -> {
            Portfolio snapshot = context.service().snapshot();
            Reports.write(form.render(snapshot), file);
            return file;
        }, done -> context.dialogs().showInfo("Export report", "The report was saved.", done.toString()),
                error -> {
                    if (error instanceof InputRejectedException rejected) {
                        context.dialogs().showProblems("Export report", "The report could not be made.",
                                rejected.problems());
                        return;
                    }
                    LOG.error("Writing the report to {} failed", file, error);
                    context.dialogs().showError("Export report", "The report could not be written to " + file
                            + ".", "Reason: " + error.getMessage()
                            + "\nChoose another folder or check that you may write there.");
                });
    }
}
