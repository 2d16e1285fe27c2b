package io.licensor.ui.imports;

import io.licensor.ui.common.PortfolioContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The statement import wizard's window: modal over the main window (the portfolio must not change under a running
 * import), styled like it, closed only when nothing is running (closing while checking or importing stops the work
 * instead, and nothing is written).
 */
public final class ImportWizard {
    static final double WIDTH = 1120;
    static final double HEIGHT = 760;
    private static final String CSS = ImportWizard.class.getResource("imports.css").toExternalForm();

    private final Stage stage;
    private final ImportWizardModel model;

    private ImportWizard(Stage stage, ImportWizardModel model) {
        this.stage = stage;
        this.model = model;
    }

    /**
     * Opens the wizard for the open portfolio.
     *
     * @param owner       the main window
     * @param licenseId   the license to preselect (the one selected in the receipts section), or null
     * @param dataChanged called after receipts were imported, so the section on screen shows them
     */
    public static ImportWizard open(PortfolioContext context, Window owner, String licenseId,
            Runnable dataChanged) {
        ImportWizardModel model = new ImportWizardModel(context.service(), context.dialogs(),
                Jobs.of(context.work()));
        FXMLLoader loader = new FXMLLoader(ImportWizard.class.getResource("ImportWizard.fxml"));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("ImportWizard.fxml cannot be loaded", e);
        }
        ImportWizardController controller = loader.getController();
        controller.bind(model);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import statement");
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(CSS);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(620);
        ImportWizard wizard = new ImportWizard(stage, model);
        model.onFinished(dataChanged, stage::close);
        stage.setOnCloseRequest(e -> {
            if (model.busyProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
        model.loadLicenses(licenseId);
        stage.show();
        return wizard;
    }

    /** The window, for tests and screenshots. */
    public Stage stage() {
        return stage;
    }

    ImportWizardModel model() {
        return model;
    }
}
