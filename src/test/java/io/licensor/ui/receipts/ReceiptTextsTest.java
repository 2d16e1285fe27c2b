package io.licensor.ui.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How periods and amounts read in the receipts table. */
class ReceiptTextsTest {

    @ParameterizedTest(name = "{0} .. {1} reads {2}")
    @CsvSource(textBlock = """
            2025-04-01, 2025-06-30, Q2 2025
            2025-01-01, 2025-03-31, Q1 2025
            2025-02-01, 2025-04-30, Feb–Apr 2025
            2025-01-01, 2025-12-31, 2025
            2025-04-01, 2025-04-30, Apr 2025
            2025-01-01, 2025-06-30, Jan–Jun 2025
            2024-11-01, 2025-02-28, Nov 2024–Feb 2025
            2024-01-01, 2024-01-01, 2024-01-01
            2025-04-03, 2025-06-30, 2025-04-03 – 2025-06-30
            2025-04-01, 2025-06-29, 2025-04-01 – 2025-06-29
            ,           2025-06-30, until 2025-06-30
            """)
    void periodsReadAsPeopleSayThem(String start, String end, String expected) {
        assertThat(ReceiptTexts.period(start == null ? null : LocalDate.parse(start), LocalDate.parse(end)))
                .isEqualTo(expected);
    }

    @Test
    void anAmountWithoutItsCodeKeepsTheCurrencysMinorUnits() {
        assertThat(ReceiptTexts.amount(new java.math.BigDecimal("1750"), java.util.Currency.getInstance("USD")))
                .endsWith("750.00").doesNotContain("USD");
        assertThat(ReceiptTexts.amount(new java.math.BigDecimal("1750"), java.util.Currency.getInstance("JPY")))
                .endsWith("750").doesNotContain(".");
    }
}
