package io.licensor.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.AssetType;
import io.licensor.model.Scenario;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.testing.ScriptedDialogs;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's toolbar commands on a real portfolio, answered by scripted dialogs, without a window. */
class ScenarioCommandsTest {
    @TempDir Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final UndoStack undo = new UndoStack();
    private PortfolioService service;
    private ScenarioStudioModel model;
    private ScenarioCommands commands;

    @BeforeEach
    void open() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "USD", "A1")
                .license("L2", "EUR", "A1").build());
        model = new ScenarioStudioModel(Runnable::run, Runnable::run);
        commands = new ScenarioCommands(service, dialogs, undo, model);
        commands.refresh();
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void anEmptyPortfolioStartsWithANewUnsavedComparisonInItsReportingCurrency() {
        assertThat(model.scenarioIdProperty().get()).isNull();
        assertThat(model.nameProperty().get()).isEqualTo("New scenario");
        assertThat(model.currency()).isEqualTo(service.settings().reportingCurrency());
        assertThat(model.structures()).hasSize(2);
        assertThat(model.figuresProperty().get()).isNotNull();
    }

    @Test
    void saveThenRenameThenSaveAsNewKeepsTwoScenarios() {
        assertThat(commands.save()).isTrue();
        model.nameProperty().set("Renamed");
        commands.save();
        commands.saveAsNew();
        assertThat(commands.saved()).extracting(Scenario::name).containsExactly("Renamed", "Renamed (2)");
        assertThat(model.scenarioIdProperty().get()).isEqualTo("S2");
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void aScenarioWithAFieldToFixIsNotSavedAndTheUserIsToldWhy() {
        model.structures().get(0).tiers().get(0).rate().type("ten");
        assertThat(commands.save()).isFalse();
        assertThat(dialogs.shown()).anyMatch(m -> m.contains("\"ten\" is not a number"));
        assertThat(commands.saved()).isEmpty();
    }

    @Test
    void leavingUnsavedChangesAsksAndCancelKeepsThem() {
        model.revenue().growth().type("5");
        dialogs.answer(Dialogs.UnsavedChoice.CANCEL);
        commands.startFromLicense("L1");
        assertThat(model.sourceLicenseIdProperty().get()).isNull();
        dialogs.answer(Dialogs.UnsavedChoice.DISCARD);
        commands.startFromLicense("L1");
        assertThat(model.sourceLicenseIdProperty().get()).isEqualTo("L1");
        assertThat(model.nameProperty().get()).isEqualTo("Alternatives to L1 (Licensee of L1)");
    }

    @Test
    void onlyLicensesInTheScenariosCurrencyAndBasisCanTakeAStructure() {
        assertThat(commands.applicableLicenses()).extracting(l -> l.id()).containsExactly("L1");
    }

    @Test
    void applyingAStructureAsksWithOldAndNewTermsAndUndoRestoresThem() {
        dialogs.answer(false);
        assertThat(commands.applyToLicense(1, "L1")).isFalse();
        assertThat(service.license("L1").orElseThrow().terms().tiers()).hasSize(1);
        dialogs.answer(true);
        assertThat(commands.applyToLicense(1, "L1")).isTrue();
        assertThat(service.license("L1").orElseThrow().terms().tiers()).hasSize(3);
        assertThat(undo.nextDescriptionProperty().get()).isEqualTo("Undo new terms of L1");
        undo.undo();
        assertThat(service.license("L1").orElseThrow().terms().tiers()).extracting(t -> t.rate())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("0.1"));
    }

    @Test
    void deletingAskesFirstAndThenShowsAnotherScenario() {
        commands.save();
        commands.saveAsNew();
        dialogs.answer(true);
        commands.delete();
        assertThat(commands.saved()).extracting(Scenario::id).containsExactly("S1");
        assertThat(model.scenarioIdProperty().get()).isEqualTo("S1");
    }
}
