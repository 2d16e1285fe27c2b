package io.licensor.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.RoyaltySchedule;
import io.licensor.analytics.SalesPeriod;
import io.licensor.analytics.TermsBuilder;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuationToolsTest {
    static final Currency USD = Currency.getInstance("USD");

    static ReliefFromRoyalty.Input rfr(BigDecimal terminalGrowth) {
        return new ReliefFromRoyalty.Input(USD, ReliefFromRoyalty.projected(new BigDecimal("100000"),
                new BigDecimal("0.05"), 5), new BigDecimal("0.05"), new BigDecimal("0.25"), new BigDecimal("0.12"),
                terminalGrowth);
    }

    @Test
    void reliefFromRoyaltyDiscountsTheAfterTaxRoyaltiesSaved() {
        // computed independently: 3750 / 1.12 + 3937.5 / 1.12^2 + ... (5 % growth, 5 % royalty, 25 % tax, 12 %)
        ReliefFromRoyalty.Result r = ReliefFromRoyalty.value(rfr(null));
        assertThat(r.years()).extracting(y -> y.presentValue().toPlainString())
                .containsExactly("3348.21", "3138.95", "2942.77", "2758.84", "2586.42");
        assertThat(r.years().get(4).afterTax()).isEqualByComparingTo("4558.15");
        assertThat(r.value()).isEqualByComparingTo("14775.19");
        assertThat(r.terminalValue()).isEqualByComparingTo("0");
    }

    @Test
    void reliefFromRoyaltyAddsAGordonTerminalValue() {
        // 4558.1484375 x 1.02 / (0.12 - 0.02) = 46493.11, discounted 5 years = 26381.44
        ReliefFromRoyalty.Result r = ReliefFromRoyalty.value(rfr(new BigDecimal("0.02")));
        assertThat(r.terminalValue()).isEqualByComparingTo("46493.11");
        assertThat(r.terminalPresentValue()).isEqualByComparingTo("26381.44");
        assertThat(r.value()).isEqualByComparingTo("41156.63");
    }

    @ParameterizedTest(name = "growth {0} at a 12 % discount rate is refused")
    @CsvSource({"0.12", "0.2"})
    void reliefFromRoyaltyRefusesTerminalGrowthAtOrAboveTheDiscountRate(String growth) {
        assertThatThrownBy(() -> ReliefFromRoyalty.value(rfr(new BigDecimal(growth))))
                .hasMessageContaining("must be below the discount rate");
    }

    @ParameterizedTest(name = "share {0} x margin {1} = {2}")
    @CsvSource(textBlock = """
            0.25, 0.20, 0.0500
            0.33, 0.20, 0.0660
            0.25, 1,    0.25
            """)
    void theTwentyFivePercentRuleTakesAShareOfTheOperatingMargin(String share, String margin, String rate) {
        TwentyFivePercentRule.Result r = TwentyFivePercentRule.impliedRate(new BigDecimal(share), new BigDecimal(margin));
        assertThat(r.impliedRate()).isEqualTo(new BigDecimal(rate));
        assertThat(TwentyFivePercentRule.impliedRate(new BigDecimal("0.2")).share()).isEqualByComparingTo("0.25");
        assertThat(r.royaltyOn(new BigDecimal("100000"), 2)).isEqualByComparingTo(new BigDecimal(rate).movePointRight(5));
    }

    @Test
    void theTwentyFivePercentRuleRefusesAnUnprofitableProduct() {
        assertThatThrownBy(() -> TwentyFivePercentRule.impliedRate(new BigDecimal("-0.05")))
                .hasMessageContaining("needs a profitable product");
        assertThatThrownBy(() -> TwentyFivePercentRule.impliedRate(BigDecimal.ZERO, new BigDecimal("0.2")))
                .hasMessageContaining("share");
    }

    @Test
    void theEffectiveRateIsWhatWasPaidPerUnitOfSales() {
        RoyaltySchedule s = RoyaltyEngine.of(TermsBuilder.usd().tiers("0:0.05", "100000:0.12", "500000:0.18").build())
                .run(List.of(SalesPeriod.of("2024-12-31", "750000")));
        assertThat(EffectiveRoyaltyRate.of(s)).isEqualByComparingTo("0.1306666666666667");
        assertThat(EffectiveRoyaltyRate.of(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
    }

    static RoyaltyStacking.Stacked stacked(String name, String rate, String floor) {
        return new RoyaltyStacking.Stacked(name, new BigDecimal(rate), new BigDecimal(floor));
    }

    @Test
    void stackingCutsEveryRateByOneFactorButNeverBelowAFloor() {
        // 12 % against an 8 % cap: the factor 2/3 would put B (4 %) at 2.67 %, under its 3 % floor; B stays at 3 %
        // and A and C share the remaining 5 %: factor 5/8.
        RoyaltyStacking.Result r = RoyaltyStacking.stack(List.of(stacked("A", "0.05", "0.02"),
                stacked("B", "0.04", "0.03"), stacked("C", "0.03", "0.01")), new BigDecimal("0.08"));
        assertThat(r.shares()).extracting(s -> s.adjustedRate().stripTrailingZeros().toPlainString())
                .containsExactly("0.03125", "0.03", "0.01875");
        assertThat(r.shares()).extracting(RoyaltyStacking.Share::atFloor).containsExactly(false, true, false);
        assertThat(r.combinedBurden()).isEqualByComparingTo("0.08");
        assertThat(r.factor()).isEqualByComparingTo("0.625");
        assertThat(r.capMet()).isTrue();
        assertThat(r.shares().get(0).royaltyOn(new BigDecimal("1000"), 2)).isEqualByComparingTo("31.25");
    }

    @Test
    void stackingLeavesRatesAloneUnderTheCapAndReportsACapTheFloorsCannotMeet() {
        RoyaltyStacking.Result under = RoyaltyStacking.stack(List.of(stacked("A", "0.03", "0"),
                stacked("B", "0.04", "0")), new BigDecimal("0.08"));
        assertThat(under.combinedBurden()).isEqualByComparingTo("0.07");
        assertThat(under.factor()).isEqualByComparingTo("1");
        RoyaltyStacking.Result over = RoyaltyStacking.stack(List.of(stacked("A", "0.05", "0.05"),
                stacked("B", "0.04", "0.04")), new BigDecimal("0.08"));
        assertThat(over.capMet()).isFalse();
        assertThat(over.combinedBurden()).isEqualByComparingTo("0.09");
    }

    @Test
    void stackingRoundsCutRatesDownSoTheCapHolds() {
        RoyaltyStacking.Result r = RoyaltyStacking.stack(List.of(stacked("A", "0.05", "0"), stacked("B", "0.05", "0"),
                stacked("C", "0.05", "0")), new BigDecimal("0.1"));
        assertThat(r.shares().get(0).adjustedRate()).isEqualByComparingTo("0.0333333333");
        assertThat(r.combinedBurden()).isLessThanOrEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void stackingRefusesAFloorAboveTheRate() {
        assertThatThrownBy(() -> RoyaltyStacking.stack(List.of(stacked("A", "0.05", "0.06")), new BigDecimal("0.1")))
                .hasMessage("A: the floor must be between 0 and the rate");
    }
}
