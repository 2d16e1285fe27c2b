package io.licensor.service;

import io.licensor.exchange.statement.DetectedFormat;
import io.licensor.exchange.statement.ReadResult;
import io.licensor.exchange.statement.SkippedRow;
import io.licensor.exchange.statement.StatementProblem;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.persistence.StatementImportRepository.LicenseKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A statement read and checked in full, with nothing written: every problem with its line and column, the rows left
 * out on purpose, the likely duplicates, what each license would get, and the receipts themselves (kept compactly,
 * so {@link ReceiptImport#write} writes exactly what was checked without reading the file again).
 */
public final class ImportCheck {

    private final ImportRequest request;
    private final ReadResult read;
    private final List<StatementProblem> problems;
    private final long problemCount;
    private final DuplicateFinder duplicates;
    private final List<StatementTotals> perLicense;
    private final List<LicenseKey> licenses;
    private final CandidateBuffer buffer;

    ImportCheck(ImportRequest request, ReadResult read, CandidateCollector collected, DuplicateFinder duplicates,
            List<LicenseKey> licenses, int limit) {
        this.request = Objects.requireNonNull(request, "request");
        this.read = read;
        this.duplicates = duplicates;
        this.licenses = licenses;
        this.buffer = collected.buffer();
        this.perLicense = List.copyOf(collected.totals());
        this.problemCount = read.problemCount() + collected.problemCount();
        List<StatementProblem> all = new ArrayList<>(read.problems());
        all.addAll(collected.problems());
        all.sort(Comparator.comparingLong(StatementProblem::line));
        this.problems = List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** What was asked for: the file, the mapping, the license, the period. */
    public ImportRequest request() {
        return request;
    }

    /** The format the file was read with. */
    public DetectedFormat format() {
        return read.format();
    }

    /** Data rows after the header (blank lines not counted). */
    public long rowsRead() {
        return read.rowsRead();
    }

    /** Receipts that passed every check and would be imported. */
    public long receiptCount() {
        return buffer.size();
    }

    /** Every problem, in line order (the first 1,000; see {@link #problemCount()}). */
    public List<StatementProblem> problems() {
        return problems;
    }

    public long problemCount() {
        return problemCount;
    }

    /** Rows left out on purpose (totals, footers, rows without amounts, rows the mapping skips). */
    public List<SkippedRow> skipped() {
        return read.skipped();
    }

    public long skippedCount() {
        return read.skippedCount();
    }

    /** Receipts that are probably already in the portfolio or twice in the file (the first 1,000). */
    public List<DuplicateReceipt> duplicates() {
        return duplicates.listed();
    }

    public long duplicateCount() {
        return duplicates.count();
    }

    /** Period totals rounded to the currency's minor units (sums of sub-cent rows). */
    public int roundedTotals() {
        return read.roundedGroups();
    }

    /** What each license would get, in license order. */
    public List<StatementTotals> perLicense() {
        return perLicense;
    }

    /** True when no row has a problem. */
    public boolean isClean() {
        return problemCount == 0;
    }

    /** True when the receipts may be written: no problem, and no duplicate unless duplicates are allowed. */
    public boolean canImport(boolean allowDuplicates) {
        return isClean() && (allowDuplicates || duplicateCount() == 0) && receiptCount() > 0;
    }

    /** Receipts from index from on (at most count), as they would be imported. */
    public List<PlannedReceipt> receipts(int from, int count) {
        List<PlannedReceipt> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < buffer.size() && out.size() < count; i++) {
            LicenseKey license = licenses.get(buffer.license(i));
            long first = buffer.firstLine(i);
            long last = buffer.lastLine(i);
            out.add(new PlannedReceipt(first == last ? "line " + first : "lines " + first + "-" + last,
                    license.id(), license.currency(), buffer.start(i), buffer.end(i),
                    buffer.amount(i, CandidateBuffer.Amount.SALES), buffer.amount(i, CandidateBuffer.Amount.UNITS),
                    buffer.amount(i, CandidateBuffer.Amount.GROSS),
                    buffer.amount(i, CandidateBuffer.Amount.WITHHOLDING), buffer.received(i)));
        }
        return out;
    }

    /** The problems as a refusal naming the file; the last line says how many more there are. */
    public InputRejectedException rejection() {
        List<Problem> list = new ArrayList<>();
        problems.forEach(p -> list.add(p.toProblem()));
        if (problemCount > problems.size()) {
            list.add(new Problem("file", (problemCount - problems.size()) + " more problems not listed"));
        }
        return new InputRejectedException(request.source().name() + " (nothing was imported)", list);
    }

    /** The duplicates as a refusal naming the file. */
    public InputRejectedException duplicateRejection() {
        return ReceiptImport.duplicateRejection(request.source().name(), duplicates);
    }

    CandidateBuffer buffer() {
        return buffer;
    }

    List<LicenseKey> licenses() {
        return licenses;
    }

}
