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
import io.licensor.ui.common.Destination;
import io.licensor.ui.common.Formats;
import io.licensor.ui.common.Section;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
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
    /** What {@code licensor metrics} prints for the demo on each date: read once, the demo is always the same. */
    private static final Map<LocalDate, JsonNode> printed = new HashMap<>();
    private ShellModel shell;

    /** Before the window: TestFX gives a test's start a minute, and the command line is slow on a busy machine. */
    @org.junit.jupiter.api.BeforeAll
    static void runLicensorMetrics() throws Exception {
        Path folder = Files.createTempDirectory(home, "printed");
        DemoPortfolio.install(folder).close();
        for (LocalDate date : List.of(DEMO_DATE, YEAR_END)) {
            printed.put(date, metrics(folder, date));
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "demo");
        DemoPortfolio.install(folder).close();
        shell = TestWindows.show(stage, dialogs, Files.createTempDirectory(home, "settings").resolve("desktop.properties"));
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
        TestWindows.close(shell);
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
        assertThat(tile(PortfolioKpis.ENFORCEMENT).detailText())
                .startsWith("Net cost " + Formats.money(Money.of(p.get("netEnforcementCost").asText(), "USD")));
        assertThat(tile(PortfolioKpis.YIELD).valueText()).isEqualTo(Formats.percent(portfolioYield(metrics)));
        assertThat(shownFlags()).containsExactlyElementsOf(printedFlags(metrics));
    }

    /**
     * The portfolio's yield from what {@code licensor metrics} prints: the income of the assets it gives a yield
     * (those with a valuation on the date) over the sum of their latest valuations in the portfolio.
     */
    private static BigDecimal portfolioYield(JsonNode metrics) {
        LocalDate asOf = LocalDate.parse(metrics.get("asOf").asText());
        Map<String, io.licensor.model.Asset> assets = new HashMap<>();
        DemoPortfolio.bundled().assets().forEach(a -> assets.put(a.id(), a));
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (JsonNode a : metrics.get("assets")) {
            if (a.get("yield").isNull()) {
                continue;
            }
            income = income.add(new BigDecimal(a.get("licensingIncome").asText()));
            Money latest = io.licensor.analytics.metrics.Yields.latest(assets.get(a.get("id").asText()), asOf)
                    .amount();
            assertThat(latest.currency().getCurrencyCode()).as("the demo values its assets in USD").isEqualTo("USD");
            value = value.add(latest.amount());
        }
        return income.divide(value, java.math.MathContext.DECIMAL64);
    }

    /** The flags {@code licensor metrics} prints, as "CODE subject", in its order. */
    private static List<String> printedFlags(JsonNode metrics) {
        List<String> flags = new java.util.ArrayList<>();
        for (JsonNode f : metrics.get("flags")) {
            flags.add(f.get("code").asText() + " " + (f.has("license") ? f.get("license") : f.get("asset")).asText());
        }
        return flags;
    }

    /** The flags in the dashboard's list, as "CODE subject", top to bottom. */
    private List<String> shownFlags() {
        return section().controller().portfolio().flagsList().getItems().stream()
                .map(f -> f.flag().code() + " " + f.flag().subjectId()).toList();
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

    @Test
    void everyTileCarriesTheDefinitionOfItsFigureInItsTooltip() throws Exception {
        showDate(DEMO_DATE);
        List<KpiTile> tiles = section().controller().portfolio().tiles();
        assertThat(tiles).extracting(KpiTile::titleText).containsExactly(PortfolioKpis.INCOME, PortfolioKpis.NPV,
                PortfolioKpis.YIELD, PortfolioKpis.RENEWAL, PortfolioKpis.ENFORCEMENT, PortfolioKpis.CONCENTRATION,
                PortfolioKpis.FLAGS, PortfolioKpis.ENDING);
        for (KpiTile t : tiles) {
            // the tooltip is installed on the tile itself, so hovering anywhere on it shows the definition
            javafx.scene.control.Tooltip installed = (javafx.scene.control.Tooltip) t.getProperties().get(
                    "javafx.scene.control.Tooltip");
            assertThat(installed).as(t.titleText()).isSameAs(t.definitionTooltip());
            assertThat(installed.getText()).as(t.titleText()).startsWith(t.titleText() + ": ").hasSizeGreaterThan(
                    t.titleText().length() + 60);
        }
    }

    @Test
    void riskFlagCardsShowTheirWholeSentencesNotCutShort() throws Exception {
        showDate(DEMO_DATE);
        for (FlagItem flag : section().model().portfolio().dashboardProperty().get().flags()) {
            Node card = cardOf(flag).orElseThrow();
            for (String part : List.of(".flag-name", ".flag-why", ".flag-todo")) {
                javafx.scene.control.Label label = (javafx.scene.control.Label) card.lookup(part);
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) label.lookup(".text");
                assertThat(drawn.getText()).as(flag.flag().code() + " " + part).isEqualTo(label.getText());
            }
        }
    }

    @Test
    void theMaturityPanelPlacesThePortfolioOnTheLevelTheAnalyticsGiveWithTheArticlesRates() throws Exception {
        showDate(DEMO_DATE);
        var d = section().model().portfolio().dashboardProperty().get();
        Node card = section().controller().portfolio().root().lookup(".maturity-card");
        assertThat(((javafx.scene.control.Label) card.lookup(".card-title")).getText()).isEqualTo(
                "Licensing maturity: level " + d.maturity().level().number() + " of 5, "
                        + d.maturity().level().title());
        assertThat(card.lookup(".level-here")).isNotNull();
        assertThat(((javafx.scene.control.Label) card.lookup(".level-here")).getText())
                .startsWith(d.maturity().level().title() + ": ");
        assertThat(card.lookupAll(".money").stream().map(n -> ((javafx.scene.control.Label) n).getText()).toList())
                .contains("5-10 %", "10-15 %", "15-25 %", "20-30 %+", "variable")
                .containsAll(d.rates().stream().limit(MaturityPanel.MOST_SHOWN)
                        .map(r -> Formats.percent(r.effectiveRate())).toList());
        assertThat(card.lookupAll(".rate-chip")).hasSize(Math.min(d.rates().size(), MaturityPanel.MOST_SHOWN));
    }

    @Test
    void eachChartSavesAsAPngFromItsContextMenu() throws Exception {
        showDate(DEMO_DATE);
        List<io.licensor.ui.charts.ChartPanel> panels = section().controller().portfolio().root()
                .lookupAll(".chart-panel").stream().map(io.licensor.ui.charts.ChartPanel.class::cast).toList();
        assertThat(panels).hasSize(3);
        Path dir = Files.createTempDirectory(home, "charts");
        for (int i = 0; i < panels.size(); i++) {
            io.licensor.ui.charts.ChartPanel panel = panels.get(i);
            Path file = dir.resolve("chart" + i + ".png");
            dialogs.answer(java.util.Optional.of(file));
            // a right-click on the chart asks its panel (chart and legend) for the context menu
            WaitForAsyncUtils.asyncFx(() -> {
                javafx.geometry.Point2D at = panel.chart().localToScreen(20, 20);
                javafx.event.Event.fireEvent(panel.chart(), new javafx.scene.input.ContextMenuEvent(
                        javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20, at.getX(), at.getY(),
                        false, null));
                javafx.scene.control.ContextMenu menu = openContextMenu();
                menu.getItems().stream().filter(m -> m.getText().equals("Save chart as PNG...")).findFirst()
                        .orElseThrow().fire();
                menu.hide();
            }).get(30, TimeUnit.SECONDS);
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(file.toFile());
            assertThat(png).as("chart %d written", i).isNotNull();
            // at twice the size on screen, for a sharp print, and the legend under the chart is in the picture
            assertThat((double) png.getWidth()).isGreaterThanOrEqualTo(panel.getWidth() * 2 - 1);
            assertThat((double) png.getHeight()).isGreaterThanOrEqualTo(panel.getHeight() * 2 - 1);
        }
        assertThat(dialogs.shown()).filteredOn(q -> q.equals("Save chart as PNG")).hasSize(3);
    }

    private static javafx.scene.control.ContextMenu openContextMenu() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElseThrow();
    }
}
