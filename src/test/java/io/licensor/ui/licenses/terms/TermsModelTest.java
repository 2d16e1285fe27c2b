package io.licensor.ui.licenses.terms;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Money;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.ui.assets.FormIssue;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The terms editor's model without a window: typed fields to terms and back, and the problems as sentences. */
class TermsModelTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private final TermsModel model = new TermsModel(Locale.ENGLISH);

    private static RoyaltyTerms everyField() {
        Currency usd = Currency.getInstance("USD");
        return new RoyaltyTerms(usd, START, Money.of("5000", "USD"), Money.of("2500.50", "USD"),
                RoyaltyBasis.NET_SALES, List.of(Tier.of("0", "0.05"), Tier.of("100000", "0.125"),
                        Tier.of("500000", "0.18")), TierMode.MARGINAL, TierReset.CONTRACT_YEAR,
                Money.of("10000", "USD"), Money.of("90000", "USD"), Rate.of("0.15"));
    }

    private void tiers(String... fromAndRate) {
        model.tiers().clear();
        for (int i = 0; i < fromAndRate.length; i += 2) {
            model.addTier();
            model.tiers().get(i / 2).fromProperty().set(fromAndRate[i]);
            model.tiers().get(i / 2).rateProperty().set(fromAndRate[i + 1]);
        }
    }

    private List<String> messages() {
        return model.issues().stream().map(FormIssue::message).toList();
    }

    @Test
    void storedTermsShowRatesAsPercentagesAndComeBackUnchanged() {
        model.load(everyField());

        assertThat(model.tiers()).extracting(r -> r.rateProperty().get()).containsExactly("5 %", "12.5 %", "18 %");
        assertThat(model.withholdingProperty().get()).isEqualTo("15 %");
        assertThat(model.upfrontFeeProperty().get()).isEqualTo("5000");
        assertThat(model.isValid()).isTrue();
        assertThat(model.isDirty()).isFalse();
        RoyaltyTerms back = model.termsProperty().get();
        assertThat(back.problems()).isEmpty();
        assertThat(back.tiers()).zipSatisfy(everyField().tiers(), (a, b) -> {
            assertThat(a.from()).isEqualByComparingTo(b.from());
            assertThat(a.rate()).isEqualByComparingTo(b.rate());
        });
        assertThat(back.advance().amount()).isEqualByComparingTo("2500.50");
        assertThat(back.annualCap().amount()).isEqualByComparingTo("90000");
        assertThat(back.withholdingRate().value()).isEqualByComparingTo("0.15");
        assertThat(back.tierReset()).isEqualTo(TierReset.CONTRACT_YEAR);
    }

    @Test
    void inAGermanLocaleRatesAreTypedWithACommaAndStillReadExactly() {
        TermsModel german = new TermsModel(Locale.GERMANY);
        german.load(everyField());
        assertThat(german.tiers().get(1).rateProperty().get()).isEqualTo("12,5 %");

        german.tiers().get(1).rateProperty().set("12,75 %");
        german.advanceProperty().set("2500,25");

        RoyaltyTerms terms = german.termsProperty().get();
        assertThat(terms.tiers().get(1).rate()).isEqualByComparingTo("0.1275");
        assertThat(terms.advance().amount()).isEqualByComparingTo("2500.25");
    }

    @Test
    void unitRatesAreMoneyPerUnitShownWithTheCurrencysMinorUnits() {
        model.load(new RoyaltyTerms(Currency.getInstance("USD"), START, Money.of("0", "USD"), Money.of("0", "USD"),
                RoyaltyBasis.UNITS, List.of(Tier.of("0", "0.4"), Tier.of("50000", "0.3")), TierMode.MARGINAL,
                TierReset.NEVER, Money.of("0", "USD"), null, Rate.ZERO));

        assertThat(model.tiers()).extracting(r -> r.rateProperty().get()).containsExactly("0.40", "0.30");
        assertThat(model.termsProperty().get().tiers().get(0).rate()).isEqualByComparingTo("0.40");
    }

    @Test
    void descendingThresholdsAreRefusedOnTheTierWithTheEnginesRule() {
        tiers("0", "5 %", "100000", "12 %", "50000", "18 %");

        assertThat(model.isValid()).isFalse();
        assertThat(model.termsProperty().get()).isNull();
        assertThat(model.issues()).extracting(FormIssue::field).containsExactly("tiers[2].from");
        assertThat(messages()).containsExactly("Tier 3, from: thresholds must ascend: 50000 is not above 100000.");
        assertThat(model.problems()).extracting(p -> p.where()).containsExactly("tiers[2].from");
    }

    @Test
    void aRateOverAHundredPercentIsRefusedAndTheMessageSpeaksInPercent() {
        tiers("0", "150 %");

        assertThat(model.isValid()).isFalse();
        assertThat(messages()).containsExactly(
                "Tier 1, rate: a share of net sales cannot exceed 1 (100 %), got 150 %.");
    }

    @Test
    void fallingWholeVolumeRatesAreRefusedInPercent() {
        tiers("0", "12 %", "100000", "5 %");
        model.tierModeProperty().set(TierMode.WHOLE_VOLUME);

        assertThat(messages()).singleElement().asString()
                .startsWith("Tier 2, rate: whole-volume rates may not fall from one tier to the next (5 % after 12 %)");
        model.tierModeProperty().set(TierMode.MARGINAL);
        assertThat(model.isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            upfrontFee      | abc      | Upfront fee: "abc" is not an amount
            upfrontFee      | -5       | Upfront fee: cannot be negative, got -5.
            advance         | 10.005   | Advance: has more decimals than USD allows (2), got 10.005.
            minimumAnnual   | 20000    | Minimum annual royalty: the minimum annual royalty (20000) is larger than the annual cap (10000).
            withholdingRate | 100 %    | Withholding: must be at least 0 and less than 1 (100 %), got 100 %.
            withholdingRate | lots     | Withholding: "lots" is not a percentage
            """)
    void moneyAndRateFieldsAreCheckedAsTheyAreTyped(String field, String typed, String message) {
        model.load(everyField());
        model.annualCapProperty().set("10000");
        model.minimumAnnualProperty().set("");
        switch (field) {
            case "upfrontFee" -> model.upfrontFeeProperty().set(typed);
            case "advance" -> model.advanceProperty().set(typed);
            case "minimumAnnual" -> model.minimumAnnualProperty().set(typed);
            default -> model.withholdingProperty().set(typed);
        }

        assertThat(model.isValid()).isFalse();
        assertThat(model.issues()).extracting(FormIssue::field).containsExactly(field);
        assertThat(messages().get(0)).startsWith(message);
    }

    @Test
    void aCurrencyWithoutMinorUnitsRefusesAFeeWithCents() {
        model.load(everyField());
        model.currencyProperty().set(Currency.getInstance("JPY"));

        assertThat(model.issues()).extracting(FormIssue::field).contains("advance");
        model.advanceProperty().set("2500");
        assertThat(model.isValid()).isTrue();
        assertThat(model.termsProperty().get().currency().getCurrencyCode()).isEqualTo("JPY");
    }

    @Test
    void aPercentSignOnAUnitRateIsRefused() {
        tiers("0", "40 %");
        model.basisProperty().set(RoyaltyBasis.UNITS);

        assertThat(messages()).containsExactly(
                "Tier 1, rate: a royalty on units is money per unit (like 0.40), not a percentage.");
    }

    @Test
    void blankMoneyFieldsMeanZeroAndABlankCapMeansNoCap() {
        tiers("0", "10 %");

        RoyaltyTerms terms = model.termsProperty().get();
        assertThat(terms.upfrontFee().isZero()).isTrue();
        assertThat(terms.hasCap()).isFalse();
        assertThat(terms.withholdingRate().isZero()).isTrue();
    }

    @Test
    void removingTheFirstTierMakesTheNextOneStartAtZero() {
        tiers("0", "5 %", "100000", "12 %");
        model.removeTier(model.tiers().get(0));

        assertThat(model.tiers()).singleElement().satisfies(r -> assertThat(r.fromProperty().get()).isEqualTo("0"));
        assertThat(model.termsProperty().get().tiers().get(0).rate()).isEqualByComparingTo("0.12");
    }

    @Test
    void anAddedTierStartsAboveTheLastAndWaitsForItsRate() {
        tiers("0", "5 %");
        model.addTier();
        model.addTier();

        assertThat(model.tiers()).extracting(r -> r.fromProperty().get()).containsExactly("0", "100000", "200000");
        assertThat(messages()).containsExactly("Tier 2, rate: give the rate, like 12.5 %.",
                "Tier 3, rate: give the rate, like 12.5 %.");
    }

    @Test
    void editingThenTypingTheOldValueBackIsNotAnUnsavedChange() {
        model.load(everyField());
        model.tiers().get(0).rateProperty().set("6 %");
        assertThat(model.isDirty()).isTrue();
        model.tiers().get(0).rateProperty().set("5 %");
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void theTermsStartOnTheGivenStartDate() {
        model.load(everyField());
        model.startDateProperty().set(LocalDate.of(2026, 1, 1));

        assertThat(model.termsProperty().get().startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
