package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingJsonTest {

    private static List<String> problemsOf(String json) {
        try {
            MappingJson.read("mapping.json", json);
        } catch (InputRejectedException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void aMappingWrittenToAFileReadsBackTheSame(@TempDir Path dir) throws IOException {
        ColumnMapping mapping = new ColumnMapping(
                Columns.NONE.with(Field.PERIOD_END, "Royalty Date").with(Field.GROSS, "Royalty")
                        .with(Field.UNITS, "Net Units Sold").with(Field.CURRENCY, "Currency"),
                Grouping.PER_MONTH, true, false, true, new RowFilter("Type", List.of("Payout", "Withdrawal")),
                new StatementOptions(Charset.forName("windows-1252"), Delimiter.TAB, 4, DecimalMark.COMMA,
                        ThousandsMark.NONE, DateStyle.DMY_DOT));
        Path file = dir.resolve("kdp.json");

        MappingJson.write(mapping, file);

        assertThat(MappingJson.read(file)).isEqualTo(mapping);
    }

    @Test
    void everyKeyIsWrittenSoUsersSeeWhatCanBeSet() {
        String json = MappingJson.write(ColumnMapping.of(Columns.NONE.with(Field.GROSS, "Royalty")));

        assertThat(json).contains("\"format\" : \"licensor-statement-mapping\"", "\"periodStart\" : null",
                "\"grouping\" : \"PER_ROW\"", "\"skipRows\" : null", "\"dateFormat\" : null");
        assertThat(MappingJson.read("m.json", json)).isEqualTo(ColumnMapping.of(Columns.NONE.with(Field.GROSS,
                "Royalty")));
    }

    @Test
    void aShortHandWrittenMappingNeedsOnlyItsColumns() {
        ColumnMapping mapping = MappingJson.read("m.json", """
                {"columns": {"periodEnd": "Date", "gross": "Net"}, "grouping": "PER_QUARTER",
                 "delimiter": "semicolon", "decimalSeparator": ",", "thousandsSeparator": "none",
                 "dateFormat": "D.M.YYYY"}
                """);

        assertThat(mapping.columns().gross()).isEqualTo("Net");
        assertThat(mapping.grouping()).isEqualTo(Grouping.PER_QUARTER);
        assertThat(mapping.options()).isEqualTo(new StatementOptions(null, Delimiter.SEMICOLON, null,
                DecimalMark.COMMA, ThousandsMark.NONE, DateStyle.DMY_DOT));
    }

    @Test
    void unknownKeysAreNamedWithTheirPath() {
        assertThat(problemsOf("""
                {"columns": {"grosss": "Royalty", "periodEnd": "Date"}, "grouping": "PER_ROW", "colour": "red",
                 "skipRows": {"column": "Type", "values": ["Payout"], "except": 1}}
                """)).containsExactly(
                "colour: unknown key; known keys are allowNegative, amountsPerUnit, columns, dateFormat,"
                        + " decimalSeparator, delimiter, encoding, format, grouping, headerLine, skipOtherCurrencies,"
                        + " skipRows, thousandsSeparator, version",
                "columns.grosss: unknown key; known keys are currency, gross, license, periodEnd, periodStart,"
                        + " receivedOn, reportedSales, units, withholding",
                "skipRows.except: unknown key; known keys are column, values");
    }

    @Test
    void wrongTypesAndValuesAreAllListedAtOnce() {
        assertThat(problemsOf("""
                {"format": "something-else", "version": 2,
                 "columns": {"gross": 5, "periodEnd": ""},
                 "grouping": "WEEKLY", "allowNegative": "yes", "encoding": "klingon-1", "delimiter": "::",
                 "headerLine": 0, "decimalSeparator": ";", "thousandsSeparator": "_", "dateFormat": "YYYY-DD-MM",
                 "skipRows": {"values": "Payout"}}
                """)).containsExactly(
                "format: must be \"licensor-statement-mapping\"",
                "version: must be 1 (the only version there is)",
                "columns.periodEnd: must be a column name from the file's header (text) or null",
                "columns.gross: must be a column name from the file's header (text) or null",
                "grouping: \"WEEKLY\" is not allowed: must be one of [PER_ROW, PER_MONTH, PER_QUARTER, PER_YEAR]",
                "allowNegative: must be true or false",
                "skipRows.column: must be a column name from the file's header (text)",
                "skipRows.values: must be a list of cell values such as [\"Payout\"]",
                "encoding: \"klingon-1\" is not allowed: must be an encoding Java knows, such as UTF-8, UTF-16LE or"
                        + " windows-1252",
                "delimiter: \"::\" is not allowed: must be one of \",\", \";\", \"\\t\", \"|\" (or comma,"
                        + " semicolon, tab, pipe)",
                "headerLine: must be a line number, 1 or more",
                "decimalSeparator: \";\" is not allowed: must be \".\" or \",\"",
                "thousandsSeparator: \"_\" is not allowed: must be \"\" (none), \",\", \".\", \" \" or \"'\"",
                "dateFormat: \"YYYY-DD-MM\" is not allowed: must be one of 'YYYY-MM-DD', 'YYYY/MM/DD', 'MM/DD/YYYY',"
                        + " 'DD/MM/YYYY', 'DD.MM.YYYY', 'Month D, YYYY', 'D Month YYYY'");
    }

    @Test
    void brokenJsonIsReportedWithItsLineAndColumn() {
        assertThat(problemsOf("{\n  \"columns\": {\"gross\": \"Royalty\",}\n}")).singleElement()
                .satisfies(p -> assertThat(p).startsWith("line 2, column 34: not valid JSON: "));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThat(problemsOf("{\"grouping\": \"PER_ROW\", \"grouping\": \"PER_MONTH\", \"columns\": {}}"))
                .singleElement().satisfies(p -> assertThat(p).contains("the key 'grouping' appears twice"));
    }

    @Test
    void aMappingWithoutColumnsOrNotAnObjectIsRefused() {
        assertThat(problemsOf("{}")).containsExactly(
                "columns: is missing: name at least the columns for gross and periodEnd");
        assertThat(problemsOf("[1, 2]")).containsExactly("$: a mapping is a JSON object { ... }");
    }
}
