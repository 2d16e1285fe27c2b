package io.licensor.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.IncomeCurve;
import io.licensor.analytics.TermsBuilder;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TierComparisonTest {
    static final TermsBuilder ARTICLE_TIERS = TermsBuilder.usd().tiers("0:0.05", "100000:0.12", "500000:0.18");

    static TierComparison compare(TermsBuilder a, TermsBuilder b) {
        return TierComparison.of(IncomeCurve.of(a.build()), IncomeCurve.of(b.build()));
    }

    @Test
    void theArticlesTiersWithTheirFeeNeverFallBehindAFlatTenPercentAndTouchItAt100000() {
        TierComparison c = compare(TermsBuilder.usd().tiers("0:0.05", "100000:0.12", "500000:0.18").upfront("5000"),
                TermsBuilder.usd().flat("0.10"));
        assertThat(c.firstLeader()).isZero();
        assertThat(c.crossings()).containsExactly(new Crossing(new BigDecimal("1E+5"), false, 0));
        assertThat(c.overtakings()).isEmpty();
    }

    @Test
    void withoutTheFeeTheArticlesTiersOvertakeFlatTenPercentAt350000() {
        // 5,000 + 12 % above 100,000 = 10 % when 0.02 x = 7,000
        TierComparison c = compare(ARTICLE_TIERS, TermsBuilder.usd().flat("0.10"));
        assertThat(c.firstLeader()).isEqualTo(1);   // both earn 0 at 0; just above it, flat 10 % leads
        assertThat(c.crossings()).containsExactly(new Crossing(new BigDecimal("3.5E+5"), true, 0));
    }

    @Test
    void aWholeVolumeJumpOvertakesAtTheThreshold() {
        TierComparison c = compare(TermsBuilder.usd().tiers("0:0.05", "100000:0.12").wholeVolume(),
                TermsBuilder.usd().flat("0.10"));
        assertThat(c.crossings()).containsExactly(new Crossing(new BigDecimal("1E+5"), true, 0));
    }

    @Test
    void aCapLetsAnUncappedLowerRateOvertake() {
        TierComparison c = compare(TermsBuilder.usd().flat("0.10").cap("20000"), TermsBuilder.usd().flat("0.08"));
        assertThat(c.crossings()).containsExactly(new Crossing(new BigDecimal("2.5E+5"), true, 1));
    }

    @Test
    void aMinimumIsOvertakenWhereTheOtherLineReachesItExactly() {
        TierComparison c = compare(TermsBuilder.usd().flat("0.10").minimum("5000"), TermsBuilder.usd().flat("0.12"));
        assertThat(c.firstLeader()).isZero();
        assertThat(c.crossings()).hasSize(1);
        assertThat(c.crossings().get(0).base()).isEqualByComparingTo("41666.66666666666666666666666666667");
        assertThat(c.crossings().get(0).leaderAfter()).isEqualTo(1);
    }

    @Test
    void curvesThatEndLevelSaySoAndIdenticalCurvesNeverCross() {
        TierComparison capped = compare(TermsBuilder.usd().flat("0.10").cap("1000"),
                TermsBuilder.usd().flat("0.05").cap("1000"));
        assertThat(capped.firstLeader()).isZero();
        assertThat(capped.crossings()).containsExactly(new Crossing(new BigDecimal("2E+4"), false, -1));
        TierComparison same = compare(TermsBuilder.usd().flat("0.10"), TermsBuilder.usd().flat("0.10"));
        assertThat(same.firstLeader()).isEqualTo(-1);
        assertThat(same.crossings()).isEmpty();
    }

    @Test
    void anAdvanceIsAFloorOnTheFirstYearsIncome() {
        IncomeCurve c = IncomeCurve.of(TermsBuilder.usd().flat("0.10").advance("3000").upfront("500").build());
        assertThat(c.at(new BigDecimal("10000"))).isEqualByComparingTo("3500");
        assertThat(c.at(new BigDecimal("50000"))).isEqualByComparingTo("5500");
        assertThat(c.segments()).extracting(IncomeCurve.Segment::from).extracting(BigDecimal::toPlainString)
                .containsExactly("0", "30000");
    }
}
