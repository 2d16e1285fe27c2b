package io.licensor.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsJsonTest {

    private static final String SPEC_EXAMPLE = """
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

    static JsonNode json(String text) throws IOException {
        return Json.readTree(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void readsTheSpecExampleWithEveryField() throws IOException {
        List<Problem> problems = new ArrayList<>();
        RoyaltyTerms t = TermsJson.read(json(SPEC_EXAMPLE), "", null, problems);
        assertThat(problems).isEmpty();
        assertThat(t.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(t.startDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(t.upfrontFee().amount()).isEqualByComparingTo("5000");
        assertThat(t.tiers()).hasSize(3);
        assertThat(t.tiers().get(2).from()).isEqualByComparingTo("500000");
        assertThat(t.tiers().get(2).rate()).isEqualByComparingTo("0.18");
        assertThat(t.tierMode()).isEqualTo(TierMode.MARGINAL);
        assertThat(t.tierReset()).isEqualTo(TierReset.NEVER);
        assertThat(t.hasCap()).isFalse();
        assertThat(t.hasMinimum()).isFalse();
    }

    @Test
    void leavesOutOptionalFieldsAsTheirDefaults() throws IOException {
        List<Problem> problems = new ArrayList<>();
        RoyaltyTerms t = TermsJson.read(json("{\"currency\":\"JPY\",\"startDate\":\"2024-02-29\","
                + "\"tiers\":[{\"from\":0,\"rate\":0.1}]}"), "", null, problems);
        assertThat(problems).isEmpty();
        assertThat(t.basis()).isEqualTo(RoyaltyBasis.NET_SALES);
        assertThat(t.tierMode()).isEqualTo(TierMode.MARGINAL);
        assertThat(t.tierReset()).isEqualTo(TierReset.NEVER);
        assertThat(t.upfrontFee().isZero()).isTrue();
        assertThat(t.advance().isZero()).isTrue();
        assertThat(t.withholdingRate().isZero()).isTrue();
        assertThat(t.annualCap()).isNull();
    }

    @Test
    void keepsJsonNumbersExact() throws IOException {
        List<Problem> problems = new ArrayList<>();
        RoyaltyTerms t = TermsJson.read(json("{\"currency\":\"USD\",\"startDate\":\"2024-01-01\","
                + "\"tiers\":[{\"from\":0,\"rate\":0.123456789012345678901}],\"advance\":1000.10}"), "", null, problems);
        assertThat(problems).isEmpty();
        assertThat(t.tiers().get(0).rate()).isEqualTo(new BigDecimal("0.123456789012345678901"));
        assertThat(t.advance().amount()).isEqualTo(new BigDecimal("1000.10"));
    }

    @Test
    void namesAnUnknownFieldAndSuggestsTheNearestOne() throws IOException {
        List<Problem> problems = new ArrayList<>();
        TermsJson.read(json("{\"currency\":\"USD\",\"startDate\":\"2024-01-01\",\"tierMod\":\"MARGINAL\","
                + "\"tiers\":[{\"from\":\"0\",\"rate\":\"0.1\"}]}"), "", null, problems);
        assertThat(problems).extracting(Problem::toString)
                .containsExactly("tierMod: unknown field (did you mean tierMode?)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "currency":"XYZ"                                   | currency: "XYZ" is not an ISO 4217 currency code (like USD, EUR, JPY)
            "startDate":"2024-13-01"                           | startDate: "2024-13-01" is not a real date in the form YYYY-MM-DD
            "upfrontFee":"12,5"                                | upfrontFee: must be a decimal number such as "1234.50", got "12,5"
            "upfrontFee":"12.345"                              | upfrontFee: has more decimals than USD allows (2), got 12.345
            "advance":"-1"                                     | advance: cannot be negative, got -1
            "basis":"GROSS"                                    | basis: "GROSS" is not one of NET_SALES, UNITS
            "tierMode":"WHOLE_VOLUM"                           | tierMode: "WHOLE_VOLUM" is not one of MARGINAL, WHOLE_VOLUME
            "tiers":[{"from":"10","rate":"0.1"}]               | tiers[0].from: the first tier must start at 0, got 10
            "tiers":[{"from":"0","rate":"1.5"}]                | tiers[0].rate: a share of net sales cannot exceed 1 (100 %), got 1.5
            "tiers":[{"from":"0","rate":"0.1","upto":"5"}]     | tiers[0].upto: unknown field
            "tiers":[{"from":"0"}]                             | tiers[0].rate: is required
            "tiers":{}                                         | tiers: must be a list [...], got an object {...}
            "tiers":[]                                         | tiers: needs at least one tier (a flat royalty is one tier from 0)
            "minimumAnnual":"500","annualCap":"100"            | minimumAnnual: the minimum annual royalty (500) is larger than the annual cap (100)
            "withholdingRate":"1"                              | withholdingRate: must be at least 0 and less than 1 (100 %), got 1
            """)
    void refusesABadFieldNamingItsPath(String field, String expected) throws IOException {
        String base = "\"currency\":\"USD\",\"startDate\":\"2024-01-01\",\"tiers\":[{\"from\":\"0\",\"rate\":\"0.1\"}]";
        String key = field.substring(1, field.indexOf('"', 1));
        String others = base.replaceAll("\"" + key + "\":(\"[^\"]*\"|\\[[^]]*])", "").replaceAll("^,|,$", "")
                .replace(",,", ",");
        List<Problem> problems = new ArrayList<>();
        RoyaltyTerms t = TermsJson.read(json("{" + others + (others.isEmpty() ? "" : ",") + field + "}"),
                "", null, problems);
        assertThat(t).isNull();
        assertThat(problems).extracting(Problem::toString).containsExactly(expected);
    }

    @Test
    void prefixesEveryProblemWithThePathInsideAPortfolioFile() throws IOException {
        List<Problem> problems = new ArrayList<>();
        TermsJson.read(json("{\"currency\":\"USD\",\"tiers\":[{\"from\":\"0\",\"rate\":\"-0.1\"}]}"),
                "licenses[3].terms", LocalDate.of(2024, 1, 1), problems);
        assertThat(problems).extracting(Problem::toString)
                .containsExactly("licenses[3].terms.tiers[0].rate: cannot be negative, got -0.1");
    }

    @Test
    void takesTheLicenseStartWhenStartDateIsLeftOut() throws IOException {
        List<Problem> problems = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 3, 1);
        RoyaltyTerms t = TermsJson.read(json("{\"currency\":\"USD\",\"tiers\":[{\"from\":\"0\",\"rate\":\"0.1\"}]}"),
                "licenses[0].terms", start, problems);
        assertThat(problems).isEmpty();
        assertThat(t.startDate()).isEqualTo(start);
    }

    @Test
    void requiresStartDateInASimulateFile() throws IOException {
        List<Problem> problems = new ArrayList<>();
        TermsJson.read(json("{\"currency\":\"USD\",\"tiers\":[{\"from\":\"0\",\"rate\":\"0.1\"}]}"), "", null, problems);
        assertThat(problems).extracting(Problem::toString).containsExactly("startDate: is required");
    }

    @Test
    void refusesBrokenJsonNamingLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("terms.json");
        Files.writeString(file, "{\n  \"currency\": \"USD\",\n  \"tiers\": [\n}\n");
        assertThatThrownBy(() -> TermsJson.read(file)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("terms.json: line 4, column 1: not valid JSON: Unexpected close marker")
                .hasMessageEndingWith("(for Array starting at line 3, column 12)");
    }

    @Test
    void refusesADuplicateKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("terms.json");
        Files.writeString(file, "{\"currency\":\"USD\",\"currency\":\"EUR\"}");
        assertThatThrownBy(() -> TermsJson.read(file)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("Duplicate field 'currency'");
    }

    @Test
    void refusesAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> TermsJson.read(dir.resolve("nope.json")))
                .hasMessageEndingWith("nope.json: file: does not exist");
    }
}
