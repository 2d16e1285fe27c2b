package io.licensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {
    static final String SPEC_TERMS = """
            {
              "currency": "USD",
              "startDate": "2024-01-01",
              "upfrontFee": "5000",
              "advance": "0",
              "basis": "NET_SALES",
              "tiers": [
                {"from": "0",      "rate": "0.05"},
                {"from": "100000", "rate": "0.12"},
                {"from": "500000", "rate": "0.18"}
              ],
              "tierMode": "MARGINAL",
              "tierReset": "NEVER",
              "minimumAnnual": "0",
              "annualCap": null,
              "withholdingRate": "0"
            }""";

    @TempDir
    Path dir;

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void answersTheSpecsExample() throws IOException {
        CliRun run = CliRun.of("simulate", "--terms", file("terms.json", SPEC_TERMS).toString(),
                "--sales", file("sales.csv", "period_end,net_sales\n2024-12-31,300000\n").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode j = run.json();
        assertThat(j.get("currency").asText()).isEqualTo("USD");
        JsonNode p = j.get("periods").get(0);
        assertThat(p.toString()).isEqualTo("{\"periodEnd\":\"2024-12-31\",\"base\":\"300000\",\"earned\":\"29000.00\","
                + "\"minimumTopUp\":\"0.00\",\"advanceRecouped\":\"0.00\",\"payable\":\"29000.00\","
                + "\"withholding\":\"0.00\",\"net\":\"29000.00\"}");
        assertThat(j.get("upfrontFee").asText()).isEqualTo("5000.00");
        assertThat(j.get("advance").asText()).isEqualTo("0.00");
        assertThat(j.get("totalEarned").asText()).isEqualTo("29000.00");
        assertThat(j.get("totalPayable").asText()).isEqualTo("29000.00");
        assertThat(j.get("totalIncome").asText()).isEqualTo("34000.00");
        assertThat(j.get("totalWithholding").asText()).isEqualTo("0.00");
        assertThat(j.get("totalNet").asText()).isEqualTo("34000.00");
        assertThat(j.has("npv")).isFalse();
    }

    @Test
    void addsTheNpvWhenADiscountRateIsGiven() throws IOException {
        CliRun run = CliRun.of("simulate", "--terms", file("terms.json", SPEC_TERMS).toString(), "--sales",
                file("sales.csv", "period_end,net_sales\n2024-12-31,300000\n2025-12-31,450000\n").toString(),
                "--discount-rate", "0.08");
        assertThat(run.exitCode()).isZero();
        // 5000 + 29000 / 1.08 + 69000 / 1.08^2
        assertThat(run.json().get("npv").asText()).isEqualTo("91008.23");
        assertThat(run.json().get("totalIncome").asText()).isEqualTo("103000.00");
    }

    @Test
    void writesJapaneseYenWithoutDecimalsAndKeepsTheBaseAsGiven() throws IOException {
        CliRun run = CliRun.of("simulate", "--terms", file("terms.json", "{\"currency\":\"JPY\",\"startDate\":"
                + "\"2024-01-01\",\"tiers\":[{\"from\":\"0\",\"rate\":\"0.05\"}]}").toString(),
                "--sales", file("sales.csv", "period_start,period_end,net_sales,units\n"
                        + "2024-01-01,2024-03-31,\"1000.50\",\n").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("periods").get(0).get("base").asText()).isEqualTo("1000.50");
        assertThat(run.json().get("periods").get(0).get("earned").asText()).isEqualTo("50");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown column           | period_end,net_sale\\n2024-12-31,1                  | sales.csv: line 1, column 2: unknown column "net_sale"; did you mean net_sales?
            missing base column      | period_end,units\\n2024-12-31,1                     | sales.csv: line 1: a net_sales column is required (the terms' basis is NET_SALES)
            duplicate column         | period_end,net_sales,net_sales\\n2024-12-31,1,1     | sales.csv: line 1, column 3: column net_sales appears twice
            bad date                 | period_end,net_sales\\n2024-02-30,1                 | sales.csv: line 2, column 1 (period_end): is not a valid date (YYYY-MM-DD): "2024-02-30"
            empty base               | period_end,net_sales\\n2024-12-31,                  | sales.csv: line 2, column 2 (net_sales): is empty; a decimal number is required
            thousands separator      | period_end,net_sales\\n2024-12-31,"1,000"           | sales.csv: line 2, column 2 (net_sales): is not a decimal number (digits with a dot for decimals, no thousands separators): "1,000"
            negative sales           | period_end,net_sales\\n2024-12-31,-1                | sales.csv: line 2, column 2 (net_sales): cannot be negative, got -1
            too many values          | period_end,net_sales\\n2024-12-31,1,2               | sales.csv: line 2: has 3 values but the header has 2 columns
            out of order             | period_end,net_sales\\n2024-12-31,1\\n\\n2024-06-30,1 | sales.csv: line 4, column 1 (period_end): 2024-06-30 is not later than the previous period's end 2024-12-31: list the periods in order, one per period
            before the start         | period_end,net_sales\\n2023-12-31,1                 | sales.csv: line 2, column 1 (period_end): the period ends on 2023-12-31, before the contract starts on 2024-01-01
            start after end          | net_sales,period_end,period_start\\n1,2024-03-31,2024-04-01 | sales.csv: line 2, column 3 (period_start): the period starts on 2024-04-01, after its end 2024-03-31
            overlap                  | period_end,net_sales,period_start\\n2024-03-31,1,\\n2024-06-30,1,2024-03-01 | sales.csv: line 3, column 3 (period_start): the period starts on 2024-03-01, not after the previous period's end 2024-03-31: periods may not overlap
            empty file               |                                                      | sales.csv: line 1: the file is empty: expected a header row such as period_end,net_sales
            """)
    void refusesABadSalesFileWithExitTwoNamingLineAndColumn(String what, String csv, String message)
            throws IOException {
        Path sales = file("sales.csv", csv == null ? "" : csv.replace("\\n", "\n"));
        CliRun run = CliRun.of("simulate", "--terms", file("terms.json", SPEC_TERMS).toString(),
                "--sales", sales.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().trim()).isEqualTo("licensor: " + dir.resolve(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            typo in a field    | "tierMod": "MARGINAL"  | tierMod: unknown field (did you mean tierMode?)
            falling whole vol  | "tierMode": "WHOLE_VOLUME", "tiers": [{"from": "0", "rate": "0.2"}, {"from": "10", "rate": "0.1"}] | tiers[1].rate: whole-volume rates may not fall from one tier to the next (0.1 after 0.2): use MARGINAL tiers for falling rates
            too many decimals  | "advance": "10.001"   | advance: has more decimals than USD allows (2), got 10.001
            """)
    void refusesBadTermsWithExitTwoNamingTheJsonPath(String what, String field, String message) throws IOException {
        String terms = "{\"currency\": \"USD\", \"startDate\": \"2024-01-01\", "
                + (field.contains("\"tiers\"") ? "" : "\"tiers\": [{\"from\": \"0\", \"rate\": \"0.1\"}], ")
                + field + "}";
        CliRun run = CliRun.of("simulate", "--terms", file("terms.json", terms).toString(),
                "--sales", file("sales.csv", "period_end,net_sales\n").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().trim()).isEqualTo("licensor: " + dir.resolve("terms.json") + ": " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no terms option       | --sales,s.csv                                    | Missing required option: '--terms=TERMS.json'
            bad discount rate     | --terms,t.json,--sales,s.csv,--discount-rate,abc | Invalid value for option '--discount-rate': 'abc' is not a decimal number such as 0.08
            discount rate too low | --terms,t.json,--sales,s.csv,--discount-rate,-1  | --discount-rate must be greater than -1 (-100 %), got -1
            missing terms file    | --terms,nope.json,--sales,s.csv                  | nope.json: file: does not exist
            """)
    void refusesABadCommandLineWithExitTwo(String what, String args, String message) throws IOException {
        file("t.json", SPEC_TERMS);
        file("s.csv", "period_end,net_sales\n");
        String[] parts = args.split(",");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].endsWith(".json") || parts[i].endsWith(".csv")) {
                parts[i] = dir.resolve(parts[i]).toString();
            }
        }
        String[] full = new String[parts.length + 1];
        full[0] = "simulate";
        System.arraycopy(parts, 0, full, 1, parts.length);
        CliRun run = CliRun.of(full);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(message);
    }
}
