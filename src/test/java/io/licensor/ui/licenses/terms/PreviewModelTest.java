package io.licensor.ui.licenses.terms;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.SalesPeriod;
import io.licensor.model.Money;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.ui.common.Formats;
import io.licensor.ui.licenses.terms.PreviewCalculation.Point;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preview's figures are the royalty engine's, for one period covering the first contract year. */
class PreviewModelTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final Currency USD = Currency.getInstance("USD");
    private final PreviewModel preview = new PreviewModel(new NumberText(Locale.ENGLISH));

    private static RoyaltyTerms tiered(TierMode mode, String advance, String minimum, String cap) {
        return new RoyaltyTerms(USD, START, Money.of("1000", "USD"), Money.of(advance, "USD"), RoyaltyBasis.NET_SALES,
                List.of(Tier.of("0", "0.05"), Tier.of("100000", "0.12"), Tier.of("500000", "0.18")), mode,
                TierReset.NEVER, Money.of(minimum, "USD"), cap == null ? null : Money.of(cap, "USD"), Rate.ZERO);
    }

    private static BigDecimal engine(RoyaltyTerms terms, String sales) {
        return RoyaltyEngine.of(terms).run(List.of(new SalesPeriod(START, LocalDate.of(2024, 12, 31),
                new BigDecimal(sales)))).totals().totalPayable();
    }

    @ParameterizedTest(name = "{0}, advance {1}, minimum {2}, cap {3}, sales {4}")
    @CsvSource(textBlock = """
            MARGINAL,     0,     0,     , 250000
            WHOLE_VOLUME, 0,     0,     , 250000
            MARGINAL,     20000, 0,     , 250000
            MARGINAL,     0,     15000, 30000, 50000
            MARGINAL,     0,     15000, 30000, 800000
            WHOLE_VOLUME, 5000,  0,     25000, 0
            """)
    void theSentenceStatesTheEnginesTotalPayableForAYearOfTheseSales(TierMode mode, String advance, String minimum,
            String cap, String sales) {
        RoyaltyTerms terms = tiered(mode, advance, minimum, cap);
        preview.termsProperty().set(terms);
        preview.salesProperty().set(sales);

        BigDecimal expected = engine(terms, sales);
        assertThat(preview.figuresProperty().get().payable()).isEqualByComparingTo(expected);
        assertThat(preview.sentenceProperty().get()).startsWith("This would earn " + Formats.money(Money.of(expected,
                USD)) + " on " + Formats.money(Money.of(new BigDecimal(sales), USD)) + " of sales");
    }

    @Test
    void theSentenceGivesTheEffectiveRateAndWhatTheCapAndMinimumDid() {
        preview.termsProperty().set(tiered(TierMode.MARGINAL, "0", "15000", "30000"));
        preview.salesProperty().set("50000");
        assertThat(preview.sentenceProperty().get()).contains("effective rate of 30 %")
                .contains("including a minimum top-up of 12,500.00 USD");

        preview.salesProperty().set("800000");
        assertThat(preview.sentenceProperty().get()).contains("capped at 30,000.00 USD");
    }

    @Test
    void anotherCurrencyAlsoShowsItsReportingCurrencyValue() {
        preview.setReportingConversion((amount, currency) -> Optional.of(Money.of(amount.multiply(
                new BigDecimal("1.10")), Currency.getInstance("USD"))));
        RoyaltyTerms eur = RoyaltyTerms.flat("EUR", START, "0.08");
        preview.termsProperty().set(eur);
        preview.salesProperty().set("100000");

        assertThat(preview.sentenceProperty().get()).startsWith("This would earn " + Formats.money(Money.of("8000.00",
                "EUR")) + " (about " + Formats.money(Money.of("8800.0000", "USD")) + ")");
    }

    @Test
    void wholeVolumeThresholdsShowAsAStepInTheCurve() {
        RoyaltyTerms terms = tiered(TierMode.WHOLE_VOLUME, "0", "0", null);
        preview.termsProperty().set(terms);
        preview.salesProperty().set("100000");

        List<Point> curve = preview.chartProperty().get().payable();
        List<Point> atThreshold = curve.stream().filter(p -> p.sales().compareTo(new BigDecimal(100000)) == 0)
                .toList();
        assertThat(atThreshold).hasSize(2);
        assertThat(atThreshold.get(0).royalty()).isEqualByComparingTo(engine(terms, "99999.99"));
        assertThat(atThreshold.get(1).royalty()).isEqualByComparingTo(engine(terms, "100000"));
        assertThat(curve).isSortedAccordingTo((a, b) -> a.sales().compareTo(b.sales()));
        assertThat(preview.chartProperty().get().thresholds()).extracting(Tier::from)
                .containsExactly(new BigDecimal("100000"), new BigDecimal("500000"));
    }

    @ParameterizedTest(name = "highest threshold {0}, sales {1}: the chart ends at {2}")
    @CsvSource(textBlock = """
            0,       100000, 150000
            0,       0,      100000
            500000,  100000, 800000
            100000,  300000, 400000
            50000,   10000,  80000
            """)
    void theChartEndsAtARoundFigureAboveTheThresholdsAndTheSales(String threshold, String sales, String upper) {
        RoyaltyTerms terms = threshold.equals("0") ? RoyaltyTerms.flat("USD", START, "0.10")
                : RoyaltyTerms.flat("USD", START, "0.10").withTiers(List.of(Tier.of("0", "0.05"),
                        Tier.of(threshold, "0.10")));
        assertThat(new PreviewCalculation(terms).upperEnd(new BigDecimal(sales))).isEqualByComparingTo(upper);
    }

    @Test
    void withoutValidTermsThereIsNoCurveAndTheSentenceSaysWhy() {
        preview.termsProperty().set(null);
        assertThat(preview.chartProperty().get().payable()).isEmpty();
        assertThat(preview.sentenceProperty().get()).startsWith("Complete the terms");
    }

    @Test
    void salesThatAreNotANumberAreExplainedAndNoFigureIsShown() {
        preview.termsProperty().set(RoyaltyTerms.flat("USD", START, "0.10"));
        preview.salesProperty().set("lots");

        assertThat(preview.salesProblemProperty().get()).startsWith("Type the sales of a year as a number");
        assertThat(preview.figuresProperty().get()).isNull();
        assertThat(preview.chartProperty().get().payable()).isNotEmpty();
    }

    @Test
    void theSuggestedSalesAreTheReportedFigureElseOneHundredThousand() {
        preview.suggestSales(new BigDecimal("429136.00"));
        assertThat(preview.salesProperty().get()).isEqualTo("429136");
        preview.suggestSales(null);
        assertThat(preview.salesProperty().get()).isEqualTo("100000");
    }
}
