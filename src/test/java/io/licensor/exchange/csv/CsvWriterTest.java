package io.licensor.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    @ParameterizedTest(name = "text [{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =1+1                        | '=1+1
            +49 30 1234                 | '+49 30 1234
            -12.50                      | '-12.50
            @SUM(A1:A9)                 | '@SUM(A1:A9)
            Acme Analytics Inc.         | Acme Analytics Inc.
            a=b                         | a=b
            12-3                        | 12-3
            'quoted already             | 'quoted already
            Bergmann, Software GmbH     | "Bergmann, Software GmbH"
            """)
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(String text, String written) {
        assertThat(CsvWriter.field(CsvCell.text(text))).isEqualTo(written);
    }

    @Test
    void quotesAreDoubledInsideAQuotedFieldAfterNeutralising() {
        assertThat(CsvWriter.field(CsvCell.text("=HYPERLINK(\"http://x\",\"y\")")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvWriter.field(CsvCell.text("say \"hi\""))).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void aTabOrCarriageReturnAtTheStartIsNeutralisedAndACarriageReturnIsQuoted() {
        assertThat(CsvWriter.field(CsvCell.text("\t=cmd"))).isEqualTo("'\t=cmd");
        assertThat(CsvWriter.field(CsvCell.text("\r=cmd"))).isEqualTo("\"'\r=cmd\"");
    }

    @ParameterizedTest(name = "number {0} stays {0}")
    @CsvSource(textBlock = """
            -12.50
            -0.01
            +0
            1750.00
            1E+3
            """)
    void numbersStayNumbersEvenWhenNegative(String number) {
        String written = CsvWriter.field(CsvCell.number(new BigDecimal(number)));
        assertThat(written).isEqualTo(new BigDecimal(number).toPlainString()).doesNotStartWith("'");
    }

    @Test
    void linesEndInCrLfAndEmptyCellsStayEmpty() {
        String csv = CsvWriter.toText(List.of("Id", "Amount", "Note"), List.of(
                List.of(CsvCell.text("R7"), CsvCell.number(new BigDecimal("-1750.00")), CsvCell.text(null)),
                List.of(CsvCell.text("R8"), CsvCell.number(null), CsvCell.text("two\nlines"))));
        assertThat(csv).isEqualTo("Id,Amount,Note\r\nR7,-1750.00,\r\nR8,,\"two\nlines\"\r\n");
    }

    @Test
    void theExcelVariantStartsWithTheUtf8ByteOrderMarkAndKeepsAccents() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.utf8WithBom().write(out, List.of("Licensee"), List.of(List.of(CsvCell.text("Müller"))));
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("Licensee\r\nMüller\r\n");
    }

    @Test
    void thePlainVariantHasNoByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.utf8().write(out, List.of("=Header"), List.of());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("'=Header\r\n");
    }
}
