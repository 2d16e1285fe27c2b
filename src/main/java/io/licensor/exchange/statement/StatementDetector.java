package io.licensor.exchange.statement;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Detects how a statement file is written from its first megabyte: encoding, delimiter, header line, decimal mark
 * and thousands separator, date style, and a period in title lines. Whatever the options set is taken as given and
 * not detected. Only the beginning of the file is read, so detection is quick on files of any size.
 */
public final class StatementDetector {

    static final int SAMPLE_BYTES = 1 << 20;
    static final int PROFILE_ROWS = 1000;
    static final int PREVIEW_ROWS = 20;
    private static final int MAX_PREAMBLE = 200;

    private StatementDetector() {
    }

    /**
     * Detects the format of a statement.
     *
     * @param source  the file
     * @param options what the user already knows; null fields are detected
     * @return the format, with notes on how each part was decided
     * @throws InputRejectedException when the file is empty or the header line given does not exist
     * @throws IOException            when the file cannot be read
     */
    public static DetectedFormat detect(StatementSource source, StatementOptions options) throws IOException {
        Sample sample = Sample.of(source);
        List<String> notes = new ArrayList<>();
        DetectedEncoding encoding = options.encoding() != null
                ? chosenEncoding(options.encoding(), sample.bytes(), sample.length())
                : EncodingDetector.detect(sample.bytes(), sample.length(), sample.wholeFile());
        notes.add("Encoding: " + encoding.charset().name() + " (" + encoding.how() + ")");
        String text = decode(sample.bytes(), sample.length(), encoding, sample.wholeFile());
        if (text.isBlank()) {
            throw new InputRejectedException(source.name(), new Problem("file", "the file has no rows"));
        }
        Delimiter hint = excelSeparatorHint(text);
        Delimiter delimiter = chooseDelimiter(text, options, hint, notes);
        List<CsvRecord> records = records(text, delimiter, hint != null);
        int headerIndex = headerIndex(source, records, options, notes);
        CsvRecord headerRecord = records.get(headerIndex);
        List<String> header = headerNames(headerRecord);
        ColumnProfiler profiler = new ColumnProfiler(header.size());
        List<PreviewRow> preview = new ArrayList<>();
        profile(records.subList(headerIndex + 1, records.size()), profiler, preview);
        FormatChoices choices = FormatChoices.decide(profiler, delimiter, options, notes);
        PeriodHint banner = BannerPeriodFinder.find(records.subList(0, headerIndex));
        if (banner != null) {
            notes.add("Period in the title on line " + banner.line() + ": " + banner.start() + " to " + banner.end()
                    + " ('" + banner.text() + "'), used when no column gives the period");
        }
        return new DetectedFormat(encoding, delimiter, headerRecord.line(), header, choices.decimal(),
                choices.thousands(), choices.dateStyle(), profiler.kinds(), preview, banner, choices.decimalGuessed(),
                choices.dateAmbiguous(), notes);
    }

    private static void profile(List<CsvRecord> data, ColumnProfiler profiler, List<PreviewRow> preview) {
        for (CsvRecord record : data) {
            if (!record.isBlank()) {
                profiler.add(record);
                if (preview.size() < PREVIEW_ROWS) {
                    preview.add(new PreviewRow(record.line(), List.of(record.fields())));
                }
            }
        }
    }

    /** The first bytes of a file, and whether they are all of it. */
    private record Sample(byte[] bytes, int length, boolean wholeFile) {
        static Sample of(StatementSource source) throws IOException {
            long size = source.size();
            int capacity = size >= 0 && size < SAMPLE_BYTES ? (int) size + 1 : SAMPLE_BYTES;
            byte[] bytes = new byte[capacity];
            try (InputStream in = source.open()) {
                int length = in.readNBytes(bytes, 0, capacity);
                return new Sample(bytes, length, length < capacity || in.read() < 0);
            }
        }
    }

    private static DetectedEncoding chosenEncoding(Charset charset, byte[] sample, int length) {
        int bom = 0;
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(sample, length, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
        } else if (charset.equals(StandardCharsets.UTF_16LE) && startsWith(sample, length, 0xFF, 0xFE)
                || charset.equals(StandardCharsets.UTF_16BE) && startsWith(sample, length, 0xFE, 0xFF)) {
            bom = 2;
        }
        return new DetectedEncoding(charset, bom, "set by you");
    }

    private static boolean startsWith(byte[] sample, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((sample[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The sample as text; when it is not the whole file, the last (probably cut) line is dropped. */
    private static String decode(byte[] sample, int length, DetectedEncoding encoding, boolean wholeFile) {
        String text = new String(sample, encoding.bomLength(), length - encoding.bomLength(), encoding.charset());
        if (!wholeFile) {
            int cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            if (cut > 0) {
                text = text.substring(0, cut + 1);
            }
        }
        return text;
    }

    /** Excel's {@code sep=;} first line names the delimiter outright. */
    private static Delimiter excelSeparatorHint(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
        if (first.length() >= 5 && first.length() <= 6 && first.substring(0, 4).equalsIgnoreCase("sep=")) {
            return Delimiter.ofSymbol(first.charAt(4));
        }
        return null;
    }

    private static Delimiter chooseDelimiter(String text, StatementOptions options, Delimiter hint,
            List<String> notes) {
        if (options.delimiter() != null) {
            notes.add("Delimiter: " + options.delimiter().word() + " (set by you)");
            return options.delimiter();
        }
        if (hint != null) {
            notes.add("Delimiter: " + hint.word() + " (named by the 'sep=' first line)");
            return hint;
        }
        DelimiterDetector.Choice choice = DelimiterDetector.detect(text, 1);
        notes.add("Delimiter: " + choice.explain());
        return choice.delimiter();
    }

    private static List<CsvRecord> records(String text, Delimiter delimiter, boolean skipFirstLine) {
        List<CsvRecord> records = new ArrayList<>();
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(text), delimiter.symbol());
        try {
            CsvRecord record;
            while (records.size() < MAX_PREAMBLE + PROFILE_ROWS && (record = tokenizer.next()) != null) {
                if (!(skipFirstLine && record.line() == 1)) {
                    records.add(record);
                }
            }
        } catch (CsvFormatException e) {
            // the reader reports the broken quote with its line; detection works with the rows before it
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return records;
    }

    private static int headerIndex(StatementSource source, List<CsvRecord> records, StatementOptions options,
            List<String> notes) {
        if (options.headerLine() != null) {
            int line = options.headerLine();
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).line() == line && !records.get(i).isBlank()) {
                    notes.add("Header: line " + line + " (set by you)");
                    return i;
                }
            }
            throw new InputRejectedException(source.name(), new Problem("line " + line,
                    "the header line given is blank, inside a quoted field or past the first rows of the file"));
        }
        int index = HeaderDetector.detect(records);
        if (index < 0) {
            throw new InputRejectedException(source.name(), new Problem("file", "the file has no rows"));
        }
        long line = records.get(index).line();
        notes.add("Header: line " + line + (line > 1 ? " (the lines above it are titles, not column names)" : ""));
        return index;
    }

    private static List<String> headerNames(CsvRecord header) {
        List<String> names = new ArrayList<>(header.size());
        for (String field : header.fields()) {
            names.add(field.replace("\uFEFF", "").strip());
        }
        return names;
    }
}
