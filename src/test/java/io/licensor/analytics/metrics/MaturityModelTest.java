package io.licensor.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.TermsBuilder;
import io.licensor.model.Portfolio;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MaturityModelTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    static MetricsPortfolioBuilder base() {
        return new MetricsPortfolioBuilder("USD", "US").asset("A1").asset("A2");
    }

    MaturityModel.Assessment assess(Portfolio p) {
        return MaturityModel.assess(p, AS_OF);
    }

    @Test
    void noLicenseInForceIsNotLicensingYet() {
        MaturityModel.Assessment a = assess(base().license("L1", l -> l.end("2024-12-31")).build());
        assertThat(a.level()).isEqualTo(MaturityLevel.NONE);
        assertThat(a.nextStep()).startsWith("License an asset");
    }

    @Test
    void flatLicensesAreBasic() {
        MaturityModel.Assessment a = assess(base().license("L1", l -> { }).build());
        assertThat(a.level()).isEqualTo(MaturityLevel.BASIC);
        assertThat(a.level().typicalRates()).isEqualTo("5-10 %");
        assertThat(a.evidence()).containsExactly("1 license(s) in force: L1");
    }

    @Test
    void volumeTiersAreStructured() {
        MaturityModel.Assessment a = assess(base().license("L1", l -> l.terms(TermsBuilder.usd()
                .tiers("0:0.05", "100000:0.12"))).build());
        assertThat(a.level()).isEqualTo(MaturityLevel.STRUCTURED);
        assertThat(a.nextStep()).contains("minimum annual royalty");
    }

    @Test
    void tiersThatAdjustEachYearAreDynamicAndANetworkIsAnEcosystem() {
        MetricsPortfolioBuilder b = base().license("L1", l -> l.licensee("Acme", null).assets("A1", "A2")
                .terms(TermsBuilder.usd().tiers("0:0.05", "100000:0.12").resetYearly()));
        MaturityModel.Assessment dynamic = assess(b.build());
        assertThat(dynamic.level()).isEqualTo(MaturityLevel.DYNAMIC);
        assertThat(dynamic.nextStep()).isEqualTo("Build a licensing network: license to at least three different"
                + " partners (now 1); license one asset to two or more partners.");
        Portfolio network = b.license("L2", l -> l.licensee("Beta", null).assets("A1"))
                .license("L3", l -> l.licensee("Gamma", null).assets("A2")).build();
        MaturityModel.Assessment ecosystem = assess(network);
        assertThat(ecosystem.level()).isEqualTo(MaturityLevel.ECOSYSTEM);
        assertThat(ecosystem.evidence()).contains("3 different licensees", "bundles of assets: L1",
                "assets licensed to several partners: A1, A2");
    }

    @Test
    void evidenceNamesTenLicensesAndCountsTheRest() {
        MetricsPortfolioBuilder b = base();
        for (int i = 1; i <= 12; i++) {
            b.license("L" + i, l -> { });
        }
        assertThat(assess(b.build()).evidence())
                .containsExactly("12 license(s) in force: L1, L2, L3, L4, L5, L6, L7, L8, L9, L10 and 2 more");
    }
}
