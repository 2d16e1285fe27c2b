package io.licensor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.ScriptedDialogs;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The chart helpers on real charts in a headless window. */
@ExtendWith(ApplicationExtension.class)
class ChartsFxTest {
    private StackPane root;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark()
                .getUserAgentStylesheet());
        root = new StackPane();
        root.setStyle("-fx-background-color: #0d1117;");
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    private BarChart<String, Number> barChart() {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        Charts.prepare(chart, "Income by quarter", "Quarter", "Income (USD)");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Software");
        series.getData().add(new XYChart.Data<>("Q1 2026", 1250.5));
        series.getData().add(new XYChart.Data<>("Q2 2026", 980));
        Charts.colourBars(series, 3);
        ChartTooltips.onData(series, d -> d.getXValue() + ": " + d.getYValue() + " USD");
        chart.getData().add(series);
        return chart;
    }

    @Test
    void preparedChartsHaveTitleAxisLabelsAndNoAnimationOrBuiltInLegend() {
        BarChart<String, Number> chart = Fx.call(this::barChart);
        assertThat(chart.getTitle()).isEqualTo("Income by quarter");
        assertThat(chart.getXAxis().getLabel()).isEqualTo("Quarter");
        assertThat(chart.getYAxis().getLabel()).isEqualTo("Income (USD)");
        assertThat(chart.getAnimated()).isFalse();
        assertThat(chart.isLegendVisible()).isFalse();
    }

    @Test
    void barsTakeThePaletteColourAndCarryATooltipWithTheExactValue() {
        BarChart<String, Number> chart = Fx.call(() -> {
            BarChart<String, Number> c = barChart();
            root.getChildren().setAll(c);
            return c;
        });
        Fx.waitUntil(() -> chart.getData().get(0).getData().get(0).getNode() != null);
        Node bar = chart.getData().get(0).getData().get(0).getNode();
        assertThat(bar.getStyle()).contains(ChartPalette.web(3));
        Tooltip tip = (Tooltip) bar.getProperties().get("javafx.scene.control.Tooltip");
        // one tooltip serves the series: it takes the bar's text when the mouse enters the bar
        Fx.run(() -> bar.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_ENTERED,
                1, 1, 1, 1, javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false,
                false, false, false, null)));
        assertThat(tip.getText()).isEqualTo("Q1 2026: 1250.5 USD");
    }

    @Test
    void theLegendShowsOneSwatchPerEntryInItsPaletteColour() {
        ChartLegend legend = Fx.call(() -> new ChartLegend(List.of(ChartLegend.Entry.bar("Software", 3),
                ChartLegend.Entry.line("Trend", 0))));
        assertThat(legend.getChildren()).hasSize(2);
        Label first = (Label) legend.getChildren().get(0);
        assertThat(first.getText()).isEqualTo("Software");
        assertThat(first.getGraphic().getStyle()).contains(ChartPalette.web(3));
    }

    @Test
    void aVerticalMarkerSitsAtItsValuesPositionOnTheAxis() {
        MarkedLineChart chart = Fx.call(() -> {
            NumberAxis x = new NumberAxis(0, 1000, 100);
            NumberAxis y = new NumberAxis(0, 100, 10);
            MarkedLineChart c = new MarkedLineChart(x, y);
            Charts.prepare(c, "Royalty against revenue", "Revenue (USD)", "Royalty (USD)");
            c.markers().add(MarkedLineChart.Marker.atX(412.5, "Break-even 412.50"));
            root.getChildren().setAll(c);
            return c;
        });
        Fx.waitUntil(() -> chart.getXAxis().getWidth() > 0);
        Line line = (Line) chart.markerNodes().get(0);
        Label label = (Label) chart.markerNodes().get(1);
        double expected = Fx.call(() -> chart.getXAxis().getDisplayPosition(412.5));
        assertThat(line.getStartX()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1.0));
        assertThat(line.isVisible()).isTrue();
        assertThat(label.getText()).isEqualTo("Break-even 412.50");
    }

    @Test
    void aMarkerOutsideTheAxisRangeIsHidden() {
        MarkedLineChart chart = Fx.call(() -> {
            MarkedLineChart c = new MarkedLineChart(new NumberAxis(0, 1000, 100), new NumberAxis(0, 100, 10));
            Charts.prepare(c, "t", "x", "y");
            c.markers().add(MarkedLineChart.Marker.atX(5000, "far away"));
            root.getChildren().setAll(c);
            return c;
        });
        Fx.waitUntil(() -> chart.getXAxis().getWidth() > 0);
        assertThat(chart.markerNodes().get(0).isVisible()).isFalse();
    }

    @Test
    void savingAsPngWritesASharpPictureOnTheThemesBackground(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart.png");
        ScriptedDialogs dialogs = new ScriptedDialogs().answer(Optional.of(file));
        BarChart<String, Number> chart = Fx.call(() -> {
            BarChart<String, Number> c = barChart();
            c.setPrefSize(300, 200);
            root.getChildren().setAll(c);
            ChartExport.install(c, () -> "income", dialogs);
            return c;
        });
        Fx.waitUntil(() -> chart.getWidth() > 0);
        Fx.run(() -> chart.getOnContextMenuRequested().handle(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, 10, 10, false, null)));
        Fx.run(() -> findSaveItem(chart).fire());

        assertThat(dialogs.shown()).contains("Save chart as PNG");
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(chart.getWidth() * 2));
        assertThat(new java.awt.Color(image.getRGB(1, 1))).isEqualTo(new java.awt.Color(0x0d, 0x11, 0x17));
        assertThat(Files.list(dir)).containsExactly(file);
    }

    private static javafx.scene.control.MenuItem findSaveItem(Node chart) {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu)
                .map(w -> (javafx.scene.control.ContextMenu) w)
                .flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText().startsWith("Save chart"))
                .findFirst().orElseThrow();
    }

    @Test
    void theBackgroundOfAChartIsTheNearestOpaqueOne() {
        BarChart<String, Number> chart = Fx.call(() -> {
            BarChart<String, Number> c = barChart();
            root.getChildren().setAll(c);
            return c;
        });
        Fx.waitUntil(() -> chart.getScene() != null);
        assertThat(Fx.call(() -> ChartExport.backgroundOf(chart))).isEqualTo(Color.web("#0d1117"));
    }
}
