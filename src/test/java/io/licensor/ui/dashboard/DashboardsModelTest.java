package io.licensor.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.AssetType;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.ScriptedDialogs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Dashboard section's presentation model on a real H2 portfolio, without a window. */
class DashboardsModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);
    @TempDir Path folder;
    private PortfolioService service;
    private BackgroundWork work;
    private DashboardsModel model;

    @BeforeAll
    static void startFx() {
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test class started the toolkit in this JVM
        }
    }

    @BeforeEach
    void open() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "USD", "A1")
                .royalty("R1", "L1", "2025-06-30", "10000", "1000.00").build());
        work = Fx.call(BackgroundWork::new);
        model = Fx.call(() -> new DashboardsModel(new PortfolioContext(service, new ScriptedDialogs(),
                new UndoStack(), work), () -> TODAY));
    }

    @AfterEach
    void close() {
        idle();
        work.close();
        service.close();
    }

    private void idle() {
        Fx.waitUntil(() -> !work.isRunning() && !model.loadingProperty().get());
    }

    @Test
    void theAsOfDateStartsTodayAndTheRateAtTenPercent() {
        assertThat(model.inputs().asOfProperty().get()).isEqualTo(TODAY);
        assertThat(model.inputs().discountRateProperty().get()).isEqualByComparingTo("0.10");
    }

    @ParameterizedTest(name = "\"{0}\" gives {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8 %    | 0.08
            12.5   | 0.125
            0      | 0
            100 %  | 1
            """)
    void aTypedDiscountRateIsTaken(String typed, String rate) {
        assertThat(Fx.call(() -> model.applyDiscountRate(typed))).isEmpty();
        assertThat(model.inputs().discountRateProperty().get()).isEqualByComparingTo(rate);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(textBlock = """
            ten
            -1 %
            101 %
            """)
    void aRateThatIsNotAPercentageFromZeroToAHundredIsRefusedAndTheOldOneStays(String typed) {
        assertThat(Fx.call(() -> model.applyDiscountRate(typed))).startsWith("Type a yearly rate from 0 to 100 %");
        assertThat(model.inputs().discountRateProperty().get()).isEqualByComparingTo("0.10");
    }

    @Test
    void changingTheDateRecomputesTheShownDashboardFromTheKeptPortfolio() {
        Fx.run(model::reload);
        idle();
        assertThat(model.portfolio().dashboardProperty().get().metrics().portfolio().licensingIncome())
                .isEqualByComparingTo("1000.00");
        // stored behind the dashboard's back: the kept portfolio is used until the section is entered again
        service.saveReceipt(new io.licensor.model.Receipt("R2", "L1", io.licensor.model.ReceiptKind.ROYALTY, null,
                LocalDate.of(2025, 9, 30), new BigDecimal("5000"), null, new BigDecimal("500.00"), BigDecimal.ZERO,
                LocalDate.of(2025, 10, 30)));
        Fx.run(() -> model.inputs().asOfProperty().set(LocalDate.of(2025, 11, 30)));
        idle();
        assertThat(model.portfolio().dashboardProperty().get().asOf()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(model.portfolio().dashboardProperty().get().metrics().portfolio().licensingIncome())
                .isEqualByComparingTo("1000.00");
        Fx.run(model::reload);
        idle();
        assertThat(model.portfolio().dashboardProperty().get().metrics().portfolio().licensingIncome())
                .isEqualByComparingTo("1500.00");
    }

    @Test
    void onlyTheShownDashboardIsComputedAndTheOtherWhenShownAgain() {
        Fx.run(() -> model.showAsset("A1"));
        idle();
        assertThat(model.asset().dashboardProperty().get().asset().id()).isEqualTo("A1");
        Fx.run(() -> model.inputs().asOfProperty().set(LocalDate.of(2025, 10, 31)));
        idle();
        assertThat(model.portfolio().dashboardProperty().get()).isNull();
        assertThat(model.asset().dashboardProperty().get().asOf()).isEqualTo(LocalDate.of(2025, 10, 31));
        Fx.run(model::showPortfolio);
        idle();
        assertThat(model.portfolio().dashboardProperty().get().asOf()).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void anAssetThatIsGoneIsSaidInWords() {
        Fx.run(() -> model.showAsset("A99"));
        idle();
        assertThat(model.asset().failureProperty().get()).isEqualTo("The dashboard of A99 cannot be shown: there is"
                + " no asset A99 any more.");
    }
}
