package io.licensor.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.PortfolioSettings;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings form's model against a real portfolio. */
class SettingsModelTest {
    @TempDir Path folder;
    private PortfolioService service;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final UndoStack undo = new UndoStack();
    private final AtomicInteger changes = new AtomicInteger();
    private SettingsModel settings;

    @BeforeEach
    void open() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder().fxRate("EUR", "2024-01-01", "1.09").build());
        settings = new SettingsModel(service, dialogs, undo, changes::incrementAndGet);
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void aNewNameIsSavedAndUndoable() {
        PortfolioSettings before = service.settings();
        settings.nameProperty().set("  Jane's IP  ");

        assertThat(settings.save()).isTrue();
        assertThat(service.settings().name()).isEqualTo("Jane's IP");
        assertThat(settings.isDirty()).isFalse();
        assertThat(changes).hasValue(1);
        assertThat(undo.changesProperty().get()).as("the window title listens to this").isEqualTo(1);

        undo.undo();
        assertThat(service.settings()).isEqualTo(before);
        assertThat(settings.nameProperty().get()).isEqualTo(before.name());
    }

    @Test
    void anEmptyNameCannotBeSaved() {
        settings.nameProperty().set(" ");

        assertThat(settings.issues()).extracting(FormIssue::message).containsExactly("The name must not be empty.");
        assertThat(settings.save()).isFalse();
    }

    @Test
    void changingTheReportingCurrencyWarnsAboutTheRatesAndAsksBeforeSaving() {
        settings.reportingCurrencyProperty().set(Currency.getInstance("EUR"));

        assertThat(settings.issues()).singleElement().satisfies(i -> {
            assertThat(i.isError()).isFalse();
            assertThat(i.message()).startsWith("Exchange rates are USD per unit of another currency. After the "
                    + "change to EUR, the rate below will be read as EUR per unit");
        });
        dialogs.answer(false);
        assertThat(settings.save()).isFalse();
        assertThat(service.settings().reportingCurrency().getCurrencyCode()).isEqualTo("USD");

        dialogs.answer(true);
        assertThat(settings.save()).isTrue();
        assertThat(dialogs.shown()).containsExactly("Report in EUR instead of USD?", "Report in EUR instead of USD?");
        assertThat(service.settings().reportingCurrency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void theHomeCountryMayBeLeftOut() {
        settings.homeCountryProperty().set(null);

        assertThat(settings.save()).isTrue();
        assertThat(service.settings().homeCountry()).isNull();
    }
}
