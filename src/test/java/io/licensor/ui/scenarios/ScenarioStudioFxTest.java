package io.licensor.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.pricing.Crossing;
import io.licensor.analytics.pricing.ScenarioComparison;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Scenario;
import io.licensor.service.DemoPortfolio;
import io.licensor.service.PortfolioService;
import io.licensor.service.Scenarios;
import io.licensor.ui.charts.MarkedLineChart;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scenario studio in the real main window on the demo portfolio (headless Monocle, real H2). */
@ExtendWith(ApplicationExtension.class)
class ScenarioStudioFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(home, "demo").resolve("portfolio");
        DemoPortfolio.install(folder).close();
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private ScenariosSection studio(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.service().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // the studio is built on its first visit
        robot.interact(() -> shell.showSection("Scenarios"));
        WaitForAsyncUtils.waitForFxEvents();
        return (ScenariosSection) WaitForAsyncUtils.asyncFx(() -> shell.selectedSectionProperty().get()).get();
    }

    private ScenarioComparison.Result engine(ScenariosSection s) {
        return Scenarios.compare(s.model().current(), s.model().figuresProperty().get().basePoints());
    }

    /** Every curve point drawn and every totals row are the engine's figures for the terms on screen. */
    private void assertShowsTheEnginesFigures(ScenariosSection s) {
        ScenarioComparison.Result expected = engine(s);
        MarkedLineChart chart = s.controller().revenueChart().node();
        List<BigDecimal> bases = s.model().figuresProperty().get().basePoints();
        for (int i = 0; i < expected.structures().size(); i++) {
            List<XYChart.Data<Number, Number>> drawn = chart.getData().get(i).getData();
            List<BigDecimal> curve = expected.structures().get(i).curve();
            assertThat(drawn).hasSize(curve.size());
            for (int k = 0; k < curve.size(); k++) {
                assertThat(drawn.get(k).getXValue().doubleValue()).isEqualTo(bases.get(k).doubleValue());
                assertThat(drawn.get(k).getYValue().doubleValue()).isEqualTo(curve.get(k).doubleValue());
            }
        }
        TableView<TotalsTable.LiveRow> table = s.controller().totals().node();
        Currency usd = Currency.getInstance("USD");
        List<String> rows = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < expected.structures().size(); i++) {
            ScenarioComparison.StructureResult r = expected.structures().get(i);
            TotalsTable.Row row = table.getItems().get(i).get();
            rows.add(row.royalty() + " " + row.income() + " " + row.npv() + " " + row.effectiveRate());
            wanted.add(Money.of(r.totalRoyalty(), usd) + " " + Money.of(r.totalIncome(), usd) + " "
                    + Money.of(r.npv(), usd) + " " + r.effectiveRate());
        }
        assertThat(rows).isEqualTo(wanted);
    }

    @Test
    void theDemoOpensOnTheArticleScenarioWithItsTotals(FxRobot robot) throws Exception {
        ScenariosSection s = studio(robot);
        assertThat(s.model().nameProperty().get()).isEqualTo("Article: flat 10 % vs tiers + fee");
        TableView<TotalsTable.LiveRow> table = s.controller().totals().node();
        assertThat(table.getItems()).extracting(r -> r.get().royalty().amount().toPlainString())
                .containsExactly("75000.00", "98000.00");
        assertThat(table.getItems()).extracting(r -> r.get().income().amount().toPlainString())
                .containsExactly("75000.00", "103000.00");
        assertShowsTheEnginesFigures(s);
    }

    @Test
    void draggingTheThresholdsAndARateRedrawsTheEnginesFigures(FxRobot robot) throws Exception {
        ScenariosSection s = studio(robot);
        robot.interact(() -> s.controller().structureTabs().getSelectionModel().select(1));
        RangeSlider thresholds = robot.lookup("#s1-thresholds").queryAs(RangeSlider.class);
        robot.interact(() -> thresholds.setLowValue(200_400));
        WaitForAsyncUtils.waitForFxEvents();
        TierDraft second = s.model().structures().get(1).tiers().get(1);
        assertThat(second.from().value()).isEqualByComparingTo("200000");
        assertThat(robot.lookup("#s1-from1").queryAs(TextField.class).getText()).isEqualTo("200,000");
        assertShowsTheEnginesFigures(s);

        Slider top = robot.lookup("#s1-rate2").queryAs(Slider.class);
        Node thumb = top.lookup(".thumb");
        robot.drag(thumb).moveBy(40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        BigDecimal rate = s.model().structures().get(1).tiers().get(2).rate().value();
        assertThat(rate).isGreaterThan(new BigDecimal("0.18"));
        assertThat(robot.lookup("#s1-ratefield2").queryAs(TextField.class).getText())
                .isEqualTo(DecimalInput.plain(rate.movePointRight(2)));
        assertShowsTheEnginesFigures(s);
        assertThat(s.model().isDirty()).isTrue();
    }

    @Test
    void draggingEachThumbOfTheThresholdRangeSliderRedrawsTheEnginesFigures(FxRobot robot) throws Exception {
        ScenariosSection s = studio(robot);
        robot.interact(() -> s.controller().structureTabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        RangeSlider thresholds = robot.lookup("#s1-thresholds").queryAs(RangeSlider.class);
        List<TierDraft> tiers = s.model().structures().get(1).tiers();
        BigDecimal secondBefore = tiers.get(1).from().value();
        BigDecimal thirdBefore = tiers.get(2).from().value();

        // with the mouse, as a user would: the high thumb (tier 3's start) right, then the low thumb (tier 2's)
        // right too, staying below the high one
        robot.drag(thresholds.lookup(".high-thumb")).moveBy(30, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        BigDecimal third = tiers.get(2).from().value();
        assertThat(third).isGreaterThan(thirdBefore);
        assertThat(robot.lookup("#s1-from2").queryAs(TextField.class).getText())
                .isEqualTo(DecimalInput.grouped(third));
        assertShowsTheEnginesFigures(s);

        robot.drag(thresholds.lookup(".low-thumb")).moveBy(15, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        BigDecimal second = tiers.get(1).from().value();
        assertThat(second).isGreaterThan(secondBefore).isLessThan(third);
        assertThat(robot.lookup("#s1-from1").queryAs(TextField.class).getText())
                .isEqualTo(DecimalInput.grouped(second));
        assertShowsTheEnginesFigures(s);
        assertThat(s.model().isDirty()).isTrue();
    }

    @Test
    void breakEvenMarkersSitAtTheEnginesBreakEvenPoints(FxRobot robot) throws Exception {
        ScenariosSection s = studio(robot);
        // flat 12 %: the tiers with the fee lead below 100,000 ... flat leads ... tiers lead again: two overtakings
        robot.interact(() -> s.model().structures().get(0).tiers().get(0).rate().set(new BigDecimal("0.12")));
        WaitForAsyncUtils.waitForFxEvents();
        List<Crossing> crossings = engine(s).breakEvens().get(0).comparison().crossings();
        assertThat(crossings).isNotEmpty();
        MarkedLineChart chart = s.controller().revenueChart().node();
        assertThat(chart.markers()).extracting(MarkedLineChart.Marker::value)
                .containsExactlyElementsOf(crossings.stream().map(c -> c.base().doubleValue()).toList());
        NumberAxis x = (NumberAxis) chart.getXAxis();
        List<Node> nodes = chart.markerNodes();
        for (int i = 0; i < crossings.size(); i++) {
            Line line = (Line) nodes.get(2 * i);
            assertThat(line.getStartX()).isEqualTo(Math.round(x.getDisplayPosition(crossings.get(i).base()
                    .doubleValue())) + 0.5);
        }
        assertThat(s.controller().revenueChart().node().markers().get(0).label()).startsWith("Break-even ");
    }

    @Test
    void applyingAStructureToTheLicenseChangesItsTermsAndCtrlZPutsThemBack(FxRobot robot) throws Exception {
        ScenariosSection s = studio(robot);
        PortfolioService service = shell.service().orElseThrow();
        RoyaltyTerms before = service.license("L1").orElseThrow().terms();
        dialogs.answer(true);
        javafx.scene.control.Button apply = robot.lookup("#s0-apply").queryButton();
        assertThat(apply.isDisabled()).isFalse(); // the source license, L1, is chosen
        robot.interact(apply::fire); // below the fold of the scrolling editor: fired rather than clicked
        WaitForAsyncUtils.waitForFxEvents();
        License after = service.license("L1").orElseThrow();
        assertThat(after.terms().tiers()).extracting(t -> t.from().toPlainString() + "@" + t.rate().toPlainString())
                .containsExactly("0@0.1");
        assertThat(after.terms().upfrontFee().isZero()).isTrue();
        assertThat(dialogs.shown()).anyMatch(q -> q.startsWith("Give license L1 (Acme Analytics Inc.) the terms"));

        robot.clickOn(s.controller().revenueChart().node());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(service.license("L1").orElseThrow().terms()).isEqualTo(before);
    }

    @Test
    void aRenamedScenarioIsStillThereAfterReopeningThePortfolio(FxRobot robot) throws Exception {
        ScenariosSection s = studio(robot);
        robot.interact(() -> s.model().structures().get(1).upfront().type("7500"));
        robot.doubleClickOn(".scenarios-view .section-toolbar .text-field")
                .press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Bigger fee");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(s.model().isDirty()).isFalse();

        // another portfolio in between closes this one's database; opening it again reads everything afresh
        Path other = Files.createTempDirectory(home, "other");
        robot.interact(() -> shell.open(other));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.service().isPresent()
                && shell.service().get().folder().equals(other.toAbsolutePath().normalize()));
        robot.interact(() -> shell.open(folder));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.service().isPresent()
                && shell.service().get().folder().equals(folder.toAbsolutePath().normalize()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.sections().stream()
                .anyMatch(x -> x.title().equals("Scenarios")));
        ScenariosSection reopened = studio(robot);
        assertThat(reopened).isNotSameAs(s);
        List<Scenario> saved = reopened.commands().saved();
        assertThat(saved).extracting(Scenario::name).containsExactly("Bigger fee");
        assertThat(reopened.model().nameProperty().get()).isEqualTo("Bigger fee");
        assertThat(reopened.model().structures().get(1).upfront().value()).isEqualByComparingTo("7500");
    }
}
