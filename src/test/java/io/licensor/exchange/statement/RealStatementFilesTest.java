package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every statement export in src/test/resources/statements (copied from the shared samples) is detected and read:
 * its encoding, delimiter, header line, date style and decimal mark, how many data rows it has, and one receipt
 * value computed from it with the suggested mapping.
 */
class RealStatementFilesTest {

    static Path file(String name) {
        try {
            return Path.of(RealStatementFilesTest.class.getResource("/statements/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            amazon_kdp_combined_sales.csv         | UTF-8    | COMMA | 1 | ISO            | POINT | 3
            amazon_kdp_kenp_read.csv              | UTF-8    | COMMA | 1 | ISO            | POINT | 2
            apple_financial_report.csv            | UTF-8    | TAB   | 1 | MDY            | POINT | 6
            apple_itc_daily_sales_legacy_2010.csv | UTF-8    | TAB   | 1 | MDY            | POINT | 3
            apple_payments_financial_summary.csv  | UTF-8    | COMMA | 3 | NONE           | POINT | 5
            apple_sales_summary.csv               | UTF-8    | TAB   | 1 | MDY            | POINT | 3
            bandcamp_net_revenue_report.csv       | UTF-8    | COMMA | 1 | ISO            | POINT | 2
            bandcamp_sales_report.csv             | UTF-16LE | COMMA | 1 | MDY            | POINT | 3
            distrokid_bank_details.csv            | UTF-8    | TAB   | 1 | ISO            | POINT | 3
            envato_statement.csv                  | UTF-8    | COMMA | 1 | ISO            | POINT | 3
            etsy_monthly_statement.csv            | UTF-8    | COMMA | 1 | MONTH_DAY_YEAR | POINT | 5
            etsy_sold_orders.csv                  | UTF-8    | COMMA | 1 | MDY            | POINT | 2
            google_play_earnings.csv              | UTF-8    | COMMA | 1 | MONTH_DAY_YEAR | POINT | 3
            google_play_sales_report.csv          | UTF-8    | COMMA | 1 | ISO            | POINT | 2
            gumroad_payout_export.csv             | UTF-8    | COMMA | 1 | ISO            | POINT | 6
            gumroad_sales_export.csv              | UTF-8    | COMMA | 1 | ISO            | POINT | 3
            patreon_members_export.csv            | UTF-8    | COMMA | 1 | ISO            | POINT | 2
            shutterstock_earnings_by_month.csv    | UTF-8    | COMMA | 2 | MDY            | POINT | 2
            steam_sales_report.csv                | UTF-8    | COMMA | 4 | ISO            | POINT | 2
            tunecore_sales.csv                    | UTF-8    | COMMA | 1 | ISO            | POINT | 2
            unity_asset_store_sales.csv           | UTF-8    | COMMA | 1 | ISO            | POINT | 2
            """)
    void everySampleIsDetectedAndEveryRowRead(String name, String charset, Delimiter delimiter, long headerLine,
            String dateStyle, DecimalMark decimal, long dataRows) throws IOException {
        StatementSource source = StatementSource.of(file(name));
        DetectedFormat format = StatementDetector.detect(source, StatementOptions.DETECT);

        assertThat(format.encoding().charset().name()).isEqualTo(charset);
        assertThat(format.delimiter()).isEqualTo(delimiter);
        assertThat(format.headerLine()).isEqualTo(headerLine);
        assertThat(format.dateStyle() == null ? "NONE" : format.dateStyle().name()).isEqualTo(dateStyle);
        assertThat(format.decimalMark()).isEqualTo(decimal);
        assertThat(format.decimalGuessed()).isEqualTo(name.equals("amazon_kdp_kenp_read.csv"));
        assertThat(countRows(source, format)).isEqualTo(dataRows);
    }

    private static long countRows(StatementSource source, DetectedFormat format) throws IOException {
        long rows = 0;
        try (StatementRowReader reader = StatementRowReader.open(source, format)) {
            while (reader.next() != null) {
                rows++;
            }
        } catch (CsvFormatException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    /** tweak: skip = leave rows in other currencies out, neg = allow a negative total. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            amazon_kdp_combined_sales.csv         | USD | skip | 1 | 5.33   | 2026-02-28
            apple_financial_report.csv            | EUR | -    | 1 | 12.17  | 2014-09-27
            apple_itc_daily_sales_legacy_2010.csv | CAD | skip | 1 | 2.8    | 2010-01-21
            apple_payments_financial_summary.csv  | -   | -    | 3 | 33.15  | 2014-09-30
            apple_sales_summary.csv               | USD | skip | 2 | 2.1    | 2024-01-15
            bandcamp_net_revenue_report.csv       | USD | -    | 2 | 96.02  | 2025-07-31
            bandcamp_sales_report.csv             | USD | skip | 1 | 9.5    | 2025-10-31
            distrokid_bank_details.csv            | USD | -    | 3 | 0.08   | 2018-07-31
            envato_statement.csv                  | USD | -    | 1 | 95.58  | 2019-10-31
            etsy_monthly_statement.csv            | EUR | -    | 1 | 79.35  | 2024-09-30
            etsy_sold_orders.csv                  | USD | -    | 1 | 86.64  | 2024-09-30
            google_play_earnings.csv              | USD | neg  | 1 | -0.67  | 2021-01-31
            google_play_sales_report.csv          | GBP | -    | 1 | 55.98  | 2024-01-31
            gumroad_payout_export.csv             | USD | -    | 1 | 16.40  | 2025-02-28
            gumroad_sales_export.csv              | USD | -    | 1 | 108.19 | 2025-03-31
            patreon_members_export.csv            | USD | skip | 1 | 2.99   | 2025-08-31
            shutterstock_earnings_by_month.csv    | USD | -    | 1 | 0.10   | 2026-08-31
            steam_sales_report.csv                | USD | -    | 1 | 57.69  | 2024-03-31
            tunecore_sales.csv                    | USD | -    | 1 | 0.07   | 2019-01-31
            unity_asset_store_sales.csv           | USD | -    | 2 | 275.00 | 2019-03-30
            """)
    void everySampleGivesReceiptsWithTheSuggestedMapping(String name, String currency, String tweak, int receipts,
            BigDecimal firstGross, LocalDate firstPeriodEnd) throws IOException {
        StatementSource source = StatementSource.of(file(name));
        ColumnMapping mapping = MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT))
                .withSkipOtherCurrencies("skip".equals(tweak))
                .withAllowNegative("neg".equals(tweak));
        ReadSettings settings = currency == null ? ReadSettings.DEFAULT
                : ReadSettings.DEFAULT.withCurrency(Currency.getInstance(currency));

        ReadResult result = StatementReader.readAll(source, mapping, settings);

        assertThat(result.problems()).isEmpty();
        assertThat(result.candidates()).hasSize(receipts);
        assertThat(result.candidates().get(0).gross()).isEqualByComparingTo(firstGross);
        assertThat(result.candidates().get(0).periodEnd()).isEqualTo(firstPeriodEnd);
    }

    @Test
    void everySampleFileInTheFolderIsCoveredByTheTables() throws IOException {
        try (Stream<Path> files = Files.list(file("amazon_kdp_kenp_read.csv").getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(21);
        }
    }

    @Test
    void theKenpReportIsReadButHasNoAmountToImport() throws IOException {
        StatementSource source = StatementSource.of(file("amazon_kdp_kenp_read.csv"));
        DetectedFormat format = StatementDetector.detect(source, StatementOptions.DETECT);
        ColumnMapping mapping = MappingSuggester.suggest(format);

        assertThat(mapping.columns().units()).isEqualTo("Kindle Edition Normalized Page (KENP) Read");
        assertThat(mapping.columns().gross()).isNull();
        assertThat(mapping.problems(format, false)).extracting(p -> p.where()).containsExactly("columns.gross");
        assertThat(format.preview().get(0).cells().get(5)).isEqualTo("55");
    }

    @Test
    void appleFinancialReportStopsAtItsTotalLinesAndSumsTheFiscalMonth() throws IOException {
        StatementSource source = StatementSource.of(file("apple_financial_report.csv"));
        ColumnMapping mapping = MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT));

        ReadResult result = StatementReader.readAll(source, mapping, ReadSettings.DEFAULT);

        assertThat(mapping.grouping()).isEqualTo(Grouping.PER_MONTH);
        assertThat(result.skipped()).extracting(SkippedRow::line).containsExactly(5L, 6L, 7L);
        ReceiptCandidate fiscalMonth = result.candidates().get(0);
        assertThat(fiscalMonth.periodStart()).isEqualTo(LocalDate.of(2014, 8, 31));
        assertThat(fiscalMonth.periodEnd()).isEqualTo(LocalDate.of(2014, 9, 27));
        assertThat(fiscalMonth.reportedUnits()).isEqualByComparingTo("3");
        assertThat(fiscalMonth.currency()).isEqualTo("EUR");
    }

    @Test
    void applePaymentsSummaryTakesItsPeriodFromTheTitleAndItsNegativeWithholdingAsAnAmountWithheld()
            throws IOException {
        StatementSource source = StatementSource.of(file("apple_payments_financial_summary.csv"));
        DetectedFormat format = StatementDetector.detect(source, StatementOptions.DETECT);
        ReadResult result = StatementReader.readAll(source, MappingSuggester.suggest(format), ReadSettings.DEFAULT);

        assertThat(format.bannerPeriod().start()).isEqualTo(LocalDate.of(2014, 9, 1));
        ReceiptCandidate japan = result.candidates().get(2);
        assertThat(japan.firstLine()).isEqualTo(6);
        assertThat(japan.gross()).isEqualByComparingTo("179");
        assertThat(japan.withholding()).isEqualByComparingTo("37");
        assertThat(japan.periodStart()).isEqualTo(LocalDate.of(2014, 9, 1));
        assertThat(result.skipped()).extracting(SkippedRow::line).containsExactly(8L, 9L);
    }

    @Test
    void legacyAppleReportReadsDatesWrittenTwoWaysInOneFile() throws IOException {
        StatementSource source = StatementSource.of(file("apple_itc_daily_sales_legacy_2010.csv"));
        ColumnMapping mapping = MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT))
                .withAmountsPerUnit(false);

        ReadResult result = StatementReader.readAll(source, mapping.withSkipOtherCurrencies(false),
                ReadSettings.DEFAULT.withCurrency(null));

        // line 2 writes 1/21/10, line 3 writes 01/21/2010: both are the same day
        assertThat(result.problems()).extracting(StatementProblem::column).containsOnly("Royalty Currency");
        assertThat(result.candidates()).singleElement().satisfies(c -> {
            assertThat(c.firstLine()).isEqualTo(2);
            assertThat(c.periodStart()).isEqualTo(LocalDate.of(2010, 1, 21));
        });
        ReadResult euro = StatementReader.readAll(source, mapping.withSkipOtherCurrencies(true),
                ReadSettings.DEFAULT.withCurrency(Currency.getInstance("EUR")));
        assertThat(euro.candidates()).singleElement().satisfies(c -> {
            assertThat(c.periodEnd()).isEqualTo(LocalDate.of(2010, 1, 21));
            assertThat(c.gross()).isEqualByComparingTo(".97");
        });
    }

    @Test
    void distroKidMonthsAreWholeMonthsAndSubCentTotalsAreRoundedToTheCurrency() throws IOException {
        StatementSource source = StatementSource.of(file("distrokid_bank_details.csv"));
        ColumnMapping mapping = MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT));

        ReadResult result = StatementReader.readAll(source, mapping,
                ReadSettings.DEFAULT.withCurrency(Currency.getInstance("USD")));

        assertThat(result.roundedGroups()).isEqualTo(3);
        assertThat(result.candidates()).extracting(ReceiptCandidate::periodStart).containsExactly(
                LocalDate.of(2018, 7, 1), LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 1));
        assertThat(result.candidates().get(0).receivedOn()).isEqualTo(LocalDate.of(2018, 9, 22));
        assertThat(result.candidates().get(1).gross()).isEqualByComparingTo("0.00");
    }

    @Test
    void etsyLedgerSkipsTheDepositRowAndReadsEuroAmountsWithSymbols() throws IOException {
        StatementSource source = StatementSource.of(file("etsy_monthly_statement.csv"));
        ColumnMapping mapping = MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT));

        ReadResult result = StatementReader.readAll(source, mapping, ReadSettings.DEFAULT);

        assertThat(mapping.skipRows()).isNotNull();
        assertThat(result.skipped()).extracting(SkippedRow::line).containsExactly(2L);
        assertThat(result.candidates().get(0).rows()).isEqualTo(4);
        assertThat(result.candidates().get(0).currency()).isEqualTo("EUR");
    }

    @Test
    void bandcampPayoutsAreLeftOutByTheSuggestedRowFilter() throws IOException {
        StatementSource source = StatementSource.of(file("bandcamp_sales_report.csv"));
        ColumnMapping mapping = MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT))
                .withSkipOtherCurrencies(true);

        ReadResult result = StatementReader.readAll(source, mapping, ReadSettings.DEFAULT);

        assertThat(result.skipped()).extracting(SkippedRow::reason).containsExactly("in EUR, not USD",
                "'payout' in column 'item type' is left out by the mapping");
    }

    @Test
    void googlePlayRefundMakesTheMonthNegativeWhichIsRefusedUnlessAllowed() throws IOException {
        StatementSource source = StatementSource.of(file("google_play_earnings.csv"));
        ColumnMapping mapping = MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT));

        ReadResult result = StatementReader.readAll(source, mapping, ReadSettings.DEFAULT);

        assertThat(result.candidates()).isEmpty();
        assertThat(result.problems()).singleElement().hasToString("line 2, column 'Amount (Merchant Currency)': the"
                + " 3 rows for 2021-01 (lines 2-4) sum to -0.67, and a receipt cannot be negative; allow negative"
                + " amounts if this is a correction");
    }

    @Test
    void receiptsFromAFileCarryTheCallersIdsAndLicense() throws IOException {
        StatementSource source = StatementSource.of(file("unity_asset_store_sales.csv"));
        ColumnMapping mapping = MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT));

        List<ReceiptCandidate> candidates = StatementReader.readAll(source, mapping, ReadSettings.DEFAULT)
                .candidates();

        var receipt = candidates.get(1).toReceipt("R9", "L1", io.licensor.model.ReceiptKind.ROYALTY);
        assertThat(receipt.id()).isEqualTo("R9");
        assertThat(receipt.licenseId()).isEqualTo("L1");
        assertThat(receipt.gross()).isEqualByComparingTo("30.00");
        assertThat(receipt.reportedUnits()).isEqualByComparingTo("3");
        assertThat(receipt.periodStart()).isEqualTo(LocalDate.of(2019, 3, 11));
        assertThat(receipt.receivedOn()).isEqualTo(LocalDate.of(2019, 3, 27));
    }
}
