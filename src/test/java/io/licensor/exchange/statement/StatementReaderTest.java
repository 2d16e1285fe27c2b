package io.licensor.exchange.statement;

import static io.licensor.exchange.statement.StatementDetectorTest.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.InputRejectedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StatementReaderTest {

    private static final Columns DATE_AND_ROYALTY = Columns.NONE.with(Field.PERIOD_END, "Royalty Date")
            .with(Field.GROSS, "Royalty");

    private static ReadResult read(String text, ColumnMapping mapping) throws IOException {
        return StatementReader.readAll(csv(text), mapping, ReadSettings.DEFAULT);
    }

    private static ReadResult read(String text) throws IOException {
        return read(text, ColumnMapping.of(DATE_AND_ROYALTY));
    }

    @Test
    void aBadCellIsReportedWithItsLineNumberColumnAndValue() throws IOException {
        StringBuilder text = new StringBuilder("Royalty Date,Royalty\n");
        for (int line = 2; line <= 20; line++) {
            text.append(line == 14 ? "2024-01-14,\"12,5O\"\n" : "2024-01-" + (10 + line) + ",12.50\n");
        }

        ReadResult result = read(text.toString());

        assertThat(result.problems()).singleElement()
                .hasToString("line 14, column 'Royalty': '12,5O' is not a number");
        assertThat(result.rowsRead()).isEqualTo(19);
        assertThat(result.isClean()).isFalse();
    }

    @Test
    void everyProblemOfEveryRowIsListedNotJustTheFirst() throws IOException {
        ReadResult result = read("Royalty Date,Royalty\n2024-13-01,abc\n2024-01-31,5\n,7\n2024-02-30,x\n");

        assertThat(result.problems()).extracting(StatementProblem::toString).containsExactly(
                "line 2, column 'Royalty Date': '2024-13-01' is not a real date in the format YYYY-MM-DD",
                "line 2, column 'Royalty': 'abc' is not a number",
                "line 4, column 'Royalty Date': is empty; every receipt needs the end of its period",
                "line 5, column 'Royalty Date': '2024-02-30' is not a real date in the format YYYY-MM-DD",
                "line 5, column 'Royalty': 'x' is not a number");
        assertThat(result.problemCount()).isEqualTo(5);
        assertThat(result.candidates()).singleElement().satisfies(c -> assertThat(c.firstLine()).isEqualTo(3));
    }

    @Test
    void lineNumbersArePhysicalLinesCountingBlankLinesAndLineBreaksInsideQuotes() throws IOException {
        ReadResult result = read("Title banner\n\nNote,Royalty Date,Royalty\n\"two\nlines\",2024-01-31,1.00\n\n"
                + "x,2024-02-29,bad\n");

        assertThat(result.format().headerLine()).isEqualTo(3);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(7));
        assertThat(result.candidates()).singleElement().satisfies(c -> assertThat(c.firstLine()).isEqualTo(4));
    }

    @Test
    void totalAndFooterRowsAreSkippedAndListedNotErrors() throws IOException {
        ReadResult result = read("Royalty Date,Royalty\n2024-01-31,1.00\n2024-02-29,2.00\nTotal,3.00\n"
                + "Grand total,,3.00\nTotal_Rows,2\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.candidates()).hasSize(2);
        assertThat(result.skipped()).extracting(SkippedRow::toString).containsExactly(
                "line 4: a total row ('Total')", "line 5: a total row ('Grand total')",
                "line 6: a total row ('Total_Rows')");
    }

    @Test
    void aTitleStartingWithTotalIsStillARowWhenItHasADate() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.UNITS, "Units"));

        ReadResult result = read("Title,Royalty Date,Units,Royalty\nTotal War,2024-01-31,3,9.00\n", mapping);

        assertThat(result.skipped()).isEmpty();
        assertThat(result.candidates()).singleElement().satisfies(c -> assertThat(c.gross())
                .isEqualByComparingTo("9.00"));
    }

    @Test
    void rowsWithNoAmountAreSkippedAndARowWithoutGrossIsAnError() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.UNITS, "Units"));

        ReadResult result = read("Royalty Date,Units,Royalty\n2024-01-31,,N/A\n2024-02-29,3,--\n", mapping);

        assertThat(result.skipped()).extracting(SkippedRow::line).containsExactly(2L);
        assertThat(result.problems()).singleElement()
                .hasToString("line 3, column 'Royalty': is empty; every receipt needs an amount");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.PERIOD_START, "From"));

        ReadResult result = read("From,Royalty Date,Royalty\n2024-03-01,2024-01-31,5\n", mapping);

        assertThat(result.problems()).singleElement().hasToString(
                "line 2, column 'From': the period starts (2024-03-01) after it ends (2024-01-31)");
    }

    @Test
    void aNegativeRowIsRefusedUnlessNegativeAmountsAreAllowed() throws IOException {
        String text = "Royalty Date,Royalty\n2024-01-31,-22.42\n";

        assertThat(read(text).problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("-22.42 is negative, and a receipt cannot be"));
        assertThat(read(text, ColumnMapping.of(DATE_AND_ROYALTY).withAllowNegative(true)).candidates())
                .singleElement().satisfies(c -> assertThat(c.gross()).isEqualByComparingTo("-22.42"));
    }

    @Test
    void withholdingIsAPositiveAmountAndMayNotExceedTheGross() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.WITHHOLDING, "Tax"));

        ReadResult result = read("Royalty Date,Royalty,Tax\n2024-01-31,100,-15\n2024-02-29,10,12\n", mapping);

        assertThat(result.candidates()).singleElement().satisfies(c -> {
            assertThat(c.withholding()).isEqualByComparingTo("15");
            assertThat(c.toReceipt("R1", "L1", io.licensor.model.ReceiptKind.ROYALTY).net())
                    .isEqualByComparingTo("85");
        });
        assertThat(result.problems()).singleElement()
                .hasToString("line 3, column 'Tax': withholds 12, more than the amount 10");
    }

    @Test
    void thePaymentDateIsThePeriodEndUnlessAColumnSaysOtherwise() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.RECEIVED_ON, "Paid"));

        ReadResult result = read("Royalty Date,Royalty,Paid\n2024-01-31,5,2024-02-15\n2024-02-29,5,\n", mapping);

        assertThat(result.candidates()).extracting(ReceiptCandidate::receivedOn)
                .containsExactly(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 29));
    }

    @Test
    void rowsInAnotherCurrencyThanTheLicenseAreRefusedOrSkippedOnRequest() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.CURRENCY, "Currency"));
        String text = "Royalty Date,Royalty,Currency\n2024-01-31,5,usd\n2024-01-31,7,CAD\n2024-01-31,1,US Dollar\n";
        ReadSettings usd = ReadSettings.DEFAULT.withCurrency(Currency.getInstance("USD"));

        ReadResult refused = StatementReader.readAll(csv(text), mapping, usd);
        ReadResult skipped = StatementReader.readAll(csv(text), mapping.withSkipOtherCurrencies(true), usd);

        assertThat(refused.problems()).extracting(StatementProblem::toString).containsExactly(
                "line 3, column 'Currency': is in CAD, but the license is in USD (to leave such rows out, skip"
                        + " other currencies)",
                "line 4, column 'Currency': 'US Dollar' is not a currency code like USD or EUR");
        assertThat(skipped.skipped()).extracting(SkippedRow::toString).containsExactly("line 3: in CAD, not USD");
        assertThat(skipped.candidates()).extracting(ReceiptCandidate::currency).containsExactly("USD");
    }

    @Test
    void aCurrencyWrittenInTheAmountMustAgreeWithTheRowsCurrency() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.CURRENCY, "Currency"));

        ReadResult result = read("Royalty Date,Royalty,Currency\n2024-01-31,€5.00,EUR\n2024-01-31,£5.00,EUR\n",
                mapping);

        assertThat(result.problems()).singleElement()
                .hasToString("line 3, column 'Royalty': the amount is in GBP but the row is in EUR");
    }

    @Test
    void aRowWithMoreDecimalsThanTheCurrencyIsRefused() throws IOException {
        ReadResult result = StatementReader.readAll(csv("Royalty Date,Royalty\n2024-01-31,0.077258\n"),
                ColumnMapping.of(DATE_AND_ROYALTY), ReadSettings.DEFAULT.withCurrency(Currency.getInstance("JPY")));

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("0.077258 has more decimals than JPY allows (0)"));
    }

    @Test
    void perUnitAmountsAreMultipliedByTheUnits() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.UNITS, "Units")
                .with(Field.REPORTED_SALES, "Price")).withAmountsPerUnit(true);

        ReadResult result = read("Royalty Date,Units,Price,Royalty\n2024-01-31,3,1.99,0.70\n", mapping);

        assertThat(result.candidates()).singleElement().satisfies(c -> {
            assertThat(c.gross()).isEqualByComparingTo("2.10");
            assertThat(c.reportedSales()).isEqualByComparingTo("5.97");
        });
    }

    @Test
    void rowsAreSummedPerLicenseAndQuarter() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.LICENSE, "Contract")
                .with(Field.UNITS, "Units")).withGrouping(Grouping.PER_QUARTER);

        ReadResult result = read("Contract,Royalty Date,Units,Royalty\nL2,2024-01-15,1,1.10\nL1,2024-02-01,2,2.20\n"
                + "L1,2024-03-31,3,3.30\nL1,2024-04-01,4,4.40\nL2,2024-02-20,5,-0.10\n", mapping);

        assertThat(result.candidates()).extracting(ReceiptCandidate::licenseRef, ReceiptCandidate::periodStart,
                ReceiptCandidate::periodEnd, ReceiptCandidate::rows, c -> c.gross().toPlainString(),
                c -> c.reportedUnits().toPlainString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("L1", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
                                2, "5.50", "5"),
                        org.assertj.core.groups.Tuple.tuple("L1", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30),
                                1, "4.40", "4"),
                        org.assertj.core.groups.Tuple.tuple("L2", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
                                2, "1.00", "6"));
        assertThat(result.candidates().get(2).lines()).isEqualTo("lines 2-6");
    }

    @Test
    void payoutRowsAreLeftOutByTheMappingsRowFilter() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY).withGrouping(Grouping.PER_MONTH)
                .withSkipRows(new RowFilter("Type", List.of("Withdrawal")));

        ReadResult result = read("Type,Royalty Date,Royalty\nSale,2024-01-02,59\nwithdrawal ,2024-01-20,-59\n",
                mapping);

        assertThat(result.skipped()).extracting(SkippedRow::toString).containsExactly(
                "line 3: 'withdrawal' in column 'Type' is left out by the mapping");
        assertThat(result.candidates()).singleElement().satisfies(c -> assertThat(c.gross())
                .isEqualByComparingTo("59"));
    }

    @Test
    void problemsBeyondTheLimitAreCountedNotListed() throws IOException {
        StringBuilder text = new StringBuilder("Royalty Date,Royalty\n");
        for (int i = 0; i < 50; i++) {
            text.append("2024-01-31,bad\n");
        }

        ReadResult result = StatementReader.readAll(csv(text.toString()), ColumnMapping.of(DATE_AND_ROYALTY),
                ReadSettings.DEFAULT.withProblemLimit(10));

        assertThat(result.problems()).hasSize(10);
        assertThat(result.problemCount()).isEqualTo(50);
        InputRejectedException rejection = result.rejection("royalties.csv");
        assertThat(rejection.problems()).hasSize(11);
        assertThat(rejection.getMessage()).startsWith("royalties.csv: 11 problems").endsWith(
                "  file: 40 more problems not listed");
    }

    @Test
    void aMappingThatDoesNotFitTheHeaderIsRefusedBeforeAnyRowIsRead() {
        ColumnMapping mapping = ColumnMapping.of(Columns.NONE.with(Field.GROSS, "Royalties")
                .with(Field.UNITS, "Units"));

        assertThatThrownBy(() -> read("Royalty Date,Royalty\n2024-01-31,5\n", mapping))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).problems()).extracting(Object::toString)
                        .containsExactly(
                                "columns.periodEnd: no column is chosen for the period end and the file's title lines"
                                        + " give no period; choose a date column or give the period",
                                "columns.units: the file has no column 'Units' (its header, on line 1, has:"
                                        + " 'Royalty Date', 'Royalty')",
                                "columns.gross: the file has no column 'Royalties' (its header, on line 1, has:"
                                        + " 'Royalty Date', 'Royalty')"));
    }

    @Test
    void aPeriodGivenByTheCallerDatesRowsWithoutOne() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(Columns.NONE.with(Field.GROSS, "Royalty"));
        PeriodHint q1 = new PeriodHint(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), 0, "typed in");

        ReadResult result = StatementReader.readAll(csv("Title,Royalty\nBook,5\n"), mapping,
                ReadSettings.DEFAULT.withPeriod(q1));

        assertThat(result.candidates()).singleElement().satisfies(c -> {
            assertThat(c.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(c.periodEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
        });
    }

    @Test
    void readingStopsWhenCancelledAndReportsProgressOnTheWay() {
        StringBuilder text = new StringBuilder("Royalty Date,Royalty\n");
        for (int i = 0; i < 5000; i++) {
            text.append("2024-01-31,1.00\n");
        }
        List<Long> reported = new ArrayList<>();
        AtomicInteger asked = new AtomicInteger();
        ReadSettings settings = ReadSettings.DEFAULT
                .withProgress(1000, (rows, bytes, total) -> reported.add(rows))
                .withCancel(() -> asked.incrementAndGet() == 3);

        assertThatThrownBy(() -> StatementReader.read(csv(text.toString()), ColumnMapping.of(DATE_AND_ROYALTY),
                settings, c -> { }))
                .isInstanceOf(CancellationException.class)
                .hasMessage("reading stopped at line 3001 on request");
        assertThat(reported).containsExactly(1000L, 2000L);
    }

    @Test
    void progressEndsWithAllRowsAndAllBytes() throws IOException {
        String text = "Royalty Date,Royalty\n2024-01-31,1.00\n2024-02-29,2.00\n";
        List<long[]> reported = new ArrayList<>();

        StatementReader.read(csv(text), ColumnMapping.of(DATE_AND_ROYALTY), ReadSettings.DEFAULT
                .withProgress(1, (rows, bytes, total) -> reported.add(new long[] {rows, bytes, total})), c -> { });

        long size = text.getBytes(StandardCharsets.UTF_8).length;
        assertThat(reported).last().satisfies(r -> assertThat(r).containsExactly(2, size, size));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirLine() throws IOException {
        byte[] good = "Royalty Date,Royalty\n2024-01-31,1.00\n2024-02-29,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 5];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = '2';
        bytes[good.length + 1] = (byte) 0xE9;
        bytes[good.length + 2] = '\n';
        bytes[good.length + 3] = 'x';
        bytes[good.length + 4] = '\n';
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY)
                .withOptions(StatementOptions.DETECT.withEncoding(StandardCharsets.UTF_8));

        ReadResult result = StatementReader.readAll(StatementSource.of("bad.csv", bytes), mapping,
                ReadSettings.DEFAULT);

        assertThat(result.problems()).singleElement().hasToString("line 3: byte " + (good.length + 2)
                + " of the file is not valid UTF-8: the file is probably in another encoding; choose it (for"
                + " example windows-1252) and read it again");
    }

    @Test
    void aQuoteThatIsNeverClosedIsAProblemOnItsLine() throws IOException {
        ReadResult result = read("Royalty Date,Royalty\n2024-01-31,1.00\n\"2024-02-29,2.00\n2024-03-31,3.00\n");

        assertThat(result.problems()).singleElement()
                .hasToString("line 3: a quoted field opened on this line is never closed");
    }

    @Test
    void aLatin1SemicolonFileWithDecimalCommasIsReadEndToEnd() throws IOException {
        byte[] bytes = ("Lizenz;Zeitraum bis;Lizenzgebühr;Quellensteuer\nCafé;31.03.2024;1.234,50;-123,45\n"
                + "Crème;30.06.2024;99,00;0\nSumme;;1.333,50;\n").getBytes(StandardCharsets.ISO_8859_1);
        ColumnMapping mapping = ColumnMapping.of(Columns.NONE.with(Field.PERIOD_END, "Zeitraum bis")
                .with(Field.GROSS, "Lizenzgebühr").with(Field.WITHHOLDING, "Quellensteuer")
                .with(Field.LICENSE, "Lizenz"));

        ReadResult result = StatementReader.readAll(StatementSource.of("de.csv", bytes), mapping,
                ReadSettings.DEFAULT.withCurrency(Currency.getInstance("EUR")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.skipped()).extracting(SkippedRow::line).containsExactly(4L);
        assertThat(result.candidates()).extracting(ReceiptCandidate::licenseRef, c -> c.gross().toPlainString(),
                c -> c.withholding().toPlainString(), ReceiptCandidate::periodEnd).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Café", "1234.50", "123.45", LocalDate.of(2024, 3, 31)),
                        org.assertj.core.groups.Tuple.tuple("Crème", "99.00", "0", LocalDate.of(2024, 6, 30)));
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsReadEndToEnd() throws IOException {
        byte[] body = "Royalty Date\tRoyalty\n2024-01-31\t€1,234.50\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFE;
        bytes[1] = (byte) 0xFF;
        System.arraycopy(body, 0, bytes, 2, body.length);

        ReadResult result = StatementReader.readAll(StatementSource.of("utf16.txt", bytes),
                ColumnMapping.of(DATE_AND_ROYALTY), ReadSettings.DEFAULT);

        assertThat(result.format().delimiter()).isEqualTo(Delimiter.TAB);
        assertThat(result.candidates()).singleElement().satisfies(c -> {
            assertThat(c.gross()).isEqualByComparingTo("1234.50");
            assertThat(c.currency()).isEqualTo("EUR");
        });
    }

    @Test
    void datesInTheFileMayBeWrittenWithTimesAndTwoYearWidths() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.PERIOD_START, "From"));

        ReadResult result = read("From,Royalty Date,Royalty\n1/1/24,01/31/2024 11:59pm,5\n2/1/24 0:00,2/29/24,6\n",
                mapping);

        assertThat(result.format().dateStyle()).isEqualTo(DateStyle.MDY);
        assertThat(result.candidates()).extracting(ReceiptCandidate::periodStart, ReceiptCandidate::periodEnd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    }

    @Test
    void aRememberedMappingFileReadsTheNextStatementOfTheSameLicensee() throws IOException {
        ColumnMapping remembered = MappingJson.read("acme.json", """
                {"columns": {"periodStart": "Von", "periodEnd": "Bis", "gross": "Lizenzgebühr",
                             "reportedSales": "Umsatz"},
                 "delimiter": ";", "headerLine": 2, "decimalSeparator": ",", "thousandsSeparator": ".",
                 "dateFormat": "DD.MM.YYYY", "encoding": "UTF-8"}
                """);
        String statement = "ACME GmbH Lizenzabrechnung Q1/2024\nVon;Bis;Umsatz;Lizenzgebühr\n"
                + "01.01.2024;31.03.2024;120.000,00;12.000,00\n";

        ReadResult result = read(statement, remembered);

        assertThat(result.format().notes()).filteredOn(n -> n.endsWith("(set by you)")).hasSize(6);
        assertThat(result.candidates()).singleElement().satisfies(c -> {
            assertThat(c.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(c.periodEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
            assertThat(c.reportedSales()).isEqualByComparingTo("120000");
            assertThat(c.gross()).isEqualByComparingTo("12000");
        });
    }

    @Test
    void aMonthColumnGivesBothEndsOfThePeriod() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(Columns.NONE.with(Field.PERIOD_START, "Month")
                .with(Field.PERIOD_END, "Month").with(Field.GROSS, "Royalty"));

        ReadResult result = read("Month,Royalty\n2024-02,5.00\n", mapping);

        assertThat(result.candidates()).singleElement().satisfies(c -> {
            assertThat(c.periodStart()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(c.periodEnd()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(c.receivedOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        });
    }

    @Test
    void rowsAreSummedPerYearWithTheirPaymentDateTheLatest() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(DATE_AND_ROYALTY.with(Field.RECEIVED_ON, "Paid"))
                .withGrouping(Grouping.PER_YEAR);

        ReadResult result = read("Royalty Date,Royalty,Paid\n2023-03-31,1,2023-04-10\n2023-12-31,2,2024-01-15\n"
                + "2023-06-30,3,2023-07-05\n", mapping);

        assertThat(result.candidates()).singleElement().satisfies(c -> {
            assertThat(c.periodStart()).isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(c.periodEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(c.receivedOn()).isEqualTo(LocalDate.of(2024, 1, 15));
            assertThat(c.gross()).isEqualByComparingTo("6");
            assertThat(c.lines()).isEqualTo("lines 2-4");
        });
    }
}
