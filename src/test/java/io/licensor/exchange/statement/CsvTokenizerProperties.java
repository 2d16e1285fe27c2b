package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Whatever fields are written with RFC 4180 quoting are read back exactly, with the right line numbers. */
class CsvTokenizerProperties {

    @Property(tries = 300)
    void quotedRecordsReadBackExactly(
            @ForAll @Size(min = 1, max = 6) List<@Size(min = 1, max = 5) List<@StringLength(max = 12)
                    @Chars({',', ';', '"', '\n', '\r', ' ', '\t', 'x', 'é', '€'}) @CharRange(from = 'a', to = 'c')
                    String>> rows) throws Exception {
        StringBuilder text = new StringBuilder();
        List<Long> expectedLines = new ArrayList<>();
        long line = 1;
        for (List<String> row : rows) {
            expectedLines.add(line);
            List<String> quoted = new ArrayList<>();
            for (String field : row) {
                quoted.add("\"" + field.replace("\"", "\"\"") + "\"");
                line += field.chars().filter(c -> c == '\n').count()
                        + field.replace("\r\n", "").chars().filter(c -> c == '\r').count();
            }
            text.append(String.join(",", quoted)).append("\r\n");
            line++;
        }

        List<CsvRecord> records = CsvTokenizerTest.records(text.toString(), ',');

        assertThat(records).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(records.get(i).fields()).containsExactlyElementsOf(rows.get(i));
            assertThat(records.get(i).line()).isEqualTo(expectedLines.get(i));
        }
    }
}
