package io.licensor.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import io.licensor.model.Problem;
import io.licensor.testing.JsonEdits;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each broken portfolio file is refused with a problem naming the JSON path. The base file is the builder's
 * every-field portfolio as written: assets A1 A2 A10; licenses L1 (USD), L2 (BHD, renews L1), L3 (JPY); receipts
 * R1 (L2), R2 (L1), R3 (L3); enforcement E1 (asset A2, EUR), E2 (license L2, BHD); rates BHD, JPY, USD, USD.
 */
class PortfolioJsonRefusalTest {
    static final String BASE = PortfolioJson.toJson(PortfolioBuilder.everyFieldSet());

    static List<Problem> problemsOf(String json) {
        try {
            PortfolioJson.parse(json, "test.json");
        } catch (InputRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        receipts[1].gross                | "12,50"        | receipts[1].gross                | must be a decimal number
        receipts[1].gross                | "1e3"          | receipts[1].gross                | must be a decimal number
        receipts[1].gross                | true           | receipts[1].gross                | must be a decimal number
        receipts[1].gross                | "12.345"       | receipts[1].gross                | more decimals than USD allows (2)
        receipts[2].gross                | "98765.5"      | receipts[2].gross                | more decimals than JPY allows (0)
        enforcement[1].cost              | "300.1255"     | enforcement[1].cost              | more decimals than BHD allows (3)
        enforcement[1].cost              | "-1"           | enforcement[1].cost              | cannot be negative
        receipts[1].reportedSales        | "1.1234567"    | receipts[1].reportedSales        | has 7 decimals; at most 6 are kept
        receipts[1].gross                | "12345678901234567.00" | receipts[1].gross        | too large
        receipts[1].periodEnd            | "2024-02-30"   | receipts[1].periodEnd            | "2024-02-30" is not a real date
        receipts[1].periodEnd            | "31/03/2024"   | receipts[1].periodEnd            | is not a real date in the form YYYY-MM-DD
        receipts[1].periodStart          | "2024-04-01"   | receipts[1].periodStart          | is after periodEnd
        receipts[1].kind                 | "BONUS"        | receipts[1].kind                 | "BONUS" is not one of ROYALTY, MINIMUM_TOP_UP
        assets[0].type                   | "POEM"         | assets[0].type                   | is not one of PATENT, TRADEMARK
        assets[0].title                  | 5              | assets[0].title                  | must be text in quotes, got 5
        assets[0].title                  | ""             | assets[0].title                  | must not be empty
        assets[0].aiGenerated            | "yes"          | assets[0].aiGenerated            | must be true or false
        assets[0].owners[0].share        | "1.5"          | assets[0].owners[0].share        | must be between 0 and 1
        assets[0].valuations[0].method   | "GUESS"        | assets[0].valuations[0].method   | is not one of RELIEF_FROM_ROYALTY
        assets[0].colour                 | "red"          | assets[0].colour                 | unknown field
        licenses[0].terms.tierMod        | "MARGINAL"     | licenses[0].terms.tierMod        | unknown field (did you mean tierMode?)
        licenses[0].terms.currency       | "USX"          | licenses[0].terms.currency       | "USX" is not an ISO 4217 currency code
        licenses[0].terms.currency       | "usd"          | licenses[0].terms.currency       | is not an ISO 4217 currency code
        licenses[0].licenseeCountry      | "UK"           | licenses[0].licenseeCountry      | is not an ISO 3166 two-letter country code
        licenses[0].terms.tiers[0].from  | "5"            | licenses[0].terms.tiers[0].from  | the first tier must start at 0
        licenses[0].terms.withholdingRate| "1"            | licenses[0].terms.withholdingRate| must be at least 0 and less than 1
        licenses[0].terms.upfrontFee     | "10.001"       | licenses[0].terms.upfrontFee     | more decimals than USD allows
        licenses[0].terms.tiers          | <remove>       | licenses[0].terms.tiers          | is required
        licenses[1].terms.startDate      | "2024-03-02"   | licenses[1].terms.startDate      | must be the license's start (2024-03-01)
        licenses[0].end                  | "2023-12-31"   | licenses[0].end                  | ends (2023-12-31) before it starts
        licenses[0].assets               | []             | licenses[0].assets               | must cover at least one asset
        licenses[0].assets               | ["A1", "A1"]   | licenses[0].assets[1]            | asset A1 is listed twice
        licenses[0].assets[0]            | "A99"          | licenses[0].assets[0]            | no asset has the id A99
        licenses[0].renewalOf            | "L9"           | licenses[0].renewalOf            | no license has the id L9
        licenses[0].renewalOf            | "L1"           | licenses[0].renewalOf            | a license cannot renew itself
        licenses[0].renewalOf            | "L2"           | licenses[0].renewalOf            | renewals go round in a circle
        receipts[0].license              | "L9"           | receipts[0].license              | no license has the id L9
        enforcement[0].asset             | "A99"          | enforcement[0].asset             | no asset has the id A99
        enforcement[0].license           | "L1"           | enforcement[0]                   | names exactly one of asset or license, got both
        enforcement[0].asset             | null           | enforcement[0]                   | names exactly one of asset or license, got neither
        assets[1].id                     | "A1"           | assets[1].id                     | the id A1 is already used by assets[0]
        receipts[2].id                   | "R1"           | receipts[2].id                   | the id R1 is already used by receipts[0]
        fxRates[3].date                  | "2024-01-01"   | fxRates[3]                       | a second USD rate for 2024-01-01 (fxRates[2] has one)
        fxRates[0].rate                  | "0"            | fxRates[0].rate                  | must be greater than 0
        name                             | <remove>       | name                             | is required
        name                             | "  "           | name                             | must not be empty
        reportingCurrency                | "EURO"         | reportingCurrency                | is not an ISO 4217 currency code
        assets                           | {}             | assets                           | must be a list
        format                           | "something"    | format                           | must be "licensor-portfolio"
        format                           | <remove>       | format                           | must be "licensor-portfolio" (is this a Licensor portfolio file?), got null
        version                          | 2              | version                          | this file has version 2 but this Licensor reads version 1
        version                          | "1"            | version                          | must be the number 1
        """)
    void aBrokenFileIsRefusedNamingThePathAndTheProblem(String path, String value, String where, String message) {
        List<Problem> problems = problemsOf(JsonEdits.edit(BASE, path, value));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo(where);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void everyProblemIsReportedAtOnceInTheOrderOfTheFile() {
        String json = JsonEdits.edit(BASE, "receipts[1].gross", "\"x\"");
        json = JsonEdits.edit(json, "assets[2].type", "\"POEM\"");
        json = JsonEdits.edit(json, "licenses[0].terms.tierMod", "\"MARGINAL\"");
        json = JsonEdits.edit(json, "receipts[0].periodEnd", "\"2024-13-01\"");
        assertThat(problemsOf(json)).extracting(Problem::where).containsExactly("assets[2].type",
                "licenses[0].terms.tierMod", "receipts[0].periodEnd", "receipts[1].gross");
    }

    @Test
    void aRecordThatCannotBeReadDoesNotMakeReferencesToItLookDangling() {
        String json = JsonEdits.edit(BASE, "licenses[1].start", "\"2024-02-30\"");
        assertThat(problemsOf(json)).extracting(Problem::where).containsExactly("licenses[1].start");
    }

    @Test
    void theMessageNamesTheFileAndEachProblem() {
        String json = JsonEdits.edit(BASE, "receipts[1].gross", "\"x\"");
        assertThatThrownBy(() -> PortfolioJson.parse(json, "my.json")).isInstanceOf(InputRejectedException.class)
                .hasMessage("my.json: receipts[1].gross: must be a decimal number such as \"1234.50\", got \"x\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        truncated         | {"format": "licensor-portfolio",             | line 1, column 33 | is not valid JSON
        duplicate key     | {"format": "a", "format": "b"}               | line 1, column 25 | Duplicate field 'format'
        a list at the top | []                                           | (top level)       | must be a JSON object
        two objects       | {"format": "licensor-portfolio"} {}          | line 1, column 34 | unexpected content after the end
        empty             | ``                                           | (file)            | is empty
        """)
    void aFileThatIsNotJsonOrNotAnObjectIsRefusedWithWhereItBreaks(String what, String json, String where,
            String message) {
        List<Problem> problems = problemsOf(json == null ? "" : json);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(where);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void jsonNumbersAreAcceptedForDecimalsAndKeptExact() {
        String json = JsonEdits.edit(BASE, "receipts[1].gross", "12.1");
        json = JsonEdits.edit(json, "fxRates[0].rate", "0.3000000001");
        Portfolio p = PortfolioJson.parse(json, "test.json");
        assertThat(p.receipts().get(1).gross()).isEqualByComparingTo("12.1");
        assertThat(p.fxRates().get(0).rate()).isEqualTo(new BigDecimal("0.3000000001"));
    }

    @Test
    void leftOutOptionalFieldsTakeTheirDefaults() {
        String json = """
            {"format": "licensor-portfolio", "version": 1, "name": "Min", "reportingCurrency": "EUR",
             "assets": [{"id": "A1", "title": "T", "type": "PATENT"}],
             "licenses": [{"id": "L1", "licensee": "X", "assets": ["A1"], "start": "2024-02-01",
                           "terms": {"currency": "EUR", "tiers": [{"from": 0, "rate": "0.1"}]}}],
             "receipts": [{"id": "R1", "license": "L1", "periodEnd": "2024-03-31", "gross": "5",
                           "receivedOn": "2024-04-02"}],
             "enforcement": [{"id": "E1", "license": "L1", "date": "2024-05-01", "kind": "AUDIT", "cost": "1",
                              "currency": "EUR"}]}
            """;
        Portfolio p = PortfolioJson.parse(json, "min.json");
        assertThat(p.settings().homeCountry()).isNull();
        assertThat(p.assets().get(0).owners()).isEmpty();
        assertThat(p.assets().get(0).aiGenerated()).isFalse();
        assertThat(p.licenses().get(0).terms().startDate()).isEqualTo(p.licenses().get(0).start());
        assertThat(p.licenses().get(0).terms().annualCap()).isNull();
        assertThat(p.receipts().get(0).kind()).isEqualTo(io.licensor.model.ReceiptKind.ROYALTY);
        assertThat(p.receipts().get(0).withholding()).isZero();
        assertThat(p.enforcement().get(0).recovered()).isZero();
        assertThat(p.fxRates()).isEmpty();
    }
}
