package io.licensor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;

class DecimationTest {

    private static double[] range(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    @Test
    void aShortSeriesIsKeptWhole() {
        assertThat(Decimation.keep(range(5), new double[] {1, 2, 3, 2, 1}, 10)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aLongSeriesKeepsAtMostTheAskedNumberWithFirstAndLast() {
        int n = 100_000;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(i / 500.0) * 1000;
        }
        int[] kept = Decimation.keep(range(n), y, 400);
        assertThat(kept).hasSize(400);
        assertThat(kept[0]).isZero();
        assertThat(kept[kept.length - 1]).isEqualTo(n - 1);
        assertThat(kept).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aSingleSpikeSurvivesThinning() {
        int n = 10_000;
        double[] y = new double[n];
        y[6_543] = 1_000_000;
        int[] kept = Decimation.keep(range(n), y, 50);
        assertThat(Arrays.stream(kept).boxed().toList()).contains(6_543);
    }

    @Test
    void fewerThanThreePointsOrMismatchedArraysAreRefused() {
        assertThatThrownBy(() -> Decimation.keep(range(10), new double[10], 2))
                .hasMessageContaining("at least 3");
        assertThatThrownBy(() -> Decimation.keep(range(10), new double[9], 5))
                .hasMessageContaining("differ in length");
    }

    @Test
    void thinningChartDataKeepsTheOriginalItems() {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            points.add(new XYChart.Data<>(i, i % 7));
        }
        List<XYChart.Data<Number, Number>> thin = Decimation.thin(points, 100);
        assertThat(thin).hasSize(100).allMatch(points::contains);
        assertThat(thin.get(0)).isSameAs(points.get(0));
        assertThat(thin.get(99)).isSameAs(points.get(999));
    }
}
