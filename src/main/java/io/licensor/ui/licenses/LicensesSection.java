package io.licensor.ui.licenses;

import io.licensor.service.LicenseSummaries;
import io.licensor.ui.common.DataLoader;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import io.licensor.ui.common.BasicSectionProvider;
import io.licensor.ui.common.TableCsvExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The licenses section of the main window (registered in META-INF/services). */
public final class LicensesSection implements Section {
    private static final String TITLE = "Licenses";
    private static final Ikon ICON = Feather.FILE_TEXT;
    private static final Logger LOG = LoggerFactory.getLogger(LicensesSection.class);

    /** Registers the section with the shell; ServiceLoader needs the public no-argument constructor. */
    public static final class Provider extends BasicSectionProvider {
        public Provider() {
            super(30, TITLE, ICON);
        }

        @Override
        public Section create(PortfolioContext context) {
            return new LicensesSection(context);
        }
    }

    private final PortfolioContext context;
    private final LicensesModel model;
    private final LicensesController controller;
    private final Node view;
    private final InvalidationListener refreshSummaries = o -> refreshSummaries();

    public LicensesSection(PortfolioContext context) {
        this.context = context;
        this.model = new LicensesModel(context.service(), context.dialogs(), context.undo(),
                java.util.Locale.getDefault(java.util.Locale.Category.FORMAT),
                DataLoader.background(context.work(), error -> {
                    LOG.error("Reading the licenses failed", error);
                    context.dialogs().showError("Licenses", "The licenses could not be read.",
                            String.valueOf(error.getMessage()));
                }));
        FXMLLoader loader = new FXMLLoader(LicensesSection.class.getResource("LicensesView.fxml"));
        try {
            this.view = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("LicensesView.fxml cannot be loaded", e);
        }
        this.controller = loader.getController();
        controller.bind(model, context.dialogs());
        TableCsvExport.install(controller.table(), context.dialogs(), () -> "licenses");
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public Ikon icon() {
        return ICON;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void activate() {
        model.todayProperty().set(LocalDate.now());
        model.load();
        model.revisionProperty().addListener(refreshSummaries);
        refreshSummaries();
    }

    @Override
    public void deactivate() {
        model.revisionProperty().removeListener(refreshSummaries);
    }

    /** Flags and figures of every license, computed by analytics off the FX thread after each change. */
    private void refreshSummaries() {
        LocalDate today = model.todayProperty().get();
        context.work().run("Checking licenses...", () -> LicenseSummaries.of(context.service().snapshot(), today),
                model::setSummaries, error -> LOG.warn("License figures could not be computed", error));
    }

    @Override
    public Map<KeyCombination, Runnable> accelerators() {
        return Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), controller::add,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), controller::save,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), controller::focusSearch);
    }

    @Override
    public boolean confirmLeave(String action) {
        return model.editor().confirmLeave(action);
    }

    /** The presentation model, for tests and for other sections that link to a license. */
    public LicensesModel model() {
        return model;
    }

    /** Shows license {@code id} in the editor (from a link elsewhere); false when unsaved edits were kept. */
    public boolean showLicense(String id) {
        return model.open(id);
    }

    LicensesController controller() {
        return controller;
    }
}
