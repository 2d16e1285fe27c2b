package io.licensor.exchange.statement;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a statement: how many rows, which rows were skipped and why, every problem (listed up to
 * the settings' limit, all counted), and the receipts when the caller asked to collect them. The file may be
 * imported only when {@link #isClean()}: the reader validates every row but leaves all-or-nothing to the caller.
 *
 * @param format         the format the file was read with
 * @param rowsRead       data rows after the header (blank lines not counted)
 * @param candidateCount receipts produced
 * @param candidates     the receipts, when collected by {@link StatementReader#readAll}; empty when streamed
 * @param skipped        rows left out on purpose (listed up to the limit)
 * @param skippedCount   all rows left out
 * @param problems       problems, in line order within rows and then group problems (listed up to the limit)
 * @param problemCount   all problems
 * @param roundedGroups  group totals rounded to the currency's minor units (sums of sub-cent rows)
 */
public record ReadResult(
        DetectedFormat format,
        long rowsRead,
        long candidateCount,
        List<ReceiptCandidate> candidates,
        List<SkippedRow> skipped,
        long skippedCount,
        List<StatementProblem> problems,
        long problemCount,
        int roundedGroups) {

    public ReadResult {
        Objects.requireNonNull(format, "format");
        candidates = List.copyOf(candidates);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    /** True when nothing is wrong and the receipts may be imported. */
    public boolean isClean() {
        return problemCount == 0;
    }

    /** The problems as an exception naming the file, with a last line saying how many more there are. */
    public InputRejectedException rejection(String source) {
        List<Problem> list = new ArrayList<>();
        problems.forEach(p -> list.add(p.toProblem()));
        if (problemCount > problems.size()) {
            list.add(new Problem("file", (problemCount - problems.size()) + " more problems not listed"));
        }
        return new InputRejectedException(source, list);
    }
}
