package io.licensor.ui.receipts;

import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import io.licensor.ui.common.BasicSectionProvider;
import io.licensor.ui.common.TableCsvExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Receipts with their under-payment check, as a section of the main window (registered in META-INF/services). */
public final class ReceiptsSection implements Section {
    private static final String TITLE = "Receipts";
    private static final Ikon ICON = Feather.DOLLAR_SIGN;
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptsSection.class);

    /** Registers the section with the shell; ServiceLoader needs the public no-argument constructor. */
    public static final class Provider extends BasicSectionProvider {
        private final Clock clock;

        public Provider() {
            this(Clock.systemDefaultZone());
        }

        /** A provider whose "today" comes from {@code clock} (tests pin the as-of date). */
        public Provider(Clock clock) {
            super(40, TITLE, ICON);
            this.clock = clock;
        }

        @Override
        public Section create(PortfolioContext context) {
            return new ReceiptsSection(context, clock);
        }
    }

    private final ReceiptsModel model;
    private final ReceiptsController controller;
    private final Node view;

    public ReceiptsSection(PortfolioContext context, Clock clock) {
        this.model = new ReceiptsModel(context.service(), context.dialogs(), context.undo(),
                () -> LocalDate.now(clock), (message, work, done) -> context.work().run(message, work, done,
                        error -> {
                            LOG.error("{} failed", message, error);
                            context.dialogs().showError("Receipts", "The receipts could not be reconciled.",
                                    String.valueOf(error.getMessage()));
                        }));
        FXMLLoader loader = new FXMLLoader(ReceiptsSection.class.getResource("ReceiptsView.fxml"));
        try {
            this.view = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("ReceiptsView.fxml cannot be loaded", e);
        }
        this.controller = loader.getController();
        controller.bind(model);
        TableCsvExport.install(controller.table(), context.dialogs(), () -> model.licenseFilterProperty().get() == null
                ? "receipts" : "receipts-" + model.licenseFilterProperty().get());
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
        model.reload();
    }

    @Override
    public void deactivate() {
        // nothing is attached outside the section's own nodes, so nothing to detach
    }

    @Override
    public Map<KeyCombination, Runnable> accelerators() {
        return Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), controller::add,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), controller::save);
    }

    @Override
    public boolean confirmLeave(String action) {
        return model.editor().confirmLeave(action);
    }

    /** The view's controller, for tests and benchmarks that reach the table. */
    ReceiptsController controller() {
        return controller;
    }

    /** The presentation model, for tests that drive the section without clicking. */
    public ReceiptsModel model() {
        return model;
    }
}
