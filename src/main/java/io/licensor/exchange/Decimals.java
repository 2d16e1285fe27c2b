package io.licensor.exchange;

import io.licensor.model.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** How numbers are written in files: exact, never in exponent notation. */
public final class Decimals {
    private Decimals() {}

    /** The plain decimal without trailing zeros: 0.1000 is "0.1", 1.2E+5 is "120000". */
    public static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * Money with its currency's minor units: 12000 USD is "12000.00", 5 JPY is "5". Never rounds: an amount with
     * more decimals than the currency has keeps them.
     */
    public static String money(BigDecimal amount, Currency currency) {
        BigDecimal s = amount.stripTrailingZeros();
        return s.setScale(Math.max(Money.minorUnits(currency), Math.max(0, s.scale()))).toPlainString();
    }
}
