package io.licensor.ui.dashboard;

import io.licensor.ui.common.Destination;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import io.licensor.ui.common.BasicSectionProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Dashboard section (first in the navigation): the portfolio dashboard, and an asset's dashboard opened from it
 * or from the asset register. Registered in META-INF/services.
 */
public final class DashboardSection implements Section {
    private static final String TITLE = "Dashboard";
    private static final Ikon ICON = Feather.PIE_CHART;
    private static final Destination.Kind SHOWS = Destination.Kind.ASSET_DASHBOARD;

    /** Registers the section with the shell; ServiceLoader needs the public no-argument constructor. */
    public static final class Provider extends BasicSectionProvider {
        public Provider() {
            super(10, TITLE, ICON, SHOWS);
        }

        @Override
        public Section create(PortfolioContext context) {
            return new DashboardSection(context, LocalDate::now);
        }
    }

    private final DashboardsModel model;
    private final DashboardController controller;
    private final Node view;

    public DashboardSection(PortfolioContext context, Supplier<LocalDate> today) {
        this.model = new DashboardsModel(context, today);
        FXMLLoader loader = new FXMLLoader(DashboardSection.class.getResource("DashboardView.fxml"));
        try {
            this.view = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("DashboardView.fxml cannot be loaded", e);
        }
        this.controller = loader.getController();
        controller.bind(model, context.dialogs(), context.navigator());
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

    /** Reads the portfolio again: another section may have changed it. */
    @Override
    public void activate() {
        model.reloadSoon();
    }

    @Override
    public void deactivate() {
        // nothing to detach: the dashboards listen only to their own models, and a late result is harmless
    }

    @Override
    public boolean canShow(Destination.Kind kind) {
        return kind == SHOWS;
    }

    @Override
    public void show(Destination destination) {
        model.showAssetFresh(destination.id());
    }

    /** The presentation model, for tests. */
    public DashboardsModel model() {
        return model;
    }

    /** The view's controller, for tests that read what is on screen. */
    public DashboardController controller() {
        return controller;
    }
}
