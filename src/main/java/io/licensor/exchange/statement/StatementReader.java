package io.licensor.exchange.statement;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a royalty statement into receipt candidates: detects the format (the mapping's options override detection),
 * checks the mapping against the header, then streams every row through validation, so files of any length are read
 * in little memory. Every row is validated and every problem is reported with its line and column; nothing is
 * written anywhere. Importing all or nothing is the caller's job: import only when the result {@link
 * ReadResult#isClean() is clean}.
 */
public final class StatementReader {

    private static final Logger LOG = LoggerFactory.getLogger(StatementReader.class);

    private StatementReader() {
    }

    /**
     * Reads a statement and hands each receipt to the sink as soon as it is known: at once for one receipt per row,
     * after the last row for grouped mappings. The sink may see receipts from a file that later turns out to have
     * problems; check the result before keeping them.
     *
     * @throws InputRejectedException when the file is empty or the mapping does not fit its header (nothing read)
     * @throws CancellationException  when settings' cancel flag turned true
     * @throws IOException            when the file cannot be read
     */
    public static ReadResult read(StatementSource source, ColumnMapping mapping, ReadSettings settings,
            Consumer<ReceiptCandidate> sink) throws IOException {
        return read(source, StatementDetector.detect(source, mapping.options()), mapping, settings, sink);
    }

    /**
     * Like {@link #read(StatementSource, ColumnMapping, ReadSettings, Consumer)} with the format already detected
     * (with the mapping's options), for callers that needed it first, such as to name the mapped columns as the
     * header writes them. Detection is not repeated.
     */
    public static ReadResult read(StatementSource source, DetectedFormat format, ColumnMapping mapping,
            ReadSettings settings, Consumer<ReceiptCandidate> sink) throws IOException {
        List<Problem> mappingProblems = mapping.problems(format, settings.period() != null);
        if (!mappingProblems.isEmpty()) {
            throw new InputRejectedException(source.name() + " (column mapping)", mappingProblems);
        }
        Reading reading = new Reading(format, mapping, settings, sink);
        try (StatementRowReader reader = StatementRowReader.open(source, format)) {
            reading.rows(reader, source.size());
        }
        ReadResult result = reading.finish();
        LOG.info("Read statement {}: {} rows, {} receipts, {} skipped, {} problems", source.name(), result.rowsRead(),
                result.candidateCount(), result.skippedCount(), result.problemCount());
        return result;
    }

    /** Like {@link #read} but keeps the receipts in the result; for files of up to a few hundred thousand rows. */
    public static ReadResult readAll(StatementSource source, ColumnMapping mapping, ReadSettings settings)
            throws IOException {
        List<ReceiptCandidate> kept = new ArrayList<>();
        ReadResult result = read(source, mapping, settings, kept::add);
        return new ReadResult(result.format(), result.rowsRead(), result.candidateCount(), kept, result.skipped(),
                result.skippedCount(), result.problems(), result.problemCount(), result.roundedGroups());
    }

    /** The next record; a broken quote or impossible bytes become a problem on their line and end the reading. */
    private static CsvRecord next(StatementRowReader reader, DetectedFormat format, Findings findings)
            throws IOException {
        try {
            return reader.next();
        } catch (CsvFormatException e) {
            findings.problem(e.line(), null, e.getMessage());
        } catch (DecodingReader.MalformedBytesException e) {
            findings.problem(reader.line(), null, "byte " + (e.offset() + 1) + " of the file is not valid "
                    + format.encoding().charset().name() + ": the file is probably in another encoding; choose it"
                    + " (for example windows-1252) and read it again");
        }
        return null;
    }

    /** One reading of a file: the validator, the grouper (if any) and the counts. */
    private static final class Reading {
        private final ReadSettings settings;
        private final Consumer<ReceiptCandidate> sink;
        private final DetectedFormat format;
        private final Findings findings;
        private final ReceiptChecks checks;
        private final RowValidator validator;
        private final PeriodGrouper grouper;
        private long rows;
        private long candidates;

        Reading(DetectedFormat format, ColumnMapping mapping, ReadSettings settings,
                Consumer<ReceiptCandidate> sink) {
            this.format = format;
            this.settings = settings;
            this.sink = sink;
            this.findings = new Findings(settings.problemLimit());
            this.checks = new ReceiptChecks(mapping, settings.currency(), findings);
            this.validator = new RowValidator(format, mapping, settings, checks, findings);
            this.grouper = mapping.grouping() == Grouping.PER_ROW ? null : new PeriodGrouper(mapping.grouping());
        }

        void rows(StatementRowReader reader, long size) throws IOException {
            CsvRecord record;
            while ((record = next(reader, format, findings)) != null) {
                rows++;
                if (rows % settings.checkEvery() == 0) {
                    if (settings.cancelled().getAsBoolean()) {
                        throw new CancellationException("reading stopped at line " + record.line() + " on request");
                    }
                    settings.progress().update(rows, reader.bytesRead(), size);
                }
                ParsedRow row = validator.validate(record);
                if (row != null && grouper == null) {
                    emit(row.toCandidate());
                } else if (row != null) {
                    grouper.add(row);
                }
            }
            settings.progress().update(rows, reader.bytesRead(), size);
        }

        ReadResult finish() {
            if (grouper != null) {
                grouper.finish(checks, validator.columnName(Field.GROSS), validator.columnName(Field.WITHHOLDING))
                        .forEach(this::emit);
            }
            return new ReadResult(format, rows, candidates, List.of(), findings.skipped(), findings.skippedCount(),
                    findings.problems(), findings.problemCount(), checks.rounded());
        }

        private void emit(ReceiptCandidate candidate) {
            sink.accept(candidate);
            candidates++;
        }
    }
}
