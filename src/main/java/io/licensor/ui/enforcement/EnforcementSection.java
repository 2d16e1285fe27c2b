package io.licensor.ui.enforcement;

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

/** Enforcement costs and recoveries, as a section of the main window (registered in META-INF/services). */
public final class EnforcementSection implements Section {
    private static final String TITLE = "Enforcement";
    private static final Ikon ICON = Feather.SHIELD;
    private static final Logger LOG = LoggerFactory.getLogger(EnforcementSection.class);

    /** Registers the section with the shell; ServiceLoader needs the public no-argument constructor. */
    public static final class Provider extends BasicSectionProvider {
        private final Clock clock;

        public Provider() {
            this(Clock.systemDefaultZone());
        }

        /** A provider whose "today" comes from {@code clock} (tests pin the as-of date). */
        public Provider(Clock clock) {
            super(50, TITLE, ICON);
            this.clock = clock;
        }

        @Override
        public Section create(PortfolioContext context) {
            return new EnforcementSection(context, clock);
        }
    }

    private final EnforcementModel model;
    private final EnforcementController controller;
    private final Node view;

    public EnforcementSection(PortfolioContext context, Clock clock) {
        this.model = new EnforcementModel(context.service(), context.dialogs(), context.undo(),
                () -> LocalDate.now(clock), (message, work, done) -> context.work().run(message, work, done,
                        error -> {
                            LOG.error("{} failed", message, error);
                            context.dialogs().showError("Enforcement", "The enforcement totals could not be "
                                    + "computed.", String.valueOf(error.getMessage()));
                        }));
        FXMLLoader loader = new FXMLLoader(EnforcementSection.class.getResource("EnforcementView.fxml"));
        try {
            this.view = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("EnforcementView.fxml cannot be loaded", e);
        }
        this.controller = loader.getController();
        controller.bind(model);
        TableCsvExport.install(controller.entryTable(), context.dialogs(), () -> "enforcement");
        TableCsvExport.install(controller.totalsTable(), context.dialogs(), () -> "enforcement-totals");
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

    /** The presentation model, for tests that drive the section without clicking. */
    public EnforcementModel model() {
        return model;
    }
}
