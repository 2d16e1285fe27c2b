package io.licensor.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.licensor.cli.LicensorCommand;
import io.licensor.exchange.Json;
import io.licensor.model.Money;
import io.licensor.service.DemoPortfolio;
import io.licensor.service.dashboard.FlagItem;
import io.licensor.ui.assetdashboard.KpiTile;
import io.licensor.ui.assets.AssetsSection;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.Destination;
import io.licensor.ui.common.Formats;
import io.licensor.ui.common.Section;
import io.licensor.ui.shell.DesktopSettings;
import io.licensor.ui.shell.MainWindow;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
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

/** The portfolio dashboard in the real main window on the demo portfolio (headless Monocle, real H2). */
@ExtendWith(ApplicationExtension.class)
class DashboardFxTest {
    private static final LocalDate DEMO_DATE = LocalDate.of(2026, 11, 27);
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Map<LocalDate, JsonNode> printed = new HashMap<>();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "demo");
        DemoPortfolio.install(folder).close();
        for (LocalDate date : List.of(DEMO_DATE, YEAR_END)) {
            printed.put(date, metrics(folder, date));
        }
        shell = new ShellModel(dialogs, new BackgroundWork(), DesktopSettings.load(
                Files.createTempDirectory(home, "settings").resolve("desktop.properties")),
                ShellModel.installedSections());
        MainWindow.show(stage, shell, dialogs, () -> { });
        stage.setWidth(1280);
        stage.setHeight(800);
        shell.open(folder);
    }

    /** What {@code licensor metrics} prints for the folder on the date. */
    private static JsonNode metrics(Path folder, LocalDate date) throws Exception {
        StringWriter out = new StringWriter();
        int code = LicensorCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "metrics", "--portfolio", folder.toString(), "--as-of", date.toString());
        assertThat(code).isZero();
        return Json.mapper().readTree(out.toString());
    }

    @AfterEach
    void closePortfolio() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.close()).get(10, TimeUnit.SECONDS);
    }

    private DashboardSection section() {
        return (DashboardSection) shell.sections().get(0);
    }

    private void waitForDashboardOf(LocalDate date) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.service().isPresent()
                && !shell.sections().isEmpty() && !shell.work().isRunning()
                && !section().model().portfolio().loadingProperty().get()
                && section().model().portfolio().dashboardProperty().get() != null
                && section().model().portfolio().dashboardProperty().get().asOf().equals(date));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showDate(LocalDate date) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.service().isPresent()
                && !shell.sections().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> section().model().inputs().asOfProperty().set(date)).get();
        waitForDashboardOf(date);
    }

    private KpiTile tile(String title) {
        return section().controller().portfolio().tiles().stream().filter(t -> t.titleText().equals(title))
                .findFirst().orElseThrow();
    }

    private static String percent(JsonNode ratio) {
        return ratio.isNull() ? io.licensor.ui.assetdashboard.Kpi.NONE : Formats.percent(ratio.decimalValue());
    }

    private void assertTilesShow(JsonNode metrics) {
        JsonNode p = metrics.get("portfolio");
        assertThat(tile(PortfolioKpis.INCOME).valueText())
                .isEqualTo(Formats.money(Money.of(p.get("licensingIncome").asText(), "USD")));
        assertThat(tile(PortfolioKpis.ENFORCEMENT).valueText()).isEqualTo(percent(p.get("enforcementCostRatio")));
        assertThat(tile(PortfolioKpis.RENEWAL).valueText()).isEqualTo(percent(p.get("renewalRate")));
        assertThat(tile(PortfolioKpis.FLAGS).valueText()).isEqualTo(String.valueOf(metrics.get("flags").size()));
        assertThat(tile(PortfolioKpis.CONCENTRATION).valueText()).isEqualTo(p.get("hhi").decimalValue()
                .setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString());
        String exact = tile(PortfolioKpis.CONCENTRATION).definitionTooltip().getText()
                .replaceAll("(?s).*Exact value: ", "");
        assertThat(new BigDecimal(exact)).isCloseTo(p.get("hhi").decimalValue(),
                org.assertj.core.data.Offset.offset(new BigDecimal("1e-12")));
    }

    @Test
    void theTilesShowTheFiguresLicensorMetricsPrintsForTheChosenDate(FxRobot robot) throws Exception {
        waitForDashboardOf(LocalDate.now());
        showDate(DEMO_DATE);
        assertTilesShow(printed.get(DEMO_DATE));

        // type another date into the picker, as a user would
        robot.doubleClickOn(".date-picker .text-field").press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL).write(YEAR_END.toString()).type(KeyCode.ENTER);
        waitForDashboardOf(YEAR_END);
        assertTilesShow(printed.get(YEAR_END));
        assertThat(tile(PortfolioKpis.INCOME).detailText()).isEqualTo("2025-01-01 to 2025-12-31");
    }

    @Test
    void everyRiskFlagLinksToItsAssetOrLicenseSelectedInItsSection(FxRobot robot) throws Exception {
        showDate(DEMO_DATE);
        List<FlagItem> flags = section().model().portfolio().dashboardProperty().get().flags();
        assertThat(flags).hasSize(printed.get(DEMO_DATE).get("flags").size());
        for (int i = 0; i < flags.size(); i++) {
            FlagItem flag = flags.get(i);
            Hyperlink link = cardOf(flag).map(card -> (Hyperlink) card.lookup(".flag-subject")).orElseThrow();
            robot.clickOn(link);
            WaitForAsyncUtils.waitForFxEvents();
            Section shown = shell.selectedSectionProperty().get();
            if (flag.aboutLicense() && shell.sections().stream().anyMatch(s -> s.canShow(Destination.Kind.LICENSE))) {
                assertThat(shown.canShow(Destination.Kind.LICENSE)).as(flag.flag().subjectId()).isTrue();
            } else {
                assertThat(shown).as(flag.flag().subjectId()).isInstanceOf(AssetsSection.class);
                assertThat(((AssetsSection) shown).model().editor().currentProperty().get().id())
                        .as("selected for " + flag.flag().code() + " " + flag.flag().subjectId())
                        .isEqualTo(flag.assetId());
            }
            WaitForAsyncUtils.asyncFx(() -> shell.selectedSectionProperty().set(section())).get();
            waitForDashboardOf(DEMO_DATE);
        }
    }

    /** The card of {@code flag}, scrolled into view first as a user would before clicking. */
    private java.util.Optional<Node> cardOf(FlagItem flag) throws Exception {
        javafx.scene.control.ListView<FlagItem> list = section().controller().portfolio().flagsList();
        WaitForAsyncUtils.asyncFx(() -> list.scrollTo(flag)).get();
        WaitForAsyncUtils.waitForFxEvents();
        return list.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof javafx.scene.control.ListCell<?> cell && flag.equals(cell.getItem()))
                .map(c -> ((javafx.scene.control.ListCell<?>) c).getGraphic()).findFirst();
    }

    @Test
    void aFlagsDashboardLinkOpensThatAssetsDashboardAndBackLeadsToThePortfolio(FxRobot robot) throws Exception {
        showDate(DEMO_DATE);
        FlagItem first = section().model().portfolio().dashboardProperty().get().flags().get(0);
        robot.clickOn(cardOf(first).orElseThrow().lookup(".flag-dashboard"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> section().model().asset().dashboardProperty()
                .get() != null && !shell.work().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section().model().shownAssetProperty().get()).isEqualTo("A9");
        assertThat(section().model().asset().dashboardProperty().get().asset().id()).isEqualTo("A9");

        robot.clickOn("Portfolio");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section().model().shownAssetProperty().get()).isNull();
        assertThat(section().controller().portfolio().tiles()).hasSize(8);
    }

    @Test
    void aDiscountRateThatIsNotAPercentageIsRefusedWithASentenceAndTheOldRateStays(FxRobot robot)
            throws Exception {
        showDate(DEMO_DATE);
        robot.doubleClickOn("#rateField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("ten").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".input-message").queryLabeled().getText()).startsWith("Type a yearly rate");
        assertThat(section().model().inputs().discountRateProperty().get()).isEqualByComparingTo("0.10");

        robot.doubleClickOn("#rateField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("8 %").type(KeyCode.ENTER);
        waitForDashboardOf(DEMO_DATE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> section().model().portfolio().dashboardProperty()
                .get().discountRate().compareTo(new BigDecimal("0.08")) == 0 && !shell.work().isRunning());
        assertThat(robot.lookup(".input-message").queryLabeled().isVisible()).isFalse();
        assertThat(tile(PortfolioKpis.NPV).detailText()).contains("at 8 % a year");
    }
}
