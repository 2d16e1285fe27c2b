package io.licensor.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.model.AssetType;
import io.licensor.model.Money;
import io.licensor.model.Portfolio;
import io.licensor.service.DemoPortfolio;
import io.licensor.service.dashboard.PortfolioDashboard;
import io.licensor.service.dashboard.PortfolioDashboards;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.assetdashboard.Kpi;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The portfolio dashboard's tiles and the concentration reading, without a window. */
class PortfolioKpisTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final PortfolioDashboard DEMO = PortfolioDashboards.of(DemoPortfolio.bundled(), AS_OF,
            new BigDecimal("0.10"));

    private static Kpi tile(String title) {
        return PortfolioKpis.of(DEMO).stream().filter(k -> k.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void eightTilesInTheirOrderOnScreen() {
        assertThat(PortfolioKpis.of(DEMO)).extracting(Kpi::title).containsExactly(PortfolioKpis.INCOME,
                PortfolioKpis.NPV, PortfolioKpis.YIELD, PortfolioKpis.RENEWAL, PortfolioKpis.ENFORCEMENT,
                PortfolioKpis.CONCENTRATION, PortfolioKpis.FLAGS, PortfolioKpis.ENDING);
    }

    @Test
    void theTilesShowTheMetricsFormattedAndTheExactRatioInTheTooltip() {
        MetricsSnapshot m = DEMO.metrics();
        assertThat(tile(PortfolioKpis.INCOME).value())
                .isEqualTo(Formats.money(new Money(m.portfolio().licensingIncome(), DEMO.currency())));
        assertThat(tile(PortfolioKpis.RENEWAL).value()).isEqualTo(Formats.percent(m.portfolio().renewalRate()));
        assertThat(new BigDecimal(tile(PortfolioKpis.RENEWAL).exact()))
                .isEqualByComparingTo(m.portfolio().renewalRate());
        assertThat(tile(PortfolioKpis.FLAGS).value()).isEqualTo("9");
        assertThat(tile(PortfolioKpis.FLAGS).tone()).as("an under-payment is among them").isEqualTo(Kpi.Tone.DANGER);
        assertThat(tile(PortfolioKpis.ENDING).detail()).isEqualTo("L5, L9 \u00b7 2 without renewal");
        assertThat(tile(PortfolioKpis.NPV).value()).isEqualTo(Formats.money(new Money(DEMO.npv().total(),
                DEMO.currency())));
    }

    @Test
    void theRenewalTileNamesTheLicensesBehindTheRate() {
        assertThat(DEMO.renewals().ended()).containsExactly("L1", "L4", "L13");
        assertThat(DEMO.renewals().renewed()).containsExactly("L1");
        assertThat(BigDecimal.valueOf(DEMO.renewals().renewed().size()).divide(BigDecimal.valueOf(3),
                java.math.MathContext.DECIMAL64)).isEqualByComparingTo(DEMO.metrics().portfolio().renewalRate());
    }

    @Test
    void withoutIncomeTheRatiosShowADashAndSaySo() {
        Portfolio empty = new PortfolioBuilder().asset(new io.licensor.model.Asset("A1", "Owned", AssetType.SOFTWARE,
                null, List.of(), null, null, null, List.of(new io.licensor.model.Owner("Me", BigDecimal.ONE)),
                List.of(), List.of(), false, null, List.of())).build();
        PortfolioDashboard d = PortfolioDashboards.of(empty, AS_OF, new BigDecimal("0.10"));
        List<Kpi> kpis = PortfolioKpis.of(d);
        assertThat(kpis.get(2).value()).isEqualTo(Kpi.NONE);
        assertThat(kpis.get(5).value()).isEqualTo(Kpi.NONE);
        assertThat(kpis.get(5).detail()).isEqualTo("No licensing income in the last 12 months");
        assertThat(kpis.get(6).tone()).isEqualTo(Kpi.Tone.GOOD);
    }

    /** Two assets earning a and b (USD) in the trailing year. */
    private static PortfolioDashboard earning(String... incomes) {
        PortfolioBuilder builder = new PortfolioBuilder();
        for (int i = 0; i < incomes.length; i++) {
            String a = "A" + (i + 1);
            builder.asset(a, AssetType.DESIGN).license("L" + (i + 1), "USD", a)
                    .receipt("R" + (i + 1), "L" + (i + 1), "2025-06-30", incomes[i]);
        }
        return PortfolioDashboards.of(builder.build(), LocalDate.of(2025, 12, 31), new BigDecimal("0.10"));
    }

    @ParameterizedTest(name = "incomes {0} read: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            900 100                 | Concentrated: most income from one asset (A1, 90 %)
            50 50                   | Concentrated: a few assets bring most income (A1, 50 %)
            40 30 30                | Concentrated: a few assets bring most income (A1, 40 %)
            30 20 20 15 15          | Moderately concentrated: like 4.7 equal earners
            10 10 10 10 10 10 10 10 | Diversified: like 8.0 equal earners
            """)
    void theConcentrationIsReadInPlainWords(String incomes, String reading) {
        assertThat(Concentration.reading(earning(incomes.split(" ")))).isEqualTo(reading);
    }
}
