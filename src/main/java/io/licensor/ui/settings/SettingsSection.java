package io.licensor.ui.settings;

import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import io.licensor.ui.common.BasicSectionProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The settings section: the portfolio's name, home country, reporting currency and exchange rates. */
public final class SettingsSection implements Section {
    private static final String TITLE = "Settings";
    private static final Ikon ICON = Feather.SETTINGS;

    /** Registers the section with the shell; ServiceLoader needs the public no-argument constructor. */
    public static final class Provider extends BasicSectionProvider {
        public Provider() {
            super(90, TITLE, ICON);
        }

        @Override
        public Section create(PortfolioContext context) {
            return new SettingsSection(context);
        }
    }

    private final SettingsModel settings;
    private final FxRatesModel rates;
    private final SettingsController controller;
    private final Node view;

    public SettingsSection(PortfolioContext context) {
        this.settings = new SettingsModel(context.service(), context.dialogs(), context.undo(),
                this::settingsChanged);
        this.rates = new FxRatesModel(context.service(), context.dialogs(), context.undo(),
                settings::storedReportingCurrency, Locale.getDefault(Locale.Category.FORMAT));
        rates.rates().addListener((javafx.collections.ListChangeListener<Object>) c -> settings.refreshRateCount());
        FXMLLoader loader = new FXMLLoader(SettingsSection.class.getResource("SettingsView.fxml"));
        try {
            this.view = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("SettingsView.fxml cannot be loaded", e);
        }
        this.controller = loader.getController();
        controller.bind(settings, rates);
    }

    /** A saved (or undone) settings change: the rates are in the reporting currency, so they read differently. */
    private void settingsChanged() {
        if (rates != null) {
            rates.reload();
            controller.showRatesHint();
        }
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
        if (!settings.isDirty()) {
            settings.reload();
        }
        rates.reload();
        controller.showRatesHint();
    }

    @Override
    public void deactivate() {
        // nothing is listened to from outside the section
    }

    @Override
    public Map<KeyCombination, Runnable> accelerators() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), controller::save,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), controller::newRate);
    }

    @Override
    public boolean confirmLeave(String action) {
        return settings.confirmLeave(action);
    }

    /** The settings form's model, for tests. */
    public SettingsModel settings() {
        return settings;
    }

    /** The exchange rates' model, for tests. */
    public FxRatesModel rates() {
        return rates;
    }
}
