package io.licensor.ui.assetdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.pricing.ReliefFromRoyalty;
import io.licensor.model.Asset;
import io.licensor.model.Money;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import io.licensor.service.DemoPortfolio;
import io.licensor.service.PortfolioService;
import io.licensor.service.dashboard.AssetDashboard.AssetLicense;
import io.licensor.ui.assets.AssetsSection;
import io.licensor.ui.common.Formats;
import io.licensor.ui.dashboard.DashboardSection;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An asset's dashboard in the real main window on the demo portfolio, opened from the asset register. */
@ExtendWith(ApplicationExtension.class)
class AssetDashboardFxTest {
    private static final Currency USD = Currency.getInstance("USD");
    @TempDir static Path home;
    private static final LocalDate DEMO_DATE = LocalDate.of(2026, 11, 27);
    private static com.fasterxml.jackson.databind.JsonNode printed;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    /** What {@code licensor metrics} prints for the demo on DEMO_DATE (before the window: the CLI is slow when busy). */
    @org.junit.jupiter.api.BeforeAll
    static void runLicensorMetrics() throws Exception {
        Path folder = Files.createTempDirectory(home, "printed");
        DemoPortfolio.install(folder).close();
        java.io.StringWriter out = new java.io.StringWriter();
        int code = io.licensor.cli.LicensorCommand.run(new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(new java.io.StringWriter(), true), "metrics", "--portfolio",
                folder.toString(), "--as-of", DEMO_DATE.toString());
        assertThat(code).isZero();
        printed = io.licensor.exchange.Json.mapper().readTree(out.toString());
    }

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "demo");
        DemoPortfolio.install(folder).close();
        shell = TestWindows.show(stage, dialogs, Files.createTempDirectory(home, "settings").resolve("desktop.properties"));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private PortfolioService service() {
        return shell.service().orElseThrow();
    }

    private DashboardSection dashboard() {
        return (DashboardSection) shell.sections().get(0);
    }

    /** Opens the register, selects {@code id} and presses its Dashboard button. */
    private void openFromRegister(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.service().isPresent()
                && !shell.work().isRunning());
        WaitForAsyncUtils.asyncFx(() -> {
            // the register is built on its first visit
            shell.showSection("Assets");
            ((AssetsSection) shell.selectedSectionProperty().get()).model().editor().select(id);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#dashboardButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.selectedSectionProperty().get() == dashboard()
                && !shell.work().isRunning() && dashboard().model().asset().dashboardProperty().get() != null
                && dashboard().model().asset().dashboardProperty().get().asset().id().equals(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String fieldId, String text) {
        robot.doubleClickOn(fieldId).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shownValue(FxRobot robot) {
        return robot.lookup("#relief-value").queryAs(Label.class).getText();
    }

    private static String analytics(String revenue, int years, String royalty, String tax, String discount,
            String growth) {
        ReliefFromRoyalty.Result result = ReliefFromRoyalty.value(new ReliefFromRoyalty.Input(USD,
                Collections.nCopies(years, new BigDecimal(revenue)), new BigDecimal(royalty), new BigDecimal(tax),
                new BigDecimal(discount), growth == null ? null : new BigDecimal(growth)));
        return Formats.money(new Money(result.value(), USD));
    }

    @Test
    void theRegistersDashboardButtonOpensTheSelectedAssetsDashboard(FxRobot robot) throws Exception {
        openFromRegister(robot, "A3");
        assertThat(dashboard().model().shownAssetProperty().get()).isEqualTo("A3");
        TableView<AssetLicense> licenses = dashboard().controller().asset().licenses();
        assertThat(licenses.getItems()).extracting(l -> l.license().id()).containsExactly("L6");
    }

    @Test
    void theCalculatorShowsAnalyticsReliefFromRoyaltyValueAndSavingItAddsAValuationUndoTakesBack(FxRobot robot)
            throws Exception {
        openFromRegister(robot, "A1");
        type(robot, "#relief-revenue", "200000");
        type(robot, "#relief-royalty-rate", "8");
        type(robot, "#relief-tax-rate", "30 %");
        type(robot, "#relief-years", "7");
        type(robot, "#relief-discount-rate", "12");
        robot.clickOn("#relief-terminal");
        type(robot, "#relief-terminal-growth", "2");
        assertThat(shownValue(robot)).isEqualTo(analytics("200000", 7, "0.08", "0.30", "0.12", "0.02"));

        // a drag ends on a slider value: the value follows it, rounded to tenths of a percent
        Slider discount = robot.lookup("#relief-discount-rate-slider").queryAs(Slider.class);
        WaitForAsyncUtils.asyncFx(() -> discount.setValue(14.04)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownValue(robot)).isEqualTo(analytics("200000", 7, "0.08", "0.30", "0.140", "0.02"));

        int before = service().asset("A1").orElseThrow().valuations().size();
        dialogs.answer(true);
        robot.clickOn("#relief-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shell.work().isRunning());
        Asset saved = service().asset("A1").orElseThrow();
        assertThat(saved.valuations()).hasSize(before + 1);
        Valuation added = saved.valuations().get(before);
        assertThat(added.method()).isEqualTo(ValuationMethod.RELIEF_FROM_ROYALTY);
        assertThat(added.asOf()).isEqualTo(LocalDate.now());
        assertThat(Formats.money(added.amount())).isEqualTo(shownValue(robot));
        assertThat(dialogs.shown()).anyMatch(q -> q.startsWith("Save " + shownValue(robot) + " as a valuation of A1"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shell.work().isRunning());
        assertThat(service().asset("A1").orElseThrow().valuations()).hasSize(before);
    }

    @Test
    void growthAtOrAboveTheDiscountRateIsRefusedInWordsAndCannotBeSaved(FxRobot robot) throws Exception {
        openFromRegister(robot, "A2");
        robot.clickOn("#relief-terminal");
        type(robot, "#relief-discount-rate", "5");
        type(robot, "#relief-terminal-growth", "6");
        assertThat(robot.lookup("#relief-problem").queryAs(Label.class).getText())
                .startsWith("Terminal growth").contains("below the discount rate");
        assertThat(robot.lookup("#relief-save").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theUnderPaidLicenseStandsOutInTheLicensesTable(FxRobot robot) throws Exception {
        openFromRegister(robot, "A1");
        assertThat(robot.lookup(".asset-licenses .danger").queryLabeled().getText())
                .isEqualTo("Short " + Formats.money(Money.of("1750.00", "USD")));
    }

    @Test
    void theTilesAndTheLicensesTableShowWhatLicensorMetricsPrintsForTheAsset(FxRobot robot) throws Exception {
        openFromRegister(robot, "A1");
        WaitForAsyncUtils.asyncFx(() -> dashboard().model().inputs().asOfProperty().set(DEMO_DATE)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shell.work().isRunning()
                && !dashboard().model().asset().loadingProperty().get()
                && dashboard().model().asset().dashboardProperty().get().asOf().equals(DEMO_DATE));
        WaitForAsyncUtils.waitForFxEvents();
        com.fasterxml.jackson.databind.JsonNode a1 = null;
        for (com.fasterxml.jackson.databind.JsonNode a : printed.get("assets")) {
            if (a.get("id").asText().equals("A1")) {
                a1 = a;
            }
        }
        assertThat(a1).isNotNull();
        assertThat(tile(AssetKpis.INCOME).valueText())
                .isEqualTo(Formats.money(Money.of(a1.get("licensingIncome").asText(), "USD")));
        assertThat(new BigDecimal(tile(AssetKpis.YIELD).definitionTooltip().getText()
                .replaceAll("(?s).*Exact value: ", ""))).isCloseTo(a1.get("yield").decimalValue(),
                org.assertj.core.data.Offset.offset(new BigDecimal("1e-12")));
        assertThat(tile(AssetKpis.YIELD).valueText()).isEqualTo(Formats.percent(a1.get("yield").decimalValue()));
        assertThat(tile(AssetKpis.ENFORCEMENT).valueText())
                .isEqualTo(Formats.percent(a1.get("enforcementCostRatio").decimalValue()));
        assertThat(tile(AssetKpis.ENFORCEMENT).detailText())
                .startsWith("Net cost " + Formats.money(Money.of(a1.get("netEnforcementCost").asText(), "USD")));

        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> licenses = new java.util.HashMap<>();
        printed.get("licenses").forEach(l -> licenses.put(l.get("id").asText(), l));
        TableView<AssetLicense> table = dashboard().controller().asset().licenses();
        assertThat(table.getItems()).extracting(l -> l.license().id()).containsExactly("L1", "L2");
        for (AssetLicense row : table.getItems()) {
            com.fasterxml.jackson.databind.JsonNode l = licenses.get(row.license().id());
            assertThat(row.figures().expected()).as(row.license().id() + " expected")
                    .isEqualByComparingTo(l.get("expected").asText());
            assertThat(row.figures().received()).as(row.license().id() + " received")
                    .isEqualByComparingTo(l.get("received").asText());
        }
    }

    private KpiTile tile(String title) {
        return dashboard().controller().asset().tiles().stream().filter(t -> t.titleText().equals(title))
                .findFirst().orElseThrow();
    }
}
