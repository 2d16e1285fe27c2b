package io.licensor.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.service.DemoPortfolio;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsInWordsTest {
    private static final Portfolio DEMO = DemoPortfolio.bundled();

    private static License license(String id) {
        return DEMO.licenses().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void tieredPercentagesAreListedBandByBand() {
        assertThat(TermsInWords.of(license("L1").terms())).startsWith(
                "Royalty on net sales in USD, in 3 tiers: 5 % up to 100,000.00; 12 % from 100,000.00 to 500,000.00; "
                        + "18 % from 500,000.00.",
                "Tiers are marginal: each band of the count is charged at its own rate.",
                "The count is cumulative over the whole license from 2024-01-01 (never reset).")
                .contains("Upfront fee: 5,000.00 USD paid on 2024-01-01, not recoupable.", "Advance: none.");
    }

    @Test
    void unitRoyaltiesAreMoneyPerUnitAndWithholdingIsAPercentage() {
        assertThat(TermsInWords.of(license("L4").terms())).contains(
                "Royalty on units sold in USD, in 2 tiers: 0.40 USD per unit up to 50,000 units; 0.30 USD per unit "
                        + "from 50,000 units.",
                "Withholding tax: the licensee withholds 15 % at source on every payment.");
    }

    @Test
    void minimumCapAndAdvanceAreSpelledOut() {
        assertThat(TermsInWords.of(license("L7").terms())).contains(
                "Minimum annual royalty: 15,000.00 USD per contract year.",
                "Annual cap: royalties earned are capped at 17,500.00 USD per contract year.",
                "Advance: 15,000.00 USD paid on 2024-07-01, recouped from the royalties due before anything more is "
                        + "paid.");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0.05,   5 %
            0.125,  12.5 %
            1,      100 %
            0.0750, 7.5 %
            """)
    void percentagesDropTrailingZeros(String fraction, String shown) {
        assertThat(ReportFormats.percent(new BigDecimal(fraction))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            1750,       USD, '1,750.00'
            -1750.5,    USD, '-1,750.50'
            1234567,    JPY, '1,234,567'
            12.3456,    USD, '12.3456'
            """)
    void amountsUseTheCurrencysMinorUnitsWithoutRoundingAwayExactValues(String amount, String currency,
            String shown) {
        assertThat(ReportFormats.amount(new BigDecimal(amount), Currency.getInstance(currency))).isEqualTo(shown);
    }
}
