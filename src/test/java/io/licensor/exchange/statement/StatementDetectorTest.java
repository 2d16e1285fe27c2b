package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.InputRejectedException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementDetectorTest {

    static StatementSource csv(String text) {
        return StatementSource.of("statement.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static DetectedFormat detect(String text) throws IOException {
        return StatementDetector.detect(csv(text), StatementOptions.DETECT);
    }

    @Test
    void aSemicolonFileWithDecimalCommasIsToldApartFromACommaFile() throws IOException {
        DetectedFormat format = detect("Datum;Betrag;Menge\n31.01.2024;1.234,50;3\n29.02.2024;12,5;1\n");

        assertThat(format.delimiter()).isEqualTo(Delimiter.SEMICOLON);
        assertThat(format.decimalMark()).isEqualTo(DecimalMark.COMMA);
        assertThat(format.thousandsMark()).isEqualTo(ThousandsMark.POINT);
        assertThat(format.dateStyle()).isEqualTo(DateStyle.DMY_DOT);
        assertThat(format.columnKinds()).containsExactly(ColumnKind.DATE, ColumnKind.NUMBER, ColumnKind.NUMBER);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1,234.50  | 99.10     | POINT | COMMA
            1.234,50  | 99,10     | COMMA | POINT
            1 234,50  | 99,10     | COMMA | SPACE
            1'234.50  | 99.10     | POINT | APOSTROPHE
            1,234,567 | 12        | POINT | COMMA
            1.234.567 | 12        | COMMA | POINT
            """)
    void decimalMarkAndThousandsSeparatorComeFromTheAmounts(String first, String second, DecimalMark decimal,
            ThousandsMark thousands) throws IOException {
        DetectedFormat format = detect("Date;Amount\n2024-01-31;" + first + "\n2024-02-29;" + second + "\n");

        assertThat(format.decimalMark()).isEqualTo(decimal);
        assertThat(format.thousandsMark()).isEqualTo(thousands);
        assertThat(format.decimalGuessed()).isFalse();
    }

    @Test
    void whenNoAmountShowsTheMarkItIsAssumedAndFlagged() throws IOException {
        DetectedFormat ambiguous = detect("Date,Units\n2024-01-31,\"1,234\"\n2024-02-29,5\n");
        assertThat(ambiguous.decimalGuessed()).isTrue();
        assertThat(ambiguous.decimalMark()).isEqualTo(DecimalMark.POINT);
        assertThat(ambiguous.notes()).anySatisfy(n -> assertThat(n).contains("values like 1,234 could be either"));
        DetectedFormat semicolon = detect("Date;Units\n2024-01-31;12\n");
        assertThat(semicolon.decimalGuessed()).isTrue();
        assertThat(semicolon.decimalMark()).isEqualTo(DecimalMark.COMMA);
        assertThat(semicolon.notes()).anySatisfy(n -> assertThat(n).startsWith("Decimal mark: ',' assumed"));
    }

    @Test
    void datesWhereDayAndMonthCouldSwapAreFlaggedForTheUser() throws IOException {
        DetectedFormat format = detect("Date,Amount\n01/02/2024,5.00\n03/04/2024,6.00\n");

        assertThat(format.dateStyle()).isEqualTo(DateStyle.MDY);
        assertThat(format.dateAmbiguous()).isTrue();
        assertThat(format.notes()).anySatisfy(n -> assertThat(n).contains("either could come first"));
    }

    @Test
    void aDayAbove12SettlesWhichComesFirst() throws IOException {
        DetectedFormat format = detect("Date,Amount\n01/02/2024,5.00\n13/02/2024,6.00\n");

        assertThat(format.dateStyle()).isEqualTo(DateStyle.DMY);
        assertThat(format.dateAmbiguous()).isFalse();
    }

    @Test
    void ambiguousDatesInADecimalCommaFileAreTakenDayFirst() throws IOException {
        DetectedFormat format = detect("Datum;Betrag\n01/02/2024;5,50\n03/04/2024;6,25\n");

        assertThat(format.dateStyle()).isEqualTo(DateStyle.DMY);
        assertThat(format.dateAmbiguous()).isTrue();
    }

    @Test
    void excelsSepLineNamesTheDelimiter() throws IOException {
        DetectedFormat format = detect("sep=;\nTitle;Royalty\nBook, volume 1;5\n");

        assertThat(format.delimiter()).isEqualTo(Delimiter.SEMICOLON);
        assertThat(format.headerLine()).isEqualTo(2);
    }

    @Test
    void titleLinesAboveTheHeaderArePassedOverAndTheirPeriodKept() throws IOException {
        DetectedFormat format = detect("Royalty statement for ACME Books\nPeriod: 2024-01-01 to 2024-03-31\n\n"
                + "Title,Units,Royalty\nBook,3,5.00\n");

        assertThat(format.headerLine()).isEqualTo(4);
        assertThat(format.header()).containsExactly("Title", "Units", "Royalty");
        assertThat(format.bannerPeriod().start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(format.bannerPeriod().end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(format.preview()).singleElement().satisfies(row -> assertThat(row.line()).isEqualTo(5));
    }

    @Test
    void aDayMonthYearRangeInTheTitleIsAPeriodToo() throws IOException {
        DetectedFormat format = detect("Sales report for the period 01-Jan-2016 to 31-Jan-2016\n"
                + "Title,Royalty\nBook,5.00\n");

        assertThat(format.bannerPeriod().end()).isEqualTo(LocalDate.of(2016, 1, 31));
    }

    @Test
    void whatTheUserSetsIsTakenAsGiven() throws IOException {
        StatementOptions options = StatementOptions.DETECT.withDelimiter(Delimiter.PIPE).withHeaderLine(2)
                .withDecimalMark(DecimalMark.COMMA).withThousandsMark(ThousandsMark.NONE)
                .withDateStyle(DateStyle.DMY).withEncoding(StandardCharsets.UTF_8);

        DetectedFormat format = StatementDetector.detect(csv("x|y\nDate|Amount\n01/02/2024|5.5\n"), options);

        assertThat(format.delimiter()).isEqualTo(Delimiter.PIPE);
        assertThat(format.headerLine()).isEqualTo(2);
        assertThat(format.decimalMark()).isEqualTo(DecimalMark.COMMA);
        assertThat(format.thousandsMark()).isEqualTo(ThousandsMark.NONE);
        assertThat(format.dateStyle()).isEqualTo(DateStyle.DMY);
        assertThat(format.asOptions()).isEqualTo(options);
        assertThat(format.notes()).filteredOn(n -> n.endsWith("(set by you)")).hasSize(6);
    }

    @Test
    void aHeaderLineThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> StatementDetector.detect(csv("a,b\n\n1,2\n"), StatementOptions.DETECT
                .withHeaderLine(2)))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("statement.csv: line 2: the header line given is blank");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> detect("\n\n"))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("statement.csv: file: the file has no rows");
    }

    @Test
    void aLatin1FileIsReadWithItsAccents() throws IOException {
        byte[] bytes = "Période;Titre;Redevance\n31.01.2024;Café crème;5,00\n".getBytes(StandardCharsets.ISO_8859_1);

        DetectedFormat format = StatementDetector.detect(StatementSource.of("latin1.csv", bytes),
                StatementOptions.DETECT);

        assertThat(format.encoding().charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(format.header()).containsExactly("Période", "Titre", "Redevance");
        assertThat(format.preview().get(0).cells()).containsExactly("31.01.2024", "Café crème", "5,00");
    }

    @Test
    void aUtf8ByteOrderMarkDoesNotStickToTheFirstColumnName() throws IOException {
        byte[] body = "Date,Amount\n2024-01-31,5.00\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        DetectedFormat format = StatementDetector.detect(StatementSource.of("bom.csv", bytes),
                StatementOptions.DETECT);

        assertThat(format.encoding().bomLength()).isEqualTo(3);
        assertThat(format.header().get(0)).isEqualTo("Date");
        assertThat(format.columnIndex(" date ")).isZero();
    }

    @Test
    void quotedDatesWithCommasDoNotSplitAColumn() throws IOException {
        DetectedFormat format = detect("Date,Amount\n\"Jan 3, 2021\",5.00\n\"Feb 13, 2021\",6.00\n");

        assertThat(format.delimiter()).isEqualTo(Delimiter.COMMA);
        assertThat(format.dateStyle()).isEqualTo(DateStyle.MONTH_DAY_YEAR);
    }

    @Test
    void pipeDelimitedFilesAreRecognised() throws IOException {
        assertThat(detect("Date|Amount|Note\n2024-01-31|1,234.50|a, b\n2024-02-29|5|c\n").delimiter())
                .isEqualTo(Delimiter.PIPE);
    }
}
