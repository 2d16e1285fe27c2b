package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.exchange.csv.CsvCell;
import io.licensor.exchange.csv.CsvWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The CSV export (exchange.csv.CsvWriter) read back by the statement importer's RFC 4180 tokenizer: text comes back
 * as written apart from one leading apostrophe before a formula character, never starting a formula; numbers come
 * back unchanged, negative ones included. Lives here because the tokenizer is package-private.
 */
class CsvWriterRoundTripProperties {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @Property(tries = 300)
    void textComesBackNeutralisedAndOtherwiseExact(
            @ForAll @Size(min = 1, max = 5) List<@Size(min = 1, max = 4) List<@StringLength(max = 10)
                    @Chars({',', '"', '\n', '\r', '\t', '=', '+', '-', '@', '\'', ' ', 'é'}) @CharRange(from = 'a',
                            to = 'c') String>> rows) throws Exception {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        List<String> header = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            header.add("c" + i);
        }
        List<List<CsvCell>> cells = rows.stream().map(r -> r.stream().map(CsvCell::text).toList()).toList();

        List<CsvRecord> records = CsvTokenizerTest.records(CsvWriter.toText(header, cells), ',');

        assertThat(records).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            String[] fields = records.get(i + 1).fields();
            List<String> row = rows.get(i);
            assertThat(fields).hasSize(row.size());
            for (int k = 0; k < row.size(); k++) {
                String original = row.get(k);
                boolean risky = !original.isEmpty() && FORMULA_STARTS.indexOf(original.charAt(0)) >= 0;
                assertThat(fields[k]).isEqualTo(risky ? "'" + original : original);
                assertThat(fields[k].isEmpty() || FORMULA_STARTS.indexOf(fields[k].charAt(0)) < 0).isTrue();
            }
        }
    }

    @Property(tries = 300)
    void numbersComeBackUnchanged(@ForAll @Scale(2) BigDecimal amount) throws Exception {
        String csv = CsvWriter.toText(List.of("amount"), List.of(List.of(CsvCell.number(amount))));
        String field = CsvTokenizerTest.records(csv, ',').get(1).fields()[0];
        assertThat(field).isEqualTo(amount.toPlainString());
        assertThat(new BigDecimal(field)).isEqualByComparingTo(amount);
    }
}
