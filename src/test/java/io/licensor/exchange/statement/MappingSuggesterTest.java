package io.licensor.exchange.statement;

import static io.licensor.exchange.statement.StatementDetectorTest.detect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingSuggesterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            amazon_kdp_combined_sales.csv | Royalty Date | - | Royalty | Net Units Sold | - | PER_MONTH
            apple_financial_report.csv | End Date | Start Date | Extended Partner Share | Quantity | - | PER_MONTH
            apple_payments_financial_summary.csv | - | - | Earned | Units Sold | Withholding Tax | PER_ROW
            apple_sales_summary.csv | End Date | Begin Date | Developer Proceeds | Units | - | PER_ROW
            bandcamp_net_revenue_report.csv | Transaction date to | Transaction date from | Net revenue | Quantity | - | PER_ROW
            distrokid_bank_details.csv | Sale Month | - | Earnings (USD) | Quantity | Songwriter Royalties Withheld | PER_MONTH
            envato_statement.csv | Date | - | Amount | - | US RWT | PER_MONTH
            etsy_monthly_statement.csv | Date | - | Net | - | - | PER_MONTH
            google_play_earnings.csv | Transaction Date | - | Amount (Merchant Currency) | - | - | PER_MONTH
            gumroad_sales_export.csv | Purchase Date | - | Net Total ($) | Quantity | - | PER_MONTH
            shutterstock_earnings_by_month.csv | Date | - | Total earnings | Total downloads | - | PER_MONTH
            steam_sales_report.csv | Date | - | Net Steam Sales (USD) | Net Units Sold | - | PER_MONTH
            tunecore_sales.csv | Sales Period | - | Total Earned | # Units Sold | - | PER_MONTH
            unity_asset_store_sales.csv | Last | First | Gross | Qty | - | PER_ROW
            """)
    void columnsAreGuessedByNameFromRealHeaders(String file, String periodEnd, String periodStart, String gross,
            String units, String withholding, Grouping grouping) throws IOException {
        StatementSource source = StatementSource.of(RealStatementFilesTest.file(file));

        ColumnMapping mapping = MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT));

        assertThat(mapping.columns().periodEnd()).isEqualTo(periodEnd);
        assertThat(mapping.columns().periodStart()).isEqualTo(periodStart);
        assertThat(mapping.columns().gross()).isEqualTo(gross);
        assertThat(mapping.columns().units()).isEqualTo(units);
        assertThat(mapping.columns().withholding()).isEqualTo(withholding);
        assertThat(mapping.grouping()).isEqualTo(grouping);
    }

    @Test
    void perUnitProceedsAreMultipliedByUnits() throws IOException {
        StatementSource source = StatementSource.of(RealStatementFilesTest.file("apple_sales_summary.csv"));

        assertThat(MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT))
                .amountsPerUnit()).isTrue();
    }

    @Test
    void aCurrencyNamedInTheAmountsHeaderLeavesTheCurrencyColumnAlone() throws IOException {
        StatementSource source = StatementSource.of(RealStatementFilesTest.file("steam_sales_report.csv"));

        assertThat(MappingSuggester.suggest(StatementDetector.detect(source, StatementOptions.DETECT)).columns()
                .currency()).isNull();
    }

    @Test
    void aTextColumnIsNeverTakenForAnAmountByAWordRule() throws IOException {
        ColumnMapping mapping = MappingSuggester.suggest(detect(
                "Royalty Type,Paid,Royalty Earned USD\n35%,2024-01-31,5.00\n60%,2024-02-29,6.00\n"));

        assertThat(mapping.columns().gross()).isEqualTo("Royalty Earned USD");
        assertThat(mapping.columns().periodEnd()).isEqualTo("Paid");
    }

    @Test
    void aLicenseAndAPaymentDateColumnAreRecognised() throws IOException {
        ColumnMapping mapping = MappingSuggester.suggest(detect("Contract ID,Period Start,Period End,Royalties,"
                + "Withholding Tax,Payment Date,Net Sales\nC-1,2024-01-01,2024-03-31,1200.00,120.00,2024-04-30,"
                + "12000.00\n"));

        assertThat(mapping.columns()).isEqualTo(new Columns("Period End", "Period Start", "Net Sales", null,
                "Royalties", "Withholding Tax", "Payment Date", "Contract ID", null));
        assertThat(mapping.grouping()).isEqualTo(Grouping.PER_ROW);
        assertThat(mapping.skipRows()).isNull();
    }
}
