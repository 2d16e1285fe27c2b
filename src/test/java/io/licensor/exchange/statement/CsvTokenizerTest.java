package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    static List<CsvRecord> records(String text, char delimiter) throws IOException, CsvFormatException {
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(text), delimiter);
        List<CsvRecord> out = new ArrayList<>();
        CsvRecord record;
        while ((record = tokenizer.next()) != null) {
            out.add(record);
        }
        return out;
    }

    @Test
    void quotedFieldsKeepTheirCommasAndDoubledQuotes() throws Exception {
        List<CsvRecord> records = records("a,\"Jan 3, 2021\",\"say \"\"hi\"\"\"\n", ',');

        assertThat(records).singleElement().satisfies(r ->
                assertThat(r.fields()).containsExactly("a", "Jan 3, 2021", "say \"hi\""));
    }

    @Test
    void aLineBreakInsideQuotesStaysInTheFieldAndLinesAreStillCounted() throws Exception {
        List<CsvRecord> records = records("h1,h2\r\n\"two\r\nlines\",x\r\nlast,y\r\n", ',');

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L);
        assertThat(records.get(1).fields()).containsExactly("two\r\nlines", "x");
    }

    @Test
    void blankLinesAndLinesOfDelimitersAreBlankRecordsOnTheirOwnLines() throws Exception {
        List<CsvRecord> records = records("a,b\n\n,,\n1,2", ',');

        assertThat(records).extracting(CsvRecord::isBlank).containsExactly(false, true, true, false);
        assertThat(records.get(3).line()).isEqualTo(4);
        assertThat(records.get(3).fields()).containsExactly("1", "2");
    }

    @Test
    void strayWhiteSpaceAroundFieldsAndBeforeQuotesIsDropped() throws Exception {
        List<CsvRecord> records = records("  a , \"b c\"  ,  d  \n", ',');

        assertThat(records.get(0).fields()).containsExactly("a", "b c", "d");
    }

    @Test
    void tabsAreKeptOutOfTheWayWhenTheyAreTheDelimiter() throws Exception {
        List<CsvRecord> records = records("a\t \t\tb\n", '\t');

        assertThat(records.get(0).fields()).containsExactly("a", "", "", "b");
    }

    @Test
    void textAfterAClosingQuoteIsKeptAsAppleWritesIt() throws Exception {
        List<CsvRecord> records = records(",,\"234.58\" EUR,\n", ',');

        assertThat(records.get(0).fields()).containsExactly("", "", "234.58 EUR", "");
    }

    @Test
    void oldMacLineEndsEndRecordsToo() throws Exception {
        List<CsvRecord> records = records("a,b\r1,2\r", ',');

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L);
    }

    @Test
    void aTrailingDelimiterMakesAnEmptyLastField() throws Exception {
        assertThat(records("a,b,\n", ',').get(0).fields()).containsExactly("a", "b", "");
    }

    @Test
    void aQuoteThatIsNeverClosedIsReportedOnTheLineWhereItOpened() {
        assertThatThrownBy(() -> records("a,b\n1,2\n3,\"open\n4,5\n", ','))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("a quoted field opened on this line is never closed")
                .extracting(e -> ((CsvFormatException) e).line()).isEqualTo(3L);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsJustACharacter() throws Exception {
        assertThat(records("5\" disk,2\n", ',').get(0).fields()).containsExactly("5\" disk", "2");
    }

    @Test
    void fieldsCutByTheEndOfTheReadBufferAreReadWhole() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("row").append(i).append(", ").append(i * 37).append(" ,\"q").append(i).append("\"\r\n");
        }

        List<CsvRecord> records = records(text.toString(), ',');

        assertThat(records).hasSize(20_000);
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).fields()).containsExactly("row" + i, String.valueOf(i * 37), "q" + i);
            assertThat(records.get(i).line()).isEqualTo(i + 1);
        }
    }
}
