package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** An amount written with grouping and either decimal mark, any sign style, reads back exactly. */
class AmountProperties {

    @Property(tries = 500)
    void writtenAmountsReadBackExactly(@ForAll @BigRange(min = "-99999999.99", max = "99999999.99") @Scale(2)
            BigDecimal amount, @ForAll boolean decimalComma, @ForAll boolean parentheses) {
        String grouped = group(amount.abs().toPlainString(), decimalComma ? '.' : ',', decimalComma ? ',' : '.');
        String written = amount.signum() >= 0 ? grouped : parentheses ? "(" + grouped + ")" : "-" + grouped;
        AmountParser parser = decimalComma ? new AmountParser(DecimalMark.COMMA, ThousandsMark.POINT)
                : new AmountParser(DecimalMark.POINT, ThousandsMark.COMMA);

        ParsedAmount parsed = parser.parse(written + (decimalComma ? " EUR" : ""));

        assertThat(parsed.error()).isNull();
        assertThat(parsed.value()).isEqualByComparingTo(amount);
    }

    private static String group(String plain, char thousands, char decimal) {
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(thousands);
            }
            out.append(whole.charAt(i));
        }
        return dot < 0 ? out.toString() : out.append(decimal).append(plain.substring(dot + 1)).toString();
    }
}
