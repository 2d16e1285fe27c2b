package io.licensor.ui.scenarios;

import io.licensor.ui.common.Destination;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import io.licensor.ui.common.BasicSectionProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The scenario studio as a section of the main window (registered in META-INF/services). */
public final class ScenariosSection implements Section {
    private static final String TITLE = "Scenarios";
    private static final Ikon ICON = Feather.SLIDERS;
    private static final Destination.Kind SHOWS = Destination.Kind.LICENSE_SCENARIO;

    /** Registers the section with the shell; ServiceLoader needs the public no-argument constructor. */
    public static final class Provider extends BasicSectionProvider {
        public Provider() {
            super(60, TITLE, ICON, SHOWS);
        }

        @Override
        public Section create(PortfolioContext context) {
            return new ScenariosSection(context);
        }
    }

    /** Recomputes slower than a frame go here; one daemon thread, the latest inputs win. */
    private static final ExecutorService SLOW_WORK = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "licensor-scenarios");
        t.setDaemon(true);
        return t;
    });

    private final PortfolioContext context;
    private final ScenarioStudioModel model;
    private final ScenarioCommands commands;
    private final ScenariosController controller;
    private final Node view;

    public ScenariosSection(PortfolioContext context) {
        this(context, Platform::runLater);
    }

    /**
     * @param fx runs the coalesced recompute on the FX thread at its next turn; the benchmark wraps
     *           Platform::runLater to time that task alone
     */
    ScenariosSection(PortfolioContext context, Executor fx) {
        this.context = context;
        this.model = new ScenarioStudioModel(fx, SLOW_WORK);
        this.commands = new ScenarioCommands(context.service(), context.dialogs(), context.undo(), model);
        FXMLLoader loader = new FXMLLoader(ScenariosSection.class.getResource("ScenariosView.fxml"));
        try {
            this.view = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("ScenariosView.fxml cannot be loaded", e);
        }
        this.controller = loader.getController();
        commands.refresh();
        controller.bind(model, commands, context.dialogs());
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
        commands.refresh();
        controller.refreshLicenses(context.service().licenses());
    }

    @Override
    public void deactivate() {
        // nothing to detach: the studio listens only to its own model, which lives as long as the section
    }

    @Override
    public Map<KeyCombination, Runnable> accelerators() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), commands::save);
    }

    @Override
    public boolean confirmLeave(String action) {
        return commands.confirmLeave(action);
    }

    @Override
    public boolean canShow(Destination.Kind kind) {
        return kind == SHOWS;
    }

    /** Starts a comparison of the license's terms with an alternative ("Compare alternatives" elsewhere). */
    @Override
    public void show(Destination destination) {
        commands.startFromLicense(destination.id());
    }

    /** The presentation model, for tests that drive the studio without clicking. */
    public ScenarioStudioModel model() {
        return model;
    }

    /** The commands, for tests. */
    public ScenarioCommands commands() {
        return commands;
    }

    ScenariosController controller() {
        return controller;
    }
}
