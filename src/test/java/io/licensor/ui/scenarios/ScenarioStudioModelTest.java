package io.licensor.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.pricing.ScenarioComparison;
import io.licensor.model.Scenario;
import io.licensor.model.TierMode;
import io.licensor.service.ScenarioStarts;
import io.licensor.service.Scenarios;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The studio's presentation model without a window: figures, edits, coalescing. */
class ScenarioStudioModelTest {
    /** Runs queued FX work only when the test says so, like pulses that have not come yet. */
    private final Deque<Runnable> fxQueue = new ArrayDeque<>();
    private final Executor fx = fxQueue::add;
    private final ScenarioStudioModel model = new ScenarioStudioModel(fx, Runnable::run);

    private void pulse() {
        while (!fxQueue.isEmpty()) {
            fxQueue.poll().run();
        }
    }

    private ScenarioComparison.Result engine() {
        Scenario s = model.current();
        return Scenarios.compare(s, model.figuresProperty().get().basePoints());
    }

    /** The figures on show are the engine's for the scenario as edited (curves, years, totals and crossings). */
    private void assertShowsTheEnginesFigures() {
        ScenarioComparison.Result shown = model.figuresProperty().get().result();
        ScenarioComparison.Result expected = engine();
        assertThat(shown.structures()).isEqualTo(expected.structures());
        assertThat(shown.breakEvens()).extracting(b -> b.comparison().crossings())
                .isEqualTo(expected.breakEvens().stream().map(b -> b.comparison().crossings()).toList());
    }

    @Test
    void theArticleScenarioShowsTheEnginesTotals() {
        model.load(ScenarioStarts.article("L1"));
        StudioFigures f = model.figuresProperty().get();
        assertThat(f.labels()).containsExactly("Flat 10 %", "Tiers 5/12/18 % + fee");
        assertThat(f.result().structures()).extracting(r -> r.totalRoyalty().toPlainString())
                .containsExactly("75000.00", "98000.00");
        assertThat(f.result().structures().get(1).npv()).isEqualByComparingTo("91008.23");
        assertThat(f.breakEvens()).extracting(StudioFigures.BreakEven::base)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("100000"));
        assertThat(f.breakEvens().get(0).overtakes()).isFalse();
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void aBurstOfSliderEventsIsOneRecomputeWithTheLastValue() {
        model.load(ScenarioStarts.article("L1"));
        DecimalInput flatRate = model.structures().get(0).tiers().get(0).rate();
        for (double v = 10.0; v <= 14.0; v += 0.25) {
            flatRate.slide(v);
        }
        assertThat(fxQueue).hasSize(1);
        pulse();
        assertThat(flatRate.value()).isEqualByComparingTo("0.14");
        assertThat(model.figuresProperty().get().result().structures().get(0).totalRoyalty())
                .isEqualByComparingTo("105000");
        assertThat(model.isDirty()).isTrue();
    }

    @Test
    void aSliderSnapsToItsStepWhileTypingKeepsEveryDecimal() {
        model.load(ScenarioStarts.article("L1"));
        DecimalInput rate = model.structures().get(1).tiers().get(2).rate();
        rate.slide(17.26);
        assertThat(rate.value()).isEqualByComparingTo("0.173");
        assertThat(rate.textProperty().get()).isEqualTo("17.3");
        rate.type("17.255");
        assertThat(rate.value()).isEqualByComparingTo("0.17255");
        pulse();
        assertShowsTheEnginesFigures();
    }

    @Test
    void textThatIsNotAValidValueKeepsTheLastFiguresAndSaysWhy() {
        model.load(ScenarioStarts.article("L1"));
        StudioFigures before = model.figuresProperty().get();
        model.structures().get(1).tiers().get(1).from().type("12x");
        pulse();
        assertThat(model.figuresProperty().get()).isSameAs(before);
        assertThat(model.problemsProperty().get()).contains("Tier 2 threshold: \"12x\" is not a number");
        model.structures().get(1).tiers().get(1).from().type("600000");
        pulse();
        assertThat(model.problemsProperty().get()).contains("thresholds must ascend");
        model.structures().get(1).tiers().get(1).from().type("200000");
        pulse();
        assertThat(model.problemsProperty().get()).isEmpty();
        assertShowsTheEnginesFigures();
    }

    @Test
    void switchingToWholeVolumeRecomputesWithTheJumpAtEachThreshold() {
        model.load(ScenarioStarts.article("L1"));
        model.structures().get(1).tierModeProperty().set(TierMode.WHOLE_VOLUME);
        pulse();
        // whole volume: 18 % of 450,000 in year 2 on a cumulative 750,000 ... the engine's own figure
        assertShowsTheEnginesFigures();
        assertThat(model.figuresProperty().get().result().structures().get(1).totalRoyalty())
                .isEqualByComparingTo("135000");
    }

    @Test
    void structuresCanBeAddedUpToFourAndRemovedDownToTwo() {
        model.load(ScenarioStarts.article("L1"));
        model.addStructure();
        model.addStructure();
        model.addStructure();
        assertThat(model.structures()).hasSize(4);
        assertThat(model.structures().get(3).labelProperty().get()).isEqualTo("Structure 4");
        pulse();
        assertThat(model.figuresProperty().get().breakEvens()).isNotEmpty();
        assertThat(model.figuresProperty().get().result().breakEvens()).hasSize(6);
        model.removeStructure(0);
        model.removeStructure(0);
        model.removeStructure(0);
        assertThat(model.structures()).hasSize(2);
    }

    @Test
    void addingATierPutsItAboveTheLastAtTheSameRate() {
        model.load(ScenarioStarts.article("L1"));
        StructureDraft flat = model.structures().get(0);
        flat.addTier();
        assertThat(flat.tiers()).hasSize(2);
        assertThat(flat.tiers().get(1).from().value()).isEqualByComparingTo("100000");
        assertThat(flat.tiers().get(1).rate().value()).isEqualByComparingTo("0.10");
        flat.removeTier();
        flat.removeTier();
        assertThat(flat.tiers()).hasSize(1);
    }

    @Test
    void aSlowRecomputeRunsInTheBackgroundAndTheLatestInputsWin() {
        Deque<Runnable> backgroundQueue = new ArrayDeque<>();
        int[] computed = new int[1];
        int[] shown = new int[1];
        int[] input = {0};
        LatestWins<Integer, Integer> latest = new LatestWins<>(fx, backgroundQueue::add, () -> input[0], in -> {
            computed[0]++;
            sleep(LatestWins.BUDGET_NANOS / 1_000_000 + 2);
            return in;
        }, out -> shown[0] = out);
        latest.request();
        pulse(); // slow: learnt on the FX thread
        assertThat(shown[0]).isZero();
        for (int i = 1; i <= 5; i++) {
            input[0] = i;
            latest.request();
            pulse();
        }
        assertThat(latest.busyProperty().get()).isTrue();
        assertThat(backgroundQueue).hasSize(1);
        backgroundQueue.poll().run();
        pulse();
        assertThat(shown[0]).isEqualTo(5);
        assertThat(computed[0]).isEqualTo(2);
        assertThat(latest.busyProperty().get()).isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
