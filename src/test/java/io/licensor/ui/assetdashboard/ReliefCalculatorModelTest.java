package io.licensor.ui.assetdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.pricing.ReliefFromRoyalty;
import io.licensor.model.AssetType;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import io.licensor.service.PortfolioAnalytics;
import io.licensor.service.PortfolioService;
import io.licensor.service.dashboard.AssetDashboard.ReliefStart;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.testing.ScriptedDialogs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relief-from-royalty calculator's model on a real H2 portfolio, without a window. */
class ReliefCalculatorModelTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir Path folder;
    private PortfolioService service;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final UndoStack undo = new UndoStack();
    private final AtomicInteger changes = new AtomicInteger();
    private ReliefCalculatorModel model;

    @BeforeEach
    void open() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.PATENT).build());
        model = new ReliefCalculatorModel(new PortfolioAnalytics(service), dialogs, undo, () -> TODAY,
                changes::incrementAndGet);
        model.start("A1", USD, new ReliefStart(new BigDecimal("100000"), new BigDecimal("0.05"), true));
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void itStartsFromTheAssetsFiguresAndTheDefaultsAndShowsAnalyticsValue() {
        ReliefFromRoyalty.Result expected = ReliefFromRoyalty.value(new ReliefFromRoyalty.Input(USD,
                Collections.nCopies(5, new BigDecimal("100000")), new BigDecimal("0.05"), new BigDecimal("0.25"),
                new BigDecimal("0.15"), null));
        assertThat(model.resultProperty().get().value()).isEqualByComparingTo(expected.value());
        assertThat(model.value().amount()).isEqualByComparingTo(expected.value());
    }

    @Test
    void aTerminalValueCountsOnlyWhenAskedFor() {
        BigDecimal without = model.value().amount();
        model.terminalGrowthProperty().set(new BigDecimal("0.03"));
        assertThat(model.value().amount()).isEqualByComparingTo(without);
        model.withTerminalValueProperty().set(true);
        assertThat(model.resultProperty().get().terminalValue()).isPositive();
        assertThat(model.value().amount()).isGreaterThan(without);
    }

    @Test
    void inputsAnalyticsRefusesGiveASentenceAndNoValue() {
        model.withTerminalValueProperty().set(true);
        model.terminalGrowthProperty().set(new BigDecimal("0.15"));
        assertThat(model.value()).isNull();
        assertThat(model.problemProperty().get()).startsWith("Terminal growth (0.15) must be below the discount"
                + " rate (0.15)").endsWith(".");
        model.yearsProperty().set(new BigDecimal("2.5"));
        assertThat(model.problemProperty().get()).isEqualTo("The number of years must be a whole number of at"
                + " least 1.");
    }

    @Test
    void savingAsksFirstThenAddsAValuationOfTodayThatUndoTakesBack() {
        dialogs.answer(true);
        assertThat(model.save()).isTrue();
        Valuation saved = service.asset("A1").orElseThrow().valuations().get(0);
        assertThat(saved.asOf()).isEqualTo(TODAY);
        assertThat(saved.method()).isEqualTo(ValuationMethod.RELIEF_FROM_ROYALTY);
        assertThat(saved.amount().amount()).isEqualByComparingTo(model.value().amount());
        assertThat(dialogs.shown().get(0)).startsWith("Save ").endsWith(" as a valuation of A1?");
        assertThat(changes.get()).isEqualTo(1);

        assertThat(undo.undo()).isEqualTo("Undo valuation of A1");
        assertThat(service.asset("A1").orElseThrow().valuations()).isEmpty();
        assertThat(changes.get()).isEqualTo(2);
    }

    @Test
    void answeringNoStoresNothing() {
        dialogs.answer(false);
        assertThat(model.save()).isFalse();
        assertThat(service.asset("A1").orElseThrow().valuations()).isEmpty();
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void theConfirmationDescribesTheInputs() {
        assertThat(model.describe()).isEqualTo("Revenue 100,000.00 USD a year for 5 years, royalty rate 5 %, tax"
                + " 25 %, discount rate 15 %, no value after the last year.");
    }
}
