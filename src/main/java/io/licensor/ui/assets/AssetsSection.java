package io.licensor.ui.assets;

import io.licensor.ui.common.DataLoader;
import io.licensor.ui.common.Destination;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import io.licensor.ui.common.BasicSectionProvider;
import io.licensor.ui.common.TableCsvExport;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** The asset register as a section of the main window (registered in META-INF/services). */
public final class AssetsSection implements Section {
    private static final String TITLE = "Assets";
    private static final Ikon ICON = Feather.ARCHIVE;
    private static final Destination.Kind SHOWS = Destination.Kind.ASSET;
    private static final Logger LOG = LoggerFactory.getLogger(AssetsSection.class);

    /** Registers the section with the shell; ServiceLoader needs the public no-argument constructor. */
    public static final class Provider extends BasicSectionProvider {
        public Provider() {
            super(20, TITLE, ICON, SHOWS);
        }

        @Override
        public Section create(PortfolioContext context) {
            return new AssetsSection(context);
        }
    }

    private final PortfolioContext context;
    private final AssetsModel model;
    private final AssetsController controller;
    private final Node view;
    private final AssetFlagsLoader flags;
    private final InvalidationListener refreshFlags;

    public AssetsSection(PortfolioContext context) {
        this.context = context;
        this.model = new AssetsModel(context.service(), context.dialogs(), context.undo(),
                DataLoader.background(context.work(), error -> {
                    LOG.error("Reading the assets failed", error);
                    context.dialogs().showError("Assets", "The assets could not be read.",
                            String.valueOf(error.getMessage()));
                }));
        FXMLLoader loader = new FXMLLoader(AssetsSection.class.getResource("AssetsView.fxml"));
        try {
            this.view = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("AssetsView.fxml cannot be loaded", e);
        }
        this.controller = loader.getController();
        this.flags = new AssetFlagsLoader(context, model);
        controller.bind(model, context.service().settings().reportingCurrency().getCurrencyCode());
        TableCsvExport.install(controller.table(), context.dialogs(), () -> "assets");
        controller.onOpenDashboard(id -> context.navigator().go(Destination.assetDashboard(id)));
        this.refreshFlags = o -> flags.refresh();
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
        // offer "Dashboard" only when a section can show an asset's dashboard: never a button that leads nowhere
        controller.showDashboardAction(context.navigator().canGo(Destination.Kind.ASSET_DASHBOARD));
        model.load();
        model.revisionProperty().addListener(refreshFlags);
        flags.refresh();
    }

    @Override
    public void deactivate() {
        model.revisionProperty().removeListener(refreshFlags);
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

    @Override
    public boolean canShow(Destination.Kind kind) {
        return kind == SHOWS;
    }

    /** Selects the asset, clearing the search and filters first when they hide it. */
    @Override
    public void show(Destination destination) {
        boolean hidden = model.shownAssets().stream().noneMatch(a -> a.id().equals(destination.id()));
        if (hidden) {
            model.clearFilters();
        }
        model.editor().select(destination.id());
    }

    /** The presentation model, for tests that drive the section without clicking. */
    public AssetsModel model() {
        return model;
    }

    PortfolioContext context() {
        return context;
    }
}
